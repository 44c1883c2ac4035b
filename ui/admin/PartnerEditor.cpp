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
    : RecordEditorOf(context, Shape::ListAndForm, &m_partner, parent), m_form(binder(&m_partner))
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
    QList<PartnerContact> &contacts = m_partner.contacts;
    const auto text = [&contacts](const QString &field, const QString &header,
                                  QString PartnerContact::*member, int width) {
        return ChildTable::column(contacts, member, field, header, ChildTable::Kind::Text, width);
    };
    m_contacts->setColumns({text(u"name"_s, tr("Name"), &PartnerContact::name, 24),
                            text(u"function"_s, tr("Function"), &PartnerContact::function, 0),
                            text(u"phone"_s, tr("Phone"), &PartnerContact::phone, 16),
                            text(u"email"_s, tr("Email"), &PartnerContact::email, 28)});
    m_contacts->setRows(contacts);
}

void PartnerEditor::buildAgreements()
{
    m_agreements = childTable(tr("Agreements (conventions)"), u"agreements"_s,
                              tr("Add an agreement"),
                              tr("No agreement yet — add one with the button below."),
                              tr("Edit the agreements"));
    QList<PartnerAgreement> &agreements = m_partner.agreements;
    using K = ChildTable::Kind;
    const auto column = [&agreements](auto member, const QString &field, const QString &header,
                                      K kind, int width) {
        return ChildTable::column(agreements, member, field, header, kind, width);
    };
    m_agreements->setColumns(
        {column(&PartnerAgreement::reference, u"reference"_s, tr("Reference"), K::Text, 16),
         column(&PartnerAgreement::subject, u"subject"_s, tr("Subject"), K::Text, 0),
         column(&PartnerAgreement::startDate, u"startDate"_s, tr("Start"), K::Date, 14),
         column(&PartnerAgreement::endDate, u"endDate"_s, tr("End"), K::Date, 14),
         column(&PartnerAgreement::dwellingsReserved, u"dwellingsReserved"_s,
                tr("Dwellings reserved"), K::Count, 16),
         column(&PartnerAgreement::amount, u"amount"_s, tr("Amount"), K::Money, 13),
         column(&PartnerAgreement::notes, u"notes"_s, tr("Notes"), K::Text, 20)});
    m_agreements->setRows(agreements, [this] {
        PartnerAgreement a;
        a.startDate = context().today();
        return a;
    });
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
    return loadFrom(PartnerRepository(context().db()), id);
}

Problems PartnerEditor::problems() const
{
    return Validation::check(m_partner, lookups().catalog);
}

Result<Id> PartnerEditor::store()
{
    return storeIn(PartnerRepository(context().db()));
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
