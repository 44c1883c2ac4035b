// The open household file: edits are undoable until saved, "modified" follows the undo stack,
// a save writes every difference in one transaction (or nothing), new records get their ids.
#include "TestDatabase.h"
#include "Clock.h"
#include "demo/DemoData.h"
#include "households/HouseholdDocument.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::TestDatabase;

class TestHouseholdDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openEditUndoRedo();
    void saveWritesEverythingAndClearsHistory();
    void failedSaveWritesNothingAndKeepsEdits();
    void newHouseholdFromReferral();
    void revertDropsChanges();
    void conflictingSaveIsRefused();

private:
    Id householdId(const QString &reference);
    std::unique_ptr<TestDatabase> m_test;
};

void TestHouseholdDocument::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
}

void TestHouseholdDocument::init()
{
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(m_test->isValid());
    QVERIFY(Demo::populate(m_test->db(), Passerelle::Clock::today()));
}

void TestHouseholdDocument::cleanup()
{
    m_test.reset();
}

Id TestHouseholdDocument::householdId(const QString &reference)
{
    auto id = HouseholdRepository(m_test->db()).findByReference(TestDatabase::all(), reference);
    return id && id->has_value() ? **id : 0;
}

void TestHouseholdDocument::openEditUndoRedo()
{
    HouseholdDocument doc(m_test->db(), TestDatabase::all());
    QVERIFY(doc.open(householdId(u"RES-2024-06"_s)));
    QVERIFY(!doc.isModified());
    QSignalSpy modified(&doc, &HouseholdDocument::modifiedChanged);
    const QString before = doc.file().household.composition;
    doc.edit(u"composition"_s, [](HouseholdFile &f) { f.household.composition = u"autre"_s; });
    QVERIFY(doc.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(doc.file().household.composition, u"autre"_s);
    // An edit that changes nothing is not recorded.
    doc.edit(u"same"_s, [](HouseholdFile &f) { f.household.composition = u"autre"_s; });
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.file().household.composition, before);
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QCOMPARE(doc.file().household.composition, u"autre"_s);
    QVERIFY(doc.isModified());
}

void TestHouseholdDocument::saveWritesEverythingAndClearsHistory()
{
    const Id id = householdId(u"RES-2024-06"_s);
    HouseholdDocument doc(m_test->db(), TestDatabase::all());
    QVERIFY(doc.open(id));
    const qsizetype contacts = doc.file().contacts.size();
    doc.edit(u"contact"_s, [](HouseholdFile &f) {
        Contact c;
        c.id = f.nextTemporaryId();
        c.householdId = f.household.id;
        c.date = Passerelle::Clock::today();
        c.type = u"telephone"_s;
        c.notes = u"Point sur le budget."_s;
        f.contacts.prepend(c);
    });
    doc.edit(u"alert"_s, [](HouseholdFile &f) {
        for (Alert &a : f.alerts)
            if (a.isOpen()) {
                a.closedDate = Passerelle::Clock::today();
                a.resolution = u"Plan d'apurement signé."_s;
            }
    });
    doc.edit(u"phone"_s, [](HouseholdFile &f) { f.household.phone = u"06 00 00 00 00"_s; });
    const Status saved = doc.save();
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.file().contacts.size(), contacts + 1);
    QVERIFY(doc.file().contacts.first().id > 0);

    HouseholdDocument again(m_test->db(), TestDatabase::all());
    QVERIFY(again.open(id));
    QCOMPARE(again.file().contacts.size(), contacts + 1);
    QCOMPARE(again.file().household.phone, u"06 00 00 00 00"_s);
    for (const Alert &a : again.file().alerts)
        QVERIFY(!a.isOpen());
    QVERIFY(again.file().history.size() >= 3);
}

void TestHouseholdDocument::failedSaveWritesNothingAndKeepsEdits()
{
    const Id id = householdId(u"RES-2024-06"_s);
    HouseholdDocument doc(m_test->db(), TestDatabase::all());
    QVERIFY(doc.open(id));
    const auto countContacts = [this] {
        return m_test->db().scalar(u"SELECT COUNT(*) FROM contacts"_s)->toInt();
    };
    const int before = countContacts();
    doc.edit(u"contact"_s, [](HouseholdFile &f) {
        Contact c;
        c.id = f.nextTemporaryId();
        c.date = Passerelle::Clock::today();
        c.type = u"visite_domicile"_s;
        f.contacts.prepend(c);
    });
    // A support ending before it starts: refused, and the good contact is not written either.
    doc.edit(u"support"_s, [](HouseholdFile &f) {
        f.supports[0].endDate = f.supports[0].startDate.addDays(-1);
        f.supports[0].outcome = u"autonomie"_s;
    });
    const Status saved = doc.save();
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, Error::Kind::Validation);
    QCOMPARE(countContacts(), before);
    QVERIFY(doc.isModified());
    QCOMPARE(doc.undoStack()->count(), 2);
    // Correct and save again.
    doc.undoStack()->undo();
    QVERIFY(doc.save());
    QCOMPARE(countContacts(), before + 1);
}

void TestHouseholdDocument::newHouseholdFromReferral()
{
    const auto agencies = AgencyRepository(m_test->db()).list();
    const auto actions = ActionRepository(m_test->db()).list();
    HouseholdFile initial;
    initial.household.reference = u"NEW-001"_s;
    initial.household.agencyId = agencies->first().id;
    Member m;
    m.id = -1;
    m.lastName = u"LEGRAND"_s;
    m.role = u"titulaire"_s;
    initial.household.members << m;
    Referral r;
    r.id = -2;
    r.actionId = actions->first().id;
    r.date = Passerelle::Clock::today();
    r.outcome = u"en_cours"_s;
    initial.referrals << r;
    Support s;
    s.id = -3;
    s.actionId = r.actionId;
    s.householdKind = u"nouvel_entrant"_s;
    initial.supports << s;
    HouseholdDocument doc(m_test->db(), TestDatabase::all());
    doc.create(initial);
    QVERIFY(doc.isNew());
    QVERIFY(doc.isModified());
    QVERIFY(doc.save());
    QVERIFY(!doc.isNew());
    QVERIFY(!doc.isModified());
    const Id id = householdId(u"NEW-001"_s);
    QVERIFY(id > 0);
    QCOMPARE(doc.file().household.id, id);
    QCOMPARE(doc.file().referrals.size(), 1);
    QCOMPARE(doc.file().supports.size(), 1);
    QVERIFY(!doc.file().supports.first().startDate.isValid());
}

void TestHouseholdDocument::revertDropsChanges()
{
    HouseholdDocument doc(m_test->db(), TestDatabase::all());
    QVERIFY(doc.open(householdId(u"RES-2024-06"_s)));
    const HouseholdFile stored = doc.file();
    doc.edit(u"notes"_s, [](HouseholdFile &f) { f.household.notes = u"x"_s; });
    doc.discard();
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.file(), stored);
}

void TestHouseholdDocument::conflictingSaveIsRefused()
{
    const Id id = householdId(u"RES-2024-06"_s);
    HouseholdDocument mine(m_test->db(), Scope::everything(u"cfabre"_s));
    HouseholdDocument theirs(m_test->db(), Scope::everything(u"sbenali"_s));
    QVERIFY(mine.open(id));
    QVERIFY(theirs.open(id));
    theirs.edit(u"c"_s, [](HouseholdFile &f) { f.household.composition = u"autre"_s; });
    QVERIFY(theirs.save());
    mine.edit(u"n"_s, [](HouseholdFile &f) { f.household.notes = u"mine"_s; });
    const Status saved = mine.save();
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, Error::Kind::Conflict);
    QVERIFY(mine.isModified());
}

QTEST_GUILESS_MAIN(TestHouseholdDocument)
#include "tst_householddocument.moc"
