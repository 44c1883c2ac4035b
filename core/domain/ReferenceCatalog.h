#pragma once

#include "ReferenceLists.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace Passerelle {

/// The reference lists as a database sees them: the built-in entries plus the entries the
/// administrator added. Matching ignores case, accents and spacing.
class ReferenceCatalog
{
public:
    ReferenceCatalog() = default;

    /// Adds an entry created by the administrator (its label is used as written).
    void addCustom(ReferenceList list, const QString &code, const QString &label, bool active);

    /// Built-in entries first, in their documented order, then the added ones.
    QList<ReferenceItem> items(ReferenceList list, bool includeInactive = false) const;
    bool contains(ReferenceList list, const QString &code) const;
    QString label(ReferenceList list, const QString &code) const;
    QString labels(ReferenceList list, const QStringList &codes) const;

    /// The code whose code, French label or displayed label matches `text`, if any.
    std::optional<QString> match(ReferenceList list, const QString &text) const;

private:
    struct Custom
    {
        ReferenceItem item;
        bool active = true;
    };
    QHash<int, QList<Custom>> m_custom;
    QHash<int, QSet<QString>> m_customCodes; ///< for contains(): one look-up per code read
};

} // namespace Passerelle
