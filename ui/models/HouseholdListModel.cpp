#include "HouseholdListModel.h"

#include "storage/DirectoryRepositories.h"
#include "storage/ReferenceRepository.h"

#include <QLocale>

namespace Passerelle::Ui {

HouseholdListModel::HouseholdListModel(Database &db, const Scope &scope, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_scope(scope)
{
}

Passerelle::Status HouseholdListModel::reload(const HouseholdFilter &filter)
{
    PASSERELLE_TRY(rows, HouseholdRepository(m_db).list(m_scope, filter));
    PASSERELLE_TRY(agencies, AgencyRepository(m_db).list());
    PASSERELLE_TRY(actions, ActionRepository(m_db).list());
    PASSERELLE_TRY(catalog, ReferenceRepository(m_db).catalog());
    beginResetModel();
    m_rows = std::move(rows);
    m_agencyNames.clear();
    for (const Agency &a : std::as_const(agencies))
        m_agencyNames.insert(a.id, a.name);
    m_actionCodes.clear();
    for (const Action &a : std::as_const(actions))
        m_actionCodes.insert(a.id, a.code);
    m_catalog = std::move(catalog);
    endResetModel();
    return {};
}

int HouseholdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HouseholdRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ReferenceColumn:
        return r.reference;
    case NameColumn:
        return r.displayName;
    case AgencyColumn:
        return m_agencyNames.value(r.agencyId);
    case ActionsColumn: {
        QStringList codes;
        for (Id a : r.actionIds)
            codes << m_actionCodes.value(a);
        return codes.join(QStringLiteral(", "));
    }
    case StatusColumn:
        return m_catalog.label(ReferenceList::HouseholdStatus, r.status);
    case PublicsColumn:
        return m_catalog.labels(ReferenceList::Public, r.publics);
    case LastContactColumn:
        if (role == SortRole)
            return r.lastContact;
        return r.lastContact.isValid() ? QLocale().toString(r.lastContact, QLocale::ShortFormat)
                                       : QString();
    default:
        return {};
    }
}

QVariant HouseholdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case NameColumn:
        return tr("Household");
    case AgencyColumn:
        return tr("Agency");
    case ActionsColumn:
        return tr("Actions");
    case StatusColumn:
        return tr("Status");
    case PublicsColumn:
        return tr("Publics");
    case LastContactColumn:
        return tr("Last contact");
    default:
        return {};
    }
}

} // namespace Passerelle::Ui
