#include "HouseholdDocument.h"

#include "storage/CommitteeRepository.h"
#include "storage/Repository.h"

#include "storage/HouseholdFileRepository.h"

namespace Passerelle {

HouseholdDocument::HouseholdDocument(Database &db, Scope scope, QObject *parent)
    : EditDocument<HouseholdFile>(parent), m_db(db), m_scope(std::move(scope))
{
}

Status HouseholdDocument::open(Id householdId)
{
    PASSERELLE_TRY(file, HouseholdFileRepository(m_db).load(m_scope, householdId));
    reset(file);
    return {};
}

Status HouseholdDocument::save()
{
    PASSERELLE_TRY(saved, HouseholdFileRepository(m_db).save(m_scope, stored(), edited()));
    reset(saved);
    return {};
}

Status HouseholdDocument::refreshCommitteeReviews()
{
    const Id householdId = stored().household.id;
    if (householdId <= 0 || !m_scope.may(Permission::ReadInternalNotes))
        return {};
    PASSERELLE_TRY(reviews, CommitteeRepository(m_db).reviewsOf(m_scope, householdId));
    PASSERELLE_TRY(history, AuditRepository(m_db).forHousehold(m_scope, householdId));
    refreshUnedited([&reviews, &history](HouseholdFile &f) {
        f.committeeReviews = reviews;
        f.history = history;
    });
    return {};
}

} // namespace Passerelle
