#pragma once

#include "widgets/WidgetsFwd.h"

#include "HouseholdTab.h"
#include "documents/DocumentPrinter.h"
#include "forms/RecordList.h"

namespace Passerelle::Ui {

/// Rendez-vous: the tripartite meetings (landlord, association, household) with their
/// participants and minutes — the planned ones stand out — and the decisions of the CAL.
class MeetingsTab : public HouseholdTab
{
    Q_OBJECT

public:
    MeetingsTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
                QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

    Id currentMeetingId() const { return m_meetingList.currentId(); }
    void showMeeting(Id id);
    /// Prints the invitation (convocation) to the meeting shown, for the household and the
    /// association, dated today; the file is saved first, after asking, when it has unsaved
    /// changes. For a PDF, `pdfPath` (when given) is written instead of asking. True when printed.
    bool printConvocation(DocumentPrinter::Output output, const QString &pdfPath = {});

private:
    // Each part adds its fields to `order`, the keyboard order of the tab.
    QWidget *buildMeetings(QList<QWidget *> &order);
    /// The form of the meeting chosen, in `list`; returns its date.
    DateEdit *buildMeetingForm(const TabForms::ListSection &list, QList<QWidget *> &order);
    /// The participants of the meeting chosen, at the end of the meeting's form.
    void buildParticipants(QFormLayout *form, QList<QWidget *> &order);
    QWidget *buildDecisions(QList<QWidget *> &order);
    void fillMeetings();
    void fillMeetingForm();
    void fillParticipants();
    void fillDecisions();
    void fillDecisionForm();
    /// Names the dwelling of the CAL decision chosen: one of the landlord's, or a new one.
    void chooseCalDwelling();

    Forms::RecordList<HouseholdFile, TripartiteMeeting> m_meetingList;
    Forms::RecordList<HouseholdFile, CalDecision> m_decisionList;
    /// The participants of the meeting chosen.
    Forms::RecordList<HouseholdFile, MeetingParticipant> m_participantList;

    QPushButton *m_convocation = nullptr;
    QLabel *m_state = nullptr;
    RecordCombo *m_meetingAction = nullptr;
    RecordCombo *m_dwelling = nullptr;
    RecordCombo *m_calAction = nullptr;
};

} // namespace Passerelle::Ui
