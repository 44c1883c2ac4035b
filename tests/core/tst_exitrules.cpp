// The rules behind the Plan, Suivi, Sortie and Historique tabs of a household file: due dates
// of the checks after support (from the 29th–31st too), time supported, check states, the
// plan's axes and order, contacts newest first, and the journal as people read it.
#include "TestDatabase.h"
#include "Clock.h"
#include "demo/DemoData.h"
#include "domain/FieldLabels.h"
#include "domain/HouseholdStatus.h"
#include "domain/Validation.h"
#include "domain/ReferenceLists.h"
#include "households/ExitRules.h"
#include "households/FollowUpRules.h"
#include "households/HistoryText.h"
#include "households/HouseholdDocument.h"
#include "households/PlanRules.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::TestDatabase;

class TestExitRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkDueDate_data();
    void checkDueDate();
    void planChecksAddsOnlyTheMissingOnes();
    void endDateMovesTheChecksNotDone();
    void stillOpenAtTheEnd();
    void exitDiagnosticProposedOnce();
    void endBeforeStartIsNoEnd();
    void checkDoneInTheFutureRefused();
    void checkStates_data();
    void checkStates();
    void timeSupported_data();
    void timeSupported();
    void objectivesByAxisAndMoves();
    void achievedProposesToday();
    void contactsNewestFirst();
    void alerts();
    void historyLines();
    void historyFilter();
    void historyNamesLinkedRecords();
    void plannedChecksAreStoredAsTheRepositoryPlansThem();
};

void TestExitRules::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
}

void TestExitRules::checkDueDate_data()
{
    QTest::addColumn<QDate>("end");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QDate>("due");
    QTest::newRow("plain") << QDate(2024, 3, 15) << 6 << QDate(2024, 9, 15);
    QTest::newRow("31 → 30") << QDate(2024, 3, 31) << 6 << QDate(2024, 9, 30);
    QTest::newRow("31/08 → 28/02") << QDate(2024, 8, 31) << 6 << QDate(2025, 2, 28);
    QTest::newRow("31/08 → 29/02 leap") << QDate(2023, 8, 31) << 6 << QDate(2024, 2, 29);
    QTest::newRow("30/08 → 28/02") << QDate(2024, 8, 30) << 6 << QDate(2025, 2, 28);
    QTest::newRow("29/08 → 29/02 leap") << QDate(2023, 8, 29) << 6 << QDate(2024, 2, 29);
    QTest::newRow("29/08 → 28/02") << QDate(2024, 8, 29) << 6 << QDate(2025, 2, 28);
    QTest::newRow("29/02 +12") << QDate(2024, 2, 29) << 12 << QDate(2025, 2, 28);
    QTest::newRow("29/02 +24") << QDate(2024, 2, 29) << 24 << QDate(2026, 2, 28);
    QTest::newRow("31/12 +6") << QDate(2024, 12, 31) << 6 << QDate(2025, 6, 30);
    QTest::newRow("31/01 +12") << QDate(2025, 1, 31) << 12 << QDate(2026, 1, 31);
    QTest::newRow("31/05 +24") << QDate(2024, 5, 31) << 24 << QDate(2026, 5, 31);
    QTest::newRow("no end") << QDate() << 6 << QDate();
}

void TestExitRules::checkDueDate()
{
    QFETCH(QDate, end);
    QFETCH(int, offset);
    QFETCH(QDate, due);
    QCOMPARE(ExitRules::checkDueDate(end, offset), due);
}

void TestExitRules::planChecksAddsOnlyTheMissingOnes()
{
    HouseholdFile file;
    Support s;
    s.id = 7;
    s.startDate = QDate(2023, 2, 1);
    file.supports << s;
    QVERIFY(ExitRules::missingChecks(s, {}).isEmpty());
    QCOMPARE(ExitRules::planChecks(file, 7), 0); // still going on
    QVERIFY(file.checks.isEmpty());

    file.supports[0].endDate = QDate(2024, 8, 31);
    PostSupportCheck existing;
    existing.id = 40;
    existing.supportId = 7;
    existing.offsetMonths = 12;
    existing.dueDate = QDate(2025, 8, 31);
    file.checks[7] << existing;
    QCOMPARE(ExitRules::missingChecks(file.supports[0], file.checks[7]), (QList<int>{6, 24}));
    QCOMPARE(ExitRules::planChecks(file, 7), 2);
    const QList<PostSupportCheck> &checks = file.checks[7];
    QCOMPARE(checks.size(), 3);
    QCOMPARE(checks[0].offsetMonths, 6);
    QCOMPARE(checks[0].dueDate, QDate(2025, 2, 28));
    QCOMPARE(checks[1].id, Id(40));
    QCOMPARE(checks[2].offsetMonths, 24);
    QCOMPARE(checks[2].dueDate, QDate(2026, 8, 31));
    QVERIFY(checks[0].id < 0);
    QVERIFY(checks[2].id < 0);
    QVERIFY(checks[0].id != checks[2].id);
    QCOMPARE(checks[0].supportId, Id(7));
    // Planned twice: nothing more.
    QCOMPARE(ExitRules::planChecks(file, 7), 0);
    QCOMPARE(file.checks[7].size(), 3);
    QCOMPARE(ExitRules::planChecks(file, 99), 0); // no such support
}

void TestExitRules::endDateMovesTheChecksNotDone()
{
    HouseholdFile file;
    Support s;
    s.id = -3; // a support not saved yet: its checks are keyed by its temporary id
    s.startDate = QDate(2023, 1, 2);
    s.endDate = QDate(2024, 1, 31);
    file.supports << s;
    QCOMPARE(ExitRules::planChecks(file, -3), 3);
    file.checks[-3][0].doneDate = QDate(2024, 8, 2);
    file.checks[-3][0].stillHoused = true;
    ExitRules::setEndDate(file, -3, QDate(2024, 2, 29));
    QCOMPARE(file.supports[0].endDate, QDate(2024, 2, 29));
    QCOMPARE(file.checks[-3][0].dueDate, QDate(2024, 7, 31)); // done: kept
    QCOMPARE(file.checks[-3][1].dueDate, QDate(2025, 2, 28));
    QCOMPARE(file.checks[-3][2].dueDate, QDate(2026, 2, 28));
    // Cleared: the plan stays until a new date is typed.
    ExitRules::setEndDate(file, -3, QDate());
    QVERIFY(!file.supports[0].endDate.isValid());
    QCOMPARE(file.checks[-3][1].dueDate, QDate(2025, 2, 28));
}

namespace {

/// A support of action 5 from 01/02/2024 to 31/01/2025, with its contract, plan, lease and
/// alerts: what a support usually leaves behind.
HouseholdFile endingFile()
{
    HouseholdFile file;
    file.household.id = 3;
    Support s;
    s.id = 7;
    s.actionId = 5;
    s.startDate = QDate(2024, 2, 1);
    s.endDate = QDate(2025, 1, 31);
    s.partnerReferent = u"Claire Martin"_s;
    file.supports << s;
    SupportContract c;
    c.actionId = 5;
    ContractVersion v;
    v.number = 1;
    v.kind = u"initial"_s;
    v.startDate = QDate(2024, 2, 1);
    v.endDate = QDate(2025, 7, 31);
    c.versions << v;
    file.contracts << c;
    SupportPlan p;
    p.actionId = 5;
    Objective reached;
    reached.title = u"Ouvrir les droits APL"_s;
    reached.status = u"atteint"_s;
    Objective open;
    open.title = u"Régler la dette de loyer"_s;
    open.status = u"en_cours"_s;
    p.objectives << reached << open;
    file.plans << p;
    Lease glissant;
    glissant.id = 11;
    glissant.type = u"bail_glissant"_s;
    glissant.startDate = QDate(2024, 2, 1);
    file.leases << glissant;
    Alert unpaid;
    unpaid.date = QDate(2024, 11, 5);
    unpaid.type = u"impayes_loyer"_s;
    Alert closed = unpaid;
    closed.date = QDate(2024, 6, 1);
    closed.closedDate = QDate(2024, 7, 1);
    file.alerts << unpaid << closed;
    return file;
}

} // namespace

void TestExitRules::stillOpenAtTheEnd()
{
    const ReferenceCatalog catalog;
    HouseholdFile file = endingFile();
    const QStringList open = ExitRules::stillOpen(file, 7, QDate(2025, 1, 31), catalog);
    QCOMPARE(open.size(), 4);
    QVERIFY2(open.at(0).contains(u"05/11/2024"_s), qPrintable(open.at(0)));   // the open alert
    QVERIFY2(open.at(1).contains(u"31/07/2025"_s), qPrintable(open.at(1)));   // the contract
    QVERIFY2(open.at(2).contains(u"Régler la dette"_s), qPrintable(open.at(2))); // not reached
    QVERIFY2(open.at(3).contains(u"01/02/2024"_s), qPrintable(open.at(3)));   // not slid
    // Each one closed: nothing left.
    file.alerts[0].closedDate = QDate(2025, 1, 10);
    file.contracts[0].versions[0].endDate = QDate(2025, 1, 31);
    file.plans[0].objectives[1].status = u"abandonne"_s;
    file.leases[0].endDate = QDate(2024, 9, 30);
    file.leases[0].endReason = u"glissement"_s;
    QVERIFY(ExitRules::stillOpen(file, 7, QDate(2025, 1, 31), catalog).isEmpty());
    QVERIFY(ExitRules::stillOpen(file, 99, QDate(2025, 1, 31), catalog).isEmpty());
}

void TestExitRules::exitDiagnosticProposedOnce()
{
    HouseholdFile file = endingFile();
    Diagnostic entry;
    entry.id = 20;
    entry.actionId = 5;
    entry.kind = u"entree"_s;
    entry.date = QDate(2024, 1, 20);
    entry.author = u"Paul Roux"_s;
    entry.partnerId = 4;
    entry.domains << DiagnosticDomainAssessment{u"budget"_s, DiagnosticLevel::Major, u"dettes"_s}
                  << DiagnosticDomainAssessment{u"sante"_s, DiagnosticLevel::Light, {}};
    file.diagnostics << entry;
    auto exit = ExitRules::exitDiagnostic(file, 7, QDate(2026, 6, 17));
    QVERIFY(exit);
    QCOMPARE(exit->kind, u"sortie"_s);
    QCOMPARE(exit->actionId, Id(5));
    QCOMPARE(exit->householdId, Id(3));
    QCOMPARE(exit->date, QDate(2025, 1, 31));
    QCOMPARE(exit->author, u"Paul Roux"_s);
    QCOMPARE(exit->partnerId, Id(4));
    QCOMPARE(exit->domains.size(), 2);
    QCOMPARE(exit->domains.at(0).domain, u"budget"_s);
    QCOMPARE(exit->domains.at(0).level, DiagnosticLevel::NotEvaluated);
    QVERIFY(exit->domains.at(0).observation.isEmpty());
    // An end still to come is dated today at the latest.
    QCOMPARE(ExitRules::exitDiagnostic(file, 7, QDate(2025, 1, 10))->date, QDate(2025, 1, 10));
    // Once written, it is not proposed again; nor while the support goes on.
    file.diagnostics << *exit;
    QVERIFY(!ExitRules::exitDiagnostic(file, 7, QDate(2026, 6, 17)));
    file.diagnostics.removeLast();
    file.supports[0].endDate = QDate();
    QVERIFY(!ExitRules::exitDiagnostic(file, 7, QDate(2026, 6, 17)));
}

void TestExitRules::endBeforeStartIsNoEnd()
{
    // The header shows « Accompagnement terminé » only for a support that really ended.
    QCOMPARE(HouseholdStatus::compute({{QDate(2024, 2, 1), QDate(2024, 1, 31)}}, {}),
             u"accompagnement"_s);
    QCOMPARE(HouseholdStatus::compute({{QDate(2024, 2, 1), QDate(2024, 2, 1)}}, {}),
             u"termine"_s);
    QCOMPARE(HouseholdStatus::compute({{QDate(2024, 2, 1), QDate()}}, {}), u"accompagnement"_s);
}

void TestExitRules::checkDoneInTheFutureRefused()
{
    PostSupportCheck check;
    check.offsetMonths = 6;
    check.dueDate = QDate(2026, 5, 1);
    check.doneDate = QDate(2026, 6, 18);
    check.stillHoused = true;
    const Problems problems = Validation::check(check, QDate(2026, 6, 17));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).field, u"doneDate"_s);
    QVERIFY(problems.at(0).message.at(0).isUpper());
    check.doneDate = QDate(2026, 6, 17);
    QVERIFY(Validation::check(check, QDate(2026, 6, 17)).isEmpty());
}

void TestExitRules::checkStates_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDate>("done");
    QTest::addColumn<int>("state");
    const QDate today(2025, 6, 15);
    using S = ExitRules::CheckState;
    QTest::newRow("done") << today.addDays(-90) << today.addDays(-80) << int(S::Done);
    QTest::newRow("done early") << today.addDays(90) << today << int(S::Done);
    QTest::newRow("late") << today.addDays(-1) << QDate() << int(S::Late);
    QTest::newRow("due today") << today << QDate() << int(S::Due);
    QTest::newRow("due in 30 days") << today.addDays(30) << QDate() << int(S::Due);
    QTest::newRow("upcoming") << today.addDays(31) << QDate() << int(S::Upcoming);
    QTest::newRow("unplanned") << QDate() << QDate() << int(S::Unplanned);
}

void TestExitRules::checkStates()
{
    QFETCH(QDate, due);
    QFETCH(QDate, done);
    QFETCH(int, state);
    PostSupportCheck c;
    c.dueDate = due;
    c.doneDate = done;
    QCOMPARE(int(ExitRules::checkState(c, QDate(2025, 6, 15))), state);
}

void TestExitRules::timeSupported_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<qint64>("days");
    QTest::addColumn<qint64>("tenths"); // -1: no figure
    QTest::newRow("a leap year") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << QDate(2025, 6, 1)
                                 << qint64(366) << qint64(120);
    QTest::newRow("LAAVA-2016-03") << QDate(2016, 2, 1) << QDate(2017, 3, 31)
                                   << QDate(2025, 1, 1) << qint64(425) << qint64(140);
    QTest::newRow("one day") << QDate(2024, 5, 2) << QDate(2024, 5, 2) << QDate(2025, 1, 1)
                             << qint64(1) << qint64(0);
    QTest::newRow("going on") << QDate(2025, 1, 1) << QDate() << QDate(2025, 3, 31)
                              << qint64(90) << qint64(30);
    QTest::newRow("not started") << QDate() << QDate() << QDate(2025, 3, 31) << qint64(0)
                                 << qint64(-1);
    QTest::newRow("starts later") << QDate(2025, 5, 1) << QDate() << QDate(2025, 3, 31)
                                  << qint64(0) << qint64(-1);
}

void TestExitRules::timeSupported()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QDate, today);
    QFETCH(qint64, days);
    QFETCH(qint64, tenths);
    Support s;
    s.startDate = start;
    s.endDate = end;
    const std::optional<Months> months = ExitRules::timeSupported(s, today);
    QCOMPARE(months.has_value(), tenths >= 0);
    if (months) {
        QCOMPARE(months->days, days);
        QCOMPARE(months->tenths(), tenths);
    }
}

void TestExitRules::objectivesByAxisAndMoves()
{
    const ReferenceCatalog catalog;
    SupportPlan plan;
    const auto add = [&plan](const char *axis, const char *title) {
        Objective o = PlanRules::newObjective(plan, QString::fromLatin1(axis));
        o.title = QString::fromLatin1(title);
        plan.objectives << o;
        return o.id;
    };
    const Id a = add("entretien_logement", "a");
    const Id b = add("budget_loyer", "b");
    const Id c = add("entretien_logement", "c");
    const Id d = add("", "d");
    const Id e = add("axe_importe", "e");
    QCOMPARE(QSet<Id>({a, b, c, d, e}).size(), 5);
    QVERIFY(a < 0 && e < 0);
    QCOMPARE(plan.objectives.first().status, u"a_faire"_s);

    // Axes in the reference list's order, then unknown ones, then objectives without an axis.
    const QList<PlanRules::AxisGroup> groups = PlanRules::byAxis(plan, catalog);
    QCOMPARE(groups.size(), 4);
    QCOMPARE(groups[0].axis, u"budget_loyer"_s);
    QCOMPARE(groups[0].objectives, QList<int>{1});
    QCOMPARE(groups[1].axis, u"entretien_logement"_s);
    QCOMPARE(groups[1].objectives, (QList<int>{0, 2}));
    QCOMPARE(groups[2].axis, u"axe_importe"_s);
    QCOMPARE(groups[3].axis, QString());

    // Moves stay within the axis: "c" jumps over "b".
    QVERIFY(!PlanRules::canMove(plan, 0, -1));
    QVERIFY(PlanRules::canMove(plan, 2, -1));
    QVERIFY(!PlanRules::canMove(plan, 1, 1));
    QVERIFY(PlanRules::move(plan, PlanRules::indexOf(plan, c), -1));
    QCOMPARE(plan.objectives[0].id, c);
    QCOMPARE(plan.objectives[2].id, a);
    QCOMPARE(plan.objectives[1].id, b);
    for (int i = 0; i < plan.objectives.size(); ++i)
        QCOMPARE(plan.objectives[i].position, i);
    QVERIFY(!PlanRules::move(plan, 0, -1));
    QCOMPARE(PlanRules::indexOf(plan, 12345), -1);
}

void TestExitRules::achievedProposesToday()
{
    const QDate today(2025, 6, 15);
    Objective o;
    o.status = u"en_cours"_s;
    PlanRules::setStatus(o, u"atteint"_s, today);
    QCOMPARE(o.status, u"atteint"_s);
    QCOMPARE(o.doneDate, today);
    // A date already given stays.
    o.doneDate = QDate(2025, 5, 2);
    PlanRules::setStatus(o, u"atteint"_s, today);
    QCOMPARE(o.doneDate, QDate(2025, 5, 2));
    Objective other;
    PlanRules::setStatus(other, u"en_cours"_s, today);
    QVERIFY(!other.doneDate.isValid());

    SupportPlan plan;
    o.targetDate = today.addDays(-1);
    o.status = u"en_cours"_s;
    plan.objectives << o;
    o.status = u"atteint"_s;
    plan.objectives << o;
    QCOMPARE(PlanRules::overdueCount(plan, today), 1);

    HouseholdFile file;
    file.household.id = 5;
    SupportPlan created = PlanRules::newPlan(file, 3, today);
    QVERIFY(created.id < 0);
    QCOMPARE(created.actionId, Id(3));
    QCOMPARE(created.householdId, Id(5));
    QCOMPARE(created.date, today);
    file.plans << created;
    QVERIFY(PlanRules::planOf(file, 3));
    QVERIFY(!PlanRules::planOf(file, 4));
    const MobilisedPartner p = PlanRules::newPartner(created, today);
    QVERIFY(p.id < 0);
    QCOMPARE(p.startDate, today);
}

void TestExitRules::contactsNewestFirst()
{
    HouseholdFile file;
    file.household.id = 9;
    Support older;
    older.id = 1;
    older.actionId = 100;
    older.startDate = QDate(2020, 1, 1);
    older.endDate = QDate(2021, 1, 1);
    Support current;
    current.id = 2;
    current.actionId = 200;
    current.startDate = QDate(2024, 1, 1);
    file.supports << older << current;
    QCOMPARE(FollowUpRules::supportActionOn(file, QDate(2020, 6, 1)), Id(100));
    QCOMPARE(FollowUpRules::supportActionOn(file, QDate(2025, 6, 1)), Id(200));
    QCOMPARE(FollowUpRules::supportActionOn(file, QDate(2022, 6, 1)), Id(0));

    for (int i = 0; i < 3; ++i) {
        Contact stored;
        stored.id = 10 + i;
        stored.date = QDate(2025, 6, 10 - i);
        stored.type = i == 1 ? u"telephone"_s : u"visite_domicile"_s;
        file.contacts << stored;
    }
    Contact c;
    c.date = QDate(2025, 6, 9);
    c.type = u"telephone"_s;
    const Id first = FollowUpRules::addContact(file, c);
    const Id second = FollowUpRules::addContact(file, c);
    QVERIFY(first < 0 && second < first);
    // 10/06 (id 10), then 09/06: the two new ones (latest added first), then id 11.
    QList<Id> order;
    for (const Contact &k : std::as_const(file.contacts))
        order << k.id;
    QCOMPARE(order, (QList<Id>{10, second, first, 11, 12}));
    const Contact &added = file.contacts.at(FollowUpRules::indexOfContact(file, first));
    QCOMPARE(added.householdId, Id(9));
    QCOMPARE(added.actionId, Id(200));
    QCOMPARE(FollowUpRules::contactsOfType(file.contacts, u"telephone"_s), (QList<int>{1, 2, 3}));
    QCOMPARE(FollowUpRules::contactsOfType(file.contacts, QString()).size(), 5);
    QCOMPARE(FollowUpRules::indexOfContact(file, 999), -1);
}

void TestExitRules::alerts()
{
    HouseholdFile file;
    Alert a;
    a.date = QDate(2025, 1, 5);
    a.type = u"impayes_loyer"_s;
    a.amount = 124050;
    const Id first = FollowUpRules::addAlert(file, a);
    a.date = QDate(2025, 3, 5);
    const Id second = FollowUpRules::addAlert(file, a);
    QCOMPARE(file.alerts[0].id, second);
    QCOMPARE(file.alerts[1].id, first);
    QCOMPARE(FollowUpRules::openAlertCount(file.alerts), 2);
    FollowUpRules::closeAlert(file.alerts[0], QDate(2025, 4, 1));
    QCOMPARE(file.alerts[0].closedDate, QDate(2025, 4, 1));
    FollowUpRules::closeAlert(file.alerts[0], QDate(2025, 5, 1)); // already closed
    QCOMPARE(file.alerts[0].closedDate, QDate(2025, 4, 1));
    QCOMPARE(FollowUpRules::openAlertCount(file.alerts), 1);
    QCOMPARE(FollowUpRules::indexOfAlert(file, first), 1);
}

void TestExitRules::historyLines()
{
    // Every operation and record the repositories journal has a name of its own.
    for (const char *op : {"read", "create", "update", "delete", "export", "print"})
        QVERIFY(HistoryText::operation(QString::fromLatin1(op)) != QString::fromLatin1(op));
    for (const char *entity :
         {"household", "member", "support", "referral", "diagnostic", "tripartite_meeting",
          "cal_decision", "dwelling", "lease", "lease_review", "contract", "support_plan",
          "contact", "alert", "post_support_check", "committee", "committee_review"})
        QVERIFY2(HistoryText::entity(QString::fromLatin1(entity)) != QString::fromLatin1(entity),
                 entity);
    QCOMPARE(HistoryText::operation(u"archive"_s), u"archive"_s);
    QCOMPARE(HistoryText::entity(u"spaceship"_s), u"spaceship"_s);

    AuditEntry e;
    e.at = QDateTime(QDate(2025, 3, 30), QTime(0, 30), Qt::UTC);
    e.login = u"cfabre"_s;
    e.operation = u"update"_s;
    e.entity = u"support"_s;
    e.summary = u"end_date: ∅ → 2025-03-01; outcome: ∅ → autonomie; end_notes"_s;
    const HistoryText::Line line = HistoryText::line(e, u"Claire Fabre"_s);
    QCOMPARE(line.when, e.at.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s));
    QCOMPARE(line.who, u"Claire Fabre"_s);
    QVERIFY(line.what.contains(HistoryText::operation(u"update"_s)));
    QVERIFY(line.what.contains(HistoryText::entity(u"support"_s)));
    QCOMPARE(line.details, FieldLabels::describe(e.summary, e.entity));
    QVERIFY(line.details.contains(FieldLabels::label(u"end_date"_s)));
    QVERIFY(line.details.contains(u"01/03/2025"_s));
    QVERIFY(!line.details.contains(u"end_notes"_s));
    // "outcome" is a code of the list of the record's kind: a support's outcome.
    QVERIFY(line.details.contains(
        ReferenceLists::label(ReferenceList::SupportOutcome, u"autonomie"_s)));
    // Without a known user, the login recorded.
    QCOMPARE(HistoryText::line(e).who, u"cfabre"_s);

    // A committee's review: the decision taken, as people read it.
    AuditEntry review;
    review.operation = u"update"_s;
    review.entity = u"committee_review"_s;
    review.summary = u"renouvellement_contrat"_s;
    const QString decision = HistoryText::line(review).details;
    QVERIFY(decision.contains(FieldLabels::label(u"decision"_s)));
    QVERIFY(decision.contains(
        ReferenceLists::label(ReferenceList::CommitteeDecision, u"renouvellement_contrat"_s)));
    QVERIFY(!decision.contains(u"renouvellement_contrat"_s));
    review.summary.clear(); // not decided yet
    QCOMPARE(HistoryText::line(review).details, QString());
}

void TestExitRules::historyFilter()
{
    HistoryText::Line line;
    line.when = u"30/03/2025 01:30"_s;
    line.who = u"Hélène Martin"_s;
    line.what = u"Change: Contact"_s;
    line.details = u"Type: Phone interview → Home visit"_s;
    QVERIFY(HistoryText::matches(line, QString()));
    QVERIFY(HistoryText::matches(line, u"  "_s));
    QVERIFY(HistoryText::matches(line, u"helene"_s));
    QVERIFY(HistoryText::matches(line, u"HOME  contact"_s));
    QVERIFY(HistoryText::matches(line, u"30/03"_s));
    QVERIFY(!HistoryText::matches(line, u"helene alerte"_s));
}

void TestExitRules::historyNamesLinkedRecords()
{
    // The journal stores ids and codes; the Historique tab gives names for them, as
    // HistoryTab does from its lookups and the file's dwellings.
    const QString address = u"12 rue Castelvielh, 31000 Toulouse (T3)"_s;
    HistoryText::Names names;
    names.dwelling = [&address](Id id) { return id == 27 ? address : QString(); };
    names.partner = [](Id id) { return id == 905 ? u"Habitat et Humanisme"_s : QString(); };
    names.action = [](Id id) { return id == 3312 ? u"AVDL 2025"_s : QString(); };
    names.user = [](Id id) { return id == 8071 ? u"Claire Fabre"_s : QString(); };
    const QString deleted = QCoreApplication::translate("Field", "(deleted)");

    // A lease moved into a dwelling: its address, never its id; a deleted partner reads as
    // such; the lease type with its label; the household it belongs to without its id.
    AuditEntry lease;
    lease.operation = u"update"_s;
    lease.entity = u"lease"_s;
    lease.summary = u"dwelling_id: ∅ → 27; type: ∅ → bail_glissant; "
                    u"subletter_partner_id: 905 → 906; end_reason: ∅ → glissement; "
                    u"household_id: 4417 → 4418"_s;
    const QString details = HistoryText::line(lease, {}, names).details;
    QVERIFY2(details.contains(FieldLabels::label(u"dwelling_id"_s) + QChar(0x00A0) + u": "_s
                              + FieldLabels::value(u"dwelling_id"_s, u"∅"_s) + u" → "_s
                              + address),
             qPrintable(details));
    QVERIFY(details.contains(
        ReferenceLists::label(ReferenceList::LeaseType, u"bail_glissant"_s)));
    QVERIFY(details.contains(u"Habitat et Humanisme → "_s + deleted));
    QVERIFY(details.contains(
        ReferenceLists::label(ReferenceList::LeaseStartReason, u"glissement"_s)));
    QVERIFY(details.contains(FieldLabels::label(u"household_id"_s)));
    for (const char *raw : {"27", "905", "906", "4417", "4418", "bail_glissant", "∅"})
        QVERIFY2(!details.contains(QString::fromUtf8(raw)), raw);

    // A contact: its action and author by name, its flag as yes/no, its type by label.
    AuditEntry contact;
    contact.operation = u"update"_s;
    contact.entity = u"contact"_s;
    contact.summary = u"action_id: 3312 → 3313; author_user_id: ∅ → 8071; shared: 0 → 1; "
                      u"type: telephone → visite_domicile"_s;
    const QString contactDetails = HistoryText::line(contact, {}, names).details;
    QVERIFY(contactDetails.contains(u"AVDL 2025 → "_s + deleted));
    QVERIFY(contactDetails.contains(u"Claire Fabre"_s));
    QVERIFY(contactDetails.contains(FieldLabels::label(u"shared"_s) + QChar(0x00A0) + u": "_s
                                    + QCoreApplication::translate("Field", "no") + u" → "_s
                                    + QCoreApplication::translate("Field", "yes")));
    QVERIFY(contactDetails.contains(
        ReferenceLists::label(ReferenceList::ContactType, u"visite_domicile"_s)));
    for (const char *raw : {"3312", "3313", "8071", "visite_domicile", "telephone"})
        QVERIFY2(!contactDetails.contains(QString::fromLatin1(raw)), raw);

    // A household's members: their fields read with labels too.
    AuditEntry household;
    household.operation = u"update"_s;
    household.entity = u"household"_s;
    household.summary = u"member 2: role: enfant → co_titulaire, signs_contract: 0 → 1"_s;
    const QString members = HistoryText::line(household, {}, names).details;
    QVERIFY(members.contains(ReferenceLists::label(ReferenceList::MemberRole, u"co_titulaire"_s)));
    QVERIFY(members.contains(FieldLabels::label(u"signs_contract"_s)));
    QVERIFY(!members.contains(u"co_titulaire"_s));

    // Labels of codes come from the caller's catalog when given (entries added by the
    // administrator).
    names.code = [](ReferenceList, const QString &code) -> QString { return u"«"_s + code + u"»"_s; };
    QVERIFY(HistoryText::line(contact, {}, names).details.contains(u"«visite_domicile»"_s));
}

void TestExitRules::plannedChecksAreStoredAsTheRepositoryPlansThem()
{
    TestDatabase test;
    QVERIFY(test.isValid());
    QVERIFY(Demo::populate(test.db(), Passerelle::Clock::today()));
    const auto found =
        HouseholdRepository(test.db()).findByReference(TestDatabase::all(), u"RES-2024-06"_s);
    QVERIFY(found && found->has_value());
    HouseholdDocument doc(test.db(), TestDatabase::all());
    QVERIFY(doc.open(**found));
    const Id supportId = doc.file().supports.first().id;
    QVERIFY(!doc.file().checks.contains(supportId));
    const QDate end(2025, 8, 31);
    int planned = 0;
    doc.edit(u"end"_s, [&](HouseholdFile &f) {
        ExitRules::setEndDate(f, supportId, end);
        f.supports.first().outcome = u"autonomie"_s;
        planned = ExitRules::planChecks(f, supportId);
    });
    QCOMPARE(planned, 3);
    const Status saved = doc.save();
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));
    const auto stored = SupportRepository(test.db()).checks(TestDatabase::all(), supportId);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 3);
    QCOMPARE(stored->at(0).dueDate, QDate(2026, 2, 28));
    QCOMPARE(stored->at(1).dueDate, QDate(2026, 8, 31));
    QCOMPARE(stored->at(2).dueDate, QDate(2027, 8, 31));
    QCOMPARE(doc.file().checks.value(supportId).size(), 3);
    QVERIFY(doc.file().checks.value(supportId).first().id > 0);

    // The repository's own planning of the other ended supports agrees with the rule.
    const auto all = SupportRepository(test.db()).all(TestDatabase::all());
    QVERIFY(all);
    int compared = 0;
    for (const Support &s : *all) {
        if (!s.endDate.isValid() || s.id == supportId)
            continue;
        const auto checks = SupportRepository(test.db()).checks(TestDatabase::all(), s.id);
        QVERIFY(checks);
        for (const PostSupportCheck &c : *checks) {
            QCOMPARE(c.dueDate, ExitRules::checkDueDate(s.endDate, c.offsetMonths));
            ++compared;
        }
    }
    QVERIFY(compared > 10);
}

QTEST_GUILESS_MAIN(TestExitRules)
#include "tst_exitrules.moc"
