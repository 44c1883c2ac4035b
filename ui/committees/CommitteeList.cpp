#include "CommitteeList.h"

#include "AppContext.h"
#include "committees/CommitteeOverview.h"
#include "forms/TabForms.h"
#include "households/Lookups.h"
#include "storage/CommitteeRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace Passerelle::Ui {

namespace {

enum Column { Date, Agency, Households, Decisions };
constexpr int IdRole = Qt::UserRole;

} // namespace

QString CommitteeList::dateText(const QDate &date, const QTime &time)
{
    QString text = date.toString(QStringLiteral("dd/MM/yyyy"));
    if (time.isValid())
        text += QStringLiteral("  ") + time.toString(QStringLiteral("HH:mm"));
    return text;
}

CommitteeList::CommitteeList(AppContext &context, const Lookups &lookups,
                             const QList<std::pair<Id, QString>> &agencies, QWidget *parent)
    : QWidget(parent), m_context(context), m_lookups(lookups)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    auto *filterRow = new QHBoxLayout;
    m_agency = new QComboBox(this);
    m_agency->setObjectName(QStringLiteral("agencyFilter"));
    m_agency->addItem(tr("All agencies"), Id(0));
    for (const auto &[id, name] : agencies)
        m_agency->addItem(name, id);
    TabForms::addLabelled(filterRow, tr("Agenc&y:"), m_agency, 1);
    layout->addLayout(filterRow);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("committeeList"));
    m_list->setHeaderLabels({tr("Date"), tr("Agency"), tr("Households"), tr("Decisions")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumWidth(360);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Agency, QHeaderView::Stretch);
    m_list->headerItem()->setToolTip(Households, tr("Households listed for review"));
    m_list->headerItem()->setToolTip(Decisions, tr("Decisions recorded"));
    layout->addWidget(m_list, 1);
    m_empty = TabForms::emptyState(QString(), this);
    m_empty->setObjectName(QStringLiteral("emptyList"));
    layout->addWidget(m_empty);

    connect(m_agency, &QComboBox::activated, this, &CommitteeList::agencyChosen);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (m_selecting || !current)
            return;
        if (const Id id = current->data(Date, IdRole).toLongLong(); id > 0)
            Q_EMIT chosen(id);
    });
}

Id CommitteeList::agency() const
{
    return m_agency->currentData().toLongLong();
}

void CommitteeList::setAgency(Id agency)
{
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(agency)));
}

void CommitteeList::reload(Id shown)
{
    const Id agency = this->agency();
    auto committees = CommitteeRepository(m_context.db()).list(m_context.scope(), agency);
    if (!committees) {
        QMessageBox::warning(this, tr("Follow-up committees"), committees.error().message);
        return;
    }
    const QList<CommitteeOverview> overviews
        = CommitteeOverviews::build(*committees, m_context.today());
    m_selecting = true;
    m_list->clear();
    int upcomingCount = 0;
    for (const CommitteeOverview &o : overviews)
        upcomingCount += o.upcoming ? 1 : 0;
    QTreeWidgetItem *groups[2] = {nullptr, nullptr}; // upcoming, past
    const auto group = [this](const QString &text) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Date, text);
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        QFont font = item->font(Date);
        font.setBold(true);
        item->setFont(Date, font);
        return item;
    };
    for (const CommitteeOverview &o : overviews) {
        QTreeWidgetItem *&parent = groups[o.upcoming ? 0 : 1];
        if (!parent)
            parent = group(o.upcoming ? tr("Upcoming (%1)").arg(upcomingCount)
                                      : tr("Past (%1)").arg(overviews.size() - upcomingCount));
        auto *item = new QTreeWidgetItem(parent);
        item->setText(Date, dateText(o.date, o.time));
        item->setData(Date, IdRole, o.id);
        item->setText(Agency, m_lookups.agencyName(o.agencyId));
        item->setText(Households, QString::number(o.households));
        item->setText(Decisions, QString::number(o.decisions));
        item->setTextAlignment(Households, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(Decisions, Qt::AlignRight | Qt::AlignVCenter);
        const QString tip = o.place.isEmpty() ? m_lookups.agencyName(o.agencyId) : o.place;
        for (int c = Date; c <= Decisions; ++c)
            item->setToolTip(c, tip);
        if (o.upcoming && o.households > 0 && o.decisions < o.households)
            item->setForeground(Decisions, palette().brush(QPalette::PlaceholderText));
    }
    m_list->expandAll();
    for (int c : {Date, Households, Decisions})
        m_list->resizeColumnToContents(c);
    // Wide enough for the agencies' names in full: « Agence Toulouse Nord » and « … Sud »
    // must not both read « Agence Toulouse… ».
    int needed = m_list->header()->sectionSizeHint(Agency);
    const QFontMetrics metrics(m_list->font());
    for (QTreeWidgetItemIterator it(m_list); *it; ++it)
        needed = std::max(needed, metrics.horizontalAdvance((*it)->text(Agency)) + 16);
    for (int c : {Date, Households, Decisions})
        needed += m_list->columnWidth(c);
    needed += 2 * m_list->frameWidth() + m_list->verticalScrollBar()->sizeHint().width() + 8;
    m_list->setMinimumWidth(std::max(360, needed));
    m_empty->setText(agency > 0 ? tr("No committee for this agency yet — prepare one with "
                                     "“New committee”.")
                                : tr("No committee yet — prepare one with “New "
                                     "committee”."));
    m_empty->setVisible(overviews.isEmpty());
    m_selecting = false;
    select(shown);
}

void CommitteeList::select(Id id)
{
    const bool wasSelecting = m_selecting;
    m_selecting = true;
    QTreeWidgetItem *found = nullptr;
    for (QTreeWidgetItemIterator it(m_list); *it && id > 0; ++it) {
        if ((*it)->data(Date, IdRole).toLongLong() == id) {
            found = *it;
            break;
        }
    }
    if (found) {
        m_list->setCurrentItem(found);
        m_list->scrollToItem(found);
    } else {
        m_list->setCurrentItem(nullptr);
        m_list->clearSelection();
    }
    m_selecting = wasSelecting;
}

} // namespace Passerelle::Ui
