#include "StoredCodes.h"

#include "Database.h"
#include "ReferenceRepository.h"

namespace Passerelle {

namespace {

// At most this many codes remembered by list (the lists have about ten).
constexpr std::size_t SeenPerList = 16;

} // namespace

StoredCodes::StoredCodes(ReferenceCatalog catalog, QString databaseName)
    : m_catalog(std::move(catalog)), m_databaseName(std::move(databaseName))
{
}

bool StoredCodes::isKnown(ReferenceList list, QStringView code) const
{
    const auto index = std::size_t(list);
    if (index >= m_seen.size())
        m_seen.resize(index + 1);
    std::vector<QString> &seen = m_seen[index];
    for (const QString &known : seen) {
        if (known == code)
            return true;
    }
    QString text = code.toString();
    if (!m_catalog.contains(list, text))
        return false;
    if (seen.size() < SeenPerList)
        seen.push_back(std::move(text));
    return true;
}

Result<StoredCodes> StoredCodes::of(Database &db)
{
    PASSERELLE_TRY(catalog, ReferenceRepository(db).catalog());
    return StoredCodes(std::move(catalog), db.displayName());
}

Result<QString> StoredCodes::code(ReferenceList list, const QVariant &value,
                                  const char *where) const
{
    QString text = value.isNull() ? QString() : value.toString();
    if (!text.isEmpty() && !isKnown(list, text))
        return damaged(list, QString::fromLatin1(where));
    return text;
}

Result<QStringList> StoredCodes::codes(ReferenceList list, const QVariant &value,
                                       const char *where) const
{
    const QString text = value.isNull() ? QString() : value.toString();
    if (text.isEmpty())
        return QStringList();
    QStringList result = text.split(u'|');
    for (const QString &code : std::as_const(result)) {
        if (!isKnown(list, code))
            return damaged(list, QString::fromLatin1(where));
    }
    return result;
}

Status StoredCodes::check(ReferenceList list, bool multiple, const QVariant &value,
                          const QString &where) const
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    if (!multiple)
        return isKnown(list, text) ? Status() : Status(damaged(list, where));
    for (const QStringView code : QStringView(text).split(u'|')) {
        if (!isKnown(list, code))
            return damaged(list, where);
    }
    return {};
}

Error StoredCodes::damaged(const QString &databaseName, ReferenceList list, const QString &where)
{
    // The value itself is not quoted: it may be anything, household data included.
    return Error::storage(tr("The database “%1” is damaged: it holds a value that is not in the "
                             "list “%2”. Nothing was computed from it. Run “passerelle check”, "
                             "then restore the latest backup, or ask your administrator.")
                              .arg(databaseName, ReferenceLists::title(list)),
                          QStringLiteral("unknown code in ") + where + QStringLiteral(" (list ")
                              + ReferenceLists::key(list) + u')');
}

} // namespace Passerelle
