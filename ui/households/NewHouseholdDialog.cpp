#include "NewHouseholdDialog.h"

#include "AppContext.h"
#include "Lookups.h"
#include "SamePersonDialog.h"
#include "storage/HouseholdRepository.h"
#include "widgets/FormWidgets.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Passerelle::Ui {

NewHouseholdDialog::NewHouseholdDialog(AppContext &context, const Lookups &lookups,
                                       QWidget *parent)
    : QDialog(parent), m_context(context), m_lookups(lookups),
      // Every keystroke changes the answer itself: the file is made of it once accepted.
      m_fields(
              this, [this] { return &m_answer; },
              [this](const QString &, const Forms::Binder<Answer>::Change &change,
                     const QString &) {
                  change(m_answer);
                  // A message about what was typed before no longer holds.
                  if (m_error)
                      m_error->setMessage({});
              },
              Forms::Commit::Live)
{
    setWindowTitle(tr("New household — referral"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *reference = new QLineEdit(this);
    reference->setPlaceholderText(tr("The unit's file number"));
    m_fields.row(form, tr("&Reference:"), reference, QStringLiteral("reference"),
                 &Answer::reference, QString());
    m_fields.row(form, tr("&Last name (main tenant):"), new QLineEdit(this),
                 QStringLiteral("lastName"), &Answer::lastName, QString());
    m_fields.row(form, tr("&First name:"), new QLineEdit(this), QStringLiteral("firstName"),
                 &Answer::firstName, QString());
    m_birthDate = m_fields.row(form, tr("&Birth date:"), TabForms::compact(new DateEdit(this)),
                               QStringLiteral("birthDate"), &Answer::birthDate, QString());
    m_birthDate->setToolTip(tr("Known already? The files of the same person are shown before "
                               "a new one is created."));
    auto *agency = TabForms::recordChoice(false, lookups.agencyChoices(), this);
    agency->setId(context.currentAgency());
    m_fields.row(form, tr("A&gency:"), agency, QStringLiteral("agency"), &Answer::agencyId,
                 QString());
    auto *action = m_fields.row(form, tr("A&ction:"),
                                TabForms::recordChoice(false, lookups.actionChoices(), this),
                                QStringLiteral("action"), &Answer::actionId, QString());
    auto *kind = m_fields.row(form, tr("&Kind of household:"),
                              new CodeCombo(lookups.catalog, ReferenceList::HouseholdKind, false,
                                            this),
                              QStringLiteral("kind"), &Answer::householdKind, QString());
    m_fields.row(form, tr("Referred by (&partner):"),
                 TabForms::recordChoice(true, lookups.partnerChoices(), this),
                 QStringLiteral("partner"), &Answer::partnerId, QString());
    m_fields.row(form, tr("Re&ferrer:"), new QLineEdit(this), QStringLiteral("referrer"),
                 &Answer::referrerName, QString());
    m_date = m_fields.row(form, tr("&Date of the referral:"), new DateEdit(this),
                          QStringLiteral("date"), &Answer::date, QString());
    auto *reason = new FreeTextEdit(this);
    reason->editor()->setPlaceholderText(tr("Why the partner proposes this household, in "
                                            "professional terms"));
    m_fields.row(form, tr("Rea&son:"), reason, QStringLiteral("reason"), &Answer::reason,
                 QString());
    // The answer starts as the fields show it.
    m_answer.agencyId = agency->id();
    m_answer.actionId = action->id();
    m_answer.householdKind = kind->code();
    m_answer.date = context.today();
    m_fields.refresh();
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
    const Answer &a = m_answer;
    HouseholdFile f;
    f.household.reference = a.reference;
    f.household.agencyId = a.agencyId;
    const QList<std::pair<Id, QString>> cesf = m_lookups.cesfChoices(f.household.agencyId);
    if (!cesf.isEmpty())
        f.household.cesfUserId = cesf.first().first; // the agency's CESF by default
    Member m;
    m.id = -1;
    m.lastName = a.lastName;
    m.firstName = a.firstName;
    m.birthDate = a.birthDate;
    m.role = QStringLiteral("titulaire");
    m.signsContract = true;
    f.household.members << m;

    Referral r;
    r.id = -2;
    r.actionId = a.actionId;
    r.date = a.date;
    r.partnerId = a.partnerId;
    r.referrerName = a.referrerName;
    r.reason = a.reason;
    r.outcome = QStringLiteral("en_cours");
    f.referrals << r;

    Support s;
    s.id = -3;
    s.actionId = r.actionId;
    s.householdKind = a.householdKind;
    s.partnerId = r.partnerId;
    f.supports << s;
    return f;
}

void NewHouseholdDialog::accept()
{
    QStringList problems;
    if (m_answer.reference.isEmpty())
        problems << tr("Give the file reference.");
    if (m_answer.lastName.isEmpty())
        problems << tr("Give the last name of the main tenant.");
    if (m_answer.agencyId <= 0)
        problems << tr("Choose the agency.");
    if (m_answer.actionId <= 0)
        problems << tr("Choose the action.");
    if (!m_date->isAcceptable())
        problems << tr("Date of the referral: %1").arg(m_date->problem());
    if (!m_birthDate->isAcceptable())
        problems << tr("Birth date: %1").arg(m_birthDate->problem());
    if (problems.isEmpty()) {
        const auto existing = HouseholdRepository(m_context.db())
                                  .findByReference(m_context.scope(), m_answer.reference);
        if (existing && existing->has_value())
            problems << tr("The reference “%1” is already used by another household.")
                            .arg(m_answer.reference);
    }
    m_error->setMessage(problems.join(u'\n'));
    if (!problems.isEmpty() || !knownPersonChecked())
        return;
    QDialog::accept();
}

bool NewHouseholdDialog::knownPersonChecked()
{
    const Member person = file().household.members.constFirst();
    const QString key = person.lastName + u'\x1f' + person.firstName + u'\x1f'
                        + person.birthDate.toString(Qt::ISODate);
    if (key == m_checkedPerson)
        return true;
    const auto matches = HouseholdRepository(m_context.db()).findPerson(m_context.scope(), person);
    if (!matches) {
        m_error->setMessage(matches.error().message);
        return false;
    }
    if (matches->isEmpty())
        return true;
    SamePersonDialog known(*matches, m_lookups, this);
    switch (known.exec()) {
    case SamePersonDialog::OpenExisting:
        m_existing = known.chosenHousehold();
        QDialog::accept();
        return false;
    case SamePersonDialog::CreateNew:
        m_checkedPerson = key;
        return true;
    default:
        return false;
    }
}

} // namespace Passerelle::Ui
