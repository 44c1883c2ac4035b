#pragma once

#include "HouseholdFile.h"
#include "Result.h"
#include "domain/ReferenceCatalog.h"
#include "domain/Validation.h"

namespace Passerelle::HousingRules {

/// Months between two periodic reviews of a bail glissant.
inline constexpr int ReviewIntervalMonths = 6;

/// The leases of a file in the order of their start (undated leases last, then file order).
QList<Lease> history(const HouseholdFile &file);

/// The lease of the file with this id, or nullptr.
const Lease *lease(const HouseholdFile &file, Id leaseId);

/// When the next review of a bail glissant is due: six months after the last review, or after
/// the start of the lease while none took place. Invalid for any other lease, and for a lease
/// that has ended (it no longer needs reviews).
QDate nextReviewDue(const Lease &lease, const QList<LeaseReview> &reviews);

/// Whether two lease periods share a day (an invalid end: the lease is running). A household
/// holds one lease at a time: the file, the database and the import all test it here.
bool overlap(const QDate &start, const QDate &end, const QDate &otherStart,
             const QDate &otherEnd);

/// What the overlap with the lease started on `otherStart` is called, wherever it is found.
QString overlapMessage(const QDate &otherStart);

/// The two leases of a glissement of `glissant` on `date`, as every caller records it (the
/// household file, the database, the import): the bail glissant ends the day before (end
/// reason "glissement"), a bail direct starts on `date` in the same dwelling (start reason
/// "glissement"); a bail glissant that had already ended on or after `date` hands its end and
/// its end reason to the bail direct. Refused for another type of lease, for a bail glissant
/// that already slid, for a date outside the lease, and for a date after `today` (a
/// glissement is recorded once it has happened). The bail direct has no id yet.
struct Glissement
{
    Lease ended;  ///< the bail glissant, ended
    Lease direct; ///< the new bail direct
};
Result<Glissement> glissement(const Lease &glissant, const QDate &date, const QDate &today);

/// The rules of a lease seen within its file: Validation::check() of the lease, and no overlap
/// with another lease of the household (a household holds one lease at a time, as the
/// database requires).
Problems check(const HouseholdFile &file, const Lease &lease, const ReferenceCatalog &refs);

/// The household enters a dwelling on `date` with a lease of `leaseType` (start reason
/// "entree"). A `dwelling` with id 0 is added to the file with a temporary id; otherwise it
/// must be one of the file's dwellings. Refused when the new lease would overlap another one.
/// The supports not started yet start on `date` (PathRules::startSupportsOnEntry).
/// Returns the id of the new lease.
Result<Id> recordEntry(HouseholdFile &file, Dwelling dwelling, const QString &leaseType,
                       const QDate &date);

/// What an entry starts from, in the order of the work: the dwelling the CAL allocated (the
/// latest decision « attribution » or « attribution sous condition » naming one of the file's
/// dwellings; 0 when none), and the lease type the latest diagnostic recommended (else a bail
/// direct).
struct EntryProposal
{
    Id dwellingId = 0;
    QString leaseType;
};
EntryProposal entryProposal(const HouseholdFile &file);

/// A relogement on `date`: the lease `leaseId` ends the day before (end reason "relogement")
/// and a lease of `leaseType` starts on `date` in `dwelling` (as in recordEntry(), with start
/// reason "relogement"). Returns the id of the new lease.
Result<Id> recordRelogement(HouseholdFile &file, Id leaseId, Dwelling dwelling,
                            const QString &leaseType, const QDate &date);

/// A glissement on `date`, on the file as LeaseRepository::recordGlissement() does on the
/// database: the bail glissant ends the day before (end reason "glissement") and a bail direct
/// starts on `date` in the same dwelling (start reason "glissement"). A bail glissant that had
/// already ended later than `date` hands its end (and its reason) to the bail direct.
/// Returns the id of the bail direct.
Result<Id> recordGlissement(HouseholdFile &file, Id glissantLeaseId, const QDate &date,
                            const QDate &today);

/// Removes a lease with its reviews, and its dwelling when it was new and nothing else uses it.
void removeLease(HouseholdFile &file, Id leaseId);

/// A dwelling as people read it: "12 rue Castelvielh, 31000 Toulouse (T3)".
QString dwellingLabel(const Dwelling &dwelling, const ReferenceCatalog &refs);

/// The reason a lease ended as people read it: the codes written by a glissement or a
/// relogement ("glissement", "relogement") show their label; any other text shows as written.
QString endReasonLabel(const QString &reason, const ReferenceCatalog &refs);

} // namespace Passerelle::HousingRules
