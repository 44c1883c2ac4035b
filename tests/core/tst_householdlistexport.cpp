// The staff's list of households in a workbook: the CSV's columns and rows, cell for cell, with
// the dates stored as dates; journaled as an xlsx export; and the same document rendered from
// rows the caller already has (the households behind a figure), under a title of its own.
#include "TestDatabase.h"
#include "Clock.h"
#include "XlsxContent.h"

#include "demo/DemoData.h"
#include "exchange/HouseholdListExport.h"

#include <QtTest>

using namespace Passerelle;
using namespace Passerelle::Testing;
using namespace Qt::Literals::StringLiterals;

namespace {

/// The CSV's lines split into fields (the demo's values hold no ';' nor quotes).
QList<QStringList> csvLines(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> lines;
    for (const QString &line : text.split(u"\r\n"_s, Qt::SkipEmptyParts))
        lines << line.split(u';');
    return lines;
}

QString columnLetter(int column)
{
    return QString(QChar(u'A' + column));
}

/// What a French spreadsheet shows for a stored cell of the list: the text, or the date of a
/// serial day.
QString shown(const XlsxStoredCell &cell)
{
    if (cell.isNumber() && !cell.raw.isEmpty())
        return QDate(1899, 12, 30).addDays(qint64(cell.number())).toString(u"dd/MM/yyyy"_s);
    return cell.text;
}

} // namespace

class TestHouseholdListExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_test.reset(); }
    void workbookHoldsTheCsvColumnsAndRows();
    void renderedRowsUnderATitle();

private:
    std::unique_ptr<TestDatabase> m_test;
};

void TestHouseholdListExport::initTestCase()
{
    if (const QString why = backendUnavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    installFrenchTranslation();
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(m_test->isValid());
    QVERIFY(Demo::populate(m_test->db(), Passerelle::Clock::today()));
}

void TestHouseholdListExport::workbookHoldsTheCsvColumnsAndRows()
{
    Database &db = m_test->db();
    const Scope scope = TestDatabase::all();
    auto csv = HouseholdListExport::write(db, scope, {}, HouseholdListExport::Format::Csv);
    QVERIFY2(csv, qPrintable(csv ? QString() : csv.error().fullText()));
    auto xlsx = HouseholdListExport::write(db, scope, {}, HouseholdListExport::Format::Xlsx);
    QVERIFY2(xlsx, qPrintable(xlsx ? QString() : xlsx.error().fullText()));

    const QList<QStringList> lines = csvLines(*csv);
    QCOMPARE(lines.size(), 1 + Demo::expectedCounts().households);
    const XlsxContent content = XlsxContent::read(*xlsx);
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
    QCOMPARE(content.sheetNames(), QStringList{u"Ménages"_s});
    const XlsxSheetContent *sheet = content.sheet(u"Ménages"_s);
    QVERIFY(sheet);

    const QStringList header = lines.first();
    QCOMPARE(header.size(), 10);
    QCOMPARE(header.first(), u"Référence"_s);
    int dates = 0;
    for (int row = 0; row < lines.size(); ++row) {
        const QStringList &fields = lines.at(row);
        for (int column = 0; column < header.size(); ++column) {
            const XlsxStoredCell cell = sheet->at(row, columnLetter(column));
            QVERIFY(!cell.hasFormula);
            QCOMPARE(shown(cell), fields.value(column));
            if (row == 0) {
                QVERIFY(cell.bold);
                QCOMPARE(cell.type, u"s"_s);
            } else if (column >= 7 && !fields.value(column).isEmpty()) {
                // Start and end of support, last contact: dates, not texts.
                QVERIFY(cell.isNumber());
                QCOMPARE(cell.numberFormat, u"dd/mm/yyyy"_s);
                ++dates;
            } else if (!fields.value(column).isEmpty()) {
                QCOMPARE(cell.type, u"s"_s);
            }
        }
    }
    QVERIFY(dates > 0);
    // Nothing beyond the CSV's rows.
    QVERIFY(!sheet->cells.contains(u"A"_s + QString::number(lines.size() + 1)));
    // Titles and the household stay in view.
    QCOMPARE(sheet->frozenTopLeft, u"C2"_s);

    auto journaled = db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'export' AND "
                               "entity = 'households' AND summary LIKE '%format: xlsx'"_s,
                               {});
    QVERIFY(journaled);
    QCOMPARE(journaled->toLongLong(), 1);
}

void TestHouseholdListExport::renderedRowsUnderATitle()
{
    Database &db = m_test->db();
    auto rows = HouseholdRepository(db).list(TestDatabase::all(), {});
    QVERIFY(rows);
    QVERIFY(rows->size() >= 3);
    const QList<HouseholdRow> three = rows->mid(0, 3);
    auto xlsx = HouseholdListExport::render(db, three, HouseholdListExport::Format::Xlsx,
                                            u"Maintenus à +24 mois"_s);
    QVERIFY2(xlsx, qPrintable(xlsx ? QString() : xlsx.error().fullText()));
    const XlsxContent content = XlsxContent::read(*xlsx);
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
    QCOMPARE(content.sheetNames(), QStringList{u"Maintenus à +24 mois"_s});
    const XlsxSheetContent *sheet = content.sheet(u"Maintenus à +24 mois"_s);
    QVERIFY(sheet);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(sheet->at(i + 1, u"A"_s).text, three.at(i).reference);
        QCOMPARE(sheet->at(i + 1, u"B"_s).text, three.at(i).displayName);
    }
    QVERIFY(!sheet->cells.contains(u"A5"_s));
    QVERIFY(QString::fromUtf8(content.parts.value(u"docProps/core.xml"_s))
                .contains(u"<dc:title>Maintenus à +24 mois</dc:title>"_s));

    auto csv = HouseholdListExport::render(db, three, HouseholdListExport::Format::Csv);
    QVERIFY(csv);
    QCOMPARE(csvLines(*csv).size(), 4);
}

QTEST_GUILESS_MAIN(TestHouseholdListExport)
#include "tst_householdlistexport.moc"
