#pragma once

#include "Types.h"

namespace Passerelle {

/// A person of the household.
struct Member
{
    Id id = 0;
    Id householdId = 0;
    QString lastName;
    QString firstName;
    QDate birthDate;
    QString role; ///< ReferenceList::MemberRole
    QString civility; ///< ReferenceList::Civility; empty when not given
    bool signsContract = false;
    int position = 0; ///< display order

    QString fullName() const { return firstName.isEmpty() ? lastName : firstName + u' ' + lastName; }
    bool operator==(const Member &) const = default;
};

/// A household (ménage) followed by the unit. Its supports, leases and follow-up are separate
/// aggregates that point to it.
struct Household
{
    Id id = 0;
    QString reference; ///< the unit's file number, unique
    Id agencyId = 0;
    Id cesfUserId = 0; ///< the CESF referent
    QString composition;       ///< ReferenceList::Composition
    QStringList publics;       ///< ReferenceList::Public codes, sorted
    Cents monthlyResources = 0;
    bool resourcesKnown = false;
    QString mainResourceSource; ///< ReferenceList::ResourceSource
    QStringList resourceSources; ///< every source, sorted (includes the main one)
    QString priorSituation;      ///< ReferenceList::PriorSituation
    QDate consentDate;           ///< consent to data processing
    QStringList consentInformation; ///< what the household was told (Consent codes)
    QString phone;
    QString email;
    QString notes;         ///< shared with the partner association
    QString internalNotes; ///< internal to the landlord: never shown to a partner referent
    QDateTime anonymisedAt; ///< set by the retention run (identity and free text erased)
    QList<Member> members;
    QDateTime createdAt;
    QDateTime updatedAt;
    RowVersion rowVersion = 0;

    /// The main tenant (titulaire), or the first member.
    const Member *mainMember() const
    {
        for (const Member &m : members) {
            if (m.role == u"titulaire")
                return &m;
        }
        return members.isEmpty() ? nullptr : &members.first();
    }
    QString displayName() const
    {
        const Member *m = mainMember();
        return m ? m->lastName.toUpper() + (m->firstName.isEmpty() ? QString() : u' ' + m->firstName)
                 : QString();
    }
    int childrenCount() const
    {
        int n = 0;
        for (const Member &m : members)
            n += m.role == u"enfant" ? 1 : 0;
        return n;
    }
    bool operator==(const Household &) const = default;
};

} // namespace Passerelle
