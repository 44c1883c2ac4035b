#pragma once

#include "Result.h"

class QDate;

namespace Passerelle {

class Database;

// Synthetic households at the scale of DESIGN.md (100 000 households, 2 000 000 contacts, with
// their supports, contracts, plans, alerts, meetings, leases and committees), written straight
// into an empty database for the benchmarks. Not for real data: it bypasses the rules and the
// journal.
namespace ScaleData {

Status populate(Database &db, int households, int contacts, const QDate &today);

} // namespace ScaleData
} // namespace Passerelle
