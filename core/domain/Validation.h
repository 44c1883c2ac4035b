#pragma once

#include "Action.h"
#include "Agency.h"
#include "Contract.h"
#include "Diagnostic.h"
#include "FollowUp.h"
#include "Household.h"
#include "Housing.h"
#include "Meeting.h"
#include "Partner.h"
#include "Plan.h"
#include "ReferenceCatalog.h"
#include "Referral.h"
#include "Result.h"
#include "Support.h"
#include "User.h"

namespace Passerelle {

/// A rule broken by a field; `field` names the member (e.g. "startDate", "members[1].lastName")
/// so that a form can show the message beside it.
struct FieldProblem
{
    QString field;
    QString message;

    bool operator==(const FieldProblem &) const = default;
};
using Problems = QList<FieldProblem>;

/// The rules every record must follow before it is stored. `today` bounds dates that cannot be
/// in the future. Each returns an empty list when the record is valid.
namespace Validation {

/// Earliest date accepted for follow-up events.
QDate earliestDate();

Problems check(const Agency &agency);
Problems check(const User &user, const ReferenceCatalog &refs);
Problems check(const Partner &partner, const ReferenceCatalog &refs);
Problems check(const Action &action, const ReferenceCatalog &refs);
Problems check(const Household &household, const ReferenceCatalog &refs, const QDate &today);
Problems check(const Support &support, const ReferenceCatalog &refs);
/// A check cannot be recorded as done on a day still to come.
Problems check(const PostSupportCheck &check, const QDate &today);
/// Where a dwelling comes from: entered by hand, it has its street address (or the landlord's
/// reference); read from a unit's spreadsheet, where the address is optional (IMPORT.md), its
/// commune is enough.
enum class DwellingAddress { Required, CommuneSuffices };
Problems check(const Dwelling &dwelling, const ReferenceCatalog &refs,
               DwellingAddress address = DwellingAddress::Required);
Problems check(const Lease &lease, const ReferenceCatalog &refs);
Problems check(const LeaseReview &review, const ReferenceCatalog &refs);
Problems check(const Referral &referral, const ReferenceCatalog &refs, const QDate &today);
Problems check(const Diagnostic &diagnostic, const ReferenceCatalog &refs, const QDate &today);
Problems check(const TripartiteMeeting &meeting, const ReferenceCatalog &refs);
Problems check(const CalDecision &decision, const ReferenceCatalog &refs);
Problems check(const SupportContract &contract, const ReferenceCatalog &refs);
Problems check(const SupportPlan &plan, const ReferenceCatalog &refs);
Problems check(const Contact &contact, const ReferenceCatalog &refs, const QDate &today);
Problems check(const Alert &alert, const ReferenceCatalog &refs, const QDate &today);
Problems check(const FollowUpCommittee &committee, const ReferenceCatalog &refs);

/// One Error::Validation listing every problem, or success when there is none.
Status toStatus(const Problems &problems);

} // namespace Validation
} // namespace Passerelle
