// The year-end review: every figure of INDICATORS.md on small hand-made data, with the edges
// (period boundaries, leap years, +24 months from the 29th-31st, glissements inside and
// outside the period, a household in two actions, two publics, zero denominators), the
// drill-down, the scope, and the JSON and CSV exports.
#include "TestBuilder.h"
#include "TestDatabase.h"
#include "review/Review.h"
#include "review/ReviewExport.h"
#include "review/ReviewSections.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"
#include "storage/ReferenceRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::Builder;
using Passerelle::Testing::TestDatabase;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ReviewRequest period(const char *from, const char *to, QList<Id> actions = {},
                     QList<Id> agencies = {})
{
    return {d(from), d(to), std::move(actions), std::move(agencies)};
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void supportedAcrossBoundaries_data();
    void supportedAcrossBoundaries();
    void entriesAndExits();
    void supportMonthsRoundedOnce_data();
    void supportMonthsRoundedOnce();
    void averageSupportMonths();
    void qpvShareOnLastSupportedDay();
    void percentRoundsHalfUp_data();
    void percentRoundsHalfUp();
    void retention24Months_data();
    void retention24Months();
    void retentionThroughGlissementAndRelogement();
    void slidingLeases();
    void householdInTwoActions();
    void twoPublicsAndBreakdowns();
    void contactsPerHouseholdMonth();
    void partnersMobilised();
    void referrals();
    void cost();
    void zeroDenominatorsAreNull();
    void scopeByActionAndAgency();
    void agencyReaderGetsOnlyHerAgency();
    void drillDown();
    void json();
    void csv();
    void csvNeutralisesFormulas_data();
    void csvNeutralisesFormulas();
    void invalidPeriod();
    void supportMonthsMonthByMonth();
    void diagnosticLevelsEntryVersusLatest();
    void previousPeriod_data();
    void previousPeriod();
    void sectionsHoldTheFigures();
    void smallCountsMasked();
    void valueTexts();

private:
    Result<ReviewFigures> review(const ReviewRequest &request,
                                 const Scope &scope = TestDatabase::all())
    {
        return Review::compute(m_test->db(), scope, request);
    }

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Builder> m_b;
    Id m_agency = 0;
    Id m_action = 0;
};

void TestReview::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
}

void TestReview::init()
{
    Testing::installFrenchTranslation();
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(m_test->isValid());
    m_b = std::make_unique<Builder>(m_test->db());
    m_agency = m_b->agency(u"NORD"_s);
    m_action = m_b->action(u"ACT"_s);
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
}

void TestReview::cleanup()
{
    m_b.reset();
    m_test.reset();
}

void TestReview::supportedAcrossBoundaries_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<bool>("counted");
    // Period 2020-01-01 .. 2020-12-31.
    QTest::newRow("started before, still going") << d("2019-03-01") << QDate() << true;
    QTest::newRow("started before, ended inside") << d("2019-03-01") << d("2020-02-10") << true;
    QTest::newRow("ended on the first day") << d("2019-03-01") << d("2020-01-01") << true;
    QTest::newRow("ended the day before") << d("2019-03-01") << d("2019-12-31") << false;
    QTest::newRow("started on the last day") << d("2020-12-31") << QDate() << true;
    QTest::newRow("started the day after") << d("2021-01-01") << QDate() << false;
    QTest::newRow("inside") << d("2020-03-01") << d("2020-04-30") << true;
    QTest::newRow("spanning the period") << d("2019-01-01") << d("2021-06-30") << true;
}

void TestReview::supportedAcrossBoundaries()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(bool, counted);
    const Id h = m_b->household(u"H1"_s, m_agency);
    m_b->support(h, m_action, start, end);
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    const auto f = review(period("2020-01-01", "2020-12-31"));
    QVERIFY(f);
    QCOMPARE(f->householdsSupported, counted ? 1 : 0);
}

void TestReview::entriesAndExits()
{
    const Id a = m_b->household(u"A"_s, m_agency);
    const Id b = m_b->household(u"B"_s, m_agency);
    const Id c = m_b->household(u"C"_s, m_agency);
    m_b->support(a, m_action, d("2020-01-01"), d("2020-12-31"), u"glissement"_s);
    m_b->support(b, m_action, d("2019-06-01"), d("2020-06-30"), u"expulsion"_s);
    m_b->support(c, m_action, d("2020-12-31"), d("2021-01-10"));
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    const auto f = review(period("2020-01-01", "2020-12-31"));
    QCOMPARE(f->householdsEntered, 2); // a on the first day, c on the last
    QCOMPARE(f->householdsExited, 2);  // a on the last day, b inside; c after
    QCOMPARE(f->filesOpened(), 2);
    QCOMPARE(f->filesClosed(), 2);
    QCOMPARE(f->exitOutcomes.value(u"glissement"_s), 1);
    QCOMPARE(f->exitOutcomes.value(u"expulsion"_s), 1);
    QCOMPARE(f->exitOutcomes.size(), 2);
}

void TestReview::supportMonthsRoundedOnce_data()
{
    QTest::addColumn<QList<QDate>>("bounds"); // start, end pairs (end may be null)
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("days");
    QTest::addColumn<qint64>("tenths");
    // A leap year counts 366 days: 366 / 30.4375 = 12.02 -> 12.0.
    QTest::newRow("leap year") << QList<QDate>{d("2019-01-01"), QDate()} << u"2020-01-01"_s
                               << u"2020-12-31"_s << qint64(366) << qint64(120);
    // February 2020: 29 days = 0.953 -> 1.0.
    QTest::newRow("february of a leap year")
        << QList<QDate>{d("2020-02-01"), d("2020-02-29")} << u"2020-01-01"_s << u"2020-12-31"_s
        << qint64(29) << qint64(10);
    // Three supports of 20 days: rounded once 60 / 30.4375 = 1.97 -> 2.0 (not 3 x 0.7).
    QTest::newRow("sum rounded once")
        << QList<QDate>{d("2020-03-01"), d("2020-03-20"), d("2020-04-01"), d("2020-04-20"),
                        d("2020-05-01"), d("2020-05-20")}
        << u"2020-01-01"_s << u"2020-12-31"_s << qint64(60) << qint64(20);
    // Clipped to the period on both sides: 2020-12-01..2021-01-31 in [2021-01-01, 2021-01-15].
    QTest::newRow("clipped") << QList<QDate>{d("2020-12-01"), d("2021-01-31")} << u"2021-01-01"_s
                             << u"2021-01-15"_s << qint64(15) << qint64(5);
    // One day counts as one day.
    QTest::newRow("one day") << QList<QDate>{d("2021-01-15"), d("2021-01-15")} << u"2021-01-01"_s
                             << u"2021-12-31"_s << qint64(1) << qint64(0);
}

void TestReview::supportMonthsRoundedOnce()
{
    QFETCH(QList<QDate>, bounds);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(qint64, days);
    QFETCH(qint64, tenths);
    for (int i = 0; i < bounds.size(); i += 2) {
        const Id h = m_b->household(u"H%1"_s.arg(i), m_agency);
        m_b->support(h, m_action, bounds[i], bounds[i + 1]);
    }
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    const auto f = review({QDate::fromString(from, Qt::ISODate), QDate::fromString(to, Qt::ISODate),
                           {}, {}});
    QCOMPARE(f->supportMonths.days, days);
    QCOMPARE(f->supportMonths.tenths(), tenths);
}

void TestReview::averageSupportMonths()
{
    // Ended in P: 31 days and 91 days -> mean 61 days = 2.004 months -> 2.0. The support that
    // ended before P and the one still going are not in the mean.
    const Id a = m_b->household(u"A"_s, m_agency);
    const Id b = m_b->household(u"B"_s, m_agency);
    const Id c = m_b->household(u"C"_s, m_agency);
    const Id e = m_b->household(u"E"_s, m_agency);
    m_b->support(a, m_action, d("2020-01-01"), d("2020-01-31"));
    m_b->support(b, m_action, d("2020-01-01"), d("2020-03-31"));
    m_b->support(c, m_action, d("2019-01-01"), d("2019-06-30"));
    m_b->support(e, m_action, d("2020-01-01"));
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    auto f = review(period("2020-01-01", "2020-12-31"));
    QVERIFY(f->averageSupportMonths.has_value());
    QCOMPARE(f->averageSupportMonths->days, 122);
    QCOMPARE(f->averageSupportMonths->count, 2);
    QCOMPARE(f->averageSupportMonths->tenths(), 20);
    // A support ending in P counts its whole length, also before P: 2019-01-01..2020-01-31 is
    // 396 days = 13.01 months.
    f = review(period("2020-01-15", "2020-02-15"));
    QCOMPARE(f->averageSupportMonths->days, 31);
    f = review(period("2021-01-01", "2021-12-31"));
    QVERIFY(!f->averageSupportMonths.has_value());
}

void TestReview::qpvShareOnLastSupportedDay()
{
    // a: moved from a non-QPV dwelling to a QPV one during P, still supported: QPV.
    const Id a = m_b->household(u"A"_s, m_agency);
    m_b->support(a, m_action, d("2019-01-01"));
    m_b->lease(a, d("2019-01-01"), d("2020-06-30"), false);
    m_b->lease(a, d("2020-07-01"), {}, true);
    // b: support ended before the move: the lease of its last supported day is not in a QPV.
    const Id b = m_b->household(u"B"_s, m_agency);
    m_b->support(b, m_action, d("2019-01-01"), d("2020-05-31"));
    m_b->lease(b, d("2019-01-01"), d("2020-06-30"), false);
    m_b->lease(b, d("2020-07-01"), {}, true);
    // c: no lease on its last supported day: left out of numerator and denominator.
    const Id c = m_b->household(u"C"_s, m_agency);
    m_b->support(c, m_action, d("2020-02-01"));
    m_b->lease(c, d("2019-01-01"), d("2020-11-30"), true);
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    const auto f = review(period("2020-01-01", "2020-12-31"));
    QCOMPARE(f->qpvShare.numerator, 1);
    QCOMPARE(f->qpvShare.denominator, 2);
    QCOMPARE(f->qpvShare.percent, std::optional<int>(50));
    QCOMPARE(f->leaseTypes.value(u"bail_direct"_s), 2);
    QCOMPARE(f->leaseTypes.size(), 1);
    QCOMPARE(f->notFilledIn.value(u"lease_types"_s), 1);
    QCOMPARE(f->entries(u"lease_types.non_renseigne"_s), (QList<ReviewEntry>{{c, m_action}}));
}

void TestReview::percentRoundsHalfUp_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<int>("expected");
    QTest::newRow("12.5 -> 13") << qint64(1) << qint64(8) << 13;
    QTest::newRow("62.5 -> 63") << qint64(5) << qint64(8) << 63;
    QTest::newRow("28.57 -> 29") << qint64(8) << qint64(28) << 29;
    QTest::newRow("33.33 -> 33") << qint64(1) << qint64(3) << 33;
    QTest::newRow("0") << qint64(0) << qint64(7) << 0;
    QTest::newRow("100") << qint64(9) << qint64(9) << 100;
}

void TestReview::percentRoundsHalfUp()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(int, expected);
    QCOMPARE(Review::percent(numerator, denominator), std::optional<int>(expected));
    QVERIFY(!Review::percent(numerator, 0).has_value());
}

void TestReview::retention24Months_data()
{
    QTest::addColumn<QDate>("leaseStart");
    QTest::addColumn<QDate>("leaseEnd");
    QTest::addColumn<QString>("periodEnd");
    QTest::addColumn<bool>("inCohort");
    QTest::addColumn<bool>("maintained");
    QTest::newRow("15th to 15th, housed")
        << d("2017-03-15") << QDate() << u"2019-12-31"_s << true << true;
    QTest::newRow("left the day before +24")
        << d("2017-03-15") << d("2019-03-14") << u"2019-12-31"_s << true << false;
    QTest::newRow("left on the +24 day")
        << d("2017-03-15") << d("2019-03-15") << u"2019-12-31"_s << true << true;
    QTest::newRow("+24 exactly on the period's end")
        << d("2017-12-31") << QDate() << u"2019-12-31"_s << true << true;
    QTest::newRow("+24 after the period's end")
        << d("2018-01-01") << QDate() << u"2019-12-31"_s << false << false;
    // 29 February 2016 + 24 months falls back to 28 February 2018.
    QTest::newRow("29 February, housed on the 28th")
        << d("2016-02-29") << d("2018-02-28") << u"2018-02-28"_s << true << true;
    QTest::newRow("29 February, gone on the 27th")
        << d("2016-02-29") << d("2018-02-27") << u"2018-12-31"_s << true << false;
    QTest::newRow("29 February, period ends on the 27th")
        << d("2016-02-29") << QDate() << u"2018-02-27"_s << false << false;
    // 31 August 2018 + 24 months = 31 August 2020; 31 January stays 31 January.
    QTest::newRow("31st, no fall back")
        << d("2018-08-31") << d("2020-08-30") << u"2020-12-31"_s << true << false;
}

void TestReview::retention24Months()
{
    QFETCH(QDate, leaseStart);
    QFETCH(QDate, leaseEnd);
    QFETCH(QString, periodEnd);
    QFETCH(bool, inCohort);
    QFETCH(bool, maintained);
    const Id h = m_b->household(u"H"_s, m_agency);
    m_b->support(h, m_action, leaseStart, leaseStart.addMonths(12));
    m_b->lease(h, leaseStart, leaseEnd);
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    const QDate end = QDate::fromString(periodEnd, Qt::ISODate);
    const auto f = review({end.addYears(-1).addDays(1), end, {}, {}});
    QCOMPARE(f->retention24m.denominator, inCohort ? 1 : 0);
    QCOMPARE(f->retention24m.numerator, maintained ? 1 : 0);
    QCOMPARE(f->retention24m.percent.has_value(), inCohort);
}

void TestReview::retentionThroughGlissementAndRelogement()
{
    // a: bail glissant then glissement the day before +24: still housed (not a break).
    const Id a = m_b->household(u"A"_s, m_agency);
    m_b->support(a, m_action, d("2017-03-15"), d("2018-12-31"));
    const Id glissant = m_b->lease(a, d("2017-03-15"), {}, false, u"bail_glissant"_s);
    m_b->glissement(glissant, d("2019-03-15"));
    // b: relogement in another dwelling of the landlord the day after: not a break.
    const Id b = m_b->household(u"B"_s, m_agency);
    m_b->support(b, m_action, d("2017-03-15"), d("2018-12-31"));
    m_b->lease(b, d("2017-03-15"), d("2019-03-14"));
    m_b->lease(b, d("2019-03-15"));
    // c: a one-day gap on the +24 day is a break.
    const Id c = m_b->household(u"C"_s, m_agency);
    m_b->support(c, m_action, d("2017-03-15"), d("2018-12-31"));
    m_b->lease(c, d("2017-03-15"), d("2019-03-14"));
    m_b->lease(c, d("2019-03-16"));
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    const auto f = review(period("2019-01-01", "2019-12-31"));
    QCOMPARE(f->retention24m.denominator, 3);
    QCOMPARE(f->retention24m.numerator, 2);
    QCOMPARE(f->retention24m.percent, std::optional<int>(67));
    QCOMPARE(f->entries(u"retention_24m.maintained"_s),
             (QList<ReviewEntry>{{a, 0}, {b, 0}}));
}

void TestReview::slidingLeases()
{
    // a slid inside the period, b slid before it, c has a bail glissant that has not slid,
    // d never had one.
    const Id a = m_b->household(u"A"_s, m_agency);
    m_b->support(a, m_action, d("2019-01-01"));
    m_b->glissement(m_b->lease(a, d("2019-01-01"), {}, false, u"bail_glissant"_s),
                    d("2020-06-01"));
    const Id b = m_b->household(u"B"_s, m_agency);
    m_b->support(b, m_action, d("2018-01-01"));
    m_b->glissement(m_b->lease(b, d("2018-01-01"), {}, false, u"bail_glissant"_s),
                    d("2019-12-31"));
    const Id c = m_b->household(u"C"_s, m_agency);
    m_b->support(c, m_action, d("2020-02-01"));
    m_b->lease(c, d("2020-02-01"), {}, false, u"bail_glissant"_s);
    const Id e = m_b->household(u"E"_s, m_agency);
    m_b->support(e, m_action, d("2020-02-01"));
    m_b->lease(e, d("2020-02-01"));
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    auto f = review(period("2020-01-01", "2020-12-31"));
    QCOMPARE(f->slidingLeasesUsed, 3);
    QCOMPARE(f->slidingLeasesSlid, 1);
    QCOMPARE(f->entries(u"sliding_leases.slid"_s), (QList<ReviewEntry>{{a, 0}}));
    // The lease type on the last supported day: a and b now hold a bail direct.
    QCOMPARE(f->leaseTypes.value(u"bail_direct"_s), 3);
    QCOMPARE(f->leaseTypes.value(u"bail_glissant"_s), 1);
    f = review(period("2019-12-31", "2019-12-31"));
    QCOMPARE(f->slidingLeasesSlid, 1);
}

void TestReview::householdInTwoActions()
{
    const Id other = m_b->action(u"AUTRE"_s);
    const Id h = m_b->household(u"H"_s, m_agency, {u"jeune"_s});
    m_b->support(h, m_action, d("2020-01-01"), d("2020-06-30"), u"relais_dispositif"_s);
    m_b->support(h, other, d("2020-07-01"), {}, {}, u"locataire_en_place"_s);
    m_b->lease(h, d("2018-01-01"));
    m_b->contact(h, d("2020-03-01"), u"visite_domicile"_s, m_action);
    m_b->contact(h, d("2020-08-01"), u"telephone"_s, other);
    m_b->contact(h, d("2020-09-01"), u"telephone"_s);
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    auto f = review(period("2020-01-01", "2020-12-31"));
    QCOMPARE(f->householdsSupported, 2); // once per action
    QCOMPARE(f->newEntrants, 1);
    QCOMPARE(f->existingTenants, 1);
    QCOMPARE(f->publics.value(u"jeune"_s), 2);
    QCOMPARE(f->retention24m.denominator, 1); // household-level
    QCOMPARE(f->contactsTotal, 3);             // each contact once
    QCOMPARE(f->supportMonths.days, 366);
    // Scope on one action: its support only; the household's contacts in P all count, as the
    // definition says ("contacts dated in P for households in (1)").
    f = review(period("2020-01-01", "2020-12-31", {m_action}));
    QCOMPARE(f->householdsSupported, 1);
    QCOMPARE(f->contactsTotal, 3);
    QCOMPARE(f->actionCodes, QStringList{u"ACT"_s});
}

void TestReview::twoPublicsAndBreakdowns()
{
    const Id south = m_b->agency(u"SUD"_s);
    const Id a = m_b->household(u"A"_s, m_agency, {u"sortant_detention"_s, u"addiction"_s},
                                u"personne_seule"_s, u"detention"_s, u"rsa"_s);
    const Id b = m_b->household(u"B"_s, south, {u"addiction"_s}, u"couple_avec_enfants"_s,
                                u"parc_social"_s, u"salaire"_s);
    const Id c = m_b->household(u"C"_s, south);
    for (Id h : {a, b, c})
        m_b->support(h, m_action, d("2020-01-01"));
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    const auto f = review(period("2020-01-01", "2020-12-31"));
    QCOMPARE(f->publics.value(u"addiction"_s), 2);
    QCOMPARE(f->publics.value(u"sortant_detention"_s), 1);
    QVERIFY(!f->publics.contains(Review::unknownKey()));
    QCOMPARE(f->notFilledIn.value(u"publics"_s), 1);
    QCOMPARE(f->compositions.value(u"personne_seule"_s), 1);
    QCOMPARE(f->compositions.size(), 2);
    QCOMPARE(f->notFilledIn.value(u"compositions"_s), 1);
    QCOMPARE(f->priorSituations.value(u"detention"_s), 1);
    QCOMPARE(f->resourceSources.value(u"salaire"_s), 1);
    QCOMPARE(f->agencies.value(u"NORD"_s), 1);
    QCOMPARE(f->agencies.value(u"SUD"_s), 2);
    QCOMPARE(f->entries(u"publics.addiction"_s), (QList<ReviewEntry>{{a, m_action}, {b, m_action}}));
}

void TestReview::contactsPerHouseholdMonth()
{
    // One household supported the whole of 2021 (365 days = 11.99 months), 30 contacts in the
    // year, 2 outside it: 30 / 11.992 = 2.50 -> 2.5.
    const Id h = m_b->household(u"H"_s, m_agency);
    m_b->support(h, m_action, d("2020-06-01"));
    for (int i = 0; i < 30; ++i)
        m_b->contact(h, d("2021-01-05").addDays(i * 11), i % 3 ? u"telephone"_s
                                                              : u"visite_domicile"_s);
    m_b->contact(h, d("2020-12-31"), u"visite_domicile"_s);
    m_b->contact(h, d("2022-01-01").addDays(-400), u"courrier"_s);
    // A contact of a household not supported in P does not count.
    const Id other = m_b->household(u"O"_s, m_agency);
    m_b->support(other, m_action, d("2019-01-01"), d("2019-12-31"));
    m_b->contact(other, d("2019-06-01"), u"telephone"_s);
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    const auto f = review(period("2021-01-01", "2021-12-31"));
    QCOMPARE(f->contactsTotal, 30);
    QCOMPARE(f->contactsByType.value(u"visite_domicile"_s), 10);
    QCOMPARE(f->contactsByType.value(u"telephone"_s), 20);
    QCOMPARE(f->contactsPerHouseholdMonthTenths, std::optional<qint64>(25));
}

void TestReview::partnersMobilised()
{
    const Id p1 = m_b->partner(u"EDUC"_s);
    const Id p2 = m_b->partner(u"SANTE"_s);
    const Id p3 = m_b->partner(u"ANCIEN"_s);
    const Id a = m_b->household(u"A"_s, m_agency);
    const Id b = m_b->household(u"B"_s, m_agency);
    m_b->support(a, m_action, d("2020-01-01"));
    m_b->support(b, m_action, d("2020-01-01"));
    m_b->mobilise(a, m_action, p1, d("2020-02-01"), {});
    m_b->mobilise(a, m_action, p1, d("2020-09-01"), d("2020-10-01")); // same partner again
    m_b->mobilise(b, m_action, p1, d("2019-02-01"), d("2020-01-01"));  // overlaps by one day
    m_b->mobilise(b, m_action, p2, QDate(), QDate());                  // undated: mobilised
    m_b->mobilise(b, m_action, p3, d("2019-01-01"), d("2019-12-31"));  // before P
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    const auto f = review(period("2020-01-01", "2020-12-31"));
    QCOMPARE(f->partners.value(u"EDUC"_s), 2);
    QCOMPARE(f->partners.value(u"SANTE"_s), 1);
    QVERIFY(!f->partners.contains(u"ANCIEN"_s));
    QCOMPARE(f->partners.size(), 2);
}

void TestReview::referrals()
{
    const Id a = m_b->household(u"A"_s, m_agency);
    m_b->referral(a, m_action, d("2020-01-10"), u"acceptee"_s);
    m_b->referral(a, m_action, d("2020-02-10"), u"refus_menage"_s);
    m_b->referral(a, m_action, d("2020-03-10"), u"refus_bailleur"_s);
    m_b->referral(a, m_action, d("2020-04-10"), u"refus_cal"_s);
    m_b->referral(a, m_action, d("2020-05-10"), u"en_cours"_s);
    m_b->referral(a, m_action, d("2020-06-10"), u"refus_menage"_s);
    m_b->referral(a, m_action, d("2020-07-10"), u"non_lieu"_s);
    m_b->referral(a, m_action, d("2019-12-31"), u"refus_menage"_s); // outside P
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    const auto f = review(period("2020-01-01", "2020-12-31"));
    QCOMPARE(f->referralsReceived, 7);
    QCOMPARE(f->referralsAccepted, 1);
    QCOMPARE(f->referralsRefusedByHousehold, 2);
    QCOMPARE(f->referralsRefusedByLandlord, 2);
    QCOMPARE(f->refusalRate.percent, std::optional<int>(29)); // 2 / 7 = 28.6 %
}

void TestReview::cost()
{
    const Id other = m_b->action(u"AUTRE"_s);
    const Id a = m_b->household(u"A"_s, m_agency);
    const Id b = m_b->household(u"B"_s, m_agency);
    const Id c = m_b->household(u"C"_s, m_agency);
    for (Id h : {a, b, c})
        m_b->support(h, m_action, d("2020-01-01"));
    m_b->expense(m_action, d("2020-03-01"), 1000000);
    m_b->expense(m_action, d("2020-12-31"), 1);
    m_b->expense(m_action, d("2021-01-01"), 500000); // outside P
    m_b->expense(other, d("2020-05-01"), 700000);    // another action
    m_b->funding(m_action, u"fnavdl_hlm_accompagnes"_s, 2000000, d("2020-04-01"));
    m_b->funding(m_action, u"etat"_s, 370000, d("2020-10-01"));
    m_b->funding(m_action, u"etat"_s, 100000, d("2021-02-01")); // received after P
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    auto f = review(period("2020-01-01", "2020-12-31", {m_action}));
    QCOMPARE(f->expenses, Cents(1000001));
    QCOMPARE(f->fundingBySource.value(u"fnavdl_hlm_accompagnes"_s), Cents(2000000));
    QCOMPARE(f->fundingBySource.value(u"etat"_s), Cents(370000));
    QCOMPARE(f->costPerHousehold, std::optional<Cents>(333334)); // 10 000,01 € / 3 = 3 333,34 €
    f = review(period("2020-01-01", "2020-12-31"));
    QCOMPARE(f->expenses, Cents(1700001));
}

void TestReview::zeroDenominatorsAreNull()
{
    const auto f = review(period("2020-01-01", "2020-12-31"));
    QVERIFY(f);
    QCOMPARE(f->householdsSupported, 0);
    QVERIFY(!f->qpvShare.percent);
    QVERIFY(!f->retention24m.percent);
    QVERIFY(!f->refusalRate.percent);
    QVERIFY(!f->averageSupportMonths);
    QVERIFY(!f->contactsPerHouseholdMonthTenths);
    QVERIFY(!f->costPerHousehold);
    QCOMPARE(f->supportMonths.tenths(), 0);
    const QJsonObject o = QJsonDocument::fromJson(ReviewExport::toJson(*f)).object();
    QVERIFY(o.value(u"qpv_share"_s).toObject().value(u"percent"_s).isNull());
    QVERIFY(o.value(u"retention_24m"_s).toObject().value(u"percent"_s).isNull());
    QVERIFY(o.value(u"average_support_months"_s).isNull());
    QVERIFY(o.value(u"contacts"_s).toObject().value(u"per_household_month"_s).isNull());
    QVERIFY(o.value(u"referrals"_s).toObject().value(u"refusal_rate"_s).isNull());
    QVERIFY(o.value(u"cost"_s).toObject().value(u"per_household"_s).isNull());
    const QString csv = QString::fromUtf8(ReviewExport::toCsv(*f, ReferenceCatalog()));
    QVERIFY2(csv.contains(u"n.d."_s), qPrintable(csv));
}

void TestReview::scopeByActionAndAgency()
{
    const Id south = m_b->agency(u"SUD"_s);
    const Id other = m_b->action(u"AUTRE"_s);
    const Id a = m_b->household(u"A"_s, m_agency);
    const Id b = m_b->household(u"B"_s, south);
    m_b->support(a, m_action, d("2020-01-01"));
    m_b->support(b, m_action, d("2020-01-01"));
    m_b->support(b, other, d("2020-01-01"));
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    QCOMPARE(review(period("2020-01-01", "2020-12-31"))->householdsSupported, 3);
    QCOMPARE(review(period("2020-01-01", "2020-12-31", {m_action}))->householdsSupported, 2);
    QCOMPARE(review(period("2020-01-01", "2020-12-31", {}, {south}))->householdsSupported, 2);
    QCOMPARE(review(period("2020-01-01", "2020-12-31", {other}, {m_agency}))->householdsSupported,
             0);
    const auto f = review(period("2020-01-01", "2020-12-31", {m_action, other}, {south}));
    QCOMPARE(f->householdsSupported, 2);
    QCOMPARE(f->agencyCodes, QStringList{u"SUD"_s});
}

void TestReview::agencyReaderGetsOnlyHerAgency()
{
    const Id south = m_b->agency(u"SUD"_s);
    const Id a = m_b->household(u"A"_s, m_agency);
    const Id b = m_b->household(u"B"_s, south);
    m_b->support(a, m_action, d("2020-01-01"));
    m_b->support(b, m_action, d("2020-01-01"));
    m_b->referral(b, m_action, d("2020-01-01"), u"acceptee"_s);
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    const Scope cesf = Scope::agency(m_agency, u"cesf"_s);
    // Whatever she asks, even the other agency explicitly, she gets hers.
    for (const QList<Id> &asked : {QList<Id>{}, QList<Id>{south}}) {
        const auto f = review(period("2020-01-01", "2020-12-31", {}, asked), cesf);
        QCOMPARE(f->householdsSupported, 1);
        QCOMPARE(f->referralsReceived, 0);
        QCOMPARE(f->agencyCodes, QStringList{u"NORD"_s});
    }
}

void TestReview::drillDown()
{
    const Id a = m_b->household(u"A"_s, m_agency);
    const Id b = m_b->household(u"B"_s, m_agency);
    m_b->support(a, m_action, d("2020-01-01"), d("2020-05-31"), u"autonomie"_s);
    m_b->support(b, m_action, d("2019-01-01"), {}, {}, u"locataire_en_place"_s);
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    const auto f = review(period("2020-01-01", "2020-12-31"));
    QCOMPARE(f->entries(u"households_supported"_s),
             (QList<ReviewEntry>{{a, m_action}, {b, m_action}}));
    QCOMPARE(f->entries(u"households_entered"_s), (QList<ReviewEntry>{{a, m_action}}));
    QCOMPARE(f->entries(u"exit_outcomes.autonomie"_s), (QList<ReviewEntry>{{a, m_action}}));
    QCOMPARE(f->entries(u"existing_tenants"_s), (QList<ReviewEntry>{{b, m_action}}));
    QCOMPARE(f->entries(u"agencies.NORD"_s).size(), 2);
    QVERIFY(f->entries(u"no_such_figure"_s).isEmpty());
    // Every count has as many entries as it says.
    QCOMPARE(qint64(f->entries(u"households_supported"_s).size()), f->householdsSupported);
    for (auto it = f->publics.cbegin(); it != f->publics.cend(); ++it)
        QCOMPARE(qint64(f->entries(u"publics."_s + it.key()).size()), it.value());
    // The households behind a figure, listed as the Ménages screen lists them.
    HouseholdFilter behind;
    behind.ids = QList<Id>{};
    for (const ReviewEntry &e : f->entries(u"households_entered"_s))
        behind.ids->append(e.householdId);
    auto rows = HouseholdRepository(m_test->db()).list(TestDatabase::all(), behind);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().id, a);
    behind.ids = QList<Id>{};
    rows = HouseholdRepository(m_test->db()).list(TestDatabase::all(), behind);
    QVERIFY(rows && rows->isEmpty());
}

void TestReview::json()
{
    const Id h = m_b->household(u"A"_s, m_agency, {u"sortant_detention"_s}, u"personne_seule"_s);
    m_b->support(h, m_action, d("2019-05-01"));
    m_b->lease(h, d("2019-05-01"), {}, true);
    m_b->contact(h, d("2019-06-01"), u"visite_domicile"_s);
    m_b->expense(m_action, d("2019-06-01"), 1234567);
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    const auto f = review(period("2019-05-01", "2019-12-31", {m_action}));
    const QJsonObject o = QJsonDocument::fromJson(ReviewExport::toJson(*f)).object();
    QCOMPARE(o.value(u"period"_s).toObject().value(u"start"_s).toString(), u"2019-05-01"_s);
    QCOMPARE(o.value(u"period"_s).toObject().value(u"end"_s).toString(), u"2019-12-31"_s);
    QCOMPARE(o.value(u"scope"_s).toObject().value(u"actions"_s).toArray().first().toString(),
             u"ACT"_s);
    QCOMPARE(o.value(u"households_supported"_s).toInt(), 1);
    // 245 days = 8.05 months -> 8.0 (one decimal, rounded half up).
    QCOMPARE(o.value(u"support_months"_s).toDouble(), 8.0);
    QCOMPARE(o.value(u"qpv_share"_s).toObject().value(u"percent"_s).toInt(), 100);
    QCOMPARE(o.value(u"publics"_s).toObject().value(u"sortant_detention"_s).toInt(), 1);
    QCOMPARE(o.value(u"contacts"_s).toObject().value(u"by_type"_s).toObject()
                 .value(u"visite_domicile"_s).toInt(), 1);
    QCOMPARE(o.value(u"cost"_s).toObject().value(u"expenses"_s).toDouble(), 12345.67);
    for (const char *key : {"households_entered", "households_exited", "new_entrants",
                            "existing_tenants", "average_support_months", "retention_24m",
                            "sliding_leases", "exit_outcomes", "compositions",
                            "prior_situations", "resource_sources", "lease_types", "agencies",
                            "partners", "referrals", "files_opened", "files_closed"})
        QVERIFY2(o.contains(QString::fromLatin1(key)), key);
}

void TestReview::csv()
{
    const Id h = m_b->household(u"A"_s, m_agency, {u"sortant_detention"_s});
    m_b->support(h, m_action, d("2020-01-01"), d("2020-06-30"), u"autonomie"_s);
    m_b->expense(m_action, d("2020-06-01"), 123456);
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    const auto f = review(period("2020-01-01", "2020-12-31"));
    const auto catalog = ReferenceRepository(m_test->db()).catalog();
    const QByteArray bytes = ReviewExport::toCsv(*f, *catalog);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.contains(u"\r\n"_s));
    QVERIFY2(text.contains(u"Ménages accompagnés sur la période"_s), qPrintable(text));
    QVERIFY2(text.contains(u"autonomie;Maintien dans le logement, autonomie atteinte;1"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"sortant_detention;Sortant de détention;1"_s), qPrintable(text));
    QVERIFY2(text.contains(u"NORD;Agence NORD;1"_s), qPrintable(text));
    // 182 days = 5.98 months, with a decimal comma; money with a decimal comma.
    QVERIFY2(text.contains(u";6,0"_s), qPrintable(text));
    QVERIFY2(text.contains(u";1234,56"_s), qPrintable(text));
}

void TestReview::csvNeutralisesFormulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
    QTest::newRow("plus") << u"+33 6"_s << u"'+33 6"_s;
    QTest::newRow("minus") << u"-2"_s << u"'-2"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("separator") << u"a;b"_s << u"\"a;b\""_s;
    QTest::newRow("plain") << u"Hélène"_s << u"Hélène"_s;
}

void TestReview::csvNeutralisesFormulas()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(ReviewExport::csvCell(cell), written);
}

void TestReview::invalidPeriod()
{
    auto f = review({d("2020-12-31"), d("2020-01-01"), {}, {}});
    QVERIFY(!f);
    QCOMPARE(f.error().kind, Error::Kind::Validation);
    f = review({QDate(), d("2020-01-01"), {}, {}});
    QVERIFY(!f);
}

QTEST_GUILESS_MAIN(TestReview)
void TestReview::supportMonthsMonthByMonth()
{
    const Id a = m_b->household(u"A"_s, m_agency);
    const Id b = m_b->household(u"B"_s, m_agency);
    m_b->support(a, m_action, d("2019-12-01"), d("2020-02-15"));
    m_b->support(b, m_action, d("2020-02-10"));
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    const auto f = review(period("2020-01-15", "2020-03-31"));
    QVERIFY(f);
    QCOMPARE(f->supportMonthsByMonth.size(), 3);
    QCOMPARE(f->supportMonthsByMonth.at(0).month, d("2020-01-01"));
    QCOMPARE(f->supportMonthsByMonth.at(0).months.days, 17); // 15 to 31 January
    QCOMPARE(f->supportMonthsByMonth.at(1).months.days, 15 + 20); // A to the 15th, B from the 10th
    QCOMPARE(f->supportMonthsByMonth.at(2).months.days, 31);
    qint64 total = 0;
    for (const MonthOfSupport &m : f->supportMonthsByMonth)
        total += m.months.days;
    QCOMPARE(total, f->supportMonths.days); // the chart adds up to figure (4)
}

void TestReview::diagnosticLevelsEntryVersusLatest()
{
    using L = DiagnosticLevel;
    const Id a = m_b->household(u"A"_s, m_agency);
    const Id b = m_b->household(u"B"_s, m_agency);
    const Id c = m_b->household(u"C"_s, m_agency);
    for (Id h : {a, b, c})
        m_b->support(h, m_action, d("2020-01-01"));
    m_b->diagnostic(a, d("2019-12-01"), u"entree"_s,
                    {{u"ressources_budget"_s, L::Major, {}}, {u"sante"_s, L::Light, {}}});
    m_b->diagnostic(a, d("2020-06-01"), u"revision"_s,
                    {{u"ressources_budget"_s, L::Light, {}}, {u"sante"_s, L::NotEvaluated, {}}});
    // A later diagnostic, after the period, is not the latest of this review.
    m_b->diagnostic(a, d("2021-06-01"), u"sortie"_s, {{u"ressources_budget"_s, L::None, {}}});
    m_b->diagnostic(b, d("2019-12-01"), u"entree"_s, {{u"ressources_budget"_s, L::Important, {}}});
    m_b->diagnostic(b, d("2020-09-01"), u"sortie"_s, {{u"ressources_budget"_s, L::Major, {}}});
    m_b->diagnostic(c, d("2019-12-01"), u"entree"_s, {{u"ressources_budget"_s, L::Important, {}}});
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    const auto f = review(period("2020-01-01", "2020-12-31"));
    QVERIFY(f);
    QCOMPARE(f->diagnosticsCompared, 2); // C has no second diagnostic
    QCOMPARE(f->entries(u"diagnostics.compared"_s).size(), 2);
    const DomainLevels budget = f->diagnosticLevels.value(u"ressources_budget"_s);
    QCOMPARE(budget.households, 2);
    QCOMPARE(budget.entryMeanTenths(), std::optional<qint64>(25)); // (3 + 2) / 2
    QCOMPARE(budget.latestMeanTenths(), std::optional<qint64>(20)); // (1 + 3) / 2
    QCOMPARE(budget.better, 1);
    QCOMPARE(budget.worse, 1);
    QVERIFY(!f->diagnosticLevels.contains(u"sante"_s)); // not assessed the second time
}

void TestReview::previousPeriod_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDate>("previousFrom");
    QTest::addColumn<QDate>("previousTo");
    QTest::newRow("a year") << d("2018-01-01") << d("2018-12-31") << d("2017-01-01")
                            << d("2017-12-31");
    QTest::newRow("four years") << d("2015-01-01") << d("2018-12-31") << d("2011-01-01")
                                << d("2014-12-31");
    QTest::newRow("a quarter across a year") << d("2020-03-01") << d("2020-05-31")
                                             << d("2019-12-01") << d("2020-02-29");
    QTest::newRow("any days") << d("2019-05-10") << d("2019-05-19") << d("2019-04-30")
                              << d("2019-05-09");
}

void TestReview::previousPeriod()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QDate, previousFrom);
    QFETCH(QDate, previousTo);
    const ReviewRequest previous = Review::previousRequest(ReviewRequest{from, to, {m_action}, {}});
    QCOMPARE(previous.from, previousFrom);
    QCOMPARE(previous.to, previousTo);
    QCOMPARE(previous.actionIds, QList<Id>{m_action});
}

void TestReview::sectionsHoldTheFigures()
{
    const Id a = m_b->household(u"A"_s, m_agency, {u"jeune"_s}, u"personne_seule"_s);
    const Id b = m_b->household(u"B"_s, m_agency, {u"jeune"_s, u"sortant_detention"_s});
    m_b->support(a, m_action, d("2016-01-01"), d("2017-12-31"));
    m_b->support(b, m_action, d("2016-06-01"));
    m_b->lease(a, d("2016-01-01"), d("2017-06-30"), true);
    m_b->lease(b, d("2016-06-01"));
    m_b->contact(a, d("2018-01-05"), u"visite_domicile"_s);
    m_b->expense(m_action, d("2018-03-01"), 1000000);
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    const auto f = review(period("2018-01-01", "2018-12-31"));
    QVERIFY(f);
    auto catalog = ReferenceRepository(m_test->db()).catalog();
    QVERIFY(catalog);
    const QList<ReviewSection> sections = ReviewSections::build(*f, *catalog);
    QStringList keys;
    for (const ReviewSection &s : sections)
        keys << s.key;
    QCOMPARE(keys.first(), u"key_figures"_s);
    for (const char *k : {"activity", "cost", "publics", "exit_outcomes", "compositions",
                          "prior_situations", "resource_sources", "lease_types", "agencies",
                          "partners", "contacts", "support_months_by_month", "retention",
                          "diagnostics"})
        QVERIFY2(keys.contains(QString::fromLatin1(k)), k);
    const ReviewSection &key = sections.first();
    QCOMPARE(key.row(u"households_supported"_s)->values.first(), ReviewValue::count(1));
    QCOMPARE(key.row(u"households_supported"_s)->entriesKey, u"households_supported"_s);
    // B, supported in 2018; A ended in 2017. Retention: A's lease ended before +24 months.
    const ReviewValue retention = key.row(u"retention_24m"_s)->values.first();
    QCOMPARE(retention.numerator, 1);
    QCOMPARE(retention.denominator, 2);
    QCOMPARE(retention.text(), u"50 %"_s);
    QCOMPARE(retention.spreadsheetNumber(), 0.5);
    QCOMPARE(key.row(u"cost.per_household"_s)->values.first().text(), u"10 000,00 €"_s);
    QCOMPARE(key.row(u"average_support_months"_s)->values.first().text(), u"n.d."_s);
    // Every row that drills down lists as many households as a count says.
    for (const ReviewSection &s : sections) {
        if (!s.breakdown)
            continue;
        for (const ReviewRow &r : s.rows)
            QCOMPARE(qint64(f->entries(r.entriesKey).size()), *r.values.first().number);
    }
    // Every section and row explains itself.
    for (const ReviewSection &s : sections) {
        for (const ReviewRow &r : s.rows) {
            const QString def = r.definitionKey.isEmpty() ? s.definitionKey : r.definitionKey;
            QVERIFY2(!ReviewSections::definition(def).text.isEmpty(), qPrintable(r.key));
        }
    }
}

void TestReview::smallCountsMasked()
{
    for (int i = 0; i < 6; ++i) {
        const Id h = m_b->household(u"H%1"_s.arg(i), m_agency,
                                    {i < 5 ? u"jeune"_s : u"sortant_detention"_s});
        m_b->support(h, m_action, d("2020-01-01"));
    }
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    const auto f = review(period("2020-01-01", "2020-12-31"));
    auto catalog = ReferenceRepository(m_test->db()).catalog();
    QVERIFY(f && catalog);
    ReviewSectionOptions options;
    options.maskSmallCounts = true;
    const QList<ReviewSection> sections = ReviewSections::build(*f, *catalog, options);
    const ReviewSection *publics = nullptr;
    for (const ReviewSection &s : sections)
        publics = s.key == u"publics"_s ? &s : publics;
    QVERIFY(publics);
    QCOMPARE(publics->row(u"publics.jeune"_s)->values.first().text(), u"5"_s);
    QCOMPARE(publics->row(u"publics.sortant_detention"_s)->values.first().text(), u"< 5"_s);
    // The key figures are not breakdowns: never masked.
    QCOMPARE(sections.first().row(u"households_supported"_s)->values.first().text(), u"6"_s);
}

void TestReview::valueTexts()
{
    QCOMPARE(ReviewValue::count(12345).text(), u"12 345"_s);
    QCOMPARE(ReviewValue::tenths(125).text(), u"12,5"_s);
    QCOMPARE(ReviewValue::tenths(std::nullopt).text(), u"n.d."_s);
    QCOMPARE(ReviewValue::count(12).changeFrom(ReviewValue::count(9)), u"+3"_s);
    QCOMPARE(ReviewValue::count(9).changeFrom(ReviewValue::count(12)), u"−3"_s);
    QCOMPARE(ReviewValue::count(9).changeFrom(ReviewValue::count(9)), u"="_s);
    QCOMPARE(ReviewValue::tenths(120).changeFrom(ReviewValue::tenths(105)), u"+1,5"_s);
    QCOMPARE(ReviewValue::rate({9, 10, 90}).changeFrom(ReviewValue::rate({4, 5, 80})),
             u"+10 pts"_s);
    QCOMPARE(ReviewValue::rate({0, 0, std::nullopt}).changeFrom(ReviewValue::rate({4, 5, 80})),
             u"n.d."_s);
    QCOMPARE(ReviewValue::rate({9, 10, 90}).spreadsheetNumber(), 0.9);
    QCOMPARE(ReviewValue::money(495000).spreadsheetNumber(), 4950.0);

    // N / N−1: a category nobody fell in the period before counts 0 there; a rate absent then
    // is not invented.
    ReviewSection before;
    before.rows << ReviewRow{u"publics.jeune"_s, u"Jeune"_s, {ReviewValue::count(2)}, {}, {}};
    const ReviewRow jeune{u"publics.jeune"_s, u"Jeune"_s, {ReviewValue::count(5)}, {}, {}};
    const ReviewRow senior{u"publics.senior_isole"_s, u"Senior"_s, {ReviewValue::count(1)}, {}, {}};
    const ReviewRow rate{u"qpv_share"_s, u"QPV"_s, {ReviewValue::rate({1, 2, 50})}, {}, {}};
    QCOMPARE(ReviewSections::previousRow(&before, jeune)->values.first(), ReviewValue::count(2));
    QCOMPARE(ReviewSections::previousRow(&before, senior)->values.first(), ReviewValue::count(0));
    QVERIFY(!ReviewSections::previousRow(&before, rate));
    QVERIFY(!ReviewSections::previousRow(nullptr, jeune));
}

#include "tst_review.moc"
