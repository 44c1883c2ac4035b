#include "Clock.h"

#include <QtGlobal>

namespace Passerelle::Clock {

QDate today()
{
    static const QDate pinned = QDate::fromString(
            qEnvironmentVariable("PASSERELLE_TODAY"), Qt::ISODate);
    return pinned.isValid() ? pinned : QDate::currentDate();
}

} // namespace Passerelle::Clock
