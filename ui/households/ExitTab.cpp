#include "ExitTab.h"

#include "AppContext.h"
#include "Lookups.h"
#include "domain/Validation.h"
#include "forms/TabForms.h"
#include "households/ExitRules.h"
#include "widgets/FormWidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

namespace Passerelle::Ui {

using namespace TabForms;

namespace {

QString stateText(ExitRules::CheckState state)
{
    switch (state) {
    case ExitRules::CheckState::Done:
        return ExitTab::tr("done");
    case ExitRules::CheckState::Upcoming:
        return ExitTab::tr("to come");
    case ExitRules::CheckState::Due:
        return ExitTab::tr("due");
    case ExitRules::CheckState::Late:
        return ExitTab::tr("late");
    case ExitRules::CheckState::Unplanned:
        return ExitTab::tr("no due date");
    }
    return {};
}

} // namespace

ExitTab::ExitTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
                 QWidget *parent)
    : SupportTab(document, context, lookups, parent)
    , m_supportList(this, document, [](HouseholdFile &f) -> QList<Support> & { return f.supports; })
    , m_checkList(this, document,
                  [this](HouseholdFile &f) -> QList<PostSupportCheck> & {
                      // Only ever read: a check is edited once found in its support's list.
                      static QList<PostSupportCheck> none;
                      const Id supportId = m_supportList.currentId();
                      const auto it = supportId != 0 ? f.checks.find(supportId) : f.checks.end();
                      return it != f.checks.end() ? *it : none;
                  })
    , m_fileFields(
              this, [this] { return m_supportList.current() ? &file() : nullptr; },
              [this](const QString &text, const Forms::Binder<HouseholdFile>::Change &change,
                     const QString &key) { editEnd(text, change, key); })
{
    setObjectName(QStringLiteral("exit"));
    auto *noSupport = emptyState(tr("This household has no support yet. Add one in the Situation "
                                    "tab: its end and the checks after it are recorded here."),
                                 this);
    noSupport->setObjectName(QStringLiteral("noSupport"));
    QVBoxLayout *page = buildPages(tr("&Action:"), QStringLiteral("exitAction"),
                                   tr("The support whose end is shown (one support per action)"),
                                   noSupport);
    QWidget *content = page->parentWidget();
    auto *columns = new QHBoxLayout;
    page->addLayout(columns);
    QList<QWidget *> order{actionChoice()}; // the keyboard order of the tab
    auto *left = new QVBoxLayout;
    left->addWidget(buildEnd(content, order));
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(buildChecks(content, order));
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    tabOrder(order);
}

QString ExitTab::title() const
{
    return tr("Exit");
}

QWidget *ExitTab::buildEnd(QWidget *parent, QList<QWidget *> &order)
{
    auto *box = new QGroupBox(tr("End of support"), parent);
    auto *layout = new QVBoxLayout(box);
    auto &support = m_supportList.form();
    support.messages().setFallback(QStringLiteral("support"));
    layout->addWidget(support.messages().add(QStringLiteral("support"), box));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    m_start = new QLabel(box);
    m_start->setObjectName(QStringLiteral("supportStart"));
    m_start->setToolTip(tr("Set in the Situation tab"));
    form->addRow(tr("Start of support:"),
                 withMessage(m_start, support.messages().add(QStringLiteral("startDate"), box),
                             box));
    auto *end = compact(new DateEdit(box));
    end->setToolTip(tr("The last day of support; the checks not made yet follow it"));
    support.addRow(form, tr("&End of support:"), end, QStringLiteral("endDate"),
                   QStringLiteral("endDate"));
    // The end of support moves the checks not made yet: a change of the file, not only of
    // the support.
    order << m_fileFields.bind(
            end,
            [this](const HouseholdFile &f) {
                const Support *s = f.support(actionId());
                return s ? s->endDate : QDate();
            },
            [this](HouseholdFile &f, const QDate &date) {
                if (const Support *s = f.support(actionId()))
                    ExitRules::setEndDate(f, s->id, date);
            },
            tr("Change the end of support"));
    order << support.row(form, tr("&Outcome:"),
                         new CodeCombo(lookups().catalog, ReferenceList::SupportOutcome, true, box),
                         QStringLiteral("outcome"), &Support::outcome,
                         tr("Change the outcome of the support"), QStringLiteral("outcome"))
          << support.row(form, tr("&Notes:"), bounded(new FreeTextEdit(box), 7),
                         QStringLiteral("endNotes"), &Support::endNotes,
                         tr("Edit the notes on the end of support"));
    m_months = heading(QString(), 1.0, box);
    m_months->setObjectName(QStringLiteral("monthsSupported"));
    form->addRow(tr("Time supported:"), m_months);
    return box;
}

QWidget *ExitTab::buildChecks(QWidget *parent, QList<QWidget *> &order)
{
    auto *box = new QGroupBox(tr("Checks after support"), parent);
    auto *layout = new QVBoxLayout(box);
    m_checksHint = new QLabel(box);
    m_checksHint->setObjectName(QStringLiteral("checksHint"));
    m_checksHint->setWordWrap(true);
    layout->addWidget(m_checksHint);
    m_plan = new QPushButton(tr("&Plan the checks at +6, +12 and +24 months"), box);
    m_plan->setObjectName(QStringLiteral("planChecks"));
    layout->addWidget(m_plan, 0, Qt::AlignLeft);
    m_checks = recordTable(
            QStringLiteral("checks"),
            {tr("Check"), tr("Due on"), tr("Done on"), tr("Still housed"), tr("State")}, box);
    m_checks->setMinimumHeight(m_checks->verticalHeader()->defaultSectionSize() * 3
                               + m_checks->horizontalHeader()->sizeHint().height() + 6);
    m_checks->setMaximumHeight(m_checks->minimumHeight() + 20);
    m_checks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_checks->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_checks);
    auto &check = m_checkList.form();
    check.messages().setFallback(QStringLiteral("checks"));
    layout->addWidget(check.messages().add(QStringLiteral("checks"), box));

    m_checkForm = new QWidget(box);
    m_checkForm->setObjectName(QStringLiteral("checkForm"));
    auto *formLayout = new QVBoxLayout(m_checkForm);
    formLayout->setContentsMargins(0, 6, 0, 0);
    m_checkTitle = heading(QString(), 1.0, m_checkForm);
    formLayout->addWidget(m_checkTitle);
    auto *form = new QFormLayout;
    formLayout->addLayout(form);
    auto *housed = new QComboBox(m_checkForm);
    housed->addItem(tr("Unknown"));
    housed->addItem(tr("Yes"));
    housed->addItem(tr("No"));
    order << m_plan << m_checks
          << check.row(form, tr("&Done on:"), compact(new DateEdit(m_checkForm)),
                       QStringLiteral("checkDone"), &PostSupportCheck::doneDate,
                       tr("Change the date of a check"), QStringLiteral("doneDate"));
    // 0: unknown, 1: yes, 2: no.
    order << check.row(
            form, tr("&Still housed:"), housed, QStringLiteral("stillHoused"),
            [](const PostSupportCheck &c) { return c.stillHoused ? (*c.stillHoused ? 1 : 2) : 0; },
            [](PostSupportCheck &c, int index) {
                c.stillHoused = index == 1   ? std::optional<bool>(true)
                                : index == 2 ? std::optional<bool>(false)
                                             : std::nullopt;
            },
            tr("Change whether the household is still housed"));
    order << check.row(form, tr("No&tes:"), bounded(new FreeTextEdit(m_checkForm), 5),
                       QStringLiteral("checkNotes"), &PostSupportCheck::notes,
                       tr("Edit the notes of a check"));
    layout->addWidget(m_checkForm);

    connect(m_plan, &QPushButton::clicked, this, [this] {
        const Support *s = m_supportList.current();
        if (!s)
            return;
        const Id supportId = s->id;
        edit(tr("Plan the checks after support"),
             [supportId](HouseholdFile &f) { ExitRules::planChecks(f, supportId); });
        m_checks->setFocus();
    });
    m_checkList.follow(m_checks, this, [this] {
        const PostSupportCheck *c = m_checkList.current();
        m_checkOffset = c ? c->offsetMonths : 0;
        fillCheckForm();
        showProblems();
    });
    return box;
}

void ExitTab::actionChanged()
{
    m_checkOffset = 0;
}

void ExitTab::refresh()
{
    Refreshing guard(this);
    fillActions(tr("(no support)"));
    const Support *s = actionId() > 0 ? file().support(actionId()) : nullptr;
    m_supportList.setCurrentId(s ? s->id : 0);
    showSupportPage(s != nullptr);
    if (!s)
        return;
    fillEnd(*s);
    fillChecks(*s);
    fillCheckForm();
    showProblems();
}

void ExitTab::fillEnd(const Support &s)
{
    m_start->setText(s.startDate.isValid() ? dateText(s.startDate) : tr("not started yet"));
    m_supportList.form().refresh();
    m_fileFields.refresh();
    const std::optional<Months> months = ExitRules::timeSupported(s, context().today());
    if (!months) {
        m_months->setText(tr("—"));
    } else {
        const QString figure = QLocale().toString(months->value(), 'f', 1);
        m_months->setText(s.endDate.isValid() ? tr("%1 months").arg(figure)
                                              : tr("%1 months so far").arg(figure));
    }
}

void ExitTab::fillChecks(const Support &s)
{
    const QList<PostSupportCheck> &checks = m_checkList.all();
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

    const QSignalBlocker blocker(m_checks); // filling chooses no row
    const QDate today = context().today();
    m_checks->setRowCount(int(checks.size()));
    Id chosen = 0;
    Id next = 0;
    for (int row = 0; row < checks.size(); ++row) {
        const PostSupportCheck &c = checks.at(row);
        const ExitRules::CheckState state = ExitRules::checkState(c, today);
        const QStringList texts{tr("+%n month(s)", nullptr, c.offsetMonths), dateText(c.dueDate),
                                dateText(c.doneDate),
                                !c.stillHoused.has_value() ? QString()
                                : *c.stillHoused           ? tr("yes")
                                                           : tr("no"),
                                stateText(state)};
        for (int column = 0; column < texts.size(); ++column)
            m_checks->setItem(row, column, cell(texts.at(column)));
        setRowId(m_checks, row, c.id);
        if (state == ExitRules::CheckState::Late)
            standOut(m_checks, row, tr("Late: due on %1 and not made.").arg(dateText(c.dueDate)));
        else if (state == ExitRules::CheckState::Due)
            standOut(m_checks, row, tr("Due on %1: to organise now.").arg(dateText(c.dueDate)));
        if (!Validation::check(c, today).isEmpty())
            m_checks->item(row, 0)->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        if (c.offsetMonths == m_checkOffset)
            chosen = c.id;
        if (!next && state != ExitRules::CheckState::Done)
            next = c.id;
    }
    // The check chosen stays chosen; at first, the next check to make.
    if (!chosen && !checks.isEmpty())
        chosen = next ? next : checks.first().id;
    m_checkList.setCurrentId(chosen);
    const PostSupportCheck *c = m_checkList.current();
    m_checkOffset = c ? c->offsetMonths : 0;
    selectRow(m_checks, rowOf(m_checks, chosen));
    m_checks->setVisible(!checks.isEmpty());
}

void ExitTab::fillCheckForm()
{
    const PostSupportCheck *c = m_checkList.current();
    m_checkForm->setVisible(c != nullptr);
    if (!c)
        return;
    m_checkTitle->setText(tr("Check at +%n month(s), due on %1", nullptr, c->offsetMonths)
                                  .arg(dateText(c->dueDate)));
    m_checkList.form().refresh();
}

void ExitTab::showProblems()
{
    const Support *s = m_supportList.current();
    m_supportList.form().showProblems(s ? Validation::check(*s, lookups().catalog) : Problems());
    const PostSupportCheck *c = m_checkList.current();
    m_checkList.form().showProblems(c ? Validation::check(*c, context().today()) : Problems());
}

void ExitTab::editEnd(const QString &text, const Forms::Binder<HouseholdFile>::Change &change,
                      const QString &mergeKey)
{
    const Support *before = m_supportList.current();
    const bool wasRunning = before && !before->endDate.isValid();
    HouseholdFile after = file();
    change(after);
    const Support *ended = after.support(actionId());
    if (!wasRunning || !ended || !ended->endDate.isValid()) {
        document().edit(text, change, mergeKey);
        return;
    }
    // An end the rules refuse (before the start) is said now, before anything follows from it
    // (the question, the exit diagnostic), and taken back.
    QStringList refused;
    for (const FieldProblem &p : Validation::check(*ended, lookups().catalog)) {
        if (p.field == u"endDate" || (p.field == u"startDate" && !ended->startDate.isValid()))
            refused << p.message;
    }
    if (!refused.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("End the support"), refused.join(u'\n'),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("endSupportRefused"));
        box.setInformativeText(tr("Correct the end date: the support is not ended."));
        box.exec();
        m_fileFields.refresh(); // the end typed is taken back
        return;
    }
    // The support ends: what is still open is listed first, and the exit diagnostic offered.
    const Id supportId = ended->id;
    const QStringList open
            = ExitRules::stillOpen(after, supportId, ended->endDate, lookups().catalog);
    const std::optional<Diagnostic> diagnostic
            = ExitRules::exitDiagnostic(after, supportId, context().today());
    bool writeDiagnostic = false;
    if (!open.isEmpty() || diagnostic) {
        QMessageBox box(QMessageBox::Question, tr("End the support"),
                        tr("End the support on %1?").arg(dateText(ended->endDate)),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("endSupportQuestion"));
        box.button(QMessageBox::Yes)->setText(tr("&End the support"));
        if (!open.isEmpty()) {
            box.setInformativeText(tr("Still open:\n• %1\n\nThey stay as they are; you can "
                                      "close them before or after.")
                                           .arg(open.join(QStringLiteral("\n• "))));
        }
        QCheckBox *prepare = nullptr;
        if (diagnostic) {
            prepare = new QCheckBox(tr("Prepare the exit &diagnostic (to compare with the "
                                       "entry)"),
                                    &box);
            prepare->setChecked(true);
            box.setCheckBox(prepare);
        }
        box.setDefaultButton(QMessageBox::Yes);
        if (box.exec() != QMessageBox::Yes) {
            m_fileFields.refresh(); // the end typed is taken back
            return;
        }
        writeDiagnostic = prepare && prepare->isChecked();
    }
    document().edit(text, change, mergeKey);
    if (!writeDiagnostic)
        return;
    const Id id = file().nextTemporaryId();
    Diagnostic exit = *diagnostic;
    document().edit(tr("Add the exit diagnostic"), [id, exit](HouseholdFile &f) {
        f.diagnostics.append(exit);
        f.diagnostics.last().id = id;
    });
    Q_EMIT showRequested(QStringLiteral("diagnostic"), id);
}

} // namespace Passerelle::Ui
