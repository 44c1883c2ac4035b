#include "Repository.h"

#include "ReferenceRepository.h"

namespace Passerelle {

Result<ReferenceCatalog> Repository::catalog() const
{
    return ReferenceRepository(m_db).catalog();
}

Error Repository::householdNotFound()
{
    return Error::notFound(tr("This household file does not exist or is not visible to you."));
}

Status Repository::checkHousehold(const Scope &scope, Id householdId) const
{
    if (householdId <= 0)
        return householdNotFound();
    PASSERELLE_TRY(agency, m_db.scalar(QStringLiteral("SELECT agency_id FROM households WHERE id = ?"),
                                       {householdId}));
    if (agency.isNull() || !scope.allowsAgency(agency.toLongLong()))
        return householdNotFound();
    return {};
}

Status Repository::checkAgency(const Scope &scope, Id agencyId) const
{
    if (!scope.allowsAgency(agencyId))
        return Error::access(tr("This belongs to another agency than yours."));
    return {};
}

QString Repository::householdFilter(const Scope &scope, const QString &column,
                                    QVariantList &values)
{
    if (scope.coversAllAgencies())
        return {};
    values << *scope.agencyId;
    return QStringLiteral(" AND ") + column
           + QStringLiteral(" IN (SELECT id FROM households WHERE agency_id = ?)");
}

Status Repository::audit(const Scope &scope, const QString &operation, const QString &entity,
                         Id entityId, Id householdId, const QString &summary) const
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
    return Tables::auditLog().insert(m_db, entry);
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
    return Tables::auditLog().select(m_db,
                                     QStringLiteral("WHERE household_id = ? ORDER BY at DESC, id DESC"),
                                     {householdId});
}

} // namespace Passerelle
