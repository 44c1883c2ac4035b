#pragma once

#include "Types.h"

namespace Passerelle {

/// The support (accompagnement) of one household in one action: from the first to the last day
/// of support, with the end-of-support outcome (sortie).
struct Support
{
    Id id = 0;
    Id householdId = 0;
    Id actionId = 0;
    QString householdKind;     ///< ReferenceList::HouseholdKind: nouvel_entrant, locataire_en_place
    Id partnerId = 0;          ///< the association that supports the household
    QString partnerReferent;   ///< name of the association's referent
    QDate startDate;           ///< first day of support; empty until it starts
    QDate endDate;             ///< last day of support; empty while it goes on
    QString outcome;           ///< ReferenceList::SupportOutcome, set with endDate
    QString endNotes;
    QString intensity;         ///< ReferenceList::SupportIntensity
    RowVersion rowVersion = 0;

    bool operator==(const Support &) const = default;
};

/// A check after the end of support (+6, +12, +24 months): is the household still housed?
struct PostSupportCheck
{
    Id id = 0;
    Id supportId = 0;
    int offsetMonths = 6; ///< 6, 12 or 24
    QDate dueDate;
    QDate doneDate;
    std::optional<bool> stillHoused;
    QString notes;

    bool operator==(const PostSupportCheck &) const = default;
};

} // namespace Passerelle
