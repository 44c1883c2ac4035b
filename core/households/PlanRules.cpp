#include "PlanRules.h"

#include <algorithm>

namespace Passerelle::PlanRules {

QList<AxisGroup> byAxis(const SupportPlan &plan, const ReferenceCatalog &catalog)
{
    QStringList order;
    for (const ReferenceItem &item : catalog.items(ReferenceList::PlanAxis, true))
        order << item.code;
    // Axes the catalog does not know (imported data) still show, after the known ones.
    for (const Objective &o : plan.objectives) {
        if (!o.axis.isEmpty() && !order.contains(o.axis))
            order << o.axis;
    }
    order << QString(); // objectives whose axis is not chosen yet

    QList<AxisGroup> groups;
    for (const QString &axis : std::as_const(order)) {
        AxisGroup group{axis, {}};
        for (int i = 0; i < plan.objectives.size(); ++i) {
            if (plan.objectives.at(i).axis == axis)
                group.objectives << i;
        }
        if (!group.objectives.isEmpty())
            groups << group;
    }
    return groups;
}

int indexOf(const SupportPlan &plan, Id objectiveId)
{
    for (int i = 0; i < plan.objectives.size(); ++i) {
        if (plan.objectives.at(i).id == objectiveId)
            return i;
    }
    return -1;
}

namespace {

/// The index of the nearest objective of the same axis in direction `step`, or -1.
int neighbour(const SupportPlan &plan, int index, int step)
{
    if (index < 0 || index >= plan.objectives.size() || (step != -1 && step != 1))
        return -1;
    const QString &axis = plan.objectives.at(index).axis;
    for (int i = index + step; i >= 0 && i < plan.objectives.size(); i += step) {
        if (plan.objectives.at(i).axis == axis)
            return i;
    }
    return -1;
}

} // namespace

bool canMove(const SupportPlan &plan, int index, int step)
{
    return neighbour(plan, index, step) >= 0;
}

bool move(SupportPlan &plan, int index, int step)
{
    const int other = neighbour(plan, index, step);
    if (other < 0)
        return false;
    plan.objectives.swapItemsAt(index, other);
    renumber(plan);
    return true;
}

void renumber(SupportPlan &plan)
{
    for (int i = 0; i < plan.objectives.size(); ++i)
        plan.objectives[i].position = i;
}

void setStatus(Objective &objective, const QString &status, const QDate &today)
{
    objective.status = status;
    if (status == u"atteint" && !objective.doneDate.isValid())
        objective.doneDate = today;
}

SupportPlan newPlan(const HouseholdFile &file, Id actionId, const QDate &today)
{
    SupportPlan plan;
    plan.id = file.nextTemporaryId();
    plan.householdId = file.household.id;
    plan.actionId = actionId;
    plan.date = today;
    return plan;
}

namespace {

template <typename T>
Id nextChildId(const QList<T> &rows)
{
    Id lowest = 0;
    for (const T &r : rows)
        lowest = std::min(lowest, r.id);
    return lowest - 1;
}

} // namespace

Objective newObjective(const SupportPlan &plan, const QString &axis)
{
    Objective o;
    o.id = nextChildId(plan.objectives);
    o.planId = plan.id;
    o.axis = axis;
    o.status = QStringLiteral("a_faire");
    o.position = int(plan.objectives.size());
    return o;
}

MobilisedPartner newPartner(const SupportPlan &plan, const QDate &today)
{
    MobilisedPartner p;
    p.id = nextChildId(plan.partners);
    p.planId = plan.id;
    p.startDate = today;
    return p;
}

SupportPlan *planOf(HouseholdFile &file, Id actionId)
{
    for (SupportPlan &p : file.plans) {
        if (p.actionId == actionId)
            return &p;
    }
    return nullptr;
}

int overdueCount(const SupportPlan &plan, const QDate &today)
{
    return int(std::count_if(plan.objectives.cbegin(), plan.objectives.cend(),
                             [&today](const Objective &o) { return o.isOverdue(today); }));
}

QList<Alert> alertPartners(const HouseholdFile &file)
{
    QList<Alert> alerts;
    for (const Alert &a : file.alerts) {
        if (a.partnerId > 0)
            alerts << a;
    }
    std::stable_sort(alerts.begin(), alerts.end(),
                     [](const Alert &a, const Alert &b) { return a.date > b.date; });
    return alerts;
}

QString statusOn(const Objective &objective, const QDate &day)
{
    const bool closed = objective.status == u"atteint"
                        || objective.status == u"partiellement_atteint"
                        || objective.status == u"abandonne";
    if (closed && day.isValid() && objective.doneDate.isValid() && objective.doneDate > day)
        return QStringLiteral("en_cours");
    return objective.status;
}

} // namespace Passerelle::PlanRules
