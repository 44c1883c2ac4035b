#include "PlanTab.h"

#include "AppContext.h"
#include "Lookups.h"
#include "domain/Validation.h"
#include "forms/TabForms.h"
#include "households/PlanRules.h"
#include "widgets/FormWidgets.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::Ui {

using namespace TabForms;

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int AxisRole = Qt::UserRole + 1;

enum ObjectiveColumn { ObjectiveTitle, ObjectiveStatus, ObjectiveTarget, ObjectiveDone };
enum PartnerColumn { PartnerName, PartnerNeed };

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
    : SupportTab(document, context, lookups, parent)
    , m_planForm(
              this, [this] { return plan(); },
              [this](const auto &...edit) { editPlan(edit...); })
    , m_objectiveList(this, document,
                      [this](HouseholdFile &f) -> QList<Objective> & {
                          return planList(f, actionId(), &SupportPlan::objectives);
                      })
    , m_partnerList(this, document, [this](HouseholdFile &f) -> QList<MobilisedPartner> & {
        return planList(f, actionId(), &SupportPlan::partners);
    })
{
    setObjectName(QStringLiteral("plan"));

    // No plan yet: say so, and offer to create it.
    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    m_noPlan = emptyState(QString(), empty);
    m_noPlan->setObjectName(QStringLiteral("noPlan"));
    emptyLayout->addWidget(m_noPlan);
    m_create = new QPushButton(tr("&Create the support plan"), empty);
    m_create->setObjectName(QStringLiteral("createPlan"));
    emptyLayout->addWidget(m_create, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    QVBoxLayout *layout = buildPages(tr("&Action:"), QStringLiteral("planAction"),
                                     tr("The support whose plan is shown (one plan per action)"),
                                     empty);
    QWidget *content = layout->parentWidget();
    auto *planRow = new QHBoxLayout;
    auto *planDate = m_planForm.bind(compact(new DateEdit(content)), &SupportPlan::date,
                                     tr("Change the date of the plan"));
    planDate->setObjectName(QStringLiteral("planDate"));
    m_overdue = new QLabel(content);
    m_overdue->setObjectName(QStringLiteral("overdueCount"));
    m_overdue->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    addLabelled(planRow, tr("Date of the &plan:"), planDate);
    planRow->addSpacing(24);
    planRow->addWidget(m_overdue);
    planRow->addStretch();
    layout->addLayout(planRow);
    m_planForm.messages().setFallback(QStringLiteral("plan"));
    layout->addWidget(m_planForm.messages().add(QStringLiteral("plan"), content));

    // The keyboard order: the header, the plan, its objectives, its partners, its notes.
    QList<QWidget *> order{actionChoice(), m_create, planDate};
    auto *objectives = new QHBoxLayout;
    objectives->addWidget(buildObjectives(content), 3);
    order << m_tree << m_add << m_remove << m_up << m_down;
    objectives->addWidget(buildObjectiveForm(content, order), 2);
    layout->addLayout(objectives);
    layout->addWidget(buildPartners(content, order));

    auto *notesBox = new QGroupBox(tr("Notes on the plan"), content);
    auto *notesLayout = new QVBoxLayout(notesBox);
    auto *planNotes = m_planForm.bind(bounded(new FreeTextEdit(notesBox), 4), &SupportPlan::notes,
                                      tr("Edit the notes on the plan"));
    planNotes->setObjectName(QStringLiteral("planNotes"));
    order << planNotes;
    notesLayout->addWidget(planNotes);
    layout->addWidget(notesBox);
    layout->addStretch();

    connect(m_create, &QPushButton::clicked, this, [this] {
        const Id action = actionId();
        const QDate today = this->context().today();
        edit(tr("Create the support plan"), [action, today](HouseholdFile &f) {
            if (action > 0 && !PlanRules::planOf(f, action))
                f.plans << PlanRules::newPlan(f, action, today);
        });
        m_add->setFocus();
    });
    tabOrder(order);
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
    stretchColumns(m_tree->header(), {ObjectiveTitle});
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

QWidget *PlanTab::buildObjectiveForm(QWidget *parent, QList<QWidget *> &order)
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
    QWidget *fields = m_objectiveForm;
    auto &objective = m_objectiveList.form();
    m_title = new QLineEdit(fields);
    m_title->setPlaceholderText(tr("What the household will achieve"));
    auto *done = compact(new DateEdit(fields));
    done->setToolTip(tr("Filled with today's date when the objective is marked achieved"));
    order << objective.row(form, tr("A&xis:"),
                           new CodeCombo(lookups().catalog, ReferenceList::PlanAxis, false, fields),
                           QStringLiteral("objectiveAxis"), &Objective::axis,
                           tr("Change the axis of an objective"), QStringLiteral("axis"))
          << objective.row(form, tr("Ob&jective:"), m_title, QStringLiteral("objectiveTitle"),
                           &Objective::title, tr("Change the title of an objective"),
                           QStringLiteral("title"))
          << objective.row(form, tr("Planned a&ctions:"), bounded(new FreeTextEdit(fields), 6),
                           QStringLiteral("objectiveActions"), &Objective::actions,
                           tr("Edit the planned actions"))
          << objective.row(
                     form, tr("S&tatus:"),
                     new CodeCombo(lookups().catalog, ReferenceList::ObjectiveStatus, false,
                                   fields),
                     QStringLiteral("objectiveStatus"), [](const Objective &o) { return o.status; },
                     [this](Objective &o, const QString &code) {
                         PlanRules::setStatus(o, code, context().today());
                     },
                     tr("Change the status of an objective"), QStringLiteral("status"))
          << objective.row(form, tr("Tar&get date:"), compact(new DateEdit(fields)),
                           QStringLiteral("objectiveTarget"), &Objective::targetDate,
                           tr("Change the target date of an objective"))
          << objective.row(form, tr("Do&ne on:"), done, QStringLiteral("objectiveDone"),
                           &Objective::doneDate, tr("Change the date an objective was achieved"));
    layout->addWidget(m_objectiveForm);
    layout->addStretch();
    return box;
}

QWidget *PlanTab::buildPartners(QWidget *parent, QList<QWidget *> &order)
{
    auto *box = new QGroupBox(tr("Partners mobilised"), parent);
    TabForms::ListSection list(
            box,
            sized(recordTable(QStringLiteral("mobilisedPartners"),
                              {tr("Partner"), tr("Need"), tr("From"), tr("Until")}, box),
                  110, 190),
            tr("No partner mobilised — add one when a specific need calls for it (mediation, "
               "health, parenting…)."),
            FormPlace::Beside);
    stretchColumns(list.table->horizontalHeader(), {PartnerName, PartnerNeed});
    list.empty->setObjectName(QStringLiteral("noPartner"));
    auto *add = list.button(tr("&Mobilise a partner"), QStringLiteral("addPartner"));
    auto *remove = list.button(tr("Remove"), QStringLiteral("removePartner"));

    list.form->setObjectName(QStringLiteral("partnerForm"));
    QWidget *fields = list.form;
    auto &partner = m_partnerList.form();
    auto *choice = new RecordCombo(true, fields);
    choice->setRecords(lookups().partnerChoices());
    order << list.table << add << remove
          << partner.row(list.fields, tr("Pa&rtner:"), choice, QStringLiteral("partner"),
                         &MobilisedPartner::partnerId, tr("Change the partner mobilised"),
                         QStringLiteral("partnerId"))
          << partner.row(
                     list.fields, tr("N&eed:"),
                     new CodeCombo(lookups().catalog, ReferenceList::PartnerField, true, fields),
                     QStringLiteral("partnerNeed"), &MobilisedPartner::need, tr("Change the need"),
                     QStringLiteral("need"))
          << partner.row(list.fields, tr("&From:"), compact(new DateEdit(fields)),
                         QStringLiteral("partnerStart"), &MobilisedPartner::startDate,
                         tr("Change the start of a mobilisation"))
          << partner.row(list.fields, tr("&Until:"), compact(new DateEdit(fields)),
                         QStringLiteral("partnerEnd"), &MobilisedPartner::endDate,
                         tr("Change the end of a mobilisation"), QStringLiteral("endDate"))
          << partner.row(list.fields, tr("Note&s:"), bounded(new FreeTextEdit(fields), 3),
                         QStringLiteral("partnerNotes"), &MobilisedPartner::notes,
                         tr("Edit the notes on a partner"));
    m_partnerList.attach(list, remove, this, tr("Remove a mobilised partner"),
                         [this] { showProblems(); });
    // The partners named by alerts (Follow-up tab), mobilised in response to them.
    m_alertPartners = hint(QString(), box);
    m_alertPartners->setObjectName(QStringLiteral("alertPartners"));
    m_alertPartners->setTextFormat(Qt::PlainText);
    list.list->addWidget(m_alertPartners); // under the list, beside which the form stands

    connect(add, &QPushButton::clicked, this, [this, choice] {
        const SupportPlan *p = plan();
        if (!p)
            return;
        const QDate today = context().today();
        m_partnerList.setCurrentId(PlanRules::newPartner(*p, today).id);
        editPlan(tr("Mobilise a partner"), [today](SupportPlan &pp) {
            pp.partners << PlanRules::newPartner(pp, today);
        });
        choice->setFocus();
    });
    return box;
}

void PlanTab::actionChanged()
{
    m_objectiveList.setCurrentId(0);
    m_partnerList.setCurrentId(0);
}

const SupportPlan *PlanTab::plan() const
{
    return actionId() > 0 ? file().plan(actionId()) : nullptr;
}

void PlanTab::editPlan(const QString &text, const std::function<void(SupportPlan &)> &change,
                       const QString &mergeKey)
{
    const Id action = actionId();
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

void PlanTab::refresh()
{
    Refreshing guard(this);
    QList<Id> planned;
    for (const SupportPlan &p : file().plans)
        planned << p.actionId;
    fillActions(tr("(no support)"), planned);
    const SupportPlan *p = plan();
    showSupportPage(p != nullptr);
    if (!p) {
        if (actionId() <= 0) {
            m_noPlan->setText(tr("This household has no support yet. Add one in the Situation "
                                 "tab: its support plan is then written here."));
            m_create->hide();
        } else {
            m_noPlan->setText(tr("No support plan yet for %1. Create it to set the objectives "
                                 "agreed with the household, axis by axis, and the partners to "
                                 "mobilise.")
                                  .arg(lookups().actionCode(actionId())));
            m_create->show();
        }
        return;
    }
    m_planForm.refresh();
    const int overdue = PlanRules::overdueCount(*p, context().today());
    m_overdue->setText(tr("%n objective(s) overdue", nullptr, overdue));
    m_overdue->setVisible(overdue > 0);
    fillTree();
    fillObjectiveForm();
    // The partner chosen stays chosen; else the first one.
    if (!m_partnerList.current() && !p->partners.isEmpty())
        m_partnerList.setCurrentId(p->partners.first().id);
    const Lookups &l = lookups();
    m_partnerList.show([&l](const MobilisedPartner &m) {
        return QStringList{m.partnerId > 0 ? l.partnerName(m.partnerId) : tr("(partner to choose)"),
                           l.catalog.label(ReferenceList::PartnerField, m.need),
                           dateText(m.startDate), dateText(m.endDate)};
    });
    QStringList responses;
    for (const Alert &a : PlanRules::alertPartners(file())) {
        responses << (a.isOpen() ? tr("%1, in response to the alert “%2” of %3 (still open)")
                                 : tr("%1, in response to the alert “%2” of %3 (closed)"))
                             .arg(l.partnerName(a.partnerId),
                                  l.catalog.label(ReferenceList::AlertType, a.type),
                                  dateText(a.date));
    }
    m_alertPartners->setText(responses.isEmpty()
                                     ? QString()
                                     : tr("Also mobilised after an alert (Follow-up tab):")
                                               + u"\n• "_s + responses.join(u"\n• "_s));
    m_alertPartners->setVisible(!responses.isEmpty());
    showProblems();
}

void PlanTab::fillTree()
{
    const SupportPlan *p = plan();
    const QSignalBlocker blocker(m_tree); // filling chooses no objective
    m_tree->clear();
    const QDate today = context().today();
    const Problems problems = p ? Validation::check(*p, lookups().catalog) : Problems();
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
            QStringList messages;
            const Problems own = problemsOf(problems, QStringLiteral("objectives"), index);
            for (const FieldProblem &problem : own)
                messages << problem.message;
            if (!messages.isEmpty()) {
                item->setIcon(ObjectiveTitle, style()->standardIcon(QStyle::SP_MessageBoxWarning));
                item->setToolTip(ObjectiveTitle, messages.join(u'\n'));
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

void PlanTab::showProblems()
{
    const SupportPlan *p = plan();
    const Problems problems = p ? Validation::check(*p, lookups().catalog) : Problems();
    // The list shows the partners in their order: a row is the partner's index.
    const int partner = rowOf(m_partnerList.table(), m_partnerList.currentId());
    m_planForm.showProblems(problemsOf(problems, {}));
    m_objectiveList.form().showProblems(
            problemsOf(problems, QStringLiteral("objectives"),
                       p ? PlanRules::indexOf(*p, m_objectiveList.currentId()) : -1));
    m_partnerList.form().showProblems(problemsOf(problems, QStringLiteral("partners"), partner));
}

} // namespace Passerelle::Ui
