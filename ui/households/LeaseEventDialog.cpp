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
    , m_fields(
              this, [this] { return &m_answer; },
              [this](const QString &, const Forms::Binder<Answer>::Change &change,
                     const QString &) { change(m_answer); })
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

    // The fields change the answer itself (nothing is stored before the dialog is accepted).
    m_date = m_fields.row(
            form, kind == Kind::Glissement ? tr("&Date of the glissement:") : tr("&Date of entry:"),
            new DateEdit(this), QStringLiteral("eventDate"), &Answer::date, QString(),
            QStringLiteral("date"));
    QList<QWidget *> order{m_date};
    if (kind != Kind::Glissement) {
        RecordCombo *existing = nullptr;
        if (kind == Kind::Entry && !file.dwellings.isEmpty()) {
            existing = new RecordCombo(false, this);
            QList<std::pair<Id, QString>> choices{{Id(0), tr("A new dwelling")}};
            for (const Dwelling &d : file.dwellings)
                choices.append({d.id, HousingRules::dwellingLabel(d, lookups.catalog)});
            existing->setRecords(choices);
            order << m_fields.row(form, tr("D&welling:"), existing,
                                  QStringLiteral("eventDwelling"), &Answer::dwellingId, QString());
        }
        auto *postalCode = new QLineEdit(this);
        postalCode->setMaxLength(5);
        m_newDwelling = {
                m_fields.row(form, tr("&Address:"), new QLineEdit(this),
                             QStringLiteral("eventAddress"), &Answer::address, QString(),
                             QStringLiteral("address")),
                m_fields.row(form, tr("&Postal code:"), postalCode,
                             QStringLiteral("eventPostalCode"), &Answer::postalCode, QString()),
                m_fields.row(form, tr("&Commune:"), new QLineEdit(this),
                             QStringLiteral("eventCommune"), &Answer::commune, QString()),
                m_fields.row(form, tr("&Typology:"),
                             new CodeCombo(lookups.catalog, ReferenceList::Typology, true, this),
                             QStringLiteral("eventTypology"), &Answer::typology, QString())};
        auto *leaseType = m_fields.row(
                form, tr("&Lease type:"),
                new CodeCombo(lookups.catalog, ReferenceList::LeaseType, false, this),
                QStringLiteral("eventLeaseType"), &Answer::leaseType, QString());
        m_answer.leaseType = leaseType->code();
        order << m_newDwelling << leaseType;
        // A dwelling of the file is not written again.
        if (existing)
            connect(existing, &RecordCombo::idEdited, this, [this](Id id) {
                for (QWidget *w : std::as_const(m_newDwelling))
                    w->setEnabled(id == 0);
            });
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("eventRecord"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    order << buttons;
    TabForms::tabOrder(order);
    setMinimumWidth(480);
    m_date->setFocus();
}

void LeaseEventDialog::setDate(const QDate &date)
{
    m_answer.date = date;
    m_fields.refresh();
}

Dwelling LeaseEventDialog::dwelling() const
{
    if (m_answer.dwellingId != 0)
        return m_file.dwellings.value(m_answer.dwellingId);
    Dwelling d;
    if (m_kind == Kind::Glissement)
        return d;
    d.address = m_answer.address;
    d.postalCode = m_answer.postalCode;
    d.commune = m_answer.commune;
    d.typology = m_answer.typology;
    d.agencyId = m_file.household.agencyId;
    return d;
}

QString LeaseEventDialog::leaseType() const
{
    return m_kind == Kind::Glissement ? QString() : m_answer.leaseType;
}

void LeaseEventDialog::setLeaseType(const QString &type)
{
    m_answer.leaseType = type;
    m_fields.refresh();
}

void LeaseEventDialog::setDwellingId(Id dwellingId)
{
    if (m_kind != Kind::Entry || !m_file.dwellings.contains(dwellingId))
        return;
    m_answer.dwellingId = dwellingId;
    m_fields.refresh();
    for (QWidget *w : std::as_const(m_newDwelling))
        w->setEnabled(false);
}

void LeaseEventDialog::accept()
{
    // Take what is being typed (Enter or a click on the button already did; a shortcut may
    // not have).
    for (QLineEdit *line : findChildren<QLineEdit *>())
        Q_EMIT line->editingFinished();
    const auto refuse = [this](const QString &field, const QString &message) {
        m_fields.messages().show(QHash<QString, QStringList>{{field, {message}}});
    };
    m_fields.messages().clear();
    if (!m_date->isAcceptable())
        return refuse(QStringLiteral("date"), m_date->problem());
    if (!date().isValid())
        return refuse(QStringLiteral("date"), tr("The date is required."));
    if (m_kind != Kind::Glissement && m_answer.dwellingId == 0) {
        const Problems problems = Validation::check(dwelling(), m_lookups.catalog);
        if (!problems.isEmpty())
            return refuse(QStringLiteral("address"), problems.first().message);
    }
    if (m_check) {
        const QString refusal = m_check(*this);
        if (!refusal.isEmpty())
            return refuse(QStringLiteral("date"), refusal);
    }
    QDialog::accept();
}

} // namespace Passerelle::Ui
