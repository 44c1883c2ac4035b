#include "MeetingsTab.h"

#include "AppContext.h"
#include "Lookups.h"
#include "documents/Documents.h"
#include "forms/RecordList.h"
#include "households/HousingRules.h"
#include "households/MeetingRules.h"
#include "widgets/FormWidgets.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {

using namespace TabForms;

namespace {

enum MeetingColumn { MeetingDate, MeetingTime, MeetingPlace, MeetingPurpose, MeetingOutcome };
enum ParticipantColumn {
    ParticipantParty,
    ParticipantName,
    ParticipantFunction,
    ParticipantPresent
};
enum DecisionColumn { DecisionDate, DecisionDecision, DecisionDwelling };

QString timeText(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

/// "14:30", "14h30", "9h", "0930": the time, or an invalid one; `ok` says whether the text
/// was a time (an empty text is: no time).
QTime parseTime(const QString &input, bool *ok)
{
    const QString text = input.trimmed();
    *ok = true;
    if (text.isEmpty())
        return {};
    static const QRegularExpression re(
            QStringLiteral("^(\\d{1,2})\\s*(?:[:hH.]\\s*(\\d{2})?)?$|^(\\d{2})(\\d{2})$"));
    const auto m = re.match(text);
    if (m.hasMatch()) {
        const bool compact = !m.captured(3).isEmpty();
        const QTime time(compact ? m.captured(3).toInt() : m.captured(1).toInt(),
                         compact ? m.captured(4).toInt() : m.captured(2).toInt());
        if (time.isValid())
            return time;
    }
    *ok = false;
    return {};
}

} // namespace

MeetingsTab::MeetingsTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
                         QWidget *parent)
    : HouseholdTab(document, context, lookups, parent)
    , m_meetingList(this, document,
                    [](HouseholdFile &f) -> QList<TripartiteMeeting> & { return f.meetings; })
    , m_decisionList(this, document,
                     [](HouseholdFile &f) -> QList<CalDecision> & { return f.calDecisions; })
{
    setObjectName(QStringLiteral("meetings"));
    // Names the participants' message ("message_meeting.participants"), the one message of
    // the form that is not under a field.
    m_meetingList.form().messages().setPrefix(QStringLiteral("meeting."));
    m_meetingList.form().messages().setFallback(QStringLiteral("date"));
    m_decisionList.form().messages().setFallback(QStringLiteral("date"));

    auto *layout = scrollingPage(this);
    layout->addWidget(buildMeetings());
    layout->addWidget(buildDecisions());
    layout->addStretch();
}

QString MeetingsTab::title() const
{
    return tr("Meetings");
}

QWidget *MeetingsTab::buildMeetings()
{
    auto *box = group(tr("Tripartite meetings (landlord, association, household)"), this);
    auto *columns = new QHBoxLayout(box);
    auto *left = new QVBoxLayout;
    m_meetings
            = recordTable(QStringLiteral("meetingList"),
                          {tr("Date"), tr("Time"), tr("Place"), tr("Purpose"), tr("Outcome")}, box);
    m_meetings->setMinimumHeight(200);
    left->addWidget(m_meetings, 1);
    m_noMeeting = emptyState(tr("No tripartite meeting yet — plan the first one (before entry) "
                                "with “Plan a meeting”."),
                             box);
    m_noMeeting->setObjectName(QStringLiteral("noMeeting"));
    left->addWidget(m_noMeeting, 1);
    auto *legend = new QLabel(tr("Planned meetings are in italics on a blue background; a past "
                                 "meeting whose outcome is not recorded is in red."),
                              box);
    legend->setWordWrap(true);
    QFont small = legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    legend->setFont(small);
    left->addWidget(legend);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Plan a meeting"), box);
    add->setObjectName(QStringLiteral("addMeeting"));
    m_removeMeeting = new QPushButton(tr("Remove the meeting"), box);
    m_removeMeeting->setObjectName(QStringLiteral("removeMeeting"));
    buttons->addWidget(add);
    buttons->addWidget(m_removeMeeting);
    buttons->addStretch();
    m_convocation = new QPushButton(QIcon(QStringLiteral(":/passerelle/icons/print.svg")),
                                    tr("Con&vocation"), box);
    m_convocation->setObjectName(QStringLiteral("convocation"));
    m_convocation->setToolTip(tr("The invitation to this meeting, for the household and the "
                                 "association"));
    auto *convocationMenu = new QMenu(m_convocation);
    convocationMenu->addAction(tr("Print pre&view…"), this, [this] {
        printConvocation(DocumentPrinter::Output::Preview);
    });
    convocationMenu->addAction(tr("&Print…"), this, [this] {
        printConvocation(DocumentPrinter::Output::Printer);
    });
    convocationMenu->addAction(tr("Save as P&DF…"), this, [this] {
        printConvocation(DocumentPrinter::Output::Pdf);
    });
    m_convocation->setMenu(convocationMenu);
    buttons->addWidget(m_convocation);
    left->addLayout(buttons);
    columns->addLayout(left, 2);
    m_meetingForm = buildMeetingForm();
    columns->addWidget(m_meetingForm, 3);

    const QList<QWidget *> order{m_meetings,      add,       m_removeMeeting, m_convocation,
                                 m_date,
                                 m_time,          m_place,   m_purpose,       m_outcome,
                                 m_meetingAction, m_minutes, m_participants};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    m_meetingList.follow(m_meetings, this, [this] { showMeeting(m_meetingList.currentId()); });
    connect(add, &QPushButton::clicked, this, [this] {
        const Id id = file().nextTemporaryId();
        const QDate today = context().today();
        const Lookups &l = lookups();
        m_meetingList.setCurrentId(id);
        edit(tr("Plan a meeting"), [id, today, &l](HouseholdFile &f) {
            TripartiteMeeting m;
            m.id = id;
            m.householdId = f.household.id;
            m.date = today;
            m.place = l.agencyName(f.household.agencyId);
            auto participant = [](const char *party, const QString &name, const QString &fn) {
                MeetingParticipant p;
                p.party = QString::fromLatin1(party);
                p.name = name;
                p.function = fn;
                return p;
            };
            if (f.household.cesfUserId > 0)
                m.participants << participant("bailleur", l.userName(f.household.cesfUserId),
                                              QStringLiteral("CESF"));
            if (!f.supports.isEmpty()) {
                const Support &s = f.supports.first();
                m.actionId = s.actionId;
                m.participants << participant("association", s.partnerReferent,
                                              l.partnerName(s.partnerId));
            }
            if (const Member *main = f.household.mainMember())
                m.participants << participant("menage", main->fullName(), QString());
            f.meetings << m;
        });
        m_date->setFocus();
    });
    connect(m_removeMeeting, &QPushButton::clicked, this,
            [this] { m_meetingList.remove(tr("Remove a meeting")); });
    return box;
}

QWidget *MeetingsTab::buildMeetingForm()
{
    const ReferenceCatalog &refs = lookups().catalog;
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_state = new QLabel(page);
    m_state->setObjectName(QStringLiteral("meetingState"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    layout->addWidget(m_state);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_date = new DateEdit(page);
    m_date->setObjectName(QStringLiteral("meeting.date"));
    m_time = new QLineEdit(page);
    m_time->setObjectName(QStringLiteral("meeting.time"));
    m_time->setPlaceholderText(tr("hh:mm"));
    m_time->setMaximumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("00:000")) + 24);
    auto &meeting = m_meetingList.form();
    m_timeMessage = meeting.message(QStringLiteral("time"), m_time);
    auto *when = new QWidget(page);
    auto *whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_date, 1);
    auto *at = new QLabel(tr("&at"), when);
    at->setBuddy(m_time);
    whenLayout->addWidget(at);
    whenLayout->addWidget(m_time);
    auto *whenMessages = new QWidget(page);
    auto *whenMessagesLayout = new QVBoxLayout(whenMessages);
    whenMessagesLayout->setContentsMargins(0, 0, 0, 0);
    whenMessagesLayout->setSpacing(1);
    whenMessagesLayout->addWidget(when);
    whenMessagesLayout->addWidget(meeting.message(QStringLiteral("date"), m_date));
    whenMessagesLayout->addWidget(m_timeMessage);
    whenMessages->setFocusProxy(m_date);
    auto *dateLabel = new QLabel(tr("&Date:"), page);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, whenMessages);
    m_place = new QLineEdit(page);
    m_place->setObjectName(QStringLiteral("meeting.place"));
    addRow(form, tr("Pla&ce:"), m_place, nullptr);
    m_purpose = new CodeCombo(refs, ReferenceList::MeetingPurpose, true, page);
    m_purpose->setObjectName(QStringLiteral("meeting.purpose"));
    addRow(form, tr("P&urpose:"), m_purpose, meeting.message(QStringLiteral("purpose"), m_purpose));
    m_outcome = new CodeCombo(refs, ReferenceList::MeetingOutcome, true, page);
    m_outcome->setObjectName(QStringLiteral("meeting.outcome"));
    m_outcome->setToolTip(tr("Leave empty while the meeting is planned."));
    addRow(form, tr("&Outcome:"), m_outcome, meeting.message(QStringLiteral("outcome"), m_outcome));
    m_meetingAction = new RecordCombo(true, page);
    m_meetingAction->setObjectName(QStringLiteral("meeting.actionId"));
    addRow(form, tr("Ac&tion:"), m_meetingAction, nullptr);
    m_minutes = new FreeTextEdit(page);
    m_minutes->setObjectName(QStringLiteral("meeting.minutes"));
    m_minutes->setMinimumHeight(80);
    m_minutes->setMaximumHeight(140);
    addRow(form, tr("&Minutes:"), m_minutes, nullptr);

    auto *participantsLabel = new QLabel(tr("Pa&rticipants:"), page);
    layout->addWidget(participantsLabel);
    m_participants = new QTableWidget(0, 4, page);
    m_participants->setObjectName(QStringLiteral("participants"));
    m_participants->setHorizontalHeaderLabels(
            {tr("Party"), tr("Name"), tr("Function"), tr("Present")});
    m_participants->verticalHeader()->hide();
    m_participants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participants->setSelectionMode(QAbstractItemView::SingleSelection);
    m_participants->horizontalHeader()->setSectionResizeMode(ParticipantName, QHeaderView::Stretch);
    m_participants->horizontalHeader()->setSectionResizeMode(ParticipantFunction,
                                                             QHeaderView::Stretch);
    participantsLabel->setBuddy(m_participants);
    layout->addWidget(m_participants);
    layout->addWidget(meeting.messages().add(QStringLiteral("participants"), page));
    auto *buttons = new QHBoxLayout;
    auto *addParticipant = new QPushButton(tr("Add a participant"), page);
    addParticipant->setObjectName(QStringLiteral("addParticipant"));
    m_removeParticipant = new QPushButton(tr("Remove the participant"), page);
    m_removeParticipant->setObjectName(QStringLiteral("removeParticipant"));
    buttons->addWidget(addParticipant);
    buttons->addWidget(m_removeParticipant);
    buttons->addStretch();
    layout->addLayout(buttons);
    setTabOrder(m_participants, addParticipant);
    setTabOrder(addParticipant, m_removeParticipant);

    meeting.bind(m_date, &TripartiteMeeting::date, tr("Change the date of the meeting"));
    connect(m_time, &QLineEdit::editingFinished, this, [this] {
        bool ok = false;
        const QTime time = parseTime(m_time->text(), &ok);
        if (!ok) {
            m_timeMessage->setMessage(
                    tr("“%1” is not a time: write it hh:mm.").arg(m_time->text()));
            return;
        }
        m_timeMessage->setMessage({});
        m_time->setText(timeText(time));
        m_meetingList.edit(tr("Change the time of the meeting"),
                           [time](TripartiteMeeting &m) { m.time = time; });
    });
    meeting.bind(m_place, &TripartiteMeeting::place, tr("Change the place of the meeting"));
    meeting.bind(m_purpose, &TripartiteMeeting::purpose, tr("Change the purpose of the meeting"));
    meeting.bind(m_outcome, &TripartiteMeeting::outcome, tr("Change the outcome of the meeting"));
    meeting.bind(m_meetingAction, &TripartiteMeeting::actionId,
                 tr("Change the action of the meeting"));
    meeting.bind(m_minutes, &TripartiteMeeting::minutes, tr("Change the minutes"));
    connect(m_participants, &QTableWidget::itemChanged, this, &MeetingsTab::participantChanged);
    connect(m_participants, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeParticipant->setEnabled(m_participants->currentRow() >= 0); });
    connect(addParticipant, &QPushButton::clicked, this, [this] {
        m_meetingList.edit(tr("Add a participant"), [](TripartiteMeeting &m) {
            MeetingParticipant p;
            p.party = QStringLiteral("autre");
            m.participants << p;
        });
        const int row = m_participants->rowCount() - 1;
        if (row >= 0) {
            m_participants->setCurrentCell(row, ParticipantName);
            m_participants->editItem(m_participants->item(row, ParticipantName));
        }
    });
    connect(m_removeParticipant, &QPushButton::clicked, this, [this] {
        const int row = m_participants->currentRow();
        if (row < 0)
            return;
        m_meetingList.edit(tr("Remove a participant"), [row](TripartiteMeeting &m) {
            if (row < m.participants.size())
                m.participants.removeAt(row);
        });
    });
    return page;
}

void MeetingsTab::participantChanged(QTableWidgetItem *item)
{
    const int row = item->row();
    auto change
            = [this, row](const QString &text, const std::function<void(MeetingParticipant &)> &f) {
                  m_meetingList.edit(text, [row, f](TripartiteMeeting &m) {
                      if (row >= 0 && row < m.participants.size())
                          f(m.participants[row]);
                  });
              };
    const QString text = item->text().trimmed();
    switch (item->column()) {
    case ParticipantName:
        change(tr("Change a participant's name"), [text](MeetingParticipant &p) { p.name = text; });
        break;
    case ParticipantFunction:
        change(tr("Change a participant's function"),
               [text](MeetingParticipant &p) { p.function = text; });
        break;
    case ParticipantPresent: {
        const bool present = item->checkState() == Qt::Checked;
        change(tr("Change whether a participant was present"),
               [present](MeetingParticipant &p) { p.present = present; });
        break;
    }
    default:
        break;
    }
}

QWidget *MeetingsTab::buildDecisions()
{
    const ReferenceCatalog &refs = lookups().catalog;
    auto *box = group(tr("Decisions of the CAL (housing allocation committee)"), this);
    auto *columns = new QHBoxLayout(box);
    auto *left = new QVBoxLayout;
    m_decisions = recordTable(QStringLiteral("calDecisions"),
                              {tr("Date"), tr("Decision"), tr("Dwelling")}, box);
    m_decisions->setMinimumHeight(120);
    left->addWidget(m_decisions, 1);
    m_noDecision = emptyState(tr("No CAL decision recorded — add it once the committee has "
                                 "decided on a dwelling."),
                              box);
    m_noDecision->setObjectName(QStringLiteral("noCalDecision"));
    left->addWidget(m_noDecision, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a CAL decisio&n"), box);
    add->setObjectName(QStringLiteral("addCalDecision"));
    m_removeDecision = new QPushButton(tr("Remove the decision"), box);
    m_removeDecision->setObjectName(QStringLiteral("removeCalDecision"));
    buttons->addWidget(add);
    buttons->addWidget(m_removeDecision);
    buttons->addStretch();
    left->addLayout(buttons);
    columns->addLayout(left, 2);

    m_decisionForm = new QWidget(box);
    auto *form = new QFormLayout(m_decisionForm);
    form->setContentsMargins(0, 0, 0, 0);
    m_calDate = new DateEdit(m_decisionForm);
    m_calDate->setObjectName(QStringLiteral("cal.date"));
    auto &decision = m_decisionList.form();
    addRow(form, tr("Date of the CA&L:"), m_calDate,
           decision.message(QStringLiteral("date"), m_calDate));
    m_decision = new CodeCombo(refs, ReferenceList::CalDecision, false, m_decisionForm);
    m_decision->setObjectName(QStringLiteral("cal.decision"));
    addRow(form, tr("D&ecision:"), m_decision,
           decision.message(QStringLiteral("decision"), m_decision));
    m_dwelling = new RecordCombo(true, m_decisionForm);
    m_dwelling->setObjectName(QStringLiteral("cal.dwellingId"));
    m_dwelling->setToolTip(tr("The household's dwellings (Housing & lease tab)."));
    addRow(form, tr("D&welling:"), m_dwelling, nullptr);
    m_calAction = new RecordCombo(true, m_decisionForm);
    m_calAction->setObjectName(QStringLiteral("cal.actionId"));
    addRow(form, tr("Act&ion:"), m_calAction, nullptr);
    m_conditions = new FreeTextEdit(m_decisionForm);
    m_conditions->setObjectName(QStringLiteral("cal.conditions"));
    m_conditions->setMinimumHeight(60);
    m_conditions->setMaximumHeight(100);
    addRow(form, tr("Condition&s:"), m_conditions, nullptr);
    m_calNotes = new FreeTextEdit(m_decisionForm);
    m_calNotes->setObjectName(QStringLiteral("cal.notes"));
    m_calNotes->setMinimumHeight(60);
    m_calNotes->setMaximumHeight(100);
    addRow(form, tr("Notes:"), m_calNotes, nullptr);
    columns->addWidget(m_decisionForm, 3);

    const QList<QWidget *> order{m_removeParticipant, m_decisions, add,        m_removeDecision,
                                 m_calDate,           m_decision,  m_dwelling, m_calAction,
                                 m_conditions,        m_calNotes};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    m_decisionList.follow(m_decisions, this, [this] { showDecision(m_decisionList.currentId()); });
    connect(add, &QPushButton::clicked, this, [this] {
        const Id id = file().nextTemporaryId();
        const QDate today = context().today();
        m_decisionList.setCurrentId(id);
        edit(tr("Add a CAL decision"), [id, today](HouseholdFile &f) {
            CalDecision c;
            c.id = id;
            c.householdId = f.household.id;
            c.date = today;
            c.decision = QStringLiteral("attribution");
            if (!f.supports.isEmpty())
                c.actionId = f.supports.first().actionId;
            f.calDecisions << c;
        });
        m_calDate->setFocus();
    });
    connect(m_removeDecision, &QPushButton::clicked, this,
            [this] { m_decisionList.remove(tr("Remove a CAL decision")); });
    decision.bind(m_calDate, &CalDecision::date, tr("Change the date of the CAL"));
    decision.bind(m_decision, &CalDecision::decision, tr("Change the CAL decision"));
    decision.bind(m_dwelling, &CalDecision::dwellingId,
                  tr("Change the dwelling of the CAL decision"));
    decision.bind(m_calAction, &CalDecision::actionId, tr("Change the action of the CAL decision"));
    decision.bind(m_conditions, &CalDecision::conditions,
                  tr("Change the conditions of the CAL decision"));
    decision.bind(m_calNotes, &CalDecision::notes, tr("Change the notes of the CAL decision"));
    return box;
}

bool MeetingsTab::printConvocation(DocumentPrinter::Output output, const QString &pdfPath)
{
    const TripartiteMeeting *m = m_meetingList.current();
    if (!m || !saveBeforePrinting(tr("Print the convocation"), m->id <= 0))
        return false;
    // Saving gives a new meeting its id: find it again by its date and time.
    const QDate date = m->date;
    const QTime time = m->time;
    m = m_meetingList.current();
    if (!m || m->id <= 0) {
        for (const TripartiteMeeting &candidate : file().meetings) {
            if (candidate.id > 0 && candidate.date == date && candidate.time == time)
                m = &candidate;
        }
    }
    if (!m || m->id <= 0)
        return false;
    Database &db = context().db();
    auto folder = Documents::templatesFolder(db);
    Result<PrintedDocument> printed
            = folder ? Documents::printConvocation(db, context().scope(), m->id, *folder,
                                                   context().today())
                     : Result<PrintedDocument>(folder.error());
    if (!printed) {
        QMessageBox::warning(this, tr("Print the convocation"), printed.error().message);
        return false;
    }
    return DocumentPrinter::output(this, *printed, output,
                                   tr("Convocation %1 %2")
                                           .arg(file().household.reference,
                                                m->date.toString(Qt::ISODate)),
                                   pdfPath);
}

void MeetingsTab::showMeeting(Id id)
{
    m_meetingList.setCurrentId(id);
    const Refreshing guard(this);
    selectRow(m_meetings, rowOf(m_meetings, id));
    fillMeetingForm();
}

void MeetingsTab::showDecision(Id id)
{
    m_decisionList.setCurrentId(id);
    const Refreshing guard(this);
    selectRow(m_decisions, rowOf(m_decisions, id));
    fillDecisionForm();
}

void MeetingsTab::fillMeetings()
{
    const ReferenceCatalog &refs = lookups().catalog;
    const QDate today = context().today();
    const QList<TripartiteMeeting> &list = file().meetings;
    const QSignalBlocker blocker(m_meetings); // filling chooses no row
    m_meetings->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const TripartiteMeeting &m = list.at(row);
        setCell(m_meetings, row, MeetingDate, dateText(m.date));
        setRowId(m_meetings, row, m.id);
        setCell(m_meetings, row, MeetingTime, timeText(m.time));
        setCell(m_meetings, row, MeetingPlace, m.place);
        setCell(m_meetings, row, MeetingPurpose,
                refs.label(ReferenceList::MeetingPurpose, m.purpose));
        QTableWidgetItem *outcome = setCell(m_meetings, row, MeetingOutcome, QString());
        const MeetingRules::State state = MeetingRules::state(m, today);
        outcome->setData(Qt::UserRole, int(state));
        const Problems problems = Validation::check(m, refs);
        switch (state) {
        case MeetingRules::State::Held:
            outcome->setText(refs.label(ReferenceList::MeetingOutcome, m.outcome));
            setRowProblems(m_meetings, row, problems);
            break;
        case MeetingRules::State::Planned:
            outcome->setText(tr("Planned"));
            setRowLook(m_meetings, row, RowLook::Planned, tr("A meeting to come."));
            break;
        case MeetingRules::State::OutcomeMissing:
            outcome->setText(tr("Outcome to record"));
            setRowLook(m_meetings, row, RowLook::Warning,
                       tr("The meeting has taken place: record its outcome."));
            break;
        }
    }
    m_meetings->resizeColumnsToContents();
    m_meetingList.setCurrentId(showRecords(m_meetings, m_noMeeting, m_meetingList.currentId()));
}

void MeetingsTab::fillMeetingForm()
{
    const TripartiteMeeting *m = m_meetingList.current();
    m_meetingForm->setVisible(m != nullptr);
    m_removeMeeting->setEnabled(m != nullptr);
    m_convocation->setEnabled(m != nullptr && m->date.isValid());
    m_time->setText(timeText(m ? m->time : QTime()));
    m_meetingAction->setRecords(supportActionChoices(file(), lookups(), {m ? m->actionId : 0}));
    m_meetingList.form().refresh();
    if (!m) {
        m_state->clear();
    } else {
        switch (MeetingRules::state(*m, context().today())) {
        case MeetingRules::State::Planned:
            m_state->setText(tr("Planned meeting: record its outcome and minutes once held."));
            m_state->setStyleSheet(QStringLiteral("color: #1f4e8c;"));
            break;
        case MeetingRules::State::OutcomeMissing:
            m_state->setText(tr("This meeting has taken place: its outcome is still to record."));
            m_state->setStyleSheet(QStringLiteral("color: #b00020;"));
            break;
        case MeetingRules::State::Held:
            m_state->setText(tr("Meeting held."));
            m_state->setStyleSheet(QString());
            break;
        }
    }
    fillParticipants();
    m_timeMessage->setMessage({});
    m_meetingList.form().showProblems(m ? Validation::check(*m, lookups().catalog) : Problems());
}

void MeetingsTab::fillParticipants()
{
    const TripartiteMeeting *m = m_meetingList.current();
    const QList<MeetingParticipant> participants
            = m ? m->participants : QList<MeetingParticipant>();
    const QSignalBlocker blocker(m_participants);
    m_participants->setRowCount(int(participants.size()));
    for (int row = 0; row < participants.size(); ++row) {
        const MeetingParticipant &p = participants.at(row);
        auto *party = qobject_cast<CodeCombo *>(m_participants->cellWidget(row, ParticipantParty));
        if (!party) {
            // Created once per row: refilling keeps the widget the user may be using.
            party = new CodeCombo(lookups().catalog, ReferenceList::MeetingParty, false,
                                  m_participants);
            party->setObjectName(QStringLiteral("party_%1").arg(row));
            connect(party, &CodeCombo::codeEdited, this, [this, row](const QString &code) {
                const auto change = [row, code](TripartiteMeeting &mm) {
                    if (row < mm.participants.size())
                        mm.participants[row].party = code;
                };
                m_meetingList.edit(tr("Change a participant's party"), change);
            });
            m_participants->setCellWidget(row, ParticipantParty, party);
        }
        party->setCode(p.party);
        for (const auto &[column, text] :
             {std::pair{ParticipantName, p.name}, std::pair{ParticipantFunction, p.function}}) {
            QTableWidgetItem *item = m_participants->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_participants->setItem(row, column, item);
            }
            item->setText(text);
        }
        QTableWidgetItem *present = m_participants->item(row, ParticipantPresent);
        if (!present) {
            present = new QTableWidgetItem;
            present->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_participants->setItem(row, ParticipantPresent, present);
        }
        present->setCheckState(p.present ? Qt::Checked : Qt::Unchecked);
    }
    m_participants->resizeColumnToContents(ParticipantParty);
    m_participants->resizeColumnToContents(ParticipantPresent);
    fitRows(m_participants, 3, 8);
    m_removeParticipant->setEnabled(m_participants->currentRow() >= 0
                                    && m_participants->currentRow() < participants.size());
}

void MeetingsTab::fillDecisions()
{
    const ReferenceCatalog &refs = lookups().catalog;
    const QList<CalDecision> &list = file().calDecisions;
    const QSignalBlocker blocker(m_decisions); // filling chooses no row
    m_decisions->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const CalDecision &c = list.at(row);
        setCell(m_decisions, row, DecisionDate, dateText(c.date));
        setRowId(m_decisions, row, c.id);
        setCell(m_decisions, row, DecisionDecision,
                refs.label(ReferenceList::CalDecision, c.decision));
        setCell(m_decisions, row, DecisionDwelling,
                c.dwellingId != 0 && file().dwellings.contains(c.dwellingId)
                        ? HousingRules::dwellingLabel(file().dwellings.value(c.dwellingId), refs)
                        : QString());
        const Problems problems = Validation::check(c, refs);
        setRowProblems(m_decisions, row, problems);
    }
    m_decisions->resizeColumnsToContents();
    m_decisionList.setCurrentId(showRecords(m_decisions, m_noDecision, m_decisionList.currentId()));
}

void MeetingsTab::fillDecisionForm()
{
    const CalDecision *c = m_decisionList.current();
    m_decisionForm->setVisible(c != nullptr);
    m_removeDecision->setEnabled(c != nullptr);
    QList<std::pair<Id, QString>> dwellings;
    for (const Dwelling &d : file().dwellings)
        dwellings.append({d.id, HousingRules::dwellingLabel(d, lookups().catalog)});
    m_dwelling->setRecords(dwellings);
    m_calAction->setRecords(supportActionChoices(file(), lookups(), {c ? c->actionId : 0}));
    m_decisionList.form().refresh();
    m_decisionList.form().showProblems(c ? Validation::check(*c, lookups().catalog) : Problems());
}

void MeetingsTab::refresh()
{
    const Refreshing guard(this);
    fillMeetings();
    fillMeetingForm();
    fillDecisions();
    fillDecisionForm();
}

} // namespace Passerelle::Ui
