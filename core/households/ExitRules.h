#pragma once

#include "HouseholdFile.h"
#include "domain/ReferenceCatalog.h"
#include "review/Review.h"

#include <optional>

namespace Passerelle::ExitRules {

/// The months after the end of support at which the household is checked on: 6, 12, 24.
QList<int> checkOffsets();

/// How many days before its due date a check counts as due (to be organised now).
constexpr int DueWithinDays = 30;

/// The due date of the check `offsetMonths` calendar months after a support ended on
/// `endDate`; from the 29th–31st, the last day of a shorter month (QDate::addMonths, as
/// SupportRepository::planChecks and the year-end review count). Invalid without an end.
QDate checkDueDate(const QDate &endDate, int offsetMonths);

/// The offsets of the checks an ended support still lacks in `checks` (none while it goes on).
QList<int> missingChecks(const Support &support, const QList<PostSupportCheck> &checks);

/// Adds to `file.checks` the +6/+12/+24-month checks the support `supportId` lacks, with
/// temporary ids, sorted by offset. Returns how many were added (0 when it has not ended).
int planChecks(HouseholdFile &file, Id supportId);

/// Sets the end of support `supportId`; the checks not done yet follow the new end date
/// (those already done keep theirs: they happened).
void setEndDate(HouseholdFile &file, Id supportId, const QDate &endDate);

enum class CheckState {
    Done,     ///< a date of check is recorded
    Upcoming, ///< due in more than DueWithinDays days
    Due,      ///< due within DueWithinDays days (today included)
    Late,     ///< due date passed, not done
    Unplanned ///< no due date
};
CheckState checkState(const PostSupportCheck &check, const QDate &today);

/// The time supported, from the first day of support to the last (both counted), or to
/// `today` while it goes on; exact months as the year-end review counts them (30.4375 days).
/// Empty when the support has not started (or starts after `today`).
std::optional<Months> timeSupported(const Support &support, const QDate &today);

/// What is still open when the support `supportId` ends on `endDate`, one line each as the
/// advisor reads it before confirming: the alerts still open, a contract version running past
/// the end, the objectives not reached (to do, in progress), a bail glissant that has not
/// slid. Empty when nothing is left open.
QStringList stillOpen(const HouseholdFile &file, Id supportId, const QDate &endDate,
                      const ReferenceCatalog &refs);

/// The exit diagnostic to propose once the support `supportId` has ended, so that every
/// closed file can compare entry and exit: kind "sortie", dated on the end of support (today
/// at the latest), written by the entry diagnostic's referent (else the support's), over the
/// entry's domains, not assessed yet. Empty when the support has not ended or its action
/// already has an exit diagnostic.
std::optional<Diagnostic> exitDiagnostic(const HouseholdFile &file, Id supportId,
                                         const QDate &today);

} // namespace Passerelle::ExitRules
