#include "PlanTab.h"

#include "AppContext.h"
#include "Lookups.h"
#include "forms/TabForms.h"
#include "domain/Validation.h"
#include "forms/RecordList.h"
#include "households/PlanRules.h"
#include "widgets/FormWidgets.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {

using namespace TabForms;

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int AxisRole = Qt::UserRole + 1;

enum ObjectiveColumn { ObjectiveTitle, ObjectiveStatus, ObjectiveTarget, ObjectiveDone };
enum PartnerColumn { PartnerName, PartnerNeed, PartnerStart, PartnerEnd };

enum Page { EmptyPage, PlanPage };

/// "objectives[2].title" → {"objectives", 2, "title"}.
struct FieldPath
{
    QString list;
    int index = -1;
    QString field;
};

FieldPath parse(const QString &field)
{
    FieldPath path;
    const qsizetype open = field.indexOf(u'[');
    const qsizetype close = field.indexOf(u']');
    if (open < 0 || close < open) {
        path.field = field;
        return path;
    }
    path.list = field.left(open);
    path.index = field.mid(open + 1, close - open - 1).toInt();
    path.field = field.mid(close + 2);
    return path;
}

/// The problems of the record `index` of `list` ("objectives[2].title" → "title"), or those of
/// the plan itself (an empty `list`).
Problems problemsOf(const Problems &all, const QString &list, qsizetype index)
{
    Problems found;
    for (const FieldProblem &problem : all) {
        const FieldPath path = parse(problem.field);
        if (path.list == list && path.index == index)
            found << FieldProblem{path.field, problem.message};
    }
    return found;
}

/// The objectives or the partners of the plan of `action`; an empty list, only ever read, when
/// there is no such plan (a record is edited only once found in it).
template<typename R>
QList<R> &planList(HouseholdFile &f, Id action, QList<R> SupportPlan::*list)
{
    static QList<R> none;
    SupportPlan *plan = PlanRules::planOf(f, action);
    return plan ? plan->*list : none;
}

} // namespace

PlanTab::PlanTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
                 QWidget *parent)
    : HouseholdTab(document, context, lookups, parent)
    , m_planForm(
              this, [this] { return plan(); },
              [this](const auto &...edit) { editPlan(edit...); })
    , m_objectiveList(this, document,
                      [this](HouseholdFile &f) -> QList<Objective> & {
                          return planList(f, m_actionId, &SupportPlan::objectives);
                      })
    , m_partnerList(this, document, [this](HouseholdFile &f) -> QList<MobilisedPartner> & {
        return planList(f, m_actionId, &SupportPlan::partners);
    })
{
    setObjectName(QStringLiteral("plan"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 6, 0, 0);

    outer->addLayout(supportHeader(tr("&Action:"), QStringLiteral("planAction"),
                                   tr("The support whose plan is shown (one plan per action)"),
                                   m_action, m_actionName, this));

    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages, 1);

    // No plan yet: say so, and offer to create it.
    auto *empty = new QWidget(m_pages);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    m_noPlan = emptyState(QString(), empty);
    m_noPlan->setObjectName(QStringLiteral("noPlan"));
    emptyLayout->addWidget(m_noPlan);
    m_create = new QPushButton(tr("&Create the support plan"), empty);
    m_create->setObjectName(QStringLiteral("createPlan"));
    auto *createRow = new QHBoxLayout;
    createRow->addStretch();
    createRow->addWidget(m_create);
    createRow->addStretch();
    emptyLayout->addLayout(createRow);
    emptyLayout->addStretch(2);
    m_pages->insertWidget(EmptyPage, empty);

    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    auto *planRow = new QHBoxLayout;
    auto *dateLabel = new QLabel(tr("Date of the &plan:"), content);
    m_planDate = compact(new DateEdit(content));
    m_planDate->setObjectName(QStringLiteral("planDate"));
    dateLabel->setBuddy(m_planDate);
    m_overdue = new QLabel(content);
    m_overdue->setObjectName(QStringLiteral("overdueCount"));
    m_overdue->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    planRow->addWidget(dateLabel);
    planRow->addWidget(m_planDate);
    planRow->addSpacing(24);
    planRow->addWidget(m_overdue);
    planRow->addStretch();
    layout->addLayout(planRow);
    m_planForm.messages().setFallback(QStringLiteral("plan"));
    layout->addWidget(m_planForm.messages().add(QStringLiteral("plan"), content));

    auto *objectives = new QHBoxLayout;
    objectives->addWidget(buildObjectives(content), 3);
    objectives->addWidget(buildObjectiveForm(content), 2);
    layout->addLayout(objectives);
    layout->addWidget(buildPartners(content));

    auto *notesBox = new QGroupBox(tr("Notes on the plan"), content);
    auto *notesLayout = new QVBoxLayout(notesBox);
    m_planNotes = new FreeTextEdit(notesBox);
    m_planNotes->setObjectName(QStringLiteral("planNotes"));
    bounded(m_planNotes, 4);
    notesLayout->addWidget(m_planNotes);
    layout->addWidget(notesBox);
    layout->addStretch();
    scroll->setWidget(content);
    m_pages->insertWidget(PlanPage, scroll);

    connect(m_action, &RecordCombo::idEdited, this, &PlanTab::setActionId);
    connect(m_create, &QPushButton::clicked, this, [this] {
        const Id action = m_actionId;
        const QDate today = this->context().today();
        edit(tr("Create the support plan"), [action, today](HouseholdFile &f) {
            if (action > 0 && !PlanRules::planOf(f, action))
                f.plans << PlanRules::newPlan(f, action, today);
        });
        m_add->setFocus();
    });
    m_planForm.bind(m_planDate, &SupportPlan::date, tr("Change the date of the plan"));
    m_planForm.bind(m_planNotes, &SupportPlan::notes, tr("Edit the notes on the plan"));

    setTabOrder(m_action, m_create);
    setTabOrder(m_create, m_planDate);
    setTabOrder(m_planDate, m_tree);
    setTabOrder(m_tree, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_up);
    setTabOrder(m_up, m_down);
    setTabOrder(m_down, m_axis);
    setTabOrder(m_axis, m_title);
    setTabOrder(m_title, m_actions);
    setTabOrder(m_actions, m_status);
    setTabOrder(m_status, m_target);
    setTabOrder(m_target, m_done);
    setTabOrder(m_done, m_partners);
    setTabOrder(m_partners, m_addPartner);
    setTabOrder(m_addPartner, m_removePartner);
    setTabOrder(m_removePartner, m_partner);
    setTabOrder(m_partner, m_need);
    setTabOrder(m_need, m_partnerStart);
    setTabOrder(m_partnerStart, m_partnerEnd);
    setTabOrder(m_partnerEnd, m_partnerNotes);
    setTabOrder(m_partnerNotes, m_planNotes);
}

QString PlanTab::title() const
{
    return tr("Plan");
}

QWidget *PlanTab::buildObjectives(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Objectives by axis"), parent);
    auto *layout = new QVBoxLayout(box);
    m_tree = new QTreeWidget(box);
    m_tree->setObjectName(QStringLiteral("objectives"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Objective"), tr("Status"), tr("Target date"), tr("Done on")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setMinimumHeight(240);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ObjectiveTitle, QHeaderView::Stretch);
    for (int c : {ObjectiveStatus, ObjectiveTarget, ObjectiveDone})
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree);
    m_noObjective = emptyState(
        tr("No objective yet — add the first one with “Add an objective”, then describe it in "
           "the form beside."),
        box);
    m_noObjective->setObjectName(QStringLiteral("noObjective"));
    layout->addWidget(m_noObjective);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add an &objective"), box);
    m_add->setObjectName(QStringLiteral("addObjective"));
    m_remove = new QPushButton(tr("Remove"), box);
    m_remove->setObjectName(QStringLiteral("removeObjective"));
    m_remove->setToolTip(tr("Remove the selected objective (Del); Ctrl+Z brings it back"));
    m_up = new QPushButton(style()->standardIcon(QStyle::SP_ArrowUp), tr("Up"), box);
    m_up->setObjectName(QStringLiteral("moveObjectiveUp"));
    m_up->setToolTip(tr("Move the objective up within its axis (Alt+Shift+Up)"));
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    m_down = new QPushButton(style()->standardIcon(QStyle::SP_ArrowDown), tr("Down"), box);
    m_down->setObjectName(QStringLiteral("moveObjectiveDown"));
    m_down->setToolTip(tr("Move the objective down within its axis (Alt+Shift+Down)"));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_filling)
            return;
        m_objectiveList.setCurrentId(item ? item->data(0, IdRole).toLongLong() : 0);
        fillObjectiveForm();
        showProblems();
    });
    connect(m_add, &QPushButton::clicked, this, &PlanTab::addObjective);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const Id id = m_objectiveList.currentId();
        if (!m_objectiveList.current())
            return;
        editPlan(tr("Remove an objective"), [id](SupportPlan &p) {
            p.objectives.removeIf([id](const Objective &o) { return o.id == id; });
            PlanRules::renumber(p);
        });
    });
    auto *remove = new QShortcut(QKeySequence::Delete, m_tree, nullptr, nullptr,
                                 Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, m_remove, &QPushButton::click);
    connect(m_up, &QPushButton::clicked, this, [this] { moveObjective(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveObjective(1); });
    return box;
}

QWidget *PlanTab::buildObjectiveForm(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Objective"), parent);
    auto *layout = new QVBoxLayout(box);
    m_objectiveHint = emptyState(tr("Choose an objective in the list to edit it."), box);
    layout->addWidget(m_objectiveHint);
    m_objectiveForm = new QWidget(box);
    m_objectiveForm->setObjectName(QStringLiteral("objectiveForm"));
    auto *form = new QFormLayout(m_objectiveForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto &objective = m_objectiveList.form();
    const auto addRow = [&](const QString &label, QWidget *field, const QString &name,
                            const QString &rule = {}) {
        objective.addRow(form, label, field, name, rule);
    };
    m_axis = new CodeCombo(lookups().catalog, ReferenceList::PlanAxis, false, m_objectiveForm);
    addRow(tr("A&xis:"), m_axis, QStringLiteral("objectiveAxis"), QStringLiteral("axis"));
    m_title = new QLineEdit(m_objectiveForm);
    m_title->setPlaceholderText(tr("What the household will achieve"));
    addRow(tr("Ob&jective:"), m_title, QStringLiteral("objectiveTitle"), QStringLiteral("title"));
    m_actions = new FreeTextEdit(m_objectiveForm);
    bounded(m_actions, 6);
    addRow(tr("Planned a&ctions:"), m_actions, QStringLiteral("objectiveActions"));
    m_status = new CodeCombo(lookups().catalog, ReferenceList::ObjectiveStatus, false,
                             m_objectiveForm);
    addRow(tr("S&tatus:"), m_status, QStringLiteral("objectiveStatus"), QStringLiteral("status"));
    m_target = compact(new DateEdit(m_objectiveForm));
    addRow(tr("Tar&get date:"), m_target, QStringLiteral("objectiveTarget"));
    m_done = compact(new DateEdit(m_objectiveForm));
    m_done->setToolTip(tr("Filled with today's date when the objective is marked achieved"));
    addRow(tr("Do&ne on:"), m_done, QStringLiteral("objectiveDone"));
    layout->addWidget(m_objectiveForm);
    layout->addStretch();

    objective.bind(m_axis, &Objective::axis, tr("Change the axis of an objective"));
    objective.bind(m_title, &Objective::title, tr("Change the title of an objective"));
    objective.bind(m_actions, &Objective::actions, tr("Edit the planned actions"));
    objective.bind(
            m_status, [](const Objective &o) { return o.status; },
            [this](Objective &o, const QString &code) {
                PlanRules::setStatus(o, code, context().today());
            },
            tr("Change the status of an objective"));
    objective.bind(m_target, &Objective::targetDate, tr("Change the target date of an objective"));
    objective.bind(m_done, &Objective::doneDate, tr("Change the date an objective was achieved"));
    return box;
}

QWidget *PlanTab::buildPartners(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Partners mobilised"), parent);
    auto *columns = new QHBoxLayout(box);
    auto *left = new QVBoxLayout;
    m_partners = recordTable(QStringLiteral("mobilisedPartners"),
                             {tr("Partner"), tr("Need"), tr("From"), tr("Until")}, box);
    m_partners->setMinimumHeight(110);
    m_partners->setMaximumHeight(190);
    m_partners->horizontalHeader()->setSectionResizeMode(PartnerName, QHeaderView::Stretch);
    m_partners->horizontalHeader()->setSectionResizeMode(PartnerNeed, QHeaderView::Stretch);
    m_partners->horizontalHeader()->setSectionResizeMode(PartnerStart,
                                                         QHeaderView::ResizeToContents);
    m_partners->horizontalHeader()->setStretchLastSection(false);
    m_partners->horizontalHeader()->setSectionResizeMode(PartnerEnd,
                                                         QHeaderView::ResizeToContents);
    left->addWidget(m_partners);
    m_noPartner = emptyState(tr("No partner mobilised — add one when a specific need calls for "
                                "it (mediation, health, parenting…)."),
                             box);
    m_noPartner->setObjectName(QStringLiteral("noPartner"));
    left->addWidget(m_noPartner);
    auto *buttons = new QHBoxLayout;
    m_addPartner = new QPushButton(tr("&Mobilise a partner"), box);
    m_addPartner->setObjectName(QStringLiteral("addPartner"));
    m_removePartner = new QPushButton(tr("Remove"), box);
    m_removePartner->setObjectName(QStringLiteral("removePartner"));
    buttons->addWidget(m_addPartner);
    buttons->addWidget(m_removePartner);
    buttons->addStretch();
    left->addLayout(buttons);
    columns->addLayout(left, 3);

    m_partnerForm = new QWidget(box);
    m_partnerForm->setObjectName(QStringLiteral("partnerForm"));
    auto *form = new QFormLayout(m_partnerForm);
    form->setContentsMargins(0, 0, 0, 0);
    auto &partner = m_partnerList.form();
    const auto addRow = [&](const QString &label, QWidget *field, const QString &name,
                            const QString &rule = {}) {
        partner.addRow(form, label, field, name, rule);
    };
    m_partner = new RecordCombo(true, m_partnerForm);
    m_partner->setRecords(lookups().partnerChoices());
    addRow(tr("Pa&rtner:"), m_partner, QStringLiteral("partner"), QStringLiteral("partnerId"));
    m_need = new CodeCombo(lookups().catalog, ReferenceList::PartnerField, true, m_partnerForm);
    addRow(tr("N&eed:"), m_need, QStringLiteral("partnerNeed"), QStringLiteral("need"));
    m_partnerStart = compact(new DateEdit(m_partnerForm));
    addRow(tr("&From:"), m_partnerStart, QStringLiteral("partnerStart"));
    m_partnerEnd = compact(new DateEdit(m_partnerForm));
    addRow(tr("&Until:"), m_partnerEnd, QStringLiteral("partnerEnd"), QStringLiteral("endDate"));
    m_partnerNotes = new FreeTextEdit(m_partnerForm);
    bounded(m_partnerNotes, 3);
    addRow(tr("Note&s:"), m_partnerNotes, QStringLiteral("partnerNotes"));
    columns->addWidget(m_partnerForm, 2);

    m_partnerList.follow(m_partners, this, [this] {
        fillPartnerForm();
        showProblems();
    });
    connect(m_addPartner, &QPushButton::clicked, this, [this] {
        const SupportPlan *p = plan();
        if (!p)
            return;
        const QDate today = context().today();
        m_partnerList.setCurrentId(PlanRules::newPartner(*p, today).id);
        editPlan(tr("Mobilise a partner"), [today](SupportPlan &pp) {
            pp.partners << PlanRules::newPartner(pp, today);
        });
        m_partner->setFocus();
    });
    connect(m_removePartner, &QPushButton::clicked, this,
            [this] { m_partnerList.remove(tr("Remove a mobilised partner")); });
    partner.bind(m_partner, &MobilisedPartner::partnerId, tr("Change the partner mobilised"));
    partner.bind(m_need, &MobilisedPartner::need, tr("Change the need"));
    partner.bind(m_partnerStart, &MobilisedPartner::startDate,
                 tr("Change the start of a mobilisation"));
    partner.bind(m_partnerEnd, &MobilisedPartner::endDate, tr("Change the end of a mobilisation"));
    partner.bind(m_partnerNotes, &MobilisedPartner::notes, tr("Edit the notes on a partner"));
    return box;
}

void PlanTab::setActionId(Id actionId)
{
    if (actionId == m_actionId)
        return;
    m_actionId = actionId;
    m_objectiveList.setCurrentId(0);
    m_partnerList.setCurrentId(0);
    refresh();
}

const SupportPlan *PlanTab::plan() const
{
    return m_actionId > 0 ? file().plan(m_actionId) : nullptr;
}

void PlanTab::editPlan(const QString &text, const std::function<void(SupportPlan &)> &change,
                       const QString &mergeKey)
{
    const Id action = m_actionId;
    document().edit(
            text,
            [action, change](HouseholdFile &f) {
                if (SupportPlan *p = PlanRules::planOf(f, action))
                    change(*p);
            },
            mergeKey);
}

void PlanTab::addObjective()
{
    const SupportPlan *p = plan();
    if (!p)
        return;
    // Under the axis being looked at: the selected objective's, or the selected axis.
    QString axis;
    if (const Objective *o = m_objectiveList.current())
        axis = o->axis;
    else if (const QTreeWidgetItem *item = m_tree->currentItem())
        axis = item->data(0, AxisRole).toString();
    if (axis.isEmpty()) {
        const QList<ReferenceItem> axes = lookups().catalog.items(ReferenceList::PlanAxis);
        axis = axes.isEmpty() ? QString() : axes.first().code;
    }
    m_objectiveList.setCurrentId(PlanRules::newObjective(*p, axis).id);
    editPlan(tr("Add an objective"), [axis](SupportPlan &pp) {
        pp.objectives << PlanRules::newObjective(pp, axis);
        PlanRules::renumber(pp);
    });
    m_title->setFocus();
}

void PlanTab::moveObjective(int step)
{
    const Id id = m_objectiveList.currentId();
    const SupportPlan *p = plan();
    if (!p || !PlanRules::canMove(*p, PlanRules::indexOf(*p, id), step))
        return;
    editPlan(step < 0 ? tr("Move an objective up") : tr("Move an objective down"),
             [id, step](SupportPlan &pp) {
                 PlanRules::move(pp, PlanRules::indexOf(pp, id), step);
             });
}

void PlanTab::fillActions()
{
    QList<Id> planned;
    for (const SupportPlan &p : file().plans)
        planned << p.actionId;
    const QList<std::pair<Id, QString>> choices = supportActionChoices(file(), lookups(), planned);
    // The support going on first: its plan is the one worked on.
    const Id shown = shownSupportAction(file(), choices, m_actionId);
    if (shown != m_actionId) {
        m_actionId = shown;
        m_objectiveList.setCurrentId(0);
        m_partnerList.setCurrentId(0);
    }
    showSupportChoices(m_action, m_actionName, choices, m_actionId, tr("(no support)"));
}

void PlanTab::refresh()
{
    Refreshing guard(this);
    fillActions();
    const SupportPlan *p = plan();
    if (!p) {
        m_pages->setCurrentIndex(EmptyPage);
        if (m_actionId <= 0) {
            m_noPlan->setText(tr("This household has no support yet. Add one in the Situation "
                                 "tab: its support plan is then written here."));
            m_create->hide();
        } else {
            m_noPlan->setText(tr("No support plan yet for %1. Create it to set the objectives "
                                 "agreed with the household, axis by axis, and the partners to "
                                 "mobilise.")
                                  .arg(lookups().actionCode(m_actionId)));
            m_create->show();
        }
        return;
    }
    m_pages->setCurrentIndex(PlanPage);
    m_planForm.refresh();
    const int overdue = PlanRules::overdueCount(*p, context().today());
    m_overdue->setText(tr("%n objective(s) overdue", nullptr, overdue));
    m_overdue->setVisible(overdue > 0);
    fillTree();
    fillObjectiveForm();
    fillPartners();
    fillPartnerForm();
    showProblems();
}

void PlanTab::fillTree()
{
    const SupportPlan *p = plan();
    m_filling = true;
    m_tree->clear();
    const QDate today = context().today();
    QHash<int, QStringList> problems;
    if (p) {
        for (const FieldProblem &problem : Validation::check(*p, lookups().catalog)) {
            const FieldPath path = parse(problem.field);
            if (path.list == u"objectives")
                problems[path.index] << problem.message;
        }
    }
    QTreeWidgetItem *current = nullptr;
    QTreeWidgetItem *first = nullptr;
    const QList<PlanRules::AxisGroup> groups =
        p ? PlanRules::byAxis(*p, lookups().catalog) : QList<PlanRules::AxisGroup>();
    for (const PlanRules::AxisGroup &group : groups) {
        auto *axisItem = new QTreeWidgetItem(m_tree);
        const QString axisLabel = group.axis.isEmpty()
                                      ? tr("(no axis)")
                                      : lookups().catalog.label(ReferenceList::PlanAxis,
                                                                group.axis);
        axisItem->setText(
            0, QStringLiteral("%1  (%2)").arg(axisLabel).arg(group.objectives.size()));
        axisItem->setData(0, IdRole, Id(0));
        axisItem->setData(0, AxisRole, group.axis);
        QFont bold = axisItem->font(0);
        bold.setBold(true);
        axisItem->setFont(0, bold);
        axisItem->setFirstColumnSpanned(true);
        for (int index : group.objectives) {
            const Objective &o = p->objectives.at(index);
            auto *item = new QTreeWidgetItem(axisItem);
            item->setData(0, IdRole, o.id);
            item->setData(0, AxisRole, o.axis);
            item->setText(ObjectiveTitle, o.title.isEmpty() ? tr("(objective to describe)")
                                                            : o.title);
            item->setToolTip(ObjectiveTitle, o.title);
            item->setText(ObjectiveStatus,
                          lookups().catalog.label(ReferenceList::ObjectiveStatus, o.status));
            item->setText(ObjectiveTarget, dateText(o.targetDate));
            item->setText(ObjectiveDone, dateText(o.doneDate));
            if (o.isOverdue(today)) {
                for (int c = 0; c < m_tree->columnCount(); ++c) {
                    QFont font = item->font(c);
                    font.setBold(true);
                    item->setFont(c, font);
                    item->setForeground(c, alertColour());
                    item->setToolTip(c, tr("Overdue: the target date (%1) has passed and the "
                                           "objective is not achieved.")
                                                .arg(dateText(o.targetDate)));
                }
            }
            if (problems.contains(index)) {
                item->setIcon(ObjectiveTitle, style()->standardIcon(QStyle::SP_MessageBoxWarning));
                item->setToolTip(ObjectiveTitle, problems.value(index).join(u'\n'));
            }
            if (o.id == m_objectiveList.currentId())
                current = item;
            if (!first)
                first = item;
        }
    }
    m_tree->expandAll();
    if (!current)
        current = first;
    m_objectiveList.setCurrentId(current ? current->data(0, IdRole).toLongLong() : 0);
    m_tree->setCurrentItem(current);
    const bool empty = !p || p->objectives.isEmpty();
    m_tree->setVisible(!empty);
    m_noObjective->setVisible(empty);
    m_filling = false;
}

void PlanTab::fillObjectiveForm()
{
    const SupportPlan *p = plan();
    const Objective *o = m_objectiveList.current();
    const int index = p && o ? PlanRules::indexOf(*p, o->id) : -1;
    m_objectiveForm->setEnabled(o != nullptr);
    m_objectiveHint->setVisible(o == nullptr && p && !p->objectives.isEmpty());
    m_remove->setEnabled(o != nullptr);
    m_up->setEnabled(o && PlanRules::canMove(*p, index, -1));
    m_down->setEnabled(o && PlanRules::canMove(*p, index, 1));
    m_objectiveList.form().refresh();
}

void PlanTab::fillPartners()
{
    const SupportPlan *p = plan();
    const QSignalBlocker blocker(m_partners); // filling chooses no row
    const QList<MobilisedPartner> partners = p ? p->partners : QList<MobilisedPartner>();
    m_partners->setRowCount(int(partners.size()));
    for (int row = 0; row < partners.size(); ++row) {
        const MobilisedPartner &m = partners.at(row);
        auto *name = cell(m.partnerId > 0 ? lookups().partnerName(m.partnerId)
                                          : tr("(partner to choose)"));
        m_partners->setItem(row, PartnerName, name);
        setRowId(m_partners, row, m.id);
        m_partners->setItem(row, PartnerNeed,
                            cell(lookups().catalog.label(ReferenceList::PartnerField, m.need)));
        m_partners->setItem(row, PartnerStart, cell(dateText(m.startDate)));
        m_partners->setItem(row, PartnerEnd, cell(dateText(m.endDate)));
    }
    int current = rowOf(m_partners, m_partnerList.currentId());
    if (current < 0 && !partners.isEmpty())
        current = 0;
    m_partnerList.setCurrentId(rowId(m_partners, current));
    selectRow(m_partners, current);
    m_partners->setVisible(!partners.isEmpty());
    m_noPartner->setVisible(partners.isEmpty());
}

void PlanTab::fillPartnerForm()
{
    const bool shown = m_partnerList.current() != nullptr;
    m_partnerForm->setEnabled(shown);
    m_removePartner->setEnabled(shown);
    m_partnerList.form().refresh();
}

void PlanTab::showProblems()
{
    const SupportPlan *p = plan();
    const Problems problems = p ? Validation::check(*p, lookups().catalog) : Problems();
    qsizetype partner = -1;
    for (qsizetype i = 0; p && i < p->partners.size(); ++i) {
        if (p->partners.at(i).id == m_partnerList.currentId())
            partner = i;
    }
    m_planForm.showProblems(problemsOf(problems, {}, -1));
    m_objectiveList.form().showProblems(
            problemsOf(problems, QStringLiteral("objectives"),
                       p ? PlanRules::indexOf(*p, m_objectiveList.currentId()) : -1));
    m_partnerList.form().showProblems(problemsOf(problems, QStringLiteral("partners"), partner));
}

} // namespace Passerelle::Ui
