#pragma once

#include "security/Scope.h"

#include <QDate>
#include <QList>
#include <QString>

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
    QDate today = QDate::currentDate(); ///< contacts after this day are refused
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

    bool ok() const { return errors.isEmpty(); }
};

/// Reads both files, checks everything, and writes in ONE transaction (all or nothing). With
/// dryRun, checks and counts exactly as a real import would, then rolls back. Every read and
/// write goes through `scope`.
Report run(Database &db, const Scope &scope, const Options &options);

} // namespace Import
} // namespace Passerelle
