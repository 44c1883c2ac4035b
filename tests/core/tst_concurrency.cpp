// Two users saving the same household through two connections: the second save is refused
// with a French message that says who changed what, and nothing is overwritten silently.
// Also the copy of a unit's file into an empty database, all or nothing.
#include "TestDatabase.h"
#include "Clock.h"
#include "demo/DemoData.h"
#include "review/Review.h"
#include "review/ReviewExport.h"
#include "storage/BackgroundConnection.h"
#include "storage/DatabaseCopy.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"
#include "storage/Journal.h"
#include "storage/Tables.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlRecord>
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
    void copyBreakingALinkLeavesNothing();
    void copyInBatchesKeepsEveryValue_data();
    void copyInBatchesKeepsEveryValue();
    void anotherConnectionInAWorkerThread();
    void backgroundReadsComeBackInOrder();
    void backgroundReadForAReceiverGone();
    void backgroundReadWithoutASecondConnection();

private:
    Id seedHousehold(Database &db);
    static QStringList rowsOf(Database &db, const QString &table);
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
    QVERIFY(Demo::create(file, Passerelle::Clock::today()));
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
    QVERIFY(Demo::create(file, Passerelle::Clock::today()));
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
    QVERIFY(Demo::create(file, Passerelle::Clock::today()));
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

void TestConcurrency::copyBreakingALinkLeavesNothing()
{
    // A contact of a household that is not in the file (written with the links unchecked):
    // the server checks the links once every row is written (PostgreSQL), SQLite row by row;
    // either way nothing is left, and the target still checks its links afterwards.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"unite.sqlite"_s);
    QVERIFY(Demo::create(file, Passerelle::Clock::today()));
    auto source = Database::open(file);
    QVERIFY(source);
    QVERIFY((*source)->exec(u"PRAGMA foreign_keys = OFF"_s));
    QVERIFY((*source)->exec(u"UPDATE contacts SET household_id = 999999 WHERE id = "
                            u"(SELECT MAX(id) FROM contacts)"_s));
    TestDatabase target;
    QVERIFY(target.isValid());
    const auto copied = copyDatabase(**source, target.db());
    QVERIFY(!copied);
    for (const QString &table : Tables::allTableNames())
        QCOMPARE(target.db().scalar(u"SELECT COUNT(*) FROM "_s + table)->toInt(), 0);
    QVERIFY(seedHousehold(target.db()) > 0);
    QVERIFY(!target.db().execAffected(u"INSERT INTO contacts (household_id, date, type) "
                                      "VALUES (999999, '2024-03-01', 'appel')"_s));
    // Nothing of the failed copy stays on the connection: the same copy, repaired, goes through.
    QVERIFY((*source)->exec(u"UPDATE contacts SET household_id = (SELECT MIN(id) FROM "
                            u"households) WHERE household_id = 999999"_s));
    TestDatabase second;
    const auto again = copyDatabase(**source, second.db());
    QVERIFY2(again, qPrintable(again ? QString() : again.error().fullText()));
}

QStringList TestConcurrency::rowsOf(Database &db, const QString &table)
{
    // Every row as text, the same whatever the engine's types: NULL apart, blobs in hex.
    QStringList out;
    auto rows = db.exec(u"SELECT * FROM "_s + table + u" ORDER BY id"_s);
    if (!rows)
        return {u"error: "_s + rows.error().fullText()};
    while (rows->next()) {
        const QSqlRecord record = rows->record();
        QStringList values;
        for (int i = 0; i < record.count(); ++i) {
            const QVariant v = rows->value(i);
            QString text = record.fieldName(i) + u'=';
            if (v.isNull())
                text += u"NULL"_s;
            else if (v.typeId() == QMetaType::QByteArray)
                text += u"x'"_s + QString::fromLatin1(v.toByteArray().toHex()) + u'\'';
            else
                text += v.toString();
            values << text;
        }
        out << values.join(u" | "_s);
    }
    return out;
}

void TestConcurrency::copyInBatchesKeepsEveryValue_data()
{
    QTest::addColumn<int>("batchRows");
    QTest::addColumn<qint64>("batchBytes");
    // Batches of a few rows (many batches and a shorter last one in every table; a PDF fills
    // a batch by its weight alone), and the batches of a real migration.
    QTest::newRow("small batches") << 7 << qint64(64 * 1024);
    const CopyOptions defaults;
    QTest::newRow("default batches") << defaults.maxBatchRows << defaults.maxBatchBytes;
}

void TestConcurrency::copyInBatchesKeepsEveryValue()
{
    QFETCH(int, batchRows);
    QFETCH(qint64, batchBytes);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"unite.sqlite"_s);
    QVERIFY(Demo::create(file, Passerelle::Clock::today()));
    auto opened = Database::open(file);
    QVERIFY(opened);
    Database &source = **opened;

    // Text that quoting, escaping or encoding would damage.
    const QStringList texts = {
        u"L'été « chez » O'Brien — déjà vu"_s, u"C:\\dossier\\n\\x00 \\\\ fin"_s,
        u"ligne 1\nligne 2\ttabulée\r\n"_s,    u"'); DROP TABLE contacts; --"_s,
        u"? $1 :nom %1 @ID@"_s,                u"Ünïcödé ŒÆ ß 漢字 🏠"_s,
        u""_s,                                  u" "_s};
    QByteArray everyByte;
    for (int i = 0; i < 256; ++i)
        everyByte.append(char(i));
    QVERIFY(source.exec(u"INSERT OR REPLACE INTO organisation (id, name, logo, logo_mime_type) "
                        "VALUES (1, ?, ?, 'image/png')"_s,
                        {texts.first(), QByteArray(everyByte + everyByte)}));

    // More contacts than two batches, and a last batch that is not full; NULLs in every
    // nullable column, every tricky text.
    const qint64 household = source.scalar(u"SELECT MIN(id) FROM households"_s)->toLongLong();
    QVERIFY(source.begin());
    const int extra = 2 * batchRows + 3;
    for (int i = 0; i < extra; ++i) {
        const QVariant minutes = i % 3 == 0 ? QVariant() : QVariant(i);
        QVERIFY(source.exec(u"INSERT INTO contacts (household_id, action_id, date, type, "
                            "duration_minutes, author, author_user_id, notes) "
                            "VALUES (?, NULL, '2024-03-01', 'entretien_bureau', ?, ?, NULL, ?)"_s,
                            {household, minutes, texts.at(i % texts.size()),
                             texts.at((i + 1) % texts.size())}));
    }
    QVERIFY(source.commit());

    // Printed contracts: PDFs heavier than a small batch, one of a single byte.
    const qint64 contract = source.scalar(u"SELECT MIN(id) FROM contracts"_s)->toLongLong();
    QVERIFY(contract > 0);
    QByteArray pdf = "%PDF-1.4\n"_ba;
    while (pdf.size() < 200 * 1024)
        pdf += everyByte;
    const QList<QByteArray> pdfs = {pdf, "\x00"_ba, pdf.left(70 * 1024),
                                    QByteArray(pdf + "%%EOF"_ba)};
    for (int i = 0; i < pdfs.size(); ++i) {
        QVERIFY(source.exec(u"INSERT INTO contract_prints (contract_id, version_number, "
                            "printed_at, printed_by, sha256, pdf) VALUES (?, ?, ?, ?, ?, ?)"_s,
                            {contract, i + 1, u"2024-03-0%1T10:00:00Z"_s.arg(i + 1),
                             texts.at(i), QString(64, u'a'), pdfs.at(i)}));
    }

    // Journal entries (the chain hashes every value: one changed character breaks it).
    QVERIFY(source.begin());
    JournalWriter journal(source);
    QVERIFY(journal.prepare());
    for (int i = 0; i < batchRows + 2; ++i) {
        AuditEntry entry;
        entry.login = u"cfabre"_s;
        entry.operation = u"update"_s;
        entry.entity = u"household"_s;
        entry.entityId = household;
        entry.householdId = household;
        entry.summary = u"composition: personne_seule → couple_avec_enfants ("_s
                        + QString::number(i) + u')';
        QVERIFY(journal.insert(entry));
    }
    QVERIFY(source.commit());

    TestDatabase target;
    QVERIFY(target.isValid());
    CopyOptions options;
    options.maxBatchRows = batchRows;
    options.maxBatchBytes = batchBytes;
    QStringList started;
    QStringList done;
    int checking = 0;
    int committing = 0;
    int analysing = 0;
    qint64 lastRows = -1;
    options.progress = [&](const CopyProgress &p) {
        switch (p.stage) {
        case CopyProgress::Stage::TableStarted:
            started << p.table;
            lastRows = 0;
            break;
        case CopyProgress::Stage::Rows:
            QVERIFY(p.rowsDone > lastRows && p.rowsDone <= p.rowsTotal);
            lastRows = p.rowsDone;
            break;
        case CopyProgress::Stage::TableDone:
            QCOMPARE(p.rowsDone, p.rowsTotal);
            QCOMPARE(lastRows, p.rowsTotal);
            done << p.table;
            break;
        case CopyProgress::Stage::Checking:
            QCOMPARE(committing, 0);
            ++checking;
            break;
        case CopyProgress::Stage::Committing:
            ++committing;
            break;
        case CopyProgress::Stage::Analysing:
            QCOMPARE(committing, 1);
            ++analysing;
            break;
        }
    };
    const auto copied = copyDatabase(source, target.db(), options);
    QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().fullText()));
    QCOMPARE(started, Tables::allTableNames());
    QCOMPARE(done, Tables::allTableNames());
    QCOMPARE(checking, 1);
    QCOMPARE(committing, 1);
    // A server gets the statistics of the tables copied (SQLite needs none).
    QCOMPARE(analysing, target.db().backend() == Backend::Postgres ? 1 : 0);

    for (const QString &table : {u"organisation"_s, u"contacts"_s, u"contract_prints"_s,
                                 u"audit_log"_s, u"households"_s}) {
        const QStringList expected = rowsOf(source, table);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(rowsOf(target.db(), table), expected);
    }
    QVERIFY(target.db().scalar(u"SELECT COUNT(*) FROM contacts WHERE duration_minutes IS NULL"_s)
                ->toLongLong()
            >= extra / 3);

    // The journal still verifies, its guards hold, and it continues after the copied entries.
    const auto problems = Journal::verify(target.db());
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->value(0).message));
    QVERIFY(*Journal::guardsInstalled(target.db()));
    QVERIFY(!target.db().execAffected(u"DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM "
                                      "audit_log)"_s));
    const qint64 lastEntry = target.db().scalar(u"SELECT MAX(id) FROM audit_log"_s)->toLongLong();
    QVERIFY(target.db().begin());
    JournalWriter more(target.db());
    QVERIFY(more.prepare());
    AuditEntry next;
    next.login = u"admin"_s;
    next.operation = u"login"_s;
    next.entity = u"user"_s;
    QVERIFY(more.insert(next));
    QVERIFY(target.db().commit());
    QVERIFY(next.id > lastEntry);
    QVERIFY(Journal::verify(target.db())->isEmpty());
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

void TestConcurrency::backgroundReadsComeBackInOrder()
{
    // What the dashboard does: reads on a connection kept open in a thread of its own, each
    // result back in the caller's thread, in the order asked, seeing what was saved before.
    TestDatabase t;
    QVERIFY(t.isValid());
    const QStringList connections = QSqlDatabase::connectionNames();
    QList<qint64> counts;
    QList<bool> inCallerThread;
    QSet<QThread *> readThreads;
    {
        BackgroundConnection reader(t.db());
        QObject receiver;
        const auto count = [&](Database &db) {
            readThreads << QThread::currentThread();
            return db.scalar(u"SELECT COUNT(*) FROM households"_s)->toLongLong();
        };
        const auto done = [&](qint64 n) {
            counts << n;
            inCallerThread << (QThread::currentThread() == receiver.thread());
        };
        reader.read<qint64>(count, &receiver, done);
        QTRY_COMPARE(counts.size(), 1);
        QVERIFY(seedHousehold(t.db()) > 0); // saved on the window's connection
        reader.read<qint64>(count, &receiver, done);
        reader.read<qint64>(count, &receiver, done);
        QTRY_COMPARE(counts.size(), 3);
        QCOMPARE(QSqlDatabase::connectionNames().size(), connections.size() + 1);
    }
    QCOMPARE(counts, (QList<qint64>{0, 1, 1}));
    QCOMPARE(inCallerThread, (QList<bool>{true, true, true}));
    QCOMPARE(readThreads.size(), 1); // one thread, one connection kept open
    QVERIFY(!readThreads.contains(QThread::currentThread()));
    // Closed with its thread.
    QCOMPARE(QSqlDatabase::connectionNames().size(), connections.size());
}

void TestConcurrency::backgroundReadForAReceiverGone()
{
    // A page closed while its read runs: the read ends, its result is dropped, nothing breaks;
    // the connection closing waits for the reads asked.
    TestDatabase t;
    QVERIFY(t.isValid());
    int delivered = 0;
    std::atomic_int ran{0};
    {
        BackgroundConnection reader(t.db());
        auto receiver = std::make_unique<QObject>();
        for (int i = 0; i < 3; ++i) {
            reader.read<int>(
                [&ran](Database &db) {
                    QThread::msleep(50);
                    ++ran;
                    return int(db.scalar(u"SELECT 1"_s)->toInt());
                },
                receiver.get(), [&delivered](int) { ++delivered; });
        }
        receiver.reset();
    }
    QCOMPARE(ran.load(), 3);
    QCoreApplication::processEvents();
    QCOMPARE(delivered, 0);
}

void TestConcurrency::backgroundReadWithoutASecondConnection()
{
    // No second connection can be opened (here the file is gone, as with a server refusing
    // one more): the read runs on the window's connection, in its thread.
    if (Testing::testBackend() != Backend::Sqlite)
        QSKIP("a file removed under an open connection is SQLite's case");
    TestDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(seedHousehold(t.db()) > 0);
    QVERIFY(QFile::remove(t.path()));
    BackgroundConnection reader(t.db());
    QObject receiver;
    std::optional<qint64> count;
    QThread *readThread = nullptr;
    reader.read<qint64>(
        [&readThread](Database &db) {
            readThread = QThread::currentThread();
            return db.scalar(u"SELECT COUNT(*) FROM households"_s)->toLongLong();
        },
        &receiver, [&count](qint64 n) { count = n; });
    QTRY_VERIFY(count.has_value());
    QCOMPARE(*count, 1);
    QCOMPARE(readThread, QThread::currentThread());
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
