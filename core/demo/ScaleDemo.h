#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <utility>

namespace Passerelle {

class Database;

/// A realistic synthetic base at the scale of a regional landlord: N households followed over
/// ten years (ending today) in 40 agencies of Occitanie and 12 actions, each with its path —
/// referral (some refused), entry diagnostic, tripartite meetings, CAL decision, dwelling and
/// lease (bail direct mostly; some baux glissants reviewed every six months, some of which
/// slide), contract and its versions, plan and objectives, about 20 contacts a year of
/// support, alerts, follow-up committees, the end of support with its outcome and the checks
/// at +6/+12/+24 months. Members have invented French names. Accounts and settings are the
/// demo's (Demo::accounts(), all with Demo::Password), plus one CESF per other agency: the
/// login of the base lists the demo accounts.
///
/// The same seed and the same `today` give the same content, row for row (the password's
/// salt and the time of the journal entry aside). Written through BulkWriter: one
/// transaction, a couple of minutes for 100 000 households; every record follows the rules
/// the application applies (tests/core/tst_scaledemo checks them all on a small base).
namespace ScaleDemo {

inline constexpr quint64 DefaultSeed = 2016;
inline constexpr int MaxHouseholds = 1000000;
inline constexpr int AgencyCount = 40;
inline constexpr int ActionCount = 12;
inline constexpr int Years = 10;

struct Options
{
    int households = 1000; ///< 1 to MaxHouseholds
    quint64 seed = DefaultSeed;
    QDate today; ///< the last day of the ten years (Clock::today())
};

/// What was written.
struct Report
{
    QList<std::pair<QString, qint64>> rows; ///< rows per table, in the schema's order
    qint64 rowsOf(const QString &table) const;
};

/// Fills an empty, migrated database (nothing is written when it fails).
Result<Report> populate(Database &db, const Options &options);

/// Creates the base at `location`: a new SQLite file (an existing file is refused, and the
/// file is removed again if writing fails), or an empty PostgreSQL database.
Result<Report> create(const QString &location, const Options &options);

} // namespace ScaleDemo
} // namespace Passerelle
