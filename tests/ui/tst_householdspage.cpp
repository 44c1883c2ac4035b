// The households list: the model is sound (QAbstractItemModelTester), search-as-you-type
// ignores case and accents, filters by agency, action, status and public, sorting works, and a
// row opens its household.
#include "AppContext.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "households/HouseholdsPage.h"
#include "models/HouseholdListModel.h"
#include "storage/DirectoryRepositories.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
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
    QVERIFY(Demo::populate(m_test->db(), QDate::currentDate()));
    m_context = std::make_unique<AppContext>(m_test->db(), TestDatabase::all());
    m_page = std::make_unique<HouseholdsPage>(*m_context);
    m_page->show();
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

QTEST_MAIN(TestHouseholdsPage)
#include "tst_householdspage.moc"
