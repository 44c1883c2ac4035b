#pragma once

#include "HouseholdFile.h"
#include "Result.h"
#include "domain/ReferenceCatalog.h"
#include "domain/Validation.h"

namespace Passerelle::ContractRules {

/// The length of a contract version: a whole number of months when the version runs from a
/// day to the eve of the same day N months later (the usual case), else a number of days.
struct Span
{
    int months = 0;  ///< > 0 when the version lasts whole months
    qint64 days = 0; ///< used when months is 0: end = start + days

    QDate endFrom(const QDate &start) const
    {
        return months > 0 ? start.addMonths(months).addDays(-1) : start.addDays(days);
    }
    bool operator==(const Span &) const = default;
};

/// The span of a version; empty (months = days = 0, invalid) when a date is missing.
std::optional<Span> span(const ContractVersion &version);

/// The renewal of a contract: a version numbered after the current one, of kind
/// "renouvellement", starting the day after the current version ends, for the same span.
/// Refused when there is no version or the current version has no start or no end, and when
/// the renewal would start after the end of `support` (the contract's support, if known).
Result<ContractVersion> renewal(const SupportContract &contract, const Support *support);

/// An avenant (amendment): a version numbered after the current one, of kind "avenant", for
/// the rest of the current period (from `today`, or from the start of the current version if
/// later, to its end). Refused when there is no version, and once `support` (the contract's
/// support, if known) has ended: after its last day, nothing more is agreed.
Result<ContractVersion> amendment(const SupportContract &contract, const Support *support,
                                  const QDate &today);

/// The rules of a contract seen within its file: Validation::check() of the contract, and no
/// avenant or renewal starting after the end of its support.
Problems check(const HouseholdFile &file, const SupportContract &contract,
               const ReferenceCatalog &refs);

/// The day a version counts as signed: its date of signature, else (not signed yet) its start.
QDate signingDate(const ContractVersion &version);

/// What to look at before printing version `versionNumber` (the current one when ≤ 0): each
/// objective of the support plan still open (to do, in progress) whose target date is before
/// the version is signed. Empty when all is well.
QStringList printWarnings(const HouseholdFile &file, const SupportContract &contract,
                          int versionNumber);

/// A new contract for the support of `actionId`: the initial version starts with the support
/// (or `today` when the support has no start) and lasts `durationMonths`; the consent date is
/// the household's; temporary ids for the contract.
SupportContract newContract(const HouseholdFile &file, Id actionId, const QDate &today);

/// The end a version starting on `start` has when it lasts `months` months (the day before
/// the same date `months` months later); invalid without a start or a duration.
QDate endAfter(const QDate &start, int months);

/// Moves the start of `version` to `start`: an end that followed the start (endAfter() of the
/// old start, or none) follows the new one; an end typed apart stays.
void setVersionStart(ContractVersion &version, const QDate &start, int months);

/// Sets the duration of `contract` to `months`: each version whose end followed its start
/// with the old duration follows the new one.
void setDuration(SupportContract &contract, int months);

/// The names of the household's members who sign the contract.
QStringList householdSignatories(const Household &household);

} // namespace Passerelle::ContractRules
