#include "KeptPdf.h"

#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfDocument>

#include <memory>

namespace Passerelle {

namespace {

/// `pdf` opened with Qt PDF. The document reads its device while it lives (page by page):
/// the buffer is its child.
Result<std::unique_ptr<QPdfDocument>> open(const QByteArray &pdf)
{
    auto document = std::make_unique<QPdfDocument>();
    auto *buffer = new QBuffer(document.get());
    buffer->setData(pdf);
    buffer->open(QIODevice::ReadOnly);
    document->load(buffer);
    if (document->status() != QPdfDocument::Status::Ready || document->pageCount() < 1) {
        return Error::io(KeptPdf::tr("The PDF kept in the base cannot be read (it may be "
                                     "damaged). Save a copy of it and open it in a PDF "
                                     "reader, or restore the base from a backup."));
    }
    return document;
}

/// Page `page` rendered at `size`, on white paper (Qt PDF leaves the page transparent).
QImage renderPage(QPdfDocument &document, int page, const QSize &size)
{
    const QImage rendered = document.render(page, size);
    if (rendered.isNull())
        return {};
    QImage paper(rendered.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, rendered);
    return paper;
}

} // namespace

Result<int> KeptPdf::pageCount(const QByteArray &pdf)
{
    PASSERELLE_TRY(document, open(pdf));
    return document->pageCount();
}

Status KeptPdf::paint(const QByteArray &pdf, QPagedPaintDevice &device)
{
    PASSERELLE_TRY(document, open(pdf));
    QPainter painter;
    if (!painter.begin(&device))
        return Error::io(tr("The printer could not start: check that it is ready, then print "
                            "again."));
    const int dpi = std::min(device.logicalDpiX(), 300);
    for (int page = 0; page < document->pageCount(); ++page) {
        if (page > 0 && !device.newPage())
            return Error::io(tr("The printer stopped at page %1: check it, then print again.")
                                     .arg(page + 1));
        const QRect target = painter.viewport();
        const QSizeF points = document->pagePointSize(page);
        // Drawn at `dpi` at most, whatever the printer's resolution (memory stays bounded).
        const QImage image = renderPage(*document, page, (points * dpi / 72.0).toSize());
        if (image.isNull())
            return Error::io(tr("Page %1 of the kept PDF cannot be drawn.").arg(page + 1));
        QSizeF shown = points;
        shown.scale(QSizeF(target.size()), Qt::KeepAspectRatio);
        const QRectF where((target.width() - shown.width()) / 2,
                           (target.height() - shown.height()) / 2, shown.width(), shown.height());
        painter.drawImage(where, image);
    }
    painter.end();
    return {};
}

Result<QList<QImage>> KeptPdf::pages(const QByteArray &pdf, int width, int maxPages)
{
    PASSERELLE_TRY(document, open(pdf));
    QList<QImage> images;
    for (int page = 0; page < std::min(document->pageCount(), maxPages); ++page) {
        QSizeF size = document->pagePointSize(page);
        size.scale(QSizeF(width, width * 10), Qt::KeepAspectRatio);
        QImage image = renderPage(*document, page, size.toSize());
        if (image.isNull())
            return Error::io(tr("Page %1 of the kept PDF cannot be drawn.").arg(page + 1));
        images << image;
    }
    return images;
}

} // namespace Passerelle
