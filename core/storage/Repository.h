#pragma once

#include "Database.h"
#include "Clock.h"
#include "Journal.h"
#include "Tables.h"
#include "domain/ReferenceCatalog.h"
#include "domain/Validation.h"
#include "security/Scope.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Passerelle {

/// Common ground of the repositories: the database, the acting scope's checks and the audit
/// journal. Every read takes the acting Scope; records of households outside it do not exist
/// for that reader.
class Repository
{
    Q_DECLARE_TR_FUNCTIONS(Repository)

public:
    explicit Repository(Database &db) : m_db(db) {}
    virtual ~Repository() = default;

    Database &database() const { return m_db; }

    /// The reference lists with the administrator's additions (cached per database).
    Result<ReferenceCatalog> catalog() const;

protected:
    /// NotFound when the household does not exist or lies outside the scope (the two are not
    /// told apart, so that a scope does not reveal what it hides).
    Status checkHousehold(const Scope &scope, Id householdId) const;
    /// The same for an agency-level record.
    Status checkAgency(const Scope &scope, Id agencyId) const;
    /// The household of the contract `contractId`, checked against the scope (its prints and
    /// scans are the household's).
    Result<Id> householdOfContract(const Scope &scope, Id contractId) const;
    /// " AND <column> IN (<visibleHouseholds>)" and its value, or nothing for a scope over
    /// every household.
    static QString householdFilter(const Scope &scope, const QString &column,
                                   QVariantList &values);
    /// The one rule of which households a scope sees, as a subquery of household ids: an
    /// agency's households for a CESF, the households a partner's association supports for a
    /// partner referent; empty for head-office roles (every household).
    static QString visibleHouseholds(const Scope &scope, QVariantList &values);
    /// Access error (with the role's refusal sentence), journaled, unless the scope may.
    Status require(const Scope &scope, Permission permission, Id householdId = 0) const;
    Error refuse(const Scope &scope, Permission permission, Id householdId = 0) const;
    static QString permissionName(Permission permission);
    Status audit(const Scope &scope, const QString &operation, const QString &entity,
                 Id entityId, Id householdId, const QString &summary) const;
    /// The journal entry audit() writes (for bulk writes that insert many at once).
    static AuditEntry auditEntry(const Scope &scope, const QString &operation,
                                 const QString &entity, Id entityId, Id householdId,
                                 const QString &summary);
    /// checkHousehold() for many households at once (a few queries).
    Status checkHouseholds(const Scope &scope, const QList<Id> &householdIds) const;
    static Error householdNotFound();
    /// The refusal of a save that lost the race: who saved the record last, when, and the
    /// fields whose stored value differs from `basis` (what the user read, or saved).
    template <typename T>
    Error conflict(const Sql::Table<T> &table, const QString &entity, Id id, const T &basis,
                   const T &stored) const
    {
        return conflictError(entity, id, table.changes(basis, stored));
    }
    Error conflictError(const QString &entity, Id id, const QStringList &changes) const;
    static QDate today() { return Passerelle::Clock::today(); }
    /// "?, ?, ?" with `count` marks, for "IN (...)" lists of bound values.
    static QString placeholders(qsizetype count)
    {
        QString marks;
        marks.reserve(count * 3);
        for (qsizetype i = 0; i < count; ++i)
            marks += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
        return marks;
    }
    /// How many ids one "IN (...)" list binds (SQLite allows 32 766 values per statement).
    static constexpr qsizetype IdsPerQuery = 500;

    /// "IN (...)" lists over many values (ids, references), for queries about thousands of
    /// records at once. On SQLite, one list binds all the values as a single JSON array (Qt
    /// binds values one by one, which costs more than the query); elsewhere, lists of
    /// IdsPerQuery bound values.
    struct InList
    {
        QString sql; ///< "IN (...)"
        QVariantList values;
    };
    QList<InList> inLists(const QVariantList &values) const
    {
        QList<InList> lists;
        if (values.isEmpty())
            return lists;
        if (m_db.backend() == Backend::Sqlite) {
            QJsonArray array;
            for (const QVariant &v : values) {
                if (v.typeId() == QMetaType::QString)
                    array.append(v.toString());
                else
                    array.append(v.toLongLong());
            }
            const QByteArray json = QJsonDocument(array).toJson(QJsonDocument::Compact);
            lists.append({QStringLiteral("IN (SELECT value FROM json_each(?))"),
                          {QString::fromUtf8(json)}});
            return lists;
        }
        for (qsizetype from = 0; from < values.size(); from += IdsPerQuery) {
            const QVariantList chunk = values.mid(from, IdsPerQuery);
            lists.append({QStringLiteral("IN (") + placeholders(chunk.size()) + u')', chunk});
        }
        return lists;
    }
    template <typename Container>
    static QVariantList variants(const Container &items)
    {
        QVariantList values;
        values.reserve(items.size());
        for (const auto &item : items)
            values << QVariant::fromValue(item);
        return values;
    }

    Database &m_db;
};

/// Append-only audit journal: who read or changed which household record, when.
class AuditRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)

public:
    using Repository::Repository;

    Status record(const Scope &scope, const QString &operation, const QString &entity,
                  Id entityId, Id householdId, const QString &summary) const;
    /// Refuses (journaled, with the role's sentence) unless the scope may: for entry points
    /// outside the repositories (printed documents, exports).
    Status permit(const Scope &scope, Permission permission, Id householdId = 0) const
    {
        return require(scope, permission, householdId);
    }
    /// The journal of one household, newest first.
    Result<QList<AuditEntry>> forHousehold(const Scope &scope, Id householdId) const;
};

/// Repository of records that belong to one household (contacts, alerts, referrals...).
/// `T` has `id` and `householdId` members.
template <typename T>
class HouseholdRecords : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdRecords)

public:
    HouseholdRecords(Database &db, const Sql::Table<T> &table, QString entity, QString order)
        : Repository(db), m_table(table), m_entity(std::move(entity)), m_order(std::move(order))
    {
    }

    /// The household's records, in the repository's order.
    Result<QList<T>> forHousehold(const Scope &scope, Id householdId) const
    {
        PASSERELLE_CHECK(checkHousehold(scope, householdId));
        PASSERELLE_TRY(rows, m_table.select(m_db, QStringLiteral("WHERE household_id = ? ORDER BY ")
                                                      + m_order,
                                            {householdId}));
        for (T &row : rows)
            PASSERELLE_CHECK(loadChildren(row));
        return rows;
    }

    /// The records of several households at once, by household (a few queries for
    /// thousands of households, for imports). Households outside the scope are left out.
    Result<QHash<Id, QList<T>>> forHouseholds(const Scope &scope,
                                              const QList<Id> &householdIds) const
    {
        QHash<Id, QList<T>> result;
        for (InList &list : inLists(variants(householdIds))) {
            const QString filter = householdFilter(scope, QStringLiteral("household_id"),
                                                   list.values);
            PASSERELLE_TRY(rows, m_table.select(m_db, QStringLiteral("WHERE household_id ")
                                                          + list.sql + filter
                                                          + QStringLiteral(" ORDER BY ") + m_order,
                                                list.values));
            for (T &row : rows) {
                PASSERELLE_CHECK(loadChildren(row));
                result[row.householdId].append(std::move(row));
            }
        }
        return result;
    }

    Result<T> get(const Scope &scope, Id id) const
    {
        PASSERELLE_TRY(row, m_table.byId(m_db, id));
        if (!row)
            return householdNotFound();
        PASSERELLE_CHECK(checkHousehold(scope, row->householdId));
        PASSERELLE_CHECK(loadChildren(*row));
        return *row;
    }

    /// Inserts (id 0) or updates the record, after validation, in one transaction.
    Status save(const Scope &scope, T &row) const
    {
        PASSERELLE_TRY(refs, catalog());
        PASSERELLE_CHECK(Validation::toStatus(validate(row, refs)));
        PASSERELLE_CHECK(checkHousehold(scope, row.householdId));
        PASSERELLE_CHECK(require(scope, editPermission(), row.householdId));
        Transaction tx(m_db);
        PASSERELLE_CHECK(tx.status());
        PASSERELLE_CHECK(checkConsistency(row));
        QString summary;
        if (row.id > 0) {
            PASSERELLE_TRY(before, m_table.byId(m_db, row.id));
            if (!before)
                return householdNotFound();
            if (before->householdId != row.householdId)
                return Error::validation(tr("A record cannot be moved to another household."));
            PASSERELLE_CHECK(loadChildren(*before));
            if (const Status fresh = checkFresh(row, *before); !fresh)
                return fresh;
            QStringList changed = m_table.changes(*before, row);
            if (!sameChildren(*before, row))
                changed << tr("details");
            summary = changed.join(QStringLiteral("; "));
            if (const Status updated = m_table.update(m_db, row); !updated) {
                if (updated.error().kind != Error::Kind::Conflict)
                    return updated;
                PASSERELLE_TRY(stored, m_table.byId(m_db, row.id));
                return stored ? conflict(m_table, m_entity, row.id, row, *stored) : updated;
            }
            PASSERELLE_CHECK(saveChildren(row));
            PASSERELLE_CHECK(audit(scope, QStringLiteral("update"), m_entity, row.id,
                                   row.householdId, summary));
        } else {
            PASSERELLE_CHECK(m_table.insert(m_db, row));
            PASSERELLE_CHECK(saveChildren(row));
            PASSERELLE_CHECK(audit(scope, QStringLiteral("create"), m_entity, row.id,
                                   row.householdId, QString()));
        }
        return tx.commit();
    }

    /// Inserts many new records (ids 0) at once, for imports, with the guarantees of save():
    /// each is validated and checked against the stored data, its household must lie in the
    /// scope, and each gets its journal entry; one prepared statement inserts the rows and one
    /// their journal entries, in one transaction. On error nothing is inserted and
    /// `*failedRow` (when given) is the index of the row at fault, or -1.
    Status insertMany(const Scope &scope, QList<T> &rows, qsizetype *failedRow = nullptr) const
    {
        if (failedRow)
            *failedRow = -1;
        if (rows.isEmpty())
            return {};
        const auto failAt = [&](qsizetype index, Status status) {
            if (failedRow)
                *failedRow = index;
            for (T &row : rows)
                m_table.assignId(row, 0);
            return status;
        };
        PASSERELLE_TRY(refs, catalog());
        QList<Id> households;
        households.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).id != 0) {
                return failAt(i, Error::validation(
                                         tr("Only new records can be inserted at once.")));
            }
            if (Status valid = Validation::toStatus(validate(rows.at(i), refs)); !valid)
                return failAt(i, valid);
            households << rows.at(i).householdId;
        }
        PASSERELLE_CHECK(checkHouseholds(scope, households));
        PASSERELLE_CHECK(require(scope, editPermission()));
        Transaction tx(m_db);
        PASSERELLE_CHECK(tx.status());
        qsizetype offending = -1;
        auto checkedAtOnce = checkNewRows(rows, &offending);
        if (!checkedAtOnce)
            return failAt(offending, checkedAtOnce.error());
        Sql::Inserter<T> inserter(m_db, m_table);
        JournalWriter journal(m_db);
        PASSERELLE_CHECK(inserter.prepare());
        PASSERELLE_CHECK(journal.prepare());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            T &row = rows[i];
            if (!*checkedAtOnce) {
                if (Status consistent = checkConsistency(row); !consistent)
                    return failAt(i, consistent);
            }
            if (Status inserted = inserter.insert(row); !inserted)
                return failAt(i, inserted);
            // A new record has no stored children: only those it brings need saving.
            if (!sameChildren(row, T())) {
                if (Status children = saveChildren(row); !children)
                    return failAt(i, children);
            }
            AuditEntry entry = auditEntry(scope, QStringLiteral("create"), m_entity, row.id,
                                          row.householdId, QString());
            if (Status audited = journal.insert(entry); !audited)
                return failAt(i, audited);
        }
        if (Status committed = tx.commit(); !committed)
            return failAt(-1, committed);
        return {};
    }

    Status remove(const Scope &scope, Id id) const
    {
        PASSERELLE_TRY(row, m_table.byId(m_db, id));
        if (!row)
            return householdNotFound();
        PASSERELLE_CHECK(checkHousehold(scope, row->householdId));
        PASSERELLE_CHECK(require(scope, editPermission(), row->householdId));
        Transaction tx(m_db);
        PASSERELLE_CHECK(tx.status());
        PASSERELLE_CHECK(m_table.remove(m_db, id));
        PASSERELLE_CHECK(
            audit(scope, QStringLiteral("delete"), m_entity, id, row->householdId, QString()));
        return tx.commit();
    }

protected:
    virtual Problems validate(const T &row, const ReferenceCatalog &refs) const = 0;
    /// What a role needs to change these records (the partner referent writes diagnostics).
    virtual Permission editPermission() const { return Permission::EditHouseholds; }
    /// For records with a row version: refuses a save based on an outdated read.
    Status checkFresh(const T &row, const T &stored) const
    {
        if constexpr (requires { row.rowVersion; }) {
            if (row.rowVersion != stored.rowVersion)
                return conflict(m_table, m_entity, row.id, row, stored);
        }
        return {};
    }

    /// Rules that need the stored data (overlaps, uniqueness), checked inside the transaction.
    virtual Status checkConsistency(const T &) const { return {}; }
    /// The same rules for a batch of new rows (insertMany), checked at once before any is
    /// inserted, against the stored data and between the rows: true when done, with the index
    /// of an offending row on error. By default (false) insertMany checks each row with
    /// checkConsistency() just before inserting it.
    virtual Result<bool> checkNewRows(const QList<T> &, qsizetype *) const { return false; }
    virtual Status loadChildren(T &) const { return {}; }
    virtual Status saveChildren(T &) const { return {}; }
    virtual bool sameChildren(const T &, const T &) const { return true; }

    const Sql::Table<T> &m_table;
    QString m_entity;
    QString m_order;
};

} // namespace Passerelle
