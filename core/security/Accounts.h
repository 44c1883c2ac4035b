#pragma once

#include "Result.h"
#include "Scope.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace Passerelle {

class Database;

/// Accounts and login. A base where no user has a password has no accounts: it is used by one
/// person, with every right (Scope::everything). Once a user has one, whoever acts logs in:
/// - a password is checked against its Argon2id hash (Passwords); the hash is made again at
///   login when the cost was raised;
/// - 5 failures in a row lock the account for 15 minutes (users.locked_until), a disabled
///   account cannot log in, an unknown login and a wrong password get the same message;
/// - every login, failed login and lock is journaled under the account; so are the changes of
///   accounts (creation, role, agency, association, activation, password reset), with role
///   labels and never a password nor its hash;
/// - the very first account of a base must be an administrator's (so that someone may manage
///   the others); a base keeps at least one active administrator.
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)

public:
    using Clock = std::function<QDateTime()>;

    static constexpr int MaxFailures = 5;
    static constexpr int LockMinutes = 15;
    static constexpr int DefaultIdleMinutes = 10;

    /// `clock` gives the current time (UTC); the system clock by default (tests pass theirs).
    explicit Accounts(Database &db, Clock clock = {});

    /// True when the base has accounts (a user with a password).
    Result<bool> hasAccounts() const;
    /// The scope of `login` when `password` is right and the account may log in.
    Result<Scope> login(const QString &login, const QString &password) const;
    /// The same account typing its password again after the idle lock: failures count toward
    /// the lockout as at login.
    Result<Scope> unlock(const Scope &session, const QString &password) const;

    /// Every account (ManageUsers).
    Result<QList<User>> list(const Scope &actor) const;
    /// Creates an account with `password` (checked against PasswordPolicy) and gives it back
    /// with its id.
    Result<User> add(const Scope &actor, User user, const QString &password) const;
    /// Stores a new password chosen by an administrator (PasswordPolicy); the lock is lifted.
    Status resetPassword(const Scope &actor, Id userId, const QString &password) const;
    /// Disables or enables an account.
    Status setActive(const Scope &actor, Id userId, bool active) const;
    /// Changes the name, contact details, role, agency, association or activation of an
    /// account (never its login nor its password).
    Status update(const Scope &actor, const User &user) const;

    /// Minutes without input before the application locks (database-wide setting).
    Result<int> idleLockMinutes() const;
    Status setIdleLockMinutes(const Scope &actor, int minutes) const;
    static constexpr int MinIdleMinutes = 1;
    static constexpr int MaxIdleMinutes = 60;

    /// The French sentence of a lock (with the time it ends, local time).
    static QString lockedMessage(const QDateTime &until);

private:
    Result<Scope> authenticate(const QString &login, const QString &password,
                               const QString &what) const;
    Status checkProfile(const User &user) const;
    QDateTime now() const;

    Database &m_db;
    Clock m_clock;
};

} // namespace Passerelle
