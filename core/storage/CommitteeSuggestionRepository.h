#pragma once

#include "Repository.h"
#include "committees/CommitteeSuggestions.h"

namespace Passerelle {

/// What a follow-up committee screen reads besides the committees themselves: the facts the
/// suggestions are computed from, and the reference and name of the households it lists.
/// A few queries whatever the number of households; nothing of a household's notes is read.
class CommitteeSuggestionRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(CommitteeSuggestionRepository)

public:
    using Repository::Repository;

    /// The households of the agency (every agency of the scope when 0) and of the scope with a
    /// support not ended, with their supports not ended, their alerts not closed on or before
    /// `date`, the objectives of their plans targeted before `date` and their latest contact
    /// on or before `date`. Not traced as reads: only counts and types leave core.
    Result<CommitteeSuggestionFacts> facts(const Scope &scope, Id agencyId,
                                           const QDate &date) const;

    /// Reference and name of households of the scope, by id (others are left out).
    struct HouseholdLabel
    {
        QString reference;
        QString name; ///< "DUPONT Hélène"
        Id agencyId = 0;
    };
    Result<QHash<Id, HouseholdLabel>> labels(const Scope &scope, const QList<Id> &ids) const;
};

} // namespace Passerelle
