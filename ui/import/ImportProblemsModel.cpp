#include "ImportProblemsModel.h"

#include <QBrush>
#include <QColor>

namespace Passerelle::Ui {

ImportProblemsModel::ImportProblemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportProblemsModel::setReport(const Import::Report &report)
{
    beginResetModel();
    m_errors = report.errors;
    m_warnings = report.warnings;
    endResetModel();
}

void ImportProblemsModel::clear()
{
    setReport({});
}

const Import::Problem &ImportProblemsModel::problem(int row) const
{
    return isError(row) ? m_errors.at(row) : m_warnings.at(row - m_errors.size());
}

int ImportProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_errors.size() + m_warnings.size());
}

int ImportProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : MessageColumn + 1;
}

QVariant ImportProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const Import::Problem &p = problem(row);
    const bool error = isError(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return error ? tr("Error") : tr("Warning");
        case FileColumn:
            return p.file;
        case LineColumn:
            return p.line > 0 ? QVariant(p.line) : QVariant();
        case ColumnColumn:
            return p.column;
        case ValueColumn:
            return p.value;
        case MessageColumn:
            return p.message;
        }
        break;
    case Qt::ToolTipRole:
        return p.text();
    case Qt::ForegroundRole:
        if (index.column() == KindColumn)
            return QBrush(error ? QColor(0xb0, 0x1c, 0x1c) : QColor(0x8a, 0x5a, 0x00));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IsErrorRole:
        return error;
    default:
        break;
    }
    return {};
}

QVariant ImportProblemsModel::headerData(int section, Qt::Orientation orientation,
                                         int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section > MessageColumn)
        return {};
    // In the order of Column.
    const QString headers[] = {tr("Kind"),   tr("File"),  tr("Line"),
                               tr("Column"), tr("Value"), tr("Message")};
    return headers[section];
}

} // namespace Passerelle::Ui
