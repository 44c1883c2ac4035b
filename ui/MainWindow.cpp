#include "MainWindow.h"

#include "forms/TabForms.h"
#include "About.h"
#include "Clock.h"

#include "AppContext.h"
#include "ConnectionDialog.h"
#include "Settings.h"
#include "files/BackupActions.h"
#include "admin/ActionsPartnersPage.h"
#include "admin/AdministrationPage.h"
#include "committees/CommitteesPage.h"
#include "dashboards/DashboardPage.h"
#include "households/HouseholdWindow.h"
#include "households/HouseholdsPage.h"
#include "review/ReviewPage.h"
#include "import/ImportWizard.h"
#include "security/Accounts.h"
#include "session/LockScreen.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/DirectoryRepositories.h"
#include "storage/OrganisationRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedLayout>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>

namespace Passerelle::Ui {

namespace {

const Setting<QByteArray> geometrySetting{QStringLiteral("mainWindow/geometry"), QByteArray()};
const Setting<QByteArray> splitterSetting{QStringLiteral("mainWindow/splitter"), QByteArray()};
const Setting<QString> pageSetting{QStringLiteral("mainWindow/page"), QStringLiteral("dashboard")};
const Setting<QString> agencySetting{QStringLiteral("mainWindow/agency"), QString()};

} // namespace

MainWindow::MainWindow(Database &db, Scope scope, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_context(new AppContext(db, std::move(scope), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setMaximumWidth(320);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    m_pages = new QStackedWidget(splitter);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // Above the screens, a warning of the daily check of the database (hidden while sound).
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_integrityWarning = new QLabel(central);
    m_integrityWarning->setObjectName(QStringLiteral("integrityWarning"));
    m_integrityWarning->setTextFormat(Qt::PlainText);
    m_integrityWarning->setWordWrap(true);
    m_integrityWarning->setMargin(8);
    m_integrityWarning->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #611a15; border-bottom: 1px solid #e0a8a4; }"));
    m_integrityWarning->hide();
    centralLayout->addWidget(m_integrityWarning);
    centralLayout->addWidget(splitter, 1);
    // The screens, or (session locked) the lock screen that covers them all.
    // (A stacked layout, not a QStackedWidget: "the" stacked widget of the window is m_pages.)
    auto *session = new QWidget(this);
    session->setObjectName(QStringLiteral("session"));
    m_session = new QStackedLayout(session);
    m_session->setContentsMargins(0, 0, 0, 0);
    m_session->addWidget(central);
    setCentralWidget(session);

    // The agency worked on: a view filter for the dashboard and the lists.
    auto *toolbar = addToolBar(tr("Agency"));
    toolbar->setObjectName(QStringLiteral("agencyToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("Agency: "), toolbar));
    m_agency = new QComboBox(toolbar);
    m_agency->setObjectName(QStringLiteral("agencyChooser"));
    m_agency->setMinimumWidth(220);
    toolbar->addWidget(m_agency);
    reloadAgencies();
    connect(m_agency, &QComboBox::activated, this, [this] {
        const Id id = m_agency->currentData().toLongLong();
        m_context->setCurrentAgency(id);
        agencySetting.setValue(m_agency->currentText());
    });

    // The screens, in navigation order. The dashboard is the start page.
    addPage<DashboardPage>(QStringLiteral("dashboard"));
    addPage<HouseholdsPage>(QStringLiteral("households"));
    addPage<CommitteesPage>(QStringLiteral("committees"));
    addPage<ReviewPage>(QStringLiteral("review"));
    addPage<ActionsPartnersPage>(QStringLiteral("actions"));
    addPage<AdministrationPage>(QStringLiteral("administration"));
    // Wide enough for the longest entry, whatever the language.
    int widest = 0;
    const QFontMetrics metrics(m_navigation->font());
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(m_navigation->item(i)->text()));
    // As wide as its widest entry, no wider: the room goes to the screens.
    const int navigationWidth = std::max(190, widest + m_navigation->iconSize().width() + 40);
    m_navigation->setMinimumWidth(navigationWidth);
    m_navigation->setMaximumWidth(navigationWidth + 40);
    if (auto *splitter = qobject_cast<QSplitter *>(m_navigation->parentWidget()))
        splitter->setSizes({navigationWidth, width() - navigationWidth});

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (auto *p = qobject_cast<Page *>(m_pages->widget(row))) {
            p->refresh();
            pageSetting.setValue(p->objectName());
        }
    });
    connect(m_context, &AppContext::openHouseholdRequested, this,
            [this](Id id, const QString &tab) { openHousehold(id, tab); });
    connect(m_context, &AppContext::dataChanged, this, [this] {
        if (auto *p = qobject_cast<Page *>(m_pages->currentWidget()))
            p->refresh();
    });

    setUnlocked(true);
    // An upgrade at opening is never silent.
    statusBar()->showMessage(
        m_db.upgradedFrom() > 0
            ? tr("Database: %1 (upgraded from schema %2 to schema %3 of this version)")
                  .arg(m_db.displayName())
                  .arg(m_db.upgradedFrom())
                  .arg(Database::latestSchemaVersion())
            : tr("Database: %1").arg(m_db.displayName()));
    m_backups = new BackupActions(db, this);
    m_backups->setScope(m_context->scope());
    connect(m_backups, &BackupActions::restoreRequested, this, &MainWindow::restoreRequested);
    connect(m_backups, &BackupActions::automaticBackupFinished, this,
            [this](const QString &file, const QString &error) {
                if (!error.isEmpty()) {
                    statusBar()->showMessage(tr("Automatic backup failed: %1").arg(error));
                } else if (!file.isEmpty()) {
                    statusBar()->showMessage(tr("Automatic backup written: %1")
                                                 .arg(QDir::toNativeSeparators(file)),
                                             15000);
                }
            });
    createMenus();
    showPermittedPages();
    restoreState();
    // A base with accounts locks itself after a while without activity.
    if (m_context->scope().role != Role::SingleUser) {
        m_lockScreen = new LockScreen(*m_context, centralWidget());
        m_session->addWidget(m_lockScreen);
        connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlockSession);
        m_idle = new IdleWatcher(this);
        connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lockSession);
        connect(m_context, &AppContext::idleLockChanged, this, &MainWindow::applyIdleMinutes);
        applyIdleMinutes();
        m_idle->restart();
        statusBar()->showMessage(tr("Logged in as %1 — database: %2")
                                     .arg(m_context->scope().login, m_db.displayName()));
    }
    startDailyCheck();
}

void MainWindow::applyIdleMinutes()
{
    if (!m_idle)
        return;
    m_idleMinutes = Accounts(m_db).idleLockMinutes().valueOr(Accounts::DefaultIdleMinutes);
    m_idle->setTimeout(m_idleMinutes * 60 * 1000);
}

void MainWindow::lockSession()
{
    if (m_locked || !m_lockScreen)
        return;
    m_locked = true;
    m_idle->stop();
    // Every window that shows household data is hidden (and shown again on unlock).
    m_hiddenWhileLocked.clear();
    // A dialog open at that moment is cancelled (as its Cancel button would): shown again
    // after the unlock, it would no longer be waited for.
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w == this || !w->isVisible())
            continue;
        if (auto *dialog = qobject_cast<QDialog *>(w)) {
            dialog->reject();
            continue;
        }
        // Menus, tooltips and other popups just close; windows come back after the unlock.
        if (w->windowType() == Qt::Window)
            m_hiddenWhileLocked << w;
        w->hide();
    }
    setUnlocked(false);
    m_lockScreen->prepare(m_idleMinutes);
    m_session->setCurrentWidget(m_lockScreen);
}

void MainWindow::unlockSession()
{
    if (!m_locked)
        return;
    m_locked = false;
    m_session->setCurrentIndex(0);
    setUnlocked(true);
    for (const QPointer<QWidget> &w : std::as_const(m_hiddenWhileLocked)) {
        if (w)
            w->show();
    }
    m_hiddenWhileLocked.clear();
    m_idle->restart();
}

void MainWindow::setUnlocked(bool unlocked)
{
    menuBar()->setEnabled(unlocked);
    for (QToolBar *bar : findChildren<QToolBar *>())
        bar->setEnabled(unlocked);
    if (!unlocked) {
        setWindowTitle(tr("Session locked"));
        return;
    }
    const auto organisation = OrganisationRepository(m_db).get();
    const QString orgName = organisation ? organisation->name : QString();
    // The window system appends the application's name (" — Passerelle") itself.
    setWindowTitle(orgName.isEmpty() ? tr("Passerelle") : orgName);
}

bool MainWindow::mayUse(const QString &page) const
{
    // The screens and what they need (any of).
    static const QHash<QString, QList<Permission>> needs = {
        {QStringLiteral("dashboard"), {Permission::Dashboard}},
        {QStringLiteral("households"), {Permission::ReadHouseholds}},
        {QStringLiteral("committees"), {Permission::Committees}},
        {QStringLiteral("review"), {Permission::Review}},
        {QStringLiteral("actions"), {Permission::ManageActions}},
        {QStringLiteral("administration"), {Permission::ManageUsers, Permission::ManageSettings}},
        // Not a screen: Fichier › Importer des tableaux…
        {QStringLiteral("import"), {Permission::Import}},
    };
    const QList<Permission> wanted = needs.value(page);
    return wanted.isEmpty() || std::any_of(wanted.begin(), wanted.end(), [this](Permission p) {
               return m_context->scope().may(p);
           });
}

void MainWindow::showPermittedPages()
{
    int firstShown = -1;
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem *item = m_navigation->item(i);
        const bool allowed = mayUse(item->data(Qt::UserRole).toString());
        item->setHidden(!allowed);
        for (QAction *go : std::as_const(m_pageActions)) {
            if (go->data().toInt() == i)
                go->setVisible(allowed);
        }
        if (allowed && firstShown < 0)
            firstShown = i;
    }
    // (Before restoreState() there is no current page yet: it chooses one.)
    if (QListWidgetItem *current = m_navigation->currentItem();
        current && current->isHidden() && firstShown >= 0) {
        m_navigation->setCurrentRow(firstShown);
    }
}

MainWindow::~MainWindow()
{
    // The daily check is stopped (within milliseconds) rather than awaited: on a large base
    // it reads the whole file, for seconds. It runs again at the next start.
    if (m_dailyCheck) {
        m_stopDailyCheck->store(true);
        m_dailyCheck->wait();
        delete m_dailyCheck;
    }
    // Household windows hold documents on this database: they go first.
    for (const auto &window : std::as_const(m_households))
        delete window.data();
    for (const auto &window : std::as_const(m_newHouseholds))
        delete window.data();
}

template <typename P>
void MainWindow::addPage(const QString &name)
{
    // A screen the role may not use is not even built (it would only be refused, and journal
    // the refusal).
    if (!mayUse(name))
        return;
    Page *page = new P(*m_context, this);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setData(Qt::UserRole, page->objectName());
    item->setSizeHint(QSize(0, 40));
    m_pages->addWidget(page);
}

Page *MainWindow::page(const QString &name) const
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == name)
            return qobject_cast<Page *>(m_pages->widget(i));
    }
    return nullptr;
}

void MainWindow::showPage(const QString &name)
{
    if (Page *shown = page(name))
        m_navigation->setCurrentRow(m_pages->indexOf(shown));
}

void MainWindow::reloadAgencies()
{
    const QString remembered = agencySetting.value();
    m_agency->clear();
    // "All agencies" only for who sees them all; a CESF works on hers, a partner referent on
    // her association's households (no agency to choose).
    const Scope &scope = m_context->scope();
    if (scope.coversAllAgencies() || scope.partnerId)
        m_agency->addItem(scope.partnerId ? tr("Your association's households") : tr("All agencies"),
                          Id(0));
    if (auto agencies = AgencyRepository(m_db).list()) {
        for (const Agency &a : *agencies) {
            if (m_context->scope().allowsAgency(a.id))
                m_agency->addItem(a.name, a.id);
        }
    }
    const int index = m_agency->findText(remembered);
    m_agency->setCurrentIndex(std::max(0, index));
    m_context->setCurrentAgency(m_agency->currentData().toLongLong());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newHousehold = file->addAction(tr("&New household…"), this,
                                            &MainWindow::newHousehold);
    newHousehold->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *import = file->addAction(tr("&Import spreadsheets…"), this,
                                      &MainWindow::importSpreadsheets);
    import->setObjectName(QStringLiteral("importAction"));
    import->setStatusTip(tr("Import a unit's households and contacts from CSV files, after "
                            "checking them"));
    import->setVisible(mayUse(QStringLiteral("import")));
    file->addSeparator();
    QAction *open = file->addAction(tr("&Database…"), this, &MainWindow::chooseDatabase);
    open->setStatusTip(tr("Open another database file or connect to the shared server"));
    file->addSeparator();
    QAction *backup = file->addAction(tr("&Back up the base…"), m_backups,
                                      &BackupActions::backupNow);
    backup->setObjectName(QStringLiteral("backupAction"));
    backup->setStatusTip(tr("Write a checked copy of the base, safe while it is in use"));
    QAction *restore = file->addAction(tr("&Restore a backup…"), m_backups,
                                       &BackupActions::chooseBackupToRestore);
    restore->setObjectName(QStringLiteral("restoreAction"));
    restore->setStatusTip(tr("Check a backup, then put it in place of the base"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *search = view->addAction(tr("&Search"), this, [this] {
        auto *current = qobject_cast<Page *>(m_pages->currentWidget());
        if (!current || !current->focusSearch()) {
            showPage(QStringLiteral("households"));
            if (Page *households = page(QStringLiteral("households")))
                households->focusSearch();
        }
    });
    search->setShortcut(QKeySequence::Find);
    view->addSeparator();
    for (int i = 0; i < m_pages->count(); ++i) {
        auto *p = qobject_cast<Page *>(m_pages->widget(i));
        // An action's text takes '&' for a mnemonic (« Dispositifs & partenaires » would show
        // « Dispositifs _partenaires »): doubled, it shows as written. The title itself stays
        // as is for the navigation list and the window.
        QString text = p->title();
        text.replace(u'&', QStringLiteral("&&"));
        QAction *go = view->addAction(text, this, [this, i] { m_navigation->setCurrentRow(i); });
        go->setData(i);
        m_pageActions << go;
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Passerelle"), this, [this] {
        // The version, the licence, the source's address and what Passerelle runs on: the
        // same lines as `passerelle --version` (About::versionLines()), the address a link.
        const QStringList lines = About::versionLines();
        const QString source = About::sourceUrl().toString();
        QString text = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(
            lines.value(0).toHtmlEscaped(),
            tr("Follow-up of households housed with social support (logements "
               "accompagnés).")
                .toHtmlEscaped());
        for (qsizetype i = 1; i < lines.size(); ++i) {
            text += QStringLiteral("<p>")
                    + lines.at(i).toHtmlEscaped().replace(
                        source.toHtmlEscaped(),
                        QStringLiteral("<a href=\"%1\">%2</a>").arg(source.toHtmlEscaped(),
                                                       source.toHtmlEscaped()))
                    + QStringLiteral("</p>");
        }
        auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Passerelle"), text,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("aboutPasserelle"));
        box->setTextFormat(Qt::RichText);
        box->setIconPixmap(windowIcon().pixmap(64, 64));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

ImportWizard *MainWindow::importSpreadsheets()
{
    if (m_locked || !mayUse(QStringLiteral("import")))
        return nullptr;
    auto *wizard = new ImportWizard(m_db, m_context->scope(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Nothing else is edited meanwhile (household windows included): the import holds the
    // base's write lock while it runs.
    wizard->setWindowModality(Qt::ApplicationModal);
    connect(wizard, &ImportWizard::imported, this, [this] {
        reloadAgencies(); // the import may have created agencies
        Q_EMIT m_context->dataChanged();
    });
    wizard->show();
    return wizard;
}

void MainWindow::chooseDatabase()
{
    ConnectionDialog dialog(m_db.location(), this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT switchDatabaseRequested(dialog.location());
}

void MainWindow::restoreState()
{
    const QByteArray geometry = geometrySetting.value();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: a comfortable size, but never larger than the screen; on a laptop
        // (1366 × 768) the whole screen, which the lists need.
        TabForms::resizeWithinScreen(this, QSize(1280, 800));
        if (const QScreen *s = screen(); s && s->availableGeometry().width() < 1440)
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(splitterSetting.value());
    // The page of the last session, if this role may use it; else the first it may.
    const QString remembered = pageSetting.value();
    int row = -1;
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_navigation->item(i)->isHidden())
            continue;
        if (row < 0 || m_pages->widget(i)->objectName() == remembered)
            row = i;
    }
    m_navigation->setCurrentRow(std::max(row, 0));
}

HouseholdWindow *MainWindow::openHousehold(Id householdId, const QString &tab)
{
    if (m_locked)
        return nullptr;
    if (auto existing = m_households.value(householdId)) {
        existing->showTab(tab);
        existing->show();
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    auto *window = new HouseholdWindow(*m_context, nullptr);
    window->setAttribute(Qt::WA_DeleteOnClose);
    const Status opened = window->open(householdId);
    if (!opened) {
        delete window;
        QMessageBox::warning(this, tr("Passerelle"), opened.error().message);
        return nullptr;
    }
    m_households.insert(householdId, window);
    window->showTab(tab);
    window->show();
    return window;
}

HouseholdWindow *MainWindow::newHousehold()
{
    if (m_locked)
        return nullptr;
    auto *window = new HouseholdWindow(*m_context, nullptr);
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!window->startNew()) {
        delete window;
        return nullptr;
    }
    m_newHouseholds << window;
    connect(window, &HouseholdWindow::saved, this, [this, window](Id id) {
        m_households.insert(id, window);
    });
    window->show();
    return window;
}

void MainWindow::startDailyCheck()
{
    if (m_dailyCheck || m_db.backend() != Backend::Sqlite)
        return;
    const QDate today = Passerelle::Clock::today();
    const QString location = m_db.location();
    if (Settings::quickCheckDay().value() == today
        && Settings::quickCheckDatabase().value() == location) {
        showIntegrityWarning(Settings::quickCheckWarning().value());
        return;
    }
    struct Outcome
    {
        bool ran = false;
        QString warning; ///< empty when the database is sound
    };
    auto outcome = std::make_shared<Outcome>();
    m_stopDailyCheck = std::make_shared<std::atomic_bool>(false);
    m_dailyCheck = QThread::create([location, outcome, stop = m_stopDailyCheck] {
        // A connection of its own, made and used in this thread only, that never writes.
        Database::Options options;
        options.readOnly = true;
        options.create = false;
        options.migrate = false;
        options.acceptOlder = true;
        auto db = Database::open(location, options);
        if (!db)
            return; // busy, or gone: the check is for another day
        auto problems = (*db)->integrityProblems(Database::CheckDepth::Quick, stop.get());
        if (!problems)
            return;
        outcome->ran = true;
        if (!problems->isEmpty())
            outcome->warning = damagedDatabase((*db)->displayName(), *problems).message;
    });
    m_dailyCheck->setObjectName(QStringLiteral("dailyCheck"));
    connect(m_dailyCheck, &QThread::finished, this, [this, outcome, location, today] {
        m_dailyCheck->deleteLater();
        m_dailyCheck = nullptr;
        if (!outcome->ran)
            return;
        Settings::quickCheckDay().setValue(today);
        Settings::quickCheckDatabase().setValue(location);
        Settings::quickCheckWarning().setValue(outcome->warning);
        showIntegrityWarning(outcome->warning);
    });
    m_dailyCheck->start(QThread::LowPriority);
}

void MainWindow::showIntegrityWarning(const QString &message)
{
    m_integrityWarning->setText(message.isEmpty() ? QString()
                                                  : tr("Daily check of the database: %1")
                                                        .arg(message));
    m_integrityWarning->setVisible(!message.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved household files are never lost silently: each one asks.
    QList<QPointer<HouseholdWindow>> windows = m_households.values();
    windows << m_newHouseholds;
    for (const auto &window : std::as_const(windows)) {
        if (window && !window->close()) {
            event->ignore();
            return;
        }
    }
    geometrySetting.setValue(saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitterSetting.setValue(splitter->saveState());
    event->accept();
}

} // namespace Passerelle::Ui
