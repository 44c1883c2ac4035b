#include "SafeFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>

#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {
namespace {

const QStringList &companionSuffixes()
{
    static const QStringList suffixes = {u"-wal"_s, u"-shm"_s, u"-journal"_s};
    return suffixes;
}

struct Registry
{
    QMutex mutex;
    QHash<QString, int> openCounts; ///< canonical path of each open SQLite file
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

/// The canonical form of a path that may not exist yet (its folder made canonical).
QString canonicalOf(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath(); // realpath(): never opens the file
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

#ifdef Q_OS_UNIX
struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileId &o) const { return device == o.device && inode == o.inode; }
};

/// stat() reads the inode without opening the file, so it never disturbs SQLite's locks.
std::optional<FileId> fileIdOf(const QString &path, struct stat *out = nullptr)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    if (out)
        *out = st;
    return FileId{st.st_dev, st.st_ino};
}
#endif

QString shownName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

Error liveDatabaseError(const QString &path)
{
    return Error::io(SafeFiles::tr("“%1” is the database Passerelle is working on (or one of its "
                                   "companion files): it is never read, copied or overwritten "
                                   "as an ordinary file, so that nothing saved is lost. Choose "
                                   "another file; to copy the database, use Fichier › "
                                   "Sauvegarder la base… or “passerelle backup”.")
                         .arg(shownName(path)));
}

} // namespace

void SafeFiles::registerLiveDatabase(const QString &path)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    ++r.openCounts[canonicalOf(path)];
}

void SafeFiles::unregisterLiveDatabase(const QString &path)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    const QString key = canonicalOf(path);
    auto it = r.openCounts.find(key);
    if (it != r.openCounts.end() && --it.value() <= 0)
        r.openCounts.erase(it);
}

QString SafeFiles::fileIdentity(const QString &path)
{
#ifdef Q_OS_UNIX
    const auto id = fileIdOf(path);
    if (!id)
        return {};
    return QString::number(quint64(id->device)) + u':' + QString::number(quint64(id->inode));
#else
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : QString();
#endif
}

bool SafeFiles::isSqliteCompanionName(const QString &fileName)
{
    for (const QString &suffix : companionSuffixes()) {
        if (fileName.endsWith(suffix))
            return true;
    }
    return false;
}

bool SafeFiles::isLiveDatabaseFile(const QString &path)
{
    if (path.isEmpty())
        return false;
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    if (r.openCounts.isEmpty())
        return false;
    const QString canonical = canonicalOf(path);
    for (auto it = r.openCounts.cbegin(); it != r.openCounts.cend(); ++it) {
        if (canonical == it.key())
            return true;
        for (const QString &suffix : companionSuffixes()) {
            if (canonical == it.key() + suffix)
                return true;
        }
    }
#ifdef Q_OS_UNIX
    // The same file under another name (a hard link, a bind mount).
    const auto id = fileIdOf(path);
    if (!id)
        return false;
    for (auto it = r.openCounts.cbegin(); it != r.openCounts.cend(); ++it) {
        if (fileIdOf(it.key()) == id)
            return true;
        for (const QString &suffix : companionSuffixes()) {
            if (fileIdOf(it.key() + suffix) == id)
                return true;
        }
    }
#endif
    return false;
}

Status SafeFiles::checkReadable(const QString &path, qint64 maxBytes)
{
    if (isLiveDatabaseFile(path))
        return liveDatabaseError(path);
    const QFileInfo info(path); // stat() only
    if (!info.exists()) {
        return Error::notFound(tr("The file “%1” does not exist. Check its name and folder.")
                                   .arg(shownName(path)));
    }
    if (info.isDir())
        return Error::io(tr("“%1” is a folder, not a file. Choose a file.").arg(shownName(path)));
    if (!info.isFile()) {
        return Error::io(tr("“%1” is not an ordinary file (a device, a pipe or a socket): it is "
                            "not read. Choose an ordinary file.")
                             .arg(shownName(path)));
    }
    if (info.size() > maxBytes) {
        return Error::io(tr("The file “%1” is too large (%2 KB; at most %3 KB). Choose the right "
                            "file, or make it smaller.")
                             .arg(shownName(path))
                             .arg((info.size() + 1023) / 1024)
                             .arg((maxBytes + 1023) / 1024));
    }
    return {};
}

Result<QByteArray> SafeFiles::readRegularFile(const QString &path, qint64 maxBytes)
{
    PASSERELLE_CHECK(checkReadable(path, maxBytes));
    QFile file;
#ifdef Q_OS_UNIX
    struct stat before {};
    const auto expected = fileIdOf(path, &before);
    // O_NONBLOCK: a file replaced by a FIFO since the check must not block the program.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0 || !expected) {
        if (fd >= 0)
            ::close(fd);
        return Error::io(tr("The file “%1” cannot be read. Check that you may read it.")
                             .arg(shownName(path)));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_dev != expected->device
        || st.st_ino != expected->inode || st.st_size > maxBytes) {
        ::close(fd);
        return Error::io(tr("The file “%1” changed while it was being read. Try again.")
                             .arg(shownName(path)));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error::io(tr("The file “%1” cannot be read. Check that you may read it.")
                             .arg(shownName(path)));
    }
#else
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::io(tr("The file “%1” cannot be read. Check that you may read it.")
                             .arg(shownName(path)),
                         file.errorString());
    }
#endif
    // Never more than the cap, whatever the file grew to meanwhile.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        return Error::io(tr("The file “%1” is too large (at most %2 KB). Choose the right file, "
                            "or make it smaller.")
                             .arg(shownName(path))
                             .arg((maxBytes + 1023) / 1024));
    }
    if (file.error() != QFileDevice::NoError) {
        return Error::io(tr("The file “%1” could not be read completely. Check the disk and try "
                            "again.")
                             .arg(shownName(path)),
                         file.errorString());
    }
    return bytes;
}

Status SafeFiles::checkWritable(const QString &path)
{
    if (path.isEmpty())
        return Error::usage(tr("No file name was given for the output."));
    if (isLiveDatabaseFile(path))
        return liveDatabaseError(path);
    const QFileInfo info(path);
    if (info.exists() && info.isDir()) {
        return Error::io(tr("“%1” is a folder: give the name of the file to write.")
                             .arg(shownName(path)));
    }
    if (info.exists() && !info.isFile()) {
        return Error::io(tr("“%1” is not an ordinary file (a device, a pipe or a socket): "
                            "Passerelle writes only ordinary files. Choose a file name in a "
                            "folder.")
                             .arg(path));
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        return Error::io(tr("The folder of “%1” does not exist. Create it first or choose "
                            "another folder.")
                             .arg(shownName(path)));
    }
    if (!folder.isWritable()) {
        return Error::io(tr("The folder of “%1” is read-only: nothing was written. Choose a "
                            "folder you may write in.")
                             .arg(shownName(path)));
    }
    return {};
}

Status SafeFiles::writeAtomically(const QString &path, const QByteArray &bytes)
{
    PASSERELLE_CHECK(checkWritable(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::io(tr("The file “%1” cannot be written: check the folder and its "
                            "permissions. Nothing was written.")
                             .arg(shownName(path)),
                         file.errorString());
    }
    // QSaveFile reports some errors only at flush() or commit(): each step is checked, and on
    // any failure the temporary file is dropped and an existing file is left as it was.
    if (file.write(bytes) != bytes.size() || !file.flush()
        || file.error() != QFileDevice::NoError) {
        const QString detail = file.errorString();
        file.cancelWriting();
        return Error::io(tr("The file “%1” could not be written completely (the disk may be "
                            "full). Nothing was written; free some space or choose another "
                            "folder.")
                             .arg(shownName(path)),
                         detail);
    }
    if (!file.commit()) {
        return Error::io(tr("The file “%1” could not be written completely (the disk may be "
                            "full). Nothing was written; free some space or choose another "
                            "folder.")
                             .arg(shownName(path)),
                         file.errorString());
    }
    return {};
}

} // namespace Passerelle
