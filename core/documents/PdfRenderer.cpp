#include "PdfRenderer.h"

#include "FrenchText.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

// QTextDocumentLayout scales frame margins from "document pixels" (1/qt_defaultDpi inch) to
// the paint device, as it does for CSS lengths; margins are given in those pixels.
Q_GUI_EXPORT int qt_defaultDpiY();

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {
namespace {

QString unescape(QString text)
{
    text.replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#39;"_s, u"'"_s);
    text.replace(u"&lt;"_s, u"<"_s);
    text.replace(u"&gt;"_s, u">"_s);
    text.replace(u"&nbsp;"_s, QString(FrenchText::NoBreakSpace));
    text.replace(u"&amp;"_s, u"&"_s);
    return text;
}

double pixels(const QPaintDevice &device, double millimetres)
{
    return millimetres * device.logicalDpiY() / 25.4;
}

/// A length for the document's formats (scaled by the layout to the device).
double documentPixels(double millimetres)
{
    return millimetres * qt_defaultDpiY() / 25.4;
}

/// How many device pixels a document pixel makes.
double deviceScale(const QTextDocument &document)
{
    const QPaintDevice *device = document.documentLayout()->paintDevice();
    return device ? double(device->logicalDpiY()) / qt_defaultDpiY() : 1.0;
}

QTextBlock anchorBlock(const QTextDocument &document, const QString &anchor)
{
    if (anchor.isEmpty())
        return {};
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(anchor))
                return block;
        }
    }
    return {};
}

/// The first table that starts after `position`, searching the frames in document order.
QTextTable *tableAfter(QTextFrame *frame, int position)
{
    const QList<QTextFrame *> children = frame->childFrames();
    for (QTextFrame *child : children) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            if (table->firstPosition() > position)
                return table;
        }
        if (QTextTable *inner = tableAfter(child, position))
            return inner;
    }
    return nullptr;
}

int pageOf(const QTextDocument &document, qreal y)
{
    const qreal height = document.pageSize().height();
    return height > 0 ? int(std::max<qreal>(0, y) / height) : 0;
}

/// Top and bottom of the keep-together part: its paragraph to the end of the next table.
std::optional<std::pair<QTextBlock, QRectF>> keepTogetherRect(const QTextDocument &document,
                                                              const QString &anchor)
{
    const QTextBlock block = anchorBlock(document, anchor);
    if (!block.isValid())
        return std::nullopt;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    QRectF rect = layout->blockBoundingRect(block);
    if (QTextTable *table = tableAfter(document.rootFrame(), block.position()))
        rect = rect.united(layout->frameBoundingRect(table));
    return std::make_pair(block, rect);
}

void breakBefore(QTextDocument &document, const QTextBlock &block)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
    document.documentLayout()->documentSize(); // lays out again
}

bool breaksBefore(const QTextBlock &block)
{
    return block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

bool isHeading(const QTextBlock &block)
{
    return block.isValid() && block.blockFormat().headingLevel() > 0;
}

/// Moves `heading` to the next page with the headings right above it ("Article 5" and its
/// first sub-heading go together): the break goes before the first of them only.
void headingsToNextPage(QTextDocument &document, const QTextBlock &heading)
{
    QTextBlock first = heading;
    while (isHeading(first.previous()) && !breaksBefore(first))
        first = first.previous();
    for (QTextBlock b = first.next(); b.isValid() && b.position() <= heading.position();
         b = b.next()) {
        if (breaksBefore(b)) {
            QTextBlockFormat format = b.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            QTextCursor(b).setBlockFormat(format);
        }
    }
    breakBefore(document, first);
}

/// One pass over the document: moves one part that should not be split to the next page.
/// Returns true when it moved something (the layout changed: look again).
bool fixOnePageBreak(QTextDocument &document, const PageStyle &style)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    // The keep-together part (the signatures) first: from its paragraph to its table.
    if (const auto part = keepTogetherRect(document, style.keepTogether)) {
        const auto &[block, rect] = *part;
        if (!breaksBefore(block)
            && pageOf(document, rect.top()) != pageOf(document, rect.bottom() - 1)) {
            breakBefore(document, block);
            return true;
        }
    }
    // A short table is not split: it goes to the next page, with its heading if it has one.
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->frameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QRectF rect = layout->frameBoundingRect(table);
        if (rect.height() > pageHeight / 3
            || pageOf(document, rect.top()) == pageOf(document, rect.bottom() - 1))
            continue;
        const QTextBlock before = document.findBlock(table->firstPosition()).previous();
        if (isHeading(before) && !breaksBefore(before)) {
            headingsToNextPage(document, before);
        } else {
            QTextFrameFormat format = table->frameFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFrameFormat(format);
            layout->documentSize();
        }
        return true;
    }
    // A heading alone at the bottom of a page goes with what follows it.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!isHeading(block) || breaksBefore(block))
            continue;
        const QTextBlock next = block.next();
        if (!next.isValid() || isHeading(next))
            continue; // the last heading of a run speaks for the run
        QTextBlock first = block; // the first heading of the run
        while (isHeading(first.previous()) && !breaksBefore(first))
            first = first.previous();
        const QRectF heading = layout->blockBoundingRect(first);
        const QRectF following = layout->blockBoundingRect(next);
        const int headingPage = pageOf(document, heading.top());
        // Where the first line of what follows ends (a block's lines may be pushed to the
        // next page while the block itself starts on this one).
        const QTextLayout *lines = next.layout();
        const qreal firstLine = lines && lines->lineCount() > 0
                                    ? lines->lineAt(0).y() + lines->lineAt(0).height()
                                    : following.height();
        // Already at the top of its page: a break would only leave a blank page.
        const qreal bodyTop = headingPage * pageHeight
                              + document.rootFrame()->frameFormat().topMargin()
                                    * deviceScale(document);
        const bool atTop = heading.top() <= bodyTop + layout->blockBoundingRect(block).height();
        if (!atTop && pageOf(document, following.top() + firstLine - 1) > headingPage) {
            headingsToNextPage(document, block);
            return true;
        }
    }
    return false;
}

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(PdfRenderer)
};

/// Whether the parts of the document follow one another down the pages. Qt's layout counts
/// in fixed point (about 33 million device pixels): lengths that add up past it wrap round,
/// and a part then lands above the one before it.
bool laidOutInOrder(const QTextDocument &document)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    qreal bottom = 0;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        const QRectF rect = it.currentFrame() ? layout->frameBoundingRect(it.currentFrame())
                                              : layout->blockBoundingRect(it.currentBlock());
        if (rect.isNull())
            continue;
        if (!qIsFinite(rect.top()) || rect.height() < 0 || rect.top() < bottom - 1)
            return false;
        bottom = std::max(bottom, rect.top());
    }
    return true;
}

/// Refuses a document too long, or too slow to lay out, before it takes any longer.
Status withinBounds(const QTextDocument &document, const QDeadlineTimer &until)
{
    const int pages = document.pageCount();
    if (pages < 1 || !laidOutInOrder(document)) {
        // Qt's layout counts in fixed point: a height of a hundred million pixels wraps round.
        return Error::validation(Msg::tr("The document cannot be laid out: something in it is "
                                         "far too large (an image, a height, a margin or a "
                                         "font). Correct the template, then print again."));
    }
    if (pages > DocumentLimits::Pages) {
        return Error::validation(Msg::tr("The document would have %1 pages (at most %2): its "
                                         "template repeats too much, or pushes its text far "
                                         "down (a margin, an image or a font far too large). "
                                         "Correct the template, then print again.")
                                     .arg(pages)
                                     .arg(DocumentLimits::Pages));
    }
    if (until.hasExpired())
        return PdfRenderer::tooSlow();
    return {};
}

} // namespace

Error PdfRenderer::tooSlow()
{
    return Error::validation(tr("Laying out the document took more than %1 seconds: it is far "
                                "too long or too complex (tables inside tables, very long "
                                "lists, lengths far too large). Simplify the template, then "
                                "print again.")
                                 .arg(DocumentLimits::LayoutMilliseconds / 1000));
}

PageStyle PageStyle::fromHtml(const QString &html)
{
    PageStyle style;
    static const QRegularExpression meta(u"<meta\\s[^>]*>"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression name(u"name\\s*=\\s*\"passerelle-([a-z-]+)\""_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression content(u"content\\s*=\\s*\"([^\"]*)\""_s,
                                            QRegularExpression::CaseInsensitiveOption);
    for (auto it = meta.globalMatch(html); it.hasNext();) {
        const QString tag = it.next().captured(0);
        const auto n = name.match(tag);
        const auto c = content.match(tag);
        if (!n.hasMatch() || !c.hasMatch())
            continue;
        const QString key = n.captured(1).toLower();
        const QString value = FrenchText::typography(unescape(c.captured(1))).trimmed();
        if (key == u"footer")
            style.footer = value;
        else if (key == u"page-number")
            style.pageNumber = value;
        else if (key == u"initials")
            style.initials = value;
        else if (key == u"keep-together")
            style.keepTogether = value;
    }
    static const QRegularExpression title(u"<title>([^<]*)</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = title.match(html); m.hasMatch())
        style.title = FrenchText::typography(unescape(m.captured(1))).trimmed();
    return style;
}

void PdfRenderer::setPages(QTextDocument &document, QPagedPaintDevice &device)
{
    const QPageLayout pageLayout = device.pageLayout();
    const QRect full = pageLayout.fullRectPixels(device.logicalDpiX());
    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(QSizeF(full.size()));
    QTextFrameFormat frame = document.rootFrame()->frameFormat();
    frame.setLeftMargin(documentPixels(LeftMargin));
    frame.setRightMargin(documentPixels(RightMargin));
    frame.setTopMargin(documentPixels(TopMargin));
    frame.setBottomMargin(documentPixels(BottomMargin));
    document.rootFrame()->setFrameFormat(frame);
    document.documentLayout()->documentSize();
}

Result<int> PdfRenderer::layOut(QTextDocument &document, QPagedPaintDevice &device,
                                const PageStyle &style, QDeadlineTimer until)
{
    setPages(document, device);
    PASSERELLE_CHECK(withinBounds(document, until));
    // Each fix moves one part to the next page; the bound guards against a part taller than a
    // page (which no break can keep whole). Each lays the document out again: the deadline is
    // checked after each one.
    for (int pass = 0; pass < 64 && fixOnePageBreak(document, style); ++pass)
        PASSERELLE_CHECK(withinBounds(document, until));
    return document.pageCount();
}

Status PdfRenderer::paint(QTextDocument &document, QPagedPaintDevice &device,
                          const PageStyle &style, QDeadlineTimer until)
{
    PASSERELLE_TRY(pages, layOut(document, device, style, until));
    const QPageLayout pageLayout = device.pageLayout();
    const int dpi = device.logicalDpiX();
    const QRect full = pageLayout.fullRectPixels(dpi);
    const QRect printable = pageLayout.paintRectPixels(dpi);
    const qreal width = full.width();
    const qreal height = full.height();

    QPainter painter;
    if (!painter.begin(&device)) {
        return Error::io(tr("The document could not be printed: the printer or the file "
                            "refused to start. Check the printer or the folder, then try again."));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    // The painter starts at the printable area; work in whole-page coordinates.
    painter.translate(full.topLeft() - printable.topLeft());

    QFont footerFont(u"DejaVu Sans"_s);
    footerFont.setPointSizeF(7.5);
    QFont labelFont = footerFont;
    labelFont.setPointSizeF(6.5);
    const QColor grey(0x55, 0x55, 0x55);
    const qreal left = pixels(device, LeftMargin);
    const qreal right = width - pixels(device, RightMargin);
    const qreal boxWidth = pixels(device, 38);
    const qreal boxTop = height - pixels(device, 24);
    const qreal boxHeight = pixels(device, 14);
    const qreal ruleY = height - pixels(device, 25.5);
    const qreal lineHeight = pixels(device, 4.2);
    const bool box = !style.initials.isEmpty();
    const qreal textRight = box ? right - boxWidth - pixels(device, 6) : right;

    for (int page = 0; page < pages; ++page) {
        if (until.hasExpired()) {
            painter.end();
            return withinBounds(document, until);
        }
        if (page > 0 && !device.newPage()) {
            return Error::io(tr("The document could not be printed: a new page was refused. "
                                "Check the printer or the disk space, then try again."));
        }
        painter.save();
        painter.translate(0, -page * height);
        document.drawContents(&painter, QRectF(0, page * height, width, height));
        painter.restore();

        painter.save();
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), pixels(device, 0.2)));
        painter.drawLine(QPointF(left, ruleY), QPointF(textRight, ruleY));
        painter.setFont(footerFont);
        painter.setPen(grey);
        const QString number = style.pageNumber.contains(u"%2"_s)
                                   ? style.pageNumber.arg(page + 1).arg(pages)
                                   : style.pageNumber.arg(page + 1);
        const QFontMetricsF metrics(footerFont, &device);
        const QRectF first(left, ruleY + pixels(device, 1.5), textRight - left, lineHeight);
        painter.drawText(first, Qt::AlignLeft | Qt::AlignTop,
                         metrics.elidedText(style.footer, Qt::ElideRight, first.width()));
        painter.drawText(first.translated(0, lineHeight), Qt::AlignLeft | Qt::AlignTop, number);
        if (box) {
            const QRectF frame(right - boxWidth, boxTop, boxWidth, boxHeight);
            painter.setPen(QPen(QColor(0x66, 0x66, 0x66), pixels(device, 0.25)));
            painter.drawRect(frame);
            painter.setFont(labelFont);
            painter.setPen(grey);
            painter.drawText(frame.adjusted(pixels(device, 1.5), pixels(device, 1), 0, 0),
                             Qt::AlignLeft | Qt::AlignTop, style.initials);
        }
        painter.restore();
    }
    if (!painter.end()) {
        return Error::io(tr("The document could not be printed completely. Check the printer "
                            "or the disk space, then try again."));
    }
    return {};
}

void PdfRenderer::setUp(QPdfWriter &writer, const PageStyle &style)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(600);
    writer.setCreator(u"Passerelle"_s);
    writer.setTitle(style.title);
}

void PdfRenderer::keepHeadingSizes(QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            if (!format.hasProperty(QTextFormat::FontPointSize)
                || !format.hasProperty(QTextFormat::FontSizeAdjustment))
                continue;
            format.clearProperty(QTextFormat::FontSizeAdjustment);
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

Result<QByteArray> PdfRenderer::toPdf(QTextDocument &document, const PageStyle &style,
                                      QDeadlineTimer until)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUp(writer, style);
        PASSERELLE_CHECK(paint(document, writer, style, until));
    }
    buffer.close();
    if (!bytes.startsWith("%PDF"))
        return Error::io(tr("The PDF could not be produced."));
    return bytes;
}

std::optional<PdfRenderer::Span> PdfRenderer::keepTogetherSpan(const QTextDocument &document,
                                                               const QString &anchor)
{
    const auto part = keepTogetherRect(document, anchor);
    if (!part)
        return std::nullopt;
    const QRectF &rect = part->second;
    return Span{pageOf(document, rect.top()), pageOf(document, rect.bottom() - 1)};
}

} // namespace Passerelle
