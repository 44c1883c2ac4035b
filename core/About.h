#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

/// Who Passerelle is, said once: its names (which place its settings and data), its version,
/// its licence and where its source is, and the versions of Qt and SQLite it runs on. The
/// install rules (cmake/Install.cmake) take the same identifiers from CMake.
namespace Passerelle::About {

/// "Passerelle": the application's name, which names its settings (~/.config/Passerelle,
/// the registry's Passerelle key) and its data folder (QStandardPaths).
QString applicationName();
/// The version of this build (the project's version in CMake).
QString version();
/// The reverse-DNS identifier of the desktop entry, the icon and the AppStream metainfo.
QString applicationId();
/// The licence, as an SPDX expression.
QString licence();
/// Where the source code of this version is published (GPL: it is offered to every user).
QUrl sourceUrl();
/// The version of the Qt libraries in use (at run time, not at build time).
QString qtVersion();
/// The version of SQLite that Qt's driver runs (EngineVersions::sqlite()).
QString sqliteVersion();

/// Names the application (organisation, application, version, desktop entry): once, before
/// any setting is read. Called by `main` for the GUI and for the commands alike.
void describeApplication();

/// What `passerelle --version` prints and Aide › À propos shows: the version, the licence,
/// the source's address, Qt's and SQLite's versions; translated.
QStringList versionLines();

} // namespace Passerelle::About
