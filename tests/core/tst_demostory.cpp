// The demo tells the story the funders read (DOMAIN.md, « Real figures »): LAAVA's published
// figures and the 2018 call's, as Review::compute gives them from the demo base — the figures
// come out of the review, by the definitions of INDICATORS.md, never written down anywhere.
#include "TestDatabase.h"
#include "Clock.h"
#include "demo/DemoData.h"
#include "review/Review.h"
#include "storage/DirectoryRepositories.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::TestDatabase;

class TestDemoStory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void laavaPublishedFigures();
    void laavaRetentionNeedsTwoYearsAfterEntry_data();
    void laavaRetentionNeedsTwoYearsAfterEntry();
    void laavaHouseholdThatLeftHadTheBailGlissant();
    void call2018PublishedFigures_data();
    void call2018PublishedFigures();

private:
    Id actionId(const QString &code) const;
    ReviewFigures review(const QList<Id> &actions, const QDate &from, const QDate &to);

    std::unique_ptr<TestDatabase> m_test;
    QList<Action> m_actions;
};

void TestDemoStory::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
    // Every test only reads the demo: one base for the class.
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(m_test->isValid());
    const Status filled = Demo::populate(m_test->db(), Passerelle::Clock::today());
    QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().fullText()));
    const auto actions = ActionRepository(m_test->db()).list();
    QVERIFY(actions);
    m_actions = *actions;
}

void TestDemoStory::cleanupTestCase()
{
    m_test.reset();
}

Id TestDemoStory::actionId(const QString &code) const
{
    for (const Action &a : m_actions) {
        if (a.code == code)
            return a.id;
    }
    return 0;
}

ReviewFigures TestDemoStory::review(const QList<Id> &actions, const QDate &from, const QDate &to)
{
    ReviewRequest request;
    request.from = from;
    request.to = to;
    request.actionIds = actions;
    auto figures = Review::compute(m_test->db(), TestDatabase::all(), request);
    if (!figures) {
        qWarning("%s", qPrintable(figures.error().fullText()));
        return {};
    }
    return *figures;
}

void TestDemoStory::laavaPublishedFigures()
{
    // The period the innovation officer gives the funder: 2015-2018.
    const Id laava = actionId(u"LAAVA"_s);
    QVERIFY(laava > 0);
    const ReviewFigures f = review({laava}, QDate(2015, 1, 1), QDate(2018, 12, 31));

    // 10 households, all new entrants, all entered and left support in the period.
    QCOMPARE(f.householdsSupported, qint64(10));
    QCOMPARE(f.newEntrants, qint64(10));
    QCOMPARE(f.existingTenants, qint64(0));
    QCOMPARE(f.householdsEntered, qint64(10));
    QCOMPARE(f.householdsExited, qint64(10));
    // Every entry in 2015-2016 and every exit in 2016-2017: housed over 2015-2017, the action's
    // own period.
    const ReviewFigures entries2015to2016 = review({laava}, QDate(2015, 1, 1),
                                                   QDate(2016, 12, 31));
    QCOMPARE(entries2015to2016.householdsEntered, qint64(10));
    const ReviewFigures exits2016to2017 = review({laava}, QDate(2016, 1, 1), QDate(2017, 12, 31));
    QCOMPARE(exits2016to2017.householdsExited, qint64(10));

    // Average support 12 months: the mean of days(start, end) / 30.4375 over the supports
    // that ended in the period, shown with one decimal.
    QVERIFY(f.averageSupportMonths.has_value());
    QCOMPARE(f.averageSupportMonths->count, qint64(10));
    QCOMPARE(f.averageSupportMonths->tenths(), qint64(120));

    // 9 of 10 still housed two years after entry: retention at +24 months 90 %.
    QCOMPARE(f.retention24m.denominator, qint64(10));
    QCOMPARE(f.retention24m.numerator, qint64(9));
    QCOMPARE(f.retention24m.percent, std::optional<int>(90));

    // A single bail glissant, which never slid.
    QCOMPARE(f.slidingLeasesUsed, qint64(1));
    QCOMPARE(f.slidingLeasesSlid, qint64(0));
    // On the last day that household was supported it still held the sub-lease.
    QCOMPARE(f.leaseTypes.value(u"bail_glissant"_s), qint64(1));

    // 49 500 € for the 10 households (engineering included): 4 950 € each.
    QCOMPARE(f.expenses, Cents(4'950'000));
    QCOMPARE(f.costPerHousehold, std::optional<Cents>(495'000));
    // Funded by the FNAVDL and the landlord; no State aid line in LAAVA.
    QCOMPARE(f.fundingBySource.value(u"fnavdl_hlm_accompagnes"_s)
                 + f.fundingBySource.value(u"fonds_propres"_s),
             Cents(4'950'000));
    QVERIFY(!f.fundingBySource.contains(u"etat"_s));
}

void TestDemoStory::laavaRetentionNeedsTwoYearsAfterEntry_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<qint64>("cohort");
    QTest::addColumn<qint64>("maintained");
    // The cohort holds the households whose first lease started two years before the end of
    // the period: the action's own period sees only the two housed in 2015.
    QTest::newRow("2015-2017") << QDate(2015, 1, 1) << QDate(2017, 12, 31) << qint64(2)
                               << qint64(2);
    QTest::newRow("2015-2018") << QDate(2015, 1, 1) << QDate(2018, 12, 31) << qint64(10)
                               << qint64(9);
    QTest::newRow("2015-2019") << QDate(2015, 1, 1) << QDate(2019, 12, 31) << qint64(10)
                               << qint64(9);
    QTest::newRow("2018 alone") << QDate(2018, 1, 1) << QDate(2018, 12, 31) << qint64(10)
                                << qint64(9);
}

void TestDemoStory::laavaRetentionNeedsTwoYearsAfterEntry()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(qint64, cohort);
    QFETCH(qint64, maintained);
    const ReviewFigures f = review({actionId(u"LAAVA"_s)}, from, to);
    QCOMPARE(f.retention24m.denominator, cohort);
    QCOMPARE(f.retention24m.numerator, maintained);
    QCOMPARE(f.entries(u"retention_24m.cohort"_s).size(), cohort);
    QCOMPARE(f.entries(u"retention_24m.maintained"_s).size(), maintained);
}

void TestDemoStory::laavaHouseholdThatLeftHadTheBailGlissant()
{
    const ReviewFigures f = review({actionId(u"LAAVA"_s)}, QDate(2015, 1, 1), QDate(2018, 12, 31));
    QList<Id> left;
    const QList<ReviewEntry> maintained = f.entries(u"retention_24m.maintained"_s);
    for (const ReviewEntry &e : f.entries(u"retention_24m.cohort"_s)) {
        const bool stayed = std::any_of(maintained.cbegin(), maintained.cend(),
                                        [&](const ReviewEntry &m) {
                                            return m.householdId == e.householdId;
                                        });
        if (!stayed)
            left << e.householdId;
    }
    const QList<ReviewEntry> glissant = f.entries(u"sliding_leases.used"_s);
    QCOMPARE(left.size(), qsizetype(1));
    QCOMPARE(glissant.size(), qsizetype(1));
    QCOMPARE(glissant.first().householdId, left.first());
}

void TestDemoStory::call2018PublishedFigures_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("2018") << QDate(2018, 1, 1) << QDate(2018, 12, 31);
    QTest::newRow("2018-2019") << QDate(2018, 1, 1) << QDate(2019, 12, 31);
}

void TestDemoStory::call2018PublishedFigures()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    // « A later year: State aid 37 000 € for 3 actions, to support 10 new households and 15
    // existing tenants »: the actions of the 2018 call.
    QList<Id> call2018;
    for (const Action &a : std::as_const(m_actions)) {
        if (a.callYear == 2018)
            call2018 << a.id;
    }
    QCOMPARE(call2018.size(), qsizetype(3));
    const ReviewFigures f = review(call2018, from, to);
    QCOMPARE(f.householdsSupported, qint64(25));
    QCOMPARE(f.newEntrants, qint64(10));
    QCOMPARE(f.existingTenants, qint64(15));
    QCOMPARE(f.householdsEntered, qint64(25));
    QCOMPARE(f.fundingBySource.value(u"etat"_s), Cents(3'700'000));
    // Each action has its share of the State aid.
    Cents shares = 0;
    for (Id id : std::as_const(call2018)) {
        const ReviewFigures one = review({id}, from, to);
        QVERIFY(one.fundingBySource.value(u"etat"_s) > 0);
        QVERIFY(one.householdsSupported > 0);
        shares += one.fundingBySource.value(u"etat"_s);
    }
    QCOMPARE(shares, Cents(3'700'000));
}

QTEST_GUILESS_MAIN(TestDemoStory)
#include "tst_demostory.moc"
