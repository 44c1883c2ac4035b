#pragma once

#include "Repository.h"
#include "domain/User.h"

namespace Passerelle {

/// The SQL of accounts: passwords, failed logins and locks, activation, roles. The rules
/// (policy, lockout, who may do what, journal) are in Accounts (security/Accounts.h).
class AccountRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)

public:
    using Repository::Repository;

    /// True when at least one user has a password: the base then asks who acts.
    Result<bool> hasAccounts() const;
    Result<std::optional<User>> findByLogin(const QString &login) const;
    Result<std::optional<User>> byId(Id id) const;
    /// Every user, by name.
    Result<QList<User>> list() const;
    /// Active administrators who may log in (have a password), other than `except`.
    Result<int> otherActiveAdministrators(Id except) const;

    Status insert(User &user) const;
    /// Name, contact details, role, agency and association (never the password nor the lock).
    Status updateProfile(const User &user) const;
    Status setActive(Id id, bool active) const;
    /// A failed login: the count of failures in a row, and the lock (invalid: none).
    Status recordFailure(Id id, int failedLogins, const QDateTime &lockedUntil) const;
    /// A successful login: failures forgotten, and the hash replaced when it was made again
    /// with a higher cost (`rehashed` not empty).
    Status recordSuccess(Id id, const QString &rehashed) const;
    /// A new password: failures and lock forgotten.
    Status setPassword(Id id, const QString &passwordHash, const QDateTime &changedAt) const;

    /// Access error, journaled, unless `scope` may `permission` (Repository::require).
    Status requirePermission(const Scope &scope, Permission permission) const
    {
        return require(scope, permission);
    }
    /// Appends an entry about account `userId` to the journal.
    Status journal(const Scope &scope, const QString &operation, Id userId,
                   const QString &summary) const
    {
        return audit(scope, operation, QStringLiteral("user"), userId, 0, summary);
    }
};

} // namespace Passerelle
