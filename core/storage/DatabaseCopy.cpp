#include "DatabaseCopy.h"

#include "Tables.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>
#include <map>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
};

// The most values one statement may bind: PostgreSQL's protocol counts parameters on 16 bits
// (65535); SQLite's SQLITE_MAX_VARIABLE_NUMBER is 32766 since 3.32.
int maxBoundValues(Backend backend)
{
    return backend == Backend::Postgres ? 65535 : 32766;
}

// About how many bytes a value weighs in the statement sent (a blob travels as hexadecimal).
qint64 weight(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return 2 + value.toString().size();
    case QMetaType::QByteArray:
        return 4 + 2 * value.toByteArray().size();
    default:
        return 8;
    }
}

/// Rows of one table written several at a time: one INSERT … VALUES (…), (…), … with bound
/// values per batch, one prepared statement per batch size (the full size, then the tail).
class BatchInsert
{
public:
    BatchInsert(Database &db, const QString &table, const QStringList &columns, int maxRows,
                qint64 maxBytes)
        : m_db(db)
        , m_table(table)
        , m_columns(columns)
        , m_maxRows(std::max(1, std::min(maxRows, maxBoundValues(db.backend())
                                                          / std::max<int>(1, columns.size()))))
        , m_maxBytes(maxBytes)
    {
        m_values.reserve(m_maxRows * columns.size());
    }

    /// Adds the current row of `source` (its columns in the order given to the constructor);
    /// sends the batch when it is full.
    Status add(const QSqlQuery &source)
    {
        for (int i = 0; i < m_columns.size(); ++i) {
            QVariant value = source.value(i);
            m_bytes += weight(value);
            m_values.append(std::move(value));
        }
        ++m_rows;
        if (m_rows >= m_maxRows || m_bytes >= m_maxBytes)
            return flush();
        return {};
    }

    /// Sends the rows not sent yet.
    Status flush()
    {
        if (m_rows == 0)
            return {};
        PASSERELLE_TRY(prepared, statement(m_rows));
        QSqlQuery &q = *prepared;
        for (int i = 0; i < m_values.size(); ++i)
            q.bindValue(i, m_values.at(i));
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), Msg::tr("copying the table %1").arg(m_table));
        if (q.numRowsAffected() != m_rows) {
            return Error::storage(Msg::tr("Table %1: %2 rows sent but %3 written. Nothing was "
                                          "copied.")
                                          .arg(m_table)
                                          .arg(m_rows)
                                          .arg(q.numRowsAffected()));
        }
        m_written += m_rows;
        m_values.clear();
        m_rows = 0;
        m_bytes = 0;
        return {};
    }

    qint64 written() const { return m_written; }

private:
    Result<QSqlQuery *> statement(int rows)
    {
        auto found = m_statements.find(rows);
        if (found != m_statements.end())
            return found->second.get();
        QString one = QStringLiteral("(?");
        for (int i = 1; i < m_columns.size(); ++i)
            one += QStringLiteral(", ?");
        one += u')';
        QStringList tuples;
        tuples.reserve(rows);
        for (int i = 0; i < rows; ++i)
            tuples << one;
        const QString sql = QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (")
                            + m_columns.join(u", ") + QStringLiteral(") VALUES ")
                            + tuples.join(u", ");
        auto q = std::make_unique<QSqlQuery>(m_db.connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return m_db.errorFrom(q->lastError(), Msg::tr("preparing the copy of %1").arg(m_table));
        return m_statements.emplace(rows, std::move(q)).first->second.get();
    }

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_maxRows;
    qint64 m_maxBytes;
    std::map<int, std::unique_ptr<QSqlQuery>> m_statements;
    QVariantList m_values;
    int m_rows = 0;
    qint64 m_bytes = 0;
    qint64 m_written = 0;
};

/// PostgreSQL: the foreign keys and the plain (non-unique) indexes of the copied tables are
/// set aside while the rows are written, then made again, in the copy's transaction. Checking
/// a foreign key row by row and inserting into an index in random order cost the server far
/// more than one validating join and one sorted build at the end (two thirds of the time for
/// the contacts of a large base). The primary keys, unique constraints and checks stay: they
/// refuse a bad row as it is written. Everything happens in the transaction, so a failure,
/// even while the indexes or keys are made again, leaves the target as it was.
class DeferredConstraints
{
public:
    explicit DeferredConstraints(Database &db)
        : m_db(db)
    {}

    /// Drops them and remembers how to make them again. When the account may not change the
    /// tables (it does not own them), nothing is dropped and rows are checked as they come.
    Status setAside(const QStringList &tables)
    {
        // Statements written by the server itself (format %I quotes every name, and the
        // definitions are the server's own), foreign keys dropped before the indexes.
        static const QString sql
                = u"SELECT drop_sql, create_sql, tbl FROM ("
                  " SELECT 1 AS step, t.relname AS tbl, c.conname AS name,"
                  "  format('ALTER TABLE %I DROP CONSTRAINT %I', t.relname, c.conname)"
                  "   AS drop_sql,"
                  "  format('ALTER TABLE %I ADD CONSTRAINT %I ', t.relname, c.conname)"
                  "   || pg_get_constraintdef(c.oid) AS create_sql"
                  " FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
                  " WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace"
                  "  AND t.relname = ANY (string_to_array(?, ','))"
                  " UNION ALL"
                  " SELECT 2, t.relname, x.relname, format('DROP INDEX %I', x.relname),"
                  "  pg_get_indexdef(i.indexrelid)"
                  " FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid"
                  " JOIN pg_class x ON x.oid = i.indexrelid"
                  " WHERE NOT i.indisunique AND NOT i.indisprimary"
                  "  AND t.relnamespace = current_schema()::regnamespace"
                  "  AND t.relname = ANY (string_to_array(?, ','))"
                  "  AND NOT EXISTS (SELECT 1 FROM pg_constraint k"
                  "   WHERE k.conindid = i.indexrelid)"
                  ") s ORDER BY step, tbl, name"_s;
        const QString names = tables.join(u',');
        PASSERELLE_TRY(q, m_db.exec(sql, {names, names}));
        QStringList drops;
        QList<Create> creates;
        while (q.next()) {
            drops << q.value(0).toString();
            creates.append({q.value(2).toString(), q.value(1).toString()});
        }
        Transaction attempt(m_db); // a savepoint: a refused DROP leaves everything in place
        PASSERELLE_CHECK(attempt.status());
        for (const QString &drop : std::as_const(drops)) {
            if (!m_db.exec(drop))
                return {}; // rolled back to the savepoint: copy with everything in place
        }
        PASSERELLE_CHECK(attempt.commit());
        m_creates = creates;
        return {};
    }

    /// Makes them again; a foreign key that the copied rows break fails here.
    Status restore()
    {
        for (const Create &create : std::as_const(m_creates)) {
            QSqlQuery q(m_db.connection());
            if (!q.exec(create.sql)) {
                return m_db.errorFrom(q.lastError(),
                                      Msg::tr("rebuilding the indexes and links of the table %1")
                                              .arg(create.table));
            }
        }
        m_creates.clear();
        return {};
    }

private:
    struct Create
    {
        QString table;
        QString sql;
    };
    Database &m_db;
    QList<Create> m_creates;
};

} // namespace

Result<QList<TableCopy>> copyDatabase(Database &from, Database &to, const CopyOptions &options)
{
    PASSERELLE_TRY(fromVersion, from.schemaVersion());
    PASSERELLE_TRY(toVersion, to.schemaVersion());
    if (fromVersion != toVersion) {
        return Error::schema(Msg::tr("The two databases are not at the same version (%1 and %2). "
                                     "Open each one once with this version of Passerelle, then "
                                     "try again.")
                                 .arg(fromVersion)
                                 .arg(toVersion));
    }
    const QStringList tables = Tables::allTableNames();
    for (const QString &table : tables) {
        PASSERELLE_TRY(n, to.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table));
        if (n.toLongLong() > 0) {
            return Error::validation(Msg::tr("The target database “%1” is not empty (table %2). "
                                             "Records are only copied into an empty database.")
                                         .arg(to.displayName(), table));
        }
    }
    const auto tell = [&options](const CopyProgress &p) {
        if (options.progress)
            options.progress(p);
    };

    QList<TableCopy> report;
    // Declared before the transaction so that, on failure, the prepared statements are freed
    // after the rollback (a PostgreSQL transaction in error refuses even to free them).
    std::unique_ptr<BatchInsert> insert;
    Transaction tx(to);
    PASSERELLE_CHECK(tx.status());
    DeferredConstraints deferred(to);
    if (to.backend() == Backend::Postgres)
        PASSERELLE_CHECK(deferred.setAside(tables));
    for (int index = 0; index < tables.size(); ++index) {
        const QString &table = tables.at(index);
        QElapsedTimer clock;
        clock.start();
        TableCopy copy{table, 0, 0, 0};
        const int tableCount = int(tables.size());
        CopyProgress step{CopyProgress::Stage::TableStarted, table, index + 1, tableCount,
                          0, 0, 0};
        PASSERELLE_TRY(total, from.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table));
        step.rowsTotal = total.toLongLong();
        tell(step);

        PASSERELLE_TRY(rows, from.exec(QStringLiteral("SELECT * FROM ") + table));
        const QSqlRecord record = rows.record();
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
        insert = std::make_unique<BatchInsert>(to, table, columns, options.maxBatchRows,
                                               options.maxBatchBytes);
        step.stage = CopyProgress::Stage::Rows;
        qint64 reported = 0;
        while (rows.next()) {
            PASSERELLE_CHECK(insert->add(rows));
            ++copy.source;
            if (insert->written() != reported) {
                reported = insert->written();
                step.rowsDone = reported;
                tell(step);
            }
        }
        if (rows.lastError().isValid())
            return from.errorFrom(rows.lastError(), Msg::tr("reading the table %1").arg(table));
        PASSERELLE_CHECK(insert->flush());
        if (insert->written() != reported) {
            step.rowsDone = insert->written();
            tell(step);
        }
        insert.reset();

        PASSERELLE_TRY(n, to.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table));
        copy.copied = n.toLongLong();
        if (copy.copied != copy.source) {
            return Error::storage(Msg::tr("Table %1: %2 rows read but %3 in the target. Nothing "
                                          "was copied.")
                                      .arg(table)
                                      .arg(copy.source)
                                      .arg(copy.copied));
        }
        // Ids were copied as they are: new records must continue after the largest one.
        if (to.backend() == Backend::Postgres && columns.contains(QStringLiteral("id"))
            && table != u"organisation") {
            PASSERELLE_TRY(seq, to.scalar(QStringLiteral("SELECT setval(pg_get_serial_sequence('")
                                          + table
                                          + QStringLiteral("', 'id'), COALESCE(MAX(id), 0) + 1, "
                                                           "false) FROM ")
                                          + table));
            Q_UNUSED(seq);
        }
        copy.milliseconds = clock.elapsed();
        step.stage = CopyProgress::Stage::TableDone;
        step.rowsDone = copy.copied;
        step.milliseconds = copy.milliseconds;
        tell(step);
        report << copy;
    }
    const int count = int(tables.size());
    tell({CopyProgress::Stage::Checking, {}, count, count, 0, 0, 0});
    PASSERELLE_CHECK(deferred.restore());
    tell({CopyProgress::Stage::Committing, {}, count, count, 0, 0, 0});
    PASSERELLE_CHECK(tx.commit());
    if (to.backend() == Backend::Postgres) {
        // Without statistics the server plans every query as for empty tables, and without
        // its visibility map it reads every row an index already holds (until its autovacuum
        // gets to them): the first users would wait seconds for a list. (Outside the copy's
        // transaction, which VACUUM refuses.)
        tell({CopyProgress::Stage::Analysing, {}, count, count, 0, 0, 0});
        PASSERELLE_TRY(analysed, to.exec(QStringLiteral("VACUUM (ANALYZE)")));
        Q_UNUSED(analysed);
    }
    return report;
}

} // namespace Passerelle
