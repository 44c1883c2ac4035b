#pragma once

#include "security/Scope.h"
#include "Clock.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Passerelle {

class Database;

/// Import of a unit's existing spreadsheets (IMPORT.md): households.csv and contacts.csv, as a
/// French spreadsheet saves them. Everything or nothing is written.
namespace Import {

/// One thing wrong (or worth knowing) in an imported file.
struct Problem
{
    QString file;    ///< file name only, e.g. "households.csv"
    int line = 0;    ///< physical line where the record starts (header = 1); 0 for the file
    QString column;  ///< header name as written in the file, or empty
    QString value;   ///< offending value as read, or empty
    QString message; ///< French explanation, e.g. "n'est pas une date"
    /// What problems of one kind share: their message before values were put in it (« is not
    /// a known agency: it is created with the code “%1” »); empty: the message itself.
    QString kind;

    /// One sentence: « households.csv, ligne 14, colonne date_debut_accompagnement :
    /// "31/02/2019" n'est pas une date » (empty parts are left out).
    QString text() const;

    bool operator==(const Problem &) const = default;
};

struct Options
{
    QString householdsPath;
    QString contactsPath; ///< optional
    bool dryRun = false;
    QDate today = Passerelle::Clock::today(); ///< contacts after this day are refused
    /// Called, in the thread that runs the import, as the work advances: `done` of `total`
    /// units (total 0: not known yet). Returning false cancels: the transaction is rolled
    /// back, nothing is written, and the report says Report::cancelled. Called often (every
    /// line or so): it must be cheap, and may not touch the database. The last call (done ==
    /// total) comes once the work is over, committed or not: too late to cancel.
    std::function<bool(qint64 done, qint64 total)> progress;
};

/// Warnings of one kind in one file shown one by one; the others are counted in one line
/// after them (« … et 12 autres avertissements du même type »).
inline constexpr int MaxWarningsOfAKind = 20;

struct Report
{
    QList<Problem> errors; ///< any error: nothing was written
    /// Unknown column ignored; agency, action or partner created... At most
    /// MaxWarningsOfAKind of one kind per file, then one line that counts the others.
    QList<Problem> warnings;
    int householdsCreated = 0;
    int householdsUpdated = 0; ///< existing households whose values changed
    int supportsCreated = 0;
    int supportsUpdated = 0; ///< existing supports whose values changed
    int contactsCreated = 0;
    int contactsAlreadyPresent = 0; ///< identical contacts found in the database or the file
    /// Options::progress asked to stop: nothing was written, the counts are 0 (the problems
    /// listed are those found before, and may be incomplete).
    bool cancelled = false;

    bool ok() const { return errors.isEmpty() && !cancelled; }
};

/// Reads both files, checks everything, and writes in ONE transaction (all or nothing). With
/// dryRun, checks and counts exactly as a real import would, then rolls back. Every read and
/// write goes through `scope`.
Report run(Database &db, const Scope &scope, const Options &options);

/// The problems of a report as a ';'-separated UTF-8 CSV with BOM, as French Excel opens it:
/// a header line, then the errors and the warnings, one a line (kind, file, line, column,
/// value, message).
QByteArray problemsCsv(const Report &report);

/// The two files an import reads.
enum class FileKind { Households, Contacts };

/// A column of a file that the import recognises.
struct RecognisedColumn
{
    QString header;  ///< as written in the file
    QString column;  ///< the column of IMPORT.md it is read as
    QString meaning; ///< what it fills, translated
    bool required = false;
};

/// What the import sees in a file before importing it: how it is written and which columns it
/// has. The same reading and column matching as run(), without a database.
struct FileInspection
{
    QString file;          ///< file name only
    bool readable = false; ///< false: `problems` say why the file cannot be read at all
    QString encoding;      ///< "UTF-8", "UTF-8 (BOM)", "UTF-16" or "Windows-1252"
    QChar separator;       ///< ';', ',' or tab
    int headerLine = 0;
    int records = 0;       ///< data lines read (a record over several lines counts once)
    QList<RecognisedColumn> recognised; ///< in the file's order
    QStringList unknown;   ///< headers that name no column: ignored
    QStringList missing;   ///< required columns the file lacks
    /// Problems of reading and of the header (unreadable file, unclosed quote, column given
    /// twice, required column missing...): the dry run reports them too.
    QList<Problem> problems;
};

/// Reads `path` as the import would and matches its header with the columns of `kind`.
FileInspection inspect(const QString &path, FileKind kind);

} // namespace Import
} // namespace Passerelle
