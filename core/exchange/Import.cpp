#include "Import.h"

#include "storage/Repository.h"

#include "exchange/ContactsImport.h"
#include "exchange/HouseholdsImport.h"
#include "review/ReviewExport.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"
#include "storage/ReferenceRepository.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::Import {

QString Problem::text() const
{
    QStringList place;
    if (!file.isEmpty())
        place << file;
    if (line > 0)
        place << Msg::tr("line %1").arg(line);
    if (!column.isEmpty())
        place << Msg::tr("column %1").arg(column);
    const QString what = value.isEmpty() ? message : Msg::tr("\"%1\" %2").arg(value, message);
    if (place.isEmpty())
        return what;
    return Msg::tr("%1: %2").arg(place.join(u", "), what);
}

namespace {

/// Loads the stored households the files name, and the records the importers compare with:
/// supports and referrals of all of them (contacts need their actions), the rest only for
/// those of households.csv. A few queries in all.
bool loadHouseholds(Context &ctx, const QStringList &references,
                    const QSet<QString> &inHouseholdsFile)
{
    const auto found = HouseholdRepository(ctx.db).findByReferences(ctx.scope, references);
    if (!found) {
        ctx.fail(found.error(), QString(), 0);
        return false;
    }
    QList<Id> all;
    QList<Id> withRecords;
    for (const Household &h : *found) {
        ctx.existing.insert(h.reference, h);
        all << h.id;
        if (inHouseholdsFile.contains(h.reference))
            withRecords << h.id;
        else
            ctx.householdIds.insert(h.reference, h.id); // named by contacts.csv only
    }
    const auto load = [&ctx](const auto &repository, const QList<Id> &ids, auto &into) {
        auto rows = repository.forHouseholds(ctx.scope, ids);
        if (!rows) {
            ctx.fail(rows.error(), QString(), 0);
            return false;
        }
        into = std::move(rows).value();
        return true;
    };
    return load(SupportRepository(ctx.db), all, ctx.supports)
           && load(ReferralRepository(ctx.db), all, ctx.referrals)
           && load(DiagnosticRepository(ctx.db), withRecords, ctx.diagnostics)
           && load(MeetingRepository(ctx.db), withRecords, ctx.meetings)
           && load(CalDecisionRepository(ctx.db), withRecords, ctx.calDecisions)
           && load(LeaseRepository(ctx.db), withRecords, ctx.leases);
}

/// Problems in reading order: whole-run problems, then households.csv, then contacts.csv,
/// each by line.
void sortProblems(QList<Problem> &problems, const QString &householdsFile,
                  const QString &contactsFile)
{
    const auto rank = [&](const Problem &p) {
        if (p.file.isEmpty())
            return 0;
        if (p.file == householdsFile)
            return 1;
        return p.file == contactsFile ? 2 : 3;
    };
    std::stable_sort(problems.begin(), problems.end(), [&](const Problem &a, const Problem &b) {
        const int ra = rank(a);
        const int rb = rank(b);
        return ra != rb ? ra < rb : a.line < b.line;
    });
}

/// Keeps the first MaxWarningsOfAKind warnings of each kind in each file, and puts after the
/// last one a line that counts the others. `warnings` are in reading order.
void summariseWarnings(QList<Problem> &warnings)
{
    const auto keyOf = [](const Problem &p) -> QString {
        return p.file + u'\x1f' + (p.kind.isEmpty() ? p.message : p.kind);
    };
    QHash<QString, int> counts;
    for (const Problem &p : std::as_const(warnings))
        ++counts[keyOf(p)];
    if (std::none_of(counts.cbegin(), counts.cend(),
                     [](int count) { return count > MaxWarningsOfAKind; })) {
        return;
    }
    QList<Problem> kept;
    QHash<QString, int> shown;
    for (Problem &p : warnings) {
        const QString key = keyOf(p);
        const int rank = ++shown[key];
        if (rank > MaxWarningsOfAKind)
            continue;
        const QString file = p.file;
        kept.append(std::move(p));
        const int others = counts.value(key) - MaxWarningsOfAKind;
        if (rank == MaxWarningsOfAKind && others > 0) {
            kept.append({file, 0, QString(), QString(),
                         Msg::tr("… and %n more warning(s) of the same kind", nullptr, others)});
        }
    }
    warnings = std::move(kept);
}

} // namespace

Report run(Database &db, const Scope &scope, const Options &options)
{
    Report report;
    const QString householdsFile = QFileInfo(options.householdsPath).fileName();
    const QString contactsFile = QFileInfo(options.contactsPath).fileName();
    const auto finish = [&]() {
        if (report.cancelled) {
            // Nothing was written: no count of what the rolled-back work had done.
            report.householdsCreated = report.householdsUpdated = 0;
            report.supportsCreated = report.supportsUpdated = 0;
            report.contactsCreated = report.contactsAlreadyPresent = 0;
        }
        sortProblems(report.errors, householdsFile, contactsFile);
        sortProblems(report.warnings, householdsFile, contactsFile);
        summariseWarnings(report.warnings);
        return report;
    };

    // Importing creates and changes households of every agency: a role of its own, checked
    // (and a refusal journaled) before anything is read.
    if (const Status allowed = AuditRepository(db).permit(scope, Permission::Import); !allowed) {
        report.errors.append({QString(), 0, QString(), QString(), allowed.error().message});
        return finish();
    }

    std::optional<CsvTable> householdsTable;
    std::optional<CsvTable> contactsTable;
    if (options.householdsPath.isEmpty()) {
        report.errors.append(
                {QString(), 0, QString(), QString(), Msg::tr("no households file was given")});
    } else {
        householdsTable = readFile(options.householdsPath, report.errors);
    }
    if (!options.contactsPath.isEmpty())
        contactsTable = readFile(options.contactsPath, report.errors);

    // Everything happens in one transaction, rolled back on any error and in a dry run; the
    // agencies, actions and partners created on the way go with it.
    Transaction transaction(db);
    if (!transaction.status()) {
        report.errors.append(
                {QString(), 0, QString(), QString(), transaction.status().error().message});
        return finish();
    }
    auto catalog = ReferenceRepository(db).catalog();
    if (!catalog) {
        report.errors.append({QString(), 0, QString(), QString(), catalog.error().message});
        return finish();
    }
    Context ctx(db, scope, options, report, std::move(catalog).value());
    // Progress: each line is read once and written once (the writing weighs twice the
    // reading), then the end of the transaction.
    const qint64 householdLines = householdsTable ? householdsTable->records.size() : 0;
    const qint64 contactLines = contactsTable ? contactsTable->records.size() : 0;
    ctx.setProgressTotal(3 * (householdLines + contactLines) + 1);
    if (!ctx.loadDirectories())
        return finish();

    std::optional<Sheet> householdsSheet;
    std::optional<Sheet> contactsSheet;
    std::optional<HouseholdsImport> households;
    std::optional<ContactsImport> contacts;
    if (householdsTable) {
        householdsSheet.emplace(householdsFile, std::move(*householdsTable),
                                HouseholdsImport::columns(), report.errors, report.warnings);
        households.emplace(ctx, *householdsSheet);
        ctx.beginPhase(householdLines, householdLines);
        households->parse();
    }
    if (contactsTable && !report.cancelled) {
        contactsSheet.emplace(contactsFile, std::move(*contactsTable), ContactsImport::columns(),
                              report.errors, report.warnings);
        contacts.emplace(ctx, *contactsSheet, householdsFile);
        ctx.beginPhase(contactLines, contactLines);
        contacts->parse();
    }
    if (report.cancelled)
        return finish();

    const QStringList householdRefs = households ? households->references() : QStringList();
    QStringList allRefs = householdRefs;
    if (contacts) {
        const QSet<QString> known(householdRefs.cbegin(), householdRefs.cend());
        for (const QString &reference : contacts->references()) {
            if (!known.contains(reference))
                allRefs << reference;
        }
    }
    if (!loadHouseholds(ctx, allRefs, QSet<QString>(householdRefs.cbegin(), householdRefs.cend())))
        return finish();

    if (households) {
        households->resolveDirectories();
        households->write(2 * householdLines);
    }
    if (contacts)
        contacts->write(households.has_value(), 2 * contactLines);

    // The last chance to cancel: once committed, the import is done.
    ctx.beginPhase(1, 1);
    if (report.ok() && ctx.step() && !options.dryRun) {
        const Status committed = transaction.commit();
        if (!committed) {
            report.errors.append({QString(), 0, QString(), QString(), committed.error().message});
        }
    }
    if (!report.cancelled)
        ctx.endProgress();
    // Otherwise the transaction rolls back here: the database is left as it was.
    return finish();
}

QByteArray problemsCsv(const Report &report)
{
    QString text;
    const auto row = [&text](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << ReviewExport::csvCell(c);
        text += quoted.join(u';') + u"\r\n"_s;
    };
    row({Msg::tr("Kind"), Msg::tr("File"), Msg::tr("Line"), Msg::tr("Column"), Msg::tr("Value"),
         Msg::tr("Message")});
    const auto rows = [&row](const QList<Problem> &problems, const QString &kind) {
        for (const Problem &p : problems) {
            row({kind, p.file, p.line > 0 ? QString::number(p.line) : QString(), p.column,
                 p.value, p.message});
        }
    };
    rows(report.errors, Msg::tr("Error"));
    rows(report.warnings, Msg::tr("Warning"));
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

FileInspection inspect(const QString &path, FileKind kind)
{
    FileInspection result;
    result.file = QFileInfo(path).fileName();
    auto table = readFile(path, result.problems);
    if (!table)
        return result;
    result.readable = true;
    result.encoding = table->encoding;
    result.separator = table->separator;
    result.headerLine = table->headerLine;
    result.records = int(table->records.size());
    // The header matched exactly as run() matches it (its warnings are the unknown columns).
    const QList<ColumnSpec> specs = kind == FileKind::Households ? HouseholdsImport::columns()
                                                                 : ContactsImport::columns();
    QList<Problem> warnings;
    const Sheet sheet(result.file, std::move(*table), specs, result.problems, warnings);
    QList<std::pair<int, RecognisedColumn>> found;
    for (int c = 0; c < specs.size(); ++c) {
        const ColumnSpec &spec = specs.at(c);
        if (sheet.has(c))
            found.append({sheet.position(c), {sheet.header(c), spec.name, spec.meaning,
                                              spec.required}});
        else if (spec.required)
            result.missing << spec.name;
    }
    std::sort(found.begin(), found.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &[position, column] : found)
        result.recognised.append(std::move(column));
    result.unknown = sheet.unknownColumns();
    return result;
}

} // namespace Passerelle::Import
