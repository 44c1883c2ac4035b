#include "MainWindow.h"

#include "models/HouseholdListModel.h"
#include "storage/OrganisationRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Passerelle::Ui {

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent), m_db(db),
      m_scope(Scope::everything(qEnvironmentVariable("USER", QStringLiteral("local"))))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *title = new QLabel(tr("Households"), central);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(tr("Search by name or reference…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_model = new HouseholdListModel(m_db, m_scope, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HouseholdListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_view = new QTableView(central);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HouseholdListModel::ReferenceColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view);
    setCentralWidget(central);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &MainWindow::reload);

    const auto organisation = OrganisationRepository(m_db).get();
    const QString orgName = organisation ? organisation->name : QString();
    setWindowTitle(orgName.isEmpty() ? tr("Passerelle")
                                     : tr("Passerelle — %1").arg(orgName));
    resize(1200, 720);
    reload();
    m_view->resizeColumnsToContents();
}

void MainWindow::reload()
{
    HouseholdFilter filter;
    filter.text = m_search->text();
    const Status status = m_model->reload(filter);
    if (!status) {
        QMessageBox::warning(this, tr("Passerelle"), status.error().message);
        return;
    }
    statusBar()->showMessage(tr("%n household(s) — database %1", nullptr, m_model->rowCount())
                                 .arg(m_db.displayName()));
}

} // namespace Passerelle::Ui
