#include "BackupActions.h"

#include "files/FileDialogs.h"
#include "storage/Backup.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>

namespace Passerelle::Ui {

BackupActions::BackupActions(Database &db, QWidget *window)
    : QObject(window), m_db(db), m_window(window)
{
}

BackupActions::~BackupActions()
{
    if (m_automatic) {
        m_cancelAutomatic = true;
        m_automatic->wait();
        delete m_automatic;
    }
}

Status BackupActions::runWithProgress(QWidget *parent, const QString &label,
                                      const std::function<Status(const std::atomic_bool &)> &work)
{
    std::atomic_bool cancel{false};
    Status result;
    QProgressDialog progress(label, tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(tr("Passerelle"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    QThread *thread = QThread::create([&] { result = work(cancel); });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] {
        cancel = true;
        progress.setLabelText(tr("Cancelling…"));
    });
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    progress.reset();
    return result;
}

std::optional<QString> BackupActions::allowedFolder(const QString &title) const
{
    if (const Status allowed = Backup::authorise(m_db, m_scope); !allowed) {
        QMessageBox::warning(m_window, title, allowed.error().message);
        return std::nullopt;
    }
    auto settings = Backup::settings(m_db);
    return Backup::folderFor(settings ? *settings : BackupSettings{}, m_db.location());
}

void BackupActions::backupNow()
{
    if (m_db.backend() != Backend::Sqlite) {
        const Status refused = Backup::write(m_db, QString());
        QMessageBox::information(m_window, tr("Back up the base"), refused.error().message);
        return;
    }
    const QString location = m_db.location();
    const std::optional<QString> folder = allowedFolder(tr("Back up the base"));
    if (!folder)
        return;
    QDir().mkpath(*folder);
    const QString suggested = QDir(*folder).filePath(
        Backup::automaticFileName(location, QDateTime::currentDateTime()));
    QString target = FileDialogs::saveFile(m_window, tr("Back up the base"), suggested,
                                           tr("Passerelle backups (*.sqlite)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".sqlite");
    const Status written = runWithProgress(
        m_window, tr("Backing up the base…"),
        [&](const std::atomic_bool &cancel) { return Backup::write(location, target, &cancel); });
    if (!written) {
        QMessageBox::warning(m_window, tr("Back up the base"), written.error().message);
        return;
    }
    if (const Status journaled = Backup::journalBackup(m_db, m_scope, QStringLiteral("manual"));
        !journaled) {
        QMessageBox::warning(m_window, tr("Back up the base"), journaled.error().message);
    }
    QMessageBox::information(m_window, tr("Back up the base"),
                             tr("The base was backed up and the copy checked:\n%1\n\nThe file is "
                                "readable by you only. Keep a copy on another disk.")
                                 .arg(QDir::toNativeSeparators(target)));
}

void BackupActions::chooseBackupToRestore()
{
    if (m_db.backend() != Backend::Sqlite) {
        QMessageBox::information(m_window, tr("Restore a backup"),
                                 tr("On a PostgreSQL server, restoring is the server's job: ask "
                                    "its administrator (pg_restore)."));
        return;
    }
    const QString location = m_db.location();
    const std::optional<QString> folder = allowedFolder(tr("Restore a backup"));
    if (!folder)
        return;
    const QString file = FileDialogs::openFile(
        m_window, tr("Restore a backup"),
        QFileInfo(*folder).isDir() ? *folder : QFileInfo(location).absolutePath(),
        tr("Passerelle backups (*.sqlite)"));
    if (file.isEmpty())
        return;
    BackupInfo info;
    const Status checked = runWithProgress(m_window, tr("Checking the backup…"),
                                           [&](const std::atomic_bool &) -> Status {
                                               PASSERELLE_TRY(found, Backup::verify(file));
                                               info = found;
                                               return {};
                                           });
    if (!checked) {
        QMessageBox::warning(m_window, tr("Restore a backup"), checked.error().message);
        return;
    }
    const QLocale locale;
    QMessageBox confirm(QMessageBox::Warning, tr("Restore a backup"),
                        tr("The backup “%1” is sound: %2 households, %3 contacts, written on %4.\n\n"
                           "Replace the base in use by this backup? Everything entered since the "
                           "backup will be missing from the base; the base in use is kept "
                           "aside, beside it, under a name ending in « avant-restauration ». "
                           "Passerelle closes its windows and opens the restored base.")
                            .arg(QFileInfo(file).fileName())
                            .arg(info.households)
                            .arg(info.contacts)
                            .arg(locale.toString(info.written, QLocale::ShortFormat)),
                        QMessageBox::Cancel, m_window);
    QPushButton *restore = confirm.addButton(tr("&Restore"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() == static_cast<QAbstractButton *>(restore))
        Q_EMIT restoreRequested(file);
}

void BackupActions::startAutomaticBackup()
{
    if (m_db.backend() != Backend::Sqlite || m_automatic)
        return;
    auto settings = Backup::settings(m_db);
    if (!settings)
        return;
    const QString location = m_db.location();
    const QString folder = Backup::folderFor(*settings, location);
    const int keep = settings->keep;
    auto file = std::make_shared<QString>();
    auto error = std::make_shared<QString>();
    m_automatic = QThread::create([=, this] {
        auto written = Backup::automatic(location, folder, keep, QDateTime::currentDateTime(),
                                         &m_cancelAutomatic);
        if (written)
            *file = *written;
        else
            *error = written.error().message;
    });
    connect(m_automatic, &QThread::finished, this, [this, file, error] {
        m_automatic->deleteLater();
        m_automatic = nullptr;
        if (!file->isEmpty()) {
            // A journal that cannot be written is said by the next save; the backup stands.
            const Status journaled = Backup::journalBackup(m_db, m_scope,
                                                           QStringLiteral("automatic"));
            Q_UNUSED(journaled);
        }
        Q_EMIT automaticBackupFinished(*file, *error);
    });
    m_automatic->start(QThread::LowPriority);
}

} // namespace Passerelle::Ui
