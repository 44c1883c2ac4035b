#include "MeetingRules.h"

#include <algorithm>

namespace Passerelle::MeetingRules {

State state(const TripartiteMeeting &meeting, const QDate &today)
{
    if (!meeting.outcome.isEmpty())
        return State::Held;
    // An undated meeting without outcome is still being arranged.
    if (!meeting.date.isValid() || meeting.date >= today)
        return State::Planned;
    return State::OutcomeMissing;
}

QList<qsizetype> planned(const QList<TripartiteMeeting> &meetings, const QDate &today)
{
    QList<qsizetype> indexes;
    for (qsizetype i = 0; i < meetings.size(); ++i) {
        if (state(meetings.at(i), today) == State::Planned)
            indexes << i;
    }
    std::stable_sort(indexes.begin(), indexes.end(), [&meetings](qsizetype a, qsizetype b) {
        const QDate da = meetings.at(a).date;
        const QDate db = meetings.at(b).date;
        if (da.isValid() != db.isValid())
            return da.isValid();
        return da < db;
    });
    return indexes;
}

} // namespace Passerelle::MeetingRules
