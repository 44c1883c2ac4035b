#include "HouseholdListModel.h"

#include "storage/DirectoryRepositories.h"
#include "storage/ReferenceRepository.h"

#include <QLocale>

namespace Passerelle::Ui {

HouseholdListModel::HouseholdListModel(Database &db, const Scope &scope, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_scope(scope)
{
}

Passerelle::Status HouseholdListModel::loadNames()
{
    PASSERELLE_TRY(agencies, AgencyRepository(m_db).list());
    PASSERELLE_TRY(actions, ActionRepository(m_db).list());
    PASSERELLE_TRY(catalog, ReferenceRepository(m_db).catalog());
    m_agencyNames.clear();
    for (const Agency &a : std::as_const(agencies))
        m_agencyNames.insert(a.id, a.name);
    m_actionCodes.clear();
    for (const Action &a : std::as_const(actions))
        m_actionCodes.insert(a.id, a.code);
    m_catalog = std::move(catalog);
    return {};
}

Passerelle::Status HouseholdListModel::reload(const HouseholdFilter &filter)
{
    const HouseholdRepository households(m_db);
    PASSERELLE_TRY(rows, households.list(m_scope, filter, m_sort, 0, PageSize));
    // A first page that is not full is every match: no need to count them (the search, when
    // it narrows, reads the index once instead of twice).
    qsizetype total = rows.size();
    if (rows.size() == PageSize) {
        PASSERELLE_TRY(counted, households.count(m_scope, filter));
        total = counted;
    }
    // Agencies, actions and labels change rarely; they are read again with each new search,
    // which costs little (a few dozen rows).
    PASSERELLE_CHECK(loadNames());
    beginResetModel();
    m_filter = filter;
    m_total = std::max(total, rows.size());
    m_rows = std::move(rows);
    m_failed = false;
    endResetModel();
    return {};
}

Passerelle::Status HouseholdListModel::fetchPage(qsizetype limit)
{
    PASSERELLE_TRY(rows, HouseholdRepository(m_db).list(m_scope, m_filter, m_sort,
                                                        m_rows.size(), limit));
    if (rows.isEmpty()) {
        // Fewer households than counted (one was deleted meanwhile): stop asking for more.
        m_total = m_rows.size();
        return {};
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(std::move(rows));
    endInsertRows();
    m_total = std::max(m_total, m_rows.size());
    return {};
}

Passerelle::Status HouseholdListModel::fetchAll()
{
    if (m_rows.size() >= m_total)
        return {};
    return fetchPage(-1);
}

bool HouseholdListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total && !m_failed;
}

void HouseholdListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    if (const Status fetched = fetchPage(PageSize); !fetched) {
        m_failed = true;
        Q_EMIT loadFailed(fetched.error().message);
    }
}

void HouseholdListModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, HouseholdSort::Key> keys{
        {ReferenceColumn, HouseholdSort::Key::Reference},
        {NameColumn, HouseholdSort::Key::Name},
        {AgencyColumn, HouseholdSort::Key::Agency},
        {ActionsColumn, HouseholdSort::Key::Actions},
        {StatusColumn, HouseholdSort::Key::Status},
        {LastContactColumn, HouseholdSort::Key::LastContact},
        {PublicsColumn, HouseholdSort::Key::Publics},
    };
    const HouseholdSort sort{keys.value(column, HouseholdSort::Key::Reference), order};
    if (sort.key == m_sort.key && sort.order == m_sort.order)
        return;
    const HouseholdSort before = m_sort;
    m_sort = sort;
    // The rows shown so far are read again in the new order (as many as were shown).
    const qsizetype shown = std::max(m_rows.size(), PageSize);
    auto rows = HouseholdRepository(m_db).list(m_scope, m_filter, m_sort, 0, shown);
    if (!rows) {
        m_sort = before;
        Q_EMIT loadFailed(rows.error().message);
        return;
    }
    if (rows->size() != m_rows.size()) {
        // Households were added or deleted meanwhile: start again from the top.
        beginResetModel();
        m_rows = std::move(*rows);
        m_total = std::max(m_total, m_rows.size());
        endResetModel();
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QHash<Id, int> rowOf;
    for (int r = 0; r < rows->size(); ++r)
        rowOf.insert(rows->at(r).id, r);
    QModelIndexList after;
    after.reserve(persistent.size());
    for (const QModelIndex &index : persistent) {
        const int row = rowOf.value(m_rows.at(index.row()).id, -1);
        after << (row < 0 ? QModelIndex() : createIndex(row, index.column()));
    }
    m_rows = std::move(*rows);
    changePersistentIndexList(persistent, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return {};
    // In the order of Column.
    const QString headers[ColumnCount] = {tr("Reference"), tr("Household"), tr("Agency"),
                                          tr("Actions"), tr("Status"), tr("Last contact"),
                                          tr("Publics")};
    return headers[section];
}

} // namespace Passerelle::Ui
