#pragma once

#include "Types.h"

namespace Passerelle {

/// One version of a support contract: the initial contract, then each avenant or renewal.
struct ContractVersion
{
    Id id = 0;
    Id contractId = 0;
    int number = 1;
    QString kind; ///< ReferenceList::ContractVersionKind: initial, avenant, renouvellement
    QDate date;   ///< date of signature (empty until signed)
    QDate startDate;
    QDate endDate;
    QString notes;

    bool operator==(const ContractVersion &) const = default;
};

/// The tripartite support contract of one support (household, association, landlord).
struct SupportContract
{
    Id id = 0;
    Id householdId = 0;
    Id actionId = 0;
    QString place;             ///< where it is signed
    int durationMonths = 12;
    QString meetingFrequency;  ///< ReferenceList::MeetingFrequency
    QString householdCommitments;
    QString associationCommitments;
    QString landlordCommitments;
    QDate consentDate;         ///< consent to data processing given with the contract
    QString landlordSignatory;
    QString associationSignatory;
    QList<ContractVersion> versions; ///< by number

    /// The latest version, or nullptr.
    const ContractVersion *currentVersion() const
    {
        return versions.isEmpty() ? nullptr : &versions.last();
    }
    bool operator==(const SupportContract &) const = default;
};

} // namespace Passerelle
