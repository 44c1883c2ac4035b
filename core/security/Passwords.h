#pragma once

#include "Result.h"

#include <QString>

namespace Passerelle::Passwords {

/// The cost of a hash: libsodium's operations and memory limits for Argon2id.
struct Cost
{
    unsigned long long opsLimit = 0;
    size_t memLimit = 0;
};

/// The cost Passerelle hashes with: libsodium's "interactive" limits (2 passes over 64 MiB,
/// about a tenth of a second on a desktop), the level libsodium recommends for an online login.
/// The lock after 5 failures (Accounts) is what stops guessing at the login; this cost is what
/// slows down guessing from a stolen copy of the base. Raise it here: every account is hashed
/// again at its next login (needsRehash()).
Cost defaultCost();
/// The lowest cost libsodium accepts (tests of the rehash only).
Cost minimumCost();

/// An Argon2id hash of `password` in libsodium's string format ("$argon2id$v=19$m=…"), with a
/// random salt. The password is never stored, logged nor put in a message.
Result<QString> hash(const QString &password, const Cost &cost = defaultCost());
/// True when `password` matches `storedHash` (false for an empty or malformed hash).
bool verify(const QString &storedHash, const QString &password);
/// True when `storedHash` was made with a cost other than `cost` (it was raised since).
bool needsRehash(const QString &storedHash, const Cost &cost = defaultCost());

} // namespace Passerelle::Passwords
