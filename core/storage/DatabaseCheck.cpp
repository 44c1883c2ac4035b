#include "DatabaseCheck.h"

#include "Database.h"
#include "Tables.h"

namespace Passerelle {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)
};

} // namespace

Result<CheckReport> checkDatabase(const QString &location)
{
    Database::Options options;
    options.readOnly = true;
    options.create = false;
    options.migrate = false;
    PASSERELLE_TRY(db, Database::open(location, options));
    CheckReport report;
    PASSERELLE_TRY(version, db->schemaVersion());
    report.schemaVersion = version;
    report.latestSchemaVersion = Database::latestSchemaVersion();
    PASSERELLE_TRY(problems, db->integrityProblems());
    report.problems = problems;
    if (report.schemaVersion == 0)
        return report; // an empty file: nothing more to check until it is set up

    for (const QString &table : Tables::allTableNames()) {
        PASSERELLE_TRY(n, db->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table));
        report.counts.append({table, n.toLongLong()});
    }
    // Rules the schema cannot express.
    struct Rule
    {
        const char *sql;
        const char *message;
    };
    static const Rule rules[] = {
        {"SELECT COUNT(*) FROM households h WHERE NOT EXISTS (SELECT 1 FROM members m WHERE "
         "m.household_id = h.id)",
         QT_TRANSLATE_N_NOOP("DatabaseCheck", "%n household(s) without any member")},
        {"SELECT COUNT(*) FROM supports WHERE end_date IS NOT NULL AND outcome = ''",
         QT_TRANSLATE_N_NOOP("DatabaseCheck", "%n ended support(s) without an outcome")},
        {"SELECT COUNT(*) FROM leases a JOIN leases b ON a.household_id = b.household_id AND "
         "a.id < b.id AND a.start_date <= COALESCE(b.end_date, '9999-12-31') AND b.start_date <= "
         "COALESCE(a.end_date, '9999-12-31')",
         QT_TRANSLATE_N_NOOP("DatabaseCheck", "%n pair(s) of overlapping leases")},
        {"SELECT COUNT(*) FROM (SELECT household_id FROM members WHERE role = 'titulaire' "
         "GROUP BY household_id HAVING COUNT(*) > 1) t",
         QT_TRANSLATE_N_NOOP("DatabaseCheck", "%n household(s) with more than one main tenant")},
    };
    for (const Rule &rule : rules) {
        PASSERELLE_TRY(n, db->scalar(QString::fromLatin1(rule.sql)));
        if (n.toLongLong() > 0) {
            report.problems << QCoreApplication::translate("DatabaseCheck", rule.message, nullptr,
                                                           int(n.toLongLong()));
        }
    }
    return report;
}

} // namespace Passerelle
