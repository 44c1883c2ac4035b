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

    /// Reloads from the database: the number of households matching and their first page
    /// (the view fetches the next pages as the user scrolls); returns the error to show.
    Status reload(const HouseholdFilter &filter = {});
    /// How many households match the filter (rowCount() grows up to it, page by page).
    qsizetype totalCount() const { return m_total; }
    /// Loads every page still missing (before printing or exporting what is shown).
    Status fetchAll();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// Sorted by the database, so that the pages follow the order shown.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const HouseholdRow &row(int r) const { return m_rows.at(r); }

    /// Rows read at once: a screenful and more.
    static constexpr qsizetype PageSize = 100;

Q_SIGNALS:
    /// A page or a new order could not be read (the message to show).
    void loadFailed(const QString &message);

private:
    Status loadNames();
    Status fetchPage(qsizetype limit);

    Database &m_db;
    Scope m_scope;
    HouseholdFilter m_filter;
    HouseholdSort m_sort;
    qsizetype m_total = 0;
    QList<HouseholdRow> m_rows;
    QHash<Id, QString> m_agencyNames;
    QHash<Id, QString> m_actionCodes;
    ReferenceCatalog m_catalog;
    bool m_failed = false; ///< stop fetching pages after an error
};

} // namespace Passerelle::Ui
