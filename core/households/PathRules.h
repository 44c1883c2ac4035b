#pragma once

#include "HouseholdFile.h"

namespace Passerelle::PathRules {

/// Whether a referral's outcome is still to be decided (pending, or not given).
bool isPending(const Referral &referral);

/// Sets the start of the support `supportId`. Starting the support accepts the referral of
/// its action still pending: its outcome becomes « acceptée », dated on the start (the
/// referral is not left pending by hand in a column off to the right).
void setSupportStart(HouseholdFile &file, Id supportId, const QDate &start);

/// Sets the outcome of the referral `referralId`. A decision gets its date when it has none:
/// for an accepted referral, the start of its action's support when it has started (on or
/// before `today`), else `today`.
void setReferralOutcome(HouseholdFile &file, Id referralId, const QString &outcome,
                        const QDate &today);

} // namespace Passerelle::PathRules
