#pragma once

// Internal to the import: what the households and contacts importers share (the database
// state loaded up front, the directories, the problems found) and the helpers that read a
// sheet's cells into typed values while collecting problems.

#include "domain/Validation.h"
#include "exchange/CsvReader.h"
#include "exchange/Import.h"
#include "exchange/ValueParsers.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace Passerelle::Import {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

/// A column an importer knows.
struct ColumnSpec
{
    QString name; ///< as IMPORT.md writes it
    bool required = false;
    QString meaning; ///< what the column fills, translated (shown before an import)
};

/// A parsed file with its header mapped onto the known columns (by index in the spec list).
class Sheet
{
public:
    /// Maps the header; reports unknown columns (warnings), missing required and repeated
    /// columns (errors).
    Sheet(QString fileName, CsvTable table, const QList<ColumnSpec> &specs, QList<Problem> &errors,
          QList<Problem> &warnings);

    const QString &fileName() const { return m_fileName; }
    const CsvTable &table() const { return m_table; }
    int headerLine() const { return m_table.headerLine; }
    bool has(int column) const { return m_index.at(column) >= 0; }
    /// The header as written in the file, or the documented name when the file lacks it.
    QString header(int column) const;
    /// The trimmed cell, empty when the column is absent.
    QString cell(const CsvRecord &record, int column) const;
    /// Where the file has the column (index in the header), or -1.
    int position(int column) const { return m_index.at(column); }
    /// The headers of the file that name no known column (ignored), as written.
    const QStringList &unknownColumns() const { return m_unknown; }

private:
    QString m_fileName;
    CsvTable m_table;
    QList<ColumnSpec> m_specs;
    QList<int> m_index;
    QStringList m_headers;
    QStringList m_unknown;
};

/// Reads the cells of one record into typed values. A bad value is reported (file, line,
/// column, value, French message) and marks the row as failed; an empty cell is "not given".
class Row
{
public:
    Row(const Sheet &sheet, const CsvRecord &record, QList<Problem> &errors,
        ReferenceMatcher &refs);

    int line() const { return m_record.line; }
    bool failed() const { return m_failed; }
    void fail() { m_failed = true; }

    QString text(int column) const { return m_sheet.cell(m_record, column); }
    bool isEmpty(int column) const { return text(column).isEmpty(); }
    /// The text; "a value is required" when empty (unless the whole column is missing, which
    /// the header check reported once).
    QString required(int column);

    std::optional<QDate> date(int column);
    std::optional<Cents> cents(int column);
    std::optional<int> count(int column, int maximum);
    std::optional<bool> yesNo(int column);
    std::optional<QString> code(int column, ReferenceList list);
    std::optional<QStringList> codes(int column, ReferenceList list);
    std::optional<QString> typology(int column);

    /// Reports a problem with this column's value.
    void error(int column, const QString &message);
    /// Reports a problem with this column, without quoting its (empty or irrelevant) value.
    void errorWithoutValue(int column, const QString &message);
    /// "a value is required when the column X is given".
    void requiredWith(int column, int givenColumn);

    const Sheet &sheet() const { return m_sheet; }

private:
    const Sheet &m_sheet;
    const CsvRecord &m_record;
    QList<Problem> &m_errors;
    ReferenceMatcher &m_refs;
    bool m_failed = false;
};

/// Agencies, actions or partners, matched on their code, then their name (ignoring case and
/// accents), then their code ignoring case; unknown ones are created with a derived code.
class Directory
{
public:
    struct Entry
    {
        Id id = 0;
        QString code;
        QString name;
    };

    void add(const Entry &entry);
    std::optional<Id> find(const QString &text) const;
    /// `base`, or `base-2`, `base-3`... whichever no entry uses yet.
    QString unusedCode(const QString &base) const;
    QString codeOf(Id id) const;

private:
    QList<Entry> m_entries;
    QHash<QString, Id> m_byCode;
    QHash<QString, Id> m_byName;
    QHash<QString, Id> m_byCodeKey;
    QSet<QString> m_codes;
};

enum class DirectoryKind { Agency, Action, Partner };

/// The state of one import run.
class Context
{
public:
    Context(Database &db, const Scope &scope, const Options &options, Report &report,
            ReferenceCatalog catalog);

    Database &db;
    const Scope &scope;
    const Options &options;
    Report &report;
    ReferenceMatcher refs;

    /// Loads the agencies, actions, partners and dwellings. False on a storage failure.
    bool loadDirectories();

    /// The agency, action or partner a cell names; creates it (with a warning) when unknown.
    /// Problems are reported once per distinct text. Nothing on failure.
    std::optional<Id> resolve(DirectoryKind kind, const QString &text, const Sheet &sheet,
                              int line, int column);
    /// The action a cell names, without creating it.
    std::optional<Id> findAction(const QString &text) const { return m_actions.find(text); }
    QString actionCode(Id id) const { return m_actions.codeOf(id); }

    /// Reports a repository error for a file and line. A storage failure (disk, lock) stops
    /// the import: `stopped()` becomes true.
    void fail(const Error &error, const QString &file, int line, const QString &column = {},
              const QString &value = {});
    /// Reports the rules a record breaks, each under its column (`columns` maps the
    /// validation's field names; unknown fields go without a column). True when none.
    bool check(const Problems &problems, const Sheet &sheet, int line,
               const QHash<QString, int> &columns);
    bool stopped() const { return m_stopped; }

    /// Progress (Options::progress). The run is cut into phases, each worth a share of the
    /// total and made of steps; a phase begins where the previous one ends, whatever the
    /// steps taken (extra steps never go beyond it).
    void setProgressTotal(qint64 total);
    void beginPhase(qint64 units, qint64 steps);
    /// One step of the phase. False when the import stopped: a storage failure, or the user
    /// cancelled (the report says so); the caller goes no further, nothing will be written.
    bool step();
    /// Ends the last phase: the total is reached.
    void endProgress();
    /// A failure of the database itself (disk, lock): nothing more can be written.
    static bool isFatal(const Error &error);
    /// The day after which dates are in the future: Options::today, and never after the
    /// real today that the repositories' own checks use.
    QDate today() const;

    /// Dwellings by normalised address and commune (loaded once, kept up to date).
    QHash<QString, Dwelling> dwellings;
    static QString dwellingKey(const QString &address, const QString &commune);

    // Households as stored, by reference, with the records the importers compare with.
    QHash<QString, Household> existing;
    QHash<Id, QList<Support>> supports;
    QHash<Id, QList<Referral>> referrals;
    QHash<Id, QList<Diagnostic>> diagnostics;
    QHash<Id, QList<TripartiteMeeting>> meetings;
    QHash<Id, QList<CalDecision>> calDecisions;
    QHash<Id, QList<Lease>> leases;

    /// References of households now in the database (stored before or created by this run).
    QHash<QString, Id> householdIds;
    /// References of households.csv that could not be imported (their problems are reported):
    /// their contacts are left aside silently.
    QSet<QString> failedReferences;

private:
    Directory &directory(DirectoryKind kind);

    Directory m_agencies;
    Directory m_actions;
    Directory m_partners;
    QHash<QString, std::optional<Id>> m_resolved[3];
    bool m_stopped = false;
    bool notify(qint64 done, bool mayCancel = true);
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_phaseStart = 0;
    qint64 m_phaseUnits = 0;
    qint64 m_phaseSteps = 0;
    qint64 m_phaseTaken = 0;
};

} // namespace Passerelle::Import
