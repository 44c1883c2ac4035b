#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Passerelle {

/// Every file Passerelle reads or writes outside SQLite goes through here.
///
/// SQLite's locks are POSIX advisory locks: the kernel drops every lock the process holds on a
/// file as soon as *any* descriptor on that file is closed in the process (sqlite.org, « How To
/// Corrupt An SQLite Database File », §2.2). Reading the open database for a hash, a copy or a
/// type guess is enough for another program to delete the WAL under the running application.
/// So the open SQLite files (and their -wal, -shm and -journal companions) are registered here
/// by Database, and no helper of this file ever opens one of them.
class SafeFiles
{
    Q_DECLARE_TR_FUNCTIONS(SafeFiles)

public:
    /// Called by Database when it opens / closes a SQLite file (counted: a file may be open
    /// through several connections).
    static void registerLiveDatabase(const QString &path);
    static void unregisterLiveDatabase(const QString &path);

    /// True when `path` is a SQLite file open in this process, or one of its companion files,
    /// whatever the name it is reached by (same device and inode, or same canonical path).
    static bool isLiveDatabaseFile(const QString &path);

    /// The identity of the file at `path` (device and inode, read with stat(), which never opens
    /// it), or an empty string when there is no such file. Equal identities: the same file.
    static QString fileIdentity(const QString &path);

    /// True when `fileName` looks like a SQLite companion file (ends in -wal, -shm, -journal).
    static bool isSqliteCompanionName(const QString &fileName);

    /// Reads a whole regular file of at most `maxBytes`. Refuses a folder, a FIFO, a device, a
    /// link to one of them, a larger file, and every live database file, with a French message
    /// that names the file (its name only) and says what to do.
    static Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes);

    /// Checks, without opening it, that `path` may be read as a regular file of at most
    /// `maxBytes` (the same refusals as readRegularFile).
    static Status checkReadable(const QString &path, qint64 maxBytes);

    /// Writes `bytes` to `path` all at once: through a temporary file renamed over `path` once
    /// everything is on disk, so a failure (full disk, read-only folder, /dev/full) leaves the
    /// previous file as it was and no empty or partial file. Refuses a live database file and
    /// anything that is not a regular file or a new name.
    static Status writeAtomically(const QString &path, const QByteArray &bytes);

    /// Checks that `path` may be written by writeAtomically (refusals without writing).
    static Status checkWritable(const QString &path);
};

} // namespace Passerelle
