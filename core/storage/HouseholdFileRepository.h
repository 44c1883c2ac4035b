#pragma once

#include "HouseholdRepository.h"
#include "Repository.h"
#include "households/HouseholdFile.h"

namespace Passerelle {

/// Loads a household's whole file, and saves the differences between the file as it was
/// loaded and as it was edited, in one transaction (all or nothing).
class HouseholdFileRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdFileRepository)

public:
    using Repository::Repository;

    /// The file of a household; opening it is recorded in the audit journal unless
    /// Trace::Silent (reloading after a save).
    Result<HouseholdFile> load(const Scope &scope, Id householdId,
                               HouseholdRepository::Trace trace = HouseholdRepository::Trace::Read) const;

    /// Writes what differs between `original` and `edited` (new records have ids ≤ 0) and
    /// returns the file as stored afterwards. Nothing is written when anything is refused.
    Result<HouseholdFile> save(const Scope &scope, const HouseholdFile &original,
                               const HouseholdFile &edited) const;
};

} // namespace Passerelle
