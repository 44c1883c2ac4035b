#include "DatabaseCopy.h"

#include "Tables.h"

#include <QSqlRecord>

namespace Passerelle {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
};

} // namespace

Result<QList<TableCopy>> copyDatabase(Database &from, Database &to)
{
    PASSERELLE_TRY(fromVersion, from.schemaVersion());
    PASSERELLE_TRY(toVersion, to.schemaVersion());
    if (fromVersion != toVersion) {
        return Error::schema(Msg::tr("The two databases are not at the same version (%1 and %2). "
                                     "Open each one once with this version of Passerelle, then "
                                     "try again.")
                                 .arg(fromVersion)
                                 .arg(toVersion));
    }
    const QStringList tables = Tables::allTableNames();
    for (const QString &table : tables) {
        PASSERELLE_TRY(n, to.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table));
        if (n.toLongLong() > 0) {
            return Error::validation(Msg::tr("The target database “%1” is not empty (table %2). "
                                             "Records are only copied into an empty database.")
                                         .arg(to.displayName(), table));
        }
    }

    QList<TableCopy> report;
    Transaction tx(to);
    PASSERELLE_CHECK(tx.status());
    for (const QString &table : tables) {
        TableCopy copy{table, 0, 0};
        PASSERELLE_TRY(rows, from.exec(QStringLiteral("SELECT * FROM ") + table));
        const QSqlRecord record = rows.record();
        QStringList columns;
        QStringList marks;
        for (int i = 0; i < record.count(); ++i) {
            columns << record.fieldName(i);
            marks << QStringLiteral("?");
        }
        const QString insert = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
                               + columns.join(u", ") + QStringLiteral(") VALUES (")
                               + marks.join(u", ") + u')';
        while (rows.next()) {
            QVariantList values;
            values.reserve(record.count());
            for (int i = 0; i < record.count(); ++i)
                values << rows.value(i);
            PASSERELLE_TRY(done, to.execAffected(insert, values));
            Q_UNUSED(done);
            ++copy.source;
        }
        PASSERELLE_TRY(n, to.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table));
        copy.copied = n.toLongLong();
        if (copy.copied != copy.source) {
            return Error::storage(Msg::tr("Table %1: %2 rows read but %3 in the target. Nothing "
                                          "was copied.")
                                      .arg(table)
                                      .arg(copy.source)
                                      .arg(copy.copied));
        }
        // Ids were copied as they are: new records must continue after the largest one.
        if (to.backend() == Backend::Postgres && columns.contains(QStringLiteral("id"))
            && table != u"organisation") {
            PASSERELLE_TRY(seq, to.scalar(QStringLiteral("SELECT setval(pg_get_serial_sequence('")
                                          + table
                                          + QStringLiteral("', 'id'), COALESCE(MAX(id), 0) + 1, "
                                                           "false) FROM ")
                                          + table));
            Q_UNUSED(seq);
        }
        report << copy;
    }
    PASSERELLE_CHECK(tx.commit());
    return report;
}

} // namespace Passerelle
