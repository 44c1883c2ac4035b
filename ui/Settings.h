#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSettings>
#include <QVariant>

namespace Passerelle::Ui {

/// A typed handle on one user setting: the key and its default live together
/// (as Tiled's Preference<T> and qBittorrent's SettingValue<T>).
template <typename T>
class Setting
{
public:
    Setting(QString key, T defaultValue)
        : m_key(std::move(key)), m_default(std::move(defaultValue))
    {
    }

    T value() const
    {
        const QVariant v = QSettings().value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }

private:
    QString m_key;
    T m_default;
};

/// The settings of the user interface, in one place.
namespace Settings {

/// The database last opened: a file path or postgresql://user@host:port/db (never a password).
inline Setting<QString> databaseLocation()
{
    return {QStringLiteral("database/location"), QString()};
}

/// The folder where the user last saved a PDF (contract, convocation, agenda).
inline Setting<QString> pdfFolder()
{
    return {QStringLiteral("documents/pdfFolder"), QString()};
}

/// The folder of the spreadsheets last imported (Fichier › Importer des tableaux…).
inline Setting<QString> importFolder()
{
    return {QStringLiteral("import/folder"), QString()};
}

/// The daily quick check of the database (MainWindow): the day it last ran, on which database,
/// and the warning it gave (empty when the database was sound).
inline Setting<QDate> quickCheckDay()
{
    return {QStringLiteral("integrity/quickCheckDay"), QDate()};
}
inline Setting<QString> quickCheckDatabase()
{
    return {QStringLiteral("integrity/quickCheckDatabase"), QString()};
}
inline Setting<QString> quickCheckWarning()
{
    return {QStringLiteral("integrity/quickCheckWarning"), QString()};
}

/// Versions that named no organisation had Qt keep the settings under « Unknown Organization »
/// (~/.config/Unknown Organization/Passerelle.conf on Linux; nothing was kept in the Windows
/// registry). Copies them once into the settings of the organisation now named, while those
/// are still empty, so that the base last opened, the window and the folders are remembered
/// across the upgrade. The old settings are left as they are (an older version still reads
/// them). True when settings were copied. Call it before any setting is read or written.
inline bool adoptUnnamedOrganizationSettings()
{
    const QString unnamed = QStringLiteral("Unknown Organization");
    if (QCoreApplication::organizationName().isEmpty()
        || QCoreApplication::organizationName() == unnamed)
        return false;
    QSettings current;
    if (!current.allKeys().isEmpty())
        return false;
    // What QSettings() opened while QCoreApplication::organizationName() was empty.
    const QSettings old(unnamed, QCoreApplication::applicationName());
    const QStringList keys = old.allKeys();
    for (const QString &key : keys)
        current.setValue(key, old.value(key));
    current.sync();
    return !keys.isEmpty();
}

} // namespace Settings
} // namespace Passerelle::Ui
