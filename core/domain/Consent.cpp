#include "Consent.h"

#include <QCoreApplication>

namespace Passerelle::Consent {
namespace {

struct Item
{
    const char *code;
    const char *label;
};

constexpr Item Items[] = {
    {"finalites", QT_TRANSLATE_NOOP("Consent", "Purposes of the processing")},
    {"destinataires", QT_TRANSLATE_NOOP("Consent", "Who receives the data")},
    {"duree_conservation", QT_TRANSLATE_NOOP("Consent", "How long the data is kept")},
    {"droits", QT_TRANSLATE_NOOP("Consent",
                                 "Rights of access, rectification, erasure and complaint to the "
                                 "CNIL")},
};

} // namespace

QStringList codes()
{
    QStringList list;
    for (const Item &item : Items)
        list << QString::fromLatin1(item.code);
    return list;
}

QString label(const QString &code)
{
    for (const Item &item : Items) {
        if (code == QLatin1StringView(item.code))
            return QCoreApplication::translate("Consent", item.label);
    }
    return code;
}

bool isKnown(const QString &code)
{
    return codes().contains(code);
}

bool complete(const QStringList &explained)
{
    for (const QString &code : codes()) {
        if (!explained.contains(code))
            return false;
    }
    return true;
}

} // namespace Passerelle::Consent
