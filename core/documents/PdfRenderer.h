#pragma once

#include "DocumentLimits.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QPdfWriter;
class QTextDocument;

namespace Passerelle {

/// How the pages of a printed document are dressed. The wording comes from the template
/// (its <title> and <meta name="passerelle-…" content="…"> tags), so that the unit edits it
/// with the rest of the document.
struct PageStyle
{
    QString title;        ///< the PDF's title (<title>)
    QString footer;       ///< left of every footer (meta passerelle-footer)
    QString pageNumber = QStringLiteral("Page %1 / %2"); ///< meta passerelle-page-number
    QString initials;     ///< label of the initials box on every page; none when empty
    QString keepTogether; ///< anchor (<a name="…">) of a part never split across two pages:
                          ///< from its paragraph to the end of the next table

    /// The style declared by the meta tags of a rendered template (typography applied).
    static PageStyle fromHtml(const QString &html);
    bool operator==(const PageStyle &) const = default;
};

/// Prints a QTextDocument on A4 pages (or any paged device: a QPrinter from a print preview),
/// the way Qt's own QTextDocument::print does — page by page with a clip — plus a footer
/// « Page 1 / 3 », an optional initials box on every page, no part marked "keep together"
/// split across a page break, and no heading left alone at the bottom of a page.
/// A document of more than DocumentLimits::Pages pages, or whose layout and painting outlast
/// `deadline` (DocumentLimits::LayoutMilliseconds from the call by default), is refused with
/// an error that says so: a template cannot hang the program.
class PdfRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PdfRenderer)

public:
    /// Page margins, in millimetres. The bottom one holds the footer and the initials box.
    static constexpr double LeftMargin = 20.0;
    static constexpr double RightMargin = 20.0;
    static constexpr double TopMargin = 16.0;
    static constexpr double BottomMargin = 30.0;

    /// The refusal of a document whose layout outlasts its deadline.
    static Error tooSlow();

    /// The time a document may take to be laid out and painted, from now.
    static QDeadlineTimer deadline()
    {
        return QDeadlineTimer(DocumentLimits::LayoutMilliseconds);
    }

    /// Gives `document` the pages of `device`: their size and the margins (no page-break
    /// fixes). layOut() starts with it.
    static void setPages(QTextDocument &document, QPagedPaintDevice &device);

    /// Lays `document` out for `device`'s pages (moving the keep-together part and orphan
    /// headings to the next page when needed) and returns the number of pages.
    static Result<int> layOut(QTextDocument &document, QPagedPaintDevice &device,
                              const PageStyle &style, QDeadlineTimer until = deadline());

    /// Lays out and paints every page of `document` on `device`.
    static Status paint(QTextDocument &document, QPagedPaintDevice &device,
                        const PageStyle &style, QDeadlineTimer until = deadline());

    /// Sets `writer` up as toPdf() does: A4 portrait, no device margins, 600 dpi, the title.
    /// A document laid out on such a writer is laid out as toPdf() lays it out.
    static void setUp(QPdfWriter &writer, const PageStyle &style);

    /// Headings given a size by the style sheet keep that size (Qt would enlarge them again
    /// by their heading level). Call after QTextDocument::setHtml().
    static void keepHeadingSizes(QTextDocument &document);

    /// The document as the bytes of an A4 PDF. The same document gives the same bytes, but
    /// for the creation date Qt writes into every PDF.
    static Result<QByteArray> toPdf(QTextDocument &document, const PageStyle &style,
                                    QDeadlineTimer until = deadline());

    /// First and last page (from 0) of the keep-together part of a laid-out document, if it
    /// has one.
    struct Span
    {
        int firstPage = 0;
        int lastPage = 0;
    };
    static std::optional<Span> keepTogetherSpan(const QTextDocument &document,
                                                const QString &anchor);
};

} // namespace Passerelle
