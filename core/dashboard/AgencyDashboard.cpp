#include "AgencyDashboard.h"

#include "domain/FollowUp.h"
#include "domain/HouseholdStatus.h"
#include "domain/Housing.h"
#include "domain/Plan.h"
#include "households/ExitRules.h"
#include "storage/DashboardRepository.h"
#include "storage/OrganisationRepository.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <tuple>

namespace Passerelle {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(AgencyDashboard)
};

QDate firstOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace

namespace Dashboard {

DashboardWindow windowFor(const QDate &today)
{
    DashboardWindow w;
    w.today = today;
    w.contractsUntil = today.addDays(ContractNoticeDays);
    w.chartFrom = firstOfMonth(today).addMonths(-(ChartMonths - 1));
    // The statuses for which Objective::isOverdue() may hold.
    w.openObjectiveStatuses = {QStringLiteral("a_faire"), QStringLiteral("en_cours")};
    w.glissantLeaseType = QStringLiteral("bail_glissant");
    w.checksUntil = today.addDays(ExitRules::DueWithinDays);
    return w;
}

bool isFollowed(const QList<std::pair<QDate, QDate>> &supports)
{
    return HouseholdStatus::compute(supports, {}) == u"accompagnement";
}

QDate silenceStart(const QDate &lastContact, const QDate &supportStart)
{
    return lastContact.isValid() ? lastContact : supportStart;
}

bool isSilent(const QDate &lastContact, const QDate &supportStart, const QDate &today,
              int silentDays)
{
    const QDate since = silenceStart(lastContact, supportStart);
    return since.isValid() && since.daysTo(today) > silentDays;
}

bool isContractEnding(const QDate &endDate, const QDate &today)
{
    return endDate.isValid() && today <= endDate && endDate <= today.addDays(ContractNoticeDays);
}

QDate glissantReviewDue(const QDate &leaseStart, const QDate &lastReview)
{
    const QDate from = lastReview.isValid() ? lastReview : leaseStart;
    return from.isValid() ? from.addMonths(GlissantReviewMonths) : QDate();
}

bool isGlissantReviewDue(const QDate &dueDate, const QDate &today)
{
    return dueDate.isValid() && dueDate <= today.addDays(GlissantNoticeDays);
}

QList<QDate> chartMonths(const QDate &today)
{
    QList<QDate> months;
    const QDate first = firstOfMonth(today).addMonths(-(ChartMonths - 1));
    for (int i = 0; i < ChartMonths; ++i)
        months << first.addMonths(i);
    return months;
}

AgencyDashboard compute(const DashboardData &data, int silentDays)
{
    const QDate today = data.window.today;
    AgencyDashboard d;
    d.agencyId = data.agencyId;
    d.today = today;
    d.silentDays = silentDays;

    for (const DashboardData::OpenSupports &o : data.openSupports) {
        if (!isFollowed(o.supports))
            continue;
        QDate start;
        for (const auto &[from, to] : o.supports) {
            if (from.isValid() && !to.isValid() && (!start.isValid() || from < start))
                start = from;
        }
        d.householdsFollowed.append({o.household, start, o.lastContact});
        if (isSilent(o.lastContact, start, today, silentDays)) {
            const QDate since = silenceStart(o.lastContact, start);
            d.silentHouseholds.append({o.household, o.lastContact, since, since.daysTo(today)});
        }
    }
    const auto byReference = [](const DashboardHousehold &a, const DashboardHousehold &b) {
        return a.reference < b.reference || (a.reference == b.reference && a.id < b.id);
    };
    std::sort(d.householdsFollowed.begin(), d.householdsFollowed.end(),
              [&](const auto &a, const auto &b) { return byReference(a.household, b.household); });
    std::sort(d.silentHouseholds.begin(), d.silentHouseholds.end(),
              [&](const auto &a, const auto &b) {
                  if (a.days != b.days)
                      return a.days > b.days;
                  return byReference(a.household, b.household);
              });

    for (const DashboardData::ContractFacts &c : data.contracts) {
        if (isContractEnding(c.endDate, today)) {
            d.contractsEnding.append({c.household, c.contractId, c.actionId, c.versionNumber,
                                      c.endDate, today.daysTo(c.endDate)});
        }
    }
    std::sort(d.contractsEnding.begin(), d.contractsEnding.end(),
              [&](const auto &a, const auto &b) {
                  if (a.endDate != b.endDate)
                      return a.endDate < b.endDate;
                  if (a.household.id != b.household.id)
                      return byReference(a.household, b.household);
                  return a.contractId < b.contractId;
              });

    for (const DashboardData::ObjectiveFacts &f : data.objectives) {
        Objective o;
        o.status = f.status;
        o.targetDate = f.targetDate;
        if (o.isOverdue(today)) {
            d.overdueObjectives.append({f.household, f.actionId, f.objectiveId, f.axis, f.title,
                                        f.status, f.targetDate, f.targetDate.daysTo(today)});
        }
    }
    std::sort(d.overdueObjectives.begin(), d.overdueObjectives.end(),
              [&](const auto &a, const auto &b) {
                  if (a.targetDate != b.targetDate)
                      return a.targetDate < b.targetDate;
                  if (a.household.id != b.household.id)
                      return byReference(a.household, b.household);
                  return a.objectiveId < b.objectiveId;
              });

    for (const DashboardData::AlertFacts &f : data.alerts) {
        Alert a;
        a.closedDate = f.closedDate;
        if (a.isOpen())
            d.openAlerts.append({f.household, f.alertId, f.type, f.date, f.amount,
                                 f.date.daysTo(today)});
    }
    std::sort(d.openAlerts.begin(), d.openAlerts.end(), [&](const auto &a, const auto &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.household.id != b.household.id)
            return byReference(a.household, b.household);
        return a.alertId < b.alertId;
    });

    // A meeting still to hold: dated today or later, no outcome recorded yet.
    for (const DashboardData::MeetingFacts &m : data.meetings) {
        if (m.date >= today && m.outcome.isEmpty()) {
            d.nextMeetings.append(
                {m.household, m.meetingId, m.actionId, m.date, m.time, m.place, m.purpose});
        }
    }
    std::sort(d.nextMeetings.begin(), d.nextMeetings.end(), [](const auto &a, const auto &b) {
        // A meeting without a time comes after the timed ones of its day.
        const auto key = [](const AgencyDashboard::Meeting &m) {
            return std::make_tuple(m.date, !m.time.isValid(), m.time, m.meetingId);
        };
        return key(a) < key(b);
    });

    for (const DashboardData::CommitteeFacts &c : data.committees) {
        if (c.date < today)
            continue;
        const auto key = [](const QDate &date, const QTime &time, Id id) {
            return std::make_tuple(date, !time.isValid(), time, id);
        };
        if (!d.nextCommittee
            || key(c.date, c.time, c.id)
                   < key(d.nextCommittee->date, d.nextCommittee->time, d.nextCommittee->id)) {
            d.nextCommittee = AgencyDashboard::Committee{c.id, c.agencyId, c.date, c.time,
                                                         c.place, c.households};
        }
    }

    for (const DashboardData::GlissantFacts &g : data.glissantLeases) {
        Lease lease;
        lease.startDate = g.startDate;
        lease.endDate = g.endDate;
        if (!lease.isRunningOn(today))
            continue;
        const QDate due = glissantReviewDue(g.startDate, g.lastReview);
        if (isGlissantReviewDue(due, today)) {
            d.glissantReviewsDue.append(
                {g.household, g.leaseId, g.startDate, g.lastReview, due, today.daysTo(due)});
        }
    }
    std::sort(d.glissantReviewsDue.begin(), d.glissantReviewsDue.end(),
              [&](const auto &a, const auto &b) {
                  if (a.dueDate != b.dueDate)
                      return a.dueDate < b.dueDate;
                  if (a.household.id != b.household.id)
                      return byReference(a.household, b.household);
                  return a.leaseId < b.leaseId;
              });

    // Checks after support, due or late as the Sortie tab shows them.
    for (const DashboardData::CheckFacts &c : data.checks) {
        PostSupportCheck check;
        check.dueDate = c.dueDate;
        const ExitRules::CheckState state = ExitRules::checkState(check, today);
        if (state == ExitRules::CheckState::Due || state == ExitRules::CheckState::Late) {
            d.checksToDo.append({c.household, c.checkId, c.actionId, c.offsetMonths,
                                 c.supportEnd, c.dueDate, today.daysTo(c.dueDate)});
        }
    }
    std::sort(d.checksToDo.begin(), d.checksToDo.end(), [&](const auto &a, const auto &b) {
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        if (a.household.id != b.household.id)
            return byReference(a.household, b.household);
        return a.checkId < b.checkId;
    });

    QMap<QDate, qint64> perMonth;
    const QList<QDate> months = chartMonths(today);
    for (const QDate &month : months)
        perMonth.insert(month, 0);
    for (const auto &[day, count] : data.contactsPerDay) {
        if (!day.isValid() || day > today)
            continue;
        const auto it = perMonth.find(firstOfMonth(day));
        if (it != perMonth.end())
            *it += count;
    }
    for (auto it = perMonth.cbegin(); it != perMonth.cend(); ++it)
        d.contactsPerMonth.append({it.key(), it.value()});
    return d;
}

Result<int> silentDaysSetting(Database &db)
{
    PASSERELLE_TRY(text, OrganisationRepository(db).setting(silentDaysKey()));
    bool ok = false;
    const int days = text.trimmed().toInt(&ok);
    if (!ok || days < MinSilentDays || days > MaxSilentDays)
        return DefaultSilentDays;
    return days;
}

Status setSilentDaysSetting(Database &db, const Scope &scope, int days)
{
    if (days < MinSilentDays || days > MaxSilentDays) {
        return Error::validation(Msg::tr("The number of days without contact must lie between "
                                         "%1 and %2.")
                                     .arg(MinSilentDays)
                                     .arg(MaxSilentDays));
    }
    return OrganisationRepository(db).setSetting(scope, silentDaysKey(), QString::number(days));
}

} // namespace Dashboard

Result<AgencyDashboard> loadDashboard(Database &db, const Scope &scope, Id agencyId,
                                      const QDate &today, int silentDays)
{
    if (!today.isValid())
        return Error::validation(Msg::tr("The dashboard needs the date of today."));
    PASSERELLE_TRY(data, DashboardRepository(db).load(scope, agencyId,
                                                      Dashboard::windowFor(today)));
    return Dashboard::compute(data, silentDays);
}

} // namespace Passerelle
