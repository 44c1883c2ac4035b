#pragma once

#include <QDate>

namespace Passerelle::Clock {

/// Today, as every rule and every screen counts it. The environment variable
/// PASSERELLE_TODAY (yyyy-MM-dd) pins it: the test suite sets it, so that a figure that
/// depends on the day (an overdue check, a contract ending, the year under review) comes out
/// the same whatever day the suite runs. Unset or invalid, it is the system's date.
QDate today();

} // namespace Passerelle::Clock
