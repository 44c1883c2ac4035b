#include "Backup.h"

#include "io/SafeFiles.h"
#include "storage/OrganisationRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>

#include <sqlite3.h>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {
namespace {

constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

int cancelRequested(void *flag)
{
    return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0;
}

/// A hidden temporary name in the folder of `target`, so that the final rename stays on one
/// file system.
QString stagingNameFor(const QString &target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(
        u".%1.part-%2"_s.arg(info.fileName())
            .arg(QRandomGenerator::global()->generate64(), 0, 36));
}

/// Pushes the file's bytes to the disk (a backup must survive a power cut).
void syncToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

/// Renames `from` over `to` in one step where the system allows it.
bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_UNIX
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#else
    if (QFileInfo::exists(to) && !QFile::remove(to))
        return false;
    return QFile::rename(from, to);
#endif
}

QString shown(const QString &path)
{
    return QFileInfo(path).fileName();
}

/// VACUUM INTO `target` (created empty first, owner-only): the base as one read transaction
/// sees it. On failure or cancel, nothing is left.
Status vacuumInto(Database &db, const QString &target, const std::atomic_bool *cancel)
{
    {
        QFile empty(target);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !empty.setPermissions(OwnerOnly)) {
            return Error::io(Backup::tr("The backup cannot be written in the folder of “%1”: "
                                        "check that the folder exists and that you may write "
                                        "in it.")
                                 .arg(shown(target)),
                             empty.errorString());
        }
    }
    sqlite3 *handle = db.sqliteHandle();
    if (cancel && handle)
        sqlite3_progress_handler(handle, 1000, cancelRequested,
                                 const_cast<std::atomic_bool *>(cancel));
    auto copied = db.exec(u"VACUUM INTO ?"_s, {target});
    if (cancel && handle)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (!copied) {
        QFile::remove(target);
        if (cancel && cancel->load())
            return Error::io(Backup::tr("The backup was cancelled: no file was written."));
        const QString detail = copied.error().detail.toLower();
        if (detail.contains(u"full") || detail.contains(u"readonly")
            || detail.contains(u"unable to open") || detail.contains(u"disk i/o")) {
            return Error::io(Backup::tr("The backup “%1” could not be written: the disk that "
                                        "should hold it is full or read-only. Nothing was "
                                        "written; free some space or choose another folder.")
                                 .arg(shown(target).mid(1).section(u".part-"_s, 0, 0)),
                             copied.error().detail);
        }
        return copied.error();
    }
    copied->finish();
    syncToDisk(target);
    return {};
}

/// Reading a base or a backup: nothing written, an earlier version accepted (it is upgraded
/// once restored and opened).
Database::Options readOnlyOptions()
{
    Database::Options options;
    options.readOnly = true;
    options.create = false;
    options.migrate = false;
    options.acceptOlder = true;
    return options;
}

QString automaticPattern(const QString &databasePath)
{
    return u"^"_s + QRegularExpression::escape(QFileInfo(databasePath).completeBaseName())
           + u"-(\\d{4}-\\d{2}-\\d{2}-\\d{6})\\.sqlite$"_s;
}

} // namespace

QString Backup::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(u"Sauvegardes"_s);
}

QString Backup::automaticFileName(const QString &databasePath, const QDateTime &when)
{
    return QFileInfo(databasePath).completeBaseName() + u'-'
           + when.toString(u"yyyy-MM-dd-HHmmss"_s) + u".sqlite"_s;
}

Status Backup::write(Database &db, const QString &target, const std::atomic_bool *cancel)
{
    if (db.backend() != Backend::Sqlite) {
        return Error::usage(tr("On a PostgreSQL server, backups are the server's job: ask its "
                               "administrator, or run for example: pg_dump --format=custom "
                               "--file=passerelle.dump \"postgresql://user@host:5432/base\"."));
    }
    if (db.transactionDepth() > 0)
        return Error::storage(tr("A save is in progress: try the backup again in a moment."));
    PASSERELLE_CHECK(SafeFiles::checkWritable(target));
    const QString staging = stagingNameFor(target);
    PASSERELLE_CHECK(vacuumInto(db, staging, cancel));
    // The copy is checked as a restore would check it, before it takes the backup's name.
    auto checked = verify(staging);
    if (!checked) {
        QFile::remove(staging);
        return checked.error();
    }
    if (!replaceFile(staging, target)) {
        QFile::remove(staging);
        return Error::io(tr("The backup “%1” could not be put in place: check the folder and its "
                            "permissions.")
                             .arg(shown(target)));
    }
    QFile::setPermissions(target, OwnerOnly);
    return {};
}

Status Backup::write(const QString &databasePath, const QString &target,
                     const std::atomic_bool *cancel)
{
    PASSERELLE_TRY(db, Database::open(databasePath, readOnlyOptions()));
    return write(*db, target, cancel);
}

Result<BackupInfo> Backup::verify(const QString &file)
{
    if (Database::isServerLocation(file))
        return Error::usage(tr("A backup is a file: give its path."));
    PASSERELLE_TRY(db, Database::open(file, readOnlyOptions()));
    PASSERELLE_TRY(version, db->schemaVersion());
    if (version < 1) {
        return Error::schema(tr("“%1” is not a Passerelle backup (the file holds no Passerelle "
                                "base). Choose another file.")
                                 .arg(shown(file)));
    }
    PASSERELLE_TRY(problems, db->integrityProblems());
    if (!problems.isEmpty()) {
        return Error::storage(tr("“%1” is damaged (SQLite's integrity check found %n "
                                 "problem(s)): it cannot be used. Choose an older backup.",
                                 nullptr, int(problems.size()))
                                  .arg(shown(file)));
    }
    BackupInfo info;
    info.file = file;
    info.schemaVersion = version;
    info.written = QFileInfo(file).lastModified();
    PASSERELLE_TRY(households, db->scalar(u"SELECT COUNT(*) FROM households"_s));
    PASSERELLE_TRY(contacts, db->scalar(u"SELECT COUNT(*) FROM contacts"_s));
    info.households = households.toLongLong();
    info.contacts = contacts.toLongLong();
    return info;
}

Result<RestoreResult> Backup::restore(const QString &backupFile, const QString &databasePath)
{
    if (Database::isServerLocation(databasePath)) {
        return Error::usage(tr("On a PostgreSQL server, restoring is the server's job: ask its "
                               "administrator (pg_restore)."));
    }
    const QFileInfo base(databasePath);
    const QFileInfo backup(backupFile);
    if (base.exists() && backup.exists()
        && SafeFiles::fileIdentity(databasePath) == SafeFiles::fileIdentity(backupFile)) {
        return Error::usage(tr("The backup and the base are the same file: choose a backup."));
    }
    if (SafeFiles::isLiveDatabaseFile(databasePath)) {
        return Error::storage(tr("The base “%1” is open: close it before restoring a backup "
                                 "over it.")
                                  .arg(shown(databasePath)));
    }
    if (!base.absoluteDir().exists()) {
        return Error::io(tr("The folder of “%1” does not exist. Create it first or choose "
                            "another location.")
                             .arg(shown(databasePath)));
    }
    PASSERELLE_TRY(info, verify(backupFile));

    // 1. The backup's copy, staged beside the base (checked again once written).
    const QString staging = stagingNameFor(databasePath);
    {
        PASSERELLE_TRY(source, Database::open(backupFile, readOnlyOptions()));
        PASSERELLE_CHECK(vacuumInto(*source, staging, nullptr));
    }
    if (auto staged = verify(staging); !staged) {
        QFile::remove(staging);
        return staged.error();
    }

    // 2. The base in place is made whole (its journal folded in) and kept aside.
    RestoreResult result;
    result.restored = info;
    if (base.exists()) {
        Database::Options options;
        options.create = false;
        options.migrate = false;
        QStringList toMove{databasePath};
        if (auto current = Database::open(databasePath, options)) {
            // Leaving WAL mode needs the base to itself: refused while another program uses it.
            auto mode = (*current)->scalar(u"PRAGMA journal_mode = DELETE"_s);
            if (!mode || mode->toString().compare(u"delete"_s, Qt::CaseInsensitive) != 0) {
                QFile::remove(staging);
                return Error::storage(tr("The base “%1” is in use by another program (another "
                                         "Passerelle?): close it everywhere, then restore "
                                         "again. Nothing was changed.")
                                          .arg(shown(databasePath)));
            }
        } else {
            // A base SQLite cannot open (damaged): moved aside with its journal, as it is.
            toMove << databasePath + u"-wal"_s << databasePath + u"-shm"_s;
        }
        const QString aside = base.absoluteDir().filePath(
            base.completeBaseName() + u".avant-restauration-"_s
            + QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmmss"_s) + u'.'
            + (base.suffix().isEmpty() ? u"sqlite"_s : base.suffix()));
        for (const QString &file : std::as_const(toMove)) {
            if (!QFileInfo::exists(file))
                continue;
            const QString target = aside + file.mid(databasePath.size());
            if (!QFile::rename(file, target)) {
                QFile::remove(staging);
                return Error::io(tr("The base “%1” could not be moved aside: check the "
                                    "folder's permissions. Nothing was changed.")
                                     .arg(shown(databasePath)));
            }
        }
        result.keptAside = aside;
    }

    // 3. The staged copy takes the base's name.
    if (!replaceFile(staging, databasePath)) {
        if (!result.keptAside.isEmpty())
            QFile::rename(result.keptAside, databasePath);
        QFile::remove(staging);
        return Error::io(tr("The backup could not be put in place of “%1”: check the folder's "
                            "permissions. The base was left as it was.")
                             .arg(shown(databasePath)));
    }
    QFile::setPermissions(databasePath, OwnerOnly);
    return result;
}

Result<RestoreResult> Backup::restore(const QString &backupFile, const QString &databasePath,
                                      const Scope &scope)
{
    {
        Database::Options options;
        options.create = false;
        options.migrate = false; // the base is about to be replaced: never upgrade it
        PASSERELLE_TRY(current, Database::open(databasePath, options));
        PASSERELLE_CHECK(authorise(*current, scope));
    }
    PASSERELLE_TRY(result, restore(backupFile, databasePath));
    Database::Options options;
    options.create = false;
    PASSERELLE_TRY(restored, Database::open(databasePath, options));
    PASSERELLE_CHECK(journalRestore(*restored, scope, result));
    return result;
}

Status Backup::journalRestore(Database &db, const Scope &scope, const RestoreResult &result)
{
    return AuditRepository(db).record(scope, u"restore"_s, u"database"_s, 0, 0,
                                      u"households: %1"_s.arg(result.restored.households));
}

Status Backup::authorise(Database &db, const Scope &scope)
{
    return AuditRepository(db).permit(scope, Permission::Backup);
}

Status Backup::journalBackup(Database &db, const Scope &scope, const QString &summary)
{
    return AuditRepository(db).record(scope, u"backup"_s, u"database"_s, 0, 0, summary);
}

Result<BackupSettings> Backup::settings(Database &db)
{
    OrganisationRepository repository(db);
    BackupSettings settings;
    PASSERELLE_TRY(folder, repository.setting(u"backup_folder"_s));
    PASSERELLE_TRY(keep, repository.setting(u"backup_keep"_s, u"14"_s));
    settings.folder = folder;
    bool ok = false;
    const int n = keep.toInt(&ok);
    settings.keep = ok && n >= 1 ? qMin(n, 365) : 14;
    return settings;
}

Status Backup::saveSettings(Database &db, const Scope &scope, const BackupSettings &settings)
{
    if (settings.keep < 1 || settings.keep > 365)
        return Error::validation(tr("Keep between 1 and 365 backups."));
    OrganisationRepository repository(db);
    Transaction tx(db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_CHECK(repository.setSetting(scope, u"backup_folder"_s, settings.folder));
    PASSERELLE_CHECK(repository.setSetting(scope, u"backup_keep"_s,
                                           QString::number(settings.keep)));
    return tx.commit();
}

std::optional<QDateTime> Backup::lastAutomatic(const QString &folder, const QString &databasePath)
{
    const QRegularExpression pattern(automaticPattern(databasePath));
    std::optional<QDateTime> newest;
    for (const QString &name : QDir(folder).entryList(QDir::Files)) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const QDateTime when = QDateTime::fromString(match.captured(1), u"yyyy-MM-dd-HHmmss"_s);
        if (when.isValid() && (!newest || when > *newest))
            newest = when;
    }
    return newest;
}

Result<QString> Backup::automatic(const QString &databasePath, const QString &folder, int keep,
                                  const QDateTime &now, const std::atomic_bool *cancel)
{
    const QString dir = folder.isEmpty() ? defaultFolder(databasePath) : folder;
    const auto last = lastAutomatic(dir, databasePath);
    if (last && *last > now.addDays(-1))
        return QString();
    const bool created = !QFileInfo::exists(dir);
    if (!QDir().mkpath(dir)) {
        return Error::io(tr("The backup folder “%1” cannot be created: choose another one in "
                            "Administration › Sauvegardes.")
                             .arg(QDir::toNativeSeparators(dir)));
    }
    // A folder Passerelle makes is its owner's only; one the user chose keeps its permissions
    // (each backup in it is owner-only anyway).
    if (created)
        QFile::setPermissions(dir, OwnerOnly | QFileDevice::ExeOwner);
    const QString target = QDir(dir).filePath(automaticFileName(databasePath, now));
    PASSERELLE_CHECK(write(databasePath, target, cancel));

    // Keep the `keep` newest (names sort by date).
    const QRegularExpression pattern(automaticPattern(databasePath));
    QStringList names;
    for (const QString &name : QDir(dir).entryList(QDir::Files, QDir::Name)) {
        if (pattern.match(name).hasMatch())
            names << name;
    }
    std::sort(names.begin(), names.end(), std::greater<>());
    for (qsizetype i = qMax(1, keep); i < names.size(); ++i)
        QFile::remove(QDir(dir).filePath(names.at(i)));
    return target;
}

} // namespace Passerelle
