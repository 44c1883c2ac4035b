#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace Passerelle {

/// How long data is kept (database-wide settings, Administration › Conservation).
struct RetentionSettings
{
    /// Years after the last contact and the end of support before a household is anonymised
    /// (CNIL, référentiel of the social sector: 2 years in the active base).
    int years = 2;
    /// Months the journal keeps its entries before the retention run purges them.
    int journalMonths = 12;

    static constexpr int MinYears = 1;
    static constexpr int MaxYears = 10;
    static constexpr int MinJournalMonths = 6;
    static constexpr int MaxJournalMonths = 36;

    bool operator==(const RetentionSettings &) const = default;
};

/// What the retention rule looks at for one household.
struct RetentionFacts
{
    QDate lastContact;       ///< the latest contact, if any
    QDate lastSupportEnd;    ///< the latest end of support, if any
    bool supportOngoing = false; ///< a support without an end date
    QDate lastReferral;      ///< the latest referral or its outcome (never supported households)
    QDate created;           ///< when the file was opened (a file with nothing else)
};

/// The rules of retention (CNIL délibération 2021-028 and référentiel 2023-095): a household
/// whose every support has ended, and whose last contact and end of support are older than
/// the retention period, is anonymised: identity and free text erased, coded data kept.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    /// Refuses settings outside the allowed ranges, saying which.
    static Status validate(const RetentionSettings &settings);
    /// The day before which the last activity must fall.
    static QDate cutoff(const QDate &today, const RetentionSettings &settings)
    {
        return today.addYears(-settings.years);
    }
    /// The time before which journal entries are purged.
    static QDateTime journalCutoff(const QDateTime &now, const RetentionSettings &settings)
    {
        return now.addMonths(-settings.journalMonths);
    }
    /// The last thing that happened to the household: the latest of its last contact, end of
    /// support and referral; the file's creation when it has none of them.
    static QDate lastActivity(const RetentionFacts &facts);
    /// Whether the household is due for anonymisation on `today`.
    static bool isDue(const RetentionFacts &facts, const QDate &today,
                      const RetentionSettings &settings);
};

} // namespace Passerelle
