// The money of an action: granted, received, spent and what follows from them, on hand-made
// actions and on the demo programmes.
#include "actions/ActionTotals.h"
#include "Clock.h"
#include "demo/DemoData.h"
#include "storage/DirectoryRepositories.h"

#include "TestDatabase.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::TestDatabase;

namespace {

FundingLine funding(Cents granted, Cents received)
{
    FundingLine f;
    f.source = u"etat"_s;
    f.amountGranted = granted;
    f.amountReceived = received;
    return f;
}

Expense expense(Cents amount)
{
    Expense e;
    e.date = QDate(2024, 3, 1);
    e.amount = amount;
    return e;
}

} // namespace

class TestActionTotals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyAction();
    void sumsLinesAndExpenses();
    void balanceMayBeNegative();
    void demoProgrammes();
};

void TestActionTotals::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
}

void TestActionTotals::emptyAction()
{
    const ActionTotals t = ActionTotals::of(Action{});
    QCOMPARE(t, ActionTotals{});
    QCOMPARE(t.balance(), Cents(0));
    QCOMPARE(t.toReceive(), Cents(0));
    QCOMPARE(t.unfunded(), Cents(0));
    QCOMPARE(t.budgetLeft(), Cents(0));
}

void TestActionTotals::sumsLinesAndExpenses()
{
    // "A later year: State aid 37 000 € for 3 actions": one action's share, half paid.
    Action a;
    a.budget = 2'000'000;
    a.fundingLines = {funding(1'233'300, 616'650), funding(500'000, 500'000)};
    a.expenses = {expense(400'000), expense(150'050)};
    const ActionTotals t = ActionTotals::of(a);
    QCOMPARE(t.budget, Cents(2'000'000));
    QCOMPARE(t.granted, Cents(1'733'300));
    QCOMPARE(t.received, Cents(1'116'650));
    QCOMPARE(t.spent, Cents(550'050));
    QCOMPARE(t.balance(), Cents(566'600));
    QCOMPARE(t.toReceive(), Cents(616'650));
    QCOMPARE(t.unfunded(), Cents(266'700));
    QCOMPARE(t.budgetLeft(), Cents(1'449'950));
}

void TestActionTotals::balanceMayBeNegative()
{
    // The landlord advances the money before the funder pays.
    Action a;
    a.budget = 100'000;
    a.fundingLines = {funding(150'000, 0)};
    a.expenses = {expense(80'000)};
    const ActionTotals t = ActionTotals::of(a);
    QCOMPARE(t.balance(), Cents(-80'000));
    QCOMPARE(t.toReceive(), Cents(150'000));
    QCOMPARE(t.unfunded(), Cents(-50'000));
}

void TestActionTotals::demoProgrammes()
{
    TestDatabase test;
    QVERIFY(test.isValid());
    QVERIFY(Demo::populate(test.db(), Passerelle::Clock::today()));
    ActionRepository repo(test.db());
    auto laava = repo.findByCode(u"LAAVA"_s);
    QVERIFY(laava && laava->has_value());
    // LAAVA: 49 500 € (DOMAIN.md), funded in full and spent in full.
    const ActionTotals t = ActionTotals::of(**laava);
    QCOMPARE(t.budget, Cents(4'950'000));
    QCOMPARE(t.granted, Cents(4'950'000));
    QCOMPARE(t.received, Cents(4'950'000));
    QCOMPARE(t.spent, Cents(4'950'000));
    QCOMPARE(t.balance(), Cents(0));
    QCOMPARE(t.unfunded(), Cents(0));
    // Without its children (as list() gives them), only the budget counts.
    auto all = repo.list();
    QVERIFY(all);
    for (const Action &a : *all) {
        if (a.code == u"LAAVA")
            QCOMPARE(ActionTotals::of(a).spent, Cents(0));
    }
}

QTEST_GUILESS_MAIN(TestActionTotals)
#include "tst_actiontotals.moc"
