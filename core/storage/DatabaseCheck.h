#pragma once

#include "Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

namespace Passerelle {

class Database;

/// What `passerelle check` reports of a database, read without changing anything.
struct CheckReport
{
    QString displayName;                   ///< the file name, for messages
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QStringList problems;                  ///< integrity and consistency problems, empty if sound
    QList<QPair<QString, qint64>> counts;  ///< rows per table
    Id journalHeadId = 0;                  ///< the last entry of the journal
    QString journalHeadHash;               ///< its hash: noted outside the base, it shows a
                                           ///< journal rewritten since

    bool isSound() const { return problems.isEmpty(); }
    /// An older base: the commands that only read refuse it until Passerelle upgrades it.
    bool needsUpgrade() const { return schemaVersion < latestSchemaVersion; }
};

/// Checks the database at `location` read-only: SQLite's full integrity check, broken links,
/// schema version, codes outside their reference lists and the rules the schema cannot
/// express. Every problem is described in the user's language. A database that is not a
/// Passerelle base, is empty, damaged beyond reading or written by a newer version is an
/// Error (and is left unchanged), with the same message as the other commands give. An older
/// base gets its integrity checked, and nothing more (the rest reads the current schema).
Result<CheckReport> checkDatabase(const QString &location);

/// SQLite's quick check of an open database (pages and records, not the indexes against their
/// tables): nothing when sound, else an Error saying that the base is damaged and what to do.
/// `import` runs it before writing, the GUI once a day in the background.
Status quickCheck(Database &db);

/// The error of a damaged database, with its problems (Database::integrityProblems()).
Error damagedDatabase(const QString &displayName, const QStringList &problems);

} // namespace Passerelle
