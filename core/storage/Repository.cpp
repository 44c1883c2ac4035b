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
    return Tables::auditLog().insert(m_db, entry);
}

Status Repository::checkHouseholds(const Scope &scope, const QList<Id> &householdIds) const
{
    QSet<Id> wanted;
    for (Id id : householdIds) {
        if (id <= 0)
            return householdNotFound();
        wanted.insert(id);
    }
    const QList<Id> ids(wanted.cbegin(), wanted.cend());
    qsizetype found = 0;
    for (const InList &list : inLists(variants(ids))) {
        PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT agency_id FROM households WHERE id ")
                                        + list.sql,
                                    list.values));
        while (q.next()) {
            if (!scope.allowsAgency(q.value(0).toLongLong()))
                return householdNotFound();
            ++found;
        }
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
    return Tables::auditLog().select(m_db,
                                     QStringLiteral("WHERE household_id = ? ORDER BY at DESC, id DESC"),
                                     {householdId});
}

} // namespace Passerelle
