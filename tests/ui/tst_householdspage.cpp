// The households list: the model is sound (QAbstractItemModelTester), search-as-you-type
// ignores case and accents, filters by agency, action, status and public, sorting works, and a
// row opens its household.
#include "AppContext.h"
#include "Clock.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "households/HouseholdsPage.h"
#include "models/HouseholdListModel.h"
#include "domain/HouseholdStatus.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using namespace Passerelle::Ui;
using Passerelle::Testing::TestDatabase;

class TestHouseholdsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelIsSound();
    void searchIgnoresCaseAndAccents_data();
    void searchIgnoresCaseAndAccents();
    void filters();
    void sorting();
    void openingARow();
    void pagesFollowTheOrder();
    void statusFilterAgreesWithTheRule();
    void nameOrderIgnoresAccents();

private:
    QStringList shownReferences() const;
    void typeSearch(const QString &text);
    void choose(const char *combo, const QVariant &data);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<HouseholdsPage> m_page;
};

void TestHouseholdsPage::initTestCase()
{
    Testing::installFrenchTranslation();
}

void TestHouseholdsPage::init()
{
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(Demo::populate(m_test->db(), Passerelle::Clock::today()));
    m_context = std::make_unique<AppContext>(m_test->db(), TestDatabase::all());
    m_page = std::make_unique<HouseholdsPage>(*m_context);
    m_page->show();
    m_page->refresh(); // what MainWindow does when it shows the page
}

void TestHouseholdsPage::cleanup()
{
    m_page.reset();
    m_context.reset();
    m_test.reset();
}

QStringList TestHouseholdsPage::shownReferences() const
{
    QStringList refs;
    const QAbstractItemModel *m = m_page->view()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        refs << m->index(r, HouseholdListModel::ReferenceColumn).data().toString();
    return refs;
}

void TestHouseholdsPage::typeSearch(const QString &text)
{
    auto *search = m_page->findChild<QLineEdit *>(u"search"_s);
    search->clear();
    QTest::keyClicks(search, text);
    m_page->refresh(); // what the debounce timer does
}

void TestHouseholdsPage::choose(const char *combo, const QVariant &data)
{
    auto *box = m_page->findChild<QComboBox *>(QString::fromLatin1(combo));
    QVERIFY(box);
    box->setCurrentIndex(box->findData(data));
    m_page->refresh();
}

void TestHouseholdsPage::modelIsSound()
{
    HouseholdListModel model(m_test->db(), TestDatabase::all());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 54);
    HouseholdFilter filter;
    filter.text = u"dubois"_s;
    QVERIFY(model.reload(filter));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.reload());
    QCOMPARE(model.columnCount(), int(HouseholdListModel::ColumnCount));
    QCOMPARE(model.headerData(HouseholdListModel::NameColumn, Qt::Horizontal).toString(),
             u"Ménage"_s);
}

void TestHouseholdsPage::searchIgnoresCaseAndAccents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("accent-free first name") << u"helene"_s << QStringList{u"RES-2024-06"_s};
    QTest::newRow("upper case with accent") << u"HÉLÈNE"_s << QStringList{u"RES-2024-06"_s};
    QTest::newRow("last name") << u"konate"_s << QStringList{u"LAAVA-2016-03"_s};
    QTest::newRow("reference") << u"res-2023-0"_s
                               << QStringList{u"RES-2023-01"_s, u"RES-2023-02"_s,
                                              u"RES-2023-03"_s, u"RES-2023-04"_s,
                                              u"RES-2023-05"_s};
    QTest::newRow("two words") << u"lea giraud"_s << QStringList{u"HH-2025-03"_s};
    QTest::newRow("nothing") << u"zzzz"_s << QStringList{};
}

void TestHouseholdsPage::searchIgnoresCaseAndAccents()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    typeSearch(text);
    QCOMPARE(shownReferences(), expected);
}

void TestHouseholdsPage::filters()
{
    const auto actions = ActionRepository(m_test->db()).list();
    Id laava = 0;
    for (const Action &a : *actions)
        if (a.code == u"LAAVA")
            laava = a.id;
    choose("actionFilter", laava);
    QCOMPARE(shownReferences().size(), 10);
    choose("statusFilter", u"accompagnement"_s);
    QCOMPARE(shownReferences().size(), 0); // every LAAVA support has ended
    choose("actionFilter", Id(0));
    const int inSupport = int(shownReferences().size());
    QVERIFY(inSupport > 0 && inSupport < 54);
    choose("statusFilter", QString());
    choose("publicFilter", u"sortant_detention"_s);
    QCOMPARE(shownReferences(),
             (QStringList{u"LAAVA-2015-02"_s, u"LAAVA-2016-05"_s, u"LAAVA-2016-10"_s}));
    choose("publicFilter", QString());
    const auto agencies = AgencyRepository(m_test->db()).list();
    int total = 0;
    for (const Agency &a : *agencies) {
        choose("agencyFilter", a.id);
        total += int(shownReferences().size());
    }
    QCOMPARE(total, 54);
    // The agency chosen in the main window's toolbar applies to the list.
    m_context->setCurrentAgency(agencies->first().id);
    auto *agency = m_page->findChild<QComboBox *>(u"agencyFilter"_s);
    QCOMPARE(agency->currentData().toLongLong(), agencies->first().id);
}

void TestHouseholdsPage::sorting()
{
    QTableView *view = m_page->view();
    view->sortByColumn(HouseholdListModel::ReferenceColumn, Qt::DescendingOrder);
    QCOMPARE(shownReferences().first(), u"RES-2026-15"_s);
    view->sortByColumn(HouseholdListModel::NameColumn, Qt::AscendingOrder);
    const QString first = view->model()->index(0, HouseholdListModel::NameColumn).data().toString();
    QVERIFY2(first.startsWith(u"AMRANI"_s), qPrintable(first));
    view->sortByColumn(HouseholdListModel::LastContactColumn, Qt::DescendingOrder);
    const QDate newest = view->model()->index(0, HouseholdListModel::LastContactColumn)
                             .data(HouseholdListModel::SortRole).toDate();
    const QDate next = view->model()->index(1, HouseholdListModel::LastContactColumn)
                           .data(HouseholdListModel::SortRole).toDate();
    QVERIFY(newest >= next);
}

void TestHouseholdsPage::openingARow()
{
    QSignalSpy opened(m_context.get(), &AppContext::openHouseholdRequested);
    typeSearch(u"dubois"_s);
    QTableView *view = m_page->view();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QVERIFY(opened.first().at(0).toLongLong() > 0);
}

namespace {

/// `count` households with one member each, in the first agency.
void addHouseholds(Database &db, int count, const QString &lastName = u"PAGE"_s)
{
    const auto agencies = AgencyRepository(db).list();
    QList<Household> households;
    for (int i = 0; i < count; ++i) {
        Household h;
        h.reference = u"ZZ-%1-%2"_s.arg(lastName).arg(i, 4, 10, QLatin1Char('0'));
        h.agencyId = agencies->first().id;
        Member m;
        m.lastName = lastName;
        m.firstName = u"Test"_s;
        m.role = u"titulaire"_s;
        h.members << m;
        households << h;
    }
    const Status inserted = HouseholdRepository(db).insertMany(TestDatabase::all(), households);
    QVERIFY2(inserted, inserted ? "" : qPrintable(inserted.error().fullText()));
}

} // namespace

void TestHouseholdsPage::pagesFollowTheOrder()
{
    addHouseholds(m_test->db(), 250);
    // (No QAbstractItemModelTester here: it fetches more pages itself; modelIsSound has it.)
    HouseholdListModel model(m_test->db(), TestDatabase::all());
    QVERIFY(model.reload());
    QCOMPARE(model.totalCount(), 304);
    // One page first, then the next ones as the view asks.
    QCOMPARE(model.rowCount(), int(HouseholdListModel::PageSize));
    QVERIFY(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 304);
    QStringList references;
    for (int r = 0; r < model.rowCount(); ++r)
        references << model.row(r).reference;
    QStringList sorted = references;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(references, sorted);
    QCOMPARE(QSet<QString>(references.cbegin(), references.cend()).size(), 304);

    // A new order reads again what was shown, in that order; the pages then follow it.
    model.sort(HouseholdListModel::ReferenceColumn, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 304);
    QCOMPARE(model.row(0).reference, sorted.last());
    QCOMPARE(model.row(303).reference, sorted.first());
    model.sort(HouseholdListModel::LastContactColumn, Qt::DescendingOrder);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.row(r - 1).lastContact >= model.row(r).lastContact
                || !model.row(r).lastContact.isValid());

    // The search counts every match, not only the page shown.
    HouseholdFilter filter;
    filter.text = u"page"_s;
    QVERIFY(model.reload(filter));
    QCOMPARE(model.totalCount(), 250);
    QCOMPARE(model.rowCount(), int(HouseholdListModel::PageSize));
    QVERIFY(model.fetchAll());
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore({}));

    // The page's count is the total, whatever was fetched.
    typeSearch(u"page"_s);
    QCOMPARE(m_page->findChild<QLabel *>(u"count"_s)->text(), u"250 ménages"_s);
}

void TestHouseholdsPage::statusFilterAgreesWithTheRule()
{
    // The list filters on the status in SQL; every household it shows under a status is one
    // whose status (HouseholdStatus::compute, from its supports and referrals) is that one.
    // Besides the demo's households in support or whose support ended: one referred and
    // waiting, one whose referral was refused, one with no referral yet.
    addHouseholds(m_test->db(), 3, u"STATUS"_s);
    const HouseholdRepository repository(m_test->db());
    HouseholdFilter added;
    added.text = u"status"_s;
    const auto three = repository.list(TestDatabase::all(), added);
    QCOMPARE(three->size(), 3);
    const auto actions = ActionRepository(m_test->db()).list();
    for (const auto &[index, outcome] : {std::pair{0, u"en_cours"_s}, {1, u"refus_cal"_s}}) {
        Referral r;
        r.householdId = three->at(index).id;
        r.actionId = actions->first().id;
        r.date = Passerelle::Clock::today().addDays(-10);
        r.outcome = outcome;
        if (outcome != u"en_cours")
            r.outcomeDate = Passerelle::Clock::today().addDays(-2);
        const Status saved = ReferralRepository(m_test->db()).save(TestDatabase::all(), r);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().fullText()));
    }
    const auto all = repository.list(TestDatabase::all());
    QVERIFY(all);
    QHash<QString, QStringList> expected;
    for (const HouseholdRow &r : *all)
        expected[r.status] << r.reference;
    QCOMPARE(expected.size(), 4); // the demo has households of every status
    qsizetype total = 0;
    for (const QString &status : {u"orientation"_s, u"accompagnement"_s, u"termine"_s,
                                  u"non_abouti"_s}) {
        HouseholdFilter filter;
        filter.status = status;
        const auto rows = repository.list(TestDatabase::all(), filter);
        QVERIFY(rows);
        QStringList references;
        for (const HouseholdRow &r : *rows) {
            QCOMPARE(r.status, status);
            references << r.reference;
        }
        QCOMPARE(references, expected.value(status));
        QCOMPARE(*repository.count(TestDatabase::all(), filter), references.size());
        total += references.size();
    }
    QCOMPARE(total, all->size());
    // Sorting by status groups them.
    HouseholdSort byStatus{HouseholdSort::Key::Status, Qt::AscendingOrder};
    const auto sorted = repository.list(TestDatabase::all(), {}, byStatus);
    QStringList statuses;
    for (const HouseholdRow &r : *sorted)
        statuses << r.status;
    QStringList grouped = statuses;
    std::sort(grouped.begin(), grouped.end());
    QCOMPARE(statuses, grouped);
}

void TestHouseholdsPage::nameOrderIgnoresAccents()
{
    addHouseholds(m_test->db(), 1, u"Émile"_s);
    addHouseholds(m_test->db(), 1, u"ebert"_s);
    addHouseholds(m_test->db(), 1, u"ELOI"_s);
    const auto rows = HouseholdRepository(m_test->db())
                          .list(TestDatabase::all(), {}, {HouseholdSort::Key::Name,
                                                          Qt::AscendingOrder});
    QVERIFY(rows);
    QStringList names;
    for (const HouseholdRow &r : *rows)
        names << r.displayName;
    const qsizetype ebert = names.indexOf(u"EBERT Test"_s);
    QVERIFY(ebert >= 0);
    QCOMPARE(names.mid(ebert, 3), (QStringList{u"EBERT Test"_s, u"ELOI Test"_s,
                                                u"ÉMILE Test"_s}));
}

QTEST_MAIN(TestHouseholdsPage)
#include "tst_householdspage.moc"
