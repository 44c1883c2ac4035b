// The agency dashboard: on the demo database every count and list agrees with an independent
// computation made here from the repositories (for each agency and for all of them); small
// hand-made cases pin the edges (N vs N+1 days of silence, a contract ending in 30 vs 31 days,
// an objective due yesterday vs today, a bail glissant review due exactly at +6 months, month
// boundaries of the chart, an agency scope hiding another agency); the N-days setting.
#include "TestBuilder.h"
#include "TestChecks.h"
#include "Clock.h"
#include "TestDatabase.h"
#include "dashboard/AgencyDashboard.h"
#include "demo/DemoData.h"
#include "storage/CommitteeRepository.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"
#include "storage/OrganisationRepository.h"

#include <QMap>
#include <QSet>
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

Scope all()
{
    return TestDatabase::all();
}


template <typename Row>
QList<Id> householdsOf(const QList<Row> &rows)
{
    QList<Id> ids;
    for (const Row &r : rows)
        ids << r.household.id;
    return ids;
}

QStringList referencesOf(const QList<DashboardHousehold> &households)
{
    QStringList refs;
    for (const DashboardHousehold &h : households)
        refs << h.reference;
    return refs;
}

template <typename Row>
QStringList referencesOf(const QList<Row> &rows)
{
    QStringList refs;
    for (const Row &r : rows)
        refs << r.household.reference;
    return refs;
}

template <typename T>
QList<T> sorted(QList<T> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // The rules alone.
    void silence_data();
    void silence();
    void contractEnding_data();
    void contractEnding();
    void glissantReviewDue_data();
    void glissantReviewDue();
    void chartMonths();

    // On the demo database.
    void demoAgreesWithRepositories_data();
    void demoAgreesWithRepositories();
    void demoAgencyScope();

    // Hand-made edges.
    void silentHouseholds();
    void contractsEnding();
    void overdueObjectives();
    void openAlerts();
    void nextMeetings();
    void nextCommittee();
    void glissantReviews();
    void checksToDo();
    void contactsPerMonth();
    void agencyScopeHidesAnotherAgency();
    void silentDaysSetting();

private:
    AgencyDashboard load(const QDate &today, Id agency = 0, int silentDays = 30,
                         const Scope &scope = all());

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Builder> m_build;
    Id m_north = 0;
    Id m_south = 0;
    Id m_action = 0;
    const QDate m_today = d("2026-06-15");
};

void TestDashboard::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
    QVERIFY2(m_today < Passerelle::Clock::today(), "the hand-made cases need a date in the past");
}

void TestDashboard::init()
{
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(m_test->isValid());
    m_build = std::make_unique<Builder>(m_test->db());
}

void TestDashboard::cleanup()
{
    m_build.reset();
    m_test.reset();
}

AgencyDashboard TestDashboard::load(const QDate &today, Id agency, int silentDays,
                                    const Scope &scope)
{
    auto dashboard = loadDashboard(m_test->db(), scope, agency, today, silentDays);
    if (!dashboard) {
        qWarning("%s", qPrintable(dashboard.error().fullText()));
        return {};
    }
    return *dashboard;
}

// --- rules ------------------------------------------------------------------------------

void TestDashboard::silence_data()
{
    QTest::addColumn<QDate>("lastContact");
    QTest::addColumn<QDate>("supportStart");
    QTest::addColumn<int>("silentDays");
    QTest::addColumn<bool>("silent");
    const QDate t = m_today;
    QTest::newRow("contact exactly N days ago") << t.addDays(-30) << t.addDays(-400) << 30 << false;
    QTest::newRow("contact N+1 days ago") << t.addDays(-31) << t.addDays(-400) << 30 << true;
    QTest::newRow("contact today") << t << t.addDays(-400) << 30 << false;
    QTest::newRow("N = 7, 8 days ago") << t.addDays(-8) << t.addDays(-400) << 7 << true;
    QTest::newRow("never, support began N days ago") << QDate() << t.addDays(-30) << 30 << false;
    QTest::newRow("never, support began N+1 days ago") << QDate() << t.addDays(-31) << 30 << true;
    QTest::newRow("never, support begins later") << QDate() << t.addDays(5) << 30 << false;
    QTest::newRow("nothing known") << QDate() << QDate() << 30 << false;
}

void TestDashboard::silence()
{
    QFETCH(QDate, lastContact);
    QFETCH(QDate, supportStart);
    QFETCH(int, silentDays);
    QFETCH(bool, silent);
    QCOMPARE(Dashboard::isSilent(lastContact, supportStart, m_today, silentDays), silent);
}

void TestDashboard::contractEnding_data()
{
    QTest::addColumn<QDate>("end");
    QTest::addColumn<bool>("ending");
    QTest::newRow("yesterday") << m_today.addDays(-1) << false;
    QTest::newRow("today") << m_today << true;
    QTest::newRow("in 30 days") << m_today.addDays(30) << true;
    QTest::newRow("in 31 days") << m_today.addDays(31) << false;
    QTest::newRow("no end") << QDate() << false;
}

void TestDashboard::contractEnding()
{
    QFETCH(QDate, end);
    QFETCH(bool, ending);
    QCOMPARE(Dashboard::isContractEnding(end, m_today), ending);
}

void TestDashboard::glissantReviewDue_data()
{
    QTest::addColumn<QDate>("leaseStart");
    QTest::addColumn<QDate>("lastReview");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<bool>("shown"); // as of m_today (2026-06-15)
    QTest::newRow("never reviewed: 6 months after the start")
        << d("2025-12-15") << QDate() << d("2026-06-15") << true;
    QTest::newRow("last review exactly 6 months ago")
        << d("2024-01-10") << d("2025-12-15") << d("2026-06-15") << true;
    QTest::newRow("overdue") << d("2024-01-10") << d("2025-10-01") << d("2026-04-01") << true;
    QTest::newRow("due in 30 days")
        << d("2024-01-10") << d("2026-01-15") << d("2026-07-15") << true;
    QTest::newRow("due in 31 days")
        << d("2024-01-10") << d("2026-01-16") << d("2026-07-16") << false;
    QTest::newRow("31 August + 6 months = 28 February")
        << d("2023-01-01") << d("2024-08-31") << d("2025-02-28") << true;
    QTest::newRow("31 August + 6 months = 29 February (leap year)")
        << d("2023-01-01") << d("2023-08-31") << d("2024-02-29") << true;
    QTest::newRow("nothing known") << QDate() << QDate() << QDate() << false;
}

void TestDashboard::glissantReviewDue()
{
    QFETCH(QDate, leaseStart);
    QFETCH(QDate, lastReview);
    QFETCH(QDate, due);
    QFETCH(bool, shown);
    QCOMPARE(Dashboard::glissantReviewDue(leaseStart, lastReview), due);
    QCOMPARE(Dashboard::isGlissantReviewDue(due, m_today), shown);
}

void TestDashboard::chartMonths()
{
    const QList<QDate> months = Dashboard::chartMonths(d("2026-01-31"));
    QCOMPARE(months.size(), 12);
    QCOMPARE(months.first(), d("2025-02-01"));
    QCOMPARE(months.last(), d("2026-01-01"));
    for (qsizetype i = 1; i < months.size(); ++i)
        QCOMPARE(months.at(i), months.at(i - 1).addMonths(1));
    QCOMPARE(Dashboard::windowFor(d("2026-01-31")).chartFrom, d("2025-02-01"));
}

// --- demo database ----------------------------------------------------------------------

void TestDashboard::demoAgreesWithRepositories_data()
{
    QTest::addColumn<QString>("agencyCode"); // empty: every agency
    QTest::addColumn<int>("silentDays");
    QTest::newRow("all agencies") << QString() << 30;
    QTest::newRow("all agencies, N = 10") << QString() << 10;
    QTest::newRow("TLS-NORD") << u"TLS-NORD"_s << 30;
    QTest::newRow("TLS-SUD") << u"TLS-SUD"_s << 30;
    QTest::newRow("MURET") << u"MURET"_s << 30;
    QTest::newRow("MURET, N = 7") << u"MURET"_s << 7;
}

void TestDashboard::demoAgreesWithRepositories()
{
    QFETCH(QString, agencyCode);
    QFETCH(int, silentDays);
    Database &db = m_test->db();
    const QDate today = Passerelle::Clock::today();
    QVERIFY(Demo::populate(db, today));
    Id agency = 0;
    if (!agencyCode.isEmpty()) {
        auto agencies = AgencyRepository(db).list();
        QVERIFY(agencies);
        for (const Agency &a : *agencies)
            agency = a.code == agencyCode ? a.id : agency;
        QVERIFY(agency > 0);
    }
    const AgencyDashboard dash = load(today, agency, silentDays);
    QCOMPARE(dash.today, today);
    QCOMPARE(dash.agencyId, agency);
    QCOMPARE(dash.silentDays, silentDays);

    // The independent computation, household by household, from the repositories.
    HouseholdFilter filter;
    filter.agencyId = agency;
    auto rows = HouseholdRepository(db).list(all(), filter);
    QVERIFY(rows);
    QStringList followed;
    QMap<QString, qint64> silent; // reference -> days
    QMap<QString, QDate> contractEnds;
    QStringList overdue;
    QList<Id> openAlerts;
    QList<Id> meetings;
    QStringList glissant;
    QMap<QDate, qint64> perMonth;
    const QList<QDate> months = Dashboard::chartMonths(today);
    for (const QDate &m : months)
        perMonth.insert(m, 0);
    for (const HouseholdRow &row : *rows) {
        if (row.status == u"accompagnement") {
            followed << row.reference;
            const QDate since = row.lastContact.isValid() ? row.lastContact : row.supportStart;
            if (since.daysTo(today) > silentDays)
                silent.insert(row.reference, since.daysTo(today));
        }
        auto contracts = ContractRepository(db).forHousehold(all(), row.id);
        QVERIFY(contracts);
        for (const SupportContract &c : *contracts) {
            const ContractVersion *v = c.currentVersion();
            if (v && v->endDate >= today && v->endDate <= today.addDays(30))
                contractEnds.insert(row.reference + u'/' + QString::number(c.id), v->endDate);
        }
        auto plans = PlanRepository(db).forHousehold(all(), row.id);
        QVERIFY(plans);
        auto supports = SupportRepository(db).forHousehold(all(), row.id);
        QVERIFY(supports);
        for (const SupportPlan &p : *plans) {
            // The objectives of a support that has ended are no longer late work.
            const bool ended = std::any_of(supports->cbegin(), supports->cend(),
                                           [&p, today](const Support &s) {
                                               return s.actionId == p.actionId
                                                      && s.endDate.isValid()
                                                      && s.endDate <= today;
                                           });
            for (const Objective &o : ended ? QList<Objective>() : p.objectives) {
                const bool open = o.status == u"a_faire" || o.status == u"en_cours";
                if (open && o.targetDate.isValid() && o.targetDate < today)
                    overdue << row.reference + u'/' + QString::number(o.id);
            }
        }
        auto alerts = AlertRepository(db).forHousehold(all(), row.id);
        QVERIFY(alerts);
        for (const Alert &a : *alerts) {
            if (!a.closedDate.isValid())
                openAlerts << a.id;
        }
        auto held = MeetingRepository(db).forHousehold(all(), row.id);
        QVERIFY(held);
        for (const TripartiteMeeting &m : *held) {
            if (m.date >= today && m.outcome.isEmpty())
                meetings << m.id;
        }
        LeaseRepository leases(db);
        auto housing = leases.forHousehold(all(), row.id);
        QVERIFY(housing);
        for (const Lease &l : *housing) {
            if (l.type != u"bail_glissant" || !l.isRunningOn(today))
                continue;
            auto reviews = leases.reviews(all(), l.id);
            QVERIFY(reviews);
            QDate last = l.startDate;
            for (const LeaseReview &r : *reviews) {
                if (r.date <= today && r.date > last)
                    last = r.date;
            }
            if (last.addMonths(6) <= today.addDays(30))
                glissant << row.reference;
        }
        auto contacts = ContactRepository(db).forHousehold(all(), row.id);
        QVERIFY(contacts);
        for (const Contact &c : *contacts) {
            const QDate month(c.date.year(), c.date.month(), 1);
            if (c.date <= today && perMonth.contains(month))
                ++perMonth[month];
        }
    }

    QCOMPARE(sorted(referencesOf(dash.householdsFollowed)), sorted(followed));
    QStringList silentRefs;
    QMap<QString, qint64> silentShown;
    for (const auto &s : dash.silentHouseholds) {
        silentRefs << s.household.reference;
        silentShown.insert(s.household.reference, s.days);
        QCOMPARE(s.days, s.since.daysTo(today));
        QVERIFY(s.days > silentDays);
    }
    QCOMPARE(silentShown, silent);
    QCOMPARE(silentRefs.size(), silent.size());
    for (qsizetype i = 1; i < dash.silentHouseholds.size(); ++i)
        QVERIFY(dash.silentHouseholds.at(i - 1).days >= dash.silentHouseholds.at(i).days);

    QMap<QString, QDate> contractsShown;
    for (const auto &c : dash.contractsEnding)
        contractsShown.insert(c.household.reference + u'/' + QString::number(c.contractId),
                              c.endDate);
    QCOMPARE(contractsShown, contractEnds);
    QCOMPARE(dash.contractsEnding.size(), contractEnds.size());

    QStringList overdueShown;
    for (const auto &o : dash.overdueObjectives)
        overdueShown << o.household.reference + u'/' + QString::number(o.objectiveId);
    QCOMPARE(sorted(overdueShown), sorted(overdue));

    QList<Id> alertsShown;
    for (const auto &a : dash.openAlerts)
        alertsShown << a.alertId;
    QCOMPARE(sorted(alertsShown), sorted(openAlerts));

    QList<Id> meetingsShown;
    for (const auto &m : dash.nextMeetings)
        meetingsShown << m.meetingId;
    QCOMPARE(sorted(meetingsShown), sorted(meetings));
    for (qsizetype i = 1; i < dash.nextMeetings.size(); ++i)
        QVERIFY(dash.nextMeetings.at(i - 1).date <= dash.nextMeetings.at(i).date);

    QCOMPARE(sorted(referencesOf(dash.glissantReviewsDue)), sorted(glissant));

    // The next committee: the first of the agency (or of all) dated today or later.
    auto committees = CommitteeRepository(db).list(all(), agency);
    QVERIFY(committees);
    std::optional<FollowUpCommittee> next;
    for (const FollowUpCommittee &c : *committees) {
        if (c.date >= today && (!next || c.date < next->date))
            next = c;
    }
    QCOMPARE(dash.nextCommittee.has_value(), next.has_value());
    if (next) {
        QCOMPARE(dash.nextCommittee->id, next->id);
        QCOMPARE(dash.nextCommittee->date, next->date);
        QCOMPARE(dash.nextCommittee->households.size(), next->reviews.size());
        for (qsizetype i = 0; i < next->reviews.size(); ++i)
            QCOMPARE(dash.nextCommittee->households.at(i).id, next->reviews.at(i).householdId);
    }

    QCOMPARE(dash.contactsPerMonth.size(), 12);
    QMap<QDate, qint64> chart;
    for (const auto &m : dash.contactsPerMonth)
        chart.insert(m.month, m.contacts);
    QCOMPARE(chart, perMonth);

    // The demo has something to show in most sections.
    QVERIFY(!dash.householdsFollowed.isEmpty());
    QVERIFY(dash.nextCommittee.has_value());
    if (agencyCode.isEmpty()) {
        QVERIFY(dash.householdsFollowed.size() >= 10);
        QVERIFY(!dash.silentHouseholds.isEmpty());
        QVERIFY(dash.overdueObjectives.size() >= 2);
        QVERIFY(dash.openAlerts.size() >= 3);
        QVERIFY(!dash.nextMeetings.isEmpty());
        QVERIFY(std::any_of(dash.contactsPerMonth.cbegin(), dash.contactsPerMonth.cend(),
                            [](const auto &m) { return m.contacts > 0; }));
    }
}

void TestDashboard::demoAgencyScope()
{
    Database &db = m_test->db();
    const QDate today = Passerelle::Clock::today();
    QVERIFY(Demo::populate(db, today));
    auto agencies = AgencyRepository(db).list();
    QVERIFY(agencies);
    QCOMPARE(agencies->size(), 3);
    const Id a = agencies->at(0).id;
    const Id b = agencies->at(1).id;
    const Scope agencyA = Scope::agency(a, u"cesf"_s);

    // A CESF of agency A sees agency A, whatever "all agencies" means to head office.
    const AgencyDashboard asked = load(today, a);
    const AgencyDashboard own = load(today, 0, 30, agencyA);
    QCOMPARE(own.agencyId, a);
    QCOMPARE(householdsOf(own.householdsFollowed), householdsOf(asked.householdsFollowed));
    QCOMPARE(householdsOf(own.silentHouseholds), householdsOf(asked.silentHouseholds));
    QCOMPARE(householdsOf(own.openAlerts), householdsOf(asked.openAlerts));
    QCOMPARE(householdsOf(own.nextMeetings), householdsOf(asked.nextMeetings));
    QCOMPARE(own.nextCommittee->id, asked.nextCommittee->id);
    QCOMPARE(own.nextCommittee->agencyId, a);

    // ...and nothing of agency B, even when she asks for it.
    const AgencyDashboard other = load(today, b, 30, agencyA);
    QVERIFY(other.householdsFollowed.isEmpty());
    QVERIFY(other.silentHouseholds.isEmpty());
    QVERIFY(other.contractsEnding.isEmpty());
    QVERIFY(other.overdueObjectives.isEmpty());
    QVERIFY(other.openAlerts.isEmpty());
    QVERIFY(other.nextMeetings.isEmpty());
    QVERIFY(!other.nextCommittee);
    QVERIFY(other.glissantReviewsDue.isEmpty());
    QCOMPARE(other.contactsPerMonth.size(), 12);
    for (const auto &m : other.contactsPerMonth)
        QCOMPARE(m.contacts, 0);

    // The agencies together make "all agencies".
    const AgencyDashboard whole = load(today);
    qsizetype followed = 0;
    qsizetype alerts = 0;
    qint64 contacts = 0;
    qint64 wholeContacts = 0;
    for (const Agency &agency : *agencies) {
        const AgencyDashboard part = load(today, agency.id);
        followed += part.householdsFollowed.size();
        alerts += part.openAlerts.size();
        for (const auto &m : part.contactsPerMonth)
            contacts += m.contacts;
    }
    for (const auto &m : whole.contactsPerMonth)
        wholeContacts += m.contacts;
    QCOMPARE(followed, whole.householdsFollowed.size());
    QCOMPARE(alerts, whole.openAlerts.size());
    QCOMPARE(contacts, wholeContacts);
}

// --- hand-made edges --------------------------------------------------------------------

void TestDashboard::silentHouseholds()
{
    Builder &b = *m_build;
    const QDate t = m_today;
    const Id north = b.agency(u"NORD"_s);
    const Id action = b.action(u"ACT"_s);
    const Id exactlyN = b.followed(u"A-EXACT"_s, north, action, t.addDays(-400));
    b.contact(exactlyN, t.addDays(-90));
    b.contact(exactlyN, t.addDays(-30));
    const Id nPlusOne = b.followed(u"B-PLUS-ONE"_s, north, action, t.addDays(-400));
    b.contact(nPlusOne, t.addDays(-31));
    const Id never = b.followed(u"C-NEVER"_s, north, action, t.addDays(-45));
    const Id newcomer = b.followed(u"D-NEWCOMER"_s, north, action, t.addDays(-3));
    const Id ended = b.followed(u"E-ENDED"_s, north, action, t.addDays(-400), t.addDays(-200));
    b.contact(ended, t.addDays(-210));
    const Id notYet = b.followed(u"F-REFERRAL"_s, north, action, QDate());
    // A contact after "today" (the dashboard looks at a day in the past) does not count.
    const Id later = b.followed(u"G-LATER"_s, north, action, t.addDays(-400));
    b.contact(later, t.addDays(-60));
    b.contact(later, t.addDays(2));
    QVERIFY2(b.ok(), qPrintable(b.error()));
    Q_UNUSED(newcomer);
    Q_UNUSED(notYet);

    const AgencyDashboard dash = load(t);
    QCOMPARE(referencesOf(dash.householdsFollowed),
             QStringList({u"A-EXACT"_s, u"B-PLUS-ONE"_s, u"C-NEVER"_s, u"D-NEWCOMER"_s,
                          u"G-LATER"_s}));
    QCOMPARE(dash.householdsFollowed.at(0).lastContact, t.addDays(-30));
    QCOMPARE(dash.householdsFollowed.at(2).supportStart, t.addDays(-45));
    // Longest silence first.
    QCOMPARE(referencesOf(dash.silentHouseholds),
             QStringList({u"G-LATER"_s, u"C-NEVER"_s, u"B-PLUS-ONE"_s}));
    const auto &g = dash.silentHouseholds.at(0);
    QCOMPARE(g.household.id, later);
    QCOMPARE(g.lastContact, t.addDays(-60));
    QCOMPARE(g.days, 60);
    const auto &c = dash.silentHouseholds.at(1);
    QCOMPARE(c.household.id, never);
    QVERIFY(!c.lastContact.isValid());
    QCOMPARE(c.since, t.addDays(-45));
    QCOMPARE(c.days, 45);
    const auto &p = dash.silentHouseholds.at(2);
    QCOMPARE(p.household.id, nPlusOne);
    QCOMPARE(p.household.name, u"NOM-B-PLUS-ONE Prénom"_s);
    QCOMPARE(p.days, 31);

    // N is a parameter: with 44 days, only the two longest silences remain.
    QCOMPARE(referencesOf(load(t, 0, 44).silentHouseholds),
             QStringList({u"G-LATER"_s, u"C-NEVER"_s}));
    QCOMPARE(load(t, 0, 29).silentHouseholds.size(), 4);
}

void TestDashboard::contractsEnding()
{
    Builder &b = *m_build;
    const QDate t = m_today;
    const Id north = b.agency(u"NORD"_s);
    const Id action = b.action(u"ACT"_s);
    const Id other = b.action(u"AUTRE"_s);
    auto household = [&](const char *ref) {
        return b.followed(QString::fromLatin1(ref), north, action, t.addDays(-300));
    };
    const Id today = household("A-TODAY");
    b.contract(today, action, {t});
    const Id in30 = household("B-30");
    b.contract(in30, action, {t.addDays(30)});
    b.contract(household("C-31"), action, {t.addDays(31)});
    b.contract(household("D-YESTERDAY"), action, {t.addDays(-1)});
    // Only the current (latest) version counts: renewed, it ends later.
    b.contract(household("E-RENEWED"), action, {t.addDays(10), t.addDays(190)});
    const Id renewal = household("F-RENEWAL");
    const Id renewalContract = b.contract(renewal, action, {t.addDays(-170), t.addDays(12)});
    b.contract(renewal, other, {t.addDays(100)});
    QVERIFY2(b.ok(), qPrintable(b.error()));

    const AgencyDashboard dash = load(t);
    QCOMPARE(referencesOf(dash.contractsEnding),
             QStringList({u"A-TODAY"_s, u"F-RENEWAL"_s, u"B-30"_s}));
    QCOMPARE(dash.contractsEnding.at(0).household.id, today);
    QCOMPARE(dash.contractsEnding.at(0).daysLeft, 0);
    QCOMPARE(dash.contractsEnding.at(1).contractId, renewalContract);
    QCOMPARE(dash.contractsEnding.at(1).versionNumber, 2);
    QCOMPARE(dash.contractsEnding.at(1).actionId, action);
    QCOMPARE(dash.contractsEnding.at(1).endDate, t.addDays(12));
    QCOMPARE(dash.contractsEnding.at(2).household.id, in30);
    QCOMPARE(dash.contractsEnding.at(2).daysLeft, 30);
}

void TestDashboard::overdueObjectives()
{
    Builder &b = *m_build;
    const QDate t = m_today;
    const Id north = b.agency(u"NORD"_s);
    const Id action = b.action(u"ACT"_s);
    const Id h = b.followed(u"A"_s, north, action, t.addDays(-300));
    b.objectives(h, action,
                 {{u"en_cours"_s, t.addDays(-1)},
                  {u"en_cours"_s, t},
                  {u"a_faire"_s, t.addDays(-40)},
                  {u"atteint"_s, t.addDays(-50)},
                  {u"partiellement_atteint"_s, t.addDays(-50)},
                  {u"abandonne"_s, t.addDays(-50)},
                  {u"a_faire"_s, QDate()}});
    QVERIFY2(b.ok(), qPrintable(b.error()));

    const AgencyDashboard dash = load(t);
    QCOMPARE(dash.overdueObjectives.size(), 2);
    // Oldest target first.
    QCOMPARE(dash.overdueObjectives.at(0).status, u"a_faire"_s);
    QCOMPARE(dash.overdueObjectives.at(0).targetDate, t.addDays(-40));
    QCOMPARE(dash.overdueObjectives.at(0).daysLate, 40);
    QCOMPARE(dash.overdueObjectives.at(1).targetDate, t.addDays(-1));
    QCOMPARE(dash.overdueObjectives.at(1).axis, u"budget_loyer"_s);
    QCOMPARE(dash.overdueObjectives.at(1).title, u"Objectif confidentiel en_cours"_s);
    QCOMPARE(dash.overdueObjectives.at(1).household.id, h);
    QCOMPARE(dash.overdueObjectives.at(1).actionId, action);
    // The next day, the objective due "today" is overdue too.
    QCOMPARE(load(t.addDays(1)).overdueObjectives.size(), 3);
    // Once the support has ended, its objectives still open are the file's history, not late
    // work: the dashboard no longer lists them.
    const Id ended = b.followed(u"B"_s, north, action, t.addDays(-300), t.addDays(-10));
    b.objectives(ended, action, {{u"en_cours"_s, t.addDays(-30)}});
    QVERIFY2(b.ok(), qPrintable(b.error()));
    const AgencyDashboard later = load(t);
    QCOMPARE(later.overdueObjectives.size(), 2);
    QVERIFY(std::none_of(later.overdueObjectives.cbegin(), later.overdueObjectives.cend(),
                         [ended](const auto &o) { return o.household.id == ended; }));
}

void TestDashboard::openAlerts()
{
    Builder &b = *m_build;
    const QDate t = m_today;
    const Id north = b.agency(u"NORD"_s);
    const Id action = b.action(u"ACT"_s);
    const Id h = b.followed(u"A"_s, north, action, t.addDays(-300));
    const Id old = b.alert(h, t.addDays(-20));
    b.alert(h, t.addDays(-30), t.addDays(-10));
    const Id recent = b.alert(h, t.addDays(-2));
    // Alerts of households no longer followed stay on the dashboard until closed.
    const Id ended = b.followed(u"B"_s, north, action, t.addDays(-300), t.addDays(-100));
    const Id forgotten = b.alert(ended, t.addDays(-150));
    QVERIFY2(b.ok(), qPrintable(b.error()));

    const AgencyDashboard dash = load(t);
    QCOMPARE(dash.openAlerts.size(), 3);
    QCOMPARE(dash.openAlerts.at(0).alertId, forgotten);
    QCOMPARE(dash.openAlerts.at(1).alertId, old);
    QCOMPARE(dash.openAlerts.at(1).daysOpen, 20);
    QCOMPARE(dash.openAlerts.at(1).type, u"impayes_loyer"_s);
    QCOMPARE(dash.openAlerts.at(1).amount, std::optional<Cents>(123456));
    QCOMPARE(dash.openAlerts.at(2).alertId, recent);
}

void TestDashboard::nextMeetings()
{
    Builder &b = *m_build;
    const QDate t = m_today;
    const Id north = b.agency(u"NORD"_s);
    const Id action = b.action(u"ACT"_s);
    const Id h = b.followed(u"A"_s, north, action, t.addDays(-300));
    b.meeting(h, t.addDays(-1), QTime(10, 0));                  // passed, no outcome
    const Id afternoon = b.meeting(h, t, QTime(15, 30));
    const Id morning = b.meeting(h, t, QTime(9, 0));
    b.meeting(h, t.addDays(3), QTime(9, 0), u"favorable"_s);    // already decided
    const Id untimed = b.meeting(h, t.addDays(3), QTime());
    const Id timed = b.meeting(h, t.addDays(3), QTime(17, 0));
    QVERIFY2(b.ok(), qPrintable(b.error()));

    const AgencyDashboard dash = load(t);
    QList<Id> ids;
    for (const auto &m : dash.nextMeetings)
        ids << m.meetingId;
    QCOMPARE(ids, QList<Id>({morning, afternoon, timed, untimed}));
    QCOMPARE(dash.nextMeetings.first().purpose, u"mi_parcours"_s);
    QCOMPARE(dash.nextMeetings.first().household.reference, u"A"_s);
}

void TestDashboard::nextCommittee()
{
    Builder &b = *m_build;
    const QDate t = m_today;
    const Id north = b.agency(u"NORD"_s);
    const Id south = b.agency(u"SUD"_s);
    const Id action = b.action(u"ACT"_s);
    const Id n1 = b.followed(u"N1"_s, north, action, t.addDays(-300));
    const Id n2 = b.followed(u"N2"_s, north, action, t.addDays(-300));
    const Id s1 = b.followed(u"S1"_s, south, action, t.addDays(-300));
    b.committee(north, t.addDays(-1), {n1});
    const Id northNext = b.committee(north, t, {n2, n1});
    b.committee(north, t.addDays(90), {n1});
    const Id southNext = b.committee(south, t, {s1});
    QVERIFY2(b.ok(), qPrintable(b.error()));

    const AgencyDashboard northDash = load(t, north);
    QVERIFY(northDash.nextCommittee);
    QCOMPARE(northDash.nextCommittee->id, northNext);
    QCOMPARE(northDash.nextCommittee->date, t);
    QCOMPARE(northDash.nextCommittee->time, QTime(14, 0));
    QCOMPARE(northDash.nextCommittee->agencyId, north);
    QCOMPARE(referencesOf(northDash.nextCommittee->households),
             QStringList({u"N2"_s, u"N1"_s}));
    const AgencyDashboard southDash = load(t, south);
    QCOMPARE(southDash.nextCommittee->id, southNext);
    QCOMPARE(referencesOf(southDash.nextCommittee->households), QStringList({u"S1"_s}));
    // Over every agency: the soonest (same day and time: the first recorded).
    QCOMPARE(load(t).nextCommittee->id, northNext);
    // Nothing planned after the last committee.
    QVERIFY(!load(t.addDays(91), north).nextCommittee);
}

void TestDashboard::checksToDo()
{
    Builder &b = *m_build;
    const QDate t = m_today; // 15/06/2026
    const Id north = b.agency(u"NORD"_s);
    const Id action = b.action(u"ACT"_s);
    SupportRepository supports(m_test->db());
    // Planned checks: the support ended on 15/12/2025, so +6 months is due today.
    const Id today = b.household(u"A-TODAY"_s, north);
    const Id todaySupport = b.support(today, action, d("2024-01-01"), d("2025-12-15"));
    // Ended on 10/07/2025: +12 months in 25 days (shown); +6 months was made.
    const Id soon = b.household(u"B-SOON"_s, north);
    const Id soonSupport = b.support(soon, action, d("2024-01-01"), d("2025-07-10"));
    // Ended 01/11/2025: +6 months late (01/05/2026), not made.
    const Id late = b.household(u"C-LATE"_s, north);
    const Id lateSupport = b.support(late, action, d("2024-01-01"), d("2025-11-01"));
    // Ended 20/01/2026: +6 months due 20/07/2026, 35 days ahead (not yet).
    const Id later = b.household(u"D-LATER"_s, north);
    const Id laterSupport = b.support(later, action, d("2024-01-01"), d("2026-01-20"));
    // Never planned (an imported history): ended 01/06/2025, +6 months late since
    // 01/12/2025, +12 months late since 01/06/2026.
    const Id unplanned = b.household(u"E-UNPLANNED"_s, north);
    b.support(unplanned, action, d("2024-01-01"), d("2025-06-01"));
    // Still going on: nothing to check.
    b.followed(u"F-RUNNING"_s, north, action, d("2024-01-01"));
    QVERIFY2(b.ok(), qPrintable(b.error()));
    for (const Id id : {todaySupport, soonSupport, lateSupport, laterSupport}) {
        auto s = supports.get(TestDatabase::all(), id);
        QVERIFY(s);
        QVERIFY_OK(supports.planChecks(TestDatabase::all(), *s));
    }
    auto soonChecks = supports.checks(TestDatabase::all(), soonSupport);
    QVERIFY(soonChecks);
    PostSupportCheck made = soonChecks->first();
    QCOMPARE(made.offsetMonths, 6);
    made.doneDate = d("2026-01-12");
    made.stillHoused = true;
    QVERIFY_OK(supports.saveCheck(TestDatabase::all(), made));

    const AgencyDashboard dash = load(t);
    QStringList shown;
    for (const auto &c : dash.checksToDo)
        shown << c.household.reference + u" +"_s + QString::number(c.offsetMonths);
    QCOMPARE(shown, QStringList({u"E-UNPLANNED +6"_s, u"C-LATE +6"_s, u"E-UNPLANNED +12"_s,
                                 u"A-TODAY +6"_s, u"B-SOON +12"_s}));
    QCOMPARE(dash.checksToDo.at(0).checkId, Id(0)); // never planned
    QCOMPARE(dash.checksToDo.at(0).dueDate, d("2025-12-01"));
    const auto &lateCheck = dash.checksToDo.at(1);
    QCOMPARE(lateCheck.dueDate, d("2026-05-01"));
    QCOMPARE(lateCheck.daysLeft, qint64(-45));
    QVERIFY(lateCheck.checkId > 0);
    QCOMPARE(lateCheck.supportEnd, d("2025-11-01"));
    QCOMPARE(dash.checksToDo.at(2).dueDate, d("2026-06-01"));
    QCOMPARE(dash.checksToDo.at(3).daysLeft, qint64(0));
    QCOMPARE(dash.checksToDo.at(4).dueDate, d("2026-07-10"));
    QCOMPARE(dash.checksToDo.at(4).actionId, action);
}

void TestDashboard::glissantReviews()
{
    Builder &b = *m_build;
    const QDate t = m_today;
    const Id north = b.agency(u"NORD"_s);
    const Id action = b.action(u"ACT"_s);
    auto household = [&](const char *ref) {
        return b.followed(QString::fromLatin1(ref), north, action, t.addDays(-700));
    };
    const QString glissant = u"bail_glissant"_s;
    // Never reviewed, started exactly six months ago: due today.
    const Id sixMonths = b.leaseOfType(household("A-START"), glissant, d("2025-12-15"));
    // Reviewed: due 30 days ahead (shown) or 31 days (not yet).
    const Id in30 = b.leaseOfType(household("B-30"), glissant, d("2025-01-01"), {},
                            {d("2025-07-01"), d("2026-01-15")});
    b.leaseOfType(household("C-31"), glissant, d("2025-01-01"), {}, {d("2026-01-16")});
    // Overdue: the last review was eight months ago; a review dated after today is not done.
    const Id overdue = b.leaseOfType(household("D-OVERDUE"), glissant, d("2024-01-01"), {},
                               {d("2025-10-15"), t.addDays(5)});
    // A bail direct has no such review; an ended bail glissant no longer needs one.
    b.leaseOfType(household("E-DIRECT"), u"bail_direct"_s, d("2020-01-01"));
    b.leaseOfType(household("F-ENDED"), glissant, d("2024-01-01"), t.addDays(-1));
    // Starting later than today: not running yet.
    b.leaseOfType(household("G-LATER"), glissant, t.addDays(1));
    QVERIFY2(b.ok(), qPrintable(b.error()));

    const AgencyDashboard dash = load(t);
    QCOMPARE(referencesOf(dash.glissantReviewsDue),
             QStringList({u"D-OVERDUE"_s, u"A-START"_s, u"B-30"_s}));
    const auto &o = dash.glissantReviewsDue.at(0);
    QCOMPARE(o.leaseId, overdue);
    QCOMPARE(o.lastReview, d("2025-10-15"));
    QCOMPARE(o.dueDate, d("2026-04-15"));
    QVERIFY(o.daysLeft < 0);
    const auto &s = dash.glissantReviewsDue.at(1);
    QCOMPARE(s.leaseId, sixMonths);
    QVERIFY(!s.lastReview.isValid());
    QCOMPARE(s.leaseStart, d("2025-12-15"));
    QCOMPARE(s.dueDate, t);
    QCOMPARE(s.daysLeft, 0);
    QCOMPARE(dash.glissantReviewsDue.at(2).leaseId, in30);
    QCOMPARE(dash.glissantReviewsDue.at(2).daysLeft, 30);
}

void TestDashboard::contactsPerMonth()
{
    Builder &b = *m_build;
    const QDate t = m_today; // 2026-06-15: the chart runs from July 2025 to June 2026
    const Id north = b.agency(u"NORD"_s);
    const Id south = b.agency(u"SUD"_s);
    const Id action = b.action(u"ACT"_s);
    const Id h = b.followed(u"N"_s, north, action, d("2025-01-01"));
    const Id ended = b.followed(u"E"_s, north, action, d("2025-01-01"), d("2025-09-30"));
    const Id s = b.followed(u"S"_s, south, action, d("2025-01-01"));
    b.contact(h, d("2025-06-30"));  // before the first month
    b.contact(h, d("2025-07-01"));  // first day of the first month
    b.contact(ended, d("2025-07-31"));
    b.contact(h, d("2026-01-31"));
    b.contact(h, d("2026-02-01"));
    b.contact(h, d("2026-02-28"));
    b.contact(h, t);                // today
    b.contact(s, t);
    b.contact(h, t.addDays(1));     // after "today"
    QVERIFY2(b.ok(), qPrintable(b.error()));

    const AgencyDashboard dash = load(t, north);
    QCOMPARE(dash.contactsPerMonth.size(), 12);
    QMap<QDate, qint64> expected;
    for (int i = 0; i < 12; ++i)
        expected.insert(d("2025-07-01").addMonths(i), 0);
    expected[d("2025-07-01")] = 2;
    expected[d("2026-01-01")] = 1;
    expected[d("2026-02-01")] = 2;
    expected[d("2026-06-01")] = 1;
    QList<QDate> months;
    for (const auto &m : dash.contactsPerMonth) {
        months << m.month;
        QCOMPARE(m.contacts, expected.value(m.month, -1));
    }
    QCOMPARE(months, Dashboard::chartMonths(t));
    // Every agency: the contact of the south agency too.
    QCOMPARE(load(t).contactsPerMonth.last().contacts, 2);
    QCOMPARE(load(t, south).contactsPerMonth.last().contacts, 1);
    // On the last day of a month, the chart starts with the month after that of a year ago.
    const AgencyDashboard july = load(d("2025-07-31"), north);
    QCOMPARE(july.contactsPerMonth.first().month, d("2024-08-01"));
    QCOMPARE(july.contactsPerMonth.last().month, d("2025-07-01"));
    QCOMPARE(july.contactsPerMonth.last().contacts, 2);
    QCOMPARE(july.contactsPerMonth.at(10).contacts, 1); // June 2025
}

void TestDashboard::agencyScopeHidesAnotherAgency()
{
    Builder &b = *m_build;
    const QDate t = m_today;
    const Id north = b.agency(u"NORD"_s);
    const Id south = b.agency(u"SUD"_s);
    const Id action = b.action(u"ACT"_s);
    const Id n = b.followed(u"N"_s, north, action, t.addDays(-300));
    const Id s = b.followed(u"S"_s, south, action, t.addDays(-300));
    for (Id h : {n, s}) {
        b.contact(h, t.addDays(-100));
        b.alert(h, t.addDays(-5));
        b.meeting(h, t.addDays(4), QTime(10, 0));
        b.contract(h, action, {t.addDays(5)});
        b.objectives(h, action, {{u"en_cours"_s, t.addDays(-3)}});
        b.leaseOfType(h, u"bail_glissant"_s, d("2025-06-01"));
        b.committee(h == n ? north : south, t.addDays(7), {h});
    }
    QVERIFY2(b.ok(), qPrintable(b.error()));

    const auto shows = [](const AgencyDashboard &dash) {
        QSet<QString> refs;
        for (const auto &x : dash.householdsFollowed)
            refs << x.household.reference;
        for (const auto &x : dash.silentHouseholds)
            refs << x.household.reference;
        for (const auto &x : dash.contractsEnding)
            refs << x.household.reference;
        for (const auto &x : dash.overdueObjectives)
            refs << x.household.reference;
        for (const auto &x : dash.openAlerts)
            refs << x.household.reference;
        for (const auto &x : dash.nextMeetings)
            refs << x.household.reference;
        for (const auto &x : dash.glissantReviewsDue)
            refs << x.household.reference;
        if (dash.nextCommittee) {
            for (const auto &x : dash.nextCommittee->households)
                refs << x.reference;
        }
        return refs;
    };
    const auto sections = [](const AgencyDashboard &dash) {
        return QList<qsizetype>{dash.householdsFollowed.size(), dash.silentHouseholds.size(),
                                dash.contractsEnding.size(), dash.overdueObjectives.size(),
                                dash.openAlerts.size(), dash.nextMeetings.size(),
                                dash.glissantReviewsDue.size()};
    };

    const AgencyDashboard everything = load(t);
    QCOMPARE(shows(everything), QSet<QString>({u"N"_s, u"S"_s}));
    QCOMPARE(sections(everything), QList<qsizetype>({2, 2, 2, 2, 2, 2, 2}));
    const AgencyDashboard southAsked = load(t, south);
    QCOMPARE(shows(southAsked), QSet<QString>({u"S"_s}));
    QCOMPARE(sections(southAsked), QList<qsizetype>({1, 1, 1, 1, 1, 1, 1}));
    QCOMPARE(southAsked.contactsPerMonth.at(8).contacts, 1); // March 2026

    const Scope northOnly = Scope::agency(north, u"cesf"_s);
    const AgencyDashboard own = load(t, 0, 30, northOnly);
    QCOMPARE(own.agencyId, north);
    QCOMPARE(shows(own), QSet<QString>({u"N"_s}));
    QCOMPARE(sections(own), QList<qsizetype>({1, 1, 1, 1, 1, 1, 1}));
    QCOMPARE(own.nextCommittee->agencyId, north);

    const AgencyDashboard hidden = load(t, south, 30, northOnly);
    QVERIFY(shows(hidden).isEmpty());
    QCOMPARE(sections(hidden), QList<qsizetype>({0, 0, 0, 0, 0, 0, 0}));
    QVERIFY(!hidden.nextCommittee);
    for (const auto &m : hidden.contactsPerMonth)
        QCOMPARE(m.contacts, 0);
}

void TestDashboard::silentDaysSetting()
{
    Database &db = m_test->db();
    auto days = Dashboard::silentDaysSetting(db);
    QVERIFY(days);
    QCOMPARE(*days, 30);
    QVERIFY(Dashboard::setSilentDaysSetting(db, all(), 45));
    QCOMPARE(*Dashboard::silentDaysSetting(db), 45);
    QCOMPARE(*OrganisationRepository(db).setting(u"no_contact_days"_s), u"45"_s);

    const Status zero = Dashboard::setSilentDaysSetting(db, all(), 0);
    QVERIFY(!zero);
    QCOMPARE(zero.error().kind, Error::Kind::Validation);
    QVERIFY(!Dashboard::setSilentDaysSetting(db, all(), Dashboard::MaxSilentDays + 1));
    QCOMPARE(*Dashboard::silentDaysSetting(db), 45);

    // A value written by hand that makes no sense falls back to the default.
    QVERIFY(OrganisationRepository(db).setSetting(all(), u"no_contact_days"_s, u"trente"_s));
    QCOMPARE(*Dashboard::silentDaysSetting(db), Dashboard::DefaultSilentDays);

    // The demo sets it.
    TestDatabase demo;
    QVERIFY(Demo::populate(demo.db(), Passerelle::Clock::today()));
    QCOMPARE(*Dashboard::silentDaysSetting(demo.db()), 30);
    QCOMPARE(*OrganisationRepository(demo.db()).setting(u"no_contact_days"_s), u"30"_s);
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
