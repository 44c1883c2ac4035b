// Two users saving the same household through two connections: the second save is refused
// with a French message that says who changed what, and nothing is overwritten silently.
// Also the copy of a unit's file into an empty database, all or nothing.
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "review/Review.h"
#include "review/ReviewExport.h"
#include "storage/DatabaseCopy.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"
#include "storage/Tables.h"

#include <QSqlDatabase>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::TestDatabase;

class TestConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secondSaveOfAHouseholdIsRefused();
    void secondSaveOfASupportIsRefused();
    void copyIntoEmptyDatabase();
    void copyRefusesNonEmptyTarget();
    void copyFailingHalfwayLeavesNothing();
    void anotherConnectionInAWorkerThread();

private:
    Id seedHousehold(Database &db);
};

void TestConcurrency::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
    Testing::installFrenchTranslation();
}

Id TestConcurrency::seedHousehold(Database &db)
{
    Agency a;
    a.code = u"NORD"_s;
    a.name = u"Agence Nord"_s;
    if (!AgencyRepository(db).save(TestDatabase::all(), a))
        return 0;
    Household h;
    h.reference = u"H-1"_s;
    h.agencyId = a.id;
    h.composition = u"personne_seule"_s;
    Member m;
    m.lastName = u"MARTIN"_s;
    m.firstName = u"Léa"_s;
    m.role = u"titulaire"_s;
    h.members << m;
    return HouseholdRepository(db).save(TestDatabase::all(), h) ? h.id : 0;
}

void TestConcurrency::secondSaveOfAHouseholdIsRefused()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    const Id id = seedHousehold(t.db());
    QVERIFY(id > 0);
    auto second = Database::open(t.path(), t.options());
    QVERIFY(second);

    const Scope claire = Scope::everything(u"cfabre"_s);
    const Scope sonia = Scope::everything(u"sbenali"_s);
    HouseholdRepository first(t.db());
    HouseholdRepository other(**second);
    const Household readByClaire = *first.get(claire, id);
    const Household readBySonia = *other.get(sonia, id);

    Household claireEdit = readByClaire;
    claireEdit.composition = u"couple_avec_enfants"_s;
    QVERIFY(first.save(claire, claireEdit));

    Household soniaEdit = readBySonia;
    soniaEdit.notes = u"Rendez-vous pris avec la CAF."_s;
    const Status refused = other.save(sonia, soniaEdit, &readBySonia);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(u"cfabre"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Composition"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Personne seule → Couple avec enfants"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"Notes"_s), qPrintable(message)); // her own change is not theirs
    QVERIFY2(message.contains(u"pas été enregistrées"_s), qPrintable(message));

    // What is stored is Claire's, untouched.
    const Household stored = *first.get(claire, id, HouseholdRepository::Trace::Silent);
    QCOMPARE(stored.composition, u"couple_avec_enfants"_s);
    QVERIFY(stored.notes.isEmpty());
    QCOMPARE(stored.rowVersion, readByClaire.rowVersion + 1);

    // Sonia reopens, redoes her change, and it goes through.
    Household again = *other.get(sonia, id);
    again.notes = soniaEdit.notes;
    QVERIFY(other.save(sonia, again));
    QCOMPARE(first.get(claire, id)->notes, soniaEdit.notes);
    QCOMPARE(first.get(claire, id)->composition, u"couple_avec_enfants"_s);
}

void TestConcurrency::secondSaveOfASupportIsRefused()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    const Id household = seedHousehold(t.db());
    Action a;
    a.code = u"ACT"_s;
    a.name = u"Dispositif"_s;
    QVERIFY(ActionRepository(t.db()).save(TestDatabase::all(), a));
    Support s;
    s.householdId = household;
    s.actionId = a.id;
    s.householdKind = u"nouvel_entrant"_s;
    s.startDate = QDate(2024, 1, 1);
    QVERIFY(SupportRepository(t.db()).save(TestDatabase::all(), s));
    auto second = Database::open(t.path(), t.options());
    QVERIFY(second);

    Support mine = *SupportRepository(t.db()).get(Scope::everything(u"a"_s), s.id);
    Support theirs = *SupportRepository(**second).get(Scope::everything(u"b"_s), s.id);
    mine.intensity = u"renforcee"_s;
    QVERIFY(SupportRepository(t.db()).save(Scope::everything(u"a"_s), mine));
    theirs.endDate = QDate(2024, 12, 31);
    theirs.outcome = u"autonomie"_s;
    const Status refused = SupportRepository(**second).save(Scope::everything(u"b"_s), theirs);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    const Support stored = *SupportRepository(t.db()).get(Scope::everything(u"a"_s), s.id);
    QCOMPARE(stored.intensity, u"renforcee"_s);
    QVERIFY(!stored.endDate.isValid());
}

void TestConcurrency::copyIntoEmptyDatabase()
{
    // A unit's SQLite file, copied into the database under test (PostgreSQL in the server run).
    QTemporaryDir dir;
    const QString file = dir.filePath(u"unite.sqlite"_s);
    QVERIFY(Demo::create(file, QDate::currentDate()));
    auto source = Database::open(file);
    QVERIFY(source);
    TestDatabase target;
    QVERIFY(target.isValid());

    const auto copied = copyDatabase(**source, target.db());
    QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().fullText()));
    QCOMPARE(copied->size(), Tables::allTableNames().size());
    for (const TableCopy &c : *copied) {
        QCOMPARE(c.copied, c.source);
        QCOMPARE(target.db().scalar(u"SELECT COUNT(*) FROM "_s + c.table)->toLongLong(), c.source);
    }
    // The same figures on both sides.
    const ReviewRequest request{QDate(2015, 1, 1), QDate(2026, 12, 31), {}, {}};
    const Scope scope = TestDatabase::all();
    QCOMPARE(ReviewExport::toJson(*Review::compute(target.db(), scope, request)),
             ReviewExport::toJson(*Review::compute(**source, scope, request)));
    // New records continue after the copied ids.
    Agency more;
    more.code = u"NOUVELLE"_s;
    more.name = u"Nouvelle agence"_s;
    QVERIFY(AgencyRepository(target.db()).save(scope, more));
    QVERIFY(more.id > 3);
}

void TestConcurrency::copyRefusesNonEmptyTarget()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"unite.sqlite"_s);
    QVERIFY(Demo::create(file, QDate::currentDate()));
    auto source = Database::open(file);
    TestDatabase target;
    QVERIFY(seedHousehold(target.db()) > 0);
    const auto copied = copyDatabase(**source, target.db());
    QVERIFY(!copied);
    QCOMPARE(copied.error().kind, Error::Kind::Validation);
    QCOMPARE(target.db().scalar(u"SELECT COUNT(*) FROM households"_s)->toInt(), 1);
}

void TestConcurrency::copyFailingHalfwayLeavesNothing()
{
    if (Testing::testBackend() != Backend::Postgres)
        QSKIP("PostgreSQL only: SQLite accepts the damaged value that makes the server refuse");
    QTemporaryDir dir;
    const QString file = dir.filePath(u"unite.sqlite"_s);
    QVERIFY(Demo::create(file, QDate::currentDate()));
    auto source = Database::open(file);
    // A value the file tolerates (SQLite's loose typing) but the server refuses, in a table
    // copied after many others.
    QVERIFY((*source)->exec(u"UPDATE contacts SET duration_minutes = 'une heure' WHERE id = "
                            u"(SELECT MAX(id) FROM contacts)"_s));
    TestDatabase target;
    const auto copied = copyDatabase(**source, target.db());
    QVERIFY(!copied);
    for (const QString &table : Tables::allTableNames())
        QCOMPARE(target.db().scalar(u"SELECT COUNT(*) FROM "_s + table)->toInt(), 0);
}

void TestConcurrency::anotherConnectionInAWorkerThread()
{
    // What long work does off the GUI thread (the import): a connection of its own, made,
    // used and closed in the worker thread, to the same base (the same schema on a server).
    TestDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(seedHousehold(t.db()) > 0);
    const QStringList connections = QSqlDatabase::connectionNames();
    QString error;
    qint64 households = -1;
    QThread *worker = QThread::create([&] {
        auto other = t.db().openAnother();
        if (!other) {
            error = other.error().fullText();
            return;
        }
        Agency a;
        a.code = u"SUD"_s;
        a.name = u"Agence Sud"_s;
        if (const Status saved = AgencyRepository(**other).save(TestDatabase::all(), a); !saved)
            error = saved.error().fullText();
        households = (*other)->scalar(u"SELECT COUNT(*) FROM households"_s)->toLongLong();
    });
    worker->start();
    QVERIFY(worker->wait(30000));
    delete worker;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(households, 1);
    // Written through the other connection, seen through the first; the other one is gone.
    const auto sud = AgencyRepository(t.db()).findByCode(u"SUD"_s);
    QVERIFY(sud && sud->has_value());
    QCOMPARE(QSqlDatabase::connectionNames().size(), connections.size());
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
