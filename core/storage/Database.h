#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <atomic>
#include <memory>

struct sqlite3;

namespace Passerelle {

class ReferenceCatalog;

enum class Backend { Sqlite, Postgres };

/// One connection to a Passerelle database (a SQLite file, or later a PostgreSQL server), with
/// its schema migrations and transactions. A Database is used only in the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    struct Options
    {
        bool readOnly = false; ///< open without writing anything (check, inspection)
        bool create = true;    ///< set up a base when the file does not exist or is empty
        bool migrate = true;   ///< bring the schema up to date after opening
        QString password;      ///< PostgreSQL: the password (never stored); empty = PGPASSWORD
        QString schema;        ///< PostgreSQL: work in this schema (created if missing)
        /// Read-only: open a base of an older schema as it is, to inspect it (check); without
        /// it a read-only opening refuses an older base, which it could not read correctly.
        bool acceptOlder = false;
    };

    /// True when `location` names a PostgreSQL server (postgresql://user@host:port/dbname).
    static bool isServerLocation(const QString &location);

    /// Opens `location`: a SQLite file path, or postgresql://user@host:port/dbname[?sslmode=…].
    /// A database written by a newer version of Passerelle, or that is not a Passerelle
    /// database, is refused and left unchanged (a file stays byte-for-byte the same). So is:
    /// - an empty file (or a missing one), unless `create` is set and it may be written;
    /// - a file with Passerelle's tables but a schema version of 0 or less (damaged);
    /// - an older base opened read-only (unless `acceptOlder`); opened to write with
    ///   `migrate`, an older base is upgraded, after SQLite's quick check (a damaged base is
    ///   refused), and upgradedFrom() says so.
    static Result<std::unique_ptr<Database>> open(const QString &location, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &location)
    {
        return open(location, Options{});
    }
    ~Database();

    /// Another connection to the same base with the same rights (a server account's role and
    /// password, the schema), for work in another thread: call it in the thread that will use
    /// the new connection, and destroy it there. Reads only this object's settings, never its
    /// connection's state; the base is neither created nor upgraded.
    Result<std::unique_ptr<Database>> openAnother() const;

    Backend backend() const { return m_backend; }
    /// The file name (without folders), for messages.
    QString displayName() const;
    QString location() const { return m_location; }
    bool isReadOnly() const { return m_readOnly; }

    /// The schema version this build writes.
    static int latestSchemaVersion();
    /// The refusal of an older base by a command that only reads (it would misread it).
    static Error olderSchemaError(const QString &displayName, int version);
    Result<int> schemaVersion();
    /// Applies the missing migrations in one transaction.
    Status migrate();
    /// The schema version this base had before open() or migrate() upgraded it; 0 when it
    /// was not upgraded (up to date, or created).
    int upgradedFrom() const { return m_upgradedFrom; }

    /// Prepares `sql`, binds `values` positionally and executes it.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});
    /// Runs a query expected to return one value in its first row (or null when no row).
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    /// Runs a statement and returns the number of rows it changed.
    Result<int> execAffected(const QString &sql, const QVariantList &values = {});
    /// Runs an INSERT ... RETURNING id and gives the new id.
    Result<qint64> insertReturningId(const QString &sql, const QVariantList &values);

    /// Transactions nest: the outermost is a real transaction, inner ones are savepoints.
    Status begin();
    Status commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    enum class CheckDepth {
        Quick, ///< SQLite's quick_check: pages and records, not indexes against their tables
        Full,  ///< integrity_check (indexes included), then the broken links between tables
    };
    /// Integrity problems, described in the user's language (SQLite's own lines are English
    /// and technical); empty when the database is sound. Setting `cancel` from another thread
    /// stops the check within milliseconds, with an error.
    Result<QStringList> integrityProblems(CheckDepth depth = CheckDepth::Full,
                                          const std::atomic_bool *cancel = nullptr);

    /// SQLite's own handle under Qt's driver, for its API beyond SQL (backup, bulk writing);
    /// nullptr on PostgreSQL.
    sqlite3 *sqliteHandle() const;

    /// Turns a driver error into an Error whose message says what to do.
    Error errorFrom(const QSqlError &error, const QString &what) const;

    QSqlDatabase connection() const;

    /// Cache of the reference catalog of this database (see ReferenceRepository); dropped on
    /// every change of the lists and on rollback.
    std::shared_ptr<const ReferenceCatalog> cachedCatalog() const { return m_catalog; }
    void setCachedCatalog(std::shared_ptr<const ReferenceCatalog> catalog)
    {
        m_catalog = std::move(catalog);
    }

private:
    Database() = default;
    static Result<std::unique_ptr<Database>> openPostgres(const QString &location,
                                                          const Options &options);
    Status applyPragmas();
    void rememberFiles();
    /// Closes and opens the SQLite file again (no transaction may be open).
    Status reconnect();
    /// Refuses to save when the file, its WAL or its shared-memory file is no longer the one
    /// this connection writes to (deleted, replaced or moved by another program): a commit
    /// would then reach a file nobody else sees, and be lost.
    Status checkFilesInPlace() const;
    Status checkServerVersion();
    Status runScript(const QString &script);

    QString m_connectionName;
    QString m_location;
    QString m_schema; ///< PostgreSQL: the schema worked in (Options::schema), or empty
    QString m_displayName;
    Backend m_backend = Backend::Sqlite;
    bool m_readOnly = false;
    bool m_registeredFile = false; ///< announced to SafeFiles as a live SQLite file
    /// Identities of the file, its WAL and its shared-memory file when they were opened (see
    /// checkFilesInPlace()).
    QStringList m_fileIdentities;
    int m_depth = 0;
    int m_upgradedFrom = 0;
    std::shared_ptr<const ReferenceCatalog> m_catalog;
};

/// Scoped transaction: begins on construction, rolls back on destruction unless committed.
class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database &db);
    ~Transaction();

    /// The result of beginning; check it before writing.
    const Status &status() const { return m_status; }
    Status commit();

private:
    Database &m_db;
    Status m_status;
    bool m_open = false;
};

} // namespace Passerelle
