#pragma once

#include "exchange/Import.h"

#include <QAbstractTableModel>

namespace Passerelle::Ui {

/// The errors and warnings of an import, one a row: kind, file, line, column, value, message
/// (the errors first, in reading order, as Import::run sorts them).
class ImportProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, FileColumn, LineColumn, ColumnColumn, ValueColumn, MessageColumn };
    /// Qt::UserRole on any column: true for an error, false for a warning.
    static constexpr int IsErrorRole = Qt::UserRole;

    explicit ImportProblemsModel(QObject *parent = nullptr);

    void setReport(const Import::Report &report);
    void clear();
    int errorCount() const { return int(m_errors.size()); }
    int warningCount() const { return int(m_warnings.size()); }
    /// The problem of a row.
    const Import::Problem &problem(int row) const;
    bool isError(int row) const { return row < m_errors.size(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Import::Problem> m_errors;
    QList<Import::Problem> m_warnings;
};

} // namespace Passerelle::Ui
