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
#include <QSpinBox>
#include <QVBoxLayout>

namespace Passerelle::Ui {

using namespace Qt::StringLiterals;

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
    : RepositoryEditorOf(context, Shape::ListAndForm, &m_partner, parent),
      m_form(binder(&m_partner))
{
    setObjectName(u"partnerEditor"_s);
    setNewText(tr("New partner"));
    QList<QWidget *> order;
    auto *top = new QHBoxLayout;
    top->addWidget(buildIdentity(order), 3);
    top->addWidget(buildFields(), 2);
    formLayout()->addLayout(top);
    buildContacts();
    buildAgreements();
    formLayout()->addStretch();
    TabForms::tabOrder(order << m_fieldsHolder << m_contacts->tabStops()
                             << m_agreements->tabStops());
    refresh();
}

QWidget *PartnerEditor::buildIdentity(QList<QWidget *> &order)
{
    QFormLayout *form = formGroup(tr("Partner"));
    QWidget *box = form->parentWidget();
    auto *code = m_form->row(form, tr("&Code:"), new QLineEdit(box), u"code"_s, &Partner::code,
                             tr("Change the code"), u"code"_s);
    code->setMaxLength(40);
    code->setPlaceholderText(tr("e.g. UCRM"));
    auto *name = m_form->row(form, tr("Na&me:"), new QLineEdit(box), u"name"_s, &Partner::name,
                             tr("Change the name"), u"name"_s);
    m_kindHolder = holder(box);
    m_kindHolder->layout()->addWidget(message(u"kind"_s, m_kindHolder));
    auto *kindLabel = new QLabel(tr("&Kind:"), box);
    kindLabel->setBuddy(m_kindHolder);
    form->addRow(kindLabel, m_kindHolder);
    auto *address = m_form->row(form, tr("A&ddress:"), new QLineEdit(box), u"address"_s,
                                &Partner::address, tr("Change the address"));
    auto *phone = m_form->row(form, tr("P&hone:"), new QLineEdit(box), u"phone"_s,
                              &Partner::phone, tr("Change the phone"));
    auto *email = m_form->row(form, tr("E&mail:"), new QLineEdit(box), u"email"_s,
                              &Partner::email, tr("Change the email"));
    auto *active = m_form->row(form, QString(),
                               new QCheckBox(tr("&Active (offered in the choices)"), box),
                               u"active"_s, &Partner::active, tr("Activate or deactivate"));
    auto *notes = m_form->row(form, tr("N&otes:"), new QPlainTextEdit(box), u"notes"_s,
                              &Partner::notes, tr("Edit the notes"));
    notes->setTabChangesFocus(true);
    notes->setMinimumHeight(70);
    notes->setMaximumHeight(120);
    order << code << name << m_kindHolder << address << phone << email << active << notes;
    return box;
}

QWidget *PartnerEditor::buildFields()
{
    auto *box = new QGroupBox(tr("Fields of action"), formArea());
    auto *layout = new QVBoxLayout(box);
    m_fieldsHolder = holder(box);
    m_fieldsHolder->layout()->addWidget(message(u"fields"_s, m_fieldsHolder));
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
    m_kind->setObjectName(u"kind"_s);
    static_cast<QVBoxLayout *>(m_kindHolder->layout())->insertWidget(0, m_kind);
    m_kindHolder->setFocusProxy(m_kind);
    m_choices->bind(m_kind, &Partner::kind, tr("Change the kind"));
    delete m_fields;
    m_fields = new CodeChecklist(lookups().catalog, ReferenceList::PartnerField, m_fieldsHolder);
    m_fields->setObjectName(u"fields"_s);
    m_fields->setMinimumHeight(150);
    static_cast<QVBoxLayout *>(m_fieldsHolder->layout())->insertWidget(0, m_fields);
    m_fieldsHolder->setFocusProxy(m_fields);
    m_choices->bind(m_fields, &Partner::fields, tr("Change the fields of action"));
    m_choices->refresh();
}

void PartnerEditor::buildContacts()
{
    m_contacts = childTable(tr("Contacts"), u"contacts"_s, tr("Add a contact"),
                            tr("No contact yet — add one with the button below."),
                            tr("Edit the contacts"));
    auto &contact = m_contacts->setChildren(m_partner.contacts);
    for (const auto &[header, name, member] :
         {std::tuple{tr("Name"), u"name"_s, &PartnerContact::name},
          std::tuple{tr("Function"), u"function"_s, &PartnerContact::function},
          std::tuple{tr("Phone"), u"phone"_s, &PartnerContact::phone},
          std::tuple{tr("Email"), u"email"_s, &PartnerContact::email}})
        contact.field(header, new QLineEdit(contact.parent()), name, member);
}

void PartnerEditor::buildAgreements()
{
    m_agreements = childTable(tr("Agreements (conventions)"), u"agreements"_s,
                              tr("Add an agreement"),
                              tr("No agreement yet — add one with the button below."),
                              tr("Edit the agreements"));
    auto &agreement = m_agreements->setChildren(m_partner.agreements, [this] {
        PartnerAgreement a;
        a.startDate = context().today();
        return a;
    });
    QWidget *form = agreement.parent();
    agreement.field(tr("Reference"), new QLineEdit(form), u"reference"_s,
                    &PartnerAgreement::reference);
    agreement.field(tr("Subject"), new QLineEdit(form), u"subject"_s, &PartnerAgreement::subject);
    agreement.field(tr("Start"), TabForms::compact(new DateEdit(form)), u"startDate"_s,
                    &PartnerAgreement::startDate);
    agreement.field(tr("End"), TabForms::compact(new DateEdit(form)), u"endDate"_s,
                    &PartnerAgreement::endDate);
    // A spin box is set up before it is bound: its range moves its value. Its "—" is unknown.
    auto *dwellings = new QSpinBox(form);
    dwellings->setRange(-1, 100000);
    dwellings->setSpecialValueText(tr("—"));
    dwellings->setMaximumWidth(180);
    agreement.field(tr("Dwellings reserved"), dwellings, u"dwellingsReserved"_s,
                    &PartnerAgreement::dwellingsReserved);
    agreement.field(tr("Amount"), new MoneyEdit(form), u"amount"_s, &PartnerAgreement::amount);
    agreement.field(tr("Notes"), new QLineEdit(form), u"notes"_s, &PartnerAgreement::notes);
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
