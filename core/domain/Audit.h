#pragma once

#include "Types.h"

namespace Passerelle {

/// One line of the audit journal: who read or changed which record of which household, when.
struct AuditEntry
{
    Id id = 0;
    QDateTime at; ///< UTC
    Id userId = 0;
    QString login;
    QString operation; ///< read, create, update, delete, export, print, login, login_failed,
                       ///< lockout, refused, backup, restore, retention, purge...
    QString entity;    ///< household, member, support, contact...
    Id entityId = 0;
    Id householdId = 0;
    QString summary; ///< what changed: field names and coded values (never free text or identity)
    QString prevHash; ///< the hash of the entry before (JournalChain)
    QString hash;     ///< the hash of this entry, chained to prevHash

    bool operator==(const AuditEntry &) const = default;
};

} // namespace Passerelle
