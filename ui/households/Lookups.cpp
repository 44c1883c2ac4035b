#include "Lookups.h"

#include "storage/DirectoryRepositories.h"
#include "storage/ReferenceRepository.h"

namespace Passerelle::Ui {

Result<Lookups> Lookups::load(Database &db)
{
    PASSERELLE_TRY(catalog, ReferenceRepository(db).catalog());
    PASSERELLE_TRY(agencies, AgencyRepository(db).list());
    PASSERELLE_TRY(actions, ActionRepository(db).list());
    PASSERELLE_TRY(partners, PartnerRepository(db).list());
    PASSERELLE_TRY(users, UserRepository(db).list());
    return Lookups{catalog, agencies, actions, partners, users};
}

namespace {

template <typename T, typename F>
QString field(const QList<T> &list, Id id, F f)
{
    for (const T &item : list) {
        if (item.id == id)
            return f(item);
    }
    return {};
}

/// The records of `list` still in use, by name.
template <typename T>
QList<std::pair<Id, QString>> activeChoices(const QList<T> &list)
{
    QList<std::pair<Id, QString>> out;
    for (const T &item : list) {
        if (item.active)
            out.append({item.id, item.name});
    }
    return out;
}

} // namespace

QString Lookups::agencyName(Id id) const
{
    return field(agencies, id, [](const Agency &a) { return a.name; });
}
QString Lookups::actionCode(Id id) const
{
    return field(actions, id, [](const Action &a) { return a.code; });
}
QString Lookups::actionName(Id id) const
{
    return field(actions, id, [](const Action &a) { return a.name; });
}
QString Lookups::partnerName(Id id) const
{
    return field(partners, id, [](const Partner &p) { return p.name; });
}
QString Lookups::userName(Id id) const
{
    return field(users, id, [](const User &u) { return u.displayName; });
}

QList<std::pair<Id, QString>> Lookups::agencyChoices() const
{
    return activeChoices(agencies);
}

QList<std::pair<Id, QString>> Lookups::actionChoices() const
{
    QList<std::pair<Id, QString>> out;
    for (const Action &a : actions)
        out.append({a.id, a.code + QStringLiteral(" — ") + a.name});
    return out;
}

QList<std::pair<Id, QString>> Lookups::partnerChoices() const
{
    return activeChoices(partners);
}

QList<std::pair<Id, QString>> Lookups::cesfChoices(Id agency) const
{
    QList<std::pair<Id, QString>> mine;
    QList<std::pair<Id, QString>> others;
    for (const User &u : users) {
        if (u.role != u"cesf" || !u.active)
            continue;
        (agency > 0 && u.agencyId == agency ? mine : others).append({u.id, u.displayName});
    }
    return mine + others;
}

} // namespace Passerelle::Ui
