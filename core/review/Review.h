#pragma once

#include "ReviewData.h"
#include "Result.h"
#include "security/Scope.h"

#include <QMap>

#include <optional>

namespace Passerelle {

class Database;

/// A rate: numerator over denominator, with its percent rounded half up to a whole number, or
/// no percent when the denominator is zero (shown « n.d. »).
struct Rate
{
    qint64 numerator = 0;
    qint64 denominator = 0;
    std::optional<int> percent;
};

/// A month figure kept exact: a number of days, shown as days / 30.4375 with one decimal
/// rounded half up (sums are made on days, rounded once).
struct Months
{
    qint64 days = 0;
    qint64 count = 1; ///< divisor for a mean of several supports

    /// Tenths of a month, rounded half up.
    qint64 tenths() const;
    double value() const { return double(tenths()) / 10.0; }
};

/// One support (a household in an action) behind a count, for the drill-down.
struct ReviewEntry
{
    Id householdId = 0;
    Id actionId = 0; ///< 0 for household-level figures (retention)

    auto operator<=>(const ReviewEntry &) const = default;
};

/// Every figure of INDICATORS.md for one request. Category keys are reference-list codes;
/// counts also keep the entries behind them (the drill-down).
struct ReviewFigures
{
    ReviewRequest request;
    QStringList actionCodes; ///< scope as asked (codes), empty = all
    QStringList agencyCodes; ///< effective agency scope (codes), empty = all
    QHash<QString, QString> agencyNames;  ///< by code, for labels
    QHash<QString, QString> actionNames;  ///< by code, for labels
    QHash<QString, QString> partnerNames; ///< by code, for labels

    qint64 householdsSupported = 0;
    qint64 householdsEntered = 0;
    qint64 householdsExited = 0;
    qint64 newEntrants = 0;
    qint64 existingTenants = 0;
    Months supportMonths;
    std::optional<Months> averageSupportMonths;
    Rate qpvShare;
    Rate retention24m; ///< numerator = maintained, denominator = cohort
    qint64 slidingLeasesUsed = 0;
    qint64 slidingLeasesSlid = 0;
    QMap<QString, qint64> exitOutcomes;
    QMap<QString, qint64> publics;
    QMap<QString, qint64> compositions;
    QMap<QString, qint64> priorSituations;
    QMap<QString, qint64> resourceSources;
    QMap<QString, qint64> leaseTypes;
    QMap<QString, qint64> agencies;
    /// Supports left out of a breakdown because the value is not filled in, by breakdown name
    /// ("publics", "compositions", "prior_situations", "resource_sources", "lease_types",
    /// "exit_outcomes"); their entries are under "<name>.non_renseigne".
    QMap<QString, qint64> notFilledIn;
    QMap<QString, qint64> contactsByType;
    qint64 contactsTotal = 0;
    /// Contacts per household-month, in tenths rounded half up; empty when (4) is zero.
    std::optional<qint64> contactsPerHouseholdMonthTenths;
    QMap<QString, qint64> partners; ///< partner code → households
    qint64 referralsReceived = 0;
    qint64 referralsAccepted = 0;
    qint64 referralsRefusedByHousehold = 0;
    qint64 referralsRefusedByLandlord = 0;
    Rate refusalRate;
    Cents expenses = 0;
    QMap<QString, Cents> fundingBySource;
    std::optional<Cents> costPerHousehold;

    qint64 filesOpened() const { return householdsEntered; }
    qint64 filesClosed() const { return householdsExited; }

    /// The supports (or households) behind a count, by key: "households_supported",
    /// "households_entered", "households_exited", "new_entrants", "existing_tenants",
    /// "qpv_share.numerator", "qpv_share.denominator", "retention_24m.cohort",
    /// "retention_24m.maintained", "sliding_leases.used", "sliding_leases.slid",
    /// "exit_outcomes.<code>", "publics.<code>", "compositions.<code>",
    /// "prior_situations.<code>", "resource_sources.<code>", "lease_types.<code>",
    /// "agencies.<code>", "contacts.households", "partners.<code>", "referrals.received",
    /// "referrals.accepted", "referrals.refused_by_household", "referrals.refused_by_landlord",
    /// "files_opened", "files_closed". Sorted; empty for an unknown key.
    QList<ReviewEntry> entries(const QString &key) const { return m_entries.value(key); }
    QStringList entryKeys() const { return m_entries.keys(); }

    QMap<QString, QList<ReviewEntry>> m_entries;
};

namespace Review {

/// The code used for a household with no value in a breakdown.
QString unknownKey();

/// Rounds numerator / denominator × 100 half up; empty for a zero denominator.
std::optional<int> percent(qint64 numerator, qint64 denominator);

/// Computes every figure from loaded facts (no database needed).
ReviewFigures compute(const ReviewData &data);

/// Loads the facts for the reader's scope and computes the figures.
Result<ReviewFigures> compute(Database &db, const Scope &scope, const ReviewRequest &request);

} // namespace Review
} // namespace Passerelle
