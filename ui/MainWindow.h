#pragma once

#include "security/Scope.h"

#include <QMainWindow>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Passerelle {
class Database;
}

namespace Passerelle::Ui {

class HouseholdListModel;

/// The main window: the households of the database, searchable.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);

private:
    void reload();

    Database &m_db;
    Scope m_scope;
    HouseholdListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace Passerelle::Ui
