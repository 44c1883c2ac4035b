#pragma once

#include "Database.h"
#include "security/Scope.h"

#include <QDateTime>

#include <atomic>
#include <optional>

namespace Passerelle {

/// What a backup file holds, once checked.
struct BackupInfo
{
    QString file;
    int schemaVersion = 0;
    qint64 households = 0;
    qint64 contacts = 0;
    QDateTime written; ///< the file's modification time
};

/// Where automatic backups go and how many are kept (database-wide settings).
struct BackupSettings
{
    QString folder; ///< empty: defaultFolder() of the base
    int keep = 14;
    bool operator==(const BackupSettings &o) const { return folder == o.folder && keep == o.keep; }
    bool operator!=(const BackupSettings &o) const { return !(*this == o); }
};

/// What a restore did.
struct RestoreResult
{
    BackupInfo restored;
    QString keptAside; ///< where the replaced base now is (empty when there was none)
};

/// Backups of a SQLite base, always through SQLite (VACUUM INTO: one read transaction, so the
/// copy is the base as it was at the start of the backup, even while others save), never by
/// copying the bytes of a live file. Backups are readable by their owner only.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    /// The folder of automatic backups when none is chosen: « Sauvegardes » beside the base.
    static QString defaultFolder(const QString &databasePath);
    /// The name of an automatic backup of `databasePath` taken at `when`.
    static QString automaticFileName(const QString &databasePath, const QDateTime &when);

    /// Writes a copy of `db` to `target` (a new file, or one replaced only once the copy is
    /// complete and checked). `cancel`, when set from another thread, stops it; nothing is
    /// left behind. PostgreSQL: refused (the server's own backups, pg_dump, do this).
    static Status write(Database &db, const QString &target,
                        const std::atomic_bool *cancel = nullptr);
    /// Same, opening the base at `databasePath` read-only for the time of the copy (for a
    /// background thread: a connection belongs to the thread that opened it).
    static Status write(const QString &databasePath, const QString &target,
                        const std::atomic_bool *cancel = nullptr);

    /// Checks that `file` is a sound Passerelle base this version can open: SQLite's full
    /// integrity check, the links between tables, the schema version.
    static Result<BackupInfo> verify(const QString &file);

    /// Replaces the base at `databasePath` (which no connection of this process may have
    /// open) by a checked copy of `backupFile`; the replaced base is kept aside, beside it.
    /// Refused, with nothing changed, when the backup is unsound or the base is in use by
    /// another program.
    static Result<RestoreResult> restore(const QString &backupFile, const QString &databasePath);
    /// The same for an account: refused unless `scope` may back up and restore (checked in
    /// the base in place, the refusal journaled there); the restore is journaled in the
    /// restored base.
    static Result<RestoreResult> restore(const QString &backupFile, const QString &databasePath,
                                         const Scope &scope);

    /// Refuses, and journals the refusal, unless `scope` may back up and restore.
    static Status authorise(Database &db, const Scope &scope);
    /// Journals a restore in the restored base.
    static Status journalRestore(Database &db, const Scope &scope, const RestoreResult &result);
    /// Journals a backup ("backup", summary: manual or automatic) in the base backed up.
    static Status journalBackup(Database &db, const Scope &scope, const QString &summary);

    static Result<BackupSettings> settings(Database &db);
    static Status saveSettings(Database &db, const Scope &scope, const BackupSettings &settings);
    /// The folder automatic backups of the base at `databasePath` go to.
    static QString folderFor(const BackupSettings &settings, const QString &databasePath)
    {
        return settings.folder.isEmpty() ? defaultFolder(databasePath) : settings.folder;
    }

    /// The newest automatic backup of `databasePath` in `folder` (by the date in its name).
    static std::optional<QDateTime> lastAutomatic(const QString &folder,
                                                  const QString &databasePath);
    /// Takes an automatic backup into `folder` when the newest is older than a day (or there is
    /// none), then keeps the `keep` newest. Gives the file written, or empty when none was due.
    static Result<QString> automatic(const QString &databasePath, const QString &folder,
                                     int keep, const QDateTime &now,
                                     const std::atomic_bool *cancel = nullptr);
};

} // namespace Passerelle
