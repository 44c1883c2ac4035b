#include "CommandLine.h"
#include "MainWindow.h"
#include "Translations.h"
#include "demo/DemoData.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>

using namespace Passerelle;
using namespace Qt::Literals::StringLiterals;

namespace {

void describeApplication()
{
    // No organisation name: data in ~/.local/share/Passerelle, settings in ~/.config/Passerelle.conf.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(u"Passerelle"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));
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

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(u"Passerelle"_s);
    QApplication::setWindowIcon(QIcon(u":/passerelle/icons/passerelle.svg"_s));
    const QStringList arguments = QCoreApplication::arguments();
    const QString language = CommandLine::languageOf(arguments);
    if (!Translations::install(language))
        Translations::install(u"fr"_s);

    QString path = databaseArgument(arguments);
    if (path.isEmpty()) {
        // First start: a ready demo database in the user's data folder.
        path = CommandLine::defaultDatabasePath();
        if (!QFileInfo::exists(path)) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            const Status created = Demo::create(path, QDate::currentDate());
            if (!created) {
                QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Passerelle"),
                                      created.error().message);
                return CommandLine::Refused;
            }
        }
    }
    auto database = Database::open(path);
    if (!database) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Passerelle"),
                              database.error().message);
        return CommandLine::Refused;
    }
    Ui::MainWindow window(*database.value());
    window.show();
    return app.exec();
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

    // Headless: no display needed.
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::needsGuiApplication(command)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    describeApplication();
    const QString language = CommandLine::languageOf(arguments);
    Translations::install(Translations::available().contains(language) ? language : u"fr"_s);
    return CommandLine::run(arguments);
}
