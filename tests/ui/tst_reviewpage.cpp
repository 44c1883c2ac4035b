// The Bilan annuel screen on the demo base: the numbers of `review --format json`, the
// households behind each figure, the previous period beside, charts, cancel, exports.

#include "Clock.h"
#include "AppContext.h"
#include "TestDatabase.h"
#include "XlsxContent.h"
#include "io/SafeFiles.h"
#include "demo/DemoData.h"
#include "review/Review.h"
#include "review/ReviewExport.h"
#include "review/ReviewHouseholdsDialog.h"
#include "review/ReviewCharts.h"
#include "review/ReviewPage.h"
#include "storage/DirectoryRepositories.h"
#include "storage/JournalRepository.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTableView>
#include <QTreeView>

using namespace Passerelle;
using namespace Passerelle::Testing;
using namespace Passerelle::Ui;
using namespace Qt::Literals::StringLiterals;

class TestReviewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheNumbersOfTheJsonExport();
    void previousPeriodAndChange();
    void drillDownListsTheHouseholdsCounted();
    void chartsAreDrawn();
    void cancelKeepsTheWindowResponsive();
    void exportsAreTheCommandLines();
    void agencyReaderGetsHerAgency();

private:
    /// The page computed for LAAVA over 2015–2018, as the innovation officer asks it.
    std::unique_ptr<ReviewPage> laavaPage(AppContext &context);
    static bool waitComputed(ReviewPage &page);
    /// The text of the current period's cell of a row, by row key.
    static QString cell(const ReviewPage &page, const QString &key, int column = 1);
    static QModelIndex find(const QAbstractItemModel *model, const QString &key,
                            const QModelIndex &parent = {});

    std::unique_ptr<TestDatabase> m_test;
    Id m_laava = 0;
};

void TestReviewPage::initTestCase()
{
    Testing::installFrenchTranslation();
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(m_test->isValid());
    QVERIFY(Demo::populate(m_test->db(), Passerelle::Clock::today()));
    auto laava = ActionRepository(m_test->db()).findByCode(u"LAAVA"_s);
    QVERIFY(laava && laava->has_value());
    m_laava = (*laava)->id;
}

bool TestReviewPage::waitComputed(ReviewPage &page)
{
    QSignalSpy spy(&page, &ReviewPage::computed);
    page.compute();
    return spy.wait(20000) && !page.isComputing();
}

std::unique_ptr<ReviewPage> TestReviewPage::laavaPage(AppContext &context)
{
    auto page = std::make_unique<ReviewPage>(context);
    page->resize(1200, 700);
    page->refresh();
    page->setActionCodes({u"LAAVA"_s});
    page->setPeriod(QDate(2015, 1, 1), QDate(2018, 12, 31));
    return page;
}

QModelIndex TestReviewPage::find(const QAbstractItemModel *model, const QString &key,
                                 const QModelIndex &parent)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        if (index.data(Qt::UserRole + 2).toString() == key && parent.isValid())
            return index;
        if (const QModelIndex inside = find(model, key, index); inside.isValid())
            return inside;
    }
    return {};
}

QString TestReviewPage::cell(const ReviewPage &page, const QString &key, int column)
{
    const auto *view = page.findChild<QTreeView *>(u"figures"_s);
    const QModelIndex index = find(view->model(), key);
    return index.isValid() ? index.siblingAtColumn(column).data().toString() : u"<absent>"_s;
}

void TestReviewPage::showsTheNumbersOfTheJsonExport()
{
    AppContext context(m_test->db(), TestDatabase::all());
    auto page = laavaPage(context);
    QVERIFY(waitComputed(*page));
    QVERIFY(page->figures().has_value());

    // What `passerelle review --format json` writes for the same request.
    const ReviewRequest request{QDate(2015, 1, 1), QDate(2018, 12, 31), {m_laava}, {}};
    auto figures = Review::compute(m_test->db(), TestDatabase::all(), request);
    QVERIFY(figures);
    auto json = ReviewExport::render(m_test->db(), *figures, ReviewExport::Format::Json);
    QVERIFY(json);
    const QJsonObject o = QJsonDocument::fromJson(*json).object();
    const auto count = [](const QJsonValue &v) { return QString::number(v.toInteger()); };
    const auto decimal = [](const QJsonValue &v) {
        return QString::number(v.toDouble(), 'f', 1).replace(u'.', u',');
    };
    QCOMPARE(cell(*page, u"households_supported"_s), count(o[u"households_supported"_s]));
    QCOMPARE(cell(*page, u"new_entrants"_s), count(o[u"new_entrants"_s]));
    QCOMPARE(cell(*page, u"existing_tenants"_s), count(o[u"existing_tenants"_s]));
    QCOMPARE(cell(*page, u"households_entered"_s), count(o[u"households_entered"_s]));
    QCOMPARE(cell(*page, u"households_exited"_s), count(o[u"households_exited"_s]));
    QCOMPARE(cell(*page, u"support_months"_s), decimal(o[u"support_months"_s]));
    QCOMPARE(cell(*page, u"average_support_months"_s), decimal(o[u"average_support_months"_s]));
    const QJsonObject retention = o[u"retention_24m"_s].toObject();
    QCOMPARE(cell(*page, u"retention_24m.cohort"_s), count(retention[u"cohort"_s]));
    QCOMPARE(cell(*page, u"retention_24m.maintained"_s), count(retention[u"maintained"_s]));
    QCOMPARE(cell(*page, u"retention_24m"_s), count(retention[u"percent"_s]) + u"\u202f%"_s);
    const QJsonObject qpv = o[u"qpv_share"_s].toObject();
    QCOMPARE(cell(*page, u"qpv_share"_s), count(qpv[u"percent"_s]) + u"\u202f%"_s);
    const QJsonObject sliding = o[u"sliding_leases"_s].toObject();
    QCOMPARE(cell(*page, u"sliding_leases.used"_s), count(sliding[u"used"_s]));
    QCOMPARE(cell(*page, u"sliding_leases.slid"_s), count(sliding[u"slid"_s]));
    QCOMPARE(cell(*page, u"contacts.total"_s),
             count(o[u"contacts"_s].toObject()[u"total"_s]).replace(
                 QRegularExpression(u"(\\d)(?=(\\d{3})+$)"_s), u"\\1\u202f"_s));
    QCOMPARE(cell(*page, u"partners.count"_s),
             QString::number(o[u"partners"_s].toObject().size()));
    const QJsonObject publics = o[u"publics"_s].toObject();
    for (auto it = publics.begin(); it != publics.end(); ++it)
        QCOMPARE(cell(*page, u"publics."_s + it.key()), count(it.value()));
    QVERIFY(!publics.isEmpty());
    const double expenses = o[u"cost"_s].toObject()[u"expenses"_s].toDouble();
    QVERIFY(cell(*page, u"cost.expenses"_s)
                .startsWith(QString::number(qint64(expenses) / 1000)));
    // The definition of a figure is its tooltip.
    const auto *view = page->findChild<QTreeView *>(u"figures"_s);
    const QModelIndex supported = find(view->model(), u"households_supported"_s);
    QVERIFY(supported.data(Qt::ToolTipRole).toString().contains(u"Un ménage compte une fois"_s));
    // « n.d. » for a rate without denominator: no referral was refused by the household
    // in a period without referrals.
    const QString summary = page->findChild<QLabel *>(u"summary"_s)->text();
    QVERIFY2(summary.contains(u"années 2015 à 2018"_s), qPrintable(summary));
}

void TestReviewPage::previousPeriodAndChange()
{
    AppContext context(m_test->db(), TestDatabase::all());
    auto page = laavaPage(context);
    QVERIFY(waitComputed(*page));
    QVERIFY(page->previousFigures().has_value());
    QCOMPARE(page->previousFigures()->request.from, QDate(2011, 1, 1));
    QCOMPARE(page->previousFigures()->request.to, QDate(2014, 12, 31));
    // LAAVA started in 2015: nothing before, everything is new.
    QCOMPARE(cell(*page, u"households_supported"_s, 2), u"0"_s);
    QCOMPARE(cell(*page, u"households_supported"_s, 3),
             u"+"_s + cell(*page, u"households_supported"_s, 1));
    QCOMPARE(cell(*page, u"retention_24m"_s, 2), u"n.d."_s);
    QCOMPARE(cell(*page, u"retention_24m"_s, 3), u"n.d."_s);
    // A year against the one before it.
    page->setPeriod(QDate(2017, 1, 1), QDate(2017, 12, 31));
    QVERIFY(waitComputed(*page));
    QCOMPARE(page->previousFigures()->request.from, QDate(2016, 1, 1));
    const qint64 now = page->figures()->householdsSupported;
    const qint64 before = page->previousFigures()->householdsSupported;
    QCOMPARE(cell(*page, u"households_supported"_s, 2), QString::number(before));
    const QString change = now == before ? u"="_s
                           : now > before ? u"+%1"_s.arg(now - before)
                                          : u"\u2212%1"_s.arg(before - now);
    QCOMPARE(cell(*page, u"households_supported"_s, 3), change);
}

void TestReviewPage::drillDownListsTheHouseholdsCounted()
{
    AppContext context(m_test->db(), TestDatabase::all());
    auto page = laavaPage(context);
    QVERIFY(waitComputed(*page));
    const ReviewFigures &f = *page->figures();
    int checked = 0;
    for (const ReviewSection &s : page->sections()) {
        for (const ReviewRow &r : s.rows) {
            if (r.entriesKey.isEmpty() || f.entries(r.entriesKey).isEmpty())
                continue;
            QSet<Id> households;
            QList<Id> ids;
            for (const ReviewEntry &e : f.entries(r.entriesKey)) {
                households.insert(e.householdId);
                ids << e.householdId;
            }
            ReviewHouseholdsDialog dialog(context, r.label, ids);
            QCOMPARE(dialog.rowCount(), households.size());
            ++checked;
        }
    }
    QVERIFY(checked > 10);
    // One action: every support is a household, so the list has as many rows as the count.
    QList<Id> supported;
    for (const ReviewEntry &e : f.entries(u"households_supported"_s))
        supported << e.householdId;
    ReviewHouseholdsDialog dialog(context, u"Ménages accompagnés"_s, supported);
    QCOMPARE(qint64(dialog.rowCount()), f.householdsSupported);
    // Opening a household of the list asks the main window to open its file.
    QSignalSpy open(&context, &AppContext::openHouseholdRequested);
    auto *view = dialog.findChild<QTableView *>(u"households"_s);
    QVERIFY(view);
    Q_EMIT view->activated(view->model()->index(0, 0));
    QCOMPARE(open.size(), 1);
    QVERIFY(supported.contains(open.first().first().toLongLong()));
    // The list exports, with names, for the staff, and the export is journaled.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"menages.csv"_s);
    QCOMPARE(dialog.exportTo(u"csv"_s, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QCOMPARE(csv.count(u"\r\n"_s), int(f.householdsSupported) + 1);
    QVERIFY(csv.contains(u"BERTRAND"_s));
    // And as a workbook: the same rows under the same titles.
    const QString workbook = dir.filePath(u"menages.xlsx"_s);
    QCOMPARE(dialog.exportTo(u"xlsx"_s, workbook), QString());
    auto bytes = SafeFiles::readRegularFile(workbook, qint64(16) << 20);
    QVERIFY(bytes);
    const XlsxContent content = XlsxContent::read(*bytes);
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
    QCOMPARE(content.sheets.size(), 1);
    const XlsxSheetContent &sheet = content.sheets.first();
    QCOMPARE(sheet.cell(u"A1"_s).text, csv.section(u';', 0, 0).remove(QChar(0xFEFF)));
    QVERIFY(sheet.cells.contains(u"A"_s + QString::number(f.householdsSupported + 1)));
    QVERIFY(!sheet.cells.contains(u"A"_s + QString::number(f.householdsSupported + 2)));
    QVERIFY(content.sharedStrings.join(u'|').contains(u"BERTRAND"_s));
    auto journal = JournalRepository(m_test->db()).list(TestDatabase::all(), {});
    QVERIFY(journal);
    bool journaled = false;
    for (const JournalLine &line : std::as_const(journal->lines))
        journaled = journaled
                    || (line.entry.operation == u"export" && line.entry.entity == u"households");
    QVERIFY(journaled);
    // A folder that does not exist: a French message, no file, and no export journaled.
    const qint64 before = journal->total;
    const QString refused = dialog.exportTo(u"csv"_s, dir.filePath(u"absent/menages.csv"_s));
    QVERIFY(!refused.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(u"absent/menages.csv"_s)));
    auto after = JournalRepository(m_test->db()).list(TestDatabase::all(), {});
    QVERIFY(after);
    QCOMPARE(after->total, before);
}

void TestReviewPage::chartsAreDrawn()
{
    AppContext context(m_test->db(), TestDatabase::all());
    auto page = laavaPage(context);
    QVERIFY(waitComputed(*page));
    const auto *charts = page->findChild<ReviewCharts *>();
    QVERIFY(charts);
    QCOMPARE(charts->chartKeys(), (QStringList{u"publics"_s, u"exit_outcomes"_s,
                                               u"support_months_by_month"_s, u"retention"_s,
                                               u"diagnostics"_s}));
}

void TestReviewPage::cancelKeepsTheWindowResponsive()
{
    AppContext context(m_test->db(), TestDatabase::all());
    auto page = laavaPage(context);
    QVERIFY(waitComputed(*page));
    const qint64 shown = page->figures()->householdsSupported;
    QSignalSpy spy(page.get(), &ReviewPage::computed);
    page->setPeriod(QDate(2000, 1, 1), QDate(2026, 12, 31));
    page->compute();
    QVERIFY(page->isComputing());
    page->cancel();
    QVERIFY(!page->isComputing());
    QCOMPARE(spy.size(), 1);
    // The figures shown are still the previous request's, and say so.
    QCOMPARE(page->figures()->householdsSupported, shown);
    QVERIFY(page->findChild<QLabel *>(u"message"_s)->text().contains(u"annulé"_s));
    // The dropped computation's result never replaces them.
    QTest::qWait(500);
    QCOMPARE(page->figures()->householdsSupported, shown);
}

void TestReviewPage::exportsAreTheCommandLines()
{
    AppContext context(m_test->db(), TestDatabase::all());
    auto page = laavaPage(context);
    QVERIFY(waitComputed(*page));
    QTemporaryDir dir;
    for (const QString &format : ReviewExport::formatNames()) {
        const QString path = dir.filePath(u"bilan."_s + format);
        const Status written = page->exportTo(format, path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto expected = ReviewExport::render(m_test->db(), *page->figures(),
                                             *ReviewExport::formatNamed(format));
        QVERIFY(expected);
        QByteArray bytes = file.readAll();
        QByteArray wanted = *expected;
        if (format == u"xlsx") {
            // The same workbook, but for the time it was made (docProps/core.xml).
            const XlsxContent got = XlsxContent::read(bytes);
            const XlsxContent want = XlsxContent::read(wanted);
            QVERIFY2(got.error.isEmpty() && want.error.isEmpty(), qPrintable(got.error));
            QCOMPARE(got.members, want.members);
            for (const QString &member : got.members) {
                if (member != u"docProps/core.xml")
                    QCOMPARE(got.parts.value(member), want.parts.value(member));
            }
            QVERIFY(got.sheet(u"Synthèse"_s));
            continue;
        }
        if (format == u"pdf") {
            // The same document but for the creation date every PDF holds.
            QVERIFY(bytes.startsWith("%PDF"));
            static const QRegularExpression date(u"/CreationDate \\(D:[^)]*\\)"_s);
            bytes = QString::fromLatin1(bytes).remove(date).toLatin1();
            wanted = QString::fromLatin1(wanted).remove(date).toLatin1();
        }
        QCOMPARE(bytes, wanted);
    }
}

void TestReviewPage::agencyReaderGetsHerAgency()
{
    auto agencies = AgencyRepository(m_test->db()).list();
    QVERIFY(agencies && !agencies->isEmpty());
    const Agency agency = agencies->first();
    AppContext context(m_test->db(), Scope::agency(agency.id, u"cesf"_s));
    ReviewPage page(context);
    page.refresh();
    page.setAgencyCodes({}); // asks for all
    page.setYear(2025);
    QVERIFY(waitComputed(page));
    QCOMPARE(page.figures()->agencyCodes, QStringList{agency.code});
}

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
