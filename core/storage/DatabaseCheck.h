#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

namespace Passerelle {

/// What `passerelle check` reports of a database, read without changing anything.
struct CheckReport
{
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QStringList problems;                  ///< integrity and consistency problems, empty if sound
    QList<QPair<QString, qint64>> counts;  ///< rows per table

    bool isSound() const { return problems.isEmpty(); }
    bool needsUpgrade() const { return schemaVersion < latestSchemaVersion; }
};

/// Checks the database at `location` read-only: file integrity, broken links, schema version
/// and the rules the schema cannot express. A database written by a newer version is an
/// Error::Schema (and is left unchanged).
Result<CheckReport> checkDatabase(const QString &location);

} // namespace Passerelle
