#pragma once

#include "widgets/WidgetsFwd.h"

#include "domain/FollowUp.h"
#include "domain/Validation.h"
#include "editing/EditDocument.h"
#include "forms/Binder.h"

#include <QWidget>

namespace Passerelle::Ui {

/// The form of one follow-up committee: when and where, who takes part, and its minutes,
/// around the households it reviews (`reviews`, shown between the two). Every change is a
/// step of the committee's edit document; typing in one field makes one step.
class CommitteeForm : public QWidget
{
    Q_OBJECT

public:
    CommitteeForm(EditDocument<FollowUpCommittee> &document, QWidget *reviews,
                  QWidget *parent = nullptr);

    void setAgencies(const QList<std::pair<Id, QString>> &agencies);
    /// Whether a committee is shown (else the fields send no edit).
    void setOpen(bool open) { m_open = open; }
    /// Shows the document's committee, and `problems` beside their fields.
    void refresh(const Problems &problems);
    void focusDate();

private:
    EditDocument<FollowUpCommittee> &m_document;
    Forms::Binder<FollowUpCommittee> m_form;
    bool m_open = false;
    RecordCombo *m_agency = nullptr;
    DateEdit *m_date = nullptr;
};

} // namespace Passerelle::Ui
