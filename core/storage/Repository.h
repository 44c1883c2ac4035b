#pragma once

#include "Database.h"
#include "Tables.h"
#include "domain/ReferenceCatalog.h"
#include "domain/Validation.h"
#include "security/Scope.h"

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
    /// " AND <column> IN (SELECT id FROM households WHERE agency_id = ?)" and its value, or
    /// nothing for a scope over every agency.
    static QString householdFilter(const Scope &scope, const QString &column,
                                   QVariantList &values);
    Status audit(const Scope &scope, const QString &operation, const QString &entity,
                 Id entityId, Id householdId, const QString &summary) const;
    static Error householdNotFound();
    static QDate today() { return QDate::currentDate(); }

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
            QStringList changed = m_table.changes(*before, row);
            if (!sameChildren(*before, row))
                changed << tr("details");
            summary = changed.join(QStringLiteral("; "));
            PASSERELLE_CHECK(m_table.update(m_db, row));
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

    Status remove(const Scope &scope, Id id) const
    {
        PASSERELLE_TRY(row, m_table.byId(m_db, id));
        if (!row)
            return householdNotFound();
        PASSERELLE_CHECK(checkHousehold(scope, row->householdId));
        Transaction tx(m_db);
        PASSERELLE_CHECK(tx.status());
        PASSERELLE_CHECK(m_table.remove(m_db, id));
        PASSERELLE_CHECK(
            audit(scope, QStringLiteral("delete"), m_entity, id, row->householdId, QString()));
        return tx.commit();
    }

protected:
    virtual Problems validate(const T &row, const ReferenceCatalog &refs) const = 0;
    /// Rules that need the stored data (overlaps, uniqueness), checked inside the transaction.
    virtual Status checkConsistency(const T &) const { return {}; }
    virtual Status loadChildren(T &) const { return {}; }
    virtual Status saveChildren(T &) const { return {}; }
    virtual bool sameChildren(const T &, const T &) const { return true; }

    const Sql::Table<T> &m_table;
    QString m_entity;
    QString m_order;
};

} // namespace Passerelle
