#include "AccessRecordRepository.h"

#include "ContractPrintRepository.h"
#include "ContractScanRepository.h"
#include "DirectoryRepositories.h"
#include "HouseholdFileRepository.h"

namespace Passerelle {

Result<AccessRecord> AccessRecordRepository::collect(const Scope &scope, Id householdId) const
{
    PASSERELLE_CHECK(checkHousehold(scope, householdId));
    PASSERELLE_CHECK(require(scope, Permission::AccessExport, householdId));
    AccessRecord record;
    PASSERELLE_TRY(file, HouseholdFileRepository(m_db).load(scope, householdId,
                                                            HouseholdRepository::Trace::Silent));
    record.file = file;
    // The whole journal of the household, whoever the reader (the file shows it only to the
    // roles that read internal notes; the household has the right to it).
    PASSERELLE_TRY(history, Tables::auditLog().select(m_db,
                                                      QStringLiteral("WHERE household_id = ? "
                                                                     "ORDER BY id DESC"),
                                                      {householdId}));
    record.file.history = history;
    ContractPrintRepository prints(m_db);
    for (const SupportContract &c : std::as_const(record.file.contracts)) {
        PASSERELLE_TRY(list, prints.list(scope, c.id));
        record.prints.append(list);
        PASSERELLE_TRY(scans, ContractScanRepository(m_db).list(scope, c.id,
                                                                ContractScanRepository::Bytes::With));
        record.scans.append(scans);
    }
    PASSERELLE_TRY(agencies, AgencyRepository(m_db).list());
    for (const Agency &a : std::as_const(agencies))
        record.agencies.insert(a.id, a.name);
    PASSERELLE_TRY(actions, ActionRepository(m_db).list());
    for (const Action &a : std::as_const(actions))
        record.actions.insert(a.id, a.name);
    PASSERELLE_TRY(partners, PartnerRepository(m_db).list());
    for (const Partner &p : std::as_const(partners))
        record.partners.insert(p.id, p.name);
    PASSERELLE_TRY(users, UserRepository(m_db).list());
    for (const User &u : std::as_const(users))
        record.users.insert(u.id, u.displayName.isEmpty() ? u.login : u.displayName);
    record.exportedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    record.exportedBy = scope.login;
    return record;
}

Status AccessRecordRepository::recordExport(const Scope &scope, Id householdId,
                                            const QString &format) const
{
    PASSERELLE_CHECK(require(scope, Permission::AccessExport, householdId));
    return audit(scope, QStringLiteral("export"), QStringLiteral("access_record"), householdId,
                 householdId, format);
}

} // namespace Passerelle
