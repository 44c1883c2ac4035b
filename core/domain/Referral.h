#pragma once

#include "Types.h"

namespace Passerelle {

/// A partner's proposal of a household for an action (orientation / repérage).
struct Referral
{
    Id id = 0;
    Id householdId = 0;
    Id actionId = 0;
    QDate date;
    Id partnerId = 0;
    QString referrerName; ///< who referred, at the partner
    QString reason;       ///< why, in professional terms
    QString outcome;      ///< ReferenceList::ReferralOutcome
    QDate outcomeDate;

    bool operator==(const Referral &) const = default;
};

} // namespace Passerelle
