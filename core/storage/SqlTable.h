#pragma once

#include "Database.h"
#include "SqlValue.h"
#include "StoredCodes.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace Passerelle::Sql {

/// How one member of a value type maps to one column.
template <typename T>
struct Column
{
    QString name;
    std::function<QVariant(const T &)> get;
    std::function<void(T &, const QVariant &)> set;
    bool freeText = false; ///< the audit journal says "changed" without copying the text
    /// A code of this reference list (or several, joined with '|'), checked when read.
    std::optional<ReferenceList> list = std::nullopt;
    bool multiple = false;
};

/// A column holding member `member` (QString, QDate, int, bool, optional<...>, QStringList...).
template <typename T, typename V>
Column<T> col(const char *name, V T::*member)
{
    return {QString::fromLatin1(name),
            [member](const T &row) { return toSql(row.*member); },
            [member](T &row, const QVariant &v) { row.*member = fromSql<V>(v); },
            false};
}

/// A free-text column (notes, observations, minutes).
template <typename T>
Column<T> text(const char *name, QString T::*member)
{
    Column<T> c = col(name, member);
    c.freeText = true;
    return c;
}

/// A column identifying a person (name, birth date, phone, e-mail, street address): like free
/// text, the journal says "changed" without copying the value, and the retention run erases it.
template <typename T, typename V>
Column<T> personal(const char *name, V T::*member)
{
    Column<T> c = col(name, member);
    c.freeText = true;
    return c;
}

/// A column holding a code of `list`: a stored value outside the list is an error when read
/// (see StoredCodes).
template <typename T>
Column<T> code(const char *name, QString T::*member, ReferenceList list)
{
    Column<T> c = col(name, member);
    c.list = list;
    return c;
}

/// A column holding codes of `list` joined with '|', each checked when read.
template <typename T>
Column<T> codes(const char *name, QStringList T::*member, ReferenceList list)
{
    Column<T> c = col(name, member);
    c.list = list;
    c.multiple = true;
    return c;
}

/// A link to another record; 0 is stored as NULL.
template <typename T>
Column<T> link(const char *name, Id T::*member)
{
    return {QString::fromLatin1(name),
            [member](const T &row) { return idToSql(row.*member); },
            [member](T &row, const QVariant &v) { row.*member = v.isNull() ? 0 : v.toLongLong(); },
            false};
}

/// The mapping of a value type to a table with an `id` primary key.
template <typename T>
class Table
{
public:
    Table(QString name, Id T::*id, QList<Column<T>> columns, RowVersion T::*version = nullptr)
        : m_name(std::move(name)), m_id(id), m_columns(std::move(columns)), m_version(version)
    {
        for (const auto &c : m_columns)
            m_hasCodes = m_hasCodes || c.list.has_value();
    }

    const QString &name() const { return m_name; }
    const QList<Column<T>> &columns() const { return m_columns; }

    /// "id, c1, c2..." (each prefixed with `alias.` when given), in fromRow() order.
    QString selectList(const QString &alias = {}) const
    {
        const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
        QStringList names{prefix + QStringLiteral("id")};
        for (const auto &c : m_columns)
            names << prefix + c.name;
        if (m_version)
            names << prefix + QStringLiteral("row_version");
        return names.join(QStringLiteral(", "));
    }
    int selectWidth() const { return 1 + int(m_columns.size()) + (m_version ? 1 : 0); }

    T fromRow(const QSqlQuery &q, int offset = 0) const
    {
        T row;
        row.*m_id = q.value(offset).toLongLong();
        for (int i = 0; i < m_columns.size(); ++i)
            m_columns[i].set(row, q.value(offset + 1 + i));
        if (m_version)
            row.*m_version = q.value(offset + 1 + int(m_columns.size())).toInt();
        return row;
    }

    /// Refuses a row whose code columns hold values outside their lists (a damaged base).
    Status checkCodes(const QSqlQuery &q, const StoredCodes &codes, int offset = 0) const
    {
        for (int i = 0; i < m_columns.size(); ++i) {
            const Column<T> &c = m_columns[i];
            if (c.list) {
                PASSERELLE_CHECK(codes.check(*c.list, c.multiple, q.value(offset + 1 + i),
                                             m_name + u'.' + c.name));
            }
        }
        return {};
    }

    /// SELECT with a trailing clause ("WHERE household_id = ? ORDER BY date").
    Result<QList<T>> select(Database &db, const QString &clause, const QVariantList &values) const
    {
        std::optional<StoredCodes> codes;
        if (m_hasCodes) {
            PASSERELLE_TRY(lists, StoredCodes::of(db));
            codes.emplace(std::move(lists));
        }
        PASSERELLE_TRY(q, db.exec(QStringLiteral("SELECT ") + selectList() + QStringLiteral(" FROM ")
                                      + m_name + u' ' + clause,
                                  values));
        QList<T> rows;
        while (q.next()) {
            if (codes)
                PASSERELLE_CHECK(checkCodes(q, *codes));
            rows.append(fromRow(q));
        }
        return rows;
    }

    Result<std::optional<T>> selectOne(Database &db, const QString &clause,
                                       const QVariantList &values) const
    {
        PASSERELLE_TRY(rows, select(db, clause, values));
        if (rows.isEmpty())
            return std::optional<T>();
        return std::optional<T>(rows.first());
    }

    Result<std::optional<T>> byId(Database &db, Id id) const
    {
        return selectOne(db, QStringLiteral("WHERE id = ?"), {id});
    }

    /// Inserts `row` and sets its id (and row version to 1).
    Status insert(Database &db, T &row) const
    {
        QStringList names;
        QStringList marks;
        QVariantList values;
        for (const auto &c : m_columns) {
            names << c.name;
            marks << QStringLiteral("?");
            values << c.get(row);
        }
        PASSERELLE_TRY(id, db.insertReturningId(QStringLiteral("INSERT INTO ") + m_name + u" ("
                                                    + names.join(u", ") + u") VALUES ("
                                                    + marks.join(u", ") + u')',
                                                values));
        row.*m_id = id;
        if (m_version)
            row.*m_version = 1;
        return {};
    }

    /// Updates the row with `row`'s id. With a row version, the update only happens if nobody
    /// changed the row since it was read (Error::Conflict otherwise), and the version goes up.
    Status update(Database &db, T &row) const
    {
        QStringList sets;
        QVariantList values;
        for (const auto &c : m_columns) {
            sets << c.name + QStringLiteral(" = ?");
            values << c.get(row);
        }
        QString sql = QStringLiteral("UPDATE ") + m_name + QStringLiteral(" SET ") + sets.join(u", ");
        if (m_version)
            sql += QStringLiteral(", row_version = row_version + 1");
        sql += QStringLiteral(" WHERE id = ?");
        values << row.*m_id;
        if (m_version) {
            sql += QStringLiteral(" AND row_version = ?");
            values << row.*m_version;
        }
        PASSERELLE_TRY(affected, db.execAffected(sql, values));
        if (affected != 1) {
            if (m_version) {
                return Error::conflict(QCoreApplication::translate(
                    "Database", "Someone else changed this record since you opened it. Your "
                                "changes were not saved; reopen it to see theirs."));
            }
            return Error::notFound(QCoreApplication::translate(
                "Database", "The record no longer exists; it may have been deleted."));
        }
        if (m_version)
            row.*m_version += 1;
        return {};
    }

    /// Gives a row its id after an insertion (and row version 1 when it has one), or 0 when
    /// the insertion was rolled back.
    void assignId(T &row, Id id) const
    {
        row.*m_id = id;
        if (m_version)
            row.*m_version = id > 0 ? 1 : 0;
    }

    Status remove(Database &db, Id id) const
    {
        PASSERELLE_TRY(affected,
                       db.execAffected(QStringLiteral("DELETE FROM ") + m_name
                                           + QStringLiteral(" WHERE id = ?"),
                                       {id}));
        Q_UNUSED(affected);
        return {};
    }

    /// Makes the stored children of `parentId` exactly `rows`: updates those with a known id,
    /// inserts the new ones, deletes the others. Sets each row's parent id and new ids.
    Status syncChildren(Database &db, Id T::*parent, const QString &parentColumn, Id parentId,
                        QList<T> &rows) const
    {
        QSet<Id> existing;
        {
            PASSERELLE_TRY(q, db.exec(QStringLiteral("SELECT id FROM ") + m_name
                                          + QStringLiteral(" WHERE ") + parentColumn
                                          + QStringLiteral(" = ?"),
                                      {parentId}));
            while (q.next())
                existing.insert(q.value(0).toLongLong());
        }
        QSet<Id> kept;
        for (T &row : rows) {
            if (row.*m_id > 0 && existing.contains(row.*m_id) && !kept.contains(row.*m_id))
                kept.insert(row.*m_id);
            else
                row.*m_id = 0;
        }
        for (Id id : std::as_const(existing)) {
            if (!kept.contains(id))
                PASSERELLE_CHECK(remove(db, id));
        }
        for (T &row : rows) {
            row.*parent = parentId;
            if (row.*m_id > 0)
                PASSERELLE_CHECK(update(db, row));
            else
                PASSERELLE_CHECK(insert(db, row));
        }
        return {};
    }

    /// Columns whose value differs, as "column: old → new" (free text: "column changed").
    QStringList changes(const T &before, const T &after) const
    {
        QStringList out;
        for (const auto &c : m_columns) {
            const QVariant a = c.get(before);
            const QVariant b = c.get(after);
            if (a == b)
                continue;
            if (c.freeText)
                out << c.name;
            else
                out << c.name + QStringLiteral(": ") + shown(a) + QStringLiteral(" → ") + shown(b);
        }
        return out;
    }

private:
    static QString shown(const QVariant &v)
    {
        if (v.isNull())
            return QStringLiteral("∅");
        if (v.metaType().id() == QMetaType::QByteArray)
            return QStringLiteral("…");
        const QString s = v.toString();
        return s.isEmpty() ? QStringLiteral("∅") : s;
    }

    QString m_name;
    Id T::*m_id;
    QList<Column<T>> m_columns;
    RowVersion T::*m_version;
    bool m_hasCodes = false;
};

/// Inserts many rows of one table through a single prepared statement (imports): preparing a
/// statement costs more than running it. Use it inside a transaction.
template <typename T>
class Inserter
{
public:
    Inserter(Database &db, const Table<T> &table)
        : m_db(db), m_table(table), m_query(db.connection())
    {
    }

    Status prepare()
    {
        QStringList names;
        QStringList marks;
        for (const auto &c : m_table.columns()) {
            names << c.name;
            marks << QStringLiteral("?");
        }
        // SQLite gives the new id directly, and RETURNING would double the cost of an insert.
        m_returning = m_db.backend() != Backend::Sqlite;
        m_query.setForwardOnly(true);
        if (!m_query.prepare(QStringLiteral("INSERT INTO ") + m_table.name() + u" ("
                             + names.join(u", ") + u") VALUES (" + marks.join(u", ") + u')'
                             + (m_returning ? QStringLiteral(" RETURNING id") : QString()))) {
            return m_db.errorFrom(m_query.lastError(),
                                  QCoreApplication::translate("Database", "preparing a query"));
        }
        return {};
    }

    /// Inserts `row` and sets its id.
    Status insert(T &row)
    {
        int position = 0;
        for (const auto &c : m_table.columns())
            m_query.bindValue(position++, c.get(row));
        const auto failure = [this] {
            return m_db.errorFrom(m_query.lastError(),
                                  QCoreApplication::translate("Database", "saving a record"));
        };
        if (!m_query.exec())
            return failure();
        Id id = 0;
        if (m_returning) {
            if (!m_query.next())
                return failure();
            id = m_query.value(0).toLongLong();
        } else {
            id = m_query.lastInsertId().toLongLong();
        }
        if (id <= 0)
            return failure();
        m_table.assignId(row, id);
        return {};
    }

private:
    Database &m_db;
    const Table<T> &m_table;
    QSqlQuery m_query;
    bool m_returning = false;
};

} // namespace Passerelle::Sql
