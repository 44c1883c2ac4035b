#pragma once

#include "Database.h"

#include <functional>

namespace Passerelle {

/// One table of a copy: rows read from the source and rows found in the target afterwards.
struct TableCopy
{
    QString table;
    qint64 source = 0;
    qint64 copied = 0;
    qint64 milliseconds = 0; ///< time spent on the table (reading, writing, counting)
};

/// Where a copy stands, for a progress display.
struct CopyProgress
{
    enum class Stage {
        TableStarted, ///< `rowsTotal` rows of `table` are about to be copied
        Rows,         ///< `rowsDone` of `rowsTotal` rows of `table` are written
        TableDone,    ///< every row of `table` is written and counted in the target
        Checking,     ///< every table is written; the target builds its indexes and checks
                      ///< the links between tables
        Committing,   ///< the target makes the copy permanent
        Analysing,    ///< the copy is saved; a server refreshes its planner's statistics
                      ///< and visibility map (VACUUM ANALYZE)
    };
    Stage stage = Stage::TableStarted;
    QString table;
    int tableIndex = 0; ///< 1-based position of `table` among `tableCount`
    int tableCount = 0;
    qint64 rowsDone = 0;
    qint64 rowsTotal = 0;
    qint64 milliseconds = 0; ///< TableDone: time spent on the table
};

struct CopyOptions
{
    /// At most this many rows per INSERT statement (fewer when the table has so many columns
    /// that the statement would bind more values than the engine accepts).
    int maxBatchRows = 1000;
    /// An INSERT statement is sent once its values weigh about this many bytes (large blobs:
    /// contract PDFs, the organisation's logo).
    qint64 maxBatchBytes = 8 * 1024 * 1024;
    /// Called as the copy goes (after every statement sent, at each table's start and end).
    std::function<void(const CopyProgress &)> progress;
};

/// Copies every record of `from` into the empty database `to` (a unit's file moving to the
/// shared server), keeping ids, in ONE transaction on `to`: on any error, or if a table's count
/// in the target differs from the source, nothing is left in the target. Both databases must
/// be at the same schema version. Rows are written several at a time (multi-row INSERT with
/// bound values); on PostgreSQL each identity sequence continues after the largest copied id.
Result<QList<TableCopy>> copyDatabase(Database &from, Database &to,
                                      const CopyOptions &options = {});

} // namespace Passerelle
