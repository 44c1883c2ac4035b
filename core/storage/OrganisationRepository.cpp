#include "OrganisationRepository.h"

namespace Passerelle {
namespace {

const QStringList &columns()
{
    static const QStringList c = {
        QStringLiteral("name"),           QStringLiteral("address"),
        QStringLiteral("postal_code"),    QStringLiteral("city"),
        QStringLiteral("phone"),          QStringLiteral("email"),
        QStringLiteral("website"),        QStringLiteral("signatory_name"),
        QStringLiteral("signatory_title"), QStringLiteral("dpo_contact"),
        QStringLiteral("logo"),           QStringLiteral("logo_mime_type")};
    return c;
}

QVariantList values(const Organisation &o)
{
    using Sql::toSql;
    return {toSql(o.name),          toSql(o.address),        toSql(o.postalCode),
            toSql(o.city),          toSql(o.phone),          toSql(o.email),
            toSql(o.website),       toSql(o.signatoryName),  toSql(o.signatoryTitle),
            toSql(o.dpoContact),    toSql(o.logo),           toSql(o.logoMimeType)};
}

} // namespace

Result<Organisation> OrganisationRepository::get() const
{
    PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT ") + columns().join(u", ")
                                + QStringLiteral(" FROM organisation WHERE id = 1")));
    Organisation o;
    if (!q.next())
        return o;
    using Sql::fromSql;
    o.name = fromSql<QString>(q.value(0));
    o.address = fromSql<QString>(q.value(1));
    o.postalCode = fromSql<QString>(q.value(2));
    o.city = fromSql<QString>(q.value(3));
    o.phone = fromSql<QString>(q.value(4));
    o.email = fromSql<QString>(q.value(5));
    o.website = fromSql<QString>(q.value(6));
    o.signatoryName = fromSql<QString>(q.value(7));
    o.signatoryTitle = fromSql<QString>(q.value(8));
    o.dpoContact = fromSql<QString>(q.value(9));
    o.logo = fromSql<QByteArray>(q.value(10));
    o.logoMimeType = fromSql<QString>(q.value(11));
    return o;
}

Status OrganisationRepository::save(const Scope &scope, const Organisation &organisation)
{
    if (organisation.name.trimmed().isEmpty())
        return Error::validation(tr("The landlord's name is required."));
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_CHECK(store(m_db, organisation));
    PASSERELLE_CHECK(audit(scope, QStringLiteral("update"), QStringLiteral("organisation"), 1, 0,
                           QString()));
    return tx.commit();
}

Status OrganisationRepository::store(Database &db, const Organisation &organisation)
{
    PASSERELLE_TRY(exists, db.scalar(QStringLiteral("SELECT COUNT(*) FROM organisation")));
    QVariantList vals = values(organisation);
    if (exists.toInt() == 0) {
        QStringList marks;
        for (int i = 0; i < columns().size(); ++i)
            marks << QStringLiteral("?");
        PASSERELLE_TRY(q, db.exec(QStringLiteral("INSERT INTO organisation (id, ")
                                        + columns().join(u", ") + QStringLiteral(") VALUES (1, ")
                                        + marks.join(u", ") + u')',
                                    vals));
        Q_UNUSED(q);
    } else {
        QStringList sets;
        for (const QString &c : columns())
            sets << c + QStringLiteral(" = ?");
        PASSERELLE_TRY(q, db.exec(QStringLiteral("UPDATE organisation SET ") + sets.join(u", ")
                                        + QStringLiteral(" WHERE id = 1"),
                                    vals));
        Q_UNUSED(q);
    }
    return {};
}

Result<QString> OrganisationRepository::setting(const QString &key, const QString &fallback) const
{
    PASSERELLE_TRY(v, m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}));
    return v.isNull() ? fallback : v.toString();
}

Status OrganisationRepository::setSetting(const Scope &scope, const QString &key,
                                          const QString &value)
{
    Q_UNUSED(scope);
    PASSERELLE_TRY(q, m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                {key, Sql::toSql(value)})); // never NULL
    Q_UNUSED(q);
    return {};
}

} // namespace Passerelle
