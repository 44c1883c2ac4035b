#include "ExitTab.h"

#include "AppContext.h"
#include "Lookups.h"
#include "forms/TabForms.h"
#include "domain/Validation.h"
#include "forms/Binder.h"
#include "households/ExitRules.h"
#include "widgets/FormWidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {

using namespace TabForms;

namespace {

constexpr int OffsetRole = Qt::UserRole;

enum CheckColumn { ColumnName, ColumnDue, ColumnDone, ColumnHoused, ColumnState };
enum Page { EmptyPage, SupportPage };

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ExitTab::ExitTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
                 QWidget *parent)
    : HouseholdTab(document, context, lookups, parent)
    , m_supportFields(
              this, [this] { return support(); },
              [this](const auto &...edit) { editSupport(edit...); })
    , m_checkFields(
              this, [this] { return check(); },
              [this](const auto &...edit) { editCheck(edit...); })
{
    setObjectName(QStringLiteral("exit"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 6, 0, 0);

    outer->addLayout(supportHeader(tr("&Action:"), QStringLiteral("exitAction"),
                                   tr("The support whose end is shown (one support per action)"),
                                   m_action, m_actionName, this));

    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages, 1);
    m_noSupport = emptyState(tr("This household has no support yet. Add one in the Situation "
                                "tab: its end and the checks after it are recorded here."),
                             m_pages);
    m_noSupport->setObjectName(QStringLiteral("noSupport"));
    m_pages->insertWidget(EmptyPage, m_noSupport);

    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *columns = new QHBoxLayout(content);
    auto *left = new QVBoxLayout;
    left->addWidget(buildEnd(content));
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(buildChecks(content));
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    scroll->setWidget(content);
    m_pages->insertWidget(SupportPage, scroll);

    connect(m_action, &RecordCombo::idEdited, this, &ExitTab::setActionId);

    TabForms::tabOrder({m_action, m_end,    m_outcome, m_endNotes,  m_plan,
                        m_checks, m_checkDone, m_housed, m_checkNotes});
}

QString ExitTab::title() const
{
    return tr("Exit");
}

QWidget *ExitTab::buildEnd(QWidget *parent)
{
    auto *box = new QGroupBox(tr("End of support"), parent);
    auto *layout = new QVBoxLayout(box);
    auto &fields = m_supportFields;
    fields.messages().setFallback(QStringLiteral("support"));
    layout->addWidget(fields.messages().add(QStringLiteral("support"), box));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    m_start = new QLabel(box);
    m_start->setObjectName(QStringLiteral("supportStart"));
    m_start->setToolTip(tr("Set in the Situation tab"));
    form->addRow(
            tr("Start of support:"),
            withMessage(m_start, fields.messages().add(QStringLiteral("startDate"), box), box));
    m_end = compact(new DateEdit(box));
    m_end->setObjectName(QStringLiteral("endDate"));
    m_end->setToolTip(tr("The last day of support; the checks not made yet follow it"));
    form->addRow(buddyLabel(tr("&End of support:"), m_end, box),
                 withMessage(m_end, fields.message(QStringLiteral("endDate"), m_end), box));
    m_outcome = new CodeCombo(lookups().catalog, ReferenceList::SupportOutcome, true, box);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    form->addRow(buddyLabel(tr("&Outcome:"), m_outcome, box),
                 withMessage(m_outcome, fields.message(QStringLiteral("outcome"), m_outcome), box));
    m_endNotes = new FreeTextEdit(box);
    m_endNotes->setObjectName(QStringLiteral("endNotes"));
    bounded(m_endNotes, 7);
    form->addRow(buddyLabel(tr("&Notes:"), m_endNotes, box), m_endNotes);
    m_months = new QLabel(box);
    m_months->setObjectName(QStringLiteral("monthsSupported"));
    QFont bold = m_months->font();
    bold.setBold(true);
    m_months->setFont(bold);
    form->addRow(tr("Time supported:"), m_months);

    // The end of support moves the checks not made yet: a change of the file, not only of
    // the support.
    connect(m_end, &DateEdit::dateEdited, this, [this](const QDate &date) {
        const Support *s = support();
        if (!s)
            return;
        const Id supportId = s->id;
        edit(tr("Change the end of support"),
             [supportId, date](HouseholdFile &f) { ExitRules::setEndDate(f, supportId, date); });
    });
    fields.bind(m_outcome, &Support::outcome, tr("Change the outcome of the support"));
    fields.bind(m_endNotes, &Support::endNotes, tr("Edit the notes on the end of support"));
    return box;
}

QWidget *ExitTab::buildChecks(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Checks after support"), parent);
    auto *layout = new QVBoxLayout(box);
    m_checksHint = new QLabel(box);
    m_checksHint->setObjectName(QStringLiteral("checksHint"));
    m_checksHint->setWordWrap(true);
    layout->addWidget(m_checksHint);
    m_plan = new QPushButton(tr("&Plan the checks at +6, +12 and +24 months"), box);
    m_plan->setObjectName(QStringLiteral("planChecks"));
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_plan);
    planRow->addStretch();
    layout->addLayout(planRow);
    m_checks = recordTable(
            QStringLiteral("checks"),
            {tr("Check"), tr("Due on"), tr("Done on"), tr("Still housed"), tr("State")}, box);
    m_checks->setMinimumHeight(m_checks->verticalHeader()->defaultSectionSize() * 3
                               + m_checks->horizontalHeader()->sizeHint().height() + 6);
    m_checks->setMaximumHeight(m_checks->minimumHeight() + 20);
    m_checks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_checks->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_checks);
    auto &fields = m_checkFields;
    fields.messages().setFallback(QStringLiteral("checks"));
    layout->addWidget(fields.messages().add(QStringLiteral("checks"), box));

    m_checkForm = new QWidget(box);
    m_checkForm->setObjectName(QStringLiteral("checkForm"));
    auto *formLayout = new QVBoxLayout(m_checkForm);
    formLayout->setContentsMargins(0, 6, 0, 0);
    m_checkTitle = new QLabel(m_checkForm);
    QFont bold = m_checkTitle->font();
    bold.setBold(true);
    m_checkTitle->setFont(bold);
    formLayout->addWidget(m_checkTitle);
    auto *form = new QFormLayout;
    formLayout->addLayout(form);
    m_checkDone = compact(new DateEdit(m_checkForm));
    m_checkDone->setObjectName(QStringLiteral("checkDone"));
    form->addRow(buddyLabel(tr("&Done on:"), m_checkDone, m_checkForm),
                 withMessage(m_checkDone, fields.message(QStringLiteral("doneDate"), m_checkDone),
                             m_checkForm));
    m_housed = new QComboBox(m_checkForm);
    m_housed->setObjectName(QStringLiteral("stillHoused"));
    m_housed->addItem(tr("Unknown"));
    m_housed->addItem(tr("Yes"));
    m_housed->addItem(tr("No"));
    form->addRow(buddyLabel(tr("&Still housed:"), m_housed, m_checkForm), m_housed);
    m_checkNotes = new FreeTextEdit(m_checkForm);
    m_checkNotes->setObjectName(QStringLiteral("checkNotes"));
    bounded(m_checkNotes, 5);
    form->addRow(buddyLabel(tr("No&tes:"), m_checkNotes, m_checkForm), m_checkNotes);
    layout->addWidget(m_checkForm);

    connect(m_plan, &QPushButton::clicked, this, [this] {
        const Support *s = support();
        if (!s)
            return;
        const Id supportId = s->id;
        edit(tr("Plan the checks after support"),
             [supportId](HouseholdFile &f) { ExitRules::planChecks(f, supportId); });
        m_checks->setFocus();
    });
    connect(m_checks, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (m_filling)
            return;
        const QTableWidgetItem *item = row >= 0 ? m_checks->item(row, 0) : nullptr;
        m_checkOffset = item ? item->data(OffsetRole).toInt() : 0;
        fillCheckForm();
        showProblems();
    });
    fields.bind(m_checkDone, &PostSupportCheck::doneDate, tr("Change the date of a check"));
    // 0: unknown, 1: yes, 2: no.
    fields.bind(
            m_housed,
            [](const PostSupportCheck &c) { return c.stillHoused ? (*c.stillHoused ? 1 : 2) : 0; },
            [](PostSupportCheck &c, int index) {
                c.stillHoused = index == 1   ? std::optional<bool>(true)
                                : index == 2 ? std::optional<bool>(false)
                                             : std::nullopt;
            },
            tr("Change whether the household is still housed"));
    fields.bind(m_checkNotes, &PostSupportCheck::notes, tr("Edit the notes of a check"));
    return box;
}

void ExitTab::setActionId(Id actionId)
{
    if (actionId == m_actionId)
        return;
    m_actionId = actionId;
    m_checkOffset = 0;
    refresh();
}

const Support *ExitTab::support() const
{
    return m_actionId > 0 ? file().support(m_actionId) : nullptr;
}

const PostSupportCheck *ExitTab::check() const
{
    const Support *s = support();
    if (!s)
        return nullptr;
    const auto it = file().checks.constFind(s->id);
    if (it == file().checks.cend())
        return nullptr;
    for (const PostSupportCheck &c : *it) {
        if (c.offsetMonths == m_checkOffset)
            return &c;
    }
    return nullptr;
}

void ExitTab::editSupport(const QString &text, const std::function<void(Support &)> &change,
                          const QString &mergeKey)
{
    const Support *s = support();
    if (!s)
        return;
    const Id supportId = s->id;
    document().edit(
            text,
            [supportId, change](HouseholdFile &f) {
                for (Support &ss : f.supports) {
                    if (ss.id == supportId)
                        change(ss);
                }
            },
            mergeKey);
}

void ExitTab::editCheck(const QString &text, const std::function<void(PostSupportCheck &)> &change,
                        const QString &mergeKey)
{
    const Support *s = support();
    if (!s || !check())
        return;
    const Id supportId = s->id;
    const int offset = m_checkOffset;
    document().edit(
            text,
            [supportId, offset, change](HouseholdFile &f) {
                const auto it = f.checks.find(supportId);
                if (it == f.checks.end())
                    return;
                for (PostSupportCheck &c : *it) {
                    if (c.offsetMonths == offset)
                        change(c);
                }
            },
            mergeKey);
}

void ExitTab::fillActions()
{
    const QList<std::pair<Id, QString>> choices = supportActionChoices(file(), lookups());
    // The support going on first: its end is the one to record.
    const Id shown = shownSupportAction(file(), choices, m_actionId);
    if (shown != m_actionId) {
        m_actionId = shown;
        m_checkOffset = 0;
    }
    showSupportChoices(m_action, m_actionName, choices, m_actionId, tr("(no support)"));
}

void ExitTab::refresh()
{
    Refreshing guard(this);
    fillActions();
    if (!support()) {
        m_pages->setCurrentIndex(EmptyPage);
        return;
    }
    m_pages->setCurrentIndex(SupportPage);
    fillEnd();
    fillChecks();
    fillCheckForm();
    showProblems();
}

void ExitTab::fillEnd()
{
    const Support &s = *support();
    m_start->setText(s.startDate.isValid() ? dateText(s.startDate) : tr("not started yet"));
    m_end->setDate(s.endDate);
    m_supportFields.refresh();
    const std::optional<Months> months = ExitRules::timeSupported(s, context().today());
    if (!months) {
        m_months->setText(tr("—"));
    } else {
        const QString figure = QLocale().toString(months->value(), 'f', 1);
        m_months->setText(s.endDate.isValid() ? tr("%1 months").arg(figure)
                                              : tr("%1 months so far").arg(figure));
    }
}

void ExitTab::fillChecks()
{
    const Support &s = *support();
    const QList<PostSupportCheck> checks = file().checks.value(s.id);
    const QList<int> missing = ExitRules::missingChecks(s, checks);
    m_plan->setVisible(s.endDate.isValid() && !missing.isEmpty());
    if (!s.endDate.isValid())
        m_checksHint->setText(tr("The checks at +6, +12 and +24 months are planned once the end "
                                 "of support is recorded."));
    else if (checks.isEmpty())
        m_checksHint->setText(tr("Not planned yet: their due dates follow the end of support "
                                 "(%1 + 6, 12 and 24 months).")
                                      .arg(dateText(s.endDate)));
    else
        m_checksHint->setText(tr("Is the household still housed? Record each check when it is "
                                 "made; checks due within %n day(s) or late stand out.",
                                 nullptr, ExitRules::DueWithinDays));

    m_filling = true;
    const QDate today = context().today();
    m_checks->setRowCount(int(checks.size()));
    int current = -1;
    int firstOpen = -1;
    for (int row = 0; row < checks.size(); ++row) {
        const PostSupportCheck &c = checks.at(row);
        auto *name = cell(tr("+%n month(s)", nullptr, c.offsetMonths));
        name->setData(OffsetRole, c.offsetMonths);
        m_checks->setItem(row, ColumnName, name);
        m_checks->setItem(row, ColumnDue, cell(dateText(c.dueDate)));
        m_checks->setItem(row, ColumnDone, cell(dateText(c.doneDate)));
        m_checks->setItem(row, ColumnHoused,
                          cell(!c.stillHoused.has_value() ? QString()
                               : *c.stillHoused           ? tr("yes")
                                                          : tr("no")));
        const ExitRules::CheckState state = ExitRules::checkState(c, today);
        QString stateText;
        switch (state) {
        case ExitRules::CheckState::Done:
            stateText = tr("done");
            break;
        case ExitRules::CheckState::Upcoming:
            stateText = tr("to come");
            break;
        case ExitRules::CheckState::Due:
            stateText = tr("due");
            break;
        case ExitRules::CheckState::Late:
            stateText = tr("late");
            break;
        case ExitRules::CheckState::Unplanned:
            stateText = tr("no due date");
            break;
        }
        m_checks->setItem(row, ColumnState, cell(stateText));
        if (state == ExitRules::CheckState::Late)
            standOut(m_checks, row, tr("Late: due on %1 and not made.").arg(dateText(c.dueDate)));
        else if (state == ExitRules::CheckState::Due)
            standOut(m_checks, row, tr("Due on %1: to organise now.").arg(dateText(c.dueDate)));
        if (!Validation::check(c).isEmpty())
            name->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        if (c.offsetMonths == m_checkOffset)
            current = row;
        if (firstOpen < 0 && state != ExitRules::CheckState::Done)
            firstOpen = row;
    }
    // At first, the next check to make.
    if (current < 0 && !checks.isEmpty())
        current = firstOpen >= 0 ? firstOpen : 0;
    m_checkOffset = current >= 0 ? checks.at(current).offsetMonths : 0;
    m_checks->setCurrentCell(current, 0);
    m_checks->setVisible(!checks.isEmpty());
    m_filling = false;
}

void ExitTab::fillCheckForm()
{
    const PostSupportCheck *c = check();
    m_checkForm->setVisible(c != nullptr);
    if (!c)
        return;
    m_checkTitle->setText(tr("Check at +%n month(s), due on %1", nullptr, c->offsetMonths)
                                  .arg(dateText(c->dueDate)));
    m_checkFields.refresh();
}

void ExitTab::showProblems()
{
    const Support *s = support();
    m_supportFields.showProblems(s ? Validation::check(*s, lookups().catalog) : Problems());
    const PostSupportCheck *c = check();
    m_checkFields.showProblems(c ? Validation::check(*c) : Problems());
}

} // namespace Passerelle::Ui
