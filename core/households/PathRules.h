#pragma once

#include "HouseholdFile.h"

namespace Passerelle::PathRules {

/// Whether a referral's outcome is still to be decided (pending, or not given).
bool isPending(const Referral &referral);

/// Sets the start of the support `supportId`. Starting the support accepts the referral of
/// its action still pending: its outcome becomes « acceptée », dated on the start (the
/// referral is not left pending by hand in a column off to the right); a support without an
/// association referent takes associationReferent(), one without an intensity the
/// one the latest diagnostic before the start recommended.
void setSupportStart(HouseholdFile &file, Id supportId, const QDate &start);

/// The association's referent of `support`: the one it names, else (not given yet) the one
/// who referred the household to its action (the latest referral naming one).
QString associationReferent(const HouseholdFile &file, const Support &support);

/// The entry into the dwelling on `entry` starts each support not started yet (and not
/// ended), as setSupportStart does. Returns how many started.
int startSupportsOnEntry(HouseholdFile &file, const QDate &entry);

/// Sets the outcome of the referral `referralId`. A decision gets its date when it has none:
/// for an accepted referral, the start of its action's support when it has started (on or
/// before `today`), else `today`.
void setReferralOutcome(HouseholdFile &file, Id referralId, const QString &outcome,
                        const QDate &today);

} // namespace Passerelle::PathRules
