// `passerelle review --format xlsx`, as the innovation officer runs it: on the demo base the
// workbook holds the numbers of `--format json` (stored as numbers, a percentage as its
// fraction, euros as money), « n.d. » as a text where a rate has no denominator, a sheet
// « Synthèse » first and « Définitions » last; the export is journaled, written atomically, and
// a wrong format is refused with the list of formats.
#include "CommandRun.h"
#include "Clock.h"
#include "TestDatabase.h"
#include "XlsxContent.h"

#include "io/SafeFiles.h"
#include "review/ReviewSections.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Passerelle;
using namespace Passerelle::Testing;
using namespace Qt::Literals::StringLiterals;

class TestReviewXlsxCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void workbookHoldsTheJsonNumbers();
    void rateWithoutDenominatorIsNotAvailable();
    void smallCountsMaskedForPublication();
    void unknownFormatListsTheFormats();

private:
    Run review(const QString &from, const QString &to, const QString &format,
               const QString &output);
    QString output(const QString &name) const { return QDir(m_dir.path()).filePath(name); }

    QTemporaryDir m_dir;
    QString m_base;
};

Run TestReviewXlsxCli::review(const QString &from, const QString &to, const QString &format,
                              const QString &output)
{
    return passerelle({u"review"_s, u"--database"_s, m_base, u"--user"_s, u"mdelmas"_s,
                       u"--from"_s, from, u"--to"_s, to, u"--format"_s, format, u"--output"_s,
                       output});
}

void TestReviewXlsxCli::initTestCase()
{
    installFrenchTranslation(); // the definitions compared are the French ones
    qputenv("PASSERELLE_PASSWORD", "passerelle-demo");
    m_base = output(u"demo.sqlite"_s);
    const Run demo = passerelle({u"demo"_s, u"--database"_s, m_base});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestReviewXlsxCli::workbookHoldsTheJsonNumbers()
{
    // From the first leases of the demo to the end of this year: a retention cohort exists.
    const QString from = u"2015-01-01"_s;
    const QString to = QString::number(Passerelle::Clock::today().year()) + u"-12-31"_s;
    const Run json = review(from, to, u"json"_s, u"-"_s);
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject figures = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY(!figures.isEmpty());

    const QString path = output(u"bilan.xlsx"_s);
    const Run xlsx = review(from, to, u"xlsx"_s, path);
    QVERIFY2(xlsx.exitCode == 0, qPrintable(xlsx.err));
    auto bytes = SafeFiles::readRegularFile(path, qint64(64) << 20);
    QVERIFY(bytes);
    QVERIFY(bytes->startsWith("PK"));
    // Written atomically: no temporary file left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({u"bilan.xlsx*"_s}, QDir::Files | QDir::Hidden),
             QStringList{u"bilan.xlsx"_s});

    const XlsxContent content = XlsxContent::read(*bytes);
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
    const QStringList sheets = content.sheetNames();
    QCOMPARE(sheets.first(), u"Synthèse"_s);
    QCOMPARE(sheets.last(), u"Définitions"_s);
    for (const QString &name : {u"Coût et financements"_s, u"Publics"_s, u"Maintien à +24 mois"_s,
                                u"Contacts"_s, u"Diagnostics"_s})
        QVERIFY2(sheets.contains(name), qPrintable(sheets.join(u", "_s)));
    for (const XlsxSheetContent &sheet : content.sheets)
        QVERIFY2(!sheet.xml.contains("<f>"), qPrintable(sheet.name));

    // The key figures of « Synthèse »: label, value, code.
    const XlsxSheetContent *summary = content.sheet(u"Synthèse"_s);
    QVERIFY(summary);
    const auto value = [](const XlsxSheetContent *sheet, const QString &code) {
        const int row = sheet->rowOf(u"C"_s, code);
        return row < 0 ? XlsxStoredCell() : sheet->at(row, u"B"_s);
    };

    const XlsxStoredCell supported = value(summary, u"households_supported"_s);
    QVERIFY(supported.isNumber());
    QVERIFY(!supported.raw.isEmpty());
    QVERIFY(figures.value(u"households_supported"_s).toInt() > 0);
    QCOMPARE(supported.number(), figures.value(u"households_supported"_s).toDouble());

    const XlsxStoredCell months = value(summary, u"support_months"_s);
    QVERIFY(months.isNumber() && !months.raw.isEmpty());
    QCOMPARE(months.number(), figures.value(u"support_months"_s).toDouble());
    QCOMPARE(months.numberFormat, u"#,##0.0"_s);

    const QJsonObject retention = figures.value(u"retention_24m"_s).toObject();
    QVERIFY2(!retention.value(u"percent"_s).isNull(), "the demo has a retention cohort");
    const XlsxStoredCell kept = value(summary, u"retention_24m"_s);
    QVERIFY(kept.isNumber() && !kept.raw.isEmpty());
    QCOMPARE(kept.number(), retention.value(u"percent"_s).toDouble() / 100.0);
    QVERIFY(kept.number() <= 1.0);
    QCOMPARE(kept.numberFormat, u"0 %"_s);
    QCOMPARE(value(summary, u"retention_24m.cohort"_s).number(),
             retention.value(u"cohort"_s).toDouble());

    const XlsxSheetContent *cost = content.sheet(u"Coût et financements"_s);
    QVERIFY(cost);
    const double expenses =
        figures.value(u"cost"_s).toObject().value(u"expenses"_s).toDouble();
    QVERIFY(expenses > 0);
    const XlsxStoredCell spent = value(cost, u"cost.expenses"_s);
    QVERIFY(spent.isNumber() && !spent.raw.isEmpty());
    QCOMPARE(spent.number(), expenses);
    QCOMPARE(spent.numberFormat, u"#,##0.00\\ \"€\""_s);

    // The period as dates, the definitions with their rules.
    QCOMPARE(summary->at(summary->rowOf(u"A"_s, u"Premier jour"_s), u"B"_s).raw,
             QString::number(QDate(1899, 12, 30).daysTo(QDate(2015, 1, 1))));
    const XlsxSheetContent *definitions = content.sheet(u"Définitions"_s);
    QVERIFY(definitions);
    const QList<ReviewDefinition> rules = ReviewSections::definitions();
    QVERIFY(rules.size() > 10);
    for (const ReviewDefinition &rule : rules) {
        const int row = definitions->rowOf(u"A"_s, rule.title);
        QVERIFY2(row > 1, qPrintable(rule.title));
        QCOMPARE(definitions->at(row, u"B"_s).text, rule.text);
    }

    // Journaled like the other formats.
    auto db = Database::open(m_base);
    QVERIFY(db);
    auto journaled = (*db)->scalar(u"SELECT COUNT(*) FROM audit_log WHERE login = 'mdelmas' AND "
                                   "operation = 'export' AND entity = 'review' AND summary LIKE "
                                   "'xlsx;%'"_s,
                                   {});
    QVERIFY(journaled);
    QCOMPARE(journaled->toLongLong(), 1);
}

void TestReviewXlsxCli::rateWithoutDenominatorIsNotAvailable()
{
    // Long before the demo: nobody supported, no cohort.
    const Run json = review(u"1990-01-01"_s, u"1990-12-31"_s, u"json"_s, u"-"_s);
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject figures = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY(figures.value(u"retention_24m"_s).toObject().value(u"percent"_s).isNull());

    const QString path = output(u"vide.xlsx"_s);
    const Run xlsx = review(u"1990-01-01"_s, u"1990-12-31"_s, u"xlsx"_s, path);
    QVERIFY2(xlsx.exitCode == 0, qPrintable(xlsx.err));
    auto bytes = SafeFiles::readRegularFile(path, qint64(64) << 20);
    QVERIFY(bytes);
    const XlsxContent content = XlsxContent::read(*bytes);
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
    const XlsxSheetContent *summary = content.sheet(u"Synthèse"_s);
    QVERIFY(summary);
    const int row = summary->rowOf(u"C"_s, u"retention_24m"_s);
    QVERIFY(row > 0);
    const XlsxStoredCell rate = summary->at(row, u"B"_s);
    QCOMPARE(rate.type, u"s"_s);
    QCOMPARE(rate.text, u"n.d."_s);
    // A count of nobody is a zero, not « n.d. ».
    const XlsxStoredCell supported =
        summary->at(summary->rowOf(u"C"_s, u"households_supported"_s), u"B"_s);
    QVERIFY(supported.isNumber());
    QCOMPARE(supported.raw, u"0"_s);
}

void TestReviewXlsxCli::smallCountsMaskedForPublication()
{
    const QString to = QString::number(Passerelle::Clock::today().year()) + u"-12-31"_s;
    const QString path = output(u"publication.xlsx"_s);
    const Run masked = passerelle({u"review"_s, u"--database"_s, m_base, u"--user"_s,
                                   u"mdelmas"_s, u"--from"_s, u"2015-01-01"_s, u"--to"_s, to,
                                   u"--format"_s, u"xlsx"_s, u"--mask-small-counts"_s,
                                   u"--output"_s, path});
    QVERIFY2(masked.exitCode == 0, qPrintable(masked.err));
    auto bytes = SafeFiles::readRegularFile(path, qint64(64) << 20);
    QVERIFY(bytes);
    const XlsxContent content = XlsxContent::read(*bytes);
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
    // The demo has breakdowns with 1 to 4 households: shown « < 5 », as texts.
    const XlsxSheetContent *publics = content.sheet(u"Publics"_s);
    QVERIFY(publics);
    int shown = 0;
    for (const XlsxStoredCell &cell : publics->cells) {
        if (cell.text == u"< 5"_s) {
            QCOMPARE(cell.type, u"s"_s);
            ++shown;
        } else if (cell.isNumber() && !cell.raw.isEmpty()) {
            QVERIFY2(cell.number() == 0 || cell.number() >= 5, qPrintable(cell.raw));
        }
    }
    QVERIFY(shown > 0);
    // JSON and CSV stay exact: the option is refused for them.
    const Run json = passerelle({u"review"_s, u"--database"_s, m_base, u"--user"_s,
                                 u"mdelmas"_s, u"--from"_s, u"2015-01-01"_s, u"--to"_s, to,
                                 u"--format"_s, u"json"_s, u"--mask-small-counts"_s,
                                 u"--output"_s, u"-"_s});
    QCOMPARE(json.exitCode, 1);
}

void TestReviewXlsxCli::unknownFormatListsTheFormats()
{
    const QString path = output(u"bilan.ods"_s);
    const Run run = review(u"2018-01-01"_s, u"2018-12-31"_s, u"ods"_s, path);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"xlsx"_s) && run.err.contains(u"json"_s)
                 && run.err.contains(u"csv"_s),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(path));
    const Run help = passerelle({u"--help"_s});
    QVERIFY(help.out.contains(u"json|csv|xlsx"_s) || help.err.contains(u"json|csv|xlsx"_s));
}

QTEST_GUILESS_MAIN(TestReviewXlsxCli)
#include "tst_reviewxlsxcli.moc"
