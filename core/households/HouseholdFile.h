#pragma once

#include "domain/Audit.h"
#include "domain/Contract.h"
#include "domain/Diagnostic.h"
#include "domain/FollowUp.h"
#include "domain/Household.h"
#include "domain/Housing.h"
#include "domain/Meeting.h"
#include "domain/Plan.h"
#include "domain/Referral.h"
#include "domain/Support.h"

#include <QHash>
#include <QMap>

namespace Passerelle {

/// Everything about one household, as its file (dossier) shows it: the household and every
/// record of its path. Records not saved yet have an id ≤ 0 (negative temporary ids let
/// children point to a new parent: a lease review to a new lease, a check to a new support).
struct HouseholdFile
{
    Household household;
    QList<Support> supports;
    QList<Referral> referrals;
    QList<Diagnostic> diagnostics;
    QList<TripartiteMeeting> meetings;
    QList<CalDecision> calDecisions;
    QList<Lease> leases;
    QMap<Id, Dwelling> dwellings;          ///< the dwellings of its leases, by id
    QMap<Id, QList<LeaseReview>> reviews;  ///< by lease id
    QList<SupportContract> contracts;
    QList<SupportPlan> plans;
    QList<Contact> contacts;               ///< newest first
    QList<Alert> alerts;                   ///< newest first
    QMap<Id, QList<PostSupportCheck>> checks; ///< by support id
    /// Read-only: the committees that reviewed the household, and their decision.
    QList<std::pair<FollowUpCommittee, CommitteeReview>> committeeReviews;
    /// Read-only: the audit journal of the household, newest first.
    QList<AuditEntry> history;

    bool operator==(const HouseholdFile &) const = default;

    /// A temporary id for a new record: below every id in use in the file.
    Id nextTemporaryId() const;

    const Support *support(Id actionId) const;
    const SupportContract *contract(Id actionId) const;
    const SupportPlan *plan(Id actionId) const;
    /// The lease running on `day`, if any.
    const Lease *leaseOn(const QDate &day) const;
};

} // namespace Passerelle
