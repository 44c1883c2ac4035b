#pragma once

#include "storage/HouseholdRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Passerelle::Ui {

/// The households of a scope as a table (one row per household), over HouseholdRepository.
class HouseholdListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ReferenceColumn,
        NameColumn,
        AgencyColumn,
        ActionsColumn,
        StatusColumn,
        LastContactColumn,
        PublicsColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit HouseholdListModel(Database &db, const Scope &scope, QObject *parent = nullptr);

    /// Reloads from the database; returns the error to show, if any.
    Status reload(const HouseholdFilter &filter = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const HouseholdRow &row(int r) const { return m_rows.at(r); }

private:
    Database &m_db;
    Scope m_scope;
    QList<HouseholdRow> m_rows;
    QHash<Id, QString> m_agencyNames;
    QHash<Id, QString> m_actionCodes;
    ReferenceCatalog m_catalog;
};

} // namespace Passerelle::Ui
