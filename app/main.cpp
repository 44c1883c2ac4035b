#include "CommandLine.h"
#include "About.h"
#include "Platform.h"
#include "Clock.h"
#include "ConnectionDialog.h"
#include "AppContext.h"
#include "MainWindow.h"
#include "files/BackupActions.h"
#include "storage/Backup.h"
#include "files/FileDialogs.h"
#include "Settings.h"
#include "Translations.h"
#include "demo/DemoData.h"
#include "security/Accounts.h"
#include "session/LoginDialog.h"
#include "documents/Documents.h"
#include "storage/Database.h"

#include <QApplication>
#include <QScopeGuard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHashSeed>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Passerelle;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Ends the program with `code`. A document layout given up while stuck inside Qt (see
/// Documents::makePdf()) may still run on its thread: Qt must not be destroyed under it, so
/// the program then ends at once — its databases are closed by then, and nothing is left
/// half-written.
int leave(int code)
{
    if (Documents::abandonedLayouts() > 0) {
        std::fflush(nullptr);
        std::_Exit(code);
    }
    return code;
}

QString databaseArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--database" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(u"--database="))
            return arguments.at(i).mid(11);
    }
    return {};
}

/// Opens a database for the GUI; a server that wants a password gets it asked (never stored).
Result<std::unique_ptr<Database>> openForGui(const QString &location)
{
    auto db = Database::open(location);
    if (!db && db.error().kind == Error::Kind::Access && Database::isServerLocation(location)) {
        Database::Options options;
        options.password = Ui::askServerPassword(nullptr, location);
        if (!options.password.isEmpty())
            db = Database::open(location, options);
    }
    return db;
}

/// The GUI session: one database and its main window; the user may switch databases.
class Session
{
public:
    bool start(const QString &requested)
    {
        QString location = requested;
        for (;;) {
            auto db = openForGui(location);
            if (db)
                return show(std::move(db).value(), location);
            QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "Passerelle"),
                            db.error().message);
            QPushButton *choose = box.addButton(
                QCoreApplication::translate("main", "Choose another database…"),
                QMessageBox::AcceptRole);
            box.addButton(QCoreApplication::translate("main", "Quit"), QMessageBox::RejectRole);
            box.exec();
            if (box.clickedButton() != choose)
                return false;
            Ui::ConnectionDialog dialog(location);
            if (dialog.exec() != QDialog::Accepted)
                return false;
            location = dialog.location();
        }
    }

private:
    /// Opens the main window on `db`, after the login when the base has accounts. False when
    /// the user gave up logging in (or the base could not say whether it has accounts).
    bool show(std::unique_ptr<Database> db, const QString &location)
    {
        auto scope = sessionScope(*db);
        if (!scope)
            return false;
        openWindow(std::move(db), location, *scope);
        return true;
    }

    void openWindow(std::unique_ptr<Database> db, const QString &location, const Scope &scope)
    {
        Ui::Settings::databaseLocation().setValue(location);
        auto window = std::make_unique<Ui::MainWindow>(*db, scope);
        QObject::connect(window.get(), &Ui::MainWindow::switchDatabaseRequested, window.get(),
                         [this](const QString &next) { switchTo(next); });
        // Queued: the window that asks is closed and destroyed by the restore.
        QObject::connect(
            window.get(), &Ui::MainWindow::restoreRequested, window.get(),
            [this, location](const QString &backup) { restore(backup, location); },
            Qt::QueuedConnection);
        window->show();
        window->backups().startAutomaticBackup();
        // The old window goes before its database.
        m_window = std::move(window);
        m_database = std::move(db);
    }

    /// Who works: a base without accounts is used by one person (every right); a base with
    /// accounts asks for a login and password first.
    static std::optional<Scope> sessionScope(Database &db)
    {
        auto has = Accounts(db).hasAccounts();
        if (!has) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Passerelle"),
                                  has.error().message);
            return std::nullopt;
        }
        if (!*has)
            return Scope::everything(Platform::userName(u"local"_s));
        Ui::LoginDialog login(db);
        if (login.exec() != QDialog::Accepted)
            return std::nullopt;
        return login.scope();
    }

    void switchTo(const QString &location)
    {
        auto db = openForGui(location);
        if (!db) {
            QMessageBox::warning(m_window.get(), QCoreApplication::translate("main", "Passerelle"),
                                 db.error().message);
            return;
        }
        auto scope = sessionScope(**db);
        if (!scope)
            return; // the open base stays
        std::unique_ptr<Ui::MainWindow> oldWindow = std::move(m_window);
        std::unique_ptr<Database> oldDatabase = std::move(m_database);
        openWindow(std::move(db).value(), location, *scope);
        oldWindow.reset();
        oldDatabase.reset();
    }

    /// Closes the windows and the base, puts the checked backup in its place (the base is kept
    /// aside), and opens the restored base; on failure the base is opened again as it was.
    void restore(const QString &backup, const QString &location)
    {
        // Closing the only window must not end the application.
        const bool quitOnLastWindow = QGuiApplication::quitOnLastWindowClosed();
        QGuiApplication::setQuitOnLastWindowClosed(false);
        const auto restoreQuit = qScopeGuard(
            [quitOnLastWindow] { QGuiApplication::setQuitOnLastWindowClosed(quitOnLastWindow); });
        if (!m_window->close())
            return; // a household file with unsaved changes stayed open
        // Checked and journaled as the account of the window (in the restored base).
        const Scope scope = m_window->context().scope();
        std::unique_ptr<Ui::MainWindow> oldWindow = std::move(m_window);
        std::unique_ptr<Database> oldDatabase = std::move(m_database);
        oldWindow.reset();
        oldDatabase.reset();
        auto restored = Backup::restore(backup, location, scope);
        auto db = openForGui(location);
        if (!db) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Passerelle"),
                                  db.error().message);
            QCoreApplication::quit();
            return;
        }
        if (!show(std::move(db).value(), location)) {
            QCoreApplication::quit();
            return;
        }
        if (!restored) {
            QMessageBox::warning(m_window.get(), QCoreApplication::translate("main", "Passerelle"),
                                 restored.error().message);
            return;
        }
        QMessageBox::information(
            m_window.get(), QCoreApplication::translate("main", "Passerelle"),
            QCoreApplication::translate("main", "The backup was restored. The replaced base is "
                                                "kept aside:\n%1")
                .arg(QDir::toNativeSeparators(restored->keptAside)));
    }

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Ui::MainWindow> m_window;
};

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    // Before any window: no dialog of the process may open the live database as a file.
    Ui::FileDialogs::installGuard(&app);
    About::describeApplication();
    // Before any setting is read: the settings of the versions without an organisation name.
    Ui::Settings::adoptUnnamedOrganizationSettings();
    // The installed icon of the system's theme (hicolor), else the one built in.
    QApplication::setWindowIcon(
        QIcon::fromTheme(About::applicationId(), QIcon(u":/passerelle/icons/passerelle.svg"_s)));
    const QStringList arguments = QCoreApplication::arguments();
    const QString language = CommandLine::languageOf(arguments);
    if (!Translations::install(language))
        Translations::install(u"fr"_s);

    QString location = databaseArgument(arguments);
    if (location.isEmpty())
        location = Ui::Settings::databaseLocation().value();
    if (location.isEmpty()) {
        // First start: a ready demo database in the user's data folder.
        location = CommandLine::defaultDatabasePath();
        if (!QFileInfo::exists(location)) {
            QDir().mkpath(QFileInfo(location).absolutePath());
            const Status created = Demo::create(location, Passerelle::Clock::today());
            if (!created) {
                QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Passerelle"),
                                      created.error().message);
                return CommandLine::Refused;
            }
        }
    }
    int code = 0;
    {
        Session session;
        if (!session.start(location))
            return CommandLine::Refused;
        code = app.exec();
    }
    return leave(code);
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const QString command = CommandLine::commandOf(arguments);
    const bool help = arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)
                      || arguments.contains(u"--version"_s);
    if (command.isEmpty() && !help)
        return runGui(argc, argv);

    // Headless: no display needed. On Windows, the output goes to the console it was run from.
    Platform::attachParentConsole();
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::needsGuiApplication(arguments)) {
#ifndef Q_OS_WIN
        // Windows always has its desktop (and windeployqt ships its platform plugin alone).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        // The PDF writer embeds fonts in the order of a QHash: with a fixed seed, the same
        // data gives the same bytes (but for the PDF's creation date). Set before any QHash.
        QHashSeed::setDeterministicGlobalSeed();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    About::describeApplication();
    const QString language = CommandLine::languageOf(arguments);
    Translations::install(Translations::available().contains(language) ? language : u"fr"_s);
    return leave(CommandLine::run(arguments));
}
