#pragma once

#include <QString>

namespace Passerelle::EngineVersions {

/// The version of SQLite that Qt's SQLite driver runs (the one that reads and writes the
/// bases), asked of the driver itself: on Debian the system's libsqlite3, on Windows the copy
/// built into Qt's plugin. Empty when the driver is missing.
QString sqlite();

} // namespace Passerelle::EngineVersions
