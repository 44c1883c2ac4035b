#include "DocumentPrinter.h"

#include "Settings.h"
#include "files/FileDialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Passerelle::Ui {
namespace {

void prepare(QPrinter &printer, const PrintedDocument &document)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(document.pageStyle.title);
    printer.setCreator(QStringLiteral("Passerelle"));
}

/// True when `status` is a success; else says why, under `title`.
bool succeeded(QWidget *parent, const Status &status,
               const QString &title = DocumentPrinter::tr("Printing"))
{
    if (!status)
        QMessageBox::warning(parent, title, status.error().message);
    return bool(status);
}

} // namespace

bool DocumentPrinter::output(QWidget *parent, const PrintedDocument &document, Output output,
                             const QString &suggestedName, const QString &pdfPath)
{
    switch (output) {
    case Output::Preview:
        return preview(parent, document);
    case Output::Printer:
        return print(parent, document);
    case Output::Pdf:
        return pdfPath.isEmpty() ? !exportPdf(parent, document, suggestedName).isEmpty()
                                 : savePdf(parent, document, pdfPath);
    }
    return false;
}

bool DocumentPrinter::preview(QWidget *parent, const PrintedDocument &document)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, document);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview — %1").arg(document.pageStyle.title));
    dialog.resize(900, 1000);
    Status painted;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document, &painted](QPrinter *p) {
                         painted = Documents::paint(document, *p);
                     });
    // The dialog accepts itself once it has printed.
    const bool printed = dialog.exec() == QDialog::Accepted;
    return succeeded(parent, painted) && printed;
}

bool DocumentPrinter::print(QWidget *parent, const PrintedDocument &document)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, document);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print — %1").arg(document.pageStyle.title));
    return dialog.exec() == QDialog::Accepted
           && succeeded(parent, Documents::paint(document, printer));
}

QString DocumentPrinter::exportPdf(QWidget *parent, const PrintedDocument &document,
                                   const QString &suggestedName)
{
    QString folder = Settings::pdfFolder().value();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFile(
        parent, tr("Save as PDF"), QDir(folder).filePath(fileName(suggestedName)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    const QString file = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)
                             ? path
                             : path + QStringLiteral(".pdf");
    if (!savePdf(parent, document, file))
        return {};
    Settings::pdfFolder().setValue(QFileInfo(file).absolutePath());
    return file;
}

bool DocumentPrinter::savePdf(QWidget *parent, const PrintedDocument &document,
                              const QString &path)
{
    return succeeded(parent, Documents::writeFile(path, document.pdf), tr("Save as PDF"));
}

QString DocumentPrinter::fileName(const QString &base)
{
    // Letters (accents included), digits, spaces, dashes and dots; nothing a file system or a
    // mail client would choke on.
    static const QRegularExpression unsafe(QStringLiteral("[^\\w .\\-]+"));
    QString name = base;
    name.replace(unsafe, QStringLiteral("_"));
    name = name.simplified();
    if (!name.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        name += QStringLiteral(".pdf");
    return name;
}

} // namespace Passerelle::Ui
