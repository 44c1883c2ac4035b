#include "ReferenceCatalog.h"

namespace Passerelle {

void ReferenceCatalog::addCustom(ReferenceList list, const QString &code, const QString &label,
                                 bool active)
{
    m_custom[int(list)].append({ReferenceItem{code, label, label, false}, active});
    m_customCodes[int(list)].insert(code);
}

QList<ReferenceItem> ReferenceCatalog::items(ReferenceList list, bool includeInactive) const
{
    QList<ReferenceItem> result = ReferenceLists::builtIn(list);
    for (const Custom &c : m_custom.value(int(list))) {
        if (c.active || includeInactive)
            result << c.item;
    }
    return result;
}

bool ReferenceCatalog::contains(ReferenceList list, const QString &code) const
{
    if (ReferenceLists::isBuiltIn(list, code))
        return true;
    const auto custom = m_customCodes.constFind(int(list));
    return custom != m_customCodes.cend() && custom->contains(code);
}

QString ReferenceCatalog::label(ReferenceList list, const QString &code) const
{
    if (ReferenceLists::isBuiltIn(list, code))
        return ReferenceLists::label(list, code);
    for (const Custom &c : m_custom.value(int(list))) {
        if (c.item.code == code)
            return c.item.label;
    }
    return code;
}

QString ReferenceCatalog::labels(ReferenceList list, const QStringList &codes) const
{
    QStringList out;
    for (const QString &code : codes)
        out << label(list, code);
    return out.join(QStringLiteral(", "));
}

std::optional<QString> ReferenceCatalog::match(ReferenceList list, const QString &text) const
{
    const QString key = ReferenceLists::normalizedKey(text);
    if (key.isEmpty())
        return std::nullopt;
    const QList<ReferenceItem> all = items(list, true);
    for (const ReferenceItem &item : all) {
        if (ReferenceLists::normalizedKey(item.code) == key)
            return item.code;
    }
    for (const ReferenceItem &item : all) {
        if (ReferenceLists::normalizedKey(item.frenchLabel) == key
            || ReferenceLists::normalizedKey(item.label) == key)
            return item.code;
    }
    return std::nullopt;
}

} // namespace Passerelle
