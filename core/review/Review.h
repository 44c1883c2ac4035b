#pragma once

#include "ReviewData.h"
#include "Result.h"
#include "security/Scope.h"

#include <QMap>

#include <atomic>
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

/// The months of support given in one calendar month of the period (a chart's bar).
struct MonthOfSupport
{
    QDate month; ///< first day of the calendar month
    Months months{0, 1};
};

/// Diagnostic levels of one domain at entry and at the latest diagnostic, over the households
/// supported in the period whose entry and latest diagnostics both assess the domain (levels
/// 0 to 3; « non évalué » left out).
struct DomainLevels
{
    qint64 households = 0;
    qint64 entryTotal = 0;
    qint64 latestTotal = 0;
    qint64 better = 0;
    qint64 worse = 0;
    qint64 same = 0;

    /// Mean levels in tenths, rounded half up; empty without households.
    std::optional<qint64> entryMeanTenths() const;
    std::optional<qint64> latestMeanTenths() const;
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

    /// (4) month by month: every calendar month the period touches, in order.
    QList<MonthOfSupport> supportMonthsByMonth;
    /// Entry versus latest diagnostic, by domain code (DiagnosticDomain list).
    QMap<QString, DomainLevels> diagnosticLevels;
    /// Households supported in the period with an entry diagnostic and a later one.
    qint64 diagnosticsCompared = 0;

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
    /// "files_opened", "files_closed", "diagnostics.compared". Sorted; empty for an unknown key.
    QList<ReviewEntry> entries(const QString &key) const { return m_entries.value(key); }

    QMap<QString, QList<ReviewEntry>> m_entries;
};

namespace Review {

/// The code used for a household with no value in a breakdown.
QString unknownKey();

/// Rounds numerator / denominator × 100 half up; empty for a zero denominator.
std::optional<int> percent(qint64 numerator, qint64 denominator);

/// The period the review compares with: the same calendar years, or months, one length
/// earlier (2018 → 2017; 01/03–31/05 → 01/12–28/02), else the same number of days ending the
/// day before the start. Same scope.
ReviewRequest previousRequest(const ReviewRequest &request);

/// Computes every figure from loaded facts (no database needed).
ReviewFigures compute(const ReviewData &data);

/// Loads the facts for the reader's scope and computes the figures. `cancel`, set from
/// another thread, stops it (ReviewRepository::cancelled()).
Result<ReviewFigures> compute(Database &db, const Scope &scope, const ReviewRequest &request,
                              const std::atomic_bool *cancel = nullptr);

} // namespace Review
} // namespace Passerelle
