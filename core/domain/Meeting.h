#pragma once

#include "Types.h"

#include <QTime>

namespace Passerelle {

struct MeetingParticipant
{
    Id id = 0;
    Id meetingId = 0;
    QString party; ///< ReferenceList::MeetingParty: bailleur, association, menage, autre
    QString name;
    QString function;
    bool present = true;

    bool operator==(const MeetingParticipant &) const = default;
};

/// A tripartite meeting (rendez-vous tripartite): landlord, association and household.
struct TripartiteMeeting
{
    Id id = 0;
    Id householdId = 0;
    Id actionId = 0;
    QDate date;
    QTime time;
    QString place;
    QString purpose; ///< ReferenceList::MeetingPurpose
    QString outcome; ///< ReferenceList::MeetingOutcome; empty while planned
    QString minutes;
    QList<MeetingParticipant> participants;

    bool operator==(const TripartiteMeeting &) const = default;
};

/// A decision of the Commission d'Attribution des Logements.
struct CalDecision
{
    Id id = 0;
    Id householdId = 0;
    Id actionId = 0;
    QDate date;
    QString decision; ///< ReferenceList::CalDecision
    Id dwellingId = 0;
    QString conditions;
    QString notes;

    bool operator==(const CalDecision &) const = default;
};

} // namespace Passerelle
