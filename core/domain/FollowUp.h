#pragma once

#include "Types.h"

namespace Passerelle {

/// A visit, interview, call... with or about a household.
struct Contact
{
    Id id = 0;
    Id householdId = 0;
    Id actionId = 0; ///< the support it belongs to, when known
    QDate date;
    QString type; ///< ReferenceList::ContactType
    std::optional<int> durationMinutes;
    QString author;   ///< who met the household (name as written)
    Id authorUserId = 0;
    QString notes;
    bool shared = false; ///< notes shared with the partner association (else internal)

    bool operator==(const Contact &) const = default;
};

/// A warning sign: unpaid rent, neighbour conflict, damage, long absence.
struct Alert
{
    Id id = 0;
    Id householdId = 0;
    QDate date;
    QString type; ///< ReferenceList::AlertType
    std::optional<Cents> amount; ///< arrears, for unpaid rent
    QString description;
    QDate closedDate; ///< empty while open
    QString resolution;
    Id partnerId = 0; ///< the partner mobilised in response, if any

    bool isOpen() const { return !closedDate.isValid(); }
    bool operator==(const Alert &) const = default;
};

/// One household reviewed by a follow-up committee, with the decision taken.
struct CommitteeReview
{
    Id id = 0;
    Id committeeId = 0;
    Id householdId = 0;
    QString reason;   ///< why it is reviewed (alert, overdue objective...), no sensitive detail
    QString decision; ///< ReferenceList::CommitteeDecision; empty until decided
    QString decisionNotes;
    int position = 0;

    bool operator==(const CommitteeReview &) const = default;
};

/// A follow-up committee (commission de suivi) of an agency with the partners' referents.
struct FollowUpCommittee
{
    Id id = 0;
    Id agencyId = 0;
    Id actionId = 0; ///< optional
    QDate date;
    QTime time;
    QString place;
    QString participants; ///< one per line
    QString minutes;
    QList<CommitteeReview> reviews; ///< by position

    bool operator==(const FollowUpCommittee &) const = default;
};

} // namespace Passerelle
