#pragma once

#include "Repository.h"

namespace Passerelle {

/// Follow-up committees (commissions de suivi) of the agencies, with the households reviewed
/// and the decision for each.
class CommitteeRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(CommitteeRepository)

public:
    using Repository::Repository;

    /// Committees of the scope's agencies (or of `agencyId` when given), by date.
    Result<QList<FollowUpCommittee>> list(const Scope &scope, Id agencyId = 0) const;
    Result<FollowUpCommittee> get(const Scope &scope, Id id) const;
    /// Reviews of one household in every committee, by committee date.
    Result<QList<std::pair<FollowUpCommittee, CommitteeReview>>>
    reviewsOf(const Scope &scope, Id householdId) const;
    Status save(const Scope &scope, FollowUpCommittee &committee) const;
    Status remove(const Scope &scope, Id id) const;

private:
    Status loadReviews(FollowUpCommittee &committee) const;
};

} // namespace Passerelle
