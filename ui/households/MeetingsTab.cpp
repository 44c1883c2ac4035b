#include "MeetingsTab.h"
#include "households/PathRules.h"

#include "AppContext.h"
#include "DwellingChoiceDialog.h"
#include "Lookups.h"
#include "documents/Documents.h"
#include "households/HousingRules.h"
#include "households/MeetingRules.h"
#include "widgets/FormWidgets.h"

#include <QCheckBox>
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
#include <QTableWidget>

#include <algorithm>

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

/// A time typed "14:30", "14h30", "9h" or "0930", shown "14:30"; a text that is not a time
/// is said in its message and not taken.
class TimeLine : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;
    FieldMessage *message = nullptr;
};

/// An id for a participant not saved yet: below every participant's of the file, so that the
/// list of participants can choose it (saving gives it its own).
Id newParticipantId(const HouseholdFile &file)
{
    Id lowest = 0;
    for (const TripartiteMeeting &m : file.meetings) {
        for (const MeetingParticipant &p : m.participants)
            lowest = std::min(lowest, p.id);
    }
    return lowest - 1;
}

/// The list takes two fifths of its box and the form beside it three; in its column, the list
/// or its empty state takes the room.
void widenForm(const ListSection &list)
{
    auto *columns = static_cast<QBoxLayout *>(list.form->parentWidget()->layout());
    columns->setStretch(0, 2);
    columns->setStretch(1, 3);
    list.list->setStretch(0, 1);
    list.list->setStretch(1, 1);
}

} // namespace

namespace Forms {

/// The value is the time as text ("14:30"), or the text typed when it is not a time.
template <>
struct Field<TimeLine>
{
    static QString value(const TimeLine *w)
    {
        bool ok = false;
        const QTime time = parseTime(w->text(), &ok);
        return ok ? timeText(time) : w->text();
    }
    static void show(TimeLine *w, const QString &v) { w->setText(v); }
    template <typename F>
    static void onEdit(TimeLine *w, QObject *context, Commit, F f)
    {
        QObject::connect(w, &QLineEdit::editingFinished, context, [w, f] {
            bool ok = false;
            const QTime time = parseTime(w->text(), &ok);
            if (!ok) {
                w->message->setMessage(
                        MeetingsTab::tr("“%1” is not a time: write it hh:mm.").arg(w->text()));
                return;
            }
            w->message->setMessage({});
            w->setText(timeText(time));
            f(w->text(), false);
        });
    }
};

} // namespace Forms

MeetingsTab::MeetingsTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
                         QWidget *parent)
    : HouseholdTab(document, context, lookups, parent)
    , m_meetingList(this, document,
                    [](HouseholdFile &f) -> QList<TripartiteMeeting> & { return f.meetings; })
    , m_decisionList(this, document,
                     [](HouseholdFile &f) -> QList<CalDecision> & { return f.calDecisions; })
    , m_participantList(
              this, document,
              [this](HouseholdFile &f) -> QList<MeetingParticipant> & {
                  // Only ever read: a participant is edited once found in its meeting's list.
                  static QList<MeetingParticipant> none;
                  for (TripartiteMeeting &m : f.meetings) {
                      if (m.id == m_meetingList.currentId())
                          return m.participants;
                  }
                  return none;
              },
              {}, Forms::Commit::Live)
{
    setObjectName(QStringLiteral("meetings"));
    // Names the participants' message ("message_meeting.participants"), the one message of
    // the form that is not under a field.
    m_meetingList.form().messages().setPrefix(QStringLiteral("meeting."));
    m_meetingList.form().messages().setFallback(QStringLiteral("date"));
    m_decisionList.form().messages().setFallback(QStringLiteral("date"));

    QList<QWidget *> order; // the keyboard order: the meetings, then the decisions
    auto *layout = scrollingPage(this);
    layout->addWidget(buildMeetings(order));
    layout->addWidget(buildDecisions(order));
    layout->addStretch();
    tabOrder(order);
}

QString MeetingsTab::title() const
{
    return tr("Meetings");
}

QWidget *MeetingsTab::buildMeetings(QList<QWidget *> &order)
{
    auto *box = group(tr("Tripartite meetings (landlord, association, household)"), this);
    ListSection list(
            box,
            recordTable(QStringLiteral("meetingList"),
                        {tr("Date"), tr("Time"), tr("Place"), tr("Purpose"), tr("Outcome")}, box),
            tr("No tripartite meeting yet — plan the first one (before entry) with “Plan a "
               "meeting”."),
            FormPlace::Beside);
    widenForm(list);
    list.table->setMinimumHeight(200);
    list.empty->setObjectName(QStringLiteral("noMeeting"));
    auto *legend = new QLabel(tr("Planned meetings are in italics on a blue background; a past "
                                 "meeting whose outcome is not recorded is in red."),
                              box);
    legend->setWordWrap(true);
    QFont small = legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    legend->setFont(small);
    list.list->insertWidget(2, legend);
    auto *add = list.button(tr("&Plan a meeting"), QStringLiteral("addMeeting"));
    auto *remove = list.button(tr("Remove the meeting"), QStringLiteral("removeMeeting"));
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
    convocationMenu->addAction(tr("Save as &ODT…"), this, [this] {
        printConvocation(DocumentPrinter::Output::Odt);
    })->setObjectName(QStringLiteral("convocationOdt"));
    m_convocation->setMenu(convocationMenu);
    list.buttons->addWidget(m_convocation);
    order << list.table << add << remove << m_convocation;
    auto *date = buildMeetingForm(list, order);
    list.hideForm = true;
    m_meetingList.attach(list, remove, this, tr("Remove a meeting"), [this] { fillMeetingForm(); });

    connect(add, &QPushButton::clicked, this, [this, date] {
        const QDate today = context().today();
        const Lookups &l = lookups();
        addRecord(m_meetingList, tr("Plan a meeting"), date, [today, &l](HouseholdFile &f, Id id) {
            TripartiteMeeting m;
            m.id = id;
            m.householdId = f.household.id;
            m.date = today;
            m.place = l.agencyName(f.household.agencyId);
            // Each participant gets its own id, so that the list chooses each of them.
            Id next = newParticipantId(f);
            auto participant = [&next](const char *party, const QString &name, const QString &fn) {
                MeetingParticipant p;
                p.id = next--;
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
                const QString referent = PathRules::associationReferent(f, s);
                m.participants << participant("association", referent,
                                              l.partnerName(s.partnerId));
            }
            if (const Member *main = f.household.mainMember())
                m.participants << participant("menage", main->fullName(), QString());
            f.meetings << m;
        });
    });
    return box;
}

DateEdit *MeetingsTab::buildMeetingForm(const ListSection &list, QList<QWidget *> &order)
{
    const ReferenceCatalog &refs = lookups().catalog;
    QWidget *page = list.form;
    QFormLayout *form = list.fields;
    m_state = heading(QString(), 1.0, page);
    m_state->setObjectName(QStringLiteral("meetingState"));
    form->addRow(m_state);
    auto &meeting = m_meetingList.form();
    // The date and the time on one line, their messages under it.
    auto *date = new DateEdit(page);
    date->setObjectName(QStringLiteral("meeting.date"));
    auto *time = new TimeLine(page);
    time->setObjectName(QStringLiteral("meeting.time"));
    time->setPlaceholderText(tr("hh:mm"));
    time->setMaximumWidth(time->fontMetrics().horizontalAdvance(QStringLiteral("00:000")) + 24);
    time->message = meeting.message(QStringLiteral("time"), time);
    auto *when = new QWidget(page);
    auto *whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(date, 1);
    addLabelled(whenLayout, tr("&at"), time);
    when->setFocusProxy(date);
    TabForms::addRow(form, tr("&Date:"), when, meeting.message(QStringLiteral("date"), date))
            ->setBuddy(date);
    when->parentWidget()->layout()->addWidget(time->message);
    meeting.bind(date, &TripartiteMeeting::date, tr("Change the date of the meeting"));
    meeting.bind(
            time, [](const TripartiteMeeting &m) { return timeText(m.time); },
            [](TripartiteMeeting &m, const QString &text) {
                bool ok = false;
                m.time = parseTime(text, &ok);
            },
            tr("Change the time of the meeting"));
    auto *outcome = new CodeCombo(refs, ReferenceList::MeetingOutcome, true, page);
    outcome->setToolTip(tr("Leave empty while the meeting is planned."));
    m_meetingAction = new RecordCombo(true, page);
    order << date << time
          << meeting.row(form, tr("Pla&ce:"), new QLineEdit(page), QStringLiteral("meeting.place"),
                         &TripartiteMeeting::place, tr("Change the place of the meeting"))
          << meeting.row(form, tr("P&urpose:"),
                         new CodeCombo(refs, ReferenceList::MeetingPurpose, true, page),
                         QStringLiteral("meeting.purpose"), &TripartiteMeeting::purpose,
                         tr("Change the purpose of the meeting"), QStringLiteral("purpose"))
          << meeting.row(form, tr("&Outcome:"), outcome, QStringLiteral("meeting.outcome"),
                         &TripartiteMeeting::outcome, tr("Change the outcome of the meeting"),
                         QStringLiteral("outcome"))
          << meeting.row(form, tr("Ac&tion:"), m_meetingAction,
                         QStringLiteral("meeting.actionId"), &TripartiteMeeting::actionId,
                         tr("Change the action of the meeting"))
          << meeting.row(form, tr("&Minutes:"), sized(new FreeTextEdit(page), 80, 140),
                         QStringLiteral("meeting.minutes"), &TripartiteMeeting::minutes,
                         tr("Change the minutes"));

    buildParticipants(form, order);
    return date;
}

void MeetingsTab::buildParticipants(QFormLayout *form, QList<QWidget *> &order)
{
    QWidget *page = form->parentWidget();
    auto *label = new QLabel(tr("Pa&rticipants:"), page);
    form->addRow(label);
    // The participants of the meeting chosen, read-only; the one chosen is edited under them.
    auto *box = new QGroupBox(page);
    form->addRow(box);
    ListSection list(box,
                     recordTable(QStringLiteral("participants"),
                                 {tr("Party"), tr("Name"), tr("Function"), tr("Present")}, box),
                     tr("No participant yet — add them with “Add a participant”."));
    label->setBuddy(list.table);
    QHeaderView *header = list.table->horizontalHeader();
    header->setSectionResizeMode(ParticipantName, QHeaderView::Stretch);
    header->setSectionResizeMode(ParticipantFunction, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    // The rules of the participants (their party) say their problems under the list.
    list.list->insertWidget(
            2, m_meetingList.form().messages().add(QStringLiteral("participants"), box));
    auto *add = list.button(tr("Add a participant"), QStringLiteral("addParticipant"));
    auto *remove = list.button(tr("Remove the participant"), QStringLiteral("removeParticipant"));

    auto &participant = m_participantList.form();
    auto *party = participant.row(
            list.fields, tr("Part&y:"),
            new CodeCombo(lookups().catalog, ReferenceList::MeetingParty, false, list.form),
            QStringLiteral("participant.party"), &MeetingParticipant::party,
            tr("Change a participant's party"));
    auto *name = participant.row(list.fields, tr("Name:"), new QLineEdit(list.form),
                                 QStringLiteral("participant.name"), &MeetingParticipant::name,
                                 tr("Change a participant's name"));
    order << list.table << add << remove << party << name
          << participant.row(list.fields, tr("&Function:"), new QLineEdit(list.form),
                             QStringLiteral("participant.function"),
                             &MeetingParticipant::function, tr("Change a participant's function"))
          << participant.row(list.fields, QString(), new QCheckBox(tr("Present"), list.form),
                             QStringLiteral("participant.present"), &MeetingParticipant::present,
                             tr("Change whether a participant was present"));
    list.hideForm = true;
    m_participantList.attach(list, remove, this, tr("Remove a participant"));

    connect(add, &QPushButton::clicked, this, [this, name] {
        const Id id = newParticipantId(file());
        m_participantList.setCurrentId(id);
        m_meetingList.edit(tr("Add a participant"), [id](TripartiteMeeting &m) {
            MeetingParticipant p;
            p.id = id;
            p.party = QStringLiteral("autre");
            m.participants << p;
        });
        name->setFocus();
    });
}

QWidget *MeetingsTab::buildDecisions(QList<QWidget *> &order)
{
    const ReferenceCatalog &refs = lookups().catalog;
    auto *box = group(tr("Decisions of the CAL (housing allocation committee)"), this);
    ListSection list(box,
                     recordTable(QStringLiteral("calDecisions"),
                                 {tr("Date"), tr("Decision"), tr("Dwelling")}, box),
                     tr("No CAL decision recorded — add it once the committee has decided on a "
                        "dwelling."),
                     FormPlace::Beside);
    widenForm(list);
    list.table->setMinimumHeight(120);
    list.empty->setObjectName(QStringLiteral("noCalDecision"));
    auto *add = list.button(tr("Add a CAL decisio&n"), QStringLiteral("addCalDecision"));
    auto *remove = list.button(tr("Remove the decision"), QStringLiteral("removeCalDecision"));

    QWidget *page = list.form;
    QFormLayout *form = list.fields;
    auto &decision = m_decisionList.form();
    m_dwelling = new RecordCombo(true, page);
    m_dwelling->setToolTip(tr("The household's dwellings (Housing & lease tab), and the "
                              "dwellings proposed to the CAL."));
    // The dwelling can be named before any lease exists: one of the landlord's, or entered.
    auto *dwellingRow = new QWidget(page);
    auto *dwellingLayout = new QHBoxLayout(dwellingRow);
    dwellingLayout->setContentsMargins(0, 0, 0, 0);
    dwellingLayout->addWidget(m_dwelling, 1);
    auto *chooseDwelling = new QPushButton(tr("Ot&her dwelling…"), dwellingRow);
    chooseDwelling->setObjectName(QStringLiteral("chooseCalDwelling"));
    chooseDwelling->setToolTip(tr("Choose one of the landlord's dwellings, or enter one: the "
                                  "entry into it then starts from it"));
    dwellingLayout->addWidget(chooseDwelling);
    m_dwelling->setObjectName(QStringLiteral("cal.dwellingId"));
    m_calAction = new RecordCombo(true, page);
    auto *date = decision.row(form, tr("Date of the CA&L:"), new DateEdit(page),
                              QStringLiteral("cal.date"), &CalDecision::date,
                              tr("Change the date of the CAL"), QStringLiteral("date"));
    order << list.table << add << remove << date
          << decision.row(form, tr("D&ecision:"),
                          new CodeCombo(refs, ReferenceList::CalDecision, false, page),
                          QStringLiteral("cal.decision"), &CalDecision::decision,
                          tr("Change the CAL decision"), QStringLiteral("decision"))
          << decision.bind(m_dwelling, &CalDecision::dwellingId,
                           tr("Change the dwelling of the CAL decision"))
          << chooseDwelling
          << decision.row(form, tr("Act&ion:"), m_calAction, QStringLiteral("cal.actionId"),
                          &CalDecision::actionId, tr("Change the action of the CAL decision"))
          << decision.row(form, tr("Condition&s:"), sized(new FreeTextEdit(page), 60, 100),
                          QStringLiteral("cal.conditions"), &CalDecision::conditions,
                          tr("Change the conditions of the CAL decision"))
          << decision.row(form, tr("Notes:"), sized(new FreeTextEdit(page), 60, 100),
                          QStringLiteral("cal.notes"), &CalDecision::notes,
                          tr("Change the notes of the CAL decision"));
    {
        // The row of the dwelling, in its place under the decision.
        auto *label = new QLabel(tr("D&welling:"), page);
        label->setBuddy(m_dwelling);
        form->insertRow(2, label, dwellingRow);
    }
    connect(chooseDwelling, &QPushButton::clicked, this, [this] { chooseCalDwelling(); });
    list.hideForm = true;
    m_decisionList.attach(list, remove, this, tr("Remove a CAL decision"),
                          [this] { fillDecisionForm(); });

    connect(add, &QPushButton::clicked, this, [this, date] {
        const QDate today = context().today();
        addRecord(m_decisionList, tr("Add a CAL decision"), date, [today](HouseholdFile &f, Id id) {
            CalDecision c;
            c.id = id;
            c.householdId = f.household.id;
            c.date = today;
            c.decision = QStringLiteral("attribution");
            if (!f.supports.isEmpty())
                c.actionId = f.supports.first().actionId;
            f.calDecisions << c;
        });
    });
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
    selectRow(m_meetingList.table(), rowOf(m_meetingList.table(), id));
    m_meetingList.showCurrent();
}

void MeetingsTab::fillMeetings()
{
    const ReferenceCatalog &refs = lookups().catalog;
    const QDate today = context().today();
    QTableWidget *table = m_meetingList.table();
    m_meetingList.show(
            [this, &refs, today](const TripartiteMeeting &m) {
                const MeetingRules::State state = MeetingRules::state(m, today);
                return QStringList{
                        dateText(m.date), timeText(m.time), m.place,
                        refs.label(ReferenceList::MeetingPurpose, m.purpose),
                        state == MeetingRules::State::Held
                                ? refs.label(ReferenceList::MeetingOutcome, m.outcome)
                        : state == MeetingRules::State::Planned ? tr("Planned")
                                                                : tr("Outcome to record")};
            },
            [table, &refs, today](int row, const TripartiteMeeting &m) {
                const MeetingRules::State state = MeetingRules::state(m, today);
                table->item(row, MeetingOutcome)->setData(Qt::UserRole, int(state));
                switch (state) {
                case MeetingRules::State::Held:
                    setRowProblems(table, row, Validation::check(m, refs));
                    break;
                case MeetingRules::State::Planned:
                    setRowLook(table, row, RowLook::Planned, tr("A meeting to come."));
                    break;
                case MeetingRules::State::OutcomeMissing:
                    setRowLook(table, row, RowLook::Warning,
                               tr("The meeting has taken place: record its outcome."));
                    break;
                }
            });
    table->resizeColumnsToContents();
}

void MeetingsTab::fillMeetingForm()
{
    const TripartiteMeeting *m = m_meetingList.current();
    m_convocation->setEnabled(m != nullptr && m->date.isValid());
    // The meeting's action stays offered when it is no longer a support's.
    const Id action = m ? m->actionId : 0;
    m_meetingAction->setRecords(supportActionChoices(file(), lookups(), {action}));
    m_meetingAction->setId(action);
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
    m_meetingList.form().showProblems(m ? Validation::check(*m, lookups().catalog) : Problems());
}

void MeetingsTab::fillParticipants()
{
    const ReferenceCatalog &refs = lookups().catalog;
    QTableWidget *table = m_participantList.table();
    m_participantList.show(
            [&refs](const MeetingParticipant &p) {
                return QStringList{refs.label(ReferenceList::MeetingParty, p.party), p.name,
                                   p.function};
            },
            [table](int row, const MeetingParticipant &p) {
                setCell(table, row, ParticipantPresent, QString())
                        ->setCheckState(p.present ? Qt::Checked : Qt::Unchecked);
            });
    table->resizeColumnToContents(ParticipantParty);
    table->resizeColumnToContents(ParticipantPresent);
    fitRows(table, 3, 8);
}

void MeetingsTab::fillDecisions()
{
    const ReferenceCatalog &refs = lookups().catalog;
    QTableWidget *table = m_decisionList.table();
    m_decisionList.show(
            [this, &refs](const CalDecision &c) {
                return QStringList{
                        dateText(c.date), refs.label(ReferenceList::CalDecision, c.decision),
                        c.dwellingId != 0 && file().dwellings.contains(c.dwellingId)
                                ? HousingRules::dwellingLabel(file().dwellings.value(c.dwellingId),
                                                              refs)
                                : QString()};
            },
            [table, &refs](int row, const CalDecision &c) {
                setRowProblems(table, row, Validation::check(c, refs));
            });
    table->resizeColumnsToContents();
}

void MeetingsTab::chooseCalDwelling()
{
    const CalDecision *c = m_decisionList.current();
    if (!c)
        return;
    DwellingChoiceDialog dialog(context(), lookups(), file().household.agencyId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Id decisionId = c->id;
    Dwelling d = dialog.dwelling();
    const Id id = d.id > 0 ? d.id : file().nextTemporaryId();
    d.id = id;
    edit(tr("Propose a dwelling at the CAL"), [decisionId, d](HouseholdFile &f) {
        f.dwellings.insert(d.id, d);
        Id previous = 0;
        for (CalDecision &decision : f.calDecisions) {
            if (decision.id == decisionId) {
                previous = decision.dwellingId;
                decision.dwellingId = d.id;
            }
        }
        // A dwelling entered for this decision alone and no longer proposed is not kept.
        const bool used = std::any_of(f.leases.cbegin(), f.leases.cend(),
                                      [previous](const Lease &l) { return l.dwellingId == previous; })
                          || std::any_of(f.calDecisions.cbegin(), f.calDecisions.cend(),
                                         [previous](const CalDecision &c) {
                                             return c.dwellingId == previous;
                                         });
        if (previous < 0 && !used)
            f.dwellings.remove(previous);
    });
}

void MeetingsTab::fillDecisionForm()
{
    const CalDecision *c = m_decisionList.current();
    QList<std::pair<Id, QString>> dwellings;
    for (const Dwelling &d : file().dwellings)
        dwellings.append({d.id, HousingRules::dwellingLabel(d, lookups().catalog)});
    m_dwelling->setRecords(dwellings);
    m_dwelling->setId(c ? c->dwellingId : 0);
    const Id action = c ? c->actionId : 0;
    m_calAction->setRecords(supportActionChoices(file(), lookups(), {action}));
    m_calAction->setId(action);
    m_decisionList.form().showProblems(c ? Validation::check(*c, lookups().catalog) : Problems());
}

void MeetingsTab::refresh()
{
    const Refreshing guard(this);
    fillMeetings();
    fillDecisions();
}

} // namespace Passerelle::Ui
