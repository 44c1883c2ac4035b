#pragma once

#include "widgets/WidgetsFwd.h"

#include "domain/Types.h"
#include "security/Scope.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

namespace Passerelle {
class Database;
}

namespace Passerelle::Ui {

class BackupActions;
class HouseholdWindow;
class IdleWatcher;
class ImportWizard;
class LockScreen;
class Page;

/// The main window: navigation between the screens (Tableau de bord, Ménages, Commissions de
/// suivi, Dispositifs & partenaires, Administration), the agency worked on, and the household
/// files opened from any screen (one window each).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The window of the account `scope` acts for (a base without accounts: everything).
    explicit MainWindow(Database &db, Scope scope, QWidget *parent = nullptr);
    ~MainWindow() override;

    AppContext &context() const { return *m_context; }
    /// The page with this object name ("dashboard", "households"...), or nullptr.
    Page *page(const QString &name) const;
    void showPage(const QString &name);
    /// Opens (or brings forward) the file of a household, on the tab named `tab` if given.
    HouseholdWindow *openHousehold(Id householdId, const QString &tab = {});
    /// Opens a new household file, created from a referral.
    HouseholdWindow *newHousehold();
    /// Fichier › Importer des tableaux… : opens the import wizard (window-modal over every
    /// window of the application) and gives it, or nullptr when the role may not import. Once
    /// it has imported, the agencies and the screens reload.
    ImportWizard *importSpreadsheets();
    /// Backup, restore and the automatic backup of the open base.
    BackupActions &backups() const { return *m_backups; }
    /// Runs SQLite's quick check of the database in the background, on a connection of its
    /// own, unless it ran on this database today (then its warning, if any, is shown again).
    /// The constructor calls it; a damaged database gets a warning above the screens.
    void startDailyCheck();
    /// The background check still running, or nullptr (for tests).
    QThread *dailyCheck() const { return m_dailyCheck; }

    /// Hides every household datum until the account types its password again: the screens
    /// give way to the lock screen, household windows are hidden. Done after the minutes
    /// without activity set in Administration › Utilisateurs (bases with accounts only).
    void lockSession();
    bool isLocked() const { return m_locked; }
    /// The watcher of activity that locks the session, or nullptr for a base without accounts.
    IdleWatcher *idleWatcher() const { return m_idle; }
    /// True when the role may use the screen `page` (its object name), by Scope::may.
    bool mayUse(const QString &page) const;
    /// Shows in the navigation only the screens the role may use (the others are not built
    /// by the constructor; this hides an entry added later by mistake).
    void showPermittedPages();

Q_SIGNALS:
    /// The user chose another database (a file path or a server address).
    void switchDatabaseRequested(const QString &location);
    /// The user confirmed restoring this checked backup over the open base.
    void restoreRequested(const QString &backupFile);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// Adds the screen `P` named `name`, if the role may use it.
    template <typename P>
    void addPage(const QString &name);
    void createMenus();
    void chooseDatabase();
    void reloadAgencies();
    void restoreState();
    void showIntegrityWarning(const QString &message);
    void unlockSession();
    /// The menus and toolbars usable and the window named after the organisation, or
    /// neither while the session is locked.
    void setUnlocked(bool unlocked);
    void applyIdleMinutes();

    Database &m_db;
    AppContext *m_context = nullptr;
    BackupActions *m_backups = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_agency = nullptr;
    QLabel *m_integrityWarning = nullptr;
    QThread *m_dailyCheck = nullptr;
    std::shared_ptr<std::atomic_bool> m_stopDailyCheck; ///< set to stop the daily check
    QHash<Id, QPointer<HouseholdWindow>> m_households;
    QList<QPointer<HouseholdWindow>> m_newHouseholds;
    QList<QAction *> m_pageActions; ///< View › screen, by navigation row (QAction::data)
    QStackedLayout *m_session = nullptr; ///< the screens, or the lock screen
    LockScreen *m_lockScreen = nullptr;
    IdleWatcher *m_idle = nullptr;
    bool m_locked = false;
    int m_idleMinutes = 0;
    QList<QPointer<QWidget>> m_hiddenWhileLocked;
};

} // namespace Passerelle::Ui
