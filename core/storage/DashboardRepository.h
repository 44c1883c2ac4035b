#pragma once

#include "Repository.h"
#include "dashboard/DashboardData.h"

namespace Passerelle {

/// Loads what the agency dashboard needs, for one agency (0 = every agency of the scope) and
/// a window of dates, in nine queries whatever the number of households (per-household
/// figures such as the last contact come from correlated subqueries served by indexes, never
/// from one query per household). Nothing read here is traced as a read of a household file:
/// the dashboard shows only references and names.
class DashboardRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(DashboardRepository)

public:
    using Repository::Repository;

    /// `agencyId` must lie in the scope (the caller checks it).
    Result<DashboardData> load(const Scope &scope, Id agencyId,
                               const DashboardWindow &window) const;
};

} // namespace Passerelle
