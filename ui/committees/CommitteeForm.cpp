#include "CommitteeForm.h"

#include "forms/TabForms.h"
#include "widgets/FormWidgets.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
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
    m_agency = m_form.row(form, tr("&Agency:"), new RecordCombo(false, box),
                          QStringLiteral("agencyId"), &FollowUpCommittee::agencyId,
                          tr("Change the agency"), QStringLiteral("agencyId"));
    m_date = m_form.row(form, tr("&Date:"), new DateEdit(box), QStringLiteral("date"),
                        &FollowUpCommittee::date, tr("Change the date"), QStringLiteral("date"));
    auto *time = m_form.row(form, tr("&Time:"), new QTimeEdit(box), QStringLiteral("time"),
                            &FollowUpCommittee::time, tr("Change the time"));
    time->setDisplayFormat(QStringLiteral("HH:mm"));
    time->setMinimumTime(QTime(0, 0));
    // 00:00 stands for "no time set": no committee meets at midnight.
    time->setSpecialValueText(tr("—"));
    time->setMaximumWidth(110);
    m_form.row(form, tr("&Place:"), new QLineEdit(box), QStringLiteral("place"),
               &FollowUpCommittee::place, tr("Edit the place"))
        ->setPlaceholderText(tr("e.g. Agency meeting room"));
    columns->addLayout(form, 1);

    auto *people = new QVBoxLayout;
    auto *participants = m_form.bind(new QPlainTextEdit(box), &FollowUpCommittee::participants,
                                     tr("Edit the participants"));
    participants->setObjectName(QStringLiteral("participants"));
    participants->setTabChangesFocus(true);
    participants->setPlaceholderText(tr("Name (role or organisation)\nOne participant per "
                                        "line"));
    participants->setMinimumHeight(90);
    TabForms::addLabelled(people, tr("Parti&cipants (one per line):"), participants, 1);
    columns->addLayout(people, 1);
    column->addWidget(box);

    column->addWidget(reviews, 1);

    auto *minutesBox = new QGroupBox(tr("Minutes"), this);
    auto *minutes = m_form.bind(new FreeTextEdit(minutesBox), &FollowUpCommittee::minutes,
                                tr("Edit the minutes"));
    minutes->setObjectName(QStringLiteral("minutes"));
    minutes->setMinimumHeight(120);
    TabForms::addLabelled(new QVBoxLayout(minutesBox),
                          tr("What was said and agreed, for the record (&minutes):"), minutes);
    column->addWidget(minutesBox);
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
