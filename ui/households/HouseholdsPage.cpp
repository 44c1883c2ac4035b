#include "HouseholdsPage.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "forms/TabForms.h"
#include "models/HouseholdListModel.h"
#include "storage/DirectoryRepositories.h"
#include "storage/ReferenceRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Passerelle::Ui {

HouseholdsPage::HouseholdsPage(AppContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(QStringLiteral("households"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    header->addWidget(TabForms::heading(tr("Households"), 1.5, this));
    header->addStretch();
    auto *newButton = new QPushButton(tr("New household…"), this);
    newButton->setObjectName(QStringLiteral("newHousehold"));
    newButton->setToolTip(tr("Create a household file from a referral"));
    header->addWidget(newButton);
    newButton->setVisible(context.scope().may(Permission::EditHouseholds));
    layout->addLayout(header);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by name or reference (Ctrl+F)…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    auto *filters = new QHBoxLayout;
    auto addFilter = [this, filters](const QString &label, const QString &name) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(name);
        // Some labels are long ("Personne sortant d'un établissement pénitentiaire"): the
        // combo keeps a reasonable width and its list shows them whole.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        TabForms::addLabelled(filters, label, combo);
        return combo;
    };
    m_agency = addFilter(tr("&Agency:"), QStringLiteral("agencyFilter"));
    m_action = addFilter(tr("A&ction:"), QStringLiteral("actionFilter"));
    m_status = addFilter(tr("S&tatus:"), QStringLiteral("statusFilter"));
    m_public = addFilter(tr("&Public:"), QStringLiteral("publicFilter"));
    filters->addStretch();
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_model = new HouseholdListModel(context.db(), context.scope(), this);
    connect(m_model, &HouseholdListModel::loadFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Households"), message);
    });

    m_view = TabForms::recordView(m_model, QStringLiteral("householdsView"),
                                  HouseholdListModel::ReferenceColumn, this);
    layout->addWidget(m_view, 1);

    layout->addWidget(
        TabForms::hint(tr("Double-click a household, or press Enter, to open its file."), this));

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &HouseholdsPage::refresh);
    for (QComboBox *combo : {m_agency, m_action, m_status, m_public})
        connect(combo, &QComboBox::activated, this, &HouseholdsPage::refresh);
    connect(m_view, &QTableView::activated, this, &HouseholdsPage::openCurrent);
    connect(newButton, &QPushButton::clicked, this, [this] {
        if (auto *main = qobject_cast<MainWindow *>(window()))
            main->newHousehold();
    });
    connect(&context, &AppContext::currentAgencyChanged, this, [this](Id agency) {
        m_agency->setCurrentIndex(std::max(0, m_agency->findData(agency)));
        // Hidden, the page is refreshed when the navigation shows it again.
        if (isVisible())
            refresh();
    });
    TabForms::tabOrder({m_search, m_agency, m_action, m_status, m_public, m_view});

    fillFilters();
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(context.currentAgency())));
    // Loaded when shown (MainWindow refreshes the page it shows).
}

QString HouseholdsPage::title() const
{
    return tr("Households");
}

QIcon HouseholdsPage::icon() const
{
    return QIcon(QStringLiteral(":/passerelle/icons/households.svg"));
}

void HouseholdsPage::fillFilters()
{
    Database &db = context().db();
    m_agency->addItem(tr("All"), Id(0));
    if (auto agencies = AgencyRepository(db).list()) {
        for (const Agency &a : *agencies) {
            if (context().scope().allowsAgency(a.id))
                m_agency->addItem(a.name, a.id);
        }
    }
    m_action->addItem(tr("All"), Id(0));
    if (auto actions = ActionRepository(db).list()) {
        for (const Action &a : *actions)
            m_action->addItem(a.code, a.id);
    }
    auto catalog = ReferenceRepository(db).catalog();
    const ReferenceCatalog refs = catalog ? *catalog : ReferenceCatalog();
    m_status->addItem(tr("All"), QString());
    for (const ReferenceItem &item : refs.items(ReferenceList::HouseholdStatus))
        m_status->addItem(item.label, item.code);
    m_public->addItem(tr("All"), QString());
    for (const ReferenceItem &item : refs.items(ReferenceList::Public))
        m_public->addItem(item.label, item.code);
    for (QComboBox *combo : {m_agency, m_action, m_status, m_public}) {
        combo->view()->setTextElideMode(Qt::ElideNone);
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
        for (int i = 0; i < combo->count(); ++i)
            combo->setItemData(i, combo->itemText(i), Qt::ToolTipRole);
    }
}

void HouseholdsPage::refresh()
{
    HouseholdFilter filter;
    filter.text = m_search->text();
    filter.agencyId = m_agency->currentData().toLongLong();
    filter.actionId = m_action->currentData().toLongLong();
    filter.status = m_status->currentData().toString();
    filter.publicCode = m_public->currentData().toString();
    const Status status = m_model->reload(filter);
    if (!status) {
        QMessageBox::warning(this, tr("Households"), status.error().message);
        return;
    }
    m_count->setText(tr("%n household(s)", nullptr, int(m_model->totalCount())));
    if (!m_columnsSized) {
        m_view->resizeColumnsToContents();
        m_columnsSized = true;
    }
}

bool HouseholdsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

void HouseholdsPage::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const Id id = m_model->data(index, HouseholdListModel::IdRole).toLongLong();
    Q_EMIT context().openHouseholdRequested(id, QString());
}

} // namespace Passerelle::Ui
