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

    /// The households supported in the period (figure 1: a support of the scope whose dates
    /// meet the period): only they enter the breakdowns, leases, contacts, partners and
    /// diagnostics below, so that a year of a ten-year base reads a year's worth of rows.
    QHash<Id, HouseholdFacts> households;
    QList<SupportFacts> supports;          ///< supports of the scope whose dates meet the period
    QHash<Id, QList<LeaseFacts>> leases;   ///< of the households supported, by start date
    /// Every household of the scope with its leases' start and end only (the other fields
    /// empty), by start date: the retention cohort reaches back to the first lease ever.
    QHash<Id, QList<LeaseFacts>> retentionLeases;
    /// Contacts dated in the period of the households supported: by type, whoever
    /// recorded them (householdId 0), and the households that had at least one.
    QList<ContactCount> contacts;
    QList<Id> contactedHouseholds;
    QList<ReferralFacts> referrals;        ///< referrals dated in the period
    QList<Mobilisation> mobilisations;     ///< partners mobilised in plans of the scope
    Cents expenses = 0;                    ///< expenses of the scope's actions dated in the period
    QHash<QString, Cents> fundingReceived; ///< by funding source, received in the period
    /// Households supported in the period whose entry diagnostic and latest one (dated on or
    /// before the period's end, chosen as the household file chooses them) were compared.
    QList<Id> diagnosticsCompared;
    /// Over those households: how many had, in a domain assessed by both diagnostics, this
    /// level at entry and this one at the latest (levels only, never an observation).
    struct LevelPair
    {
        QString domain;
        DiagnosticLevel entry = DiagnosticLevel::NotEvaluated;
        DiagnosticLevel latest = DiagnosticLevel::NotEvaluated;
        qint64 households = 0;
    };
    QList<LevelPair> diagnosticLevels;

    QHash<Id, QString> agencyCodes;
    QHash<Id, QString> actionCodes;
    QHash<Id, QString> partnerCodes;
    QHash<QString, QString> agencyNames;  ///< by code
    QHash<QString, QString> actionNames;  ///< by code
    QHash<QString, QString> partnerNames; ///< by code
};

} // namespace Passerelle
