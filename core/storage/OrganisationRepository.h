#pragma once

#include "Repository.h"
#include "domain/Organisation.h"

namespace Passerelle {

/// The landlord's identity (one per database) and the database-wide settings.
class OrganisationRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationRepository)

public:
    using Repository::Repository;

    Result<Organisation> get() const;
    Status save(const Scope &scope, const Organisation &organisation);
    /// What save() writes, without its journal entry: for BulkWriter, which journals the
    /// whole base it writes once.
    static Status store(Database &db, const Organisation &organisation);

    /// A database-wide setting, or `fallback` when it was never set.
    Result<QString> setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const Scope &scope, const QString &key, const QString &value);
};

} // namespace Passerelle
