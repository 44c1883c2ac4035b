#include "About.h"

#include "storage/EngineVersions.h"

#include <QCoreApplication>
#include <QGuiApplication>

// PASSERELLE_APP_ID and PASSERELLE_SOURCE_URL come from CMake for this file alone
// (core/CMakeLists.txt), as PASSERELLE_VERSION does for every file.

namespace Passerelle::About {

QString applicationName()
{
    return QStringLiteral("Passerelle");
}

QString version()
{
    return QStringLiteral(PASSERELLE_VERSION);
}

QString applicationId()
{
    return QStringLiteral(PASSERELLE_APP_ID);
}

QString licence()
{
    return QStringLiteral("GPL-3.0-or-later");
}

QUrl sourceUrl()
{
    return QUrl(QStringLiteral(PASSERELLE_SOURCE_URL));
}

QString qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString sqliteVersion()
{
    return EngineVersions::sqlite();
}

void describeApplication()
{
    // The organisation has the application's name: the settings are
    // ~/.config/Passerelle/Passerelle.conf (HKEY_CURRENT_USER\Software\Passerelle\Passerelle),
    // named by the application alone. Settings of the versions that named no organisation
    // are taken over by Ui::Settings::adoptUnnamedOrganizationSettings().
    QCoreApplication::setOrganizationName(applicationName());
    // macOS names its settings file after the domain (unchanged since the first version).
    QCoreApplication::setOrganizationDomain(QStringLiteral("passerelle.local"));
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setApplicationVersion(version());
    // Ends the title of every window (« Habitat Garonne Solidaire — Passerelle »).
    QGuiApplication::setApplicationDisplayName(applicationName());
    // The desktop entry of the window (Wayland's app_id, the launcher's startup notice); on
    // X11 the window's class is the application's name, the entry's StartupWMClass.
    QGuiApplication::setDesktopFileName(applicationId());
}

QStringList versionLines()
{
    const QString sqlite = sqliteVersion();
    return {
        QCoreApplication::translate("Passerelle::About", "Passerelle %1").arg(version()),
        QCoreApplication::translate("Passerelle::About",
                                    "Licence: %1 (GNU General Public License, version 3 or "
                                    "later). Free software, without any warranty.")
            .arg(licence()),
        QCoreApplication::translate("Passerelle::About", "Source code: %1")
            .arg(sourceUrl().toString()),
        QCoreApplication::translate("Passerelle::About", "Qt %1, SQLite %2")
            .arg(qtVersion(),
                 sqlite.isEmpty()
                     ? QCoreApplication::translate("Passerelle::About",
                                                   "(Qt's SQLite driver is missing)")
                     : sqlite),
    };
}

} // namespace Passerelle::About
