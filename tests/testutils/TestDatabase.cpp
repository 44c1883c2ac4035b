#include "TestDatabase.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QFile>
#include <QTest>

namespace Passerelle::Testing {

Backend testBackend()
{
    return qgetenv("PASSERELLE_TEST_BACKEND") == "postgres" ? Backend::Postgres : Backend::Sqlite;
}

QString backendUnavailable()
{
    if (testBackend() == Backend::Sqlite)
        return {};
    const QString url = qEnvironmentVariable("PASSERELLE_TEST_PG_URL");
    if (url.isEmpty()) {
        return QStringLiteral("PostgreSQL run skipped: no test server (start one with "
                              "tools/pg-server.sh and set PASSERELLE_TEST_PG_URL)");
    }
    static QString cached = [&url] {
        Database::Options options;
        options.migrate = false;
        auto probe = Database::open(url, options);
        return probe ? QString()
                     : QStringLiteral("PostgreSQL run skipped: the test server does not answer (")
                           + probe.error().fullText() + u')';
    }();
    return cached;
}

TestDatabase::TestDatabase()
{
    if (testBackend() == Backend::Postgres) {
        static int counter = 0;
        m_path = qEnvironmentVariable("PASSERELLE_TEST_PG_URL");
        m_schema = QStringLiteral("t_%1_%2_%3")
                       .arg(QCoreApplication::applicationPid())
                       .arg(++counter)
                       .arg(QDateTime::currentMSecsSinceEpoch() % 1000000);
    } else {
        m_path = m_dir.filePath(QStringLiteral("test.passerelle"));
    }
    reopen();
}

TestDatabase::~TestDatabase()
{
    if (!m_schema.isEmpty()) {
        m_db.reset();
        Database::Options o;
        o.migrate = false;
        if (auto admin = Database::open(m_path, o)) {
            if (auto dropped = (*admin)->exec(QStringLiteral("DROP SCHEMA IF EXISTS ") + m_schema
                                              + QStringLiteral(" CASCADE"));
                !dropped)
                qWarning("cannot drop test schema: %s", qPrintable(dropped.error().fullText()));
        }
    }
}

Database::Options TestDatabase::options() const
{
    Database::Options o;
    o.schema = m_schema;
    return o;
}

bool TestDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(m_path, options());
    if (!opened) {
        qWarning("cannot open test database: %s", qPrintable(opened.error().fullText()));
        return false;
    }
    m_db = std::move(opened).value();
    return true;
}

QString french(QString text)
{
    const QChar nbsp(0x00A0);
    text.replace(QStringLiteral("« "), QStringLiteral("«") + nbsp);
    text.replace(QStringLiteral(" »"), nbsp + QStringLiteral("»"));
    for (const char *mark : {" :", " ;", " ?", " !"})
        text.replace(QString::fromLatin1(mark), nbsp + QString::fromLatin1(mark + 1));
    return text;
}

void installFrenchTranslation()
{
    static bool done = false;
    if (!done)
        done = Translations::install(QStringLiteral("fr"));
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace Passerelle::Testing

namespace Passerelle::Testing {

QString sqlite3Cli(const QString &file, const QString &sql)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {file, sql});
    if (!process.waitForStarted(10000))
        return QStringLiteral("error: the sqlite3 program is missing (package sqlite3)");
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return QStringLiteral("error: ")
               + QString::fromUtf8(process.readAllStandardError()).trimmed();
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

int deletedDescriptorsOf(const QString &file)
{
    const QString base = QFileInfo(file).canonicalFilePath().isEmpty()
                             ? QFileInfo(file).absoluteFilePath()
                             : QFileInfo(file).canonicalFilePath();
    int count = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.startsWith(base) && target.endsWith(QStringLiteral(" (deleted)")))
            ++count;
    }
    return count;
}

void openAndCloseOutsideSqlite(const QString &file)
{
    QFile raw(file);
    if (raw.open(QIODevice::ReadOnly)) {
        raw.read(16);
        raw.close(); // the kernel drops the process's locks on the file here
    }
}

bool damageFile(const QString &path, Damage damage, const QString &index)
{
    QByteArray bytes = fileBytes(path);
    const qsizetype pageSize = sqlite3Cli(path, QStringLiteral("PRAGMA page_size")).toLongLong();
    if (pageSize <= 0 || bytes.size() < 2 * pageSize)
        return false;
    switch (damage) {
    case Damage::Truncated:
        bytes.truncate(bytes.size() / 2);
        break;
    case Damage::ZeroedHeader:
        bytes.replace(0, 100, QByteArray(100, '\0'));
        break;
    case Damage::IndexPage: {
        bool ok = false;
        const qsizetype root = sqlite3Cli(path, QStringLiteral("SELECT rootpage FROM "
                                                               "sqlite_master WHERE name = '")
                                                    + index + u'\'')
                                   .toLongLong(&ok);
        if (!ok || root < 2 || root * pageSize > bytes.size())
            return false;
        // Its number of cells and the start of its cell content area.
        const qsizetype at = (root - 1) * pageSize;
        for (qsizetype i = at + 3; i < at + 8; ++i)
            bytes[i] = char(bytes.at(i) ^ 0x5A);
        break;
    }
    case Damage::CodeInIndex: {
        // Every "visite_domicile" of the b-tree index pages (kinds 0x02 and 0x0A): both
        // indexes of contacts by type, whichever a reader goes through.
        const QByteArray code("visite_domicile");
        qsizetype found = 0;
        for (qsizetype from = bytes.indexOf(code); from >= 0;
             from = bytes.indexOf(code, from + code.size())) {
            const qsizetype page = from / pageSize * pageSize;
            const char kind = bytes.at(page == 0 ? 100 : page);
            if (kind == 0x02 || kind == 0x0A) {
                bytes[from + 6] = '\0';
                ++found;
            }
        }
        if (found == 0)
            return false;
        break;
    }
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

bool downgradeToSchema6(const QString &path)
{
    // Schema 7 undone: the signed contracts' scans and the members' civility.
    return sqlite3Cli(path, QStringLiteral("DROP TABLE contract_scans; "
                                           "ALTER TABLE members DROP COLUMN civility; "
                                           "PRAGMA user_version = 6; PRAGMA user_version"))
           == QStringLiteral("6");
}

bool downgradeToSchema5(const QString &path)
{
    if (!downgradeToSchema6(path))
        return false;
    // Schema 6 undone: the partner an alert names.
    return sqlite3Cli(path, QStringLiteral("ALTER TABLE alerts DROP COLUMN partner_id; "
                                           "PRAGMA user_version = 5; PRAGMA user_version"))
           == QStringLiteral("5");
}

bool downgradeToSchema4(const QString &path)
{
    if (!downgradeToSchema5(path))
        return false;
    // Schema 5 undone: the list's indexes and the name key.
    return sqlite3Cli(path, QStringLiteral(
                                "DROP INDEX households_reference_search; "
                                "DROP INDEX households_name_search; "
                                "DROP INDEX households_agency_reference; "
                                "DROP INDEX supports_household_dates; DROP INDEX supports_open; "
                                "DROP INDEX alerts_open; DROP INDEX contract_versions_end; "
                                "DROP INDEX leases_type; DROP INDEX post_support_checks_due; "
                                "DROP INDEX contracts_household; "
                                "DROP INDEX support_plans_household; "
                                "DROP INDEX diagnostic_domains_levels; "
                                "DROP INDEX households_review; DROP INDEX leases_household; "
                                "DROP INDEX objectives_target; CREATE INDEX objectives_target "
                                "ON objectives(status, target_date); "
                                "CREATE INDEX leases_household ON leases(household_id, "
                                "start_date); "
                                "DROP INDEX contacts_household_date_type; "
                                "CREATE INDEX contacts_household_date ON contacts(household_id, "
                                "date); "
                                "ALTER TABLE households DROP COLUMN name_key; "
                                "PRAGMA user_version = 4; PRAGMA user_version"))
           == QStringLiteral("4");
}

bool downgradeToSchema2(const QString &path)
{
    if (!downgradeToSchema4(path))
        return false;
    // Schema 4 undone (journal guards, purges, new columns), then schema 3.
    return sqlite3Cli(path, QStringLiteral(
                                "DROP TRIGGER IF EXISTS audit_log_no_update; "
                                "DROP TRIGGER IF EXISTS audit_log_no_delete; "
                                "DROP TRIGGER IF EXISTS audit_purges_no_update; "
                                "DROP TRIGGER IF EXISTS audit_purges_no_delete; "
                                "DROP TABLE audit_purges; DROP INDEX audit_log_at; "
                                "DROP INDEX audit_log_login; DROP INDEX supports_partner; "
                                "ALTER TABLE users DROP COLUMN failed_logins; "
                                "ALTER TABLE users DROP COLUMN locked_until; "
                                "ALTER TABLE users DROP COLUMN password_changed_at; "
                                "ALTER TABLE households DROP COLUMN internal_notes; "
                                "ALTER TABLE households DROP COLUMN consent_information; "
                                "ALTER TABLE households DROP COLUMN anonymised_at; "
                                "ALTER TABLE contacts DROP COLUMN shared; "
                                "ALTER TABLE audit_log DROP COLUMN prev_hash; "
                                "ALTER TABLE audit_log DROP COLUMN hash; "
                                "DROP TABLE contract_prints; PRAGMA user_version = 2; "
                                "PRAGMA user_version"))
           == QStringLiteral("2");
}

} // namespace Passerelle::Testing
