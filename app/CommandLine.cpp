#include "CommandLine.h"
#include "About.h"
#include "Platform.h"
#include "Clock.h"

#include "Translations.h"
#include "demo/DemoData.h"
#include "demo/ScaleDemo.h"
#include "documents/Documents.h"
#include "exchange/HouseholdListExport.h"
#include "exchange/Import.h"
#include "storage/Database.h"
#include "review/Review.h"
#include "review/ReviewExport.h"
#include "storage/Backup.h"
#include "storage/DatabaseCheck.h"
#include "io/SafeFiles.h"
#include "storage/DatabaseCopy.h"
#include "storage/CommitteeRepository.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"
#include "storage/ReferenceRepository.h"
#include "documents/AccessExport.h"
#include "storage/AccessRecordRepository.h"
#include "storage/RetentionRepository.h"
#include "storage/ReviewRepository.h"
#include "security/Accounts.h"
#include "storage/AccountRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {
namespace {

// Options that take a value: needed to find the command word before the parser exists.
const QStringList &valueOptions()
{
    static const QStringList names = {u"database"_s, u"lang"_s,     u"user"_s,
                                      u"from"_s,     u"to"_s,       u"action"_s,
                                      u"agency"_s,   u"format"_s,   u"output"_s,
                                      u"households"_s, u"contacts"_s,
                                      u"household"_s, u"meeting"_s, u"committee"_s,
                                      u"templates"_s, u"search"_s, u"login"_s,
                                      u"name"_s,     u"role"_s,     u"partner"_s,
                                      u"scale"_s,    u"seed"_s};
    return names;
}

const QStringList &commands()
{
    static const QStringList names = {u"demo"_s,     u"check"_s,       u"import"_s,
                                      u"review"_s,   u"migrate"_s,     u"contract"_s,
                                      u"convocation"_s, u"agenda"_s,   u"backup"_s,
                                      u"restore"_s, u"households"_s, u"retention"_s,
                                      u"access-export"_s, u"user"_s};
    return names;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/// Reads a password from the terminal without echoing it; empty when there is no terminal.
QString askPassword(const QString &prompt)
{
    if (!Platform::inputIsTerminal())
        return {};
    err() << prompt << Qt::flush;
    const bool silenced = Platform::setInputEcho(false);
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (silenced)
        Platform::setInputEcho(true);
    err() << Qt::endl;
    return password;
}

int fail(const Error &error)
{
    // The technical detail only on request: it may quote data.
    err() << (qEnvironmentVariableIsSet("PASSERELLE_DEBUG") ? error.fullText() : error.message)
          << Qt::endl;
    return error.kind == Error::Kind::Usage ? CommandLine::BadUsage : CommandLine::Refused;
}

} // namespace

QString CommandLine::commandOf(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg.startsWith(u'-')) {
            const QString name = arg.mid(arg.startsWith(u"--") ? 2 : 1);
            if (!name.contains(u'=') && valueOptions().contains(name))
                ++i; // skip the option's value
            continue;
        }
        return arg;
    }
    return {};
}

QString CommandLine::languageOf(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(u"--lang="))
            return arg.mid(7);
    }
    return u"fr"_s;
}

bool CommandLine::needsGuiApplication(const QStringList &arguments)
{
    // Printed documents need fonts and painting (offscreen platform, no display).
    const QString command = commandOf(arguments);
    if (command == u"review") {
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            if ((arguments.at(i) == u"--format" && arguments.value(i + 1) == u"pdf")
                || arguments.at(i) == u"--format=pdf")
                return true;
        }
    }
    return command == u"contract" || command == u"convocation" || command == u"agenda"
           || command == u"access-export";
}

QString CommandLine::defaultDatabasePath()
{
    // The application's own folder in the platform's data folder (~/.local/share/Passerelle,
    // %LOCALAPPDATA%\Passerelle): named by the application alone, so that naming the organisation
    // (for the settings) did not move the bases already there.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                        + u'/' + QCoreApplication::applicationName();
    return QDir(dir).filePath(u"passerelle.sqlite"_s);
}

static QString usage()
{
    return CommandLine::tr(
        "Usage:\n"
        "  passerelle [--database FILE|URL]           open Passerelle (default database in "
        "your data folder)\n"
        "  passerelle demo --database FILE            create a demo database\n"
        "  passerelle demo --database FILE|URL --scale N [--seed S]\n"
        "                                             a synthetic base of N households (40\n"
        "                                             agencies, 12 actions, 10 years), the same\n"
        "                                             for the same seed and day\n"
        "  passerelle check --database FILE           check integrity and schema version\n"
        "  passerelle import --database FILE --households H.csv [--contacts C.csv] [--dry-run]\n"
        "                                             import the unit's spreadsheets\n"
        "  passerelle review --database FILE --from YYYY-MM-DD --to YYYY-MM-DD\n"
        "                    [--action CODE]... [--agency CODE]... --format json|csv|xlsx|pdf\n"
        "                    [--mask-small-counts] --output PATH|-\n"
        "                                             year-end review figures, or the funder's\n"
        "                                             PDF (counts of 1 to 4 shown < 5 when masked)\n"
        "  passerelle households --database FILE [--search TEXT] --format csv|json|xlsx\n"
        "                        --output PATH|-      the households you may see (for the staff;\n"
        "                                             names included, the export is journaled)\n"
        "  passerelle migrate --from FILE.sqlite --to postgresql://user@host:port/database\n"
        "                                             copy a unit's file to the shared server\n"
        "  passerelle contract --database FILE --household REF [--action CODE]\n"
        "                      [--templates DIR] --output FILE.pdf\n"
        "                                             print a household's support contract\n"
        "  passerelle convocation --database FILE --household REF [--meeting YYYY-MM-DD]\n"
        "                         [--templates DIR] --output FILE.pdf\n"
        "                                             invitation to a tripartite meeting\n"
        "  passerelle agenda --database FILE --committee YYYY-MM-DD --agency CODE\n"
        "                    [--templates DIR] --output FILE.pdf\n"
        "                                             agenda of a follow-up committee\n"
        "  passerelle backup --database FILE --output BACKUP.sqlite\n"
        "                                             back the base up (safe while it is in use)\n"
        "  passerelle restore --from BACKUP.sqlite --database FILE\n"
        "                                             check a backup, then put it in place of the\n"
        "                                             base (the replaced base is kept aside)\n"
        "  passerelle retention --database FILE [--user LOGIN] [--apply]\n"
        "                                             list the households due for anonymisation\n"
        "                                             (no contact and no support for the retention\n"
        "                                             period); with --apply, anonymise them and\n"
        "                                             purge the old journal entries\n"
        "  passerelle access-export --database FILE [--user LOGIN] --household REF\n"
        "                           --output FILE.pdf|FILE.json\n"
        "                                             everything held on a household (right of\n"
        "                                             access), its journal included\n"
        "  passerelle user add --database FILE --user ADMIN --login LOGIN --name \"NAME\"\n"
        "                  --role CODE [--agency CODE] [--partner NAME]\n"
        "                                             create an account (roles: cesf,\n"
        "                                             responsable_pole_social, charge_mission,\n"
        "                                             referent_partenaire, administrateur)\n"
        "  passerelle user disable|enable --database FILE --user ADMIN --login LOGIN\n"
        "                                             disable or enable an account\n"
        "  passerelle user password --database FILE --user ADMIN --login LOGIN\n"
        "                                             set a new password (anyone may set their own)\n"
        "  The new password comes from PASSERELLE_NEW_PASSWORD, or is asked twice. The first\n"
        "  account of a base is an administrator's, created without --user; it then creates\n"
        "  the others.\n"
        "  --templates DIR prints with the templates of that folder instead of the folder set\n"
        "  in Passerelle (to try a folder out; the setting is left as it is)\n"
        "\n"
        "A database is a SQLite file or a PostgreSQL server: postgresql://user@host:port/name\n"
        "(TLS with ?sslmode=require or verify-full; password from PGPASSWORD or asked).\n"
        "\n"
        "Accounts: once a base has accounts, every command needs --user LOGIN; the password\n"
        "comes from PASSERELLE_PASSWORD, or is asked on the terminal. 5 failed attempts in a\n"
        "row lock the account for 15 minutes. A base without accounts is used by one person.\n"
        "\n"
        "Global options:\n"
        "  --user LOGIN    who acts (a base with accounts)\n"
        "  --lang fr|en    language of the interface and messages (French by default)\n"
        "  --help          show this help\n"
        "  --version       show the version\n"
        "\n"
        "Exit status: 0 success, 1 bad usage, 2 bad data or refused access.");
}

/// Opens a database; for a server that refuses the connection for lack of a password (none in
/// PGPASSWORD), asks for it once on the terminal. The password is never stored.
static Result<std::unique_ptr<Database>> openDatabase(const QString &location,
                                                      Database::Options options = {})
{
    auto db = Database::open(location, options);
    if (!db && db.error().kind == Error::Kind::Access && Database::isServerLocation(location)
        && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        options.password = askPassword(CommandLine::tr("Password for %1: ")
                                           .arg(QUrl(location).toString(QUrl::RemovePassword)));
        if (!options.password.isEmpty())
            db = Database::open(location, options);
    }
    // An upgrade is never silent.
    if (db && (*db)->upgradedFrom() > 0) {
        err() << CommandLine::tr("The database “%1” was upgraded from schema %2 to schema %3 "
                                 "of this version of Passerelle.")
                     .arg((*db)->displayName())
                     .arg((*db)->upgradedFrom())
                     .arg(Database::latestSchemaVersion())
              << Qt::endl;
    }
    return db;
}

/// The commands that write (import, the prints that are recorded, migrate) never write a
/// damaged base anywhere: SQLite's quick check first (an upgrade at opening has just run it).
static Status checkBeforeWriting(Database &db)
{
    if (db.upgradedFrom() > 0)
        return {};
    return quickCheck(db);
}

/// Who runs the command, and what they may see and do. A base without accounts is used by one
/// person: every right, journaled under the system login.
///
/// A base with accounts needs `--user LOGIN` (a usage error, exit 1, without it) and the
/// account's password, from PASSERELLE_PASSWORD or asked on the terminal without echo; a wrong
/// one is refused (exit 2). The login is journaled, and so is a failure (Accounts).
static Result<Scope> actingScope(Database &db, const QCommandLineParser &parser)
{
    PASSERELLE_TRY(has, Accounts(db).hasAccounts());
    if (!has)
        return Scope::everything(Platform::userName(u"passerelle"_s));
    const QString login = parser.value(u"user"_s).trimmed();
    if (login.isEmpty()) {
        return Error::usage(CommandLine::tr("This base has user accounts: say who you are with "
                                            "--user LOGIN (the password is read from "
                                            "PASSERELLE_PASSWORD, or asked)."));
    }
    QString password = qEnvironmentVariable("PASSERELLE_PASSWORD");
    if (password.isEmpty())
        password = askPassword(CommandLine::tr("Password of %1: ").arg(login));
    if (password.isEmpty()) {
        return Error::access(CommandLine::tr("No password for %1: set PASSERELLE_PASSWORD, or "
                                             "run the command in a terminal to type it.")
                                 .arg(login));
    }
    if (!db.isReadOnly())
        return Accounts(db).login(login, password);
    // A command that only reads still records the login (and counts failures): on a
    // connection of its own that may write.
    Database::Options options;
    options.create = false;
    options.migrate = false;
    PASSERELLE_TRY(writable, Database::open(db.location(), options));
    // Never a write to a damaged base (as the commands that write).
    PASSERELLE_CHECK(checkBeforeWriting(*writable));
    return Accounts(*writable).login(login, password);
}

/// A new password: from PASSERELLE_NEW_PASSWORD, or typed twice on the terminal.
static Result<QString> newPassword(const QString &login)
{
    QString password = qEnvironmentVariable("PASSERELLE_NEW_PASSWORD");
    if (!password.isEmpty())
        return password;
    password = askPassword(CommandLine::tr("New password of %1: ").arg(login));
    if (password.isEmpty()) {
        return Error::usage(CommandLine::tr("No new password: set PASSERELLE_NEW_PASSWORD, or "
                                            "run the command in a terminal to type it."));
    }
    const QString again = askPassword(CommandLine::tr("The same password again: "));
    if (again != password) {
        return Error::validation(CommandLine::tr("The two passwords typed differ: nothing was "
                                                 "changed. Run the command again."));
    }
    return password;
}


/// What the commands that write to a base (a print, an export, an account, at least their
/// journal entries) start with: the base opened (never created), checked before writing, and
/// who acts.
struct Acting
{
    std::unique_ptr<Database> db;
    Scope scope;
};

static Result<Acting> openToWrite(const QCommandLineParser &parser)
{
    Database::Options options;
    options.create = false;
    PASSERELLE_TRY(db, openDatabase(parser.value(u"database"_s), options));
    PASSERELLE_CHECK(checkBeforeWriting(*db));
    PASSERELLE_TRY(scope, actingScope(*db, parser));
    return Acting{std::move(db), std::move(scope)};
}

static int runImport(const QCommandLineParser &parser)
{
    const QString households = parser.value(u"households"_s);
    if (households.isEmpty()) {
        err() << CommandLine::tr("The command “import” needs --households FILE.csv (and "
                                 "optionally --contacts FILE.csv).")
              << Qt::endl;
        return CommandLine::BadUsage;
    }
    const QString path = parser.value(u"database"_s);
    // A database file that does not exist is created first, and removed again if the import
    // writes nothing into it.
    const bool created = !Database::isServerLocation(path) && !QFileInfo::exists(path);
    Import::Report report;
    {
        auto db = openDatabase(path);
        if (!db)
            return fail(db.error());
        if (const Status sound = checkBeforeWriting(**db); !sound)
            return fail(sound.error());
        Import::Options options;
        options.householdsPath = households;
        options.contactsPath = parser.value(u"contacts"_s);
        options.dryRun = parser.isSet(u"dry-run"_s);
        auto acting = actingScope(**db, parser);
        if (!acting)
            return fail(acting.error());
        const Scope scope = *acting;
        report = Import::run(**db, scope, options);
    }
    if (created && (!report.ok() || parser.isSet(u"dry-run"_s))) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }
    for (const Import::Problem &warning : std::as_const(report.warnings))
        err() << CommandLine::tr("Warning: %1").arg(warning.text()) << Qt::endl;
    if (!report.ok()) {
        for (const Import::Problem &error : std::as_const(report.errors))
            err() << CommandLine::tr("Error: %1").arg(error.text()) << Qt::endl;
        err() << CommandLine::tr("%n error(s): nothing was imported; the database is unchanged. "
                                 "Correct the files and import them again.",
                                 nullptr, int(report.errors.size()))
              << Qt::endl;
        return CommandLine::Refused;
    }
    out() << (parser.isSet(u"dry-run"_s)
                  ? CommandLine::tr("Check only (--dry-run): nothing was written. The import "
                                    "would give:")
                  : CommandLine::tr("Import done:"))
          << Qt::endl
          << CommandLine::tr("  households: %1 created, %2 updated")
                 .arg(report.householdsCreated)
                 .arg(report.householdsUpdated)
          << Qt::endl
          << CommandLine::tr("  supports: %1 created, %2 updated")
                 .arg(report.supportsCreated)
                 .arg(report.supportsUpdated)
          << Qt::endl
          << CommandLine::tr("  contacts: %1 created, %2 already present")
                 .arg(report.contactsCreated)
                 .arg(report.contactsAlreadyPresent)
          << Qt::endl;
    return CommandLine::Success;
}

static int runMigrate(const QCommandLineParser &parser)
{
    const QString from = parser.value(u"from"_s);
    const QString to = parser.value(u"to"_s);
    if (from.isEmpty() || to.isEmpty()) {
        err() << CommandLine::tr("The command “migrate” needs --from FILE.sqlite --to "
                                 "postgresql://user@host:port/database.")
              << Qt::endl;
        return CommandLine::BadUsage;
    }
    if (Database::isServerLocation(from) || !Database::isServerLocation(to)) {
        err() << CommandLine::tr("“migrate” copies a unit's SQLite file (--from) to the shared "
                                 "PostgreSQL server (--to postgresql://…).")
              << Qt::endl;
        return CommandLine::BadUsage;
    }
    Database::Options sourceOptions;
    sourceOptions.create = false;
    auto source = openDatabase(from, sourceOptions);
    if (!source)
        return fail(source.error());
    // Never copy a damaged base to the server.
    if (const Status sound = checkBeforeWriting(**source); !sound)
        return fail(sound.error());
    auto target = openDatabase(to);
    if (!target)
        return fail(target.error());
    // A large file takes minutes: say on stderr where the copy stands, table by table, and
    // every few seconds within a long table (stdout keeps the final report).
    const QLocale locale;
    QElapsedTimer sinceLastLine;
    sinceLastLine.start();
    CopyOptions copyOptions;
    copyOptions.progress = [&locale, &sinceLastLine](const CopyProgress &p) {
        switch (p.stage) {
        case CopyProgress::Stage::TableStarted:
            sinceLastLine.restart();
            break;
        case CopyProgress::Stage::Rows:
            if (sinceLastLine.elapsed() >= 5000) {
                err() << CommandLine::tr("  %1: %2 of %3 rows copied…")
                             .arg(p.table, locale.toString(p.rowsDone),
                                  locale.toString(p.rowsTotal))
                      << Qt::endl;
                sinceLastLine.restart();
            }
            break;
        case CopyProgress::Stage::TableDone:
            err() << CommandLine::tr("[%1/%2] %3: %Ln row(s) copied in %4 s", nullptr,
                                     int(p.rowsDone))
                         .arg(p.tableIndex)
                         .arg(p.tableCount)
                         .arg(p.table, locale.toString(p.milliseconds / 1000.0, 'f', 1))
                  << Qt::endl;
            break;
        case CopyProgress::Stage::Checking:
            err() << CommandLine::tr("Every table is copied; the server builds the indexes and "
                                     "checks the links between tables…")
                  << Qt::endl;
            sinceLastLine.restart();
            break;
        case CopyProgress::Stage::Committing:
            err() << CommandLine::tr("Indexes and links checked in %1 s; the server saves the "
                                     "copy…")
                         .arg(locale.toString(sinceLastLine.elapsed() / 1000.0, 'f', 1))
                  << Qt::endl;
            break;
        case CopyProgress::Stage::Analysing:
            err() << CommandLine::tr("The copy is saved; the server computes the statistics of "
                                     "its tables…")
                  << Qt::endl;
            break;
        }
    };
    auto copied = copyDatabase(**source, **target, copyOptions);
    if (!copied)
        return fail(copied.error());
    out() << CommandLine::tr("Copied from %1 to %2:").arg(from, (*target)->displayName())
          << Qt::endl;
    for (const TableCopy &t : std::as_const(*copied)) {
        out() << u"  "_s << t.table.leftJustified(24) << QString::number(t.source).rightJustified(8)
              << u" → "_s << QString::number(t.copied).rightJustified(8) << Qt::endl;
    }
    out() << CommandLine::tr("Every table has the same number of rows in both databases.")
          << Qt::endl;
    return CommandLine::Success;
}

/// `demo --scale N [--seed S]`: the synthetic base of a regional landlord (ScaleDemo).
static int runScaleDemo(const QCommandLineParser &parser)
{
    const QString path = parser.value(u"database"_s);
    const QString scale = parser.value(u"scale"_s);
    bool valid = false;
    const int households = scale.toInt(&valid);
    if (!valid || households < 1 || households > ScaleDemo::MaxHouseholds) {
        err() << CommandLine::tr("--scale needs a number of households from 1 to %1, not “%2”.")
                     .arg(QLocale().toString(ScaleDemo::MaxHouseholds), scale)
              << Qt::endl;
        return CommandLine::BadUsage;
    }
    ScaleDemo::Options options;
    options.households = households;
    options.today = Passerelle::Clock::today();
    if (parser.isSet(u"seed"_s)) {
        const QString seed = parser.value(u"seed"_s);
        options.seed = seed.toULongLong(&valid);
        if (!valid) {
            err() << CommandLine::tr("--seed needs a whole number (0 or more), not “%1”.")
                         .arg(seed)
                  << Qt::endl;
            return CommandLine::BadUsage;
        }
    }
    if (!Database::isServerLocation(path) && QFileInfo::exists(path)) {
        err() << CommandLine::tr("The file “%1” already exists: the demo is only written to a "
                                 "new file. Choose another name or delete the file first.")
                     .arg(path)
              << Qt::endl;
        return CommandLine::Refused;
    }
    QElapsedTimer timer;
    timer.start();
    auto report = ScaleDemo::create(path, options);
    if (!report)
        return fail(report.error());
    const QString location = Database::isServerLocation(path)
                                 ? QUrl(path).toString(QUrl::RemovePassword)
                                 : QDir::toNativeSeparators(path);
    out() << CommandLine::tr("Synthetic demo database created: %1").arg(location) << Qt::endl
          << CommandLine::tr("%1 households, %2 contacts, %3 agencies, %4 actions over ten years "
                             "(seed %5), written in %6 s.")
                 .arg(report->rowsOf(u"households"_s))
                 .arg(report->rowsOf(u"contacts"_s))
                 .arg(report->rowsOf(u"agencies"_s))
                 .arg(report->rowsOf(u"actions"_s))
                 .arg(options.seed)
                 .arg(QLocale().toString(double(timer.elapsed()) / 1000.0, 'f', 1))
          << Qt::endl
          << CommandLine::tr("Rows written per table:") << Qt::endl;
    for (const auto &[table, rows] : std::as_const(report->rows))
        out() << u"  "_s << table.leftJustified(24) << QString::number(rows).rightJustified(10)
              << Qt::endl;
    return CommandLine::Success;
}

static int runDemo(const QCommandLineParser &parser)
{
    if (parser.isSet(u"scale"_s))
        return runScaleDemo(parser);
    const QString path = parser.value(u"database"_s);
    if (!Database::isServerLocation(path) && QFileInfo::exists(path)) {
        err() << CommandLine::tr("The file “%1” already exists: the demo is only written to a "
                                 "new file. Choose another name or delete the file first.")
                     .arg(path)
              << Qt::endl;
        return CommandLine::Refused;
    }
    const Status created = Demo::create(path, Passerelle::Clock::today());
    if (!created)
        return fail(created.error());
    const Demo::Counts c = Demo::expectedCounts();
    out() << CommandLine::tr("Demo database created: %1").arg(QDir::toNativeSeparators(path))
          << Qt::endl
          << CommandLine::tr("%1 agencies, %2 partners, %3 actions, %4 households (%5 new "
                             "entrants, %6 existing tenants).")
                 .arg(c.agencies)
                 .arg(c.partners)
                 .arg(c.actions)
                 .arg(c.households)
                 .arg(c.newEntrants)
                 .arg(c.existingTenants)
          << Qt::endl;
    return CommandLine::Success;
}

static int runCheck(const QCommandLineParser &parser)
{
    const QString path = parser.value(u"database"_s);
    auto report = checkDatabase(path);
    if (!report)
        return fail(report.error());
    if (report->isSound() && !report->needsUpgrade()) {
        // A base with accounts says who checks it (the login is journaled); a damaged one is
        // reported to anyone (nothing of a household is told).
        Database::Options options;
        options.create = false;
        options.migrate = false;
        options.readOnly = true;
        auto opened = Database::open(path, options);
        if (!opened)
            return fail(opened.error());
        auto acting = actingScope(**opened, parser);
        if (!acting)
            return fail(acting.error());
    }
    out() << CommandLine::tr("Database: %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    if (report->needsUpgrade()) {
        out() << CommandLine::tr("Schema version: %1 (older; this version uses schema %2)")
                     .arg(report->schemaVersion)
                     .arg(report->latestSchemaVersion)
              << Qt::endl;
    } else {
        out() << CommandLine::tr("Schema version: %1 (up to date)").arg(report->schemaVersion)
              << Qt::endl;
    }
    for (const auto &[table, count] : std::as_const(report->counts))
        out() << u"  "_s << table.leftJustified(24) << count << Qt::endl;
    if (!report->journalHeadHash.isEmpty()) {
        out() << CommandLine::tr("Journal: last entry %1, hash %2 (note it outside the base: a "
                                 "journal rewritten since will not end with it)")
                     .arg(report->journalHeadId)
                     .arg(report->journalHeadHash)
              << Qt::endl;
    }
    if (report->isSound()) {
        out() << CommandLine::tr("Integrity: no problem found.") << Qt::endl;
        // As the other commands that only read: an older base is refused until upgraded.
        if (report->needsUpgrade())
            return fail(Database::olderSchemaError(report->displayName, report->schemaVersion));
        return CommandLine::Success;
    }
    err() << CommandLine::tr("Integrity: %n problem(s) found:", nullptr,
                             int(report->problems.size()))
          << Qt::endl;
    for (const QString &problem : std::as_const(report->problems))
        err() << u"  - "_s << problem << Qt::endl;
    err() << CommandLine::tr("Restore the latest backup, or ask your administrator.") << Qt::endl;
    return CommandLine::Refused;
}

/// Writes `bytes` to `path` atomically (a failure leaves any previous file intact), or to
/// standard output for "-".
static Status writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path == u"-") {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size()
            || !stdoutFile.flush()) {
            return Error::io(CommandLine::tr("The output could not be written (is the standard "
                                             "output closed or the disk full?)."));
        }
        return {};
    }
    return SafeFiles::writeAtomically(path, bytes);
}

static int runHouseholds(const QCommandLineParser &parser)
{
    for (const char *required : {"format", "output"}) {
        if (parser.value(QString::fromLatin1(required)).isEmpty()) {
            err() << CommandLine::tr("The command “households” needs --%1. See “passerelle "
                                     "--help”.")
                         .arg(QString::fromLatin1(required))
                  << Qt::endl;
            return CommandLine::BadUsage;
        }
    }
    const QString format = parser.value(u"format"_s);
    const auto chosen = HouseholdListExport::formatNamed(format);
    if (!chosen) {
        err() << CommandLine::tr("Unknown format “%1”: use one of %2.")
                     .arg(format, HouseholdListExport::formatNames().join(u", "_s))
              << Qt::endl;
        return CommandLine::BadUsage;
    }
    Database::Options options;
    options.create = false;
    auto db = openDatabase(parser.value(u"database"_s), options);
    if (!db)
        return fail(db.error());
    auto acting = actingScope(**db, parser);
    if (!acting)
        return fail(acting.error());
    HouseholdFilter filter;
    filter.text = parser.value(u"search"_s);
    auto bytes = HouseholdListExport::write(**db, *acting, filter, *chosen);
    if (!bytes)
        return fail(bytes.error());
    if (const Status written = writeOutput(parser.value(u"output"_s), *bytes); !written)
        return fail(written.error());
    return CommandLine::Success;
}

static int runBackup(const QCommandLineParser &parser)
{
    const QString output = parser.value(u"output"_s);
    if (output.isEmpty() || output == u"-") {
        err() << CommandLine::tr("The command “backup” needs --output FILE.sqlite (a file).")
              << Qt::endl;
        return CommandLine::BadUsage;
    }
    const QString database = parser.value(u"database"_s);
    // Who backs up is checked and journaled in the base (a server refuses in Backup::write).
    // A base that does not open as it is (damaged, or of an older schema, which the backup
    // must not upgrade) is copied as before: Backup::write says what is wrong with it.
    std::unique_ptr<Database> base;
    std::optional<Scope> scope;
    if (!Database::isServerLocation(database)) {
        Database::Options options;
        options.create = false;
        options.migrate = false;
        auto opened = Database::open(database, options);
        if (opened && (*opened)->schemaVersion().valueOr(0) == Database::latestSchemaVersion()) {
            base = std::move(*opened);
            auto acting = actingScope(*base, parser);
            if (!acting)
                return fail(acting.error());
            scope = *acting;
            if (const Status allowed = Backup::authorise(*base, *scope); !allowed)
                return fail(allowed.error());
        }
    }
    if (const Status written = Backup::write(database, output); !written)
        return fail(written.error());
    auto info = Backup::verify(output);
    if (!info)
        return fail(info.error());
    if (base) {
        if (const Status journaled = Backup::journalBackup(*base, *scope, u"manual"_s);
            !journaled)
            return fail(journaled.error());
    }
    out() << CommandLine::tr("Backup written and checked: %1 (%2 households, %3 contacts). It is "
                             "readable by you only.")
                 .arg(QDir::toNativeSeparators(output))
                 .arg(info->households)
                 .arg(info->contacts)
          << Qt::endl;
    return CommandLine::Success;
}

static int runRestore(const QCommandLineParser &parser)
{
    const QString from = parser.value(u"from"_s);
    if (from.isEmpty()) {
        err() << CommandLine::tr("The command “restore” needs --from BACKUP.sqlite.") << Qt::endl;
        return CommandLine::BadUsage;
    }
    const QString database = parser.value(u"database"_s);
    // The account is checked in the base in place when it opens; a damaged or missing base
    // (the reason for restoring) cannot say who may: the account is then checked in the
    // restored base, and the restore journaled there either way.
    std::optional<Scope> scope;
    if (!Database::isServerLocation(database) && QFileInfo(database).size() > 0) {
        Database::Options options;
        options.create = false;
        options.migrate = false; // about to be replaced: never upgrade it
        if (auto current = Database::open(database, options)) {
            auto acting = actingScope(**current, parser);
            if (!acting)
                return fail(acting.error());
            scope = *acting;
        }
    }
    auto restored = scope ? Backup::restore(from, database, *scope)
                          : Backup::restore(from, database);
    if (!restored)
        return fail(restored.error());
    if (!scope) {
        Database::Options options;
        options.create = false;
        auto opened = openDatabase(database, options);
        if (!opened)
            return fail(opened.error());
        auto acting = actingScope(**opened, parser);
        if (!acting)
            return fail(acting.error());
        if (const Status journaled = Backup::journalRestore(**opened, *acting, *restored);
            !journaled)
            return fail(journaled.error());
    }
    out() << CommandLine::tr("Backup checked and restored: %1 (%2 households, %3 contacts).")
                 .arg(QDir::toNativeSeparators(parser.value(u"database"_s)))
                 .arg(restored->restored.households)
                 .arg(restored->restored.contacts)
          << Qt::endl;
    if (!restored->keptAside.isEmpty()) {
        out() << CommandLine::tr("The replaced base is kept aside: %1")
                     .arg(QDir::toNativeSeparators(restored->keptAside))
              << Qt::endl;
    }
    return CommandLine::Success;
}

static QDate parseIsoDate(const QString &text)
{
    static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

static int runReview(const QCommandLineParser &parser)
{
    for (const char *required : {"from", "to", "format", "output"}) {
        if (parser.value(QString::fromLatin1(required)).isEmpty()) {
            err() << CommandLine::tr("The command “review” needs --%1. See “passerelle --help”.")
                         .arg(QString::fromLatin1(required))
                  << Qt::endl;
            return CommandLine::BadUsage;
        }
    }
    ReviewRequest request;
    request.from = parseIsoDate(parser.value(u"from"_s));
    request.to = parseIsoDate(parser.value(u"to"_s));
    for (const auto &[name, date] : {std::pair{u"from"_s, request.from},
                                     std::pair{u"to"_s, request.to}}) {
        if (!date.isValid()) {
            err() << CommandLine::tr("--%1 “%2” is not a date: write it YYYY-MM-DD, for "
                                     "example 2025-12-31.")
                         .arg(name, parser.value(name))
                  << Qt::endl;
            return CommandLine::BadUsage;
        }
    }
    if (request.to < request.from) {
        err() << CommandLine::tr("The end of the period (%1) is before its start (%2).")
                     .arg(parser.value(u"to"_s), parser.value(u"from"_s))
              << Qt::endl;
        return CommandLine::BadUsage;
    }
    const QString format = parser.value(u"format"_s);
    const auto chosen = ReviewExport::formatNamed(format);
    if (!chosen) {
        err() << CommandLine::tr("Unknown format “%1”: use one of %2.")
                     .arg(format, ReviewExport::formatNames().join(u", "_s))
              << Qt::endl;
        return CommandLine::BadUsage;
    }
    ReviewSectionOptions sectionOptions;
    sectionOptions.maskSmallCounts = parser.isSet(u"mask-small-counts"_s);
    if (sectionOptions.maskSmallCounts && *chosen != ReviewExport::Format::Pdf
        && *chosen != ReviewExport::Format::Xlsx) {
        err() << CommandLine::tr("--mask-small-counts is for the PDF and the workbook (--format "
                                 "pdf or xlsx): json and csv give the exact figures.")
              << Qt::endl;
        return CommandLine::BadUsage;
    }
    Database::Options options;
    options.readOnly = true; // a review only reads
    options.create = false;
    auto db = openDatabase(parser.value(u"database"_s), options);
    if (!db)
        return fail(db.error());
    for (const QString &code : parser.values(u"action"_s)) {
        auto action = ActionRepository(**db).findByCode(code);
        if (!action)
            return fail(action.error());
        if (!action->has_value()) {
            err() << CommandLine::tr("No action has the code “%1”.").arg(code) << Qt::endl;
            return CommandLine::BadUsage;
        }
        request.actionIds << (*action)->id;
    }
    for (const QString &code : parser.values(u"agency"_s)) {
        auto agency = AgencyRepository(**db).findByCode(code);
        if (!agency)
            return fail(agency.error());
        if (!agency->has_value()) {
            err() << CommandLine::tr("No agency has the code “%1”.").arg(code) << Qt::endl;
            return CommandLine::BadUsage;
        }
        request.agencyIds << (*agency)->id;
    }
    auto acting = actingScope(**db, parser);
    if (!acting)
        return fail(acting.error());
    const Scope scope = *acting;
    auto figures = Review::compute(**db, scope, request);
    if (!figures)
        return fail(figures.error());
    auto rendered = ReviewExport::render(**db, *figures, *chosen, sectionOptions);
    if (!rendered)
        return fail(rendered.error());
    const QByteArray bytes = *rendered;
    // The export is journaled in the base (a writing connection: the figures were computed
    // read-only), and kept only if the output is written.
    Database::Options writing;
    writing.create = false;
    auto journal = openDatabase(parser.value(u"database"_s), writing);
    if (!journal)
        return fail(journal.error());
    Transaction tx(**journal);
    if (!tx.status())
        return fail(tx.status().error());
    if (const Status recorded = ReviewRepository(**journal).recordExport(scope, request, format);
        !recorded)
        return fail(recorded.error());
    const Status written = writeOutput(parser.value(u"output"_s), bytes);
    if (!written)
        return fail(written.error());
    if (const Status committed = tx.commit(); !committed)
        return fail(committed.error());
    return CommandLine::Success;
}

/// The values a printing command needs, or the exit code of a bad usage.
static std::optional<int> requireOptions(const QCommandLineParser &parser, const QString &command,
                                         const QStringList &names)
{
    for (const QString &name : names) {
        if (parser.value(name).isEmpty()) {
            err() << CommandLine::tr("The command “%1” needs --%2. See “passerelle --help”.")
                         .arg(command, name)
                  << Qt::endl;
            return CommandLine::BadUsage;
        }
    }
    return std::nullopt;
}

/// The templates folder to print with: `--templates DIR` when given (to try a folder out
/// without changing the database's setting), else the folder set in Passerelle.
static Result<QString> templatesFolderOf(const QCommandLineParser &parser, Database &db)
{
    if (parser.isSet(u"templates"_s))
        return parser.value(u"templates"_s); // not empty: checked by run()
    return Documents::templatesFolder(db);
}

/// The household of `--household REF`; NotFound (exit 2) when no household has it.
static Result<Id> householdOf(Database &db, const Scope &scope, const QString &reference)
{
    PASSERELLE_TRY(id, HouseholdRepository(db).findByReference(scope, reference));
    if (!id) {
        return Error::notFound(CommandLine::tr("No household has the reference “%1”. Check "
                                               "the reference in the list of households.")
                                   .arg(reference));
    }
    return *id;
}

static int runContract(const QCommandLineParser &parser)
{
    if (auto bad = requireOptions(parser, u"contract"_s, {u"household"_s, u"output"_s}))
        return *bad;
    auto acting = openToWrite(parser);
    if (!acting)
        return fail(acting.error());
    Database &db = *acting->db;
    const Scope scope = acting->scope;
    auto household = householdOf(db, scope, parser.value(u"household"_s));
    if (!household)
        return fail(household.error());
    Id actionId = 0;
    if (const QString code = parser.value(u"action"_s); !code.isEmpty()) {
        auto action = ActionRepository(db).findByCode(code);
        if (!action)
            return fail(action.error());
        if (!action->has_value()) {
            err() << CommandLine::tr("No action has the code “%1”.").arg(code) << Qt::endl;
            return CommandLine::BadUsage;
        }
        actionId = (*action)->id;
    }
    auto folder = templatesFolderOf(parser, db);
    if (!folder)
        return fail(folder.error());
    auto printed = Documents::printContract(db, scope, *household, actionId, *folder);
    if (!printed)
        return fail(printed.error());
    // The print is kept only if the file is written, and the file only if it is kept.
    Transaction tx(db);
    if (!tx.status())
        return fail(tx.status().error());
    auto recorded = Documents::recordPrint(db, scope, *printed);
    if (!recorded)
        return fail(recorded.error());
    const QString output = parser.value(u"output"_s);
    if (const Status written = writeOutput(output, printed->pdf); !written)
        return fail(written.error());
    if (const Status committed = tx.commit(); !committed)
        return fail(committed.error());
    QTextStream &report = output == u"-" ? err() : out();
    report << CommandLine::tr("Contract of household %1, version %2, %n page(s): %3", nullptr,
                              printed->pageCount)
                  .arg(parser.value(u"household"_s))
                  .arg(printed->versionNumber)
                  .arg(output == u"-" ? output : QDir::toNativeSeparators(output))
           << Qt::endl
           << CommandLine::tr("Print recorded with the contract: version %1, SHA-256 %2")
                  .arg(recorded->versionNumber)
                  .arg(recorded->sha256)
           << Qt::endl;
    return CommandLine::Success;
}

static int runConvocation(const QCommandLineParser &parser)
{
    if (auto bad = requireOptions(parser, u"convocation"_s, {u"household"_s, u"output"_s}))
        return *bad;
    QDate day;
    if (parser.isSet(u"meeting"_s)) {
        day = parseIsoDate(parser.value(u"meeting"_s));
        if (!day.isValid()) {
            err() << CommandLine::tr("--%1 “%2” is not a date: write it YYYY-MM-DD, for "
                                     "example 2025-12-31.")
                         .arg(u"meeting"_s, parser.value(u"meeting"_s))
                  << Qt::endl;
            return CommandLine::BadUsage;
        }
    }
    auto acting = openToWrite(parser);
    if (!acting)
        return fail(acting.error());
    Database &db = *acting->db;
    const Scope scope = acting->scope;
    const QString reference = parser.value(u"household"_s);
    auto household = householdOf(db, scope, reference);
    if (!household)
        return fail(household.error());
    auto meetings = MeetingRepository(db).forHousehold(scope, *household);
    if (!meetings)
        return fail(meetings.error());
    // The meeting of that day, or else the next one planned (no outcome yet) from today on.
    const QDate today = Passerelle::Clock::today();
    const TripartiteMeeting *meeting = nullptr;
    for (const TripartiteMeeting &m : std::as_const(*meetings)) {
        const bool wanted = day.isValid() ? m.date == day
                                          : m.date >= today && m.outcome.isEmpty();
        if (wanted && (!meeting || m.date < meeting->date))
            meeting = &m;
    }
    if (!meeting) {
        err() << (day.isValid()
                      ? CommandLine::tr("Household %1 has no tripartite meeting on %2.")
                            .arg(reference, parser.value(u"meeting"_s))
                      : CommandLine::tr("Household %1 has no tripartite meeting planned from "
                                        "today on: plan one in its file, or give the date of "
                                        "a meeting with --meeting YYYY-MM-DD.")
                            .arg(reference))
              << Qt::endl;
        return CommandLine::Refused;
    }
    auto folder = templatesFolderOf(parser, db);
    if (!folder)
        return fail(folder.error());
    auto printed = Documents::printConvocation(db, scope, meeting->id, *folder, today);
    if (!printed)
        return fail(printed.error());
    const QString output = parser.value(u"output"_s);
    if (const Status written = writeOutput(output, printed->pdf); !written)
        return fail(written.error());
    QTextStream &report = output == u"-" ? err() : out();
    report << CommandLine::tr("Invitation to the tripartite meeting of %1 (household %2): %3")
                  .arg(meeting->date.toString(Qt::ISODate), reference,
                       output == u"-" ? output : QDir::toNativeSeparators(output))
           << Qt::endl;
    return CommandLine::Success;
}

static int runAgenda(const QCommandLineParser &parser)
{
    if (auto bad = requireOptions(parser, u"agenda"_s,
                                  {u"committee"_s, u"agency"_s, u"output"_s}))
        return *bad;
    const QDate day = parseIsoDate(parser.value(u"committee"_s));
    if (!day.isValid()) {
        err() << CommandLine::tr("--%1 “%2” is not a date: write it YYYY-MM-DD, for "
                                 "example 2025-12-31.")
                     .arg(u"committee"_s, parser.value(u"committee"_s))
              << Qt::endl;
        return CommandLine::BadUsage;
    }
    Database::Options options;
    options.create = false;
    auto db = openDatabase(parser.value(u"database"_s), options);
    if (!db)
        return fail(db.error());
    // The print is recorded in the journal.
    if (const Status sound = checkBeforeWriting(**db); !sound)
        return fail(sound.error());
    const QString code = parser.value(u"agency"_s);
    auto agency = AgencyRepository(**db).findByCode(code);
    if (!agency)
        return fail(agency.error());
    if (!agency->has_value()) {
        err() << CommandLine::tr("No agency has the code “%1”.").arg(code) << Qt::endl;
        return CommandLine::BadUsage;
    }
    auto acting = actingScope(**db, parser);
    if (!acting)
        return fail(acting.error());
    const Scope scope = *acting;
    auto committees = CommitteeRepository(**db).list(scope, (*agency)->id);
    if (!committees)
        return fail(committees.error());
    Id committeeId = 0;
    for (const FollowUpCommittee &c : std::as_const(*committees)) {
        if (c.date == day && committeeId == 0)
            committeeId = c.id;
    }
    if (committeeId == 0) {
        err() << CommandLine::tr("The agency %1 has no follow-up committee on %2.")
                     .arg(code, parser.value(u"committee"_s))
              << Qt::endl;
        return CommandLine::Refused;
    }
    auto folder = templatesFolderOf(parser, **db);
    if (!folder)
        return fail(folder.error());
    auto printed = Documents::printCommitteeAgenda(**db, scope, committeeId, *folder);
    if (!printed)
        return fail(printed.error());
    const QString output = parser.value(u"output"_s);
    if (const Status written = writeOutput(output, printed->pdf); !written)
        return fail(written.error());
    QTextStream &report = output == u"-" ? err() : out();
    report << CommandLine::tr("Agenda of the follow-up committee of %1 (%2): %3")
                  .arg(parser.value(u"committee"_s), code,
                       output == u"-" ? output : QDir::toNativeSeparators(output))
           << Qt::endl;
    return CommandLine::Success;
}

static QString shownDate(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : u"—"_s;
}

static int runRetention(const QCommandLineParser &parser)
{
    Database::Options options;
    options.create = false;
    auto db = openDatabase(parser.value(u"database"_s), options);
    if (!db)
        return fail(db.error());
    if (parser.isSet(u"apply"_s)) {
        if (const Status sound = checkBeforeWriting(**db); !sound)
            return fail(sound.error());
    }
    auto acting = actingScope(**db, parser);
    if (!acting)
        return fail(acting.error());
    const Scope scope = *acting;
    RetentionRepository retention(**db);
    auto settings = retention.settings();
    if (!settings)
        return fail(settings.error());
    const QDate today = Passerelle::Clock::today();
    auto due = retention.candidates(scope, today);
    if (!due)
        return fail(due.error());
    const QDate cutoff = Retention::cutoff(today, *settings);
    if (due->isEmpty()) {
        out() << CommandLine::tr("No household is due for anonymisation: every household had "
                                 "a contact or a support after %1.")
                     .arg(shownDate(cutoff))
              << Qt::endl;
    } else {
        out() << CommandLine::tr("%n household(s) with neither contact nor support since %1 "
                                 "(retention period: %2 years):",
                                 nullptr, int(due->size()))
                     .arg(shownDate(cutoff))
                     .arg(settings->years)
              << Qt::endl;
        out() << u"  "_s << CommandLine::tr("Reference").leftJustified(16)
              << CommandLine::tr("Agency").leftJustified(24)
              << CommandLine::tr("Last contact").leftJustified(16)
              << CommandLine::tr("End of support") << Qt::endl;
        for (const RetentionCandidate &c : std::as_const(*due)) {
            out() << u"  "_s << c.reference.leftJustified(16) << c.agency.leftJustified(24)
                  << shownDate(c.lastContact).leftJustified(16) << shownDate(c.supportEnd)
                  << Qt::endl;
        }
    }
    if (!parser.isSet(u"apply"_s)) {
        out() << CommandLine::tr("Nothing was changed. Run the command again with --apply to "
                                 "anonymise them and purge the journal entries older than %n "
                                 "month(s).",
                                 nullptr, settings->journalMonths)
              << Qt::endl;
        return CommandLine::Success;
    }
    QList<Id> ids;
    for (const RetentionCandidate &c : std::as_const(*due))
        ids << c.householdId;
    auto report = retention.run(scope, ids);
    if (!report)
        return fail(report.error());
    out() << CommandLine::tr("%n household(s) anonymised: names, birth dates, phone, e-mail, "
                             "street address, free text and stored prints erased; coded data "
                             "kept.",
                             nullptr, int(report->anonymised))
          << Qt::endl
          << CommandLine::tr("%n journal entry(ies) older than the retention period purged.",
                             nullptr, int(report->journal.removed))
          << Qt::endl;
    if (report->compacted) {
        out() << ((*db)->backend() == Backend::Sqlite
                      ? CommandLine::tr("The erased data was removed from the database file "
                                        "(secure_delete, then VACUUM).")
                      : CommandLine::tr("The touched tables were vacuumed on the server."))
              << Qt::endl;
    }
    return CommandLine::Success;
}

static int runAccessExport(const QCommandLineParser &parser)
{
    if (auto bad = requireOptions(parser, u"access-export"_s, {u"household"_s, u"output"_s}))
        return *bad;
    const QString output = parser.value(u"output"_s);
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"json") {
        err() << CommandLine::tr("The command “access-export” writes a PDF or a JSON file: "
                                 "give --output a name ending in .pdf or .json.")
              << Qt::endl;
        return CommandLine::BadUsage;
    }
    auto acting = openToWrite(parser);
    if (!acting)
        return fail(acting.error());
    Database &db = *acting->db;
    const Scope scope = acting->scope;
    auto household = householdOf(db, scope, parser.value(u"household"_s));
    if (!household)
        return fail(household.error());
    if (const Status written = AccessExport::writeFile(db, scope, *household, output);
        !written)
        return fail(written.error());
    out() << CommandLine::tr("Everything held on household %1: %2")
                 .arg(parser.value(u"household"_s), QDir::toNativeSeparators(output))
          << Qt::endl;
    return CommandLine::Success;
}

/// `passerelle user add|disable|enable|password`: accounts, headless.
static int runUser(const QCommandLineParser &parser, const QString &action)
{
    static const QStringList actions = {u"add"_s, u"disable"_s, u"enable"_s, u"password"_s};
    if (!actions.contains(action)) {
        err() << CommandLine::tr("“passerelle user” needs one of: %1. See “passerelle --help”.")
                     .arg(actions.join(u", "))
              << Qt::endl;
        return CommandLine::BadUsage;
    }
    QStringList needed = {u"login"_s};
    if (action == u"add")
        needed << u"name"_s << u"role"_s;
    if (auto bad = requireOptions(parser, u"user "_s + action, needed))
        return *bad;
    const QString login = parser.value(u"login"_s).trimmed();
    if (action == u"add" && !isKnownRole(parser.value(u"role"_s))) {
        err() << CommandLine::tr("Unknown role “%1”: use cesf, responsable_pole_social, "
                                 "charge_mission, referent_partenaire or administrateur.")
                     .arg(parser.value(u"role"_s))
              << Qt::endl;
        return CommandLine::BadUsage;
    }
    if (action == u"add" && parser.values(u"agency"_s).size() > 1) {
        err() << CommandLine::tr("An account belongs to one agency at most.") << Qt::endl;
        return CommandLine::BadUsage;
    }
    auto acting = openToWrite(parser);
    if (!acting)
        return fail(acting.error());
    Database &db = *acting->db;
    const Scope scope = acting->scope;
    Accounts accounts(db);
    if (action == u"add") {
        User user;
        user.login = login;
        user.displayName = parser.value(u"name"_s).trimmed();
        user.role = parser.value(u"role"_s);
        if (const QString code = parser.value(u"agency"_s); !code.isEmpty()) {
            auto agency = AgencyRepository(db).findByCode(code);
            if (!agency)
                return fail(agency.error());
            if (!agency->has_value()) {
                err() << CommandLine::tr("No agency has the code “%1”.").arg(code) << Qt::endl;
                return CommandLine::BadUsage;
            }
            user.agencyId = (*agency)->id;
        }
        if (const QString name = parser.value(u"partner"_s); !name.isEmpty()) {
            PartnerRepository partners(db);
            auto partner = partners.findByCode(name);
            if (partner && !partner->has_value())
                partner = partners.findByName(name);
            if (!partner)
                return fail(partner.error());
            if (!partner->has_value()) {
                err() << CommandLine::tr("No partner is called “%1”: give its name or its code "
                                         "as in Dispositifs & partenaires.")
                             .arg(name)
                      << Qt::endl;
                return CommandLine::BadUsage;
            }
            user.partnerId = (*partner)->id;
        }
        auto password = newPassword(login);
        if (!password)
            return fail(password.error());
        auto added = accounts.add(scope, user, *password);
        password->fill(u'\0');
        if (!added)
            return fail(added.error());
        out() << CommandLine::tr("Account %1 created.").arg(login) << Qt::endl;
        return CommandLine::Success;
    }
    auto found = AccountRepository(db).findByLogin(login);
    if (!found)
        return fail(found.error());
    if (!*found) {
        err() << CommandLine::tr("No account has the login “%1”.").arg(login) << Qt::endl;
        return CommandLine::Refused;
    }
    const Id userId = (*found)->id;
    if (action == u"password") {
        auto password = newPassword(login);
        if (!password)
            return fail(password.error());
        const Status reset = accounts.resetPassword(scope, userId, *password);
        password->fill(u'\0');
        if (!reset)
            return fail(reset.error());
        out() << CommandLine::tr("New password of %1 recorded; the account is unlocked.")
                     .arg(login)
              << Qt::endl;
        return CommandLine::Success;
    }
    const bool enable = action == u"enable";
    if (const Status changed = accounts.setActive(scope, userId, enable); !changed)
        return fail(changed.error());
    out() << (enable ? CommandLine::tr("Account %1 enabled.").arg(login)
                     : CommandLine::tr("Account %1 disabled: it can no longer log in.").arg(login))
          << Qt::endl;
    return CommandLine::Success;
}

int CommandLine::run(const QStringList &arguments)
{
    out().setEncoding(QStringConverter::Utf8);
    err().setEncoding(QStringConverter::Utf8);

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption({u"database"_s, tr("Database file."), u"FILE"_s});
    parser.addOption({u"lang"_s, tr("Language (fr or en)."), u"LANG"_s});
    parser.addOption({u"user"_s, tr("Login of the user."), u"LOGIN"_s});
    parser.addOption({u"from"_s, tr("First day of the period."), u"YYYY-MM-DD"_s});
    parser.addOption({u"to"_s, tr("Last day of the period."), u"YYYY-MM-DD"_s});
    parser.addOption({u"action"_s, tr("Action code (several allowed)."), u"CODE"_s});
    parser.addOption({u"agency"_s, tr("Agency code (several allowed)."), u"CODE"_s});
    parser.addOption({u"format"_s, tr("Output format."), u"FORMAT"_s});
    parser.addOption({u"output"_s, tr("Output file, or - for the standard output."), u"PATH"_s});
    parser.addOption({u"households"_s, tr("Households file (CSV)."), u"FILE"_s});
    parser.addOption({u"contacts"_s, tr("Contacts file (CSV)."), u"FILE"_s});
    parser.addOption({u"dry-run"_s, tr("Check without writing.")});
    parser.addOption({u"apply"_s, tr("Anonymise the households listed (retention).")});
    parser.addOption({u"mask-small-counts"_s,
                      tr("Show counts of 1 to 4 as < 5 in the breakdowns (review PDF).")});
    parser.addOption({u"household"_s, tr("Reference of a household."), u"REF"_s});
    parser.addOption({u"meeting"_s, tr("Date of a tripartite meeting."), u"YYYY-MM-DD"_s});
    parser.addOption({u"committee"_s, tr("Date of a follow-up committee."), u"YYYY-MM-DD"_s});
    parser.addOption({u"search"_s, tr("Text to look for in references and names."), u"TEXT"_s});
    parser.addOption({u"templates"_s, tr("Folder of document templates to print with."),
                      u"DIR"_s});
    parser.addOption({u"login"_s, tr("Login of the account to create or change."), u"LOGIN"_s});
    parser.addOption({u"name"_s, tr("Name of the account's holder."), u"NAME"_s});
    parser.addOption({u"role"_s, tr("Role code of an account."), u"CODE"_s});
    parser.addOption({u"partner"_s, tr("Partner association of an account."), u"NAME"_s});
    parser.addOption({u"scale"_s, tr("Number of households of a synthetic demo base."), u"N"_s});
    parser.addOption({u"seed"_s, tr("Seed of a synthetic demo base."), u"S"_s});
    parser.addOption({{u"h"_s, u"help"_s}, tr("Show this help.")});
    parser.addOption({u"version"_s, tr("Show the version.")});
    parser.addPositionalArgument(u"command"_s, tr("Command to run."));

    if (!parser.parse(arguments)) {
        err() << tr("Bad command line: %1").arg(parser.errorText()) << Qt::endl
              << tr("See “passerelle --help”.") << Qt::endl;
        return BadUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out() << usage() << Qt::endl;
        return Success;
    }
    if (parser.isSet(u"version"_s)) {
        out() << About::versionLines().join(u'\n') << Qt::endl;
        return Success;
    }
    const QString language = parser.value(u"lang"_s);
    if (!language.isEmpty() && !Translations::available().contains(language)) {
        err() << tr("Unknown language “%1”: use fr or en.").arg(language) << Qt::endl;
        return BadUsage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (!commands().contains(command)) {
        err() << tr("Unknown command “%1”. Commands: %2. See “passerelle --help”.")
                     .arg(command, commands().join(u", "))
              << Qt::endl;
        return BadUsage;
    }
    const bool user = command == u"user";
    if (positional.size() > (user ? 2 : 1)) {
        err() << tr("Unexpected argument “%1”. See “passerelle --help”.").arg(positional.at(1))
              << Qt::endl;
        return BadUsage;
    }
    for (const QString &name : {u"login"_s, u"name"_s, u"role"_s, u"partner"_s}) {
        if (parser.isSet(name) && !user) {
            err() << tr("--%1 is an option of “passerelle user” only. See “passerelle --help”.")
                         .arg(name)
                  << Qt::endl;
            return BadUsage;
        }
    }
    for (const QString &name : {u"scale"_s, u"seed"_s}) {
        if (parser.isSet(name) && command != u"demo") {
            err() << tr("--%1 is an option of “passerelle demo” only. See “passerelle --help”.")
                         .arg(name)
                  << Qt::endl;
            return BadUsage;
        }
    }
    if (parser.isSet(u"seed"_s) && !parser.isSet(u"scale"_s)) {
        err() << tr("--seed goes with --scale N (the demo of 54 households is always the same). "
                    "See “passerelle --help”.")
              << Qt::endl;
        return BadUsage;
    }
    if (parser.isSet(u"mask-small-counts"_s) && command != u"review") {
        err() << tr("--mask-small-counts is an option of “passerelle review” only. See "
                    "“passerelle --help”.")
              << Qt::endl;
        return BadUsage;
    }
    if (parser.isSet(u"templates"_s)) {
        if (command != u"contract" && command != u"convocation" && command != u"agenda") {
            err() << tr("--templates is an option of contract, convocation and agenda only. "
                        "See “passerelle --help”.")
                  << Qt::endl;
            return BadUsage;
        }
        if (parser.value(u"templates"_s).isEmpty()) {
            err() << tr("--templates needs the name of a folder of templates. See “passerelle "
                        "--help”.")
                  << Qt::endl;
            return BadUsage;
        }
    }
    if (command != u"migrate"
        && (!parser.isSet(u"database"_s) || parser.value(u"database"_s).isEmpty())) {
        err() << tr("The command “%1” needs --database FILE.").arg(command) << Qt::endl;
        return BadUsage;
    }
    if (command == u"demo")
        return runDemo(parser);
    if (command == u"review")
        return runReview(parser);
    if (command == u"migrate")
        return runMigrate(parser);
    if (command == u"import")
        return runImport(parser);
    if (command == u"contract")
        return runContract(parser);
    if (command == u"convocation")
        return runConvocation(parser);
    if (command == u"agenda")
        return runAgenda(parser);
    if (command == u"backup")
        return runBackup(parser);
    if (command == u"households")
        return runHouseholds(parser);
    if (command == u"restore")
        return runRestore(parser);
    if (command == u"retention")
        return runRetention(parser);
    if (command == u"access-export")
        return runAccessExport(parser);
    if (command == u"user")
        return runUser(parser, positional.value(1));
    return runCheck(parser);
}

} // namespace Passerelle
