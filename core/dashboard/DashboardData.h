#pragma once

#include "domain/Types.h"

#include <QTime>

#include <optional>

namespace Passerelle {

/// The dates an agency dashboard looks at, derived from `today` by Dashboard::windowFor():
/// DashboardRepository uses them to narrow its queries, the rules of AgencyDashboard.cpp decide.
struct DashboardWindow
{
    QDate today;
    QDate contractsUntil; ///< last end date of a contract "ending soon"
    QDate chartFrom;      ///< first day of the first month of the chart
    QStringList openObjectiveStatuses; ///< objective statuses that can be overdue
    QString glissantLeaseType;         ///< the lease type reviewed every six months
    QDate checksUntil; ///< last due date of a check after support "to do" (due soon)
};

/// A household as the dashboard lists it.
struct DashboardHousehold
{
    Id id = 0;
    QString reference;
    QString name; ///< "DUPONT Hélène"
    Id agencyId = 0;

    bool operator==(const DashboardHousehold &) const = default;
};

/// The stored facts the agency dashboard needs, restricted to the agency asked for and to the
/// reader's Scope, each already narrowed by the window. Loaded by DashboardRepository in a
/// handful of queries whatever the number of households; the dashboard is computed from it by
/// Dashboard::compute(), which needs no database.
struct DashboardData
{
    /// A household with a support not ended (candidates for "followed").
    struct OpenSupports
    {
        DashboardHousehold household;
        QList<std::pair<QDate, QDate>> supports; ///< (start, end) of its supports not ended
        QDate lastContact; ///< latest contact dated on or before today; invalid when none
    };
    /// The current (latest) version of a contract, ending in the window.
    struct ContractFacts
    {
        DashboardHousehold household;
        Id contractId = 0;
        Id actionId = 0;
        int versionNumber = 0;
        QDate startDate;
        QDate endDate;
    };
    struct ObjectiveFacts
    {
        DashboardHousehold household;
        Id actionId = 0;
        Id objectiveId = 0;
        QString axis;
        QString title;
        QString status;
        QDate targetDate;
    };
    struct AlertFacts
    {
        DashboardHousehold household;
        Id alertId = 0;
        QString type;
        QDate date;
        std::optional<Cents> amount;
        QDate closedDate;
    };
    /// A tripartite meeting dated today or later.
    struct MeetingFacts
    {
        DashboardHousehold household;
        Id meetingId = 0;
        Id actionId = 0;
        QDate date;
        QTime time;
        QString place;
        QString purpose;
        QString outcome;
    };
    /// A follow-up committee dated today or later, with the households it will review.
    struct CommitteeFacts
    {
        Id id = 0;
        Id agencyId = 0;
        QDate date;
        QTime time;
        QString place;
        QList<DashboardHousehold> households; ///< by position
    };
    /// A lease of the glissant type running on some day of the window.
    struct GlissantFacts
    {
        DashboardHousehold household;
        Id leaseId = 0;
        QDate startDate;
        QDate endDate;
        QDate expectedGlissement;
        QDate lastReview; ///< latest review dated on or before today; invalid when none
    };

    /// A check after support (+6/+12/+24 months) not made yet, due by window.checksUntil:
    /// planned, or never planned for a support ended in the last 24 months (checkId 0).
    struct CheckFacts
    {
        DashboardHousehold household;
        Id checkId = 0;
        Id actionId = 0;
        int offsetMonths = 0;
        QDate dueDate;
        QDate supportEnd;
    };
    DashboardWindow window;
    Id agencyId = 0; ///< the agency shown, 0 = every agency of the scope
    QList<OpenSupports> openSupports;
    QList<ContractFacts> contracts;
    QList<ObjectiveFacts> objectives;
    QList<AlertFacts> alerts;
    QList<MeetingFacts> meetings;
    QList<CommitteeFacts> committees;
    QList<GlissantFacts> glissantLeases;
    QList<CheckFacts> checks;
    /// Contacts per day, from window.chartFrom to window.today.
    QList<std::pair<QDate, qint64>> contactsPerDay;
};

} // namespace Passerelle
