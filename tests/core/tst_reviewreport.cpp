// The funder's PDF from hand-made figures (no database): the charts draw the sections' rows,
// masked counts stay hidden, empty sections say so, and no section straddles two pages.
#include "TestDatabase.h"
#include "Clock.h"
#include "documents/ReportCharts.h"
#include "documents/ReviewReport.h"
#include "demo/DemoData.h"
#include "storage/DirectoryRepositories.h"
#include "storage/JournalRepository.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QHashSeed>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;

namespace {

ReviewFigures rich()
{
    ReviewFigures f;
    f.request.from = QDate(2015, 1, 1);
    f.request.to = QDate(2018, 12, 31);
    f.actionCodes = {u"PILOTE"_s};
    f.actionNames = {{u"PILOTE"_s, u"Action pilote"_s}};
    f.householdsSupported = 12;
    f.householdsEntered = 10;
    f.householdsExited = 8;
    f.newEntrants = 10;
    f.existingTenants = 2;
    f.supportMonths = Months{3653, 1}; // 120,0 months
    f.averageSupportMonths = Months{2922, 8};
    f.qpvShare = Rate{3, 12, 25};
    f.retention24m = Rate{9, 10, 90};
    f.slidingLeasesUsed = 1;
    f.slidingLeasesSlid = 1;
    f.publics = {{u"sans_domicile"_s, 9}, {u"sortant_detention"_s, 3}};
    f.exitOutcomes = {{u"autonomie"_s, 6}, {u"expulsion"_s, 2}};
    f.compositions = {{u"personne_seule"_s, 12}};
    f.leaseTypes = {{u"bail_direct"_s, 11}, {u"bail_glissant"_s, 1}};
    f.agencies = {{u"NORD"_s, 12}};
    f.agencyNames = {{u"NORD"_s, u"Agence Nord"_s}};
    // Forty partners: a long breakdown.
    for (int i = 1; i <= 40; ++i) {
        const QString code = u"P%1"_s.arg(i, 2, 10, QChar(u'0'));
        f.partners.insert(code, i % 9 + 1);
        f.partnerNames.insert(code, u"Association partenaire numéro %1"_s.arg(i));
    }
    f.contactsByType = {{u"visite_domicile"_s, 120}, {u"telephone"_s, 80}};
    f.contactsTotal = 200;
    f.contactsPerHouseholdMonthTenths = 17;
    f.expenses = 4950000;
    f.fundingBySource = {{u"fnavdl_hlm_accompagnes"_s, 3000000}, {u"fonds_propres"_s, 1950000}};
    f.costPerHousehold = 412500;
    for (QDate m(2015, 1, 1); m <= f.request.to; m = m.addMonths(1))
        f.supportMonthsByMonth << MonthOfSupport{m, Months{qint64(m.month()) * 15, 1}};
    DomainLevels levels;
    levels.households = 8;
    levels.entryTotal = 18;
    levels.latestTotal = 9;
    levels.better = 6;
    levels.same = 2;
    f.diagnosticLevels = {{u"ressources_budget"_s, levels}, {u"sante"_s, levels}};
    f.diagnosticsCompared = 8;
    return f;
}

ReviewReportContext context()
{
    ReviewReportContext c;
    c.organisation.name = u"Habitat Test"_s;
    QImage logo(300, 120, QImage::Format_RGB32);
    logo.fill(QColor(0x2a, 0x6f, 0x97));
    QBuffer buffer(&c.organisation.logo);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    c.organisation.logoMimeType = u"image/png"_s;
    c.funders = {{u"FNAVDL – USH"_s, u"fnavdl_hlm_accompagnes"_s},
                 {u"Habitat Test"_s, u"fonds_propres"_s}};
    c.printedOn = QDate(2019, 2, 1);
    return c;
}

const ReviewSection &sectionOf(const QList<ReviewSection> &sections, const QString &key)
{
    for (const ReviewSection &s : sections) {
        if (s.key == key)
            return s;
    }
    static const ReviewSection none;
    return none;
}

} // namespace

class TestReviewReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chartsDrawTheRows();
    void maskedCountsNeverDrawn();
    void emptyReviewSaysNoData();
    void sectionsKeptWhole();
    void maskedPdf();
    void fromTheDatabase();

private:
    QString pdfText(const QByteArray &pdf);
    QString m_pdftotext;
};

void TestReviewReport::initTestCase()
{
    Testing::installFrenchTranslation();
    m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
}

QString TestReviewReport::pdfText(const QByteArray &pdf)
{
    QProcess process;
    // In the order the text is painted: each card, cell and chart label with its value.
    process.start(m_pdftotext, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, u"-"_s, u"-"_s});
    process.write(pdf);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    for (QChar space : {QChar(0x00A0), QChar(0x202F), QChar(u'\n')})
        text.replace(space, u' ');
    return text.replace(QRegularExpression(u" {2,}"_s), u" "_s);
}

void TestReviewReport::chartsDrawTheRows()
{
    const QList<ReviewSection> sections = ReviewSections::build(rich(), ReferenceCatalog());
    using Kind = ReviewSection::Chart;

    const auto publics = ReportCharts::of(sectionOf(sections, u"publics"_s));
    QVERIFY(publics);
    QCOMPARE(publics->kind, Kind::Bars);
    QCOMPARE(publics->bars.size(), 2);
    QCOMPARE(publics->bars.at(0).label, u"Personne sans domicile / parcours de rue"_s);
    QCOMPARE(publics->bars.at(0).value, 9.0);
    QCOMPARE(publics->axisTitle, u"Ménages"_s);

    const auto outcomes = ReportCharts::of(sectionOf(sections, u"exit_outcomes"_s));
    QVERIFY(outcomes);
    QCOMPARE(outcomes->kind, Kind::Pie);
    QCOMPARE(outcomes->bars.size(), 2);

    // Forty partners: the 25 largest, in the section's order, and a caption that says so.
    const auto partners = ReportCharts::of(sectionOf(sections, u"partners"_s));
    QVERIFY(partners);
    QCOMPARE(partners->bars.size(), 25);
    QVERIFY(partners->caption.contains(u"40"_s));
    for (const ReportCharts::Bar &b : partners->bars)
        QVERIFY2(b.value >= 4, qPrintable(b.label));

    // Contacts: the types, not the total nor the ratio.
    const auto contacts = ReportCharts::of(sectionOf(sections, u"contacts"_s));
    QVERIFY(contacts);
    QCOMPARE(contacts->bars.size(), 2);

    const auto months = ReportCharts::of(sectionOf(sections, u"support_months_by_month"_s));
    QVERIFY(months);
    QCOMPARE(months->bars.size(), 48);
    QCOMPARE(months->bars.at(13).month, QDate(2016, 2, 1));
    QCOMPARE(months->bars.at(13).text, u"1,0"_s); // 30 days

    const auto retention = ReportCharts::of(sectionOf(sections, u"retention"_s));
    QVERIFY(retention);
    QCOMPARE(retention->centre, u"90\u202f%"_s);
    QCOMPARE(retention->bars.at(0).value, 9.0);
    QCOMPARE(retention->bars.at(1).value, 1.0);

    const auto levels = ReportCharts::of(sectionOf(sections, u"diagnostics"_s));
    QVERIFY(levels);
    QCOMPARE(levels->bars.size(), 2);
    QCOMPARE(levels->bars.at(0).text, u"2,3"_s);
    QCOMPARE(levels->latest.at(0).text, u"1,1"_s);

    // Nothing to draw: no chart.
    ReviewFigures empty;
    empty.request = rich().request;
    const QList<ReviewSection> none = ReviewSections::build(empty, ReferenceCatalog());
    for (const ReviewSection &s : none)
        QVERIFY2(!ReportCharts::of(s), qPrintable(s.key));
}

void TestReviewReport::maskedCountsNeverDrawn()
{
    ReviewSectionOptions mask;
    mask.maskSmallCounts = true;
    const QList<ReviewSection> sections = ReviewSections::build(rich(), ReferenceCatalog(), mask);
    const auto publics = ReportCharts::of(sectionOf(sections, u"publics"_s));
    QVERIFY(publics);
    QVERIFY(!publics->bars.at(0).masked);
    QVERIFY(publics->bars.at(1).masked);
    QCOMPARE(publics->bars.at(1).text, u"< 5"_s);
    // A pie cannot show a share it does not know: bars, hatched where masked.
    const auto outcomes = ReportCharts::of(sectionOf(sections, u"exit_outcomes"_s));
    QVERIFY(outcomes);
    QCOMPARE(outcomes->kind, ReviewSection::Chart::Bars);
    QVERIFY(outcomes->bars.at(1).masked);

    // Painted, a masked bar of 3 and one of 1 look the same: the value is not in the picture.
    const auto picture = [](qint64 n) {
        ReviewSection s;
        s.key = u"publics"_s;
        s.columns = {u"Ménages"_s};
        s.chart = ReviewSection::Chart::Bars;
        ReviewValue big = ReviewValue::count(40);
        ReviewValue small = ReviewValue::count(n);
        small.masked = true;
        s.rows = {ReviewRow{u"publics.a"_s, u"A"_s, {big}, {}, {}},
                  ReviewRow{u"publics.b"_s, u"B"_s, {small}, {}, {}}};
        const auto chart = ReportCharts::of(s);
        QImage image(680, int(chart->heightMm * 4), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        ReportCharts::paint(painter, QRectF(0, 0, 680, chart->heightMm * 4), *chart);
        return image;
    };
    QCOMPARE(picture(1), picture(4));
}

void TestReviewReport::emptyReviewSaysNoData()
{
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext is missing (poppler-utils, installed by tools/install-deps.sh)");
    ReviewFigures empty;
    empty.request = rich().request;
    const auto pdf = ReviewReport::toPdf(empty, ReviewReportContext());
    QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error().fullText()));
    const QString text = pdfText(*pdf);
    QVERIFY(text.contains(u"Bilan annuel"_s));
    QVERIFY(text.contains(u"Aucune donnée sur la période"_s));
    QVERIFY(text.contains(u"aucun financement enregistré"_s));
    QVERIFY(text.contains(u"Taux de maintien dans le logement à +24 mois n.d. aucun ménage à "
                          "compter"_s));
    QVERIFY(text.contains(u"Page 1 / "_s));
}

void TestReviewReport::sectionsKeptWhole()
{
    const ReviewReportContext c = context();
    const std::unique_ptr<QTextDocument> document = ReviewReport::document(rich(), c);
    const PageStyle style = ReviewReport::pageStyle(rich(), c);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    PdfRenderer::setUp(writer, style);
    const auto pages = ReviewReport::keepSectionsWhole(*document, writer, style);
    QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().fullText()));
    QVERIFY(*pages >= 5);

    // Each section from its heading to the next heading's block: on one page (the sections of
    // this review are all shorter than a page).
    QList<QTextBlock> headings;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() > 0 && b.blockFormat().headingLevel() < 3)
            headings << b;
    }
    QVERIFY(headings.size() >= 12);
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const qreal page = document->pageSize().height();
    const qreal body = (297 - PdfRenderer::TopMargin - PdfRenderer::BottomMargin)
                       * writer.logicalDpiY() / 25.4;
    int whole = 0;
    int charts = 0;
    for (qsizetype i = 1; i + 1 < headings.size(); ++i) {
        const qreal top = layout->blockBoundingRect(headings.at(i)).top();
        const QTextBlock last = headings.at(i + 1).previous();
        QTextFrame *frame = QTextCursor(last).currentFrame();
        const qreal bottom = frame != document->rootFrame()
                                 ? layout->frameBoundingRect(frame).bottom()
                                 : layout->blockBoundingRect(last).bottom();
        // A section taller than a page (forty partners: a chart of 25 bars and their table)
        // flows on; the others are on one page.
        if (bottom - top <= body) {
            QVERIFY2(int(top / page) == int((bottom - 1) / page),
                     qPrintable(headings.at(i).text()));
            ++whole;
        }
        for (QTextBlock b = headings.at(i); b != headings.at(i + 1); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it)
                charts += it.fragment().charFormat().objectType() == ReportCharts::TextObjects::Type;
        }
    }
    QCOMPARE(charts, 10); // every section that asks for a chart and has something to draw
    QVERIFY(whole >= 10);
    document->documentLayout()->setPaintDevice(nullptr);
}

void TestReviewReport::maskedPdf()
{
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext is missing (poppler-utils, installed by tools/install-deps.sh)");
    ReviewSectionOptions mask;
    mask.maskSmallCounts = true;
    const auto plain = ReviewReport::toPdf(rich(), context());
    const auto masked = ReviewReport::toPdf(rich(), context(), mask);
    QVERIFY(plain && masked);
    const QString shown = pdfText(*plain);
    const QString hidden = pdfText(*masked);
    QVERIFY(shown.contains(u"Sortant de détention 3"_s));
    QVERIFY(!hidden.contains(u"Sortant de détention 3"_s));
    QVERIFY(hidden.contains(u"Sortant de détention < 5"_s));
    QVERIFY(hidden.contains(u"Expulsion < 5"_s) || hidden.contains(u"bail / expulsion < 5"_s));
    // The key figures stay whole.
    QVERIFY(hidden.contains(u"Ménages accompagnés sur la période 12"_s));
    QVERIFY(hidden.contains(u"9 ménages sur 10"_s));
    QVERIFY(hidden.contains(u"Habitat Test"_s));
    QVERIFY(hidden.contains(u"FNAVDL – USH"_s));
}

void TestReviewReport::fromTheDatabase()
{
    // The calls the Bilan screen makes: the PDF of a request in one call, and the file of the
    // figures it shows, journaled.
    const QString why = Testing::backendUnavailable();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    Testing::TestDatabase test;
    QVERIFY(test.isValid());
    const Status filled = Demo::populate(test.db(), Passerelle::Clock::today());
    QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().fullText()));
    auto laava = ActionRepository(test.db()).findByCode(u"LAAVA"_s);
    QVERIFY(laava && laava->has_value());
    ReviewRequest request{QDate(2015, 1, 1), QDate(2018, 12, 31), {(*laava)->id}, {}};
    const Scope scope = Testing::TestDatabase::all();

    auto context = ReviewReport::context(test.db(), *Review::compute(test.db(), scope, request));
    QVERIFY(context);
    QVERIFY(!context->organisation.name.isEmpty());
    QVERIFY(!context->organisation.logo.isEmpty());
    QVERIFY(!context->funders.isEmpty());
    for (const FundingLine &line : (*laava)->fundingLines) {
        QVERIFY(context->funders.contains(ReviewFunder{line.funder, line.source})
                || line.grantedDate > request.to);
    }
    // A grant made after the period is no funder of it: end the period the day before the
    // latest grant.
    const FundingLine latest = *std::max_element(
        (*laava)->fundingLines.cbegin(), (*laava)->fundingLines.cend(),
        [](const FundingLine &a, const FundingLine &b) { return a.grantedDate < b.grantedDate; });
    ReviewRequest early = request;
    early.to = latest.grantedDate.addDays(-1);
    auto before = ReviewReport::context(test.db(), *Review::compute(test.db(), scope, early));
    QVERIFY(before);
    QVERIFY(!before->funders.contains(ReviewFunder{latest.funder, latest.source}));
    QVERIFY(before->funders.size() < context->funders.size());

    const auto pdf = ReviewReport::toPdf(test.db(), scope, request);
    QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error().fullText()));
    QVERIFY(pdf->startsWith("%PDF"));
    if (!m_pdftotext.isEmpty()) {
        const QString text = pdfText(*pdf);
        QVERIFY(text.contains(context->organisation.name));
        QVERIFY(text.contains((*laava)->name));
    }

    const auto figures = Review::compute(test.db(), scope, request);
    QVERIFY(figures);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bilan.pdf"_s);
    const Status written = ReviewReport::writeFile(test.db(), scope, *figures, {}, path);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
    QVERIFY(Testing::fileBytes(path).startsWith("%PDF"));
    JournalFilter filter;
    filter.operation = u"export"_s;
    auto journal = JournalRepository(test.db()).list(scope, filter);
    QVERIFY(journal);
    QVERIFY(!journal->lines.isEmpty());
    QCOMPARE(journal->lines.first().entry.entity, u"review"_s);
    QVERIFY(journal->lines.first().entry.summary.startsWith(u"pdf; start_date: 2015-01-01"_s));

    // A folder that does not exist: nothing written, nothing journaled.
    const qint64 exports = journal->total;
    const QString nowhere = dir.filePath(u"missing/bilan.pdf"_s);
    QVERIFY(!ReviewReport::writeFile(test.db(), scope, *figures, {}, nowhere));
    QVERIFY(!QFile::exists(nowhere));
    QCOMPARE(JournalRepository(test.db()).list(scope, filter)->total, exports);
}

int main(int argc, char **argv)
{
    QHashSeed::setDeterministicGlobalSeed();
    QGuiApplication app(argc, argv);
    TestReviewReport test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reviewreport.moc"
