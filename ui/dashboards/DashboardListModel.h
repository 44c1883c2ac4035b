#pragma once

#include "domain/Types.h"

#include <QAbstractTableModel>

namespace Passerelle::Ui {

/// One list of the dashboard (households followed, silent, contracts ending...): rows already
/// formatted by the page from core's AgencyDashboard, each remembering the household it opens.
/// A plain table model, so that tens of thousands of rows cost no more than their text.
class DashboardListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        HouseholdIdRole = Qt::UserRole + 1, ///< the household a row opens
        SortRole,                           ///< the value a column sorts by
    };

    /// How a cell shows its value: formatted when painted, not when the list is filled (the
    /// lists of every agency hold tens of thousands of rows, of which a screenful is seen).
    enum class Format {
        Text, ///< `text` as it is
        Date, ///< `value` a QDate: dd/MM/yyyy, the long date as tooltip, `text` when invalid
        Days, ///< `value` a number of days: « 12 jours »
    };
    struct Cell
    {
        QString text;
        QVariant sortKey; ///< when empty, the text in lower case (Date and Days: their value)
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        QString toolTip;
        Format format = Format::Text;
        QVariant value;
    };
    struct Row
    {
        Id householdId = 0;
        QList<Cell> cells;
        bool attention = false; ///< shown in bold (overdue, today...)
    };

    explicit DashboardListModel(QStringList headers, QObject *parent = nullptr);

    void setRows(QList<Row> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace Passerelle::Ui
