#include "ReviewReport.h"
#include "Clock.h"

#include "DocumentContent.h"
#include "FrenchText.h"
#include "ReportCharts.h"
#include "io/SafeFiles.h"
#include "storage/Database.h"
#include "storage/DirectoryRepositories.h"
#include "storage/OrganisationRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/ReviewRepository.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>

Q_GUI_EXPORT int qt_defaultDpiY();

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {
namespace {

/// Anchors of the parts kept on one page when they fit: each section, each definition.
const QString Part = u"part-"_s;
const QString ChartImage = u"chart:"_s;

/// A single-value section longer than this, with short labels (the months), is printed in two
/// or three columns side by side.
constexpr int LongSection = 16;
constexpr int ShortLabel = 20;
/// Lines of one block of such a section (three columns of 24 months), with the section's
/// heading and chart on one page.
constexpr int CompactLines = 24;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

const char *styleSheet()
{
    return "body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #1d2a33; }"
           "h1 { font-size: 17pt; font-weight: bold; color: #1d4f6e; margin-top: 0px;"
           "     margin-bottom: 4px; }"
           "h2 { font-size: 12.5pt; font-weight: bold; color: #1d4f6e; margin-top: 16px;"
           "     margin-bottom: 6px; }"
           "h3 { font-size: 9.5pt; font-weight: bold; color: #1d4f6e; margin-top: 9px;"
           "     margin-bottom: 2px; }"
           "p { margin-top: 0px; margin-bottom: 0px; }"
           "p.lead { font-size: 9pt; color: #5b6b77; margin-bottom: 10px; }"
           "p.note { font-size: 8pt; color: #5b6b77; margin-top: 4px; }"
           "p.caption { font-size: 7.5pt; color: #5b6b77; margin-bottom: 4px; }"
           "p.empty { font-style: italic; color: #5b6b77; margin-top: 2px; margin-bottom: 4px; }"
           "p.chart { margin-top: 2px; margin-bottom: 6px; }"
           "p.definition { font-size: 8.5pt; margin-bottom: 3px; }"
           "table.data { border-collapse: collapse; }"
           "table.data th { background-color: #2a6f97; color: #ffffff; font-size: 8pt;"
           "     font-weight: bold; padding: 3px 5px 3px 5px; }"
           "table.data td { font-size: 8.5pt; padding: 2px 5px 2px 5px;"
           "     border-bottom: 1px solid #d9e2e8; }"
           "td.total { font-weight: bold; }"
           "td.card { background-color: #eef4f8; padding: 10px 11px 12px 11px; }"
           "p.cardlabel { font-size: 8.5pt; color: #3c4c57; }"
           "p.cardvalue { font-size: 21pt; font-weight: bold; color: #1d4f6e; margin-top: 5px;"
           "     margin-bottom: 3px; }"
           "p.carddetail { font-size: 8pt; color: #3c4c57; }"
           "table.cover td { font-size: 10pt; padding: 5px 8px 5px 0px; }"
           "td.coverlabel { color: #5b6b77; }";
}

/// A value as a table cell shows it.
QString cell(const ReviewValue &v, bool bold)
{
    return u"<td align=\"right\"%1>%2</td>"_s.arg(bold ? u" class=\"total\""_s : QString(),
                                                   esc(v.text()));
}

bool isTotal(const ReviewRow &row)
{
    return row.key.endsWith(u".total"_s) || row.key.endsWith(u"_total"_s);
}

/// The households behind a rate, in words: « 9 ménages sur 10 ».
QString outOf(const ReviewValue &rate)
{
    if (rate.denominator == 0)
        return ReviewReport::tr("no household to count");
    return ReviewReport::tr("%1 household(s) out of %2", nullptr, int(rate.numerator))
        .arg(ReviewValue::count(rate.numerator).text(), ReviewValue::count(rate.denominator).text());
}

class Html
{
public:
    Html(const ReviewFigures &figures, const ReviewReportContext &context,
         const ReviewSectionOptions &options)
        : m_figures(figures), m_context(context), m_options(options),
          m_sections(ReviewSections::build(figures, context.catalog, options))
    {
    }

    QString html()
    {
        m_html = u"<html><head><style>"_s + QString::fromLatin1(styleSheet())
                 + u"</style></head><body>"_s;
        cover();
        keyFigures();
        // The sections follow the key figures, each moved to the next page when it does not
        // fit (ReviewReport::keepSectionsWhole()).
        for (const ReviewSection &s : std::as_const(m_sections)) {
            if (s.key != u"key_figures" && s.key != u"cost")
                section(s, false);
        }
        definitions();
        return m_html + u"</body></html>"_s;
    }

    QList<ReportCharts::Chart> charts() const { return m_charts; }
    bool hasLogo() const { return !m_logo.isNull(); }
    QImage logo() const { return m_logo; }

private:
    const ReviewSection *find(const QString &key) const
    {
        for (const ReviewSection &s : m_sections) {
            if (s.key == key)
                return &s;
        }
        return nullptr;
    }

    QString scopeLine() const
    {
        return capitalised(ReviewSections::periodText(m_figures.request)) + u" · "_s
               + ReviewSections::actionsText(m_figures) + u" · "_s
               + ReviewSections::agenciesText(m_figures);
    }

    QString fundersText() const
    {
        if (m_context.funders.isEmpty())
            return ReviewReport::tr("no funding recorded");
        // One line per funder, its sources in brackets.
        QStringList names;
        QHash<QString, QStringList> sources;
        for (const ReviewFunder &f : m_context.funders) {
            if (!names.contains(f.name))
                names << f.name;
            const QString source = FrenchText::label(m_context.catalog,
                                                     ReferenceList::FundingSource, f.source);
            if (!source.isEmpty() && !sources[f.name].contains(source))
                sources[f.name] << source;
        }
        QStringList lines;
        for (const QString &name : names) {
            const QStringList &s = sources.value(name);
            lines << esc(s.isEmpty() ? name : ReviewReport::tr("%1 (%2)").arg(name, s.join(u"; "_s)));
        }
        return lines.join(u"<br/>"_s);
    }

    void cover()
    {
        m_logo = DocumentFields::logoImage(m_context.organisation);
        m_html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"_s;
        if (!m_logo.isNull()) {
            // At most 50 × 24 mm (96 document pixels an inch).
            const double maxWidth = 50 * 96 / 25.4;
            const double maxHeight = 24 * 96 / 25.4;
            const double scale = std::min(maxWidth / m_logo.width(), maxHeight / m_logo.height());
            m_html += u"<td width=\"%1\" valign=\"middle\"><img src=\"%2\" width=\"%3\" "
                      "height=\"%4\"/></td>"_s.arg(int(m_logo.width() * scale) + 16)
                          .arg(DocumentFields::logoResource())
                          .arg(int(m_logo.width() * scale))
                          .arg(int(m_logo.height() * scale));
        }
        m_html += u"<td valign=\"middle\"><p style=\"font-size: 13pt; font-weight: bold; "
                  "color: #1d2a33;\">%1</p></td></tr></table>"_s
                      .arg(esc(m_context.organisation.name));
        m_html += u"<p style=\"margin-top: 210px; font-size: 30pt; font-weight: bold; "
                  "color: #1d4f6e;\">%1</p>"_s.arg(esc(ReviewReport::tr("Annual review")));
        m_html += u"<p style=\"margin-top: 8px; font-size: 15pt; color: #2a6f97;\">%1</p>"_s.arg(
            esc(capitalised(ReviewSections::actionsText(m_figures))));
        m_html += u"<p style=\"margin-top: 4px; font-size: 13pt; color: #1d2a33;\">%1</p>"_s.arg(
            esc(capitalised(ReviewSections::periodText(m_figures.request))));
        m_html += u"<table class=\"cover\" width=\"100%\" cellspacing=\"0\" "
                  "style=\"margin-top: 60px;\">"_s;
        const auto line = [this](const QString &label, const QString &html) {
            m_html += u"<tr><td class=\"coverlabel\" width=\"28%\" valign=\"top\">%1</td>"
                      "<td valign=\"top\">%2</td></tr>"_s.arg(esc(label), html);
        };
        line(m_figures.actionCodes.size() == 1 ? ReviewReport::tr("Action")
                                               : ReviewReport::tr("Actions"),
             esc(capitalised(ReviewSections::actionsText(m_figures))));
        line(m_context.funders.size() > 1 ? ReviewReport::tr("Funders")
                                          : ReviewReport::tr("Funder"),
             fundersText());
        line(ReviewReport::tr("Period"),
             esc(ReviewReport::tr("from %1 to %2")
                     .arg(FrenchText::date(m_figures.request.from),
                          FrenchText::date(m_figures.request.to))));
        line(m_figures.agencyCodes.size() == 1 ? ReviewReport::tr("Agency")
                                               : ReviewReport::tr("Agencies"),
             esc(capitalised(ReviewSections::agenciesText(m_figures))));
        line(ReviewReport::tr("Printed on"), esc(FrenchText::date(m_context.printedOn)));
        m_html += u"</table>"_s;
        m_html += u"<p class=\"note\" style=\"margin-top: 40px;\">%1</p>"_s.arg(
            esc(ReviewReport::tr("Aggregated figures only: this review names no household and "
                                 "gives no reference, date of birth or note. The definitions of "
                                 "the figures are at the end.")));
        if (m_options.maskSmallCounts)
            m_html += u"<p class=\"note\">%1</p>"_s.arg(esc(maskingNote()));
    }

    static QString maskingNote()
    {
        return ReviewReport::tr("For publication, counts of 1 to 4 households in the breakdowns "
                                "are shown « < 5 », and their bars hatched up to 5.");
    }

    void keyFigures()
    {
        const ReviewSection *s = find(u"key_figures"_s);
        if (!s)
            return;
        m_html += u"<h1 style=\"page-break-before: always;\"><a name=\"%1\"></a>%2</h1>"_s.arg(
            Part + s->key, esc(s->title));
        m_html += u"<p class=\"lead\">%1</p>"_s.arg(esc(scopeLine()));

        // The cards: a main figure and the figures that go with it. Every row of the
        // section is shown, in a card of its own when no card names it.
        struct Card
        {
            QString main;
            QStringList details;
            QStringList inPhrase; ///< rows a percent's « 9 ménages sur 10 » already shows
        };
        const QList<Card> layout{
            {u"households_supported"_s, {u"new_entrants"_s, u"existing_tenants"_s}, {}},
            {u"support_months"_s, {}, {}},
            {u"average_support_months"_s, {}, {}},
            {u"retention_24m"_s, {}, {u"retention_24m.maintained"_s, u"retention_24m.cohort"_s}},
            {u"qpv_share"_s, {}, {}},
            {u"sliding_leases.used"_s, {u"sliding_leases.slid"_s}, {}},
            {u"contacts.total"_s, {u"contacts.visite_domicile"_s}, {}},
            {u"partners.count"_s, {}, {}},
            {u"cost.per_household"_s, {u"cost.funding_total"_s}, {}},
        };
        QStringList shown;
        QStringList cards;
        const auto card = [&](const ReviewRow &main, const QStringList &details,
                              const QStringList &inPhrase) {
            QString html = u"<p class=\"cardlabel\">%1</p><p class=\"cardvalue\">%2</p>"_s.arg(
                esc(main.label), esc(main.values.value(0).text()));
            QStringList lines;
            const ReviewValue &v = main.values.value(0);
            if (v.kind == ReviewValue::Kind::Percent)
                lines << esc(outOf(v));
            for (const QString &key : details) {
                if (const ReviewRow *d = s->row(key)) {
                    lines << esc(FrenchText::typography(
                        ReviewReport::tr("%1: %2").arg(d->label, d->values.value(0).text())));
                    shown << key;
                }
            }
            shown << main.key << inPhrase;
            if (!lines.isEmpty())
                html += u"<p class=\"carddetail\">%1</p>"_s.arg(lines.join(u"<br/>"_s));
            cards << html;
        };
        for (const Card &c : layout) {
            if (const ReviewRow *main = s->row(c.main))
                card(*main, c.details, c.inPhrase);
        }
        for (const ReviewRow &row : s->rows) {
            if (!shown.contains(row.key))
                card(row, {}, {});
        }
        m_html += u"<table width=\"100%\" cellspacing=\"8\" cellpadding=\"0\" "
                  "style=\"margin-left: -8px; margin-right: -8px; margin-bottom: 6px;\">"_s;
        for (qsizetype i = 0; i < cards.size(); i += 3) {
            m_html += u"<tr>"_s;
            for (qsizetype j = i; j < i + 3; ++j) {
                m_html += u"<td class=\"card\" width=\"33%\" valign=\"top\">%1</td>"_s.arg(
                    cards.value(j));
            }
            m_html += u"</tr>"_s;
        }
        m_html += u"</table>"_s;
        if (m_options.maskSmallCounts)
            m_html += u"<p class=\"note\">%1</p>"_s.arg(esc(maskingNote()));
        if (const ReviewSection *cost = find(u"cost"_s))
            section(*cost, false);
    }

    void table(const ReviewSection &s)
    {
        const bool compact = s.columns.size() == 1 && s.rows.size() > LongSection
                             && std::all_of(s.rows.cbegin(), s.rows.cend(), [](const ReviewRow &r) {
                                    return r.label.size() <= ShortLabel;
                                });
        if (!compact) {
            table(s, 0, s.rows.size(), 1);
            return;
        }
        // Side by side in blocks of at most CompactLines lines, read down each column; each
        // block after the first is a part of its own, kept on one page.
        const int groups = s.rows.size() > 2 * LongSection ? 3 : 2;
        for (qsizetype first = 0; first < s.rows.size(); first += groups * CompactLines) {
            if (first > 0) {
                m_html += u"<p style=\"font-size: 5pt;\"><a name=\"%1%2-%3\"></a>&#160;</p>"_s
                              .arg(Part, s.key)
                              .arg(first);
            }
            table(s, first, std::min(s.rows.size(), first + groups * CompactLines), groups);
        }
    }

    /// Rows [first, end) of `s` in `groups` groups of columns side by side.
    void table(const ReviewSection &s, qsizetype first, qsizetype end, int groups)
    {
        const qsizetype perGroup = (end - first + groups - 1) / groups;
        m_html += u"<table class=\"data\" width=\"100%\" cellspacing=\"0\"><thead><tr>"_s;
        if (groups > 1) {
            // Each label and its value under one header.
            for (int g = 0; g < groups; ++g) {
                m_html += u"<th colspan=\"2\" align=\"right\" width=\"%1%\">%2</th>"_s
                              .arg(100 / groups)
                              .arg(esc(s.columns.value(0)));
            }
        } else {
            // Several values: narrow columns of numbers, the rest for the labels.
            const int n = int(s.columns.size());
            const int value = n > 1 ? std::min(12, 72 / n) : 0;
            const int label = 100 - value * n;
            m_html += value ? u"<th align=\"left\" width=\"%1%\"></th>"_s.arg(label)
                            : u"<th align=\"left\"></th>"_s;
            for (const QString &column : s.columns) {
                // Narrower headers for narrow columns: no word is cut.
                m_html += value ? u"<th align=\"right\" width=\"%1%\" style=\"font-size: 7pt; "
                                  "padding-left: 2px; padding-right: 3px;\">%2</th>"_s
                                      .arg(value)
                                      .arg(esc(column))
                                : u"<th align=\"right\">%1</th>"_s.arg(esc(column));
            }
        }
        m_html += u"</tr></thead>"_s;
        for (qsizetype line = 0; line < perGroup; ++line) {
            m_html += u"<tr>"_s;
            for (int g = 0; g < groups; ++g) {
                const qsizetype i = first + g * perGroup + line;
                if (i >= end) {
                    m_html += u"<td></td>"_s.repeated(1 + s.columns.size());
                    continue;
                }
                const ReviewRow &row = s.rows.at(i);
                const bool bold = isTotal(row);
                m_html += u"<td%1>%2</td>"_s.arg(bold ? u" class=\"total\""_s : QString(),
                                                  esc(row.label));
                for (qsizetype c = 0; c < s.columns.size(); ++c)
                    m_html += cell(row.values.value(c), bold);
            }
            m_html += u"</tr>"_s;
        }
        m_html += u"</table>"_s;
    }

    void section(const ReviewSection &s, bool newPage)
    {
        m_html += u"<h2%1><a name=\"%2\"></a>%3</h2>"_s.arg(
            newPage ? u" style=\"page-break-before: always;\""_s : QString(), Part + s.key,
            esc(s.title));
        if (s.rows.isEmpty()) {
            m_html += u"<p class=\"empty\">%1</p>"_s.arg(
                esc(ReviewReport::tr("No data for the period")));
            return;
        }
        if (const auto chart = ReportCharts::of(s)) {
            // A placeholder of the chart's size, replaced by the chart itself once the HTML
            // is read (see document()).
            m_html += u"<p class=\"chart\" align=\"center\"><img src=\"%1%2\" width=\"%3\" "
                      "height=\"%4\"/></p>"_s.arg(ChartImage)
                          .arg(m_charts.size())
                          .arg(int(chart->widthMm * 96 / 25.4))
                          .arg(int(chart->heightMm * 96 / 25.4));
            if (!chart->caption.isEmpty())
                m_html += u"<p class=\"caption\">%1</p>"_s.arg(esc(chart->caption));
            m_charts << *chart;
        }
        table(s);
        if (!s.note.isEmpty())
            m_html += u"<p class=\"note\">%1</p>"_s.arg(esc(s.note));
    }

    void definitions()
    {
        m_html += u"<h1 style=\"page-break-before: always;\"><a name=\"%1\"></a>%2</h1>"_s.arg(
            Part + u"definitions"_s, esc(ReviewReport::tr("Definitions")));
        m_html += u"<p class=\"lead\">%1</p>"_s.arg(
            esc(ReviewReport::tr("The rules by which Passerelle computes each figure of this "
                                 "review from the data recorded.")));
        for (const ReviewDefinition &d : ReviewSections::definitions()) {
            m_html += u"<h3><a name=\"%1\"></a>%2</h3><p class=\"definition\">%3</p>"_s.arg(
                Part + u"definition-"_s + d.key, esc(d.title), esc(d.text));
        }
    }

    const ReviewFigures &m_figures;
    const ReviewReportContext &m_context;
    const ReviewSectionOptions m_options;
    const QList<ReviewSection> m_sections;
    QList<ReportCharts::Chart> m_charts;
    QImage m_logo;
    QString m_html;
};

/// Replaces the charts' placeholder images by the charts.
void insertCharts(QTextDocument &document, const QList<ReportCharts::Chart> &charts)
{
    ReportCharts::TextObjects *objects = ReportCharts::TextObjects::install(document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            const QString name = fragment.charFormat().toImageFormat().name();
            if (!name.startsWith(ChartImage))
                continue;
            bool ok = false;
            const int index = name.mid(ChartImage.size()).toInt(&ok);
            if (!ok || index < 0 || index >= charts.size())
                continue;
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                              objects->format(charts.at(index)));
            break; // the block changed: its fragments are read again from the next block
        }
    }
}

/// Where a block ends down the document: the bottom of the table it is in, if any.
qreal bottomOf(const QTextDocument &document, const QTextBlock &block)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    QTextFrame *frame = QTextCursor(block).currentFrame();
    while (frame && frame->parentFrame() && frame->parentFrame() != document.rootFrame())
        frame = frame->parentFrame();
    if (frame && frame != document.rootFrame())
        return layout->frameBoundingRect(frame).bottom();
    return layout->blockBoundingRect(block).bottom();
}

} // namespace

std::unique_ptr<QTextDocument> ReviewReport::document(const ReviewFigures &figures,
                                                      const ReviewReportContext &context,
                                                      const ReviewSectionOptions &options)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    Html html(figures, context, options);
    const QString text = html.html();
    if (html.hasLogo()) {
        document->addResource(QTextDocument::ImageResource,
                              QUrl(DocumentFields::logoResource()), html.logo());
    }
    document->setHtml(text);
    PdfRenderer::keepHeadingSizes(*document);
    // No ligatures: « fi » stays two letters that a reader can search for and copy (a PDF
    // reader would find « ﬁnancement » otherwise).
    QTextCharFormat plain;
    plain.setFontStyleStrategy(QFont::PreferNoShaping);
    QTextCursor all(document.get());
    all.select(QTextCursor::Document);
    all.mergeCharFormat(plain);
    insertCharts(*document, html.charts());
    return document;
}

PageStyle ReviewReport::pageStyle(const ReviewFigures &figures, const ReviewReportContext &context)
{
    PageStyle style;
    const QString period = ReviewSections::periodText(figures.request);
    style.title = tr("Annual review — %1 — %2").arg(ReviewSections::actionsText(figures), period);
    // The footer names the actions by their codes: it has one line.
    const QString actions = figures.actionCodes.isEmpty() ? ReviewSections::actionsText(figures)
                                                          : figures.actionCodes.join(u", "_s);
    QStringList footer{context.organisation.name, tr("Annual review — %1").arg(actions), period};
    footer.removeAll(QString());
    style.footer = footer.join(u" — "_s);
    style.pageNumber = tr("Page %1 / %2");
    return style;
}

Result<int> ReviewReport::keepSectionsWhole(QTextDocument &document, QPagedPaintDevice &device,
                                            const PageStyle &style)
{
    // Before PdfRenderer's own fixes (a short table moved alone to the next page would part
    // from its chart).
    PdfRenderer::setPages(document, device);
    // Where each part starts (its heading), in order.
    QList<QTextBlock> starts;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            if (std::any_of(names.cbegin(), names.cend(),
                            [](const QString &n) { return n.startsWith(Part); })) {
                starts << block;
                break;
            }
        }
    }
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    const QTextFrameFormat root = document.rootFrame()->frameFormat();
    const qreal scale = double(device.logicalDpiY()) / qt_defaultDpiY();
    const qreal body = pageHeight - (root.topMargin() + root.bottomMargin()) * scale;
    const auto pageOf = [pageHeight](qreal y) { return int(std::max<qreal>(0, y) / pageHeight); };
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const QTextBlock heading = starts.at(i);
        if (heading.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QTextBlock last = i + 1 < starts.size() ? starts.at(i + 1).previous()
                                                      : document.lastBlock();
        const qreal top = layout->blockBoundingRect(heading).top();
        const qreal bottom = bottomOf(document, last);
        if (pageOf(top) == pageOf(bottom - 1) || bottom - top > body)
            continue;
        QTextBlockFormat format = heading.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(heading).setBlockFormat(format);
        layout->documentSize(); // lays out again
    }
    return PdfRenderer::layOut(document, device, style);
}

Result<QByteArray> ReviewReport::toPdf(const ReviewFigures &figures,
                                       const ReviewReportContext &context,
                                       const ReviewSectionOptions &options)
{
    const QDeadlineTimer until = PdfRenderer::deadline();
    const std::unique_ptr<QTextDocument> document = ReviewReport::document(figures, context,
                                                                           options);
    const PageStyle style = pageStyle(figures, context);
    {
        // Laid out once for the PDF writer's pages, to keep each section on one page.
        QByteArray scratch;
        QBuffer buffer(&scratch);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        PdfRenderer::setUp(writer, style);
        const auto pages = keepSectionsWhole(*document, writer, style);
        document->documentLayout()->setPaintDevice(nullptr);
        if (!pages)
            return pages.error();
    }
    auto pdf = PdfRenderer::toPdf(*document, style, until);
    document->documentLayout()->setPaintDevice(nullptr);
    return pdf;
}

Result<ReviewReportContext> ReviewReport::context(Database &db, const ReviewFigures &figures)
{
    ReviewReportContext context;
    PASSERELLE_TRY(organisation, OrganisationRepository(db).get());
    context.organisation = organisation;
    PASSERELLE_TRY(catalog, ReferenceRepository(db).catalog());
    context.catalog = catalog;
    context.printedOn = Passerelle::Clock::today();
    ActionRepository actions(db);
    QList<Id> ids = figures.request.actionIds;
    if (ids.isEmpty()) {
        PASSERELLE_TRY(all, actions.list());
        for (const Action &a : all)
            ids << a.id;
    }
    for (Id id : std::as_const(ids)) {
        PASSERELLE_TRY(action, actions.get(id));
        for (const FundingLine &line : action.fundingLines) {
            // A grant made after the period does not fund it.
            const QDate dated = line.grantedDate.isValid() ? line.grantedDate : line.receivedDate;
            if (dated.isValid() && dated > figures.request.to)
                continue;
            const ReviewFunder funder{line.funder.trimmed(), line.source};
            if (!funder.name.isEmpty() && !context.funders.contains(funder))
                context.funders << funder;
        }
    }
    return context;
}

Result<QByteArray> ReviewReport::toPdf(Database &db, const ReviewFigures &figures,
                                       const ReviewSectionOptions &options)
{
    PASSERELLE_TRY(context, ReviewReport::context(db, figures));
    return toPdf(figures, context, options);
}

Result<QByteArray> ReviewReport::toPdf(Database &db, const Scope &scope,
                                       const ReviewRequest &request,
                                       const ReviewSectionOptions &options)
{
    PASSERELLE_TRY(figures, Review::compute(db, scope, request));
    return toPdf(db, figures, options);
}

Status ReviewReport::writeFile(Database &db, const Scope &scope, const ReviewFigures &figures,
                               const ReviewSectionOptions &options, const QString &path)
{
    PASSERELLE_TRY(pdf, toPdf(db, figures, options));
    Transaction tx(db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_CHECK(ReviewRepository(db).recordExport(scope, figures.request, u"pdf"_s));
    PASSERELLE_CHECK(SafeFiles::writeAtomically(path, pdf));
    return tx.commit();
}

} // namespace Passerelle
