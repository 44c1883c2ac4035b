#include "AccountRepository.h"

#include "SqlValue.h"

namespace Passerelle {

Result<bool> AccountRepository::hasAccounts() const
{
    PASSERELLE_TRY(found, m_db.scalar(QStringLiteral("SELECT 1 FROM users WHERE password_hash <> '' "
                                                     "LIMIT 1")));
    return !found.isNull();
}

Result<std::optional<User>> AccountRepository::findByLogin(const QString &login) const
{
    return Tables::users().selectOne(m_db, QStringLiteral("WHERE login = ?"), {login});
}

Result<std::optional<User>> AccountRepository::byId(Id id) const
{
    return Tables::users().byId(m_db, id);
}

Result<QList<User>> AccountRepository::list() const
{
    return Tables::users().select(m_db, QStringLiteral("ORDER BY display_name, login"), {});
}

Result<int> AccountRepository::otherActiveAdministrators(Id except) const
{
    PASSERELLE_TRY(count, m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? "
                                                     "AND active = 1 AND password_hash <> '' "
                                                     "AND id <> ?"),
                                      {QStringLiteral("administrateur"), except}));
    return count.toInt();
}

Status AccountRepository::insert(User &user) const
{
    return Tables::users().insert(m_db, user);
}

Status AccountRepository::updateProfile(const User &user) const
{
    PASSERELLE_TRY(changed,
                   m_db.execAffected(QStringLiteral("UPDATE users SET display_name = ?, role = ?, "
                                                    "agency_id = ?, partner_id = ?, email = ?, "
                                                    "phone = ? WHERE id = ?"),
                                     {Sql::toSql(user.displayName), Sql::toSql(user.role),
                                      Sql::idToSql(user.agencyId), Sql::idToSql(user.partnerId),
                                      Sql::toSql(user.email), Sql::toSql(user.phone), user.id}));
    if (changed != 1)
        return Error::notFound(tr("This user does not exist."));
    return {};
}

Status AccountRepository::setActive(Id id, bool active) const
{
    PASSERELLE_TRY(changed, m_db.execAffected(QStringLiteral("UPDATE users SET active = ? "
                                                             "WHERE id = ?"),
                                              {Sql::toSql(active), id}));
    if (changed != 1)
        return Error::notFound(tr("This user does not exist."));
    return {};
}

Status AccountRepository::recordFailure(Id id, int failedLogins, const QDateTime &lockedUntil) const
{
    PASSERELLE_TRY(changed,
                   m_db.execAffected(QStringLiteral("UPDATE users SET failed_logins = ?, "
                                                    "locked_until = ? WHERE id = ?"),
                                     {failedLogins, Sql::toSql(lockedUntil), id}));
    Q_UNUSED(changed);
    return {};
}

Status AccountRepository::recordSuccess(Id id, const QString &rehashed) const
{
    if (rehashed.isEmpty()) {
        PASSERELLE_TRY(changed, m_db.execAffected(QStringLiteral("UPDATE users SET failed_logins = "
                                                                 "0, locked_until = NULL WHERE "
                                                                 "id = ?"),
                                                  {id}));
        Q_UNUSED(changed);
        return {};
    }
    PASSERELLE_TRY(changed, m_db.execAffected(QStringLiteral("UPDATE users SET failed_logins = 0, "
                                                             "locked_until = NULL, password_hash "
                                                             "= ? WHERE id = ?"),
                                              {rehashed, id}));
    Q_UNUSED(changed);
    return {};
}

Status AccountRepository::setPassword(Id id, const QString &passwordHash,
                                      const QDateTime &changedAt) const
{
    PASSERELLE_TRY(changed,
                   m_db.execAffected(QStringLiteral("UPDATE users SET password_hash = ?, "
                                                    "password_changed_at = ?, failed_logins = 0, "
                                                    "locked_until = NULL WHERE id = ?"),
                                     {passwordHash, Sql::toSql(changedAt), id}));
    if (changed != 1)
        return Error::notFound(tr("This user does not exist."));
    return {};
}

} // namespace Passerelle
