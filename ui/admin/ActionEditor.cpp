#include "ActionEditor.h"

#include "AppContext.h"
#include "ChildTable.h"
#include "actions/ActionTotals.h"
#include "forms/TabForms.h"
#include "storage/DirectoryRepositories.h"
#include "widgets/FormWidgets.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Passerelle::Ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int NoYear = 1989; // the spin box's "—": below every valid year

QString period(const QDate &start, const QDate &end)
{
    const QString from = TabForms::dateText(start);
    const QString to = TabForms::dateText(end);
    if (!start.isValid() && !end.isValid())
        return {};
    if (!end.isValid())
        return ActionEditor::tr("since %1").arg(from);
    if (!start.isValid())
        return ActionEditor::tr("until %1").arg(to);
    return from + QStringLiteral(" – ") + to;
}

} // namespace

ActionEditor::ActionEditor(AppContext &context, QWidget *parent)
    : RepositoryEditorOf(context, Shape::ListAndForm, &m_action, parent),
      m_form(binder(&m_action))
{
    setObjectName(u"actionEditor"_s);
    setNewText(tr("New action"));
    QList<QWidget *> order;
    auto *top = new QHBoxLayout;
    top->addWidget(buildIdentity(order), 1);
    top->addWidget(buildTargets(order), 1);
    formLayout()->addLayout(top);
    formLayout()->addWidget(buildTotals());
    buildFunding();
    buildExpenses();
    formLayout()->addStretch();
    TabForms::tabOrder(order + m_funding->tabStops() + m_expenses->tabStops());
    refresh();
}

QWidget *ActionEditor::buildIdentity(QList<QWidget *> &order)
{
    QFormLayout *form = formGroup(tr("Action"));
    QWidget *box = form->parentWidget();
    auto *code = m_form->row(form, tr("&Code:"), new QLineEdit(box), u"code"_s, &Action::code,
                             tr("Change the code"), u"code"_s);
    code->setMaxLength(40);
    code->setPlaceholderText(tr("e.g. LAAVA"));
    auto *name = m_form->row(form, tr("Na&me:"), new QLineEdit(box), u"name"_s, &Action::name,
                             tr("Change the name"), u"name"_s);
    auto *category = m_form->row(
        form, tr("Ca&tegory:"),
        new CodeCombo(lookups().catalog, ReferenceList::ActionCategory, true, box),
        u"category"_s, &Action::category, tr("Change the category"), u"category"_s);
    auto *call = m_form->row(form, tr("Call for &projects:"), new QLineEdit(box),
                             u"callForProjects"_s, &Action::callForProjects,
                             tr("Change the call for projects"));
    call->setPlaceholderText(tr("e.g. 10 000 logements Hlm accompagnés"));
    // A spin box is set up before it is bound: its range moves its value.
    auto *year = new QSpinBox(box);
    year->setRange(NoYear, 2100);
    year->setSpecialValueText(tr("—"));
    year->setMaximumWidth(110);
    m_form->row(form, tr("&Year of the call:"), year, u"callYear"_s, &Action::callYear,
                tr("Change the year of the call"), u"callYear"_s);
    m_lead = m_form->row(form, tr("&Lead partner:"), new RecordCombo(true, box),
                         u"leadPartnerId"_s, &Action::leadPartnerId, tr("Change the lead partner"));
    auto *territory = m_form->row(form, tr("Terr&itory:"), new QLineEdit(box), u"territory"_s,
                                  &Action::territory, tr("Change the territory"));
    auto *start = m_form->row(form, tr("Start &date:"), new DateEdit(box), u"startDate"_s,
                              &Action::startDate, tr("Change the start date"));
    auto *end = m_form->row(form, tr("&End date:"), new DateEdit(box), u"endDate"_s,
                            &Action::endDate, tr("Change the end date"), u"endDate"_s);
    auto *description = m_form->row(form, tr("Descri&ption:"), new QPlainTextEdit(box),
                                    u"description"_s, &Action::description,
                                    tr("Edit the description"));
    description->setTabChangesFocus(true);
    description->setMinimumHeight(70);
    description->setMaximumHeight(120);
    order << code << name << category << call << year << m_lead << territory << start << end
          << description;
    return box;
}

QWidget *ActionEditor::buildTargets(QList<QWidget *> &order)
{
    auto *box = new QGroupBox(tr("Publics, targets and budget"), formArea());
    auto *form = new QFormLayout(box);
    // Labels above the fields: the publics' labels are long and need the whole width.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_publicsHolder = new QWidget(box);
    auto *holderLayout = new QVBoxLayout(m_publicsHolder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    buildPublics();
    // The list is rebuilt when the administrator adds a public: its label points at the holder.
    m_publicsHolder->layout()->addWidget(message(u"publics"_s, m_publicsHolder));
    auto *publicsLabel = new QLabel(tr("P&ublics targeted:"), box);
    publicsLabel->setBuddy(m_publicsHolder);
    form->addRow(publicsLabel, m_publicsHolder);
    order << m_publicsHolder;
    const auto count = [&](const QString &label, const QString &name, int Action::*member,
                           const QString &text) {
        auto *spin = new QSpinBox(box);
        spin->setRange(0, 100000);
        spin->setSuffix(tr(" households"));
        spin->setMaximumWidth(180);
        order << m_form->row(
            form, label, spin, name,
            [member](const Action &a) { return std::optional<int>(a.*member); },
            [member](Action &a, std::optional<int> n) { a.*member = n.value_or(0); }, text, name);
    };
    count(tr("Target, ne&w entrants:"), u"targetNewEntrants"_s, &Action::targetNewEntrants,
          tr("Change the target of new entrants"));
    count(tr("Target, e&xisting tenants:"), u"targetExistingTenants"_s,
          &Action::targetExistingTenants, tr("Change the target of existing tenants"));
    auto *budget = m_form->row(
        form, tr("&Budget:"), new MoneyEdit(box), u"budget"_s,
        [](const Action &a) { return std::optional<Cents>(a.budget); },
        [](Action &a, std::optional<Cents> cents) { a.budget = cents.value_or(0); },
        tr("Change the budget"), u"budget"_s);
    budget->setMaximumWidth(180);
    order << budget;
    return box;
}

void ActionEditor::buildPublics()
{
    // Rebuilt when the administrator adds an entry to the list of publics.
    delete m_publics;
    m_publics = new CodeChecklist(lookups().catalog, ReferenceList::Public, m_publicsHolder);
    m_publics->setObjectName(u"publics"_s);
    m_publics->setMinimumHeight(190);
    static_cast<QVBoxLayout *>(m_publicsHolder->layout())->insertWidget(0, m_publics);
    m_publicsHolder->setFocusProxy(m_publics);
    m_publicsForm = binder(&m_action); // made again with the list
    m_publicsForm->bind(m_publics, &Action::publics, tr("Change the publics targeted"));
    m_publicsForm->refresh();
}

void ActionEditor::buildFunding()
{
    m_funding = childTable(tr("Funding lines"), u"fundingLines"_s, tr("Add a funding line"),
                           tr("No funding line yet — add one with the button below."),
                           tr("Edit the funding"));
    auto &line = m_funding->setChildren(m_action.fundingLines);
    QWidget *form = line.parent();
    line.field(tr("Source"),
               new CodeCombo(lookups().catalog, ReferenceList::FundingSource, true, form),
               u"source"_s, &FundingLine::source);
    line.field(tr("Funder"), new QLineEdit(form), u"funder"_s, &FundingLine::funder);
    line.field(tr("Granted"), new MoneyEdit(form), u"amountGranted"_s,
               &FundingLine::amountGranted);
    line.field(tr("Received"), new MoneyEdit(form), u"amountReceived"_s,
               &FundingLine::amountReceived);
    line.field(tr("Granted on"), TabForms::compact(new DateEdit(form)), u"grantedDate"_s,
               &FundingLine::grantedDate);
    line.field(tr("Received on"), TabForms::compact(new DateEdit(form)), u"receivedDate"_s,
               &FundingLine::receivedDate);
    line.field(tr("Notes"), new QLineEdit(form), u"notes"_s, &FundingLine::notes);
}

void ActionEditor::buildExpenses()
{
    m_expenses = childTable(tr("Expenses"), u"expenses"_s, tr("Add an expense"),
                            tr("No expense yet — add one with the button below."),
                            tr("Edit the expenses"));
    auto &expense = m_expenses->setChildren(m_action.expenses, [this] {
        Expense e;
        e.date = context().today();
        return e;
    });
    QWidget *form = expense.parent();
    expense.field(tr("Date"), TabForms::compact(new DateEdit(form)), u"date"_s, &Expense::date);
    expense.field(tr("Category"),
                  new CodeCombo(lookups().catalog, ReferenceList::ExpenseCategory, true, form),
                  u"category"_s, &Expense::category);
    expense.field(tr("Label"), new QLineEdit(form), u"label"_s, &Expense::label);
    expense.field(tr("Amount"), new MoneyEdit(form), u"amount"_s, &Expense::amount);
    m_paidTo = expense.field(tr("Paid to"), new RecordCombo(true, form), u"partnerId"_s,
                             &Expense::partnerId);
}

QWidget *ActionEditor::buildTotals()
{
    auto *box = new QGroupBox(tr("Totals"), formArea());
    auto *grid = new QGridLayout(box);
    const std::pair<const char *, QString> figures[] = {
        {"budget", tr("Budget")},
        {"granted", tr("Granted")},
        {"received", tr("Received")},
        {"spent", tr("Spent")},
        {"balance", tr("Balance (received − spent)")},
        {"toReceive", tr("Still to receive")},
        {"unfunded", tr("Budget not covered by funding")},
    };
    int column = 0;
    int row = 0;
    for (const auto &[key, title] : figures) {
        auto *caption = new QLabel(title, box);
        caption->setStyleSheet(QStringLiteral("color: palette(mid);"));
        // « Budget non couvert par les financements » wraps rather than widen the form.
        caption->setWordWrap(true);
        auto *value = TabForms::heading(QString(), 1.15, box);
        value->setObjectName(QStringLiteral("total_") + QLatin1String(key));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(caption, row * 2, column);
        grid->addWidget(value, row * 2 + 1, column);
        m_totals.insert(QLatin1String(key), value);
        if (++column == 4) {
            column = 0;
            ++row;
        }
    }
    // Four columns that share the pane: on a 1366 px laptop the form stays as wide as its
    // pane (the captions wrap), so that no amount sits beyond its right edge.
    grid->setHorizontalSpacing(16);
    for (int c = 0; c < 4; ++c) {
        grid->setColumnMinimumWidth(c, 110);
        grid->setColumnStretch(c, 1);
    }
    return box;
}

QList<std::pair<Id, QString>> ActionEditor::partnerChoices() const
{
    // Every partner, so that an old expense still shows whom it paid.
    QList<std::pair<Id, QString>> out;
    for (const Partner &p : lookups().partners)
        out.append({p.id, p.active ? p.name : tr("%1 (inactive)").arg(p.name)});
    return out;
}

void ActionEditor::recordEdited()
{
    showTotals();
}

void ActionEditor::showTotals()
{
    const ActionTotals t = ActionTotals::of(m_action);
    auto show = [this](const char *key, Cents value, bool warnIfNegative) {
        QLabel *label = m_totals.value(QLatin1String(key));
        label->setText(MoneyEdit::format(value));
        label->setStyleSheet(warnIfNegative && value < 0 ? QStringLiteral("color: #b00020;")
                                                         : QString());
    };
    show("budget", t.budget, false);
    show("granted", t.granted, false);
    show("received", t.received, false);
    show("spent", t.spent, false);
    show("balance", t.balance(), true);
    show("toReceive", t.toReceive(), false);
    show("unfunded", t.unfunded(), true);
}

QStringList ActionEditor::listHeaders() const
{
    return {tr("Code"), tr("Name"), tr("Category"), tr("Period"), tr("Targets"), tr("Budget")};
}

Result<QList<RecordEditor::ListRow>> ActionEditor::listRows() const
{
    PASSERELLE_TRY(actions, ActionRepository(context().db()).list());
    QList<ListRow> rows;
    for (const Action &a : actions) {
        rows.append({a.id,
                     {a.code, a.name,
                      lookups().catalog.label(ReferenceList::ActionCategory, a.category),
                      period(a.startDate, a.endDate),
                      tr("%1 new, %2 existing").arg(a.targetNewEntrants).arg(a.targetExistingTenants),
                      MoneyEdit::format(a.budget)},
                     false});
    }
    return rows;
}

QString ActionEditor::heading() const
{
    if (m_action.id <= 0 && m_action.code.isEmpty())
        return tr("New action");
    // "LAAVA « Logement… »" already says its code.
    if (m_action.name.isEmpty() || m_action.name.startsWith(m_action.code))
        return m_action.name.isEmpty() ? m_action.code : m_action.name;
    return m_action.code + QStringLiteral(" — ") + m_action.name;
}

void ActionEditor::lookupsChanged()
{
    buildPublics();
    showPartnerChoices();
}

void ActionEditor::showPartnerChoices()
{
    const QList<std::pair<Id, QString>> choices = partnerChoices();
    m_lead->setRecords(choices);
    m_paidTo->setRecords(choices);
}

void ActionEditor::showRecord()
{
    if (m_lead->count() == 0)
        showPartnerChoices();
    m_form->refresh();
    m_publicsForm->refresh();
    showTotals();
}

} // namespace Passerelle::Ui
