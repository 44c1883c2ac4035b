#include "HouseholdFile.h"

#include <algorithm>

namespace Passerelle {

Id HouseholdFile::nextTemporaryId() const
{
    Id lowest = 0;
    auto consider = [&lowest](Id id) { lowest = std::min(lowest, id); };
    for (const auto &r : supports)
        consider(r.id);
    for (const auto &r : referrals)
        consider(r.id);
    for (const auto &r : diagnostics)
        consider(r.id);
    for (const auto &r : meetings)
        consider(r.id);
    for (const auto &r : calDecisions)
        consider(r.id);
    for (const auto &r : leases)
        consider(r.id);
    for (Id id : dwellings.keys())
        consider(id);
    for (const auto &list : reviews) {
        for (const auto &r : list)
            consider(r.id);
    }
    for (const auto &r : contracts)
        consider(r.id);
    for (const auto &r : plans)
        consider(r.id);
    for (const auto &r : contacts)
        consider(r.id);
    for (const auto &r : alerts)
        consider(r.id);
    for (const auto &list : checks) {
        for (const auto &r : list)
            consider(r.id);
    }
    for (const auto &m : household.members)
        consider(m.id);
    return lowest - 1;
}

const Support *HouseholdFile::support(Id actionId) const
{
    for (const Support &s : supports) {
        if (s.actionId == actionId)
            return &s;
    }
    return nullptr;
}

const SupportContract *HouseholdFile::contract(Id actionId) const
{
    for (const SupportContract &c : contracts) {
        if (c.actionId == actionId)
            return &c;
    }
    return nullptr;
}

const SupportPlan *HouseholdFile::plan(Id actionId) const
{
    for (const SupportPlan &p : plans) {
        if (p.actionId == actionId)
            return &p;
    }
    return nullptr;
}

const Lease *HouseholdFile::leaseOn(const QDate &day) const
{
    const Lease *found = nullptr;
    for (const Lease &l : leases) {
        if (l.isRunningOn(day))
            found = &l;
    }
    return found;
}

} // namespace Passerelle
