// Follow-up committee suggestions: each reason (open alert, overdue objective, no recent
// contact) and its absence, on the day of the committee; only households in support; the
// agency and the reader's scope; the "no_contact_days" threshold; reasons without sensitive
// detail; on the demo database, the suggestions match a computation made independently from
// the repositories. Also the order of the committees list.

#include "TestChecks.h"
#include "Clock.h"
#include "TestBuilder.h"
#include "TestDatabase.h"
#include "committees/CommitteeOverview.h"
#include "committees/CommitteeSuggestions.h"
#include "demo/DemoData.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"
#include "storage/OrganisationRepository.h"

#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::TestDatabase;

namespace {

const QString kOpenAlert = QString::fromUtf16(CommitteeSuggestions::OpenAlert);
const QString kOverdue = QString::fromUtf16(CommitteeSuggestions::OverdueObjectives);
const QString kNoContact = QString::fromUtf16(CommitteeSuggestions::NoRecentContact);

const CommitteeSuggestion *find(const QList<CommitteeSuggestion> &list, Id household)
{
    for (const CommitteeSuggestion &s : list) {
        if (s.householdId == household)
            return &s;
    }
    return nullptr;
}

const SuggestionReason *reason(const CommitteeSuggestion *s, const QString &code)
{
    if (!s)
        return nullptr;
    for (const SuggestionReason &r : s->reasons) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

QList<Id> idsOf(const QList<CommitteeSuggestion> &list)
{
    QList<Id> ids;
    for (const CommitteeSuggestion &s : list)
        ids << s.householdId;
    return ids;
}

} // namespace

class TestCommitteeSuggestions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void nothingToSay();
    void openAlert();
    void alertOpenOnTheDayOfTheCommittee();
    void overdueObjectives();
    void objectivesOfEndedSupportsDoNotCount();
    void noRecentContact();
    void noContactThreshold();
    void neverContacted();
    void onlyHouseholdsInSupport();
    void severalReasons();
    void agencyAndScope();
    void demoMatchesRepositories();
    void overviewOrder();

private:
    Database &db() { return m_tdb->db(); }
    static Scope all() { return TestDatabase::all(); }
    QList<CommitteeSuggestion> suggest(Id agency, const QDate &date,
                                       const Scope &scope = TestDatabase::all());

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Testing::Builder> m_b;
    Id m_agencyA = 0;
    Id m_agencyB = 0;
    Id m_action = 0;
    Id m_action2 = 0;
    QDate m_today;
};

void TestCommitteeSuggestions::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
}

void TestCommitteeSuggestions::init()
{
    m_today = Passerelle::Clock::today();
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->isValid(), "the test database could not be created");
    m_b = std::make_unique<Testing::Builder>(db());
    Agency north;
    north.code = u"TLS-NORD"_s;
    north.name = u"Agence Toulouse Nord"_s;
    QVERIFY_OK(AgencyRepository(db()).save(all(), north));
    m_agencyA = north.id;
    Agency south;
    south.code = u"TLS-SUD"_s;
    south.name = u"Agence Toulouse Sud"_s;
    QVERIFY_OK(AgencyRepository(db()).save(all(), south));
    m_agencyB = south.id;
    Action laava;
    laava.code = u"LAAVA"_s;
    laava.name = u"Logement Accompagné Adapté Vers l'Autonomie"_s;
    laava.category = u"acces"_s;
    QVERIFY_OK(ActionRepository(db()).save(all(), laava));
    m_action = laava.id;
    Action asr;
    asr.code = u"ASR"_s;
    asr.name = u"Accompagnement Social Renforcé"_s;
    asr.category = u"maintien"_s;
    QVERIFY_OK(ActionRepository(db()).save(all(), asr));
    m_action2 = asr.id;
}

void TestCommitteeSuggestions::cleanup()
{
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    m_b.reset();
    m_tdb.reset();
}

QList<CommitteeSuggestion> TestCommitteeSuggestions::suggest(Id agency, const QDate &date,
                                                             const Scope &scope)
{
    auto result = CommitteeSuggestions::suggest(db(), scope, agency, date);
    if (!result) {
        qWarning("%s", qPrintable(result.error().fullText()));
        return {};
    }
    return *result;
}

void TestCommitteeSuggestions::nothingToSay()
{
    const Id h = m_b->followed(u"A-001"_s, m_agencyA, m_action, m_today.addDays(-200));
    QVERIFY(h > 0);
    m_b->contact(h, m_today.addDays(-5));
    // A closed alert, objectives reached, overdue tomorrow only, or due today: no reason.
    m_b->alert(h, m_today.addDays(-60), m_today.addDays(-20), u"impayes_loyer"_s);
    m_b->objectives(h, m_action, {{u"atteint"_s, m_today.addDays(-30)},
                          {u"abandonne"_s, m_today.addDays(-30)},
                          {u"partiellement_atteint"_s, m_today.addDays(-30)},
                          {u"en_cours"_s, m_today},
                          {u"a_faire"_s, m_today.addDays(10)},
                          {u"en_cours"_s, QDate()}});
    QVERIFY(suggest(m_agencyA, m_today).isEmpty());
}

void TestCommitteeSuggestions::openAlert()
{
    const Id h = m_b->followed(u"A-001"_s, m_agencyA, m_action, m_today.addDays(-200));
    m_b->contact(h, m_today.addDays(-3));
    m_b->alert(h, m_today.addDays(-10), {}, u"impayes_loyer"_s);
    const auto list = suggest(m_agencyA, m_today);
    QCOMPARE(idsOf(list), QList<Id>{h});
    const CommitteeSuggestion &s = list.first();
    QCOMPARE(s.codes(), QStringList{kOpenAlert});
    QCOMPARE(s.reference, u"A-001"_s);
    QCOMPARE(s.name, u"NOM-A-001 Prénom"_s);
    QCOMPARE(s.agencyId, m_agencyA);
    const SuggestionReason *r = reason(&s, kOpenAlert);
    QCOMPARE(r->count, 1);
    QCOMPARE(r->alertTypes, QStringList{u"impayes_loyer"_s});
    // The text names the type of alert, never its description or amount.
    QVERIFY(!r->text.isEmpty());
    QVERIFY2(r->text.contains(u"loyer"_s, Qt::CaseInsensitive)
                 || r->text.contains(u"rent"_s, Qt::CaseInsensitive),
             qPrintable(r->text));
    for (const QString &secret : {u"confidentiel"_s, u"1234"_s, u"1 234"_s}) {
        QVERIFY2(!s.reasonText().contains(secret, Qt::CaseInsensitive),
                 qPrintable(s.reasonText()));
    }

    // A second open alert of another type: both counted, both types named.
    m_b->alert(h, m_today.addDays(-2), {}, u"trouble_voisinage"_s);
    const auto two = suggest(m_agencyA, m_today);
    QCOMPARE(reason(find(two, h), kOpenAlert)->count, 2);
    QCOMPARE(reason(find(two, h), kOpenAlert)->alertTypes,
             (QStringList{u"impayes_loyer"_s, u"trouble_voisinage"_s}));
}

void TestCommitteeSuggestions::alertOpenOnTheDayOfTheCommittee()
{
    const Id h = m_b->followed(u"A-001"_s, m_agencyA, m_action, m_today.addDays(-200));
    m_b->contact(h, m_today.addDays(-25));
    m_b->contact(h, m_today.addDays(-1));
    m_b->alert(h, m_today.addDays(-20), m_today.addDays(-5), u"degradation"_s);
    // Closed since: not open today…
    QVERIFY(suggest(m_agencyA, m_today).isEmpty());
    // …but it was on the day of a committee ten days ago; closed on the day itself, it was not.
    QCOMPARE(find(suggest(m_agencyA, m_today.addDays(-10)), h)->codes(), QStringList{kOpenAlert});
    QVERIFY(!find(suggest(m_agencyA, m_today.addDays(-5)), h));
    // Raised after the day of the committee: not yet open then.
    QVERIFY(!find(suggest(m_agencyA, m_today.addDays(-21)), h));
}

void TestCommitteeSuggestions::overdueObjectives()
{
    const Id h = m_b->followed(u"A-001"_s, m_agencyA, m_action, m_today.addDays(-200));
    m_b->contact(h, m_today.addDays(-3));
    m_b->objectives(h, m_action, {{u"en_cours"_s, m_today.addDays(-1)},
                          {u"a_faire"_s, m_today.addDays(-40)},
                          {u"atteint"_s, m_today.addDays(-40)},
                          {u"en_cours"_s, m_today},
                          {u"en_cours"_s, m_today.addDays(5)}});
    const auto list = suggest(m_agencyA, m_today);
    QCOMPARE(idsOf(list), QList<Id>{h});
    QCOMPARE(list.first().codes(), QStringList{kOverdue});
    QCOMPARE(reason(&list.first(), kOverdue)->count, 2);
    QVERIFY(!list.first().reasonText().contains(u"confidentiel"_s, Qt::CaseInsensitive));
    // A committee in a week: those due today and in five days are overdue by then
    // (Objective::isOverdue on the day of the committee).
    const auto later = suggest(m_agencyA, m_today.addDays(7));
    QCOMPARE(reason(find(later, h), kOverdue)->count, 4);
}

void TestCommitteeSuggestions::objectivesOfEndedSupportsDoNotCount()
{
    const Id h = m_b->followed(u"A-001"_s, m_agencyA, m_action, m_today.addDays(-200));
    m_b->contact(h, m_today.addDays(-3));
    Support ended;
    ended.householdId = h;
    ended.actionId = m_action2;
    ended.householdKind = u"locataire_en_place"_s;
    ended.startDate = m_today.addDays(-700);
    ended.endDate = m_today.addDays(-300);
    ended.outcome = u"autonomie"_s;
    QVERIFY_OK(SupportRepository(db()).save(all(), ended));
    m_b->objectives(h, m_action2, {{u"en_cours"_s, m_today.addDays(-400)}});
    QVERIFY(suggest(m_agencyA, m_today).isEmpty());
}

void TestCommitteeSuggestions::noRecentContact()
{
    const Id h = m_b->followed(u"A-001"_s, m_agencyA, m_action, m_today.addDays(-200));
    m_b->contact(h, m_today.addDays(-100));
    m_b->contact(h, m_today.addDays(-45));
    const auto list = suggest(m_agencyA, m_today);
    QCOMPARE(idsOf(list), QList<Id>{h});
    QCOMPARE(list.first().codes(), QStringList{kNoContact});
    QCOMPARE(reason(&list.first(), kNoContact)->count, 45);
    QVERIFY(reason(&list.first(), kNoContact)->text.contains(u"45"_s));
    QVERIFY(!list.first().reasonText().contains(u"confidentiel"_s, Qt::CaseInsensitive));
    // A committee dated before the last contact counts from the contact before it.
    QCOMPARE(reason(find(suggest(m_agencyA, m_today.addDays(-50)), h), kNoContact)->count, 50);
    // Contacted since: nothing to say.
    m_b->contact(h, m_today.addDays(-2));
    QVERIFY(suggest(m_agencyA, m_today).isEmpty());
}

void TestCommitteeSuggestions::noContactThreshold()
{
    const Id at30 = m_b->followed(u"A-030"_s, m_agencyA, m_action, m_today.addDays(-200));
    m_b->contact(at30, m_today.addDays(-30));
    const Id at31 = m_b->followed(u"A-031"_s, m_agencyA, m_action, m_today.addDays(-200));
    m_b->contact(at31, m_today.addDays(-31));
    const Id at46 = m_b->followed(u"A-046"_s, m_agencyA, m_action, m_today.addDays(-200));
    m_b->contact(at46, m_today.addDays(-46));

    // No setting: 30 days; more than 30 days without contact is a reason.
    QCOMPARE(idsOf(suggest(m_agencyA, m_today)), (QList<Id>{at31, at46}));

    OrganisationRepository organisation(db());
    QVERIFY_OK(organisation.setSetting(all(), u"no_contact_days"_s, u"45"_s));
    QCOMPARE(idsOf(suggest(m_agencyA, m_today)), QList<Id>{at46});
    QVERIFY_OK(organisation.setSetting(all(), u"no_contact_days"_s, u"10"_s));
    QCOMPARE(idsOf(suggest(m_agencyA, m_today)), (QList<Id>{at30, at31, at46}));
    // A setting that is not a positive number falls back to 30 days.
    QVERIFY_OK(organisation.setSetting(all(), u"no_contact_days"_s, u"abc"_s));
    QCOMPARE(idsOf(suggest(m_agencyA, m_today)), (QList<Id>{at31, at46}));
    QCOMPARE(CommitteeSuggestions::noContactDaysFrom(u"0"_s), 30);
    QCOMPARE(CommitteeSuggestions::noContactDaysFrom(u" 60 "_s), 60);
}

void TestCommitteeSuggestions::neverContacted()
{
    const Id old = m_b->followed(u"A-001"_s, m_agencyA, m_action, m_today.addDays(-40));
    const Id recent = m_b->followed(u"A-002"_s, m_agencyA, m_action, m_today.addDays(-10));
    const auto list = suggest(m_agencyA, m_today);
    QCOMPARE(idsOf(list), QList<Id>{old});
    QCOMPARE(reason(&list.first(), kNoContact)->count, 40);
    QVERIFY(!find(list, recent));
    // Counted from the start of support; a support starting later has nothing to say yet.
    QVERIFY(suggest(m_agencyA, m_today.addDays(-45)).isEmpty());
}

void TestCommitteeSuggestions::onlyHouseholdsInSupport()
{
    // Referred, not supported yet; support ended; neither is reviewed, whatever happens.
    const Id referred = m_b->followed(u"A-001"_s, m_agencyA, m_action, QDate());
    m_b->alert(referred, m_today.addDays(-10), {}, u"impayes_loyer"_s);
    const Id ended = m_b->followed(u"A-002"_s, m_agencyA, m_action, m_today.addDays(-400),
                                   m_today.addDays(-100));
    m_b->alert(ended, m_today.addDays(-10), {}, u"impayes_loyer"_s);
    m_b->objectives(ended, m_action, {{u"en_cours"_s, m_today.addDays(-150)}});
    QVERIFY(suggest(m_agencyA, m_today).isEmpty());
    QVERIFY(suggest(0, m_today).isEmpty());
}

void TestCommitteeSuggestions::severalReasons()
{
    const Id h = m_b->followed(u"A-001"_s, m_agencyA, m_action, m_today.addDays(-200));
    m_b->contact(h, m_today.addDays(-60));
    m_b->alert(h, m_today.addDays(-10), {}, u"absence_prolongee"_s);
    m_b->objectives(h, m_action, {{u"a_faire"_s, m_today.addDays(-3)}});
    const auto list = suggest(m_agencyA, m_today);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().codes(), (QStringList{kOpenAlert, kOverdue, kNoContact}));
    for (const SuggestionReason &r : list.first().reasons)
        QVERIFY2(list.first().reasonText().contains(r.text), qPrintable(r.text));
}

void TestCommitteeSuggestions::agencyAndScope()
{
    const Id a1 = m_b->followed(u"A-001"_s, m_agencyA, m_action, m_today.addDays(-200));
    m_b->alert(a1, m_today.addDays(-10), {}, u"impayes_loyer"_s);
    const Id a2 = m_b->followed(u"A-002"_s, m_agencyA, m_action, m_today.addDays(-200));
    m_b->alert(a2, m_today.addDays(-10), {}, u"impayes_loyer"_s);
    const Id b1 = m_b->followed(u"B-001"_s, m_agencyB, m_action, m_today.addDays(-200));
    m_b->alert(b1, m_today.addDays(-10), {}, u"impayes_loyer"_s);

    QCOMPARE(idsOf(suggest(m_agencyA, m_today)), (QList<Id>{a1, a2}));
    QCOMPARE(idsOf(suggest(m_agencyB, m_today)), QList<Id>{b1});
    QCOMPARE(idsOf(suggest(0, m_today)), (QList<Id>{a1, a2, b1}));
    // A reader of agency B sees nothing of agency A, even when asking for it.
    const Scope south = Scope::agency(m_agencyB, u"s.bernard"_s);
    QVERIFY(suggest(m_agencyA, m_today, south).isEmpty());
    QCOMPARE(idsOf(suggest(0, m_today, south)), QList<Id>{b1});
    // No date, no suggestion: an error that says so.
    QVERIFY(!CommitteeSuggestions::suggest(db(), all(), m_agencyA, QDate()).ok());
}

void TestCommitteeSuggestions::demoMatchesRepositories()
{
    // The demo goes into an empty database.
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY(m_tdb->isValid());
    QVERIFY_OK(Demo::populate(db(), m_today));
    TAKE(setting, OrganisationRepository(db()).setting(u"no_contact_days"_s, u"30"_s));
    const int threshold = setting.toInt();
    TAKE(agencies, AgencyRepository(db()).list());
    QList<Id> agencyIds{0};
    for (const Agency &a : agencies)
        agencyIds << a.id;
    QSet<QString> seen;
    for (const QDate &date : {m_today, m_today.addDays(14), m_today.addDays(-60)}) {
        for (const Id agency : std::as_const(agencyIds)) {
            const auto list = suggest(agency, date);
            // Independently: the households list, then each household's records.
            HouseholdFilter filter;
            filter.agencyId = agency;
            filter.status = u"accompagnement"_s;
            TAKE(rows, HouseholdRepository(db()).list(all(), filter));
            QList<CommitteeSuggestion> expected;
            for (const HouseholdRow &row : rows) {
                TAKE(supports, SupportRepository(db()).forHousehold(all(), row.id));
                TAKE(alerts, AlertRepository(db()).forHousehold(all(), row.id));
                TAKE(plans, PlanRepository(db()).forHousehold(all(), row.id));
                TAKE(contacts, ContactRepository(db()).forHousehold(all(), row.id));
                CommitteeSuggestion s;
                s.householdId = row.id;
                s.reference = row.reference;
                s.name = row.displayName;
                s.agencyId = row.agencyId;
                QSet<Id> running;
                QDate start;
                for (const Support &sp : supports) {
                    if (sp.startDate.isValid() && !sp.endDate.isValid()) {
                        running.insert(sp.actionId);
                        if (!start.isValid() || sp.startDate < start)
                            start = sp.startDate;
                    }
                }
                int open = 0;
                QStringList types;
                for (const Alert &a : alerts) {
                    if (a.date <= date && (!a.closedDate.isValid() || a.closedDate > date)) {
                        ++open;
                        if (!types.contains(a.type))
                            types << a.type;
                    }
                }
                std::sort(types.begin(), types.end());
                if (open > 0) {
                    SuggestionReason r;
                    r.code = kOpenAlert;
                    r.count = open;
                    r.alertTypes = types;
                    s.reasons << r;
                }
                int late = 0;
                for (const SupportPlan &p : plans) {
                    if (!running.contains(p.actionId))
                        continue;
                    for (const Objective &o : p.objectives)
                        late += o.isOverdue(date) ? 1 : 0;
                }
                if (late > 0) {
                    SuggestionReason r;
                    r.code = kOverdue;
                    r.count = late;
                    s.reasons << r;
                }
                QDate last;
                for (const Contact &c : contacts) {
                    if (c.date <= date && (!last.isValid() || c.date > last))
                        last = c.date;
                }
                const QDate since = last.isValid() ? last : start;
                if (since.isValid() && since.daysTo(date) > threshold) {
                    SuggestionReason r;
                    r.code = kNoContact;
                    r.count = int(since.daysTo(date));
                    s.reasons << r;
                }
                if (!s.reasons.isEmpty())
                    expected << s;
            }
            // Compare all but the texts (the translation's business), then check the texts.
            QList<CommitteeSuggestion> actual = list;
            for (CommitteeSuggestion &s : actual) {
                for (SuggestionReason &r : s.reasons) {
                    QVERIFY(!r.text.isEmpty());
                    seen.insert(r.code);
                    r.text.clear();
                }
            }
            if (actual != expected) {
                QStringList got, want;
                for (const auto &s : std::as_const(actual))
                    got << s.reference + u':' + s.codes().join(u',');
                for (const auto &s : std::as_const(expected))
                    want << s.reference + u':' + s.codes().join(u',');
                QFAIL(qPrintable(u"agency %1 on %2: got %3, expected %4"_s.arg(agency)
                                     .arg(date.toString(Qt::ISODate), got.join(u' '),
                                          want.join(u' '))));
            }
        }
    }
    // The demo gives every kind of reason somewhere.
    QVERIFY(seen.contains(kOpenAlert));
    QVERIFY(seen.contains(kOverdue));
    QVERIFY(seen.contains(kNoContact));
}

void TestCommitteeSuggestions::overviewOrder()
{
    auto committee = [](Id id, const QDate &date, int reviews, int decided) {
        FollowUpCommittee c;
        c.id = id;
        c.agencyId = 1;
        c.date = date;
        for (int i = 0; i < reviews; ++i) {
            CommitteeReview r;
            r.householdId = 100 + i;
            r.decision = i < decided ? u"poursuite"_s : QString();
            c.reviews << r;
        }
        return c;
    };
    const QDate today(2026, 3, 10);
    const auto list = CommitteeOverviews::build({committee(1, today.addDays(-90), 4, 4),
                                                 committee(2, today.addDays(30), 2, 0),
                                                 committee(3, today, 3, 1),
                                                 committee(4, today.addDays(-1), 5, 2)},
                                                today);
    QList<Id> order;
    for (const CommitteeOverview &o : list)
        order << o.id;
    // Upcoming (today included) soonest first, then past, latest first.
    QCOMPARE(order, (QList<Id>{3, 2, 4, 1}));
    QCOMPARE(list.at(0).upcoming, true);
    QCOMPARE(list.at(1).upcoming, true);
    QCOMPARE(list.at(2).upcoming, false);
    QCOMPARE(list.at(2).households, 5);
    QCOMPARE(list.at(2).decisions, 2);
    QCOMPARE(list.at(3).decisions, 4);
}

QTEST_GUILESS_MAIN(TestCommitteeSuggestions)
#include "tst_committeesuggestions.moc"
