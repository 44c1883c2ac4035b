#pragma once

#include "Repository.h"
#include "domain/ContractPrint.h"
#include "domain/ContractScan.h"
#include "households/HouseholdFile.h"

namespace Passerelle {

/// Everything held on one household, for the right of access (RGPD article 15): its whole
/// file with every free text, the list of its stored contract prints, the
/// scans of its signed contracts, and the journal of who
/// opened or changed it (with logins). Nothing about any other household.
struct AccessRecord
{
    HouseholdFile file;                 ///< history holds the household's whole journal
    QList<ContractPrint> prints;        ///< without their PDF bytes
    QList<ContractScan> scans;          ///< the signed contracts' scans, with their bytes
    QHash<Id, QString> agencies;        ///< names of the records the file points to, by id
    QHash<Id, QString> actions;
    QHash<Id, QString> partners;
    QHash<Id, QString> users;
    QDateTime exportedAt;               ///< UTC
    QString exportedBy;                 ///< login
};

/// Builds the AccessRecord of a household (Permission::AccessExport) and journals its export.
class AccessRecordRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(AccessRecordRepository)

public:
    using Repository::Repository;

    Result<AccessRecord> collect(const Scope &scope, Id householdId) const;
    /// Journals the export of a household's whole record ("export", "access_record",
    /// `format`: json or pdf).
    Status recordExport(const Scope &scope, Id householdId, const QString &format) const;
};

} // namespace Passerelle
