#include "LeaseEventDialog.h"

#include "Lookups.h"
#include "forms/TabForms.h"
#include "households/HousingRules.h"
#include "widgets/FormWidgets.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Passerelle::Ui {

LeaseEventDialog::LeaseEventDialog(Kind kind, const HouseholdFile &file, const Lookups &lookups,
                                   QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_file(file)
    , m_lookups(lookups)
{
    setObjectName(QStringLiteral("leaseEventDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);

    switch (kind) {
    case Kind::Entry:
        setWindowTitle(tr("Entry into a dwelling"));
        intro->setText(tr("The household enters a dwelling: a new lease starts on this date."));
        break;
    case Kind::Relogement:
        setWindowTitle(tr("Relogement"));
        intro->setText(tr("The current lease ends the day before this date, and a new lease "
                          "starts on this date in the new dwelling."));
        break;
    case Kind::Glissement:
        setWindowTitle(tr("Glissement of the lease"));
        intro->setText(tr("The bail glissant ends the day before this date, and a bail direct "
                          "in the household's name starts on this date in the same dwelling."));
        break;
    }

    m_date = new DateEdit(this);
    m_date->setObjectName(QStringLiteral("eventDate"));
    m_dateMessage = new FieldMessage(this);
    m_dateMessage->setObjectName(QStringLiteral("message_eventDate"));
    TabForms::addRow(
            form, kind == Kind::Glissement ? tr("&Date of the glissement:") : tr("&Date of entry:"),
            m_date, m_dateMessage);
    QWidget *last = m_date;

    if (kind != Kind::Glissement) {
        if (kind == Kind::Entry && !file.dwellings.isEmpty()) {
            m_existing = new RecordCombo(false, this);
            m_existing->setObjectName(QStringLiteral("eventDwelling"));
            QList<std::pair<Id, QString>> choices{{Id(0), tr("A new dwelling")}};
            for (const Dwelling &d : file.dwellings)
                choices.append({d.id, HousingRules::dwellingLabel(d, lookups.catalog)});
            m_existing->setRecords(choices);
            TabForms::addRow(form, tr("D&welling:"), m_existing, nullptr);
            connect(m_existing, &RecordCombo::idEdited, this,
                    &LeaseEventDialog::updateDwellingFields);
            setTabOrder(last, m_existing);
            last = m_existing;
        }
        m_address = new QLineEdit(this);
        m_address->setObjectName(QStringLiteral("eventAddress"));
        m_addressMessage = new FieldMessage(this);
        m_addressMessage->setObjectName(QStringLiteral("message_eventAddress"));
        TabForms::addRow(form, tr("&Address:"), m_address, m_addressMessage);
        m_postalCode = new QLineEdit(this);
        m_postalCode->setObjectName(QStringLiteral("eventPostalCode"));
        m_postalCode->setMaxLength(5);
        TabForms::addRow(form, tr("&Postal code:"), m_postalCode, nullptr);
        m_commune = new QLineEdit(this);
        m_commune->setObjectName(QStringLiteral("eventCommune"));
        TabForms::addRow(form, tr("&Commune:"), m_commune, nullptr);
        m_typology = new CodeCombo(lookups.catalog, ReferenceList::Typology, true, this);
        m_typology->setObjectName(QStringLiteral("eventTypology"));
        TabForms::addRow(form, tr("&Typology:"), m_typology, nullptr);
        m_leaseType = new CodeCombo(lookups.catalog, ReferenceList::LeaseType, false, this);
        m_leaseType->setObjectName(QStringLiteral("eventLeaseType"));
        TabForms::addRow(form, tr("&Lease type:"), m_leaseType, nullptr);
        for (QWidget *w : std::initializer_list<QWidget *>{m_address, m_postalCode, m_commune,
                                                           m_typology, m_leaseType}) {
            setTabOrder(last, w);
            last = w;
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("eventRecord"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setTabOrder(last, buttons);
    setMinimumWidth(480);
    m_date->setFocus();
}

QDate LeaseEventDialog::date() const
{
    return m_date->date();
}

void LeaseEventDialog::setDate(const QDate &date)
{
    m_date->setDate(date);
}

Dwelling LeaseEventDialog::dwelling() const
{
    if (m_existing && m_existing->id() != 0)
        return m_file.dwellings.value(m_existing->id());
    Dwelling d;
    if (!m_address)
        return d;
    d.address = m_address->text().trimmed();
    d.postalCode = m_postalCode->text().trimmed();
    d.commune = m_commune->text().trimmed();
    d.typology = m_typology->code();
    d.agencyId = m_file.household.agencyId;
    return d;
}

QString LeaseEventDialog::leaseType() const
{
    return m_leaseType ? m_leaseType->code() : QString();
}

void LeaseEventDialog::setLeaseType(const QString &type)
{
    if (m_leaseType)
        m_leaseType->setCode(type);
}

void LeaseEventDialog::updateDwellingFields()
{
    const bool isNew = !m_existing || m_existing->id() == 0;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_address, m_postalCode, m_commune, m_typology})
        w->setEnabled(isNew);
}

void LeaseEventDialog::accept()
{
    // Take the date being typed (Enter or a click on the button already did; a shortcut may
    // not have).
    Q_EMIT m_date->lineEdit()->editingFinished();
    m_dateMessage->setMessage({});
    if (m_addressMessage)
        m_addressMessage->setMessage({});
    if (!m_date->isAcceptable()) {
        m_dateMessage->setMessage(tr("Write the date as dd/mm/yyyy."));
        return;
    }
    if (!date().isValid()) {
        m_dateMessage->setMessage(tr("The date is required."));
        return;
    }
    if (m_address && (!m_existing || m_existing->id() == 0)) {
        const Problems problems = Validation::check(dwelling(), m_lookups.catalog);
        if (!problems.isEmpty()) {
            m_addressMessage->setMessage(problems.first().message);
            return;
        }
    }
    if (m_check) {
        const QString refusal = m_check(*this);
        if (!refusal.isEmpty()) {
            m_dateMessage->setMessage(refusal);
            return;
        }
    }
    QDialog::accept();
}

} // namespace Passerelle::Ui
