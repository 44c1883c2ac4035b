#include "NewHouseholdDialog.h"

#include "AppContext.h"
#include "Lookups.h"
#include "storage/HouseholdRepository.h"
#include "widgets/FormWidgets.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Passerelle::Ui {

NewHouseholdDialog::NewHouseholdDialog(AppContext &context, const Lookups &lookups,
                                       QWidget *parent)
    : QDialog(parent), m_context(context), m_lookups(lookups)
{
    setWindowTitle(tr("New household — referral"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("The unit's file number"));
    m_lastName = new QLineEdit(this);
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_firstName = new QLineEdit(this);
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_agency = new RecordCombo(false, this);
    m_agency->setObjectName(QStringLiteral("agency"));
    m_agency->setRecords(lookups.agencyChoices());
    m_agency->setId(context.currentAgency());
    m_action = new RecordCombo(false, this);
    m_action->setObjectName(QStringLiteral("action"));
    m_action->setRecords(lookups.actionChoices());
    m_kind = new CodeCombo(lookups.catalog, ReferenceList::HouseholdKind, false, this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_partner = new RecordCombo(true, this);
    m_partner->setObjectName(QStringLiteral("partner"));
    m_partner->setRecords(lookups.partnerChoices());
    m_referrer = new QLineEdit(this);
    m_referrer->setObjectName(QStringLiteral("referrer"));
    m_date = new DateEdit(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDate(context.today());
    m_reason = new FreeTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->editor()->setPlaceholderText(tr("Why the partner proposes this household, in "
                                              "professional terms"));
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("&Last name (main tenant):"), m_lastName);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("A&gency:"), m_agency);
    form->addRow(tr("A&ction:"), m_action);
    form->addRow(tr("&Kind of household:"), m_kind);
    form->addRow(tr("Referred by (&partner):"), m_partner);
    form->addRow(tr("Re&ferrer:"), m_referrer);
    form->addRow(tr("&Date of the referral:"), m_date);
    form->addRow(tr("Rea&son:"), m_reason);
    layout->addLayout(form);
    m_error = new FieldMessage(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open the file"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewHouseholdDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewHouseholdDialog::reject);
    resize(560, sizeHint().height());
}

HouseholdFile NewHouseholdDialog::file() const
{
    HouseholdFile f;
    f.household.reference = m_reference->text().trimmed();
    f.household.agencyId = m_agency->id();
    for (const auto &[id, name] : m_lookups.cesfChoices(f.household.agencyId)) {
        Q_UNUSED(name);
        f.household.cesfUserId = id; // the agency's CESF by default
        break;
    }
    Member m;
    m.id = -1;
    m.lastName = m_lastName->text().trimmed();
    m.firstName = m_firstName->text().trimmed();
    m.role = QStringLiteral("titulaire");
    m.signsContract = true;
    f.household.members << m;

    Referral r;
    r.id = -2;
    r.actionId = m_action->id();
    r.date = m_date->date();
    r.partnerId = m_partner->id();
    r.referrerName = m_referrer->text().trimmed();
    r.reason = m_reason->text();
    r.outcome = QStringLiteral("en_cours");
    f.referrals << r;

    Support s;
    s.id = -3;
    s.actionId = r.actionId;
    s.householdKind = m_kind->code();
    s.partnerId = r.partnerId;
    f.supports << s;
    return f;
}

void NewHouseholdDialog::accept()
{
    QStringList problems;
    if (m_reference->text().trimmed().isEmpty())
        problems << tr("Give the file reference.");
    if (m_lastName->text().trimmed().isEmpty())
        problems << tr("Give the last name of the main tenant.");
    if (m_agency->id() <= 0)
        problems << tr("Choose the agency.");
    if (m_action->id() <= 0)
        problems << tr("Choose the action.");
    if (!m_date->isAcceptable())
        problems << tr("The date of the referral is not a date (dd/mm/yyyy).");
    if (problems.isEmpty()) {
        const auto existing = HouseholdRepository(m_context.db())
                                  .findByReference(m_context.scope(), m_reference->text());
        if (existing && existing->has_value())
            problems << tr("The reference “%1” is already used by another household.")
                            .arg(m_reference->text().trimmed());
    }
    m_error->setMessage(problems.join(u'\n'));
    if (problems.isEmpty())
        QDialog::accept();
}

} // namespace Passerelle::Ui
