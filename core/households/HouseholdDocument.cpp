#include "HouseholdDocument.h"

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

} // namespace Passerelle
