#include "Accounts.h"

#include "storage/ServerAccounts.h"

#include "PasswordPolicy.h"
#include "Passwords.h"
#include "storage/AccountRepository.h"
#include "storage/DirectoryRepositories.h"
#include "storage/OrganisationRepository.h"
#include "storage/ReferenceRepository.h"

#include <QLocale>

namespace Passerelle {
namespace {

const QString &idleKey()
{
    static const QString key = QStringLiteral("idle_lock_minutes");
    return key;
}

/// The journal's account for an entry about `user` (who tried, or who logged in).
Scope journalScope(const User &user)
{
    return Scope::forUser(user);
}

/// A hash made once, to spend the same time on an unknown login as on a wrong password.
const QString &decoyHash()
{
    static const QString hash = Passwords::hash(QStringLiteral("decoy")).valueOr(QString());
    return hash;
}

} // namespace

Accounts::Accounts(Database &db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

QDateTime Accounts::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

Result<bool> Accounts::hasAccounts() const
{
    return AccountRepository(m_db).hasAccounts();
}

QString Accounts::lockedMessage(const QDateTime &until)
{
    const QDateTime local = until.toLocalTime();
    QString time = QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    if (local.date() != QDate::currentDate()) {
        time = tr("%1 on %2", "a time on a day")
                   .arg(time, QLocale().toString(local.date(), QStringLiteral("dd/MM/yyyy")));
    }
    return tr("After %1 failed attempts, this account is locked until %2. Try again then, or ask "
              "an administrator to reset the password.")
        .arg(MaxFailures)
        .arg(time);
}

Result<Scope> Accounts::login(const QString &login, const QString &password) const
{
    return authenticate(login.trimmed(), password, QString());
}

Result<Scope> Accounts::unlock(const Scope &session, const QString &password) const
{
    return authenticate(session.login, password, QStringLiteral("unlock"));
}

Result<Scope> Accounts::authenticate(const QString &login, const QString &password,
                                     const QString &what) const
{
    const Error wrong = Error::access(
        tr("Wrong login or password. Check them and try again (after %1 failures in a row the "
           "account is locked for %2 minutes).")
            .arg(MaxFailures)
            .arg(LockMinutes));
    AccountRepository repo(m_db);
    PASSERELLE_TRY(found, repo.findByLogin(login));
    const QDateTime at = now();
    if (!found || found->passwordHash.isEmpty()) {
        // As long as a wrong password, so that the answer does not tell which logins exist.
        Passwords::verify(decoyHash(), password);
        // Not the login typed: it may be a password typed in the wrong field.
        Scope unknown = Scope::everything(QStringLiteral("?"));
        unknown.role = Role::Cesf;
        PASSERELLE_CHECK(repo.journal(unknown, QStringLiteral("login_failed"),
                                      found ? found->id : 0, QStringLiteral("unknown login")));
        return wrong;
    }
    const User user = *found;
    const Scope who = journalScope(user);
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    if (user.lockedUntil.isValid() && user.lockedUntil > at) {
        PASSERELLE_CHECK(repo.journal(who, QStringLiteral("login_failed"), user.id,
                                      QStringLiteral("locked")));
        PASSERELLE_CHECK(tx.commit());
        return Error::access(lockedMessage(user.lockedUntil));
    }
    if (!Passwords::verify(user.passwordHash, password)) {
        const int failures = user.failedLogins + 1;
        PASSERELLE_CHECK(repo.journal(who, QStringLiteral("login_failed"), user.id,
                                      QStringLiteral("wrong password (%1/%2)")
                                          .arg(failures)
                                          .arg(MaxFailures)));
        if (failures >= MaxFailures) {
            const QDateTime until = at.addSecs(qint64(LockMinutes) * 60);
            PASSERELLE_CHECK(repo.recordFailure(user.id, 0, until));
            PASSERELLE_CHECK(repo.journal(who, QStringLiteral("lockout"), user.id,
                                          QStringLiteral("locked for %1 minutes after %2 "
                                                         "failures")
                                              .arg(LockMinutes)
                                              .arg(MaxFailures)));
            PASSERELLE_CHECK(tx.commit());
            return Error::access(lockedMessage(until));
        }
        PASSERELLE_CHECK(repo.recordFailure(user.id, failures, QDateTime()));
        PASSERELLE_CHECK(tx.commit());
        return wrong;
    }
    if (!user.active) {
        PASSERELLE_CHECK(repo.journal(who, QStringLiteral("login_failed"), user.id,
                                      QStringLiteral("disabled account")));
        PASSERELLE_CHECK(tx.commit());
        return Error::access(tr("This account is disabled. Ask an administrator to enable it "
                                "again."));
    }
    QString rehashed;
    if (Passwords::needsRehash(user.passwordHash)) {
        // The cost was raised since this hash was made: the password is here, hash it again.
        PASSERELLE_TRY(fresh, Passwords::hash(password));
        rehashed = fresh;
    }
    PASSERELLE_CHECK(repo.recordSuccess(user.id, rehashed));
    QString summary = what.isEmpty() ? QStringLiteral("login") : what;
    if (!rehashed.isEmpty())
        summary += QStringLiteral("; password hash renewed");
    PASSERELLE_CHECK(repo.journal(who, QStringLiteral("login"), user.id, summary));
    PASSERELLE_CHECK(tx.commit());
    return who;
}

Result<QList<User>> Accounts::list(const Scope &actor) const
{
    AccountRepository repo(m_db);
    PASSERELLE_CHECK(repo.requirePermission(actor, Permission::ManageUsers));
    return repo.list();
}

Status Accounts::checkProfile(const User &user) const
{
    PASSERELLE_TRY(refs, ReferenceRepository(m_db).catalog());
    PASSERELLE_CHECK(Validation::toStatus(Validation::check(user, refs)));
    if (user.role == u"referent_partenaire" && user.partnerId <= 0)
        return Error::validation(tr("A partner's referent belongs to an association: choose it."));
    if (user.role != u"cesf" && user.role != u"referent_partenaire"
        && (user.agencyId > 0 || user.partnerId > 0)) {
        // Head-office roles see every agency: an agency would suggest otherwise.
        return Error::validation(tr("Head-office roles belong to no agency and no association: "
                                    "leave them empty."));
    }
    if (user.role == u"cesf" && user.partnerId > 0)
        return Error::validation(tr("A CESF advisor belongs to an agency, not to an association."));
    if (user.role == u"referent_partenaire" && user.agencyId > 0)
        return Error::validation(tr("A partner's referent belongs to an association, not to an "
                                    "agency."));
    return {};
}

Result<User> Accounts::add(const Scope &actor, User user, const QString &password) const
{
    AccountRepository repo(m_db);
    PASSERELLE_CHECK(repo.requirePermission(actor, Permission::ManageUsers));
    user.id = 0;
    user.login = user.login.trimmed();
    user.displayName = user.displayName.trimmed();
    PASSERELLE_CHECK(checkProfile(user));
    if (const QString problem = PasswordPolicy::problem(password); !problem.isEmpty())
        return Error::validation(problem);
    PASSERELLE_TRY(hash, Passwords::hash(password));
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_TRY(existing, repo.findByLogin(user.login));
    if (existing)
        return Error::validation(tr("The login “%1” is already used: choose another one.")
                                     .arg(user.login));
    PASSERELLE_TRY(has, repo.hasAccounts());
    if (!has && user.role != u"administrateur") {
        return Error::validation(tr("The first account of a base is an administrator's, who "
                                    "then creates the others. Create an administrator first."));
    }
    user.passwordHash = hash;
    user.failedLogins = 0;
    user.lockedUntil = QDateTime();
    user.createdAt = now();
    user.passwordChangedAt = user.createdAt;
    PASSERELLE_CHECK(repo.insert(user));
    // On a shared server, the account is also a database role: the server's row-level
    // security applies to it, whatever program it connects with.
    if (m_db.backend() == Backend::Postgres)
        PASSERELLE_CHECK(ServerAccounts::createAccountRole(m_db, user.login, password));
    PASSERELLE_TRY(refs, ReferenceRepository(m_db).catalog());
    PASSERELLE_CHECK(repo.journal(actor, QStringLiteral("create"), user.id,
                                  QStringLiteral("role: %1")
                                      .arg(refs.label(ReferenceList::UserRole, user.role))));
    PASSERELLE_CHECK(tx.commit());
    return user;
}

Status Accounts::resetPassword(const Scope &actor, Id userId, const QString &password) const
{
    AccountRepository repo(m_db);
    // Everyone may change their own password; other accounts' are the administrator's.
    if (actor.userId != userId || userId == 0)
        PASSERELLE_CHECK(repo.requirePermission(actor, Permission::ManageUsers));
    if (const QString problem = PasswordPolicy::problem(password); !problem.isEmpty())
        return Error::validation(problem);
    PASSERELLE_TRY(hash, Passwords::hash(password));
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_TRY(user, repo.byId(userId));
    if (!user)
        return Error::notFound(tr("This user does not exist."));
    if (user->passwordHash.isEmpty() && user->role != u"administrateur") {
        PASSERELLE_TRY(has, repo.hasAccounts());
        if (!has) {
            return Error::validation(tr("The first account of a base is an administrator's, who "
                                        "then creates the others. Create an administrator "
                                        "first."));
        }
    }
    PASSERELLE_CHECK(repo.setPassword(userId, hash, now()));
    if (m_db.backend() == Backend::Postgres) {
        PASSERELLE_TRY(exists, ServerAccounts::accountRoleExists(m_db, user->login));
        PASSERELLE_CHECK(exists ? ServerAccounts::setAccountRolePassword(m_db, user->login, password)
                                : ServerAccounts::createAccountRole(m_db, user->login, password));
    }
    PASSERELLE_CHECK(repo.journal(actor, QStringLiteral("update"), userId,
                                  QStringLiteral("password reset")));
    return tx.commit();
}

Status Accounts::setActive(const Scope &actor, Id userId, bool active) const
{
    AccountRepository repo(m_db);
    PASSERELLE_CHECK(repo.requirePermission(actor, Permission::ManageUsers));
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_TRY(user, repo.byId(userId));
    if (!user)
        return Error::notFound(tr("This user does not exist."));
    if (user->active == active)
        return {};
    if (!active && user->role == u"administrateur" && !user->passwordHash.isEmpty()) {
        PASSERELLE_TRY(others, repo.otherActiveAdministrators(userId));
        if (others == 0) {
            return Error::validation(tr("This is the last active administrator: create or enable "
                                        "another administrator first."));
        }
    }
    PASSERELLE_CHECK(repo.setActive(userId, active));
    // A disabled account's database role can no longer log in (a new password enables it).
    if (!active && m_db.backend() == Backend::Postgres)
        PASSERELLE_CHECK(ServerAccounts::disableAccountRole(m_db, user->login));
    PASSERELLE_CHECK(repo.journal(actor, QStringLiteral("update"), userId,
                                  active ? QStringLiteral("active: no → yes")
                                         : QStringLiteral("active: yes → no")));
    return tx.commit();
}

Status Accounts::update(const Scope &actor, const User &changed) const
{
    AccountRepository repo(m_db);
    PASSERELLE_CHECK(repo.requirePermission(actor, Permission::ManageUsers));
    User user = changed;
    user.displayName = user.displayName.trimmed();
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_TRY(before, repo.byId(user.id));
    if (!before)
        return Error::notFound(tr("This user does not exist."));
    user.login = before->login; // a login never changes: the journal is kept under it
    PASSERELLE_CHECK(checkProfile(user));
    const bool stillAdministrator = user.role == u"administrateur" && user.active;
    if (before->role == u"administrateur" && !stillAdministrator && before->active
        && !before->passwordHash.isEmpty()) {
        PASSERELLE_TRY(others, repo.otherActiveAdministrators(user.id));
        if (others == 0) {
            return Error::validation(tr("This is the last active administrator: create or enable "
                                        "another administrator first."));
        }
    }
    PASSERELLE_TRY(refs, ReferenceRepository(m_db).catalog());
    QStringList summary;
    if (before->role != user.role) {
        summary << QStringLiteral("role: %1 → %2")
                       .arg(refs.label(ReferenceList::UserRole, before->role),
                            refs.label(ReferenceList::UserRole, user.role));
    }
    const auto nameOf = [&](auto repository, Id id) -> QString {
        if (id <= 0)
            return QStringLiteral("∅");
        auto record = repository.get(id);
        return record ? record->name : QString::number(id);
    };
    if (before->agencyId != user.agencyId) {
        summary << QStringLiteral("agency: %1 → %2")
                       .arg(nameOf(AgencyRepository(m_db), before->agencyId),
                            nameOf(AgencyRepository(m_db), user.agencyId));
    }
    if (before->partnerId != user.partnerId) {
        summary << QStringLiteral("partner: %1 → %2")
                       .arg(nameOf(PartnerRepository(m_db), before->partnerId),
                            nameOf(PartnerRepository(m_db), user.partnerId));
    }
    // Staff names and contact details: said changed, not quoted.
    if (before->displayName != user.displayName)
        summary << QStringLiteral("display_name");
    if (before->email != user.email)
        summary << QStringLiteral("email");
    if (before->phone != user.phone)
        summary << QStringLiteral("phone");
    if (before->active != user.active)
        summary << (user.active ? QStringLiteral("active: no → yes")
                                : QStringLiteral("active: yes → no"));
    if (summary.isEmpty())
        return {};
    PASSERELLE_CHECK(repo.updateProfile(user));
    if (before->active != user.active)
        PASSERELLE_CHECK(repo.setActive(user.id, user.active));
    PASSERELLE_CHECK(repo.journal(actor, QStringLiteral("update"), user.id,
                                  summary.join(QStringLiteral("; "))));
    return tx.commit();
}

Result<int> Accounts::idleLockMinutes() const
{
    PASSERELLE_TRY(text, OrganisationRepository(m_db).setting(
                             idleKey(), QString::number(DefaultIdleMinutes)));
    bool ok = false;
    const int minutes = text.toInt(&ok);
    if (!ok || minutes < MinIdleMinutes || minutes > MaxIdleMinutes)
        return DefaultIdleMinutes;
    return minutes;
}

Status Accounts::setIdleLockMinutes(const Scope &actor, int minutes) const
{
    AccountRepository repo(m_db);
    PASSERELLE_CHECK(repo.requirePermission(actor, Permission::ManageUsers));
    if (minutes < MinIdleMinutes || minutes > MaxIdleMinutes) {
        return Error::validation(tr("The lock after inactivity is between %1 and %2 minutes.")
                                     .arg(MinIdleMinutes)
                                     .arg(MaxIdleMinutes));
    }
    PASSERELLE_TRY(before, idleLockMinutes());
    if (before == minutes)
        return {};
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_CHECK(OrganisationRepository(m_db).setSetting(actor, idleKey(),
                                                              QString::number(minutes)));
    PASSERELLE_CHECK(AuditRepository(m_db).record(actor, QStringLiteral("update"),
                                                  QStringLiteral("setting"), 0, 0,
                                                  QStringLiteral("idle_lock_minutes: %1 → %2")
                                                      .arg(before)
                                                      .arg(minutes)));
    return tx.commit();
}

} // namespace Passerelle
