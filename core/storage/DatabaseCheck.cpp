#include "DatabaseCheck.h"

#include "Database.h"
#include "Journal.h"
#include "StoredCodes.h"
#include "Tables.h"

namespace Passerelle {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)
};

/// How many distinct values of each code column are outside their list (damage, or a program
/// that wrote past the rules): one sentence per column at fault.
Result<QStringList> codeProblems(Database &db)
{
    PASSERELLE_TRY(stored, StoredCodes::of(db));
    QStringList problems;
    for (const Tables::CodeColumn &c : Tables::codeColumns()) {
        PASSERELLE_TRY(q, db.exec(QStringLiteral("SELECT DISTINCT ") + c.column
                                  + QStringLiteral(" FROM ") + c.table));
        int unknown = 0;
        const QString where = c.table + u'.' + c.column;
        while (q.next()) {
            if (!stored.check(c.list, c.multiple, q.value(0), where))
                ++unknown;
        }
        if (unknown > 0) {
            problems << Msg::tr("The column %1 holds %n value(s) that are not in the list “%2” "
                                "(damaged data).",
                                nullptr, unknown)
                            .arg(where, ReferenceLists::title(c.list));
        }
    }
    return problems;
}

} // namespace

Result<CheckReport> checkDatabase(const QString &location)
{
    Database::Options options;
    options.readOnly = true;
    options.create = false;
    options.migrate = false;
    options.acceptOlder = true;
    PASSERELLE_TRY(db, Database::open(location, options));
    CheckReport report;
    report.displayName = db->displayName();
    PASSERELLE_TRY(version, db->schemaVersion());
    report.schemaVersion = version;
    report.latestSchemaVersion = Database::latestSchemaVersion();
    PASSERELLE_TRY(problems, db->integrityProblems(Database::CheckDepth::Full));
    report.problems = problems;
    // The counts and the rules read a sound file of the current schema.
    if (!report.problems.isEmpty() || report.needsUpgrade())
        return report;

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
    PASSERELLE_TRY(codes, codeProblems(*db));
    report.problems << codes;
    // The journal's chain: an entry deleted or altered, even with the guards removed.
    PASSERELLE_TRY(head, db->exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC "
                                                 "LIMIT 1")));
    if (head.next()) {
        report.journalHeadId = head.value(0).toLongLong();
        report.journalHeadHash = head.value(1).toString();
    }
    PASSERELLE_TRY(journal, Journal::verify(*db));
    for (const JournalProblem &p : std::as_const(journal))
        report.problems << p.message;
    return report;
}

Status quickCheck(Database &db)
{
    PASSERELLE_TRY(problems, db.integrityProblems(Database::CheckDepth::Quick));
    if (problems.isEmpty())
        return {};
    return damagedDatabase(db.displayName(), problems);
}

Error damagedDatabase(const QString &displayName, const QStringList &problems)
{
    return Error::storage(Msg::tr("The database “%1” is damaged: %2 Nothing was changed. Run "
                                  "“passerelle check”, then restore the latest backup, or ask "
                                  "your administrator.")
                              .arg(displayName, problems.join(u' ')));
}

} // namespace Passerelle
