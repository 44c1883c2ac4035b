#include "AppContext.h"
#include "Clock.h"

#include <QDate>

namespace Passerelle::Ui {

AppContext::AppContext(Database &db, Scope scope, QObject *parent)
    : QObject(parent), m_db(db), m_scope(std::move(scope))
{
    if (m_scope.agencyId)
        m_agency = *m_scope.agencyId;
}

void AppContext::setCurrentAgency(Id agency)
{
    if (m_scope.agencyId)
        agency = *m_scope.agencyId; // a user of one agency stays on hers
    if (agency == m_agency)
        return;
    m_agency = agency;
    Q_EMIT currentAgencyChanged(agency);
}

QDate AppContext::today() const
{
    return m_today.isValid() ? m_today : Clock::today();
}

} // namespace Passerelle::Ui
