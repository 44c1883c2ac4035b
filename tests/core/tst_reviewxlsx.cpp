// The review's workbook against the sections model it renders, on hand-made figures: one sheet
// per section after « Synthèse », « Définitions » last; every row of every section in its sheet,
// each value stored as the model says (a count, months with one decimal, a percent as its
// fraction, euros, « n.d. », « < 5 » for a masked small count); no formula anywhere.
#include "review/ReviewExport.h"

#include "TestDatabase.h"
#include "XlsxContent.h"

#include "domain/ReferenceCatalog.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using namespace Passerelle::Testing;

namespace {

ReviewFigures figures()
{
    ReviewFigures f;
    f.request.from = QDate(2015, 1, 1);
    f.request.to = QDate(2018, 12, 31);
    f.actionCodes = {u"LAAVA"_s};
    f.actionNames = {{u"LAAVA"_s, u"LAAVA 2015-2017"_s}};
    f.householdsSupported = 10;
    f.householdsEntered = 10;
    f.householdsExited = 10;
    f.newEntrants = 10;
    f.supportMonths = Months{3652, 1};      // 120.0 months
    f.averageSupportMonths = Months{3652, 10}; // 12.0 months
    f.qpvShare = Rate{0, 0, std::nullopt}; // nobody with a lease: n.d.
    f.retention24m = Rate{9, 10, 90};
    f.slidingLeasesUsed = 1;
    f.slidingLeasesSlid = 0;
    f.publics = {{u"sortant_detention"_s, 7}, {u"jeune"_s, 3}};
    f.exitOutcomes = {{u"relogement"_s, 10}};
    f.contactsByType = {{u"visite_domicile"_s, 40}, {u"telephone"_s, 60}};
    f.contactsTotal = 100;
    f.contactsPerHouseholdMonthTenths = 8;
    f.refusalRate = Rate{0, 0, std::nullopt};
    f.expenses = 4950000;
    f.fundingBySource = {{u"etat"_s, 3700000}};
    f.costPerHousehold = 495000;
    f.supportMonthsByMonth = {MonthOfSupport{QDate(2015, 1, 1), Months{310, 1}}};
    return f;
}

} // namespace

class TestReviewXlsx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installFrenchTranslation(); }
    void sheetsFollowTheSections_data();
    void sheetsFollowTheSections();
};

void TestReviewXlsx::sheetsFollowTheSections_data()
{
    QTest::addColumn<bool>("masked");
    QTest::newRow("for the funder") << false;
    QTest::newRow("for publication (< 5)") << true;
}

void TestReviewXlsx::sheetsFollowTheSections()
{
    QFETCH(bool, masked);
    const ReviewFigures f = figures();
    const ReferenceCatalog catalog;
    ReviewSectionOptions options;
    options.maskSmallCounts = masked;
    auto bytes = ReviewExport::toXlsx(f, catalog, options, u"Habitat du Sud"_s);
    QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().fullText()));
    const XlsxContent content = XlsxContent::read(*bytes);
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));

    const QList<ReviewSection> sections = ReviewSections::build(f, catalog, options);
    QCOMPARE(sections.first().key, u"key_figures"_s);
    QCOMPARE(content.sheets.size(), sections.size() + 1); // key figures in « Synthèse »
    QCOMPARE(content.sheetNames().first(), u"Synthèse"_s);
    QCOMPARE(content.sheetNames().last(), u"Définitions"_s);
    for (const XlsxSheetContent &sheet : content.sheets) {
        QVERIFY2(sheet.name.size() <= 31, qPrintable(sheet.name));
        QVERIFY2(!sheet.xml.contains("<f>"), qPrintable(sheet.name));
    }

    int checked = 0;
    int maskedSeen = 0;
    int notAvailableSeen = 0;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const ReviewSection &section = sections.at(i);
        // Sheets come in the sections' order; the key figures are on the first.
        const XlsxSheetContent &sheet = content.sheets.at(i);
        if (i > 0)
            QCOMPARE(sheet.cell(u"A1"_s).text, section.title);
        const QString codeColumn = QString(QChar(char16_t(u'A' + section.columns.size() + 1)));
        for (const ReviewRow &row : section.rows) {
            const int r = sheet.rowOf(codeColumn, row.key);
            QVERIFY2(r > 0, qPrintable(sheet.name + u": "_s + row.key));
            QCOMPARE(sheet.at(r, u"A"_s).text, row.label);
            for (qsizetype v = 0; v < row.values.size(); ++v) {
                const ReviewValue &value = row.values.at(v);
                const XlsxStoredCell cell = sheet.at(r, QString(QChar(char16_t(u'B' + v))));
                const QString where = sheet.name + u" "_s + row.key;
                if (value.masked) {
                    QCOMPARE(cell.type, u"s"_s);
                    QCOMPARE(cell.text, u"< 5"_s);
                    ++maskedSeen;
                } else if (!value.isAvailable()) {
                    QCOMPARE(cell.type, u"s"_s);
                    QCOMPARE(cell.text, u"n.d."_s);
                    ++notAvailableSeen;
                } else {
                    QVERIFY2(cell.isNumber() && !cell.raw.isEmpty(), qPrintable(where));
                    QCOMPARE(cell.number(), value.spreadsheetNumber());
                    const QString expected = value.kind == ReviewValue::Kind::Count ? u"#,##0"_s
                        : value.kind == ReviewValue::Kind::Tenths ? u"#,##0.0"_s
                        : value.kind == ReviewValue::Kind::Percent
                            ? u"0 %"_s
                            : u"#,##0.00\\ \"€\""_s;
                    QVERIFY2(cell.numberFormat == expected, qPrintable(where));
                }
                ++checked;
            }
        }
    }
    QVERIFY(checked > 40);
    QVERIFY(notAvailableSeen >= 2); // the QPV share and the refusal rate
    QCOMPARE(maskedSeen > 0, masked);

    // The figures the funder reads first.
    const XlsxSheetContent *summary = content.sheet(u"Synthèse"_s);
    QVERIFY(summary);
    QCOMPARE(summary->at(summary->rowOf(u"C"_s, u"retention_24m"_s), u"B"_s).number(), 0.9);
    QCOMPARE(summary->at(summary->rowOf(u"C"_s, u"support_months"_s), u"B"_s).number(), 120.0);
    QCOMPARE(summary->at(summary->rowOf(u"C"_s, u"cost.per_household"_s), u"B"_s).number(),
             4950.0);
    QVERIFY(summary->rowOf(u"B"_s, u"LAAVA 2015-2017"_s) > 0);
    QVERIFY(summary->rowOf(u"B"_s, u"Habitat du Sud"_s) > 0);
    const QString core = QString::fromUtf8(content.parts.value(u"docProps/core.xml"_s));
    QVERIFY(core.contains(u"<dc:title>Bilan annuel — années 2015 à 2018</dc:title>"_s));
    QVERIFY(QString::fromUtf8(content.parts.value(u"docProps/app.xml"_s))
                .contains(u"<Company>Habitat du Sud</Company>"_s));

    // Every definition on its own sheet.
    const XlsxSheetContent *definitions = content.sheet(u"Définitions"_s);
    QVERIFY(definitions);
    for (const ReviewDefinition &d : ReviewSections::definitions()) {
        const int r = definitions->rowOf(u"A"_s, d.title);
        QVERIFY2(r > 1, qPrintable(d.title));
        QCOMPARE(definitions->at(r, u"B"_s).text, d.text);
    }
}

QTEST_GUILESS_MAIN(TestReviewXlsx)
#include "tst_reviewxlsx.moc"
