#pragma once

#include "domain/Action.h"
#include "domain/Agency.h"
#include "domain/Partner.h"
#include "domain/ReferenceCatalog.h"
#include "domain/User.h"
#include "Result.h"

namespace Passerelle {
class Database;
}

namespace Passerelle::Ui {

/// The reference data a form offers in its choices: reference lists, agencies, actions,
/// partners and users. Loaded once per window.
struct Lookups
{
    ReferenceCatalog catalog;
    QList<Agency> agencies;
    QList<Action> actions;
    QList<Partner> partners;
    QList<User> users;

    static Result<Lookups> load(Database &db);

    QString agencyName(Id id) const;
    QString actionCode(Id id) const;
    QString actionName(Id id) const;
    QString partnerName(Id id) const;
    QString userName(Id id) const;

    QList<std::pair<Id, QString>> agencyChoices() const;
    QList<std::pair<Id, QString>> actionChoices() const;
    QList<std::pair<Id, QString>> partnerChoices() const;
    /// CESF advisors (of `agency` first when given).
    QList<std::pair<Id, QString>> cesfChoices(Id agency = 0) const;
};

} // namespace Passerelle::Ui
