#pragma once

#include "DashboardData.h"
#include "Result.h"
#include "security/Scope.h"

namespace Passerelle {

class Database;

/// The start page of an agency (Tableau de bord): what needs attention today. Every count the
/// screen shows is the size of one of these lists. Computed by loadDashboard(); the rules are
/// in namespace Dashboard.
struct AgencyDashboard
{
    /// A followed household (status « accompagnement »).
    struct Followed
    {
        DashboardHousehold household;
        QDate supportStart; ///< earliest start of its supports not ended
        QDate lastContact;  ///< invalid when none
    };
    /// A followed household without contact for more than `silentDays` days.
    struct Silent
    {
        DashboardHousehold household;
        QDate lastContact; ///< invalid when it never had a contact
        QDate since;       ///< the last contact, or the start of support when none
        qint64 days = 0;   ///< days from `since` to today
    };
    struct ContractEnding
    {
        DashboardHousehold household;
        Id contractId = 0;
        Id actionId = 0;
        int versionNumber = 0;
        QDate endDate;
        qint64 daysLeft = 0; ///< 0 when it ends today
    };
    struct OverdueObjective
    {
        DashboardHousehold household;
        Id actionId = 0;
        Id objectiveId = 0;
        QString axis;   ///< ReferenceList::PlanAxis
        QString title;
        QString status; ///< ReferenceList::ObjectiveStatus
        QDate targetDate;
        qint64 daysLate = 0;
    };
    struct OpenAlert
    {
        DashboardHousehold household;
        Id alertId = 0;
        QString type; ///< ReferenceList::AlertType
        QDate date;
        std::optional<Cents> amount;
        qint64 daysOpen = 0;
    };
    struct Meeting
    {
        DashboardHousehold household;
        Id meetingId = 0;
        Id actionId = 0;
        QDate date;
        QTime time;
        QString place;
        QString purpose; ///< ReferenceList::MeetingPurpose
    };
    struct Committee
    {
        Id id = 0;
        Id agencyId = 0;
        QDate date;
        QTime time;
        QString place;
        QList<DashboardHousehold> households; ///< to review, by position
    };
    struct GlissantReview
    {
        DashboardHousehold household;
        Id leaseId = 0;
        QDate leaseStart;
        QDate lastReview; ///< invalid when the lease was never reviewed
        QDate dueDate;    ///< last review (or lease start) + 6 months
        qint64 daysLeft = 0; ///< negative when overdue
    };
    /// A check after support to make: due within ExitRules::DueWithinDays days, or late.
    struct CheckToDo
    {
        DashboardHousehold household;
        Id checkId = 0; ///< 0 when it was never planned
        Id actionId = 0;
        int offsetMonths = 0; ///< 6, 12 or 24
        QDate supportEnd;
        QDate dueDate;
        qint64 daysLeft = 0; ///< negative when late
    };
    struct MonthCount
    {
        QDate month; ///< first day of the month
        qint64 contacts = 0;
    };

    Id agencyId = 0; ///< the agency shown, 0 = every agency of the scope
    QDate today;
    int silentDays = 30;

    QList<Followed> householdsFollowed;     ///< by reference
    QList<Silent> silentHouseholds;         ///< longest silence first
    QList<ContractEnding> contractsEnding;  ///< soonest end first
    QList<OverdueObjective> overdueObjectives; ///< oldest target first
    QList<OpenAlert> openAlerts;            ///< oldest first
    QList<Meeting> nextMeetings;            ///< soonest first
    std::optional<Committee> nextCommittee;
    QList<GlissantReview> glissantReviewsDue; ///< soonest due date first
    QList<CheckToDo> checksToDo;              ///< soonest due date first
    QList<MonthCount> contactsPerMonth;     ///< 12 months, oldest first, ending with today's
};

/// The rules of the agency dashboard, each usable alone (and tested alone).
namespace Dashboard {

/// The setting (database-wide) that holds N of "no contact for more than N days".
inline QString silentDaysKey()
{
    return QStringLiteral("no_contact_days");
}
inline constexpr int DefaultSilentDays = 30;
inline constexpr int MinSilentDays = 1;
inline constexpr int MaxSilentDays = 365;
/// A contract is "ending" when its current version ends today or within this many days.
inline constexpr int ContractNoticeDays = 30;
/// A bail glissant is reviewed every this many months...
inline constexpr int GlissantReviewMonths = 6;
/// ...and a review shows up this many days before it is due.
inline constexpr int GlissantNoticeDays = 30;
/// The chart of contacts covers this many months, ending with today's.
inline constexpr int ChartMonths = 12;

/// The dates and codes the queries of a dashboard for `today` need.
DashboardWindow windowFor(const QDate &today);

/// Followed = status « accompagnement » (HouseholdStatus): a support started and not ended.
/// `supports` gives (start, end) of the household's supports.
bool isFollowed(const QList<std::pair<QDate, QDate>> &supports);
/// The day a followed household's silence is counted from: its last contact, or the start of
/// its support when it never had one (a household followed since yesterday is not silent).
QDate silenceStart(const QDate &lastContact, const QDate &supportStart);
/// More than `silentDays` days without contact: a contact exactly `silentDays` days ago is
/// still in time; one day more is not.
bool isSilent(const QDate &lastContact, const QDate &supportStart, const QDate &today,
              int silentDays);
/// The current contract version ends today or within ContractNoticeDays days.
bool isContractEnding(const QDate &endDate, const QDate &today);
/// When the next review of a bail glissant is due: GlissantReviewMonths after the last review,
/// or after the start of the lease when it was never reviewed (calendar months: 31 August + 6
/// months = 28 or 29 February).
QDate glissantReviewDue(const QDate &leaseStart, const QDate &lastReview);
/// Due, overdue, or due within GlissantNoticeDays days.
bool isGlissantReviewDue(const QDate &dueDate, const QDate &today);
/// The first day of each month of the chart, oldest first, ending with today's month.
QList<QDate> chartMonths(const QDate &today);

/// The dashboard from the loaded facts (no database needed).
AgencyDashboard compute(const DashboardData &data, int silentDays);

/// N of "no contact for more than N days", from the database settings (the default when it
/// was never set or is not a number in range).
Result<int> silentDaysSetting(Database &db);
/// Stores N in the database settings; refuses a value out of range.
Status setSilentDaysSetting(Database &db, const Scope &scope, int days);

} // namespace Dashboard

/// The dashboard of `agencyId` (0 = every agency the scope covers) as of `today`: a handful of
/// queries whatever the number of households. A scope limited to one agency sees only that
/// agency: asking for another gives an empty dashboard.
Result<AgencyDashboard> loadDashboard(Database &db, const Scope &scope, Id agencyId,
                                      const QDate &today, int silentDays);

} // namespace Passerelle
