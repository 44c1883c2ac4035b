#include "CommitteeForm.h"

#include "forms/TabForms.h"
#include "widgets/FormWidgets.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Passerelle::Ui {

CommitteeForm::CommitteeForm(EditDocument<FollowUpCommittee> &document, QWidget *reviews,
                             QWidget *parent)
    : QWidget(parent), m_document(document),
      m_form(
          this, [this] { return m_open ? &m_document.edited() : nullptr; },
          [this](const auto &...edit) { m_document.edit(edit...); },
          Forms::Commit::Live)
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("Committee"), this);
    auto *columns = new QHBoxLayout(box);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_agency = new RecordCombo(false, box);
    m_form.addRow(form, tr("&Agency:"), m_agency, QStringLiteral("agencyId"),
                  QStringLiteral("agencyId"));
    m_date = new DateEdit(box);
    m_form.addRow(form, tr("&Date:"), m_date, QStringLiteral("date"), QStringLiteral("date"))
        ->setBuddy(m_date->lineEdit());
    m_time = new QTimeEdit(box);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setMinimumTime(QTime(0, 0));
    // 00:00 stands for "no time set": no committee meets at midnight.
    m_time->setSpecialValueText(tr("—"));
    m_time->setMaximumWidth(110);
    m_form.addRow(form, tr("&Time:"), m_time, QStringLiteral("time"));
    m_place = new QLineEdit(box);
    m_place->setPlaceholderText(tr("e.g. Agency meeting room"));
    m_form.addRow(form, tr("&Place:"), m_place, QStringLiteral("place"));
    columns->addLayout(form, 1);

    auto *people = new QVBoxLayout;
    auto *peopleLabel = new QLabel(tr("Parti&cipants (one per line):"), box);
    m_participants = new QPlainTextEdit(box);
    m_participants->setObjectName(QStringLiteral("participants"));
    m_participants->setTabChangesFocus(true);
    m_participants->setPlaceholderText(tr("Name (role or organisation)\nOne participant per "
                                          "line"));
    m_participants->setMinimumHeight(90);
    peopleLabel->setBuddy(m_participants);
    people->addWidget(peopleLabel);
    people->addWidget(m_participants, 1);
    columns->addLayout(people, 1);
    column->addWidget(box);

    column->addWidget(reviews, 1);

    auto *minutesBox = new QGroupBox(tr("Minutes"), this);
    auto *minutesLayout = new QVBoxLayout(minutesBox);
    auto *minutesLabel = new QLabel(tr("What was said and agreed, for the record (&minutes):"),
                                    minutesBox);
    m_minutes = new FreeTextEdit(minutesBox);
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setMinimumHeight(120);
    minutesLabel->setBuddy(m_minutes->editor());
    minutesLayout->addWidget(minutesLabel);
    minutesLayout->addWidget(m_minutes);
    column->addWidget(minutesBox);

    m_form.bind(m_agency, &FollowUpCommittee::agencyId, tr("Change the agency"));
    m_form.bind(m_date, &FollowUpCommittee::date, tr("Change the date"));
    m_form.bind(m_time, &FollowUpCommittee::time, tr("Change the time"));
    m_form.bind(m_place, &FollowUpCommittee::place, tr("Edit the place"));
    m_form.bind(m_participants, &FollowUpCommittee::participants, tr("Edit the participants"));
    m_form.bind(m_minutes, &FollowUpCommittee::minutes, tr("Edit the minutes"));
}

void CommitteeForm::setAgencies(const QList<std::pair<Id, QString>> &agencies)
{
    m_agency->setRecords(agencies);
    m_agency->setId(m_document.edited().agencyId);
}

void CommitteeForm::refresh(const Problems &problems)
{
    m_form.refresh();
    m_form.showProblems(problems);
}

void CommitteeForm::focusDate()
{
    m_date->setFocus(Qt::OtherFocusReason);
}

} // namespace Passerelle::Ui
