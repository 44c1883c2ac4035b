// The rules the household file tabs rely on: housing history (entry, relogement, glissement on
// the document, reviews of a bail glissant), the comparison of diagnostics, the state of a
// tripartite meeting, and the renewal and amendment of a support contract.
#include "TestChecks.h"
#include "Clock.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "households/ContractRules.h"
#include "households/DiagnosticComparison.h"
#include "households/HouseholdDocument.h"
#include "households/HousingRules.h"
#include "households/MeetingRules.h"
#include "households/PathRules.h"
#include "households/SamePerson.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::TestDatabase;

Q_DECLARE_METATYPE(std::optional<DiagnosticLevel>)
Q_DECLARE_METATYPE(DomainTrend)

namespace {

/// A file with one dwelling (id 7) and a bail glissant on it from `start`.
HouseholdFile glissantFile(const QDate &start, const QDate &end = {})
{
    HouseholdFile f;
    f.household.id = 3;
    f.household.agencyId = 2;
    Dwelling d;
    d.id = 7;
    d.address = u"4 rue des Lilas"_s;
    d.commune = u"Toulouse"_s;
    f.dwellings.insert(d.id, d);
    Lease l;
    l.id = 11;
    l.householdId = 3;
    l.dwellingId = 7;
    l.type = u"bail_glissant"_s;
    l.startReason = u"entree"_s;
    l.startDate = start;
    l.endDate = end;
    f.leases << l;
    return f;
}

Dwelling newDwelling(const QString &address)
{
    Dwelling d;
    d.address = address;
    d.postalCode = u"31200"_s;
    d.commune = u"Toulouse"_s;
    d.typology = u"t3"_s;
    return d;
}

/// Ends the household's running leases on 31/12/2025 and saves a new bail glissant from
/// 01/01/2026 in a new dwelling (ending on `end` for `reason`, when given). Its stored id, or
/// the error.
Result<Id> saveNewGlissant(HouseholdDocument &doc, const QDate &end = {},
                           const QString &reason = {})
{
    Status recorded;
    doc.edit(u"entry"_s, [&](HouseholdFile &f) {
        for (Lease &l : f.leases) {
            if (!l.endDate.isValid())
                l.endDate = QDate(2025, 12, 31);
        }
        Dwelling d = newDwelling(u"9 allée des Demoiselles"_s);
        d.agencyId = f.household.agencyId;
        const auto id = HousingRules::recordEntry(f, d, u"bail_glissant"_s, QDate(2026, 1, 1));
        if (!id) {
            recorded = id.error();
            return;
        }
        for (Lease &l : f.leases) {
            if (l.id == *id) {
                l.endDate = end;
                l.endReason = reason;
            }
        }
    });
    PASSERELLE_CHECK(recorded);
    PASSERELLE_CHECK(doc.save());
    for (const Lease &l : doc.file().leases) {
        if (l.type == u"bail_glissant")
            return l.id;
    }
    return Error::notFound(u"no bail glissant saved"_s);
}

Diagnostic diagnostic(const QString &kind, const QDate &date,
                      const QList<DiagnosticDomainAssessment> &domains)
{
    Diagnostic d;
    d.kind = kind;
    d.date = date;
    d.domains = domains;
    return d;
}

ContractVersion version(int number, const QDate &start, const QDate &end)
{
    ContractVersion v;
    v.number = number;
    v.kind = number == 1 ? u"initial"_s : u"renouvellement"_s;
    v.startDate = start;
    v.endDate = end;
    return v;
}

} // namespace

class TestHouseholdRecordRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void nextReviewDue_data();
    void nextReviewDue();
    void glissementOnTheFile();
    void glissementRefused();
    void glissementKeepsAnEarlierEnd();
    void glissementSavedAsTheRepositoryDoesIt();
    void glissementRuleIsOneForEveryCaller();
    void relogement();
    void entry();
    void overlapIsAProblemOfTheLease();
    void removeLeaseTakesItsReviewsAndNewDwelling();
    void labels();

    void trend_data();
    void trend();
    void compareDiagnostics();
    void chooseDiagnostics();

    void meetingState();

    void renewal_data();
    void renewal();
    void renewalRefused();
    void amendment();
    void noVersionAfterTheSupportEnded();
    void referralAndSupportFillEachOther();
    void samePerson();
    void objectiveDueBeforeSigningFlagged();
    void newContract();
    void entryStartsTheSupport();
    void contractEndFollowsItsStart();

private:
    Id householdId(TestDatabase &test, const QString &reference);
};

void TestHouseholdRecordRules::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
}

Id TestHouseholdRecordRules::householdId(TestDatabase &test, const QString &reference)
{
    auto id = HouseholdRepository(test.db()).findByReference(TestDatabase::all(), reference);
    return id && id->has_value() ? **id : 0;
}

// --- housing ---------------------------------------------------------------------------------

void TestHouseholdRecordRules::nextReviewDue_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QList<QDate>>("reviews");
    QTest::addColumn<QDate>("expected");

    const QDate none;
    QTest::newRow("no review: start + 6 months")
            << u"bail_glissant"_s << none << QList<QDate>{} << QDate(2024, 7, 15);
    QTest::newRow("after the latest review, in any order")
            << u"bail_glissant"_s << none
            << QList<QDate>{QDate(2024, 7, 10), QDate(2025, 1, 20), QDate(2024, 12, 1)}
            << QDate(2025, 7, 20);
    QTest::newRow("an undated review is ignored")
            << u"bail_glissant"_s << none << QList<QDate>{QDate()} << QDate(2024, 7, 15);
    QTest::newRow("end of month") << u"bail_glissant"_s << none << QList<QDate>{QDate(2024, 8, 31)}
                                  << QDate(2025, 2, 28);
    QTest::newRow("ended lease: none due")
            << u"bail_glissant"_s << QDate(2024, 12, 31) << QList<QDate>{} << none;
    QTest::newRow("bail direct: none due") << u"bail_direct"_s << none << QList<QDate>{} << none;
}

void TestHouseholdRecordRules::nextReviewDue()
{
    QFETCH(QString, type);
    QFETCH(QDate, end);
    QFETCH(QList<QDate>, reviews);
    QFETCH(QDate, expected);
    Lease l;
    l.type = type;
    l.startDate = QDate(2024, 1, 15);
    l.endDate = end;
    QList<LeaseReview> list;
    for (const QDate &d : reviews) {
        LeaseReview r;
        r.date = d;
        list << r;
    }
    QCOMPARE(HousingRules::nextReviewDue(l, list), expected);
}

void TestHouseholdRecordRules::glissementOnTheFile()
{
    HouseholdFile f = glissantFile(QDate(2024, 1, 15));
    const auto id = HousingRules::recordGlissement(f, 11, QDate(2024, 10, 1), Clock::today());
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    QVERIFY(*id < 0);
    QCOMPARE(f.leases.size(), 2);
    const Lease &glissant = f.leases.at(0);
    QCOMPARE(glissant.type, u"bail_glissant"_s);
    QCOMPARE(glissant.endDate, QDate(2024, 9, 30));
    QCOMPARE(glissant.endReason, u"glissement"_s);
    const Lease &direct = f.leases.at(1);
    QCOMPARE(direct.id, *id);
    QCOMPARE(direct.householdId, Id(3));
    QCOMPARE(direct.dwellingId, Id(7));
    QCOMPARE(direct.type, u"bail_direct"_s);
    QCOMPARE(direct.startReason, u"glissement"_s);
    QCOMPARE(direct.startDate, QDate(2024, 10, 1));
    QVERIFY(!direct.endDate.isValid());
    QVERIFY(direct.endReason.isEmpty());
    QCOMPARE(f.dwellings.size(), 1);
    // The day after the start is the earliest glissement.
    HouseholdFile early = glissantFile(QDate(2024, 1, 15));
    QVERIFY(HousingRules::recordGlissement(early, 11, QDate(2024, 1, 16), Clock::today()));
    QCOMPARE(early.leases.at(0).endDate, QDate(2024, 1, 15));
}

void TestHouseholdRecordRules::glissementRefused()
{
    const HouseholdFile original = glissantFile(QDate(2024, 1, 15), QDate(2024, 12, 31));
    HouseholdFile f = original;
    // On or before the start of the bail glissant.
    QVERIFY(!HousingRules::recordGlissement(f, 11, QDate(2024, 1, 15), Clock::today()));
    QVERIFY(!HousingRules::recordGlissement(f, 11, QDate(2023, 6, 1), Clock::today()));
    QVERIFY(!HousingRules::recordGlissement(f, 11, QDate(), Clock::today()));
    // More than a day after its end.
    QVERIFY(!HousingRules::recordGlissement(f, 11, QDate(2025, 1, 2), Clock::today()));
    // A lease that is not in the file, or not a bail glissant.
    QCOMPARE(HousingRules::recordGlissement(f, 99, QDate(2024, 6, 1), Clock::today()).error().kind,
             Error::Kind::NotFound);
    HouseholdFile direct = original;
    direct.leases[0].type = u"bail_direct"_s;
    QCOMPARE(HousingRules::recordGlissement(direct, 11, QDate(2024, 6, 1), Clock::today()).error().kind,
             Error::Kind::Validation);
    // A day still to come (here: 04/12/2027 recorded on 17/06/2026), in the file and in
    // the rule the database and the import use; the day itself is accepted.
    HouseholdFile running = glissantFile(QDate(2024, 1, 15));
    const auto future = HousingRules::recordGlissement(running, 11, QDate(2027, 12, 4),
                                                       QDate(2026, 6, 17));
    QVERIFY(!future);
    QCOMPARE(future.error().kind, Error::Kind::Validation);
    QVERIFY2(future.error().message.contains(u"04/12/2027"_s), qPrintable(future.error().message));
    QVERIFY(!HousingRules::glissement(running.leases.at(0), QDate(2026, 6, 18), QDate(2026, 6, 17)));
    QVERIFY(HousingRules::glissement(running.leases.at(0), QDate(2026, 6, 17), QDate(2026, 6, 17)));
    QCOMPARE(f, original);
    // The day after its end is still accepted: the bail direct follows it.
    QVERIFY(HousingRules::recordGlissement(f, 11, QDate(2025, 1, 1), Clock::today()));
    QCOMPARE(f.leases.at(0).endDate, QDate(2024, 12, 31));
    QCOMPARE(f.leases.at(1).startDate, QDate(2025, 1, 1));
    // A second glissement of the same lease would overlap the bail direct.
    const HouseholdFile slid = f;
    QVERIFY(!HousingRules::recordGlissement(f, 11, QDate(2024, 6, 1), Clock::today()));
    QCOMPARE(f, slid);
}

void TestHouseholdRecordRules::glissementKeepsAnEarlierEnd()
{
    HouseholdFile f = glissantFile(QDate(2024, 1, 15), QDate(2025, 3, 31));
    f.leases[0].endReason = u"Départ chez un membre de la famille"_s;
    QVERIFY(HousingRules::recordGlissement(f, 11, QDate(2025, 1, 1), Clock::today()));
    QCOMPARE(f.leases.at(0).endDate, QDate(2024, 12, 31));
    QCOMPARE(f.leases.at(0).endReason, u"glissement"_s);
    QCOMPARE(f.leases.at(1).endDate, QDate(2025, 3, 31));
    QCOMPARE(f.leases.at(1).endReason, u"Départ chez un membre de la famille"_s);
}

void TestHouseholdRecordRules::glissementRuleIsOneForEveryCaller()
{
    // The rule itself: both leases, the end and its reason handed to the bail direct.
    Lease glissant;
    glissant.id = 11;
    glissant.householdId = 1;
    glissant.dwellingId = 5;
    glissant.type = u"bail_glissant"_s;
    glissant.startDate = QDate(2024, 1, 15);
    glissant.endDate = QDate(2025, 3, 31);
    glissant.endReason = u"Départ chez un membre de la famille"_s;
    const auto g = HousingRules::glissement(glissant, QDate(2025, 1, 1), Clock::today());
    QVERIFY(g);
    QCOMPARE(g->ended.endDate, QDate(2024, 12, 31));
    QCOMPARE(g->ended.endReason, u"glissement"_s);
    QCOMPARE(g->direct.type, u"bail_direct"_s);
    QCOMPARE(g->direct.dwellingId, Id(5));
    QCOMPARE(g->direct.startReason, u"glissement"_s);
    QCOMPARE(g->direct.endDate, QDate(2025, 3, 31));
    QCOMPARE(g->direct.endReason, u"Départ chez un membre de la famille"_s);
    const auto again = HousingRules::glissement(g->ended, QDate(2024, 6, 1), Clock::today());
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(u"already slid"_s), qPrintable(again.error().message));

    // The database refuses the second glissement of a lease that slid and keeps the end
    // reason, as the file does (the repository had its own copy of the rule, which did not).
    TestDatabase test;
    QVERIFY(test.isValid());
    QVERIFY(Demo::populate(test.db(), Passerelle::Clock::today()));
    const Scope scope = TestDatabase::all();
    const Id household = householdId(test, u"RES-2025-10"_s);
    HouseholdDocument doc(test.db(), scope);
    QVERIFY(doc.open(household));
    TAKE(stored, saveNewGlissant(doc, QDate(2026, 11, 30),
                                 u"Départ chez un membre de la famille"_s));
    const LeaseRepository leases(test.db());
    const auto direct = leases.recordGlissement(scope, stored, QDate(2026, 5, 1));
    QVERIFY2(direct, qPrintable(direct ? QString() : direct.error().fullText()));
    QCOMPARE(direct->endDate, QDate(2026, 11, 30));
    QCOMPARE(direct->endReason, u"Départ chez un membre de la famille"_s);
    const auto twice = leases.recordGlissement(scope, stored, QDate(2026, 6, 1));
    QVERIFY(!twice);
    QVERIFY2(twice.error().message.contains(u"already slid"_s), qPrintable(twice.error().message));
    // And the overlap is named the same way by the file and by the database.
    Lease overlapping;
    overlapping.householdId = household;
    overlapping.dwellingId = direct->dwellingId;
    overlapping.type = u"bail_direct"_s;
    overlapping.startReason = u"entree"_s;
    overlapping.startDate = QDate(2026, 9, 1);
    const Status refused = leases.save(scope, overlapping);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, HousingRules::overlapMessage(QDate(2026, 5, 1)));
}

void TestHouseholdRecordRules::glissementSavedAsTheRepositoryDoesIt()
{
    TestDatabase test;
    QVERIFY(test.isValid());
    QVERIFY(Demo::populate(test.db(), Passerelle::Clock::today()));
    const Scope scope = TestDatabase::all();
    // Two households of the demo each get a new bail glissant in a new dwelling; one slides
    // on the document, the other through the repository.
    const QList<Id> households{householdId(test, u"RES-2025-10"_s),
                               householdId(test, u"RES-2025-11"_s)};
    QList<QList<Lease>> results;
    for (int way = 0; way < 2; ++way) {
        HouseholdDocument doc(test.db(), scope);
        QVERIFY(doc.open(households.at(way)));
        TAKE(storedGlissant, saveNewGlissant(doc));
        Status saved;
        if (way == 0) {
            doc.edit(u"glissement"_s, [&](HouseholdFile &f) {
                QVERIFY(HousingRules::recordGlissement(f, storedGlissant, QDate(2026, 5, 1),
                                                        Clock::today()));
            });
            saved = doc.save();
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));
        } else {
            QVERIFY(LeaseRepository(test.db()).recordGlissement(scope, storedGlissant,
                                                                QDate(2026, 5, 1)));
        }
        auto leases = LeaseRepository(test.db()).forHousehold(scope, households.at(way));
        QVERIFY(leases);
        results << *leases;
    }
    // The last two leases of each (the households had different histories before).
    for (qsizetype back = 1; back <= 2; ++back) {
        QVERIFY(results.at(0).size() >= 2 && results.at(1).size() >= 2);
        const Lease &a = results.at(0).at(results.at(0).size() - back);
        const Lease &b = results.at(1).at(results.at(1).size() - back);
        QCOMPARE(a.type, b.type);
        QCOMPARE(a.startReason, b.startReason);
        QCOMPARE(a.startDate, b.startDate);
        QCOMPARE(a.endDate, b.endDate);
        QCOMPARE(a.endReason, b.endReason);
    }
    const Lease &direct = results.at(0).last();
    const Lease &glissant = results.at(0).at(results.at(0).size() - 2);
    QCOMPARE(direct.type, u"bail_direct"_s);
    QCOMPARE(direct.dwellingId, glissant.dwellingId);
    QCOMPARE(glissant.endDate, QDate(2026, 4, 30));
}

void TestHouseholdRecordRules::relogement()
{
    HouseholdFile f = glissantFile(QDate(2024, 1, 15));
    f.leases[0].type = u"bail_direct"_s;
    const auto id = HousingRules::recordRelogement(f, 11, newDwelling(u"12 rue Castelvielh"_s),
                                                   u"bail_direct"_s, QDate(2025, 5, 15));
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    QCOMPARE(f.leases.size(), 2);
    QCOMPARE(f.leases.at(0).endDate, QDate(2025, 5, 14));
    QCOMPARE(f.leases.at(0).endReason, u"relogement"_s);
    const Lease &next = f.leases.at(1);
    QCOMPARE(next.id, *id);
    QCOMPARE(next.startDate, QDate(2025, 5, 15));
    QCOMPARE(next.startReason, u"relogement"_s);
    QVERIFY(!next.endDate.isValid());
    QVERIFY(next.dwellingId < 0);
    QVERIFY(next.dwellingId != next.id);
    QVERIFY(f.dwellings.contains(next.dwellingId));
    QCOMPARE(f.dwellings.value(next.dwellingId).address, u"12 rue Castelvielh"_s);
    QCOMPARE(f.dwellings.value(next.dwellingId).agencyId, Id(2));
    QCOMPARE(f.dwellings.size(), 2);

    const HouseholdFile before = glissantFile(QDate(2024, 1, 15), QDate(2024, 6, 30));
    HouseholdFile g = before;
    // Not after the start; long after the end; a dwelling without address.
    QVERIFY(!HousingRules::recordRelogement(g, 11, newDwelling(u"x"_s), u"bail_direct"_s,
                                            QDate(2024, 1, 15)));
    QVERIFY(!HousingRules::recordRelogement(g, 11, newDwelling(u"x"_s), u"bail_direct"_s,
                                            QDate(2024, 9, 1)));
    QVERIFY(!HousingRules::recordRelogement(g, 11, newDwelling(QString()), u"bail_direct"_s,
                                            QDate(2024, 5, 1)));
    QVERIFY(!HousingRules::recordRelogement(g, 11, newDwelling(u"x"_s), QString(),
                                            QDate(2024, 5, 1)));
    QCOMPARE(g, before);
    // The day after its end, a move into another dwelling is still a relogement.
    QVERIFY(HousingRules::recordRelogement(g, 11, newDwelling(u"x"_s), u"bail_direct"_s,
                                           QDate(2024, 7, 1)));
}

void TestHouseholdRecordRules::entry()
{
    HouseholdFile f = glissantFile(QDate(2024, 1, 15));
    const HouseholdFile before = f;
    // The household still holds its lease: refused.
    QVERIFY(!HousingRules::recordEntry(f, newDwelling(u"x"_s), u"bail_direct"_s,
                                       QDate(2025, 1, 1)));
    QCOMPARE(f, before);
    f.leases[0].endDate = QDate(2024, 12, 31);
    // Back into the same dwelling (already in the file).
    const auto id = HousingRules::recordEntry(f, f.dwellings.value(7), u"bail_direct"_s,
                                              QDate(2025, 2, 1));
    QVERIFY(id);
    QCOMPARE(f.leases.size(), 2);
    QCOMPARE(f.leases.last().dwellingId, Id(7));
    QCOMPARE(f.leases.last().startReason, u"entree"_s);
    QCOMPARE(f.dwellings.size(), 1);
    // A dwelling that is not in the file, an undated entry.
    HouseholdFile empty;
    Dwelling unknown = newDwelling(u"y"_s);
    unknown.id = 42;
    QCOMPARE(HousingRules::recordEntry(empty, unknown, u"bail_direct"_s, QDate(2030, 1, 1))
                     .error()
                     .kind,
             Error::Kind::NotFound);
    QVERIFY(!HousingRules::recordEntry(empty, newDwelling(u"y"_s), u"bail_direct"_s, QDate()));
    QVERIFY(empty.leases.isEmpty());
    QVERIFY(empty.dwellings.isEmpty());
    // A new household's first entry.
    const auto first = HousingRules::recordEntry(empty, newDwelling(u"z"_s), u"bail_glissant"_s,
                                                 QDate(2026, 3, 2));
    QVERIFY(first);
    QCOMPARE(empty.leases.size(), 1);
    QCOMPARE(empty.dwellings.size(), 1);
    QVERIFY(empty.leases.first().dwellingId != empty.leases.first().id);
}

void TestHouseholdRecordRules::overlapIsAProblemOfTheLease()
{
    HouseholdFile f = glissantFile(QDate(2024, 1, 15), QDate(2024, 12, 31));
    Lease second = f.leases.first();
    second.id = -1;
    second.startDate = QDate(2024, 12, 31);
    second.endDate = QDate();
    f.leases << second;
    const ReferenceCatalog refs;
    Problems problems = HousingRules::check(f, second, refs);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, u"startDate"_s);
    second.startDate = QDate(2025, 1, 1);
    f.leases[1] = second;
    QVERIFY(HousingRules::check(f, second, refs).isEmpty());
    // And the lease's own rules (end before start) beside the end date.
    second.endDate = QDate(2024, 6, 1);
    problems = HousingRules::check(f, second, refs);
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().field, u"endDate"_s);
}

void TestHouseholdRecordRules::removeLeaseTakesItsReviewsAndNewDwelling()
{
    HouseholdFile f = glissantFile(QDate(2024, 1, 15), QDate(2024, 12, 31));
    LeaseReview r;
    r.id = 5;
    r.leaseId = 11;
    r.date = QDate(2024, 7, 1);
    f.reviews.insert(11, {r});
    const auto id = HousingRules::recordEntry(f, newDwelling(u"x"_s), u"bail_direct"_s,
                                              QDate(2025, 1, 1));
    QVERIFY(id);
    const Id newDwellingId = f.leases.last().dwellingId;
    HousingRules::removeLease(f, *id);
    QVERIFY(!f.dwellings.contains(newDwellingId));
    HousingRules::removeLease(f, 11);
    QVERIFY(f.leases.isEmpty());
    QVERIFY(f.reviews.isEmpty());
    // A stored dwelling stays (other records or households may use it).
    QVERIFY(f.dwellings.contains(7));
}

void TestHouseholdRecordRules::labels()
{
    const ReferenceCatalog refs;
    Dwelling d = newDwelling(u"12 rue Castelvielh"_s);
    QCOMPARE(HousingRules::dwellingLabel(d, refs), u"12 rue Castelvielh, 31200 Toulouse (T3)"_s);
    QCOMPARE(HousingRules::endReasonLabel(u"Mutation vers un T3"_s, refs),
             u"Mutation vers un T3"_s);
    QCOMPARE(HousingRules::endReasonLabel(u"glissement"_s, refs),
             refs.label(ReferenceList::LeaseStartReason, u"glissement"_s));
    QCOMPARE(HousingRules::history(glissantFile(QDate(2024, 1, 1))).size(), 1);
}

// --- diagnostics -----------------------------------------------------------------------------

void TestHouseholdRecordRules::trend_data()
{
    using L = std::optional<DiagnosticLevel>;
    QTest::addColumn<L>("from");
    QTest::addColumn<L>("to");
    QTest::addColumn<DomainTrend>("expected");
    QTest::newRow("3 → 1 better") << L(DiagnosticLevel::Major) << L(DiagnosticLevel::Light)
                                  << DomainTrend::Better;
    QTest::newRow("0 → 2 worse") << L(DiagnosticLevel::None) << L(DiagnosticLevel::Important)
                                 << DomainTrend::Worse;
    QTest::newRow("1 → 1 same") << L(DiagnosticLevel::Light) << L(DiagnosticLevel::Light)
                                << DomainTrend::Same;
    QTest::newRow("0 → 0 same") << L(DiagnosticLevel::None) << L(DiagnosticLevel::None)
                                << DomainTrend::Same;
    QTest::newRow("not assessed at entry")
            << L(DiagnosticLevel::NotEvaluated) << L(DiagnosticLevel::Light)
            << DomainTrend::NotComparable;
    QTest::newRow("not assessed later")
            << L(DiagnosticLevel::Major) << L(DiagnosticLevel::NotEvaluated)
            << DomainTrend::NotComparable;
    QTest::newRow("not filled in at entry")
            << L() << L(DiagnosticLevel::None) << DomainTrend::NotComparable;
    QTest::newRow("not filled in later")
            << L(DiagnosticLevel::Light) << L() << DomainTrend::NotComparable;
    QTest::newRow("neither") << L() << L() << DomainTrend::NotComparable;
}

void TestHouseholdRecordRules::trend()
{
    QFETCH(std::optional<DiagnosticLevel>, from);
    QFETCH(std::optional<DiagnosticLevel>, to);
    QFETCH(DomainTrend, expected);
    QCOMPARE(DiagnosticComparison::trend(from, to), expected);
}

void TestHouseholdRecordRules::compareDiagnostics()
{
    const Diagnostic entry = diagnostic(u"entree"_s, QDate(2024, 1, 10),
                                        {{u"sante"_s, DiagnosticLevel::Major, u"x"_s},
                                         {u"acces_droits"_s, DiagnosticLevel::Important, {}},
                                         {u"justice"_s, DiagnosticLevel::NotEvaluated, {}},
                                         {u"mobilite"_s, DiagnosticLevel::None, {}},
                                         {u"domaine_local"_s, DiagnosticLevel::Light, {}}});
    const Diagnostic latest = diagnostic(u"revision"_s, QDate(2024, 7, 10),
                                         {{u"acces_droits"_s, DiagnosticLevel::Light, {}},
                                          {u"sante"_s, DiagnosticLevel::Major, {}},
                                          {u"justice"_s, DiagnosticLevel::Light, {}},
                                          {u"mobilite"_s, DiagnosticLevel::Important, {}},
                                          {u"voisinage"_s, DiagnosticLevel::None, {}}});
    const QList<DomainChange> changes = Passerelle::compareDiagnostics(entry, latest);
    const QStringList builtIn = ReferenceLists::builtInCodes(ReferenceList::DiagnosticDomain);
    QCOMPARE(builtIn.size(), 13);
    // The 13 domains in reference-list order, then the administrator's domain.
    QCOMPARE(changes.size(), 14);
    for (int i = 0; i < 13; ++i)
        QCOMPARE(changes.at(i).domain, builtIn.at(i));
    QCOMPARE(changes.last().domain, u"domaine_local"_s);
    auto find = [&](const QString &domain) {
        for (const DomainChange &c : changes)
            if (c.domain == domain)
                return c;
        return DomainChange{};
    };
    QCOMPARE(find(u"acces_droits"_s).trend, DomainTrend::Better);
    QCOMPARE(find(u"acces_droits"_s).entry, std::optional(DiagnosticLevel::Important));
    QCOMPARE(find(u"acces_droits"_s).latest, std::optional(DiagnosticLevel::Light));
    QCOMPARE(find(u"sante"_s).trend, DomainTrend::Same);
    QCOMPARE(find(u"mobilite"_s).trend, DomainTrend::Worse);
    QCOMPARE(find(u"justice"_s).trend, DomainTrend::NotComparable);
    QCOMPARE(find(u"justice"_s).entry, std::optional(DiagnosticLevel::NotEvaluated));
    QCOMPARE(find(u"voisinage"_s).trend, DomainTrend::NotComparable);
    QVERIFY(!find(u"voisinage"_s).entry.has_value());
    QVERIFY(!find(u"parentalite"_s).entry.has_value());
    QVERIFY(!find(u"parentalite"_s).latest.has_value());
    QVERIFY(!find(u"domaine_local"_s).latest.has_value());
    const DomainChangeCounts counts = DiagnosticComparison::count(changes);
    QCOMPARE(counts.better, 1);
    QCOMPARE(counts.worse, 1);
    QCOMPARE(counts.same, 1);
    QCOMPARE(counts.notComparable, 11);
    // Labels exist for every level and trend, and say "not filled in" apart from "not assessed".
    QVERIFY(DiagnosticComparison::levelLabel(std::nullopt)
            != DiagnosticComparison::levelLabel(DiagnosticLevel::NotEvaluated));
    QVERIFY(DiagnosticComparison::trendLabel(DomainTrend::Better).startsWith(u"↓"_s));
    QVERIFY(DiagnosticComparison::trendLabel(DomainTrend::Worse).startsWith(u"↑"_s));
    QVERIFY(DiagnosticComparison::trendLabel(DomainTrend::Same).startsWith(u"="_s));
}

void TestHouseholdRecordRules::chooseDiagnostics()
{
    QList<Diagnostic> list;
    QCOMPARE(DiagnosticComparison::choose(list), ComparedDiagnostics{});
    list << diagnostic(u"revision"_s, QDate(2024, 6, 1), {});
    // No entry diagnostic: nothing to compare.
    QCOMPARE(DiagnosticComparison::choose(list).entry, -1);
    list << diagnostic(u"entree"_s, QDate(2024, 1, 5), {});
    QCOMPARE(DiagnosticComparison::choose(list), (ComparedDiagnostics{1, 0}));
    QVERIFY(DiagnosticComparison::choose(list).isComplete());
    list << diagnostic(u"sortie"_s, QDate(2025, 1, 5), {});
    list << diagnostic(u"entree"_s, QDate(2024, 2, 5), {}); // a later "entry": not the entry
    list << diagnostic(u"revision"_s, QDate(), {});         // undated: never the latest
    QCOMPARE(DiagnosticComparison::choose(list), (ComparedDiagnostics{1, 2}));
    // Only the entry diagnostic.
    const QList<Diagnostic> alone{diagnostic(u"entree"_s, QDate(2024, 1, 5), {})};
    QCOMPARE(DiagnosticComparison::choose(alone), (ComparedDiagnostics{0, -1}));
    QVERIFY(!DiagnosticComparison::choose(alone).isComplete());
}

// --- meetings --------------------------------------------------------------------------------

void TestHouseholdRecordRules::meetingState()
{
    using MeetingRules::State;
    const QDate today(2025, 3, 10);
    TripartiteMeeting m;
    m.date = today.addDays(3);
    QCOMPARE(MeetingRules::state(m, today), State::Planned);
    m.date = today;
    QCOMPARE(MeetingRules::state(m, today), State::Planned);
    m.date = today.addDays(-1);
    QCOMPARE(MeetingRules::state(m, today), State::OutcomeMissing);
    m.outcome = u"favorable"_s;
    QCOMPARE(MeetingRules::state(m, today), State::Held);
    m.date = today.addDays(5); // an outcome recorded ahead counts as held
    QCOMPARE(MeetingRules::state(m, today), State::Held);

    QList<TripartiteMeeting> list(4);
    list[0].date = today.addDays(30);
    list[1].date = today.addDays(-30);
    list[2].date = today.addDays(2);
    list[3].date = today.addDays(40);
    list[3].outcome = u"reporte"_s;
    QCOMPARE(MeetingRules::planned(list, today), (QList<qsizetype>{2, 0}));
}

// --- contracts -------------------------------------------------------------------------------

void TestHouseholdRecordRules::renewal_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QDate>("nextStart");
    QTest::addColumn<QDate>("nextEnd");
    QTest::newRow("12 months") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << QDate(2025, 1, 1)
                               << QDate(2025, 12, 31);
    QTest::newRow("6 months from the 15th")
            << QDate(2024, 3, 15) << QDate(2024, 9, 14) << QDate(2024, 9, 15) << QDate(2025, 3, 14);
    QTest::newRow("6 months from the 31st")
            << QDate(2024, 1, 31) << QDate(2024, 7, 30) << QDate(2024, 7, 31) << QDate(2025, 1, 30);
    QTest::newRow("1 month in February")
            << QDate(2024, 2, 1) << QDate(2024, 2, 29) << QDate(2024, 3, 1) << QDate(2024, 3, 31);
    QTest::newRow("not whole months: same number of days")
            << QDate(2024, 1, 10) << QDate(2024, 3, 1) << QDate(2024, 3, 2) << QDate(2024, 4, 22);
}

void TestHouseholdRecordRules::renewal()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QDate, nextStart);
    QFETCH(QDate, nextEnd);
    SupportContract c;
    c.versions << version(1, QDate(2023, 1, 1), QDate(2023, 12, 31)) << version(2, start, end);
    const auto next = ContractRules::renewal(c, nullptr);
    QVERIFY(next);
    QCOMPARE(next->number, 3);
    QCOMPARE(next->kind, u"renouvellement"_s);
    QCOMPARE(next->startDate, nextStart);
    QCOMPARE(next->endDate, nextEnd);
    QVERIFY(!next->date.isValid()); // signed later
}

void TestHouseholdRecordRules::renewalRefused()
{
    SupportContract c;
    QVERIFY(!ContractRules::renewal(c, nullptr));
    c.versions << version(1, QDate(2024, 1, 1), QDate());
    QVERIFY(!ContractRules::renewal(c, nullptr));
    c.versions[0].endDate = QDate(2023, 1, 1); // ends before it starts
    QVERIFY(!ContractRules::renewal(c, nullptr));
}

void TestHouseholdRecordRules::noVersionAfterTheSupportEnded()
{
    SupportContract c;
    c.actionId = 5;
    c.versions << version(1, QDate(2024, 2, 1), QDate(2025, 1, 31));
    Support s;
    s.actionId = 5;
    s.startDate = QDate(2024, 2, 1);
    // Going on: a renewal and an avenant are accepted.
    QVERIFY(ContractRules::renewal(c, &s));
    QVERIFY(ContractRules::amendment(c, &s, QDate(2024, 6, 1)));
    // Ended with the version: no renewal after it, no avenant once it is over.
    s.endDate = QDate(2025, 1, 31);
    const auto renewed = ContractRules::renewal(c, &s);
    QVERIFY(!renewed);
    QCOMPARE(renewed.error().kind, Error::Kind::Validation);
    QVERIFY2(renewed.error().message.contains(u"31/01/2025"_s), qPrintable(renewed.error().message));
    QVERIFY(!ContractRules::amendment(c, &s, QDate(2025, 3, 1)));
    QVERIFY(ContractRules::amendment(c, &s, QDate(2025, 1, 31))); // its last day still counts
    // A version added anyway (an older file, an import) is shown at its start date.
    HouseholdFile file;
    file.supports << s;
    SupportContract late = c;
    late.versions << version(2, QDate(2025, 2, 1), QDate(2026, 1, 31));
    late.versions[1].kind = u"renouvellement"_s;
    const Problems problems = ContractRules::check(file, late, ReferenceCatalog());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).field, u"versions[1].startDate"_s);
    QVERIFY(ContractRules::check(file, c, ReferenceCatalog()).isEmpty());
}

void TestHouseholdRecordRules::referralAndSupportFillEachOther()
{
    HouseholdFile f;
    Support s;
    s.id = 3;
    s.actionId = 5;
    f.supports << s;
    Referral pending;
    pending.id = 8;
    pending.actionId = 5;
    pending.date = QDate(2024, 1, 10);
    pending.outcome = u"en_cours"_s;
    Referral other = pending;
    other.id = 9;
    other.actionId = 6; // another action's: left alone
    f.referrals << pending << other;
    // Starting the support accepts its pending referral, on the start.
    PathRules::setSupportStart(f, 3, QDate(2024, 3, 1));
    QCOMPARE(f.supports.at(0).startDate, QDate(2024, 3, 1));
    QCOMPARE(f.referrals.at(0).outcome, u"acceptee"_s);
    QCOMPARE(f.referrals.at(0).outcomeDate, QDate(2024, 3, 1));
    QCOMPARE(f.referrals.at(1).outcome, u"en_cours"_s);
    // Moving the start afterwards leaves the decision as it is.
    PathRules::setSupportStart(f, 3, QDate(2024, 3, 4));
    QCOMPARE(f.referrals.at(0).outcomeDate, QDate(2024, 3, 1));
    // Accepting a referral by hand dates it from the support's start…
    f.referrals[0].outcome = u"en_cours"_s;
    f.referrals[0].outcomeDate = QDate();
    PathRules::setReferralOutcome(f, 8, u"acceptee"_s, QDate(2024, 6, 1));
    QCOMPARE(f.referrals.at(0).outcomeDate, QDate(2024, 3, 4));
    // …or from today when the support has not started; a refusal from today.
    PathRules::setReferralOutcome(f, 9, u"refus_cal"_s, QDate(2024, 6, 1));
    QCOMPARE(f.referrals.at(1).outcomeDate, QDate(2024, 6, 1));
    // A date already given stays; a pending outcome gets none.
    PathRules::setReferralOutcome(f, 9, u"non_lieu"_s, QDate(2024, 7, 1));
    QCOMPARE(f.referrals.at(1).outcomeDate, QDate(2024, 6, 1));
    f.referrals[1].outcomeDate = QDate();
    PathRules::setReferralOutcome(f, 9, u"en_cours"_s, QDate(2024, 7, 1));
    QVERIFY(!f.referrals.at(1).outcomeDate.isValid());
}

void TestHouseholdRecordRules::samePerson()
{
    Member stored;
    stored.lastName = u"DUPONT-MARTIN"_s;
    stored.firstName = u"Hélène"_s;
    stored.birthDate = QDate(1985, 4, 2);
    Member referred;
    referred.lastName = u"dupont martin"_s;
    referred.firstName = u"HELENE"_s;
    referred.birthDate = QDate(1985, 4, 2);
    QVERIFY(SamePerson::matches(stored, referred));
    referred.birthDate = QDate(); // not known yet: the names are enough
    QVERIFY(SamePerson::matches(stored, referred));
    referred.birthDate = QDate(1985, 4, 3);
    QVERIFY(!SamePerson::matches(stored, referred));
    referred.birthDate = QDate(1985, 4, 2);
    referred.firstName = u"Helena"_s;
    QVERIFY(!SamePerson::matches(stored, referred));
    referred.lastName.clear();
    referred.firstName.clear();
    QVERIFY(!SamePerson::matches(Member(), referred));
}

void TestHouseholdRecordRules::objectiveDueBeforeSigningFlagged()
{
    HouseholdFile file;
    SupportContract c;
    c.actionId = 5;
    c.versions << version(1, QDate(2024, 2, 1), QDate(2025, 1, 31));
    c.versions[0].date = QDate(2024, 2, 10);
    SupportPlan p;
    p.actionId = 5;
    Objective early;
    early.title = u"Ouvrir les droits APL"_s;
    early.targetDate = QDate(2024, 2, 5);
    early.status = u"a_faire"_s;
    Objective later = early;
    later.title = u"Régler la dette"_s;
    later.targetDate = QDate(2024, 6, 30);
    p.objectives << early << later;
    file.plans << p;
    QStringList warnings = ContractRules::printWarnings(file, c, 1);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.at(0).contains(u"Ouvrir les droits APL"_s), qPrintable(warnings.at(0)));
    QVERIFY2(warnings.at(0).contains(u"10/02/2024"_s), qPrintable(warnings.at(0)));
    // Not signed yet: its start (01/02/2024) counts.
    c.versions[0].date = QDate();
    QVERIFY(ContractRules::printWarnings(file, c, 0).isEmpty());
    file.plans[0].objectives[0].targetDate = QDate(2024, 1, 20);
    QCOMPARE(ContractRules::printWarnings(file, c, 0).size(), 1);
    // Reached before a renewal: history, not a mistake.
    file.plans[0].objectives[0].status = u"atteint"_s;
    QVERIFY(ContractRules::printWarnings(file, c, 0).isEmpty());
    file.plans[0].objectives[0].status = u"en_cours"_s;
    file.plans[0].objectives[0].targetDate = QDate(2024, 3, 1);
    QVERIFY(ContractRules::printWarnings(file, c, 1).isEmpty());
}

void TestHouseholdRecordRules::amendment()
{
    SupportContract c;
    QVERIFY(!ContractRules::amendment(c, nullptr, QDate(2024, 5, 1)));
    c.versions << version(1, QDate(2024, 1, 1), QDate(2024, 12, 31));
    auto a = ContractRules::amendment(c, nullptr, QDate(2024, 5, 1));
    QVERIFY(a);
    QCOMPARE(a->number, 2);
    QCOMPARE(a->kind, u"avenant"_s);
    QCOMPARE(a->startDate, QDate(2024, 5, 1));
    QCOMPARE(a->endDate, QDate(2024, 12, 31));
    // Before the version starts: from its start.
    a = ContractRules::amendment(c, nullptr, QDate(2023, 11, 1));
    QCOMPARE(a->startDate, QDate(2024, 1, 1));
    // After it ended: the whole period (a later avenant is dated by hand).
    a = ContractRules::amendment(c, nullptr, QDate(2025, 3, 1));
    QCOMPARE(a->startDate, QDate(2024, 1, 1));
    QCOMPARE(a->endDate, QDate(2024, 12, 31));
}

void TestHouseholdRecordRules::newContract()
{
    HouseholdFile f;
    f.household.id = 4;
    f.household.consentDate = QDate(2024, 2, 1);
    Member m1;
    m1.firstName = u"Ana"_s;
    m1.lastName = u"DUBOIS"_s;
    m1.signsContract = true;
    Member m2 = m1;
    m2.firstName = u"Léo"_s;
    m2.signsContract = false;
    f.household.members << m1 << m2;
    Support s;
    s.id = 9;
    s.actionId = 2;
    s.startDate = QDate(2024, 3, 1);
    f.supports << s;
    const SupportContract c = ContractRules::newContract(f, 2, QDate(2025, 1, 1));
    QVERIFY(c.id < 0);
    QCOMPARE(c.householdId, Id(4));
    QCOMPARE(c.actionId, Id(2));
    QCOMPARE(c.consentDate, QDate(2024, 2, 1));
    QCOMPARE(c.versions.size(), 1);
    QCOMPARE(c.versions.first().kind, u"initial"_s);
    QCOMPARE(c.versions.first().startDate, QDate(2024, 3, 1));
    QCOMPARE(c.versions.first().endDate, QDate(2025, 2, 28));
    QVERIFY(Validation::check(c, ReferenceCatalog()).isEmpty());
    // Without a support start: from today.
    QCOMPARE(ContractRules::newContract(f, 3, QDate(2025, 1, 1)).versions.first().startDate,
             QDate(2025, 1, 1));
    QCOMPARE(ContractRules::householdSignatories(f.household), QStringList{u"Ana DUBOIS"_s});
}

void TestHouseholdRecordRules::entryStartsTheSupport()
{
    HouseholdFile f;
    f.household.id = 4;
    Support s;
    s.id = 3;
    s.actionId = 5;
    f.supports << s;
    Referral r;
    r.id = 8;
    r.actionId = 5;
    r.date = QDate(2023, 1, 10);
    r.outcome = u"en_cours"_s;
    r.referrerName = u"Sophie Martin "_s;
    f.referrals << r;
    Diagnostic entry;
    entry.id = 11;
    entry.actionId = 5;
    entry.kind = u"entree"_s;
    entry.date = QDate(2023, 1, 25);
    entry.recommendedIntensity = u"soutenue"_s;
    Diagnostic later = entry; // written after the start: not the one the start follows
    later.id = 12;
    later.date = QDate(2023, 9, 1);
    later.recommendedIntensity = u"legere"_s;
    f.diagnostics << entry << later;
    // The entry starts the support on its day: the referral accepted, the referent the one
    // who referred, the intensity the diagnostic's.
    const auto lease = HousingRules::recordEntry(f, newDwelling(u"e"_s), u"bail_glissant"_s,
                                                 QDate(2023, 3, 1));
    QVERIFY(lease);
    // Its dwelling, new, has a temporary id until the save: no « the dwelling is required ».
    const Lease *entered = HousingRules::lease(f, *lease);
    QVERIFY(entered && entered->dwellingId < 0);
    const Problems leaseProblems = Validation::check(*entered, ReferenceCatalog());
    QVERIFY(std::none_of(leaseProblems.cbegin(), leaseProblems.cend(),
                         [](const FieldProblem &p) { return p.field == u"dwellingId"; }));
    QCOMPARE(f.supports.at(0).startDate, QDate(2023, 3, 1));
    QCOMPARE(f.referrals.at(0).outcome, u"acceptee"_s);
    QCOMPARE(f.referrals.at(0).outcomeDate, QDate(2023, 3, 1));
    QCOMPARE(f.supports.at(0).partnerReferent, u"Sophie Martin"_s);
    QCOMPARE(f.supports.at(0).intensity, u"soutenue"_s);
    // A support already started, or ended, keeps its dates; what was given stays.
    HouseholdFile g = f;
    g.leases.clear();
    g.supports[0].startDate = QDate(2022, 6, 1);
    g.supports[0].intensity = u"legere"_s;
    QVERIFY(HousingRules::recordEntry(g, newDwelling(u"f"_s), u"bail_direct"_s,
                                      QDate(2023, 3, 1)));
    QCOMPARE(g.supports.at(0).startDate, QDate(2022, 6, 1));
    QCOMPARE(g.supports.at(0).intensity, u"legere"_s);
    // A refused entry starts nothing.
    HouseholdFile h = f;
    h.supports[0].startDate = QDate();
    QVERIFY(!HousingRules::recordEntry(h, newDwelling(u"g"_s), u"bail_direct"_s,
                                       QDate(2023, 4, 1))); // overlaps the lease of 01/03
    QVERIFY(!h.supports.at(0).startDate.isValid());
}

void TestHouseholdRecordRules::contractEndFollowsItsStart()
{
    ContractVersion v;
    v.startDate = QDate(2026, 12, 7);
    v.endDate = ContractRules::endAfter(v.startDate, 12);
    QCOMPARE(v.endDate, QDate(2027, 12, 6));
    // Moved back to the signing, the end follows (12 months less a day).
    ContractRules::setVersionStart(v, QDate(2023, 3, 1), 12);
    QCOMPARE(v.endDate, QDate(2024, 2, 29));
    // An end typed apart stays where it was put.
    v.endDate = QDate(2024, 6, 30);
    ContractRules::setVersionStart(v, QDate(2023, 4, 1), 12);
    QCOMPARE(v.startDate, QDate(2023, 4, 1));
    QCOMPARE(v.endDate, QDate(2024, 6, 30));
    // The duration changed: the ends that followed it follow it still.
    SupportContract c;
    c.durationMonths = 12;
    ContractVersion first;
    first.startDate = QDate(2023, 3, 1);
    first.endDate = QDate(2024, 2, 29);
    ContractVersion apart = first;
    apart.endDate = QDate(2024, 1, 15);
    c.versions << first << apart;
    ContractRules::setDuration(c, 6);
    QCOMPARE(c.durationMonths, 6);
    QCOMPARE(c.versions.at(0).endDate, QDate(2023, 8, 31));
    QCOMPARE(c.versions.at(1).endDate, QDate(2024, 1, 15));
}

QTEST_GUILESS_MAIN(TestHouseholdRecordRules)
#include "tst_householdrecordrules.moc"
