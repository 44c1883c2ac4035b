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
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {

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
    : RecordEditorOf(context, Shape::ListAndForm, &m_action, parent), m_form(binder(&m_action))
{
    setObjectName(QStringLiteral("actionEditor"));
    setNewText(tr("New action"));
    auto *top = new QHBoxLayout;
    top->addWidget(buildIdentity(), 1);
    top->addWidget(buildTargets(), 1);
    formLayout()->addLayout(top);
    formLayout()->addWidget(buildTotals());
    formLayout()->addWidget(buildFunding());
    formLayout()->addWidget(buildExpenses());
    formLayout()->addStretch();

    TabForms::tabOrder({m_code,  m_name,  m_category,    m_call,        m_year,
                        m_lead,  m_territory, m_start->lineEdit(), m_end->lineEdit(),
                        m_description, m_publicsHolder, m_newEntrants, m_existingTenants,
                        m_budget, m_funding->table(), m_funding->addButton(),
                        m_funding->removeButton(), m_expenses->table(),
                        m_expenses->addButton(), m_expenses->removeButton()});
    refresh();
}

QWidget *ActionEditor::buildIdentity()
{
    auto *box = new QGroupBox(tr("Action"), formArea());
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_code = new QLineEdit(box);
    m_code->setMaxLength(40);
    m_code->setPlaceholderText(tr("e.g. LAAVA"));
    addRow(form, tr("&Code:"), m_code, QStringLiteral("code"));
    m_name = new QLineEdit(box);
    addRow(form, tr("Na&me:"), m_name, QStringLiteral("name"));
    m_category = new CodeCombo(lookups().catalog, ReferenceList::ActionCategory, true, box);
    addRow(form, tr("Ca&tegory:"), m_category, QStringLiteral("category"));
    m_call = new QLineEdit(box);
    m_call->setPlaceholderText(tr("e.g. 10 000 logements Hlm accompagnés"));
    addRow(form, tr("Call for &projects:"), m_call, QStringLiteral("callForProjects"));
    m_year = new QSpinBox(box);
    m_year->setRange(NoYear, 2100);
    m_year->setSpecialValueText(tr("—"));
    m_year->setMaximumWidth(110);
    addRow(form, tr("&Year of the call:"), m_year, QStringLiteral("callYear"));
    m_lead = new RecordCombo(true, box);
    addRow(form, tr("&Lead partner:"), m_lead, QStringLiteral("leadPartnerId"));
    m_territory = new QLineEdit(box);
    addRow(form, tr("Terr&itory:"), m_territory, QStringLiteral("territory"));
    m_start = new DateEdit(box);
    addRow(form, tr("Start &date:"), m_start, QStringLiteral("startDate"));
    m_end = new DateEdit(box);
    addRow(form, tr("&End date:"), m_end, QStringLiteral("endDate"));
    m_description = new QPlainTextEdit(box);
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(70);
    m_description->setMaximumHeight(120);
    addRow(form, tr("Descri&ption:"), m_description, QStringLiteral("description"));

    m_form->bind(m_code, &Action::code, tr("Change the code"));
    m_form->bind(m_name, &Action::name, tr("Change the name"));
    m_form->bind(m_category, &Action::category, tr("Change the category"));
    m_form->bind(m_call, &Action::callForProjects, tr("Change the call for projects"));
    m_form->bind(m_year, &Action::callYear, tr("Change the year of the call"));
    m_form->bind(m_lead, &Action::leadPartnerId, tr("Change the lead partner"));
    m_form->bind(m_territory, &Action::territory, tr("Change the territory"));
    m_form->bind(m_start, &Action::startDate, tr("Change the start date"));
    m_form->bind(m_end, &Action::endDate, tr("Change the end date"));
    m_form->bind(m_description, &Action::description, tr("Edit the description"));
    return box;
}

QWidget *ActionEditor::buildTargets()
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
    m_publicsHolder->layout()->addWidget(message(QStringLiteral("publics"), m_publicsHolder));
    auto *publicsLabel = new QLabel(tr("P&ublics targeted:"), box);
    publicsLabel->setBuddy(m_publicsHolder);
    form->addRow(publicsLabel, m_publicsHolder);
    m_newEntrants = new QSpinBox(box);
    m_newEntrants->setRange(0, 100000);
    m_newEntrants->setSuffix(tr(" households"));
    m_newEntrants->setMaximumWidth(180);
    addRow(form, tr("Target, ne&w entrants:"), m_newEntrants,
           QStringLiteral("targetNewEntrants"));
    m_existingTenants = new QSpinBox(box);
    m_existingTenants->setRange(0, 100000);
    m_existingTenants->setSuffix(tr(" households"));
    m_existingTenants->setMaximumWidth(180);
    addRow(form, tr("Target, e&xisting tenants:"), m_existingTenants,
           QStringLiteral("targetExistingTenants"));
    m_budget = new MoneyEdit(box);
    m_budget->setMaximumWidth(180);
    addRow(form, tr("&Budget:"), m_budget, QStringLiteral("budget"));

    const auto count = [](int Action::*member) {
        return std::pair{[member](const Action &a) { return std::optional<int>(a.*member); },
                         [member](Action &a, std::optional<int> n) { a.*member = n.value_or(0); }};
    };
    const auto [entrants, setEntrants] = count(&Action::targetNewEntrants);
    m_form->bind(m_newEntrants, entrants, setEntrants, tr("Change the target of new entrants"));
    const auto [tenants, setTenants] = count(&Action::targetExistingTenants);
    m_form->bind(m_existingTenants, tenants, setTenants,
                 tr("Change the target of existing tenants"));
    m_form->bind(
        m_budget, [](const Action &a) { return std::optional<Cents>(a.budget); },
        [](Action &a, std::optional<Cents> cents) { a.budget = cents.value_or(0); },
        tr("Change the budget"));
    return box;
}

void ActionEditor::buildPublics()
{
    // Rebuilt when the administrator adds an entry to the list of publics.
    delete m_publics;
    m_publics = new CodeChecklist(lookups().catalog, ReferenceList::Public, m_publicsHolder);
    m_publics->setObjectName(QStringLiteral("publics"));
    m_publics->setMinimumHeight(190);
    static_cast<QVBoxLayout *>(m_publicsHolder->layout())->insertWidget(0, m_publics);
    m_publicsHolder->setFocusProxy(m_publics);
    m_publicsForm = binder(&m_action); // made again with the list
    m_publicsForm->bind(m_publics, &Action::publics, tr("Change the publics targeted"));
    m_publicsForm->refresh();
}

QWidget *ActionEditor::buildFunding()
{
    auto *box = new QGroupBox(tr("Funding lines"), formArea());
    auto *layout = new QVBoxLayout(box);
    m_funding = new ChildTable(QStringLiteral("fundingLines"), lookups(), box);
    auto line = [this](int row) -> FundingLine & { return m_action.fundingLines[row]; };
    using K = ChildTable::Kind;
    ChildTable::Column source{QStringLiteral("source"), tr("Source"), K::Code,
                              [=](int r) { return QVariant(line(r).source); },
                              [=](int r, const QVariant &v) { line(r).source = v.toString(); }};
    source.list = ReferenceList::FundingSource;
    source.width = 26;
    ChildTable::Column funder{QStringLiteral("funder"), tr("Funder"), K::Text,
                              [=](int r) { return QVariant(line(r).funder); },
                              [=](int r, const QVariant &v) { line(r).funder = v.toString(); }};
    funder.width = 22;
    ChildTable::Column granted{
        QStringLiteral("amountGranted"), tr("Granted"), K::Money,
        [=](int r) { return QVariant::fromValue(line(r).amountGranted); },
        [=](int r, const QVariant &v) { line(r).amountGranted = v.toLongLong(); }};
    granted.width = 13;
    ChildTable::Column received{
        QStringLiteral("amountReceived"), tr("Received"), K::Money,
        [=](int r) { return QVariant::fromValue(line(r).amountReceived); },
        [=](int r, const QVariant &v) { line(r).amountReceived = v.toLongLong(); }};
    received.width = 13;
    ChildTable::Column grantedOn{
        QStringLiteral("grantedDate"), tr("Granted on"), K::Date,
        [=](int r) { return QVariant(line(r).grantedDate); },
        [=](int r, const QVariant &v) { line(r).grantedDate = v.toDate(); }};
    grantedOn.width = 14;
    ChildTable::Column receivedOn{
        QStringLiteral("receivedDate"), tr("Received on"), K::Date,
        [=](int r) { return QVariant(line(r).receivedDate); },
        [=](int r, const QVariant &v) { line(r).receivedDate = v.toDate(); }};
    receivedOn.width = 14;
    ChildTable::Column notes{QStringLiteral("notes"), tr("Notes"), K::Text,
                             [=](int r) { return QVariant(line(r).notes); },
                             [=](int r, const QVariant &v) { line(r).notes = v.toString(); }};
    m_funding->setColumns({source, funder, granted, received, grantedOn, receivedOn, notes});
    m_funding->setRows([this] { return int(m_action.fundingLines.size()); },
                       [this] { m_action.fundingLines.append(FundingLine{}); },
                       [this](int row) { m_action.fundingLines.removeAt(row); });
    m_funding->setTexts(tr("Add a funding line"),
                        tr("No funding line yet — add one with the button below."));
    connect(m_funding, &ChildTable::edited, this, [this] { changed(tr("Edit the funding")); });
    addTable(m_funding);
    layout->addWidget(m_funding);
    return box;
}

QWidget *ActionEditor::buildExpenses()
{
    auto *box = new QGroupBox(tr("Expenses"), formArea());
    auto *layout = new QVBoxLayout(box);
    m_expenses = new ChildTable(QStringLiteral("expenses"), lookups(), box);
    auto expense = [this](int row) -> Expense & { return m_action.expenses[row]; };
    using K = ChildTable::Kind;
    ChildTable::Column date{QStringLiteral("date"), tr("Date"), K::Date,
                            [=](int r) { return QVariant(expense(r).date); },
                            [=](int r, const QVariant &v) { expense(r).date = v.toDate(); }};
    date.width = 14;
    ChildTable::Column category{
        QStringLiteral("category"), tr("Category"), K::Code,
        [=](int r) { return QVariant(expense(r).category); },
        [=](int r, const QVariant &v) { expense(r).category = v.toString(); }};
    category.list = ReferenceList::ExpenseCategory;
    category.width = 20;
    ChildTable::Column label{QStringLiteral("label"), tr("Label"), K::Text,
                             [=](int r) { return QVariant(expense(r).label); },
                             [=](int r, const QVariant &v) { expense(r).label = v.toString(); }};
    ChildTable::Column amount{
        QStringLiteral("amount"), tr("Amount"), K::Money,
        [=](int r) { return QVariant::fromValue(expense(r).amount); },
        [=](int r, const QVariant &v) { expense(r).amount = v.toLongLong(); }};
    amount.width = 13;
    ChildTable::Column partner{
        QStringLiteral("partnerId"), tr("Paid to"), K::Record,
        [=](int r) { return QVariant::fromValue(expense(r).partnerId); },
        [=](int r, const QVariant &v) { expense(r).partnerId = v.toLongLong(); }};
    partner.choices = [this] { return partnerChoices(); };
    partner.width = 24;
    m_expenses->setColumns({date, category, label, amount, partner});
    m_expenses->setRows(
        [this] { return int(m_action.expenses.size()); },
        [this] {
            Expense e;
            e.date = context().today();
            m_action.expenses.append(e);
        },
        [this](int row) { m_action.expenses.removeAt(row); });
    m_expenses->setTexts(tr("Add an expense"),
                         tr("No expense yet — add one with the button below."));
    connect(m_expenses, &ChildTable::edited, this, [this] { changed(tr("Edit the expenses")); });
    addTable(m_expenses);
    layout->addWidget(m_expenses);
    return box;
}

QWidget *ActionEditor::buildTotals()
{
    auto *box = new QGroupBox(tr("Totals"), formArea());
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(24);
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
        auto *value = new QLabel(box);
        value->setObjectName(QStringLiteral("total_") + QLatin1String(key));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont font = value->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        value->setFont(font);
        grid->addWidget(caption, row * 2, column);
        grid->addWidget(value, row * 2 + 1, column);
        m_totals.insert(QLatin1String(key), value);
        if (++column == 4) {
            column = 0;
            ++row;
        }
    }
    for (int c = 0; c < 4; ++c)
        grid->setColumnMinimumWidth(c, 190);
    grid->setColumnStretch(4, 1);
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

Status ActionEditor::load(Id id)
{
    if (id <= 0) {
        loaded(Action{});
    } else {
        PASSERELLE_TRY(action, ActionRepository(context().db()).get(id));
        loaded(action);
    }
    return {};
}

Problems ActionEditor::problems() const
{
    return Validation::check(m_action, lookups().catalog);
}

Result<Id> ActionEditor::store()
{
    Action copy = m_action;
    PASSERELLE_CHECK(ActionRepository(context().db()).save(context().scope(), copy));
    loaded(copy);
    return copy.id;
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
    m_lead->setRecords(partnerChoices());
}

void ActionEditor::showRecord()
{
    if (m_lead->count() == 0)
        m_lead->setRecords(partnerChoices());
    m_form->refresh();
    m_publicsForm->refresh();
    showTotals();
}

} // namespace Passerelle::Ui
