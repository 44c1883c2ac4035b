#include "ReferenceRepository.h"

#include "Repository.h"

namespace Passerelle {

Result<ReferenceCatalog> ReferenceRepository::catalog() const
{
    if (auto cached = m_db.cachedCatalog())
        return *cached;
    PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT list_key, code, label, active FROM "
                                               "reference_items ORDER BY list_key, position, code")));
    auto catalog = std::make_shared<ReferenceCatalog>();
    while (q.next()) {
        ReferenceList list;
        if (ReferenceLists::fromKey(q.value(0).toString(), &list)) {
            // An entry whose code is not well formed can only come from damage.
            const QString code = q.value(1).toString();
            if (!ReferenceLists::isValidCode(code)) {
                return StoredCodes::damaged(m_db.displayName(), list,
                                            QStringLiteral("reference_items.code"));
            }
            catalog->addCustom(list, code, q.value(2).toString(), q.value(3).toInt() != 0);
        }
    }
    m_db.setCachedCatalog(catalog);
    return *catalog;
}

Status ReferenceRepository::addItem(const Scope &scope, ReferenceList list, const QString &code,
                                    const QString &label)
{
    Q_UNUSED(scope);
    if (!ReferenceLists::isExtensible(list)) {
        return Error::validation(
            tr("The list “%1” is fixed: entries cannot be added to it.").arg(ReferenceLists::title(list)));
    }
    if (!ReferenceLists::isValidCode(code)) {
        return Error::validation(tr("The code “%1” must be lower-case ASCII words joined by “_” "
                                    "(for example “jeune_majeur”), 40 characters at most.")
                                     .arg(code));
    }
    if (label.trimmed().isEmpty())
        return Error::validation(tr("The label is required."));
    PASSERELLE_TRY(refs, catalog());
    if (refs.contains(list, code))
        return Error::validation(tr("The code “%1” already exists in this list.").arg(code));
    if (auto same = refs.match(list, label))
        return Error::validation(
            tr("The label “%1” is already used by the code “%2”.").arg(label, *same));
    PASSERELLE_TRY(position, m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM "
                                                        "reference_items WHERE list_key = ?"),
                                         {ReferenceLists::key(list)}));
    m_db.setCachedCatalog(nullptr);
    PASSERELLE_TRY(q, m_db.exec(QStringLiteral("INSERT INTO reference_items (list_key, code, label, "
                                               "position, active) VALUES (?, ?, ?, ?, 1)"),
                                {ReferenceLists::key(list), code, label.trimmed(), position}));
    Q_UNUSED(q);
    return {};
}

Status ReferenceRepository::renameItem(const Scope &scope, ReferenceList list, const QString &code,
                                       const QString &label)
{
    Q_UNUSED(scope);
    if (label.trimmed().isEmpty())
        return Error::validation(tr("The label is required."));
    m_db.setCachedCatalog(nullptr);
    PASSERELLE_TRY(n, m_db.execAffected(QStringLiteral("UPDATE reference_items SET label = ? WHERE "
                                                       "list_key = ? AND code = ?"),
                                        {label.trimmed(), ReferenceLists::key(list), code}));
    if (n != 1)
        return Error::notFound(tr("Only entries added by the administrator can be renamed."));
    return {};
}

Status ReferenceRepository::setItemActive(const Scope &scope, ReferenceList list,
                                          const QString &code, bool active)
{
    Q_UNUSED(scope);
    m_db.setCachedCatalog(nullptr);
    PASSERELLE_TRY(n, m_db.execAffected(QStringLiteral("UPDATE reference_items SET active = ? WHERE "
                                                       "list_key = ? AND code = ?"),
                                        {active ? 1 : 0, ReferenceLists::key(list), code}));
    if (n != 1)
        return Error::notFound(tr("Only entries added by the administrator can be hidden."));
    return {};
}

} // namespace Passerelle
