#pragma once

#include "domain/Meeting.h"

namespace Passerelle::MeetingRules {

/// Where a tripartite meeting stands. A meeting without an outcome is planned until its day
/// has passed; after that its outcome is still to be recorded.
enum class State { Planned, Held, OutcomeMissing };

State state(const TripartiteMeeting &meeting, const QDate &today);

/// The meetings still to come (planned), soonest first: their indexes in `meetings`.
QList<qsizetype> planned(const QList<TripartiteMeeting> &meetings, const QDate &today);

} // namespace Passerelle::MeetingRules
