#pragma once

#include "Repository.h"

namespace Passerelle {

/// Repository of a directory record with a unique code (agencies, partners, actions, users).
/// Directory records are not personal data of households: every scope may read them.
template <typename T>
class DirectoryRecords : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryRecords)

public:
    DirectoryRecords(Database &db, const Sql::Table<T> &table, QString entity,
                     QString codeColumn, QString order)
        : Repository(db), m_table(table), m_entity(std::move(entity)),
          m_codeColumn(std::move(codeColumn)), m_order(std::move(order))
    {
    }

    /// Every record, without its children (for lists and choices).
    Result<QList<T>> list() const
    {
        return m_table.select(m_db, QStringLiteral("ORDER BY ") + m_order, {});
    }

    /// One record with its children.
    Result<T> get(Id id) const
    {
        PASSERELLE_TRY(row, m_table.byId(m_db, id));
        if (!row)
            return Error::notFound(notFoundMessage());
        PASSERELLE_CHECK(loadChildren(*row));
        return *row;
    }

    /// The record with this code, with its children, if any.
    Result<std::optional<T>> findByCode(const QString &code) const
    {
        PASSERELLE_TRY(row, m_table.selectOne(m_db, QStringLiteral("WHERE ") + m_codeColumn
                                                        + QStringLiteral(" = ?"),
                                              {code}));
        if (row)
            PASSERELLE_CHECK(loadChildren(*row));
        return row;
    }

    Status save(const Scope &scope, T &row) const
    {
        PASSERELLE_CHECK(require(scope, managePermission()));
        PASSERELLE_TRY(refs, catalog());
        PASSERELLE_CHECK(Validation::toStatus(validate(row, refs)));
        Transaction tx(m_db);
        PASSERELLE_CHECK(tx.status());
        PASSERELLE_TRY(clash, m_db.scalar(QStringLiteral("SELECT id FROM ") + m_table.name()
                                              + QStringLiteral(" WHERE ") + m_codeColumn
                                              + QStringLiteral(" = ? AND id <> ?"),
                                          {codeOf(row), row.id}));
        if (!clash.isNull())
            return Error::validation(tr("The code “%1” is already used.").arg(codeOf(row)));
        if (row.id > 0) {
            PASSERELLE_TRY(before, m_table.byId(m_db, row.id));
            if (!before)
                return Error::notFound(notFoundMessage());
            const QString summary = m_table.changes(*before, row).join(QStringLiteral("; "));
            PASSERELLE_CHECK(m_table.update(m_db, row));
            PASSERELLE_CHECK(saveChildren(row));
            PASSERELLE_CHECK(audit(scope, QStringLiteral("update"), m_entity, row.id, 0, summary));
        } else {
            PASSERELLE_CHECK(m_table.insert(m_db, row));
            PASSERELLE_CHECK(saveChildren(row));
            PASSERELLE_CHECK(audit(scope, QStringLiteral("create"), m_entity, row.id, 0, QString()));
        }
        return tx.commit();
    }

protected:
    virtual Problems validate(const T &row, const ReferenceCatalog &refs) const = 0;
    virtual QString codeOf(const T &row) const = 0;
    virtual QString notFoundMessage() const = 0;
    /// What a role needs to change these records.
    virtual Permission managePermission() const { return Permission::ManageActions; }
    virtual Status loadChildren(T &) const { return {}; }
    virtual Status saveChildren(T &) const { return {}; }

    const Sql::Table<T> &m_table;
    QString m_entity;
    QString m_codeColumn;
    QString m_order;
};

class AgencyRepository : public DirectoryRecords<Agency>
{
    Q_DECLARE_TR_FUNCTIONS(AgencyRepository)

public:
    explicit AgencyRepository(Database &db);

protected:
    Problems validate(const Agency &row, const ReferenceCatalog &refs) const override;
    QString codeOf(const Agency &row) const override { return row.code; }
    QString notFoundMessage() const override;
    Permission managePermission() const override { return Permission::ManageSettings; }
};

class UserRepository : public DirectoryRecords<User>
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(Database &db);

protected:
    Problems validate(const User &row, const ReferenceCatalog &refs) const override;
    QString codeOf(const User &row) const override { return row.login; }
    QString notFoundMessage() const override;
    Permission managePermission() const override { return Permission::ManageUsers; }
};

/// Partners with their contacts and agreements.
class PartnerRepository : public DirectoryRecords<Partner>
{
    Q_DECLARE_TR_FUNCTIONS(PartnerRepository)

public:
    explicit PartnerRepository(Database &db);

    /// The partner whose name matches `name` ignoring case and accents, if any.
    Result<std::optional<Partner>> findByName(const QString &name) const;

protected:
    Problems validate(const Partner &row, const ReferenceCatalog &refs) const override;
    QString codeOf(const Partner &row) const override { return row.code; }
    QString notFoundMessage() const override;
    Status loadChildren(Partner &row) const override;
    Status saveChildren(Partner &row) const override;
};

/// Actions (dispositifs) with their funding lines and expenses.
class ActionRepository : public DirectoryRecords<Action>
{
    Q_DECLARE_TR_FUNCTIONS(ActionRepository)

public:
    explicit ActionRepository(Database &db);

protected:
    Problems validate(const Action &row, const ReferenceCatalog &refs) const override;
    QString codeOf(const Action &row) const override { return row.code; }
    QString notFoundMessage() const override;
    Status loadChildren(Action &row) const override;
    Status saveChildren(Action &row) const override;
};

} // namespace Passerelle
