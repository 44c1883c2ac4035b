#include "CommitteeRepository.h"

namespace Passerelle {

Result<QList<FollowUpCommittee>> CommitteeRepository::list(const Scope &scope, Id agencyId) const
{
    PASSERELLE_CHECK(require(scope, Permission::Committees));
    QString clause = QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (scope.agencyId) {
        clause += QStringLiteral(" AND agency_id = ?");
        values << *scope.agencyId;
    }
    if (agencyId > 0) {
        clause += QStringLiteral(" AND agency_id = ?");
        values << agencyId;
    }
    PASSERELLE_TRY(rows, Tables::committees().select(m_db, clause + QStringLiteral(" ORDER BY date, id"),
                                                     values));
    for (FollowUpCommittee &c : rows)
        PASSERELLE_CHECK(loadReviews(c));
    return rows;
}

Result<FollowUpCommittee> CommitteeRepository::get(const Scope &scope, Id id) const
{
    PASSERELLE_CHECK(require(scope, Permission::Committees));
    PASSERELLE_TRY(row, Tables::committees().byId(m_db, id));
    if (!row || !scope.allowsAgency(row->agencyId))
        return Error::notFound(tr("This follow-up committee does not exist or is not visible to you."));
    PASSERELLE_CHECK(loadReviews(*row));
    return *row;
}

Result<QList<std::pair<FollowUpCommittee, CommitteeReview>>>
CommitteeRepository::reviewsOf(const Scope &scope, Id householdId) const
{
    PASSERELLE_CHECK(checkHousehold(scope, householdId));
    PASSERELLE_TRY(reviews, Tables::committeeReviews().select(
                                m_db, QStringLiteral("WHERE household_id = ?"), {householdId}));
    QList<std::pair<FollowUpCommittee, CommitteeReview>> out;
    for (const CommitteeReview &r : std::as_const(reviews)) {
        PASSERELLE_TRY(c, Tables::committees().byId(m_db, r.committeeId));
        if (c)
            out.append({*c, r});
    }
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.first.date < b.first.date; });
    return out;
}

Status CommitteeRepository::loadReviews(FollowUpCommittee &committee) const
{
    PASSERELLE_TRY(reviews, Tables::committeeReviews().select(
                                m_db, QStringLiteral("WHERE committee_id = ? ORDER BY position, id"),
                                {committee.id}));
    committee.reviews = reviews;
    return {};
}

Status CommitteeRepository::save(const Scope &scope, FollowUpCommittee &committee) const
{
    PASSERELLE_TRY(refs, catalog());
    for (int i = 0; i < committee.reviews.size(); ++i)
        committee.reviews[i].position = i;
    PASSERELLE_CHECK(Validation::toStatus(Validation::check(committee, refs)));
    PASSERELLE_CHECK(require(scope, Permission::Committees));
    PASSERELLE_CHECK(checkAgency(scope, committee.agencyId));
    for (const CommitteeReview &r : std::as_const(committee.reviews))
        PASSERELLE_CHECK(checkHousehold(scope, r.householdId));
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    if (committee.id > 0) {
        PASSERELLE_TRY(before, get(scope, committee.id));
        const QString summary = Tables::committees().changes(before, committee).join(u"; ");
        PASSERELLE_CHECK(Tables::committees().update(m_db, committee));
        PASSERELLE_CHECK(audit(scope, QStringLiteral("update"), QStringLiteral("committee"), committee.id,
                               0, summary));
    } else {
        PASSERELLE_CHECK(Tables::committees().insert(m_db, committee));
        PASSERELLE_CHECK(audit(scope, QStringLiteral("create"), QStringLiteral("committee"), committee.id,
                               0, QString()));
    }
    PASSERELLE_CHECK(Tables::committeeReviews().syncChildren(
        m_db, &CommitteeReview::committeeId, QStringLiteral("committee_id"), committee.id,
        committee.reviews));
    // Each household's history shows that it was reviewed and what was decided.
    for (const CommitteeReview &r : std::as_const(committee.reviews)) {
        PASSERELLE_CHECK(audit(scope, QStringLiteral("update"), QStringLiteral("committee_review"), r.id,
                               r.householdId, r.decision));
    }
    return tx.commit();
}

Status CommitteeRepository::remove(const Scope &scope, Id id) const
{
    PASSERELLE_TRY(before, get(scope, id));
    Q_UNUSED(before);
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_CHECK(Tables::committees().remove(m_db, id));
    PASSERELLE_CHECK(audit(scope, QStringLiteral("delete"), QStringLiteral("committee"), id, 0, QString()));
    return tx.commit();
}

} // namespace Passerelle
