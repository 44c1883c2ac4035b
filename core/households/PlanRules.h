#pragma once

#include "HouseholdFile.h"
#include "domain/ReferenceCatalog.h"

namespace Passerelle::PlanRules {

/// The objectives of one axis, as indexes into SupportPlan::objectives (in plan order).
struct AxisGroup
{
    QString axis;
    QList<int> objectives;
};

/// The plan's objectives grouped by axis: axes in the order of the reference list (then axes
/// the list does not know, then objectives without an axis), objectives in plan order.
QList<AxisGroup> byAxis(const SupportPlan &plan, const ReferenceCatalog &catalog);

/// The index of the objective with this id, or -1.
int indexOf(const SupportPlan &plan, Id objectiveId);

/// True when the objective at `index` can move one place up (`step` −1) or down (+1) within
/// its axis.
bool canMove(const SupportPlan &plan, int index, int step);
/// Swaps the objective with its neighbour of the same axis; positions follow the new order.
/// False when it cannot move.
bool move(SupportPlan &plan, int index, int step);

/// Renumbers the objectives' positions in list order (as they are stored).
void renumber(SupportPlan &plan);

/// Sets an objective's status; an objective marked achieved without a date of completion
/// gets `today`, which the user may correct.
void setStatus(Objective &objective, const QString &status, const QDate &today);

/// The objective's status as it stood on `day` (a contract version's signing date): an
/// objective closed (achieved, partly achieved, dropped) after that day was still in progress
/// then. An invalid day, or a closed objective without a date, gives its status today.
QString statusOn(const Objective &objective, const QDate &day);

/// A new, unsaved plan for the household's support in an action, dated `today`.
SupportPlan newPlan(const HouseholdFile &file, Id actionId, const QDate &today);
/// A new objective for the plan (temporary id, "to do"), under `axis`.
Objective newObjective(const SupportPlan &plan, const QString &axis);
/// A new mobilised partner for the plan (temporary id), starting `today`.
MobilisedPartner newPartner(const SupportPlan &plan, const QDate &today);

/// The alerts of the file that name a partner mobilised in response, newest first: the plan
/// shows them beside the partners mobilised for the household's needs.
QList<Alert> alertPartners(const HouseholdFile &file);

/// The plan of an action in the file (editable), or nullptr.
SupportPlan *planOf(HouseholdFile &file, Id actionId);

/// How many objectives of the plan are overdue on `today` (Objective::isOverdue).
int overdueCount(const SupportPlan &plan, const QDate &today);

} // namespace Passerelle::PlanRules
