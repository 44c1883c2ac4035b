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
    QString passwordHash; ///< Argon2id (libsodium's crypto_pwhash_str); empty: cannot log in
    QDateTime createdAt;
    int failedLogins = 0;        ///< failed logins in a row
    QDateTime lockedUntil;       ///< locked after too many failures, until then (UTC)
    QDateTime passwordChangedAt;

    bool operator==(const User &) const = default;
};

} // namespace Passerelle
