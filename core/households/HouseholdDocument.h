#pragma once

#include "HouseholdFile.h"
#include "Result.h"
#include "editing/EditDocument.h"
#include "security/Scope.h"

namespace Passerelle {

class Database;

/// An open household file being edited (an EditDocument of the whole file): opened from the
/// database under the user's scope, saved in one transaction. Edits can be undone until they
/// are saved (the history starts again from the saved file).
class HouseholdDocument : public EditDocument<HouseholdFile>
{
public:
    HouseholdDocument(Database &db, Scope scope, QObject *parent = nullptr);

    /// Opens an existing household (recorded in the audit journal).
    Status open(Id householdId);
    /// Starts a new household (not stored until saved).
    void create(const HouseholdFile &initial) { startNew(initial); }

    const HouseholdFile &file() const { return edited(); }
    bool isNew() const { return stored().household.id <= 0; }
    const Scope &scope() const { return m_scope; }
    Database &database() const { return m_db; }

    /// Writes every change since the last save. On error nothing is written and the edits
    /// stay (so that the user can correct them and save again).
    Status save();

    /// Reads again what other windows save about the household and this one only shows (the
    /// decisions of the committees that reviewed it, its journal), keeping the edits.
    Status refreshCommitteeReviews();

private:
    Database &m_db;
    Scope m_scope;
};

} // namespace Passerelle
