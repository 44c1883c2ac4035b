#include "DashboardListModel.h"

#include <QFont>
#include <QLocale>

#include <limits>

namespace Passerelle::Ui {

DashboardListModel::DashboardListModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers))
{
}

void DashboardListModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DashboardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant DashboardListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == HouseholdIdRole)
        return row.householdId;
    if (index.column() >= row.cells.size())
        return {};
    const Cell &cell = row.cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (cell.format) {
        case Format::Text:
            return cell.text;
        case Format::Date: {
            const QDate date = cell.value.toDate();
            return date.isValid() ? date.toString(u"dd/MM/yyyy") : cell.text;
        }
        case Format::Days: {
            const qint64 days = cell.value.toLongLong();
            return tr("%n day(s)", nullptr, int(days));
        }
        }
        return {};
    case SortRole:
        if (cell.sortKey.isValid())
            return cell.sortKey;
        if (cell.format == Format::Date) {
            // Missing dates sort before every date.
            const QDate date = cell.value.toDate();
            return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::min();
        }
        if (cell.format == Format::Days)
            return cell.value;
        return cell.text.toLower(); // whatever the case

    case Qt::TextAlignmentRole:
        return QVariant::fromValue(cell.alignment);
    case Qt::ToolTipRole:
        if (!cell.toolTip.isEmpty())
            return cell.toolTip;
        if (cell.format == Format::Date && cell.value.toDate().isValid())
            return QLocale().toString(cell.value.toDate(), QLocale::LongFormat);
        return {};
    case Qt::FontRole:
        if (row.attention) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant DashboardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Passerelle::Ui
