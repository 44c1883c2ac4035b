#pragma once

#include "Database.h"

namespace Passerelle {

/// One table of a copy: rows read from the source and rows found in the target afterwards.
struct TableCopy
{
    QString table;
    qint64 source = 0;
    qint64 copied = 0;
};

/// Copies every record of `from` into the empty database `to` (a unit's file moving to the
/// shared server), keeping ids, in ONE transaction on `to`: on any error, or if a table's count
/// in the target differs from the source, nothing is left in the target. Both databases must
/// be at the same schema version.
Result<QList<TableCopy>> copyDatabase(Database &from, Database &to);

} // namespace Passerelle
