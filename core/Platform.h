#pragma once

#include <QString>

/// The few things Qt does not offer portably, each in one guarded spot (POSIX and Windows),
/// tested by tst_platform. Nothing else in Passerelle calls the system directly, except the
/// file safety of core/io/SafeFiles and core/storage/Backup (guarded the same way).
namespace Passerelle::Platform {

/// The login of the person running Passerelle, as the system knows it (USER on Unix,
/// USERNAME on Windows), or `fallback`. Proposed as the login, or names the one user of a
/// base without accounts.
QString userName(const QString &fallback);

/// True when the standard input is a terminal (a password may be asked on it).
bool inputIsTerminal();

/// Turns the echo of the terminal's input off (`on` false) or back on. False when the input
/// is not a terminal, or the system refused.
bool setInputEcho(bool on);

/// Windows: a program built for the desktop (no console of its own) writes the output of a
/// command to the console it was started from. Does nothing elsewhere.
void attachParentConsole();

} // namespace Passerelle::Platform
