// Database: opening, migrations, refusal of foreign or newer files, transactions, constraints
// and errors as values. Every test makes its own files.

#include "TestChecks.h"
#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/DirectoryRepositories.h"
#include "storage/Tables.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::fileBytes;
using Passerelle::Testing::TestDatabase;
using Passerelle::Testing::why;

namespace {

constexpr int PasserelleApplicationId = 0x5053524C;

/// A raw SQLite connection that the test controls, as another program would.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"raw-%1"_s.arg(QRandomGenerator::global()->generate64()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool isOpen() const { return m_open; }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning("raw connection: %s", qPrintable(q.lastError().text()));
        return ok;
    }

private:
    QString m_name;
    bool m_open = false;
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray randomBytes(int size)
{
    QRandomGenerator generator(20240601);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

Result<qint64> insertAgency(Database &db, const QString &code)
{
    return db.insertReturningId(u"INSERT INTO agencies (code, name) VALUES (?, ?)"_s,
                                {code, QString(u"Agence "_s + code)});
}

Result<qint64> insertPartner(Database &db, const QString &code)
{
    return db.insertReturningId(u"INSERT INTO partners (code, name) VALUES (?, ?)"_s,
                                {code, QString(u"Partenaire "_s + code)});
}

Result<qint64> insertHousehold(Database &db, qint64 agencyId, const QString &reference)
{
    return db.insertReturningId(
        u"INSERT INTO households (reference, agency_id) VALUES (?, ?)"_s, {reference, agencyId});
}

Result<qint64> insertMember(Database &db, qint64 householdId, const QString &lastName)
{
    return db.insertReturningId(
        u"INSERT INTO members (household_id, last_name, role) VALUES (?, ?, ?)"_s,
        {householdId, lastName, u"titulaire"_s});
}

int count(Database &db, const QString &table, const QString &where = {})
{
    QString sql = u"SELECT COUNT(*) FROM "_s + table;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    const auto value = db.scalar(sql);
    return value ? value->toInt() : -1;
}

QVariant pragma(Database &db, const QString &name)
{
    const auto value = db.scalar(u"PRAGMA "_s + name);
    return value ? *value : QVariant();
}

/// True when `text` contains `number` as a whole number (not as part of a longer one).
bool mentionsNumber(const QString &text, int number)
{
    const QRegularExpression re(u"(^|\\D)%1(\\D|$)"_s.arg(number));
    return re.match(text).hasMatch();
}

} // namespace

class DatabaseTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void migratesNewFile();
    void reopeningDoesNothingMore();
    void migratesEmptyFile();
    void refusesNewerSchema();
    void refusesFileThatIsNotSqlite_data();
    void refusesFileThatIsNotSqlite();
    void refusesOtherApplicationsDatabase_data();
    void refusesOtherApplicationsDatabase();
    void missingFile_data();
    void missingFile();
    void missingFolderAndFolderPath();
    void readOnlyDoesNotWrite();
    void transactionRollsBackWhenNotCommitted();
    void transactionCommits();
    void nestedTransactionIsSavepoint();
    void innerCommitOuterRollback();
    void commitTwiceIsAnError();
    void destroyedDatabaseRollsBack();
    void foreignKeysAreEnforced();
    void deletingHouseholdCascadesToMembers();
    void checkConstraints_data();
    void checkConstraints();
    void errorsAreValues();
    void namesInErrorsDoNotChangeTheirKind_data();
    void namesInErrorsDoNotChangeTheirKind();
    void lockedDatabaseGivesBusyError();
    void freshDatabaseIsSound();
    void serverAddressErrors_data();
    void serverAddressErrors();
    void serverRecordsSchemaVersion();
    void serverRefusesNewerSchema();
    void serverRefusesForeignDatabase();
    void serverLockGivesBusyError();
    void journalLockIsPerSchema();
};

void DatabaseTest::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
}

void DatabaseTest::migratesNewFile()
{
    PASSERELLE_SQLITE_ONLY();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"new.passerelle"_s);
    QVERIFY(!QFile::exists(path));

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), why(opened).constData());
    Database &db = **opened;
    QVERIFY(QFile::exists(path));
    QCOMPARE(db.backend(), Backend::Sqlite);
    QVERIFY(!db.isReadOnly());
    QCOMPARE(db.displayName(), u"new.passerelle"_s);

    const int latest = Database::latestSchemaVersion();
    QVERIFY(latest >= 1);
    const auto version = db.schemaVersion();
    QVERIFY2(version.ok(), why(version).constData());
    QCOMPARE(*version, latest);
    QCOMPARE(pragma(db, u"user_version"_s).toInt(), latest);
    QCOMPARE(pragma(db, u"application_id"_s).toInt(), PasserelleApplicationId);
    QCOMPARE(pragma(db, u"foreign_keys"_s).toInt(), 1);
    QCOMPARE(pragma(db, u"journal_mode"_s).toString(), u"wal"_s);
    QVERIFY(pragma(db, u"busy_timeout"_s).toInt() > 0);

    for (const QString &table : Tables::allTableNames()) {
        QVERIFY2(count(db, u"sqlite_master"_s, u"type = 'table' AND name = '%1'"_s.arg(table))
                     == 1,
                 qPrintable(table));
        QCOMPARE(count(db, table), 0);
    }
    QCOMPARE(db.transactionDepth(), 0);
}

void DatabaseTest::reopeningDoesNothingMore()
{
    PASSERELLE_SQLITE_ONLY();
    TestDatabase t;
    QVERIFY(t.isValid());
    const auto tablesBefore = t.db().scalar(u"SELECT COUNT(*) FROM sqlite_master"_s);
    QVERIFY(tablesBefore.ok());
    t.close();
    const QByteArray before = fileBytes(t.path());
    QVERIFY(!before.isEmpty());

    QVERIFY(t.reopen());
    QCOMPARE(*t.db().schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(t.db().scalar(u"SELECT COUNT(*) FROM sqlite_master"_s)->toInt(),
             tablesBefore->toInt());
    // Migrating an up-to-date database is a no-op.
    const Status migrated = t.db().migrate();
    QVERIFY2(migrated.ok(), why(migrated).constData());
    QCOMPARE(*t.db().schemaVersion(), Database::latestSchemaVersion());
    t.close();
    QCOMPARE(fileBytes(t.path()), before);
}

void DatabaseTest::migratesEmptyFile()
{
    PASSERELLE_SQLITE_ONLY();
    // A 0-byte file is a valid, empty SQLite database: it becomes a new Passerelle database.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"empty.passerelle"_s);
    QVERIFY(writeFile(path, QByteArray()));
    QCOMPARE(QFileInfo(path).size(), 0);

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), why(opened).constData());
    QCOMPARE(*(*opened)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(pragma(**opened, u"application_id"_s).toInt(), PasserelleApplicationId);
    QCOMPARE(count(**opened, u"households"_s), 0);
}

void DatabaseTest::refusesNewerSchema()
{
    PASSERELLE_SQLITE_ONLY();
    TestDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(insertAgency(t.db(), u"TLS"_s).ok());
    t.close();

    const int latest = Database::latestSchemaVersion();
    const int newer = latest + 41;
    {
        RawConnection raw(t.path());
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(newer)));
    }
    const QByteArray before = fileBytes(t.path());
    QVERIFY(!before.isEmpty());

    const auto opened = Database::open(t.path());
    QVERIFY_ERROR(opened, Error::Kind::Schema);
    const QString message = opened.error().message;
    QVERIFY2(mentionsNumber(message, newer), qPrintable(message));
    QVERIFY2(mentionsNumber(message, latest), qPrintable(message));
    QCOMPARE(fileBytes(t.path()), before);

    const auto readOnly = Database::open(t.path(), {.readOnly = true});
    QVERIFY_ERROR(readOnly, Error::Kind::Schema);
    QCOMPARE(fileBytes(t.path()), before);

    const auto noMigration = Database::open(t.path(), {.migrate = false});
    QVERIFY_ERROR(noMigration, Error::Kind::Schema);
    QCOMPARE(fileBytes(t.path()), before);
}

void DatabaseTest::refusesFileThatIsNotSqlite_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("random bytes") << randomBytes(8192);
    QTest::newRow("text file") << QByteArray("Nom;Prénom;Date de naissance\n"
                                             "DUPONT;Hélène;12/03/1985\n"
                                             "MARTIN;Karim;01/07/1990\n");
    QTest::newRow("short text") << QByteArray("hello");
    QTest::newRow("damaged header") << QByteArray("SQLite format 3") + '\0' + randomBytes(4080);
}

void DatabaseTest::refusesFileThatIsNotSqlite()
{
    PASSERELLE_SQLITE_ONLY();
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"notes.passerelle"_s);
    QVERIFY(writeFile(path, bytes));

    const auto opened = Database::open(path);
    QVERIFY_ERROR(opened, Error::Kind::Schema);
    QCOMPARE(fileBytes(path), bytes);

    const auto readOnly = Database::open(path, {.readOnly = true});
    QVERIFY_ERROR(readOnly, Error::Kind::Schema);
    QCOMPARE(fileBytes(path), bytes);
    // Nothing was created beside it either.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList(u"notes.passerelle"_s));
}

void DatabaseTest::refusesOtherApplicationsDatabase_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("table, no application id")
        << QStringList{u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s,
                       u"INSERT INTO notes (text) VALUES ('bonjour')"_s};
    QTest::newRow("other application id, no table")
        << QStringList{u"PRAGMA application_id = 1234567"_s};
    QTest::newRow("other application id and table")
        << QStringList{u"PRAGMA application_id = 1234567"_s,
                       u"CREATE TABLE households (id INTEGER PRIMARY KEY)"_s};
}

void DatabaseTest::refusesOtherApplicationsDatabase()
{
    PASSERELLE_SQLITE_ONLY();
    QFETCH(QStringList, statements);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"other.db"_s);
    {
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        for (const QString &sql : std::as_const(statements))
            QVERIFY(raw.exec(sql));
    }
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());

    const auto opened = Database::open(path);
    QVERIFY_ERROR(opened, Error::Kind::Schema);
    QCOMPARE(fileBytes(path), before);

    const auto readOnly = Database::open(path, {.readOnly = true});
    QVERIFY_ERROR(readOnly, Error::Kind::Schema);
    QCOMPARE(fileBytes(path), before);
}

void DatabaseTest::missingFile_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("create");
    QTest::newRow("create = false") << false << false;
    QTest::newRow("read-only") << true << true;
    QTest::newRow("read-only, create = false") << true << false;
}

void DatabaseTest::missingFile()
{
    PASSERELLE_SQLITE_ONLY();
    QFETCH(bool, readOnly);
    QFETCH(bool, create);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing.passerelle"_s);

    const auto opened = Database::open(path, {.readOnly = readOnly, .create = create});
    QVERIFY_ERROR(opened, Error::Kind::NotFound);
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void DatabaseTest::missingFolderAndFolderPath()
{
    PASSERELLE_SQLITE_ONLY();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString inMissingFolder = dir.filePath(u"absent/sub/base.passerelle"_s);
    QVERIFY_ERROR(Database::open(inMissingFolder), Error::Kind::Io);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"absent"_s)));

    QVERIFY(QDir(dir.path()).mkdir(u"folder.passerelle"_s));
    const QString folder = dir.filePath(u"folder.passerelle"_s);
    QVERIFY_ERROR(Database::open(folder), Error::Kind::Io);
    QVERIFY_ERROR(Database::open(folder, {.readOnly = true}), Error::Kind::Io);
    QVERIFY(QDir(folder).isEmpty());

    QVERIFY_ERROR(Database::open(QString()), Error::Kind::Usage);
}

void DatabaseTest::readOnlyDoesNotWrite()
{
    PASSERELLE_SQLITE_ONLY();
    TestDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(insertAgency(t.db(), u"TLS"_s).ok());
    t.close();
    const QByteArray before = fileBytes(t.path());

    {
        auto opened = Database::open(t.path(), {.readOnly = true});
        QVERIFY2(opened.ok(), why(opened).constData());
        Database &db = **opened;
        QVERIFY(db.isReadOnly());
        QCOMPARE(*db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(count(db, u"agencies"_s), 1);
        QCOMPARE(pragma(db, u"foreign_keys"_s).toInt(), 1);

        QVERIFY_ERROR(insertAgency(db, u"MTP"_s), Error::Kind::Io);
        QVERIFY_ERROR(db.execAffected(u"UPDATE agencies SET name = 'x'"_s), Error::Kind::Io);
        QVERIFY_ERROR(db.exec(u"PRAGMA user_version = 99"_s), Error::Kind::Io);

        {
            Transaction tx(db);
            if (tx.status().ok()) {
                QVERIFY(!insertPartner(db, u"UCRM"_s).ok());
                QVERIFY(!tx.commit().ok() || count(db, u"partners"_s) == 0);
            }
        }
        QCOMPARE(db.transactionDepth(), 0);
        QCOMPARE(count(db, u"agencies"_s), 1);
        const auto problems = db.integrityProblems();
        QVERIFY2(problems.ok(), why(problems).constData());
        QVERIFY(problems->isEmpty());
    }
    QCOMPARE(fileBytes(t.path()), before);
}

void DatabaseTest::transactionRollsBackWhenNotCommitted()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    Database &db = t.db();
    {
        Transaction tx(db);
        QVERIFY2(tx.status().ok(), why(tx.status()).constData());
        QCOMPARE(db.transactionDepth(), 1);
        QVERIFY(insertAgency(db, u"TLS"_s).ok());
        QVERIFY(insertPartner(db, u"UCRM"_s).ok());
        QCOMPARE(count(db, u"agencies"_s), 1);
    }
    QCOMPARE(db.transactionDepth(), 0);
    QCOMPARE(count(db, u"agencies"_s), 0);
    QCOMPARE(count(db, u"partners"_s), 0);

    // Nothing reaches the file either.
    t.close();
    QVERIFY(t.reopen());
    QCOMPARE(count(t.db(), u"agencies"_s), 0);
    QCOMPARE(count(t.db(), u"partners"_s), 0);
}

void DatabaseTest::transactionCommits()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    {
        Transaction tx(t.db());
        QVERIFY(tx.status().ok());
        QVERIFY(insertAgency(t.db(), u"TLS"_s).ok());
        QVERIFY(insertPartner(t.db(), u"UCRM"_s).ok());
        const Status committed = tx.commit();
        QVERIFY2(committed.ok(), why(committed).constData());
    }
    QCOMPARE(t.db().transactionDepth(), 0);
    t.close();
    QVERIFY(t.reopen());
    QCOMPARE(count(t.db(), u"agencies"_s), 1);
    QCOMPARE(count(t.db(), u"partners"_s), 1);
}

void DatabaseTest::nestedTransactionIsSavepoint()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    Database &db = t.db();
    {
        Transaction outer(db);
        QVERIFY(outer.status().ok());
        QVERIFY(insertAgency(db, u"OUTER"_s).ok());
        {
            Transaction inner(db);
            QVERIFY2(inner.status().ok(), why(inner.status()).constData());
            QCOMPARE(db.transactionDepth(), 2);
            QVERIFY(insertAgency(db, u"INNER"_s).ok());
            QVERIFY(insertPartner(db, u"UCRM"_s).ok());
            QCOMPARE(count(db, u"agencies"_s), 2);
        } // rolled back to the savepoint
        QCOMPARE(db.transactionDepth(), 1);
        QCOMPARE(count(db, u"agencies"_s), 1);
        QCOMPARE(count(db, u"partners"_s), 0);
        QVERIFY(insertPartner(db, u"HH"_s).ok());
        const Status committed = outer.commit();
        QVERIFY2(committed.ok(), why(committed).constData());
    }
    QCOMPARE(db.transactionDepth(), 0);
    t.close();
    QVERIFY(t.reopen());
    QCOMPARE(count(t.db(), u"agencies"_s), 1);
    QCOMPARE(count(t.db(), u"agencies"_s, u"code = 'OUTER'"_s), 1);
    QCOMPARE(count(t.db(), u"partners"_s), 1);
    QCOMPARE(count(t.db(), u"partners"_s, u"code = 'HH'"_s), 1);
}

void DatabaseTest::innerCommitOuterRollback()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    Database &db = t.db();
    {
        Transaction outer(db);
        QVERIFY(outer.status().ok());
        QVERIFY(insertAgency(db, u"OUTER"_s).ok());
        {
            Transaction inner(db);
            QVERIFY(inner.status().ok());
            QVERIFY(insertAgency(db, u"INNER"_s).ok());
            QVERIFY(inner.commit().ok());
            QCOMPARE(db.transactionDepth(), 1);
        }
        QCOMPARE(count(db, u"agencies"_s), 2);
    } // the outer one rolls back everything, the released savepoint included
    QCOMPARE(db.transactionDepth(), 0);
    QCOMPARE(count(db, u"agencies"_s), 0);

    // And a new transaction starts cleanly afterwards.
    Transaction again(db);
    QVERIFY(again.status().ok());
    QVERIFY(insertAgency(db, u"AGAIN"_s).ok());
    QVERIFY(again.commit().ok());
    QCOMPARE(count(db, u"agencies"_s), 1);
}

void DatabaseTest::commitTwiceIsAnError()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    Transaction tx(t.db());
    QVERIFY(tx.status().ok());
    QVERIFY(insertAgency(t.db(), u"TLS"_s).ok());
    QVERIFY(tx.commit().ok());
    const Status second = tx.commit();
    QVERIFY_ERROR(second, Error::Kind::Storage);
    QCOMPARE(t.db().transactionDepth(), 0);
    QCOMPARE(count(t.db(), u"agencies"_s), 1);
}

void DatabaseTest::destroyedDatabaseRollsBack()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(insertAgency(t.db(), u"KEPT"_s).ok());
    QVERIFY(t.db().begin().ok());
    QVERIFY(insertAgency(t.db(), u"LOST"_s).ok());
    QVERIFY(t.db().begin().ok()); // an open savepoint as well
    QVERIFY(insertPartner(t.db(), u"LOST"_s).ok());
    QCOMPARE(t.db().transactionDepth(), 2);
    t.close(); // destroys the Database with its transaction open

    QVERIFY(t.reopen());
    QCOMPARE(count(t.db(), u"agencies"_s), 1);
    QCOMPARE(count(t.db(), u"agencies"_s, u"code = 'KEPT'"_s), 1);
    QCOMPARE(count(t.db(), u"partners"_s), 0);
    // The file is not left locked.
    QVERIFY(insertAgency(t.db(), u"AFTER"_s).ok());
}

void DatabaseTest::foreignKeysAreEnforced()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    Database &db = t.db();
    const auto member = db.exec(
        u"INSERT INTO members (household_id, last_name, role) VALUES (?, ?, ?)"_s,
        {qint64(4242), u"DUPONT"_s, u"titulaire"_s});
    QVERIFY_ERROR(member, Error::Kind::Validation);
    QCOMPARE(count(db, u"members"_s), 0);

    const auto household = insertHousehold(db, 999, u"M-0001"_s);
    QVERIFY_ERROR(household, Error::Kind::Validation);
    QCOMPARE(count(db, u"households"_s), 0);
}

void DatabaseTest::deletingHouseholdCascadesToMembers()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    Database &db = t.db();
    const auto agency = insertAgency(db, u"TLS"_s);
    QVERIFY2(agency.ok(), why(agency).constData());
    const auto first = insertHousehold(db, *agency, u"M-0001"_s);
    const auto second = insertHousehold(db, *agency, u"M-0002"_s);
    QVERIFY2(first.ok() && second.ok(), why(first).constData());
    QVERIFY(insertMember(db, *first, u"DUPONT"_s).ok());
    QVERIFY(insertMember(db, *first, u"DUPONT-MARTIN"_s).ok());
    QVERIFY(insertMember(db, *second, u"MARTIN"_s).ok());
    QCOMPARE(count(db, u"members"_s), 3);

    const auto deleted = db.execAffected(u"DELETE FROM households WHERE id = ?"_s, {*first});
    QVERIFY2(deleted.ok(), why(deleted).constData());
    QCOMPARE(*deleted, 1);
    QCOMPARE(count(db, u"members"_s), 1);
    QCOMPARE(count(db, u"members"_s, u"household_id = %1"_s.arg(*second)), 1);

    // An agency still used by a household cannot go.
    const auto agencyDeleted = db.exec(u"DELETE FROM agencies WHERE id = ?"_s, {*agency});
    QVERIFY_ERROR(agencyDeleted, Error::Kind::Validation);
}

void DatabaseTest::checkConstraints_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("support end before start")
        << u"INSERT INTO supports (household_id, action_id, household_kind, start_date, "
           "end_date) VALUES (:household, :action, 'nouvel_entrant', '2024-05-01', "
           "'2024-04-30')"_s;
    QTest::newRow("support end without start")
        << u"INSERT INTO supports (household_id, action_id, household_kind, end_date) "
           "VALUES (:household, :action, 'nouvel_entrant', '2024-04-30')"_s;
    QTest::newRow("alert closed before opened")
        << u"INSERT INTO alerts (household_id, date, type, closed_date) "
           "VALUES (:household, '2024-05-01', 'impayes_loyer', '2024-04-01')"_s;
    QTest::newRow("post-support check at 18 months")
        << u"INSERT INTO post_support_checks (support_id, offset_months) "
           "VALUES (:support, 18)"_s;
    QTest::newRow("action end before start")
        << u"INSERT INTO actions (code, name, start_date, end_date) "
           "VALUES ('X', 'X', '2024-05-01', '2023-05-01')"_s;
}

void DatabaseTest::checkConstraints()
{
    QFETCH(QString, sql);
    TestDatabase t;
    QVERIFY(t.isValid());
    Database &db = t.db();
    const auto agency = insertAgency(db, u"TLS"_s);
    QVERIFY(agency.ok());
    const auto household = insertHousehold(db, *agency, u"M-0001"_s);
    QVERIFY(household.ok());
    const auto action = db.insertReturningId(
        u"INSERT INTO actions (code, name) VALUES ('LAAVA', 'LAAVA')"_s, {});
    QVERIFY2(action.ok(), why(action).constData());
    const auto support = db.insertReturningId(
        u"INSERT INTO supports (household_id, action_id, household_kind, start_date) "
        "VALUES (?, ?, 'nouvel_entrant', '2024-01-01')"_s,
        {*household, *action});
    QVERIFY2(support.ok(), why(support).constData());

    sql.replace(u":household"_s, QString::number(*household));
    sql.replace(u":action"_s, QString::number(*action));
    sql.replace(u":support"_s, QString::number(*support));
    const auto countsBefore = count(db, u"supports"_s) + count(db, u"alerts"_s)
                              + count(db, u"post_support_checks"_s) + count(db, u"actions"_s);

    const auto result = db.exec(sql);
    QVERIFY_ERROR(result, Error::Kind::Validation);
    QCOMPARE(count(db, u"supports"_s) + count(db, u"alerts"_s)
                 + count(db, u"post_support_checks"_s) + count(db, u"actions"_s),
             countsBefore);
}

void DatabaseTest::errorsAreValues()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    Database &db = t.db();

    QVERIFY_ERROR(db.exec(u"SELEC * FROM households"_s), Error::Kind::Storage);
    QVERIFY_ERROR(db.scalar(u"SELECT COUNT(*) FROM no_such_table"_s), Error::Kind::Storage);
    QVERIFY_ERROR(db.execAffected(u"UPDATE households SET no_such_column = 1"_s),
                 Error::Kind::Storage);
    QVERIFY_ERROR(db.insertReturningId(u"INSERT INTO nowhere (a) VALUES (?)"_s, {1}),
                 Error::Kind::Storage);
    // Too many values for the placeholders.
    QVERIFY_ERROR(db.exec(u"SELECT ?"_s, {1, 2, 3}), Error::Kind::Storage);

    const auto syntax = db.exec(u"SELEC 1"_s);
    QVERIFY(!syntax.ok());
    QVERIFY(!syntax.error().detail.isEmpty()); // the driver's text, for diagnostics

    // The connection is still usable afterwards.
    QVERIFY(insertAgency(db, u"TLS"_s).ok());
    QCOMPARE(count(db, u"agencies"_s), 1);
    QCOMPARE(db.transactionDepth(), 0);

    if (t.backend() == Backend::Sqlite) {
        // A failing statement inside a transaction leaves the transaction usable.
        Transaction tx(db);
        QVERIFY(tx.status().ok());
        QVERIFY(!db.exec(u"SELEC 1"_s).ok());
        QVERIFY(insertAgency(db, u"MTP"_s).ok());
        QVERIFY(tx.commit().ok());
        QCOMPARE(count(db, u"agencies"_s), 2);
    } else {
        // PostgreSQL aborts a transaction at its first failing statement: what follows is
        // refused (an error value, never a crash), and the rollback leaves nothing.
        {
            Transaction tx(db);
            QVERIFY(tx.status().ok());
            QVERIFY(!db.exec(u"SELEC 1"_s).ok());
            QVERIFY_ERROR(insertAgency(db, u"MTP"_s), Error::Kind::Storage);
        }
        QCOMPARE(count(db, u"agencies"_s), 1);
        // A failing statement inside a savepoint (each repository write has one) only undoes
        // the savepoint: the outer transaction goes on.
        Transaction outer(db);
        {
            Transaction inner(db);
            QVERIFY(!db.exec(u"SELEC 1"_s).ok());
        }
        QVERIFY(insertAgency(db, u"MTP"_s).ok());
        QVERIFY(outer.commit().ok());
        QCOMPARE(count(db, u"agencies"_s), 2);
    }
}

void DatabaseTest::namesInErrorsDoNotChangeTheirKind_data()
{
    // SQLite's message quotes the names of the query; a name must not pass for a full disk, a
    // lock or a read-only file.
    QTest::addColumn<QString>("sql");
    QTest::newRow("full") << u"SELECT full_name FROM members"_s;
    QTest::newRow("locked") << u"SELECT is_locked FROM agencies"_s;
    QTest::newRow("busy") << u"SELECT busy_days FROM agencies"_s;
    QTest::newRow("readonly") << u"UPDATE agencies SET readonly = 1"_s;
    QTest::newRow("disk i/o") << u"SELECT * FROM \"disk i/o\""_s;
}

void DatabaseTest::namesInErrorsDoNotChangeTheirKind()
{
    QFETCH(QString, sql);
    TestDatabase t;
    QVERIFY(t.isValid());
    const auto result = t.db().exec(sql);
    QVERIFY_ERROR(result, Error::Kind::Storage);
    QVERIFY2(!result.error().message.contains(u"busy"_s), qPrintable(result.error().message));
}

void DatabaseTest::lockedDatabaseGivesBusyError()
{
    PASSERELLE_SQLITE_ONLY();
    TestDatabase t;
    QVERIFY(t.isValid());
    Database &db = t.db();
    QVERIFY(db.exec(u"PRAGMA busy_timeout = 100"_s).ok());
    QCOMPARE(pragma(db, u"busy_timeout"_s).toInt(), 100);

    RawConnection other(t.path());
    QVERIFY(other.isOpen());
    QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
    QVERIFY(other.exec(u"INSERT INTO agencies (code, name) VALUES ('OTHER', 'Other')"_s));

    QElapsedTimer timer;
    timer.start();
    const auto inserted = insertAgency(db, u"TLS"_s);
    QVERIFY_ERROR(inserted, Error::Kind::Storage);
    QVERIFY2(inserted.error().message.contains(u"busy"_s), qPrintable(inserted.error().message));
    {
        Transaction tx(db);
        QVERIFY_ERROR(tx.status(), Error::Kind::Storage);
        QVERIFY(tx.status().error().message.contains(u"busy"_s));
        QVERIFY_ERROR(tx.commit(), Error::Kind::Storage);
    }
    QCOMPARE(db.transactionDepth(), 0);
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));

    // Once the other program is done, writing works again.
    QVERIFY(other.exec(u"ROLLBACK"_s));
    QVERIFY(insertAgency(db, u"TLS"_s).ok());
    QCOMPARE(count(db, u"agencies"_s), 1);
}

void DatabaseTest::freshDatabaseIsSound()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    const auto problems = t.db().integrityProblems();
    QVERIFY2(problems.ok(), why(problems).constData());
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
}

void DatabaseTest::serverAddressErrors_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("kind");
    QTest::newRow("no database") << u"postgresql://user@localhost:5432/"_s
                                 << int(Error::Kind::Usage);
    QTest::newRow("no host") << u"postgresql:///passerelle"_s << int(Error::Kind::Usage);
    QTest::newRow("password in the address")
        << u"postgresql://user:secret@localhost/passerelle"_s << int(Error::Kind::Usage);
    QTest::newRow("unknown option")
        << u"postgresql://user@localhost/passerelle?frob=1"_s << int(Error::Kind::Usage);
    QTest::newRow("bad TLS mode")
        << u"postgresql://user@localhost/passerelle?sslmode=always"_s << int(Error::Kind::Usage);
    // Port 1 on the loopback: nobody listens there.
    QTest::newRow("unreachable") << u"postgresql://user@127.0.0.1:1/passerelle"_s
                                 << int(Error::Kind::Io);
}

void DatabaseTest::serverAddressErrors()
{
    QFETCH(QString, address);
    QFETCH(int, kind);
    QVERIFY(Database::isServerLocation(address));
    const auto opened = Database::open(address);
    QVERIFY_ERROR(opened, Error::Kind(kind));
    QVERIFY(!opened.error().message.contains(u"secret"_s));
}

void DatabaseTest::serverRecordsSchemaVersion()
{
    if (Passerelle::Testing::testBackend() != Backend::Postgres)
        QSKIP("PostgreSQL only");
    TestDatabase t;
    QVERIFY(t.isValid());
    QCOMPARE(t.db().backend(), Backend::Postgres);
    QCOMPARE(*t.db().schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(t.db().scalar(u"SELECT MAX(version) FROM schema_version"_s)->toInt(),
             Database::latestSchemaVersion());
    for (const QString &table : Tables::allTableNames())
        QCOMPARE(count(t.db(), table), 0);
    QVERIFY(!t.db().displayName().contains(u"postgresql://"_s));
}

void DatabaseTest::serverRefusesNewerSchema()
{
    if (Passerelle::Testing::testBackend() != Backend::Postgres)
        QSKIP("PostgreSQL only");
    TestDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(insertAgency(t.db(), u"TLS"_s).ok());
    const int newer = Database::latestSchemaVersion() + 41;
    QVERIFY(t.db().exec(u"INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"_s,
                        {newer, u"2099-01-01T00:00:00Z"_s})
                .ok());
    t.close();
    const auto opened = Database::open(t.path(), t.options());
    QVERIFY_ERROR(opened, Error::Kind::Schema);
    QVERIFY2(mentionsNumber(opened.error().message, newer), qPrintable(opened.error().message));
    // Nothing was changed: look with a connection that does not migrate.
    Database::Options look = t.options();
    look.migrate = false;
    look.readOnly = true;
    QVERIFY(!Database::open(t.path(), look).ok());
}

void DatabaseTest::serverRefusesForeignDatabase()
{
    if (Passerelle::Testing::testBackend() != Backend::Postgres)
        QSKIP("PostgreSQL only");
    TestDatabase t;
    QVERIFY(t.isValid());
    Database::Options foreign;
    foreign.schema = u"foreign_app_%1"_s.arg(QCoreApplication::applicationPid());
    foreign.migrate = false;
    {
        auto raw = Database::open(t.path(), foreign);
        QVERIFY2(raw.ok(), why(raw).constData());
        QVERIFY((*raw)->exec(u"CREATE TABLE invoices (id INTEGER, total INTEGER)"_s).ok());
        QVERIFY((*raw)->exec(u"INSERT INTO invoices VALUES (1, 42)"_s).ok());
    }
    foreign.migrate = true;
    QVERIFY_ERROR(Database::open(t.path(), foreign), Error::Kind::Schema);
    QVERIFY_ERROR(Database::open(t.path(), {.readOnly = true, .schema = foreign.schema}),
                 Error::Kind::Schema);
    // The other application's schema is as it was: one table, its row, nothing added.
    QCOMPARE(t.db().scalar(u"SELECT COUNT(*) FROM "_s + foreign.schema + u".invoices"_s)->toInt(),
             1);
    QCOMPARE(t.db().scalar(u"SELECT COUNT(*) FROM information_schema.tables WHERE "
                           u"table_schema = ?"_s, {foreign.schema})->toInt(), 1);
    QVERIFY(t.db().exec(u"DROP SCHEMA "_s + foreign.schema + u" CASCADE"_s).ok());
}

void DatabaseTest::serverLockGivesBusyError()
{
    if (Passerelle::Testing::testBackend() != Backend::Postgres)
        QSKIP("PostgreSQL only");
    TestDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(insertAgency(t.db(), u"TLS"_s).ok());
    auto other = Database::open(t.path(), t.options());
    QVERIFY2(other.ok(), why(other).constData());
    QVERIFY(t.db().exec(u"SET lock_timeout = '100ms'"_s).ok());
    QVERIFY((*other)->begin().ok());
    QVERIFY((*other)->execAffected(u"UPDATE agencies SET name = ? WHERE code = ?"_s,
                                   {u"Autre"_s, u"TLS"_s})
                .ok());
    QElapsedTimer timer;
    timer.start();
    const auto blocked = t.db().execAffected(u"UPDATE agencies SET name = ? WHERE code = ?"_s,
                                             {u"Mienne"_s, u"TLS"_s});
    QVERIFY_ERROR(blocked, Error::Kind::Storage);
    QVERIFY2(blocked.error().message.contains(u"busy"_s), qPrintable(blocked.error().message));
    QVERIFY(timer.elapsed() < 4000);
    (*other)->rollback();
    QVERIFY(t.db().execAffected(u"UPDATE agencies SET name = ? WHERE code = ?"_s,
                                {u"Mienne"_s, u"TLS"_s})
                .ok());
}

void DatabaseTest::journalLockIsPerSchema()
{
    if (Passerelle::Testing::testBackend() != Backend::Postgres)
        QSKIP("PostgreSQL only");
    TestDatabase mine;
    TestDatabase neighbour; // another schema of the same server database
    QVERIFY(mine.isValid() && neighbour.isValid());
    auto other = Database::open(mine.path(), mine.options());
    QVERIFY2(other.ok(), why(other).constData());
    const Scope scope = TestDatabase::all();
    auto agency = [](const QString &code) {
        Agency a;
        a.code = code;
        a.name = u"Agence "_s + code;
        return a;
    };
    // Another writer of the same base holds its journal: a transaction that journaled a change.
    QVERIFY((*other)->begin().ok());
    Agency held = agency(u"HELD"_s);
    QVERIFY(AgencyRepository(**other).save(scope, held).ok());
    // The same base's journal waits for it (the chain stays one line)...
    QVERIFY(mine.db().exec(u"SET lock_timeout = '100ms'"_s).ok());
    Agency waiting = agency(u"WAIT"_s);
    const Status blocked = AgencyRepository(mine.db()).save(scope, waiting);
    QVERIFY(!blocked);
    QCOMPARE(blocked.error().kind, Error::Kind::Storage);
    // ...the journal of a base in another schema does not.
    QVERIFY(neighbour.db().exec(u"SET lock_timeout = '100ms'"_s).ok());
    Agency elsewhere = agency(u"ELSEWHERE"_s);
    const Status saved = AgencyRepository(neighbour.db()).save(scope, elsewhere);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));
    (*other)->rollback();
    Agency after = agency(u"AFTER"_s);
    QVERIFY(AgencyRepository(mine.db()).save(scope, after).ok());
}

QTEST_GUILESS_MAIN(DatabaseTest)
#include "tst_database.moc"

