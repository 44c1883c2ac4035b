#pragma once

#include "domain/Types.h"

namespace Passerelle {

/// Who acts, and which households they may see: one agency, or all agencies. Every repository
/// read and write takes a Scope, so that access control only has to build the right one.
struct Scope
{
    Id userId = 0;
    QString login;               ///< recorded in the audit journal
    std::optional<Id> agencyId;  ///< empty: every agency

    static Scope everything(QString login, Id userId = 0)
    {
        Scope s;
        s.userId = userId;
        s.login = std::move(login);
        return s;
    }
    static Scope agency(Id agency, QString login, Id userId = 0)
    {
        Scope s = everything(std::move(login), userId);
        s.agencyId = agency;
        return s;
    }

    bool coversAllAgencies() const { return !agencyId.has_value(); }
    bool allowsAgency(Id agency) const { return !agencyId || *agencyId == agency; }
};

} // namespace Passerelle
