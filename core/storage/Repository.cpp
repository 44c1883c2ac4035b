#include "Repository.h"

#include "ReferenceRepository.h"
#include "domain/FieldLabels.h"

#include <QSet>

namespace Passerelle {

Result<ReferenceCatalog> Repository::catalog() const
{
    return ReferenceRepository(m_db).catalog();
}

Error Repository::householdNotFound()
{
    return Error::notFound(tr("This household file does not exist or is not visible to you."));
}

Error Repository::conflictError(const QString &entity, Id id, const QStringList &changes) const
{
    QString who = tr("another user");
    QString when;
    auto last = m_db.exec(QStringLiteral("SELECT login, at FROM audit_log WHERE entity = ? AND "
                                         "entity_id = ? AND operation = 'update' ORDER BY id "
                                         "DESC LIMIT 1"),
                          {entity, id});
    if (last && last->next()) {
        if (!last->value(0).toString().isEmpty())
            who = last->value(0).toString();
        const QDateTime at = Sql::fromSql<QDateTime>(last->value(1)).toLocalTime();
        when = tr(" on %1 at %2").arg(at.date().toString(QStringLiteral("dd/MM/yyyy")),
                                      at.time().toString(QStringLiteral("HH:mm")));
    }
    const QString what = changes.isEmpty()
                             ? tr("no visible field (their change was undone)")
                             : FieldLabels::describe(changes.join(QStringLiteral("; ")));
    return Error::conflict(tr("This record was saved by %1%2 while you were editing it. Your "
                              "changes were not saved, and theirs were kept. What differs: %3. "
                              "Reopen the record to see their version, then make your changes "
                              "again.")
                               .arg(who, when, what));
}

Result<Id> Repository::householdOfContract(const Scope &scope, Id contractId) const
{
    PASSERELLE_TRY(household, m_db.scalar(QStringLiteral("SELECT household_id FROM contracts "
                                                         "WHERE id = ?"),
                                          {contractId}));
    if (household.isNull())
        return householdNotFound();
    const Id householdId = household.toLongLong();
    PASSERELLE_CHECK(checkHousehold(scope, householdId));
    return householdId;
}

Status Repository::checkHousehold(const Scope &scope, Id householdId) const
{
    if (householdId <= 0)
        return householdNotFound();
    if (!scope.may(Permission::ReadHouseholds))
        return refuse(scope, Permission::ReadHouseholds, householdId);
    QVariantList values{householdId};
    const QString filter = householdFilter(scope, QStringLiteral("id"), values);
    PASSERELLE_TRY(found, m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM households WHERE id = ?")
                                          + filter,
                                      values));
    if (found.toInt() == 0) {
        // Journaled when the household exists: someone asked for a file outside their scope.
        if (!scope.coversAllAgencies()) {
            PASSERELLE_TRY(exists, m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM households "
                                                              "WHERE id = ?"),
                                               {householdId}));
            if (exists.toInt() > 0)
                PASSERELLE_CHECK(audit(scope, QStringLiteral("refused"),
                                       QStringLiteral("household"), householdId, householdId,
                                       QStringLiteral("scope")));
        }
        return householdNotFound();
    }
    return {};
}

Status Repository::checkAgency(const Scope &scope, Id agencyId) const
{
    if (!scope.allowsAgency(agencyId))
        return Error::access(tr("This belongs to another agency than yours."));
    return {};
}

QString Repository::visibleHouseholds(const Scope &scope, QVariantList &values)
{
    if (scope.partnerId) {
        values << *scope.partnerId;
        return QStringLiteral("SELECT household_id FROM supports WHERE partner_id = ?");
    }
    if (scope.agencyId) {
        values << *scope.agencyId;
        return QStringLiteral("SELECT id FROM households WHERE agency_id = ?");
    }
    return {};
}

QString Repository::householdFilter(const Scope &scope, const QString &column,
                                    QVariantList &values)
{
    const QString visible = visibleHouseholds(scope, values);
    if (visible.isEmpty())
        return {};
    return QStringLiteral(" AND ") + column + QStringLiteral(" IN (") + visible + u')';
}

Status Repository::require(const Scope &scope, Permission permission, Id householdId) const
{
    if (scope.may(permission))
        return {};
    return refuse(scope, permission, householdId);
}

Error Repository::refuse(const Scope &scope, Permission permission, Id householdId) const
{
    // The refusal is journaled (what was asked, by whom), then said.
    const Status journaled = audit(scope, QStringLiteral("refused"), permissionName(permission),
                                   0, householdId, QString());
    Error refusal = Error::access(scope.refusal(permission));
    if (!journaled)
        refusal.detail = journaled.error().fullText(); // e.g. a base opened read-only
    return refusal;
}

QString Repository::permissionName(Permission p)
{
    switch (p) {
    case Permission::ReadHouseholds: return QStringLiteral("read_households");
    case Permission::EditHouseholds: return QStringLiteral("edit_households");
    case Permission::EditDiagnostic: return QStringLiteral("edit_diagnostic");
    case Permission::ReadInternalNotes: return QStringLiteral("internal_notes");
    case Permission::Dashboard: return QStringLiteral("dashboard");
    case Permission::Committees: return QStringLiteral("committees");
    case Permission::Review: return QStringLiteral("review");
    case Permission::Print: return QStringLiteral("print");
    case Permission::ExportHouseholds: return QStringLiteral("export_households");
    case Permission::ManageActions: return QStringLiteral("actions");
    case Permission::ManageUsers: return QStringLiteral("users");
    case Permission::ManageSettings: return QStringLiteral("settings");
    case Permission::ReadJournal: return QStringLiteral("journal");
    case Permission::Retention: return QStringLiteral("retention");
    case Permission::Backup: return QStringLiteral("backup");
    case Permission::AccessExport: return QStringLiteral("access_export");
    case Permission::Import: return QStringLiteral("import");
    case Permission::DeleteHouseholds: return QStringLiteral("delete_households");
    }
    return {};
}

AuditEntry Repository::auditEntry(const Scope &scope, const QString &operation,
                                  const QString &entity, Id entityId, Id householdId,
                                  const QString &summary)
{
    AuditEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.userId = scope.userId;
    entry.login = scope.login;
    entry.operation = operation;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.householdId = householdId;
    entry.summary = summary;
    return entry;
}

Status Repository::audit(const Scope &scope, const QString &operation, const QString &entity,
                         Id entityId, Id householdId, const QString &summary) const
{
    AuditEntry entry = auditEntry(scope, operation, entity, entityId, householdId, summary);
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    JournalWriter journal(m_db);
    PASSERELLE_CHECK(journal.insert(entry));
    return tx.commit();
}

Status Repository::checkHouseholds(const Scope &scope, const QList<Id> &householdIds) const
{
    if (!scope.may(Permission::ReadHouseholds))
        return refuse(scope, Permission::ReadHouseholds);
    QSet<Id> wanted;
    for (Id id : householdIds) {
        if (id <= 0)
            return householdNotFound();
        wanted.insert(id);
    }
    const QList<Id> ids(wanted.cbegin(), wanted.cend());
    qsizetype found = 0;
    for (InList &list : inLists(variants(ids))) {
        const QString filter = householdFilter(scope, QStringLiteral("id"), list.values);
        PASSERELLE_TRY(count, m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM households WHERE id ")
                                              + list.sql + filter,
                                          list.values));
        found += count.toLongLong();
    }
    if (found != ids.size())
        return householdNotFound();
    return {};
}

Status AuditRepository::record(const Scope &scope, const QString &operation,
                               const QString &entity, Id entityId, Id householdId,
                               const QString &summary) const
{
    return audit(scope, operation, entity, entityId, householdId, summary);
}

Result<QList<AuditEntry>> AuditRepository::forHousehold(const Scope &scope, Id householdId) const
{
    PASSERELLE_CHECK(checkHousehold(scope, householdId));
    PASSERELLE_CHECK(require(scope, Permission::ReadInternalNotes, householdId));
    return Tables::auditLog().select(m_db,
                                     QStringLiteral("WHERE household_id = ? ORDER BY at DESC, id DESC"),
                                     {householdId});
}

} // namespace Passerelle
