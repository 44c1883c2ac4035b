#pragma once

#include "domain/Types.h"
#include "security/Scope.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QThread;

namespace Passerelle {
class Database;
}

namespace Passerelle::Ui {

class AppContext;
class BackupActions;
class HouseholdWindow;
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
    /// Backup, restore and the automatic backup of the open base.
    BackupActions &backups() const { return *m_backups; }
    /// Runs SQLite's quick check of the database in the background, on a connection of its
    /// own, unless it ran on this database today (then its warning, if any, is shown again).
    /// The constructor calls it; a damaged database gets a warning above the screens.
    void startDailyCheck();
    /// The background check still running, or nullptr (for tests).
    QThread *dailyCheck() const { return m_dailyCheck; }

Q_SIGNALS:
    /// The user chose another database (a file path or a server address).
    void switchDatabaseRequested(const QString &location);
    /// The user confirmed restoring this checked backup over the open base.
    void restoreRequested(const QString &backupFile);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page *page);
    void createMenus();
    void chooseDatabase();
    void reloadAgencies();
    void restoreState();
    void showIntegrityWarning(const QString &message);

    Database &m_db;
    AppContext *m_context = nullptr;
    BackupActions *m_backups = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_agency = nullptr;
    QLabel *m_integrityWarning = nullptr;
    QThread *m_dailyCheck = nullptr;
    QHash<Id, QPointer<HouseholdWindow>> m_households;
    QList<QPointer<HouseholdWindow>> m_newHouseholds;
};

} // namespace Passerelle::Ui
