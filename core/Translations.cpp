#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Passerelle::Translations {

QStringList available()
{
    return {QStringLiteral("fr"), QStringLiteral("en")};
}

bool install(const QString &language)
{
    if (!available().contains(language))
        return false;
    auto *app = QCoreApplication::instance();
    static QList<QTranslator *> installed;
    for (QTranslator *t : std::as_const(installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed.clear();

    QLocale::setDefault(QLocale(language == u"fr" ? QLocale::French : QLocale::English,
                                language == u"fr" ? QLocale::France : QLocale::UnitedKingdom));
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/passerelle/translations/passerelle_") + language
                  + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(own);
        installed << own;
    } else {
        delete own;
    }
    // Qt's own strings (standard buttons, dialogs), from the qt6-translations-l10n package.
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed << qt;
    } else {
        delete qt;
    }
    return true;
}

} // namespace Passerelle::Translations
