#include "PartnerEditor.h"

#include "AppContext.h"
#include "ChildTable.h"
#include "storage/DirectoryRepositories.h"
#include "forms/TabForms.h"
#include "widgets/FormWidgets.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {

namespace {

/// A place in a form whose widget is rebuilt when its reference list changes.
QWidget *holder(QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    return w;
}

} // namespace

PartnerEditor::PartnerEditor(AppContext &context, QWidget *parent)
    : RecordEditorOf(context, Shape::ListAndForm, &m_partner, parent), m_form(binder(&m_partner))
{
    setObjectName(QStringLiteral("partnerEditor"));
    setNewText(tr("New partner"));
    auto *top = new QHBoxLayout;
    top->addWidget(buildIdentity(), 3);
    top->addWidget(buildFields(), 2);
    formLayout()->addLayout(top);
    formLayout()->addWidget(buildContacts());
    formLayout()->addWidget(buildAgreements());
    formLayout()->addStretch();

    TabForms::tabOrder({m_code,  m_name,   m_kindHolder, m_address, m_phone, m_email, m_active,
                        m_notes, m_fieldsHolder, m_contacts->table(), m_contacts->addButton(),
                        m_contacts->removeButton(), m_agreements->table(),
                        m_agreements->addButton(), m_agreements->removeButton()});
    refresh();
}

QWidget *PartnerEditor::buildIdentity()
{
    auto *box = new QGroupBox(tr("Partner"), formArea());
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_code = new QLineEdit(box);
    m_code->setMaxLength(40);
    m_code->setPlaceholderText(tr("e.g. UCRM"));
    addRow(form, tr("&Code:"), m_code, QStringLiteral("code"));
    m_name = new QLineEdit(box);
    addRow(form, tr("Na&me:"), m_name, QStringLiteral("name"));
    m_kindHolder = holder(box);
    m_kindHolder->layout()->addWidget(message(QStringLiteral("kind"), m_kindHolder));
    auto *kindLabel = new QLabel(tr("&Kind:"), box);
    kindLabel->setBuddy(m_kindHolder);
    form->addRow(kindLabel, m_kindHolder);
    m_address = new QLineEdit(box);
    addRow(form, tr("A&ddress:"), m_address, QStringLiteral("address"));
    m_phone = new QLineEdit(box);
    addRow(form, tr("P&hone:"), m_phone, QStringLiteral("phone"));
    m_email = new QLineEdit(box);
    addRow(form, tr("E&mail:"), m_email, QStringLiteral("email"));
    m_active = new QCheckBox(tr("&Active (offered in the choices)"), box);
    addRow(form, QString(), m_active, QStringLiteral("active"));
    m_notes = new QPlainTextEdit(box);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(70);
    m_notes->setMaximumHeight(120);
    addRow(form, tr("N&otes:"), m_notes, QStringLiteral("notes"));

    m_form->bind(m_code, &Partner::code, tr("Change the code"));
    m_form->bind(m_name, &Partner::name, tr("Change the name"));
    m_form->bind(m_address, &Partner::address, tr("Change the address"));
    m_form->bind(m_phone, &Partner::phone, tr("Change the phone"));
    m_form->bind(m_email, &Partner::email, tr("Change the email"));
    m_form->bind(m_active, &Partner::active, tr("Activate or deactivate"));
    m_form->bind(m_notes, &Partner::notes, tr("Edit the notes"));
    return box;
}

QWidget *PartnerEditor::buildFields()
{
    auto *box = new QGroupBox(tr("Fields of action"), formArea());
    auto *layout = new QVBoxLayout(box);
    m_fieldsHolder = holder(box);
    m_fieldsHolder->layout()->addWidget(message(QStringLiteral("fields"), m_fieldsHolder));
    layout->addWidget(m_fieldsHolder);
    buildChoices();
    return box;
}

void PartnerEditor::buildChoices()
{
    // Both lists may grow: the administrator adds kinds and fields of action. The two fields
    // are made again, with their own binder.
    m_choices = binder(&m_partner);
    delete m_kind;
    m_kind = new CodeCombo(lookups().catalog, ReferenceList::PartnerKind, true, m_kindHolder);
    m_kind->setObjectName(QStringLiteral("kind"));
    static_cast<QVBoxLayout *>(m_kindHolder->layout())->insertWidget(0, m_kind);
    m_kindHolder->setFocusProxy(m_kind);
    m_choices->bind(m_kind, &Partner::kind, tr("Change the kind"));
    delete m_fields;
    m_fields = new CodeChecklist(lookups().catalog, ReferenceList::PartnerField, m_fieldsHolder);
    m_fields->setObjectName(QStringLiteral("fields"));
    m_fields->setMinimumHeight(150);
    static_cast<QVBoxLayout *>(m_fieldsHolder->layout())->insertWidget(0, m_fields);
    m_fieldsHolder->setFocusProxy(m_fields);
    m_choices->bind(m_fields, &Partner::fields, tr("Change the fields of action"));
    m_choices->refresh();
}

QWidget *PartnerEditor::buildContacts()
{
    auto *box = new QGroupBox(tr("Contacts"), formArea());
    auto *layout = new QVBoxLayout(box);
    m_contacts = new ChildTable(QStringLiteral("contacts"), lookups(), box);
    auto contact = [this](int row) -> PartnerContact & { return m_partner.contacts[row]; };
    auto textColumn = [contact](const QString &field, const QString &header,
                                QString PartnerContact::*member, int width) {
        ChildTable::Column c{field, header, ChildTable::Kind::Text,
                             [=](int r) { return QVariant(contact(r).*member); },
                             [=](int r, const QVariant &v) { contact(r).*member = v.toString(); }};
        c.width = width;
        return c;
    };
    m_contacts->setColumns(
        {textColumn(QStringLiteral("name"), tr("Name"), &PartnerContact::name, 24),
         textColumn(QStringLiteral("function"), tr("Function"), &PartnerContact::function, 0),
         textColumn(QStringLiteral("phone"), tr("Phone"), &PartnerContact::phone, 16),
         textColumn(QStringLiteral("email"), tr("Email"), &PartnerContact::email, 28)});
    m_contacts->setRows([this] { return int(m_partner.contacts.size()); },
                        [this] { m_partner.contacts.append(PartnerContact{}); },
                        [this](int row) { m_partner.contacts.removeAt(row); });
    m_contacts->setTexts(tr("Add a contact"),
                         tr("No contact yet — add one with the button below."));
    connect(m_contacts, &ChildTable::edited, this, [this] { changed(tr("Edit the contacts")); });
    addTable(m_contacts);
    layout->addWidget(m_contacts);
    return box;
}

QWidget *PartnerEditor::buildAgreements()
{
    auto *box = new QGroupBox(tr("Agreements (conventions)"), formArea());
    auto *layout = new QVBoxLayout(box);
    m_agreements = new ChildTable(QStringLiteral("agreements"), lookups(), box);
    auto agreement = [this](int row) -> PartnerAgreement & { return m_partner.agreements[row]; };
    using K = ChildTable::Kind;
    ChildTable::Column reference{
        QStringLiteral("reference"), tr("Reference"), K::Text,
        [=](int r) { return QVariant(agreement(r).reference); },
        [=](int r, const QVariant &v) { agreement(r).reference = v.toString(); }};
    reference.width = 16;
    ChildTable::Column subject{
        QStringLiteral("subject"), tr("Subject"), K::Text,
        [=](int r) { return QVariant(agreement(r).subject); },
        [=](int r, const QVariant &v) { agreement(r).subject = v.toString(); }};
    ChildTable::Column start{
        QStringLiteral("startDate"), tr("Start"), K::Date,
        [=](int r) { return QVariant(agreement(r).startDate); },
        [=](int r, const QVariant &v) { agreement(r).startDate = v.toDate(); }};
    start.width = 14;
    ChildTable::Column end{QStringLiteral("endDate"), tr("End"), K::Date,
                           [=](int r) { return QVariant(agreement(r).endDate); },
                           [=](int r, const QVariant &v) { agreement(r).endDate = v.toDate(); }};
    end.width = 14;
    ChildTable::Column dwellings{
        QStringLiteral("dwellingsReserved"), tr("Dwellings reserved"), K::Count,
        [=](int r) {
            const auto n = agreement(r).dwellingsReserved;
            return n ? QVariant(*n) : QVariant();
        },
        [=](int r, const QVariant &v) {
            agreement(r).dwellingsReserved = v.isValid() ? std::optional<int>(v.toInt())
                                                         : std::nullopt;
        }};
    dwellings.width = 16;
    ChildTable::Column amount{
        QStringLiteral("amount"), tr("Amount"), K::Money,
        [=](int r) { return QVariant::fromValue(agreement(r).amount); },
        [=](int r, const QVariant &v) { agreement(r).amount = v.toLongLong(); }};
    amount.width = 13;
    ChildTable::Column notes{
        QStringLiteral("notes"), tr("Notes"), K::Text,
        [=](int r) { return QVariant(agreement(r).notes); },
        [=](int r, const QVariant &v) { agreement(r).notes = v.toString(); }};
    notes.width = 20;
    m_agreements->setColumns({reference, subject, start, end, dwellings, amount, notes});
    m_agreements->setRows(
        [this] { return int(m_partner.agreements.size()); },
        [this] {
            PartnerAgreement a;
            a.startDate = context().today();
            m_partner.agreements.append(a);
        },
        [this](int row) { m_partner.agreements.removeAt(row); });
    m_agreements->setTexts(tr("Add an agreement"),
                           tr("No agreement yet — add one with the button below."));
    connect(m_agreements, &ChildTable::edited, this, [this] { changed(tr("Edit the agreements")); });
    addTable(m_agreements);
    layout->addWidget(m_agreements);
    return box;
}

QStringList PartnerEditor::listHeaders() const
{
    return {tr("Code"), tr("Name"), tr("Kind"), tr("Fields of action")};
}

Result<QList<RecordEditor::ListRow>> PartnerEditor::listRows() const
{
    PASSERELLE_TRY(partners, PartnerRepository(context().db()).list());
    QList<ListRow> rows;
    const ReferenceCatalog &refs = lookups().catalog;
    for (const Partner &p : partners) {
        rows.append({p.id,
                     {p.code, p.name, refs.label(ReferenceList::PartnerKind, p.kind),
                      refs.labels(ReferenceList::PartnerField, p.fields)},
                     !p.active});
    }
    return rows;
}

Status PartnerEditor::load(Id id)
{
    if (id <= 0) {
        loaded(Partner{});
    } else {
        PASSERELLE_TRY(partner, PartnerRepository(context().db()).get(id));
        loaded(partner);
    }
    return {};
}

Problems PartnerEditor::problems() const
{
    return Validation::check(m_partner, lookups().catalog);
}

Result<Id> PartnerEditor::store()
{
    Partner copy = m_partner;
    PASSERELLE_CHECK(PartnerRepository(context().db()).save(context().scope(), copy));
    loaded(copy);
    return copy.id;
}

QString PartnerEditor::heading() const
{
    if (m_partner.id <= 0 && m_partner.name.isEmpty())
        return tr("New partner");
    return m_partner.name.isEmpty() ? m_partner.code : m_partner.name;
}

void PartnerEditor::lookupsChanged()
{
    buildChoices();
}

void PartnerEditor::showRecord()
{
    m_form->refresh();
    m_choices->refresh();
}

} // namespace Passerelle::Ui
