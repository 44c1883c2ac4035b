#pragma once

#include "domain/Audit.h"

namespace Passerelle::JournalChain {

/// The hash the first entry of a journal chains from (64 zeros).
QString genesis();

/// The SHA-256 (hex) of one journal entry, chained to the hash of the entry before it:
/// prev_hash, id, time (as stored: ISO 8601, UTC, seconds), account id and login, operation,
/// entity, entity id, household id and summary, separated by the unit separator (U+001F).
/// Changing any of them, or the order of the entries, changes every hash after it.
QString hashOf(const AuditEntry &entry);

/// The time as the journal stores and hashes it.
QString storedTime(const QDateTime &at);

} // namespace Passerelle::JournalChain
