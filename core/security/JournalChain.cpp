#include "JournalChain.h"

#include <QCryptographicHash>

namespace Passerelle::JournalChain {

QString genesis()
{
    return QString(64, u'0');
}

QString storedTime(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QString hashOf(const AuditEntry &e)
{
    const QChar sep(0x1f);
    const QString canonical = e.prevHash + sep + QString::number(e.id) + sep + storedTime(e.at)
                              + sep + QString::number(e.userId) + sep + e.login + sep
                              + e.operation + sep + e.entity + sep + QString::number(e.entityId)
                              + sep + QString::number(e.householdId) + sep + e.summary;
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace Passerelle::JournalChain
