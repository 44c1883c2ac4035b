#pragma once

#include "security/Scope.h"

#include <QObject>

namespace Passerelle {
class Database;
}

namespace Passerelle::Ui {

/// What every screen of the main window shares: the database, the acting scope, the agency the
/// user works on (a view filter; 0 = all agencies) and the notifications that keep screens in
/// step when one of them saves something.
class AppContext : public QObject
{
    Q_OBJECT

public:
    AppContext(Database &db, Scope scope, QObject *parent = nullptr);

    Database &db() const { return m_db; }
    const Scope &scope() const { return m_scope; }

    /// The agency shown by the dashboard and proposed by lists (0 = every agency).
    Id currentAgency() const { return m_agency; }
    void setCurrentAgency(Id agency);

    /// The date the screens count from (today; tests may set another).
    QDate today() const;
    void setToday(const QDate &today) { m_today = today; }

Q_SIGNALS:
    void currentAgencyChanged(Id agency);
    /// Something was saved: screens showing counts or lists reload.
    void dataChanged();
    /// A screen asks to open a household's file (on a given tab, by object name).
    void openHouseholdRequested(Id householdId, const QString &tab);
    /// The administrator changed the minutes without activity before the session locks.
    void idleLockChanged();

private:
    Database &m_db;
    Scope m_scope;
    Id m_agency = 0;
    QDate m_today;
};

} // namespace Passerelle::Ui
