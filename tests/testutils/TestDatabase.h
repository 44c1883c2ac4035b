#pragma once

#include "security/Scope.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Passerelle::Testing {

/// The backend the suite runs against: SQLite by default; PostgreSQL when the environment
/// says PASSERELLE_TEST_BACKEND=postgres (the server is PASSERELLE_TEST_PG_URL, started by
/// tools/pg-server.sh).
Backend testBackend();
/// Why the requested backend cannot be used (empty when it can).
QString backendUnavailable();

/// A fresh, migrated database, removed with the object: a file in a temporary folder, or a
/// schema of its own on the test PostgreSQL server.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    bool isValid() const { return m_db != nullptr; }
    Database &db() { return *m_db; }
    Backend backend() const { return testBackend(); }
    /// The file (SQLite) or the server address (PostgreSQL).
    QString path() const { return m_path; }
    /// Options that open this same database again (schema included).
    Database::Options options() const;
    QString dir() const { return m_dir.path(); }
    /// Closes the connection (the file stays until the object is destroyed).
    void close() { m_db.reset(); }
    /// Reopens the file.
    bool reopen();

    /// A scope over every agency, as the head office sees it.
    static Scope all() { return Scope::everything(QStringLiteral("test")); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_schema;
    std::unique_ptr<Database> m_db;
};

/// Loads the French translation (the users' language) into the application, once.
void installFrenchTranslation();

/// `text` with French typography: a no-break space inside « » and before : ; ? ! — as the
/// French translation writes them. Lets tests spell expected messages with plain spaces.
QString french(QString text);

/// The bytes of a file, for "left unchanged" checks.
QByteArray fileBytes(const QString &path);

} // namespace Passerelle::Testing

/// In initTestCase(): skips the whole test class, saying why, when the requested backend (the
/// PostgreSQL test server) is not available.
#define PASSERELLE_REQUIRE_BACKEND()                                                               \
    do {                                                                                           \
        const QString why_ = Passerelle::Testing::backendUnavailable();                            \
        if (!why_.isEmpty())                                                                       \
            QSKIP(qPrintable(why_));                                                               \
    } while (false)

/// In a test that checks what only a SQLite file has (bytes, pragmas, WAL...).
#define PASSERELLE_SQLITE_ONLY()                                                                   \
    do {                                                                                           \
        if (Passerelle::Testing::testBackend() != Passerelle::Backend::Sqlite)                     \
            QSKIP("SQLite file only");                                                             \
    } while (false)

namespace Passerelle::Testing {

/// Runs the sqlite3 command-line program on `file` — another process, as a user's second
/// program would — and gives what it printed (trimmed), or "error: …" when it failed.
QString sqlite3Cli(const QString &file, const QString &sql);

/// How many descriptors of this process point to a deleted file whose name starts with the
/// name of `file` (the database, its -wal or its -shm): the mark of the lost-save bug.
int deletedDescriptorsOf(const QString &file);

/// Drops every SQLite lock this process holds on `file`, as any code that opens and closes the
/// file outside SQLite does (POSIX advisory locks are per process).
void openAndCloseOutsideSqlite(const QString &file);

/// Ways a SQLite file gets damaged, for the tests that check a damaged base is never trusted.
enum class Damage {
    Truncated,    ///< the second half of the file is gone
    ZeroedHeader, ///< the 100-byte file header is zeros
    IndexPage,    ///< the header of the root page of an index is scrambled
    CodeInIndex,  ///< a byte of every contact type in index pages: "visite\0domicile"
};
/// Damages the closed SQLite file `path` (a base with the demo's contacts); `index` is the
/// index of Damage::IndexPage. False when the damage could not be made.
bool damageFile(const QString &path, Damage damage,
                const QString &index = QStringLiteral("contacts_date_household_type"));

/// Turns the closed file `path`, a base of the latest schema, into a base of schema 6 (before
/// the signed contracts' scans and the members' civility).
bool downgradeToSchema6(const QString &path);

/// Turns the closed file `path`, a base of the latest schema, into a base of schema 4 (before
/// the list's name key and indexes).
bool downgradeToSchema4(const QString &path);

/// Turns the closed file `path`, a base of the latest schema, into a base of schema 2 (as the
/// version before contract prints wrote it).
bool downgradeToSchema2(const QString &path);

} // namespace Passerelle::Testing
