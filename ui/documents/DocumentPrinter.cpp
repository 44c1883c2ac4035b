#include "DocumentPrinter.h"

#include "Settings.h"
#include "files/FileDialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::Ui {
namespace {

void prepare(QPrinter &printer, const PrintedDocument &document)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(document.pageStyle.title);
    printer.setCreator(QStringLiteral("Passerelle"));
}

/// Sizes the print preview for the screen of `parent` (the primary one without a parent) and
/// centres it there. 900 × 1000 — a page under the toolbar — on a large screen; on a small
/// one (a 1366 × 768 laptop) the same shape within 90% of the available width and height, so
/// that the toolbar and the buttons stay on the screen.
void fitOnScreen(QDialog &dialog, const QWidget *parent)
{
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    QSize size(900, 1000);
    size.scale(size.boundedTo(available.size() * 0.9), Qt::KeepAspectRatio);
    size = size.expandedTo(dialog.minimumSizeHint()).boundedTo(available.size());
    dialog.resize(size);
    // Moved explicitly, the dialog keeps this place rather than centring on its parent
    // (which may sit anywhere, or on another screen). The frame is not known before the
    // dialog shows: the 10% margin leaves room for it.
    QRect placed(QPoint(), size);
    placed.moveCenter(available.center());
    dialog.move(placed.topLeft());
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
    case Output::Odt:
        return !exportOdt(parent, document, suggestedName, pdfPath).isEmpty();
    }
    return false;
}

bool DocumentPrinter::preview(QWidget *parent, const PrintedDocument &document)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, document);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview — %1").arg(document.pageStyle.title));
    fitOnScreen(dialog, parent);
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

QString DocumentPrinter::exportOdt(QWidget *parent, const PrintedDocument &document,
                                   const QString &suggestedName, const QString &path)
{
    auto odt = Documents::odt(document);
    if (!odt) {
        QMessageBox::warning(parent, tr("Save as ODT"), odt.error().message);
        return {};
    }
    QString file = path;
    if (file.isEmpty()) {
        QString folder = Settings::pdfFolder().value();
        if (folder.isEmpty() || !QDir(folder).exists())
            folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        file = FileDialogs::saveFile(parent, tr("Save as ODT"),
                                     QDir(folder).filePath(fileName(suggestedName, u".odt"_s)),
                                     tr("OpenDocument texts (*.odt)"));
        if (file.isEmpty())
            return {};
        if (!file.endsWith(u".odt"_s, Qt::CaseInsensitive))
            file += u".odt"_s;
    }
    if (!succeeded(parent, Documents::writeFile(file, *odt), tr("Save as ODT")))
        return {};
    Settings::pdfFolder().setValue(QFileInfo(file).absolutePath());
    return file;
}

QString DocumentPrinter::fileName(const QString &base, const QString &suffix)
{
    // Letters (accents included), digits, spaces, dashes and dots; nothing a file system or a
    // mail client would choke on.
    static const QRegularExpression unsafe(QStringLiteral("[^\\w .\\-]+"));
    QString name = base;
    name.replace(unsafe, QStringLiteral("_"));
    name = name.simplified();
    if (!name.endsWith(suffix, Qt::CaseInsensitive))
        name += suffix;
    return name;
}

} // namespace Passerelle::Ui
