#pragma once

#include "widgets/WidgetsFwd.h"

#include "security/Scope.h"

#include "Result.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <optional>

class QThread;

namespace Passerelle {
class Database;
}

namespace Passerelle::Ui {

/// Fichier › Sauvegarder la base… / Restaurer une sauvegarde… and the automatic backup at
/// start: every copy goes through SQLite (core/storage/Backup), in a thread of its own with
/// its own connection, so that the window never freezes; long work shows progress and can be
/// cancelled.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(Database &db, QWidget *window);
    /// The account that backs up and restores (checked and journaled); everything by default.
    void setScope(const Scope &scope) { m_scope = scope; }
    ~BackupActions() override;

    /// Asks where, then backs the base up (PostgreSQL: says how the server is backed up).
    void backupNow();
    /// Asks for a backup, checks it, asks for confirmation; then emits restoreRequested().
    void chooseBackupToRestore();
    /// Starts the automatic backup when the last one is more than a day old (SQLite only).
    void startAutomaticBackup();

    /// Runs `work` in a thread of its own, showing a progress dialog with « Annuler » (which
    /// sets the flag `work` receives) until it ends; the window stays responsive.
    static Status runWithProgress(QWidget *parent, const QString &label,
                                  const std::function<Status(const std::atomic_bool &)> &work);

Q_SIGNALS:
    /// The user confirmed restoring this checked backup over the open base.
    void restoreRequested(const QString &backupFile);
    /// The automatic backup ended: the file written (empty when none was due), or an error.
    void automaticBackupFinished(const QString &file, const QString &error);

private:
    /// The folder of the backups, when the account may back up and restore; else says why
    /// (under `title`) and gives nothing.
    std::optional<QString> allowedFolder(const QString &title) const;

    Database &m_db;
    Scope m_scope = Scope::everything(QString());
    QPointer<QWidget> m_window;
    QThread *m_automatic = nullptr;
    std::atomic_bool m_cancelAutomatic{false};
};

} // namespace Passerelle::Ui
