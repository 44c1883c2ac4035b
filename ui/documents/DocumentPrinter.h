#pragma once

#include "widgets/WidgetsFwd.h"

#include "documents/Documents.h"

#include <QCoreApplication>
#include <QString>

namespace Passerelle::Ui {

/// Printing a document of Passerelle (contract, convocation, committee agenda) from the user
/// interface: print preview, printer, or a PDF file. Core lays the pages out (Documents); this
/// only chooses the printer or the file.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    /// Where a document goes.
    enum class Output { Preview, Printer, Pdf, Odt };
    /// Sends `document` to `output`. For Output::Pdf and Output::Odt, writes `pdfPath` when
    /// given, else asks where (suggesting `suggestedName`). True when printed or written.
    static bool output(QWidget *parent, const PrintedDocument &document, Output output,
                       const QString &suggestedName, const QString &pdfPath = {});
    /// Shows the print preview on A4 pages. True when the user printed from it.
    static bool preview(QWidget *parent, const PrintedDocument &document);
    /// Asks for a printer, then prints. True when printed.
    static bool print(QWidget *parent, const PrintedDocument &document);
    /// Asks where to save the PDF (in the folder last used) and writes it atomically. Returns
    /// the file written; empty when the user cancelled or the file could not be written (the
    /// reason is shown).
    static QString exportPdf(QWidget *parent, const PrintedDocument &document,
                             const QString &suggestedName);
    /// Writes the PDF to `path`; on failure shows the reason and returns false.
    static bool savePdf(QWidget *parent, const PrintedDocument &document, const QString &path);
    /// Asks where to save the document as an OpenDocument text (for a one-off edit in
    /// LibreOffice), or writes `path` when given, atomically. Returns the file written; empty
    /// when cancelled or refused (the reason is shown).
    static QString exportOdt(QWidget *parent, const PrintedDocument &document,
                             const QString &suggestedName, const QString &path = {});
    /// A file name made of safe characters only ("Contrat HH-2023-02 v3.pdf").
    static QString fileName(const QString &base, const QString &suffix = QStringLiteral(".pdf"));
};

} // namespace Passerelle::Ui
