#pragma once

#include "Types.h"

namespace Passerelle {

/// A person who uses Passerelle. Roles come from ReferenceList::UserRole.
struct User
{
    Id id = 0;
    QString login;
    QString displayName;
    QString role;    ///< cesf, responsable_pole_social, charge_mission, referent_partenaire, administrateur
    Id agencyId = 0; ///< the agency of a CESF; 0 for head-office roles
    Id partnerId = 0; ///< the association of a partner referent
    QString email;
    QString phone;
    bool active = true;
    QString passwordHash; ///< empty until accounts are set up
    QDateTime createdAt;

    bool operator==(const User &) const = default;
};

} // namespace Passerelle
