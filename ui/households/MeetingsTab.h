#pragma once

#include "widgets/WidgetsFwd.h"

#include "HouseholdTab.h"
#include "forms/TabForms.h"
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
    Id currentDecisionId() const { return m_decisionList.currentId(); }
    void showMeeting(Id id);
    void showDecision(Id id);
    /// Prints the invitation (convocation) to the meeting shown, for the household and the
    /// association, dated today; the file is saved first, after asking, when it has unsaved
    /// changes. For a PDF, `pdfPath` (when given) is written instead of asking. True when printed.
    bool printConvocation(DocumentPrinter::Output output, const QString &pdfPath = {});

private:
    QWidget *buildMeetings();
    QWidget *buildMeetingForm();
    QWidget *buildDecisions();
    void fillMeetings();
    void fillMeetingForm();
    void fillParticipants();
    void fillDecisions();
    void fillDecisionForm();
    void participantChanged(QTableWidgetItem *item);

    Forms::RecordList<HouseholdFile, TripartiteMeeting> m_meetingList;
    Forms::RecordList<HouseholdFile, CalDecision> m_decisionList;

    QTableWidget *m_meetings = nullptr;
    QLabel *m_noMeeting = nullptr;
    QPushButton *m_removeMeeting = nullptr;
    QPushButton *m_convocation = nullptr;
    QWidget *m_meetingForm = nullptr;
    DateEdit *m_date = nullptr;
    QLineEdit *m_time = nullptr;
    FieldMessage *m_timeMessage = nullptr;
    QLineEdit *m_place = nullptr;
    CodeCombo *m_purpose = nullptr;
    CodeCombo *m_outcome = nullptr;
    QLabel *m_state = nullptr;
    RecordCombo *m_meetingAction = nullptr;
    FreeTextEdit *m_minutes = nullptr;
    QTableWidget *m_participants = nullptr;
    QPushButton *m_removeParticipant = nullptr;

    QTableWidget *m_decisions = nullptr;
    QLabel *m_noDecision = nullptr;
    QPushButton *m_removeDecision = nullptr;
    QWidget *m_decisionForm = nullptr;
    DateEdit *m_calDate = nullptr;
    CodeCombo *m_decision = nullptr;
    RecordCombo *m_dwelling = nullptr;
    RecordCombo *m_calAction = nullptr;
    FreeTextEdit *m_conditions = nullptr;
    FreeTextEdit *m_calNotes = nullptr;
};

} // namespace Passerelle::Ui
