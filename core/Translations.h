#pragma once

#include <QString>

namespace Passerelle::Translations {

/// Installs the translations of Passerelle and of Qt for `language` ("fr" or "en") into the
/// running application. French is the users' language and the default. Returns false when
/// the language is not known.
bool install(const QString &language);

/// The languages Passerelle ships.
QStringList available();

} // namespace Passerelle::Translations
