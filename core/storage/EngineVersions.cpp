#include "storage/EngineVersions.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace Passerelle::EngineVersions {

QString sqlite()
{
    // Its own in-memory connection: no base is opened, nothing is written.
    const QString name = QStringLiteral("engine-version-") + QUuid::createUuid().toString();
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("select sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace Passerelle::EngineVersions
