#pragma once

#include "Database.h"
#include "domain/ReferenceCatalog.h"
#include "security/Scope.h"

namespace Passerelle {

/// The entries the administrator added to the reference lists. Built-in entries live in code
/// (ReferenceLists); a code, once used, is never changed.
class ReferenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceRepository)

public:
    explicit ReferenceRepository(Database &db) : m_db(db) {}

    /// Built-in entries plus the added ones.
    Result<ReferenceCatalog> catalog() const;

    /// Adds an entry to an extensible list. The code must be new, ASCII snake_case.
    Status addItem(const Scope &scope, ReferenceList list, const QString &code,
                   const QString &label);
    /// Renames an added entry (its code stays).
    Status renameItem(const Scope &scope, ReferenceList list, const QString &code,
                      const QString &label);
    /// Hides an added entry from choices (records that use it keep it).
    Status setItemActive(const Scope &scope, ReferenceList list, const QString &code, bool active);

private:
    Database &m_db;
};

} // namespace Passerelle
