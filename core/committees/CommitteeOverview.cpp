#include "CommitteeOverview.h"

#include <algorithm>
#include <tuple>

namespace Passerelle::CommitteeOverviews {

int decisionCount(const FollowUpCommittee &committee)
{
    return int(std::count_if(committee.reviews.cbegin(), committee.reviews.cend(),
                             [](const CommitteeReview &r) { return !r.decision.isEmpty(); }));
}

QList<CommitteeOverview> build(const QList<FollowUpCommittee> &committees, const QDate &today)
{
    QList<CommitteeOverview> out;
    out.reserve(committees.size());
    for (const FollowUpCommittee &c : committees) {
        CommitteeOverview o;
        o.id = c.id;
        o.agencyId = c.agencyId;
        o.date = c.date;
        o.time = c.time;
        o.place = c.place;
        o.households = int(c.reviews.size());
        o.decisions = decisionCount(c);
        o.upcoming = c.date.isValid() && c.date >= today;
        out << o;
    }
    std::stable_sort(out.begin(), out.end(), [](const CommitteeOverview &a,
                                                const CommitteeOverview &b) {
        if (a.upcoming != b.upcoming)
            return a.upcoming;
        const auto key = [](const CommitteeOverview &o) {
            return std::make_tuple(o.date, o.time.isValid() ? o.time : QTime(0, 0), o.id);
        };
        return a.upcoming ? key(a) < key(b) : key(b) < key(a);
    });
    return out;
}

} // namespace Passerelle::CommitteeOverviews
