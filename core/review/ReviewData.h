#pragma once

#include "domain/Diagnostic.h"
#include "domain/Types.h"

#include <QHash>

namespace Passerelle {

/// What the year-end review is asked for: a period (both days included) and a scope of
/// actions and agencies (empty = all).
struct ReviewRequest
{
    QDate from;
    QDate to;
    QList<Id> actionIds;
    QList<Id> agencyIds;
};

/// The stored facts the review needs, already restricted to the request's scope (and to the
/// reader's Scope). Loaded by ReviewRepository in a handful of queries; the figures are
/// computed from it by Review::compute, which needs no database.
struct ReviewData
{
    struct HouseholdFacts
    {
        Id id = 0;
        Id agencyId = 0;
        QString composition;
        QStringList publics;
        QString priorSituation;
        QString mainResourceSource;
    };
    struct SupportFacts
    {
        Id id = 0;
        Id householdId = 0;
        Id actionId = 0;
        QString householdKind;
        QDate start;
        QDate end;
        QString outcome;
    };
    struct LeaseFacts
    {
        Id id = 0;
        Id dwellingId = 0;
        QString type;
        QString startReason;
        QDate start;
        QDate end;
        bool qpv = false;
    };
    /// Contacts of one household of one type in the period (action 0 = not tied to an action).
    struct ContactCount
    {
        Id householdId = 0;
        Id actionId = 0;
        QString type;
        qint64 count = 0;
    };
    struct ReferralFacts
    {
        Id householdId = 0;
        Id actionId = 0;
        QDate date;
        QString outcome;
    };
    struct Mobilisation
    {
        Id householdId = 0;
        Id actionId = 0;
        Id partnerId = 0;
        QDate start;
        QDate end;
    };

    ReviewRequest request;
    /// Agencies the reader may see when she may not see them all (empty: every agency).
    QList<Id> effectiveAgencyIds;

    QHash<Id, HouseholdFacts> households; ///< households with a support in the scope
    QList<SupportFacts> supports;          ///< supports in the scope (any dates)
    QHash<Id, QList<LeaseFacts>> leases;   ///< by household, by start date
    QList<ContactCount> contacts;          ///< contacts dated in the period
    QList<ReferralFacts> referrals;        ///< referrals dated in the period
    QList<Mobilisation> mobilisations;     ///< partners mobilised in plans of the scope
    Cents expenses = 0;                    ///< expenses of the scope's actions dated in the period
    QHash<QString, Cents> fundingReceived; ///< by funding source, received in the period
    /// Diagnostics dated on or before the period's end, by household, with their domains'
    /// levels (no observation or free text).
    QHash<Id, QList<Diagnostic>> diagnostics;

    QHash<Id, QString> agencyCodes;
    QHash<Id, QString> actionCodes;
    QHash<Id, QString> partnerCodes;
    QHash<QString, QString> agencyNames;  ///< by code
    QHash<QString, QString> actionNames;  ///< by code
    QHash<QString, QString> partnerNames; ///< by code
};

} // namespace Passerelle
