// The proof that a new user can follow a household from its referral to the end of its support
// entirely in the household window: every step below drives widgets only (typing, clicks,
// choices, Enter, Ctrl+N, Ctrl+S), saves, closes the window and opens it again some days later
// (the screens' "today" moves on with AppContext::setToday), then checks what the database kept.
//
//   1. referral → new household (NewHouseholdDialog through HouseholdWindow::startNew); in the
//      Situation tab: consent, composition, a second member who signs, the support's association,
//      referent, start and intensity;
//   2. the entry diagnostic, with a level for a few domains;
//   3. a tripartite meeting planned, then held (outcome, minutes, who was there), and a
//      favourable CAL decision;
//   4. the entry into a dwelling with a bail glissant (LeaseEventDialog), linked to the CAL
//      decision;
//   5. the contract created, signed, saved with Ctrl+S and printed to PDF (kept with it);
//   6. the support plan: an axis, an objective, a target date;
//   7. two contacts through the quick-entry row (Ctrl+N), an alert raised then closed, the
//      objective achieved;
//   8. the glissement of the lease and the end of support with its outcome; the checks at +6,
//      +12 and +24 months planned in the Exit tab;
//   9. reopened: everything is in the database, the household is "ended", and the History tab
//      lists the creation of each record.
//   (3 also records the referral's outcome, « acceptée », in the Situation tab.)
#include "AppContext.h"
#include "Clock.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "domain/HouseholdStatus.h"
#include "households/ContractTab.h"
#include "households/DiagnosticTab.h"
#include "households/DwellingChoiceDialog.h"
#include "households/ExitRules.h"
#include "households/HistoryText.h"
#include "households/HouseholdTab.h"
#include "households/HouseholdWindow.h"
#include "households/HousingRules.h"
#include "households/HousingTab.h"
#include "households/LeaseEventDialog.h"
#include "households/MeetingRules.h"
#include "households/ScanViewerDialog.h"
#include "households/NewHouseholdDialog.h"
#include "storage/ContractPrintRepository.h"
#include "storage/ContractScanRepository.h"
#include "storage/HouseholdFileRepository.h"
#include "storage/HouseholdRepository.h"
#include "widgets/FormWidgets.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QRadioButton>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using namespace Passerelle::Ui;
using Passerelle::Testing::TestDatabase;

namespace {

// The columns of the Situation tab's tables (SituationTab.cpp).
enum MemberColumn { MemberLastName, MemberFirstName, MemberBirth, MemberRole, MemberSigns };
// The columns of the participants of a meeting (MeetingsTab.cpp).
enum ParticipantColumn { ParticipantParty, ParticipantName, ParticipantFunction,
                         ParticipantPresent };
// The "outcome" column of the meetings list keeps MeetingRules::State.
constexpr int MeetingStateColumn = 4;

void typeDate(DateEdit *edit, const QDate &date)
{
    QLineEdit *line = edit->lineEdit();
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, date.toString(u"dd/MM/yyyy"_s));
    QTest::keyClick(line, Qt::Key_Return);
}

void typeLine(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    edit->insert(text); // keyClicks types ASCII only
    QTest::keyClick(edit, Qt::Key_Return);
}

/// Types in a free-text field, then leaves it (the text is taken when the field is left).
void typeFree(FreeTextEdit *edit, const QString &text)
{
    edit->editor()->setFocus();
    edit->editor()->selectAll();
    edit->editor()->insertPlainText(text);
    edit->editor()->clearFocus();
}

/// Chooses the entry with this data, as a click in the list does.
void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setFocus();
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

/// Answers the message boxes that show while it lives (clicking `button`), keeping their text:
/// a refusal must fail the test, not hang it.
class Answerer : public QObject
{
public:
    explicit Answerer(QMessageBox::StandardButton button) : m_button(button)
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            texts << box->text();
            if (QAbstractButton *b = box->button(m_button))
                b->click();
            else
                box->reject();
        });
        m_timer.start(10);
    }
    QStringList texts;

private:
    QMessageBox::StandardButton m_button;
    QTimer m_timer;
};

} // namespace

class TestSupportPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void referralToNewHousehold();
    void entryDiagnostic();
    void meetingPlannedThenHeldAndCalDecision();
    void entryIntoADwellingWithABailGlissant();
    void contractCreatedAndPrinted();
    void planObjective();
    void followUpContactsAndAlert();
    void renewalThenVersionOneAsSigned();
    void endOfSupport();
    void everythingIsKept();

private:
    /// Opens the household's file on the day `today`, on `tab`.
    std::unique_ptr<HouseholdWindow> openOn(const QDate &today, const char *tab);
    /// Saves with Ctrl+S, as a user does; true when saved (a refusal is reported).
    bool saveWithCtrlS(HouseholdWindow &w);
    /// Closes the window (nothing must be left unsaved: no question is answered).
    bool closeWindow(std::unique_ptr<HouseholdWindow> &w);
    HouseholdFile stored();
    template<typename T>
    T *field(HouseholdWindow &w, const char *tab, const QString &name)
    {
        HouseholdTab *t = w.tab(QString::fromLatin1(tab));
        auto *found = t ? t->findChild<T *>(name) : nullptr;
        if (!found)
            QTest::qFail(qPrintable(u"no widget %1 in tab %2"_s.arg(name, QLatin1String(tab))),
                         __FILE__, __LINE__);
        return found;
    }
    template<typename T>
    T *field(HouseholdWindow &w, const char *tab, const char *name)
    {
        return field<T>(w, tab, QString::fromLatin1(name));
    }

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<AppContext> m_context;
    QTemporaryDir m_dir;

    // The story's calendar: the referral two years and two months ago, everything after it
    // in the past (the database refuses dates in the future for contacts, diagnostics...).
    const QDate m_referral = Passerelle::Clock::today().addMonths(-26);
    const QDate m_firstDay = m_referral.addDays(7);   // the file is opened
    const QDate m_diagnosticDay = m_referral.addDays(21);
    const QDate m_meetingDay = m_referral.addDays(35); // planned on the diagnostic day
    const QDate m_calDay = m_referral.addDays(42);
    const QDate m_entryDay = m_referral.addDays(60);
    const QDate m_planDay = m_referral.addDays(75);
    const QDate m_targetDay = m_planDay.addMonths(6);
    const QDate m_alertDay = m_referral.addMonths(6);
    const QDate m_alertClosedDay = m_referral.addMonths(7);
    const QDate m_glissementDay = m_entryDay.addMonths(18);
    const QDate m_endDay = m_glissementDay.addDays(30);
    const QDate m_renewalDay = m_referral.addMonths(17); // before the first version ends

    const QString m_reference = u"PATH-2024-01"_s;
    Id m_householdId = 0;
    Id m_actionId = 0;
    Id m_associationId = 0;
    Id m_referrerId = 0;
    Id m_glissantLeaseId = 0;
    Id m_dwellingId = 0;
    QByteArray m_pdf;
};

void TestSupportPath::initTestCase()
{
    // The window keeps its geometry in the settings: not in the user's.
    PASSERELLE_REQUIRE_BACKEND();
    QStandardPaths::setTestModeEnabled(true);
    Testing::installFrenchTranslation();
    QVERIFY(m_dir.isValid());
    QVERIFY(m_endDay <= Passerelle::Clock::today());
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(m_test->isValid());
    QVERIFY(Demo::populate(m_test->db(), Passerelle::Clock::today()));
    m_context = std::make_unique<AppContext>(m_test->db(), Scope::everything(u"cfabre"_s));
    const Lookups lookups = *Lookups::load(m_test->db());
    for (const Action &a : lookups.actions) {
        if (a.code == u"LAAVA")
            m_actionId = a.id;
    }
    for (const Partner &p : lookups.partners) {
        if (p.code == u"HH")
            m_associationId = p.id;
        if (p.code == u"CCAS")
            m_referrerId = p.id;
    }
    QVERIFY(m_actionId > 0 && m_associationId > 0 && m_referrerId > 0);
}

void TestSupportPath::cleanupTestCase()
{
    m_context.reset();
    m_test.reset();
}

std::unique_ptr<HouseholdWindow> TestSupportPath::openOn(const QDate &today, const char *tab)
{
    m_context->setToday(today);
    auto window = std::make_unique<HouseholdWindow>(*m_context);
    if (!window->open(m_householdId))
        return nullptr;
    window->resize(1280, 860);
    window->showTab(QString::fromLatin1(tab));
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    return window;
}

bool TestSupportPath::saveWithCtrlS(HouseholdWindow &w)
{
    Answerer refusal(QMessageBox::Ok);
    QTest::keySequence(&w, QKeySequence::Save);
    if (!refusal.texts.isEmpty())
        qWarning("not saved: %s", qPrintable(refusal.texts.join(u'\n')));
    else if (w.document().isModified())
        qWarning("still modified after saving: %s",
                 qPrintable(w.document().undoStack()->undoText()));
    return refusal.texts.isEmpty() && !w.isWindowModified() && !w.document().isModified();
}

bool TestSupportPath::closeWindow(std::unique_ptr<HouseholdWindow> &w)
{
    Answerer question(QMessageBox::Cancel);
    const bool closed = w->close();
    if (!question.texts.isEmpty())
        qWarning("closing asked: %s", qPrintable(question.texts.join(u'\n')));
    w.reset();
    return closed && question.texts.isEmpty();
}

HouseholdFile TestSupportPath::stored()
{
    auto file = HouseholdFileRepository(m_test->db())
                        .load(TestDatabase::all(), m_householdId,
                              HouseholdRepository::Trace::Silent);
    return file ? *file : HouseholdFile();
}

// --- 1. the referral: a new household --------------------------------------------------------

void TestSupportPath::referralToNewHousehold()
{
    m_context->setToday(m_firstDay);
    auto w = std::make_unique<HouseholdWindow>(*m_context);
    // The referral dialog is modal: fill it when it shows, as the user does.
    bool filled = false;
    QTimer fill;
    connect(&fill, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<NewHouseholdDialog *>(QApplication::activeModalWidget());
        if (!dialog || filled)
            return;
        filled = true;
        auto *reference = dialog->findChild<QLineEdit *>(u"reference"_s);
        QTest::keyClicks(reference, m_reference);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"lastName"_s), u"Benali"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"firstName"_s), u"Nadia"_s);
        choose(dialog->findChild<RecordCombo *>(u"action"_s), m_actionId);
        choose(dialog->findChild<CodeCombo *>(u"kind"_s), u"nouvel_entrant"_s);
        choose(dialog->findChild<RecordCombo *>(u"partner"_s), m_referrerId);
        typeLine(dialog->findChild<QLineEdit *>(u"referrer"_s), u"Sophie LAURENT"_s);
        typeDate(dialog->findChild<DateEdit *>(u"date"_s), m_referral);
        typeFree(dialog->findChild<FreeTextEdit *>(u"reason"_s),
                 u"Hébergée chez un tiers, ressources stables, appui souhaité à l'entrée."_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        buttons->button(QDialogButtonBox::Ok)->click();
        // Refused (it says why): give up rather than hang.
        if (dialog->isVisible())
            dialog->reject();
    });
    fill.start(10);
    QVERIFY(w->startNew());
    fill.stop();
    QVERIFY(filled);
    w->resize(1280, 860);
    w->show();
    QApplication::setActiveWindow(w.get());
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QVERIFY(w->document().isNew());
    QVERIFY(w->isWindowModified());
    QVERIFY(w->windowTitle().contains(m_reference));

    // Situation: consent, composition, a second member who signs the contract.
    w->showTab(u"situation"_s);
    typeDate(field<DateEdit>(*w, "situation", "consentDate"), m_firstDay);
    choose(field<CodeCombo>(*w, "situation", "composition"), u"couple_avec_enfants"_s);
    auto *members = field<QTableWidget>(*w, "situation", "members");
    QCOMPARE(members->rowCount(), 1);
    QCOMPARE(members->item(0, MemberSigns)->checkState(), Qt::Checked); // the main tenant
    field<QPushButton>(*w, "situation", "addMember")->click();
    QCOMPARE(members->rowCount(), 2);
    // "Add" opens the new member's first name for typing, in the form under the list.
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, "the first name is not being edited");
    QTest::keyClicks(editor, u"Karim"_s);
    QTest::keyClick(editor, Qt::Key_Return); // the cell takes it once back in the event loop
    QTRY_COMPARE(w->document().file().household.members.at(1).firstName, u"Karim"_s);
    QCOMPARE(w->document().file().household.members.at(1).lastName, u"Benali"_s);
    typeDate(field<DateEdit>(*w, "situation", "member.birthDate"), QDate(1986, 2, 14));
    choose(field<CodeCombo>(*w, "situation", "member.role"), u"co_titulaire"_s);
    field<QCheckBox>(*w, "situation", "member.signsContract")->click();
    QCOMPARE(members->item(1, MemberSigns)->checkState(), Qt::Checked);
    const Member &second = w->document().file().household.members.at(1);
    QCOMPARE(second.role, u"co_titulaire"_s);
    QCOMPARE(second.birthDate, QDate(1986, 2, 14));
    QVERIFY(second.signsContract);

    // The support the referral opened: its association (not the referrer), its referent, its
    // start and intensity.
    auto *supports = field<QTableWidget>(*w, "situation", "supports");
    QCOMPARE(supports->rowCount(), 1);
    QCOMPARE(supports->currentRow(), 0); // chosen, in the form under the list
    QCOMPARE(field<RecordCombo>(*w, "situation", "support.actionId")->id(), m_actionId);
    choose(field<RecordCombo>(*w, "situation", "support.partnerId"), m_associationId);
    typeLine(field<QLineEdit>(*w, "situation", "support.partnerReferent"), u"Claire VIDAL"_s);
    typeDate(field<DateEdit>(*w, "situation", "support.startDate"), m_firstDay);
    choose(field<CodeCombo>(*w, "situation", "support.intensity"), u"soutenue"_s);
    const Support &support = w->document().file().supports.first();
    QCOMPARE(support.partnerId, m_associationId);
    QCOMPARE(support.partnerReferent, u"Claire VIDAL"_s);
    QCOMPARE(support.startDate, m_firstDay);
    QCOMPARE(support.intensity, u"soutenue"_s);
    QCOMPARE(support.householdKind, u"nouvel_entrant"_s);
    // Starting the support accepted the referral, dated the same day: nothing to set by hand
    // in a column off to the right.
    QCOMPARE(w->document().file().referrals.first().outcome, u"acceptee"_s);
    QCOMPARE(w->document().file().referrals.first().outcomeDate, m_firstDay);
    auto *referrals = field<QTableWidget>(*w, "situation", "referrals");
    QCOMPARE(referrals->item(0, 5)->text(),
             w->lookups().catalog.label(ReferenceList::ReferralOutcome, u"acceptee"_s));

    QVERIFY(saveWithCtrlS(*w));
    m_householdId = w->document().file().household.id;
    QVERIFY(m_householdId > 0);
    QVERIFY(closeWindow(w));

    const HouseholdFile file = stored();
    QCOMPARE(file.household.reference, m_reference);
    QCOMPARE(file.household.consentDate, m_firstDay);
    QCOMPARE(file.household.members.size(), 2);
    QCOMPARE(file.household.mainMember()->fullName(), u"Nadia Benali"_s);
    QVERIFY(file.household.members.at(1).signsContract);
    QCOMPARE(file.referrals.size(), 1);
    QCOMPARE(file.referrals.first().date, m_referral);
    QCOMPARE(file.referrals.first().partnerId, m_referrerId);
    QCOMPARE(file.referrals.first().referrerName, u"Sophie LAURENT"_s);
    QCOMPARE(file.supports.size(), 1);
    QCOMPARE(file.supports.first().partnerId, m_associationId);
    QCOMPARE(file.supports.first().startDate, m_firstDay);
}

// --- 2. the entry diagnostic -----------------------------------------------------------------

void TestSupportPath::entryDiagnostic()
{
    auto w = openOn(m_diagnosticDay, "diagnostic");
    QVERIFY(w);
    auto *tab = qobject_cast<DiagnosticTab *>(w->tab(u"diagnostic"_s));
    QVERIFY(!field<QLabel>(*w, "diagnostic", "noDiagnostic")->isHidden());
    field<QPushButton>(*w, "diagnostic", "addDiagnostic")->click();
    const Diagnostic *d = &w->document().file().diagnostics.last();
    QCOMPARE(tab->currentDiagnosticId(), d->id);
    QCOMPARE(d->kind, u"entree"_s); // the first one is the entry diagnostic
    QCOMPARE(d->date, m_diagnosticDay);
    QCOMPARE(d->author, u"Claire VIDAL"_s); // the association's referent
    QCOMPARE(field<CodeCombo>(*w, "diagnostic", "diagnostic.kind")->code(), u"entree"_s);
    choose(field<CodeCombo>(*w, "diagnostic", "diagnostic.recommendedIntensity"), u"soutenue"_s);
    choose(field<CodeCombo>(*w, "diagnostic", "diagnostic.recommendedLeaseType"),
           u"bail_glissant"_s);
    typeFree(field<FreeTextEdit>(*w, "diagnostic", "diagnostic.recommendation"),
             u"Entrée en bail glissant avec un accompagnement soutenu."_s);
    choose(field<QComboBox>(*w, "diagnostic", "level_acces_droits"), int(DiagnosticLevel::Light));
    choose(field<QComboBox>(*w, "diagnostic", "level_ressources_budget"),
           int(DiagnosticLevel::Important));
    choose(field<QComboBox>(*w, "diagnostic", "level_sante"), int(DiagnosticLevel::None));
    choose(field<QComboBox>(*w, "diagnostic", "level_dettes_impayes"),
           int(DiagnosticLevel::Major));
    // Choosing a level shows that domain's observation, ready to write.
    auto *observation = field<FreeTextEdit>(*w, "diagnostic", "diagnostic.observation");
    QVERIFY(observation->isEnabled());
    typeFree(observation, u"Dette de loyer chez le précédent bailleur."_s);
    QVERIFY(!field<FieldMessage>(*w, "diagnostic", "message_diagnostic.date")->isVisible());
    QVERIFY(w->isWindowModified());
    QVERIFY(saveWithCtrlS(*w));
    QVERIFY(closeWindow(w));

    const HouseholdFile file = stored();
    QCOMPARE(file.diagnostics.size(), 1);
    const Diagnostic &entry = file.diagnostics.first();
    QVERIFY(entry.id > 0);
    QCOMPARE(entry.kind, u"entree"_s);
    QCOMPARE(entry.date, m_diagnosticDay);
    QCOMPARE(entry.recommendedLeaseType, u"bail_glissant"_s);
    QCOMPARE(entry.domains.size(), 4);
    QCOMPARE(entry.assessment(u"acces_droits"_s)->level, DiagnosticLevel::Light);
    QCOMPARE(entry.assessment(u"ressources_budget"_s)->level, DiagnosticLevel::Important);
    QCOMPARE(entry.assessment(u"sante"_s)->level, DiagnosticLevel::None);
    QCOMPARE(entry.assessment(u"dettes_impayes"_s)->level, DiagnosticLevel::Major);
    QCOMPARE(entry.assessment(u"dettes_impayes"_s)->observation,
             u"Dette de loyer chez le précédent bailleur."_s);
}

// --- 3. a tripartite meeting planned, then held; the CAL decision ---------------------------

void TestSupportPath::meetingPlannedThenHeldAndCalDecision()
{
    int participants = 0;
    {
        // Planned on the day of the diagnostic, for two weeks later.
        auto w = openOn(m_diagnosticDay, "meetings");
        QVERIFY(w);
        QVERIFY(!field<QLabel>(*w, "meetings", "noMeeting")->isHidden());
        field<QPushButton>(*w, "meetings", "addMeeting")->click();
        auto *list = field<QTableWidget>(*w, "meetings", "meetingList");
        QCOMPARE(list->rowCount(), 1);
        typeDate(field<DateEdit>(*w, "meetings", "meeting.date"), m_meetingDay);
        typeLine(field<QLineEdit>(*w, "meetings", "meeting.time"), u"10h30"_s);
        choose(field<CodeCombo>(*w, "meetings", "meeting.purpose"), u"entree"_s);
        QCOMPARE(list->item(0, MeetingStateColumn)->data(Qt::UserRole).toInt(),
                 int(MeetingRules::State::Planned));
        // The CESF, the association's referent and the household are proposed.
        auto *table = field<QTableWidget>(*w, "meetings", "participants");
        participants = table->rowCount();
        QCOMPARE(participants, 3);
        QCOMPARE(table->item(1, ParticipantName)->text(), u"Claire VIDAL"_s);
        QCOMPARE(table->item(2, ParticipantName)->text(), u"Nadia Benali"_s);
        // Before any save, each proposed participant is chosen and edited on its own: the
        // association's row, chosen, shows its referent, and a change goes to it alone.
        table->setCurrentCell(1, ParticipantName);
        auto *who = field<QLineEdit>(*w, "meetings", "participant.name");
        QCOMPARE(who->text(), u"Claire VIDAL"_s);
        typeLine(field<QLineEdit>(*w, "meetings", "participant.function"), u"Référente LAAVA"_s);
        QCOMPARE(w->document().file().meetings.first().participants.at(1).function,
                 u"Référente LAAVA"_s);
        QVERIFY(w->document().file().meetings.first().participants.at(0).function
                != u"Référente LAAVA"_s);
        table->setCurrentCell(2, ParticipantName);
        QCOMPARE(who->text(), u"Nadia Benali"_s);
        // One more: the landlord's gardien, typed in the form of the participant "Add" chooses.
        field<QPushButton>(*w, "meetings", "addParticipant")->click();
        QCOMPARE(table->rowCount(), participants + 1);
        QCOMPARE(table->currentRow(), participants);
        auto *editor = field<QLineEdit>(*w, "meetings", "participant.name");
        QVERIFY2(QApplication::focusWidget() == editor,
                 "the participant's name is not being edited");
        QTest::keyClicks(editor, u"Marc Olivier"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(w->document().file().meetings.first().participants.last().name,
                     u"Marc Olivier"_s);
        QCOMPARE(table->item(participants, ParticipantName)->text(), u"Marc Olivier"_s);
        typeLine(field<QLineEdit>(*w, "meetings", "participant.function"), u"Gardien"_s);
        choose(field<CodeCombo>(*w, "meetings", "participant.party"), u"bailleur"_s);
        // Saved with the toolbar's button this time.
        w->findChild<QAction *>(u"saveAction"_s)->trigger();
        QVERIFY(!w->isWindowModified());
        QVERIFY(closeWindow(w));
    }
    {
        // A week after the meeting: its outcome is to record, then it is held.
        auto w = openOn(m_calDay, "meetings");
        QVERIFY(w);
        auto *list = field<QTableWidget>(*w, "meetings", "meetingList");
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->item(0, MeetingStateColumn)->data(Qt::UserRole).toInt(),
                 int(MeetingRules::State::OutcomeMissing));
        choose(field<CodeCombo>(*w, "meetings", "meeting.outcome"), u"favorable"_s);
        QCOMPARE(list->item(0, MeetingStateColumn)->data(Qt::UserRole).toInt(),
                 int(MeetingRules::State::Held));
        typeFree(field<FreeTextEdit>(*w, "meetings", "meeting.minutes"),
                 u"Accord des trois parties sur une entrée en bail glissant."_s);
        // The gardien could not come.
        auto *table = field<QTableWidget>(*w, "meetings", "participants");
        QCOMPARE(table->rowCount(), participants + 1);
        table->setCurrentCell(participants, ParticipantName);
        QCOMPARE(field<QLineEdit>(*w, "meetings", "participant.name")->text(), u"Marc Olivier"_s);
        auto *present = field<QCheckBox>(*w, "meetings", "participant.present");
        QVERIFY(present->isChecked());
        present->click();
        QVERIFY(!w->document().file().meetings.first().participants.last().present);
        QCOMPARE(table->item(participants, ParticipantPresent)->checkState(), Qt::Unchecked);

        // The CAL decides the same day: attribution.
        QVERIFY(!field<QLabel>(*w, "meetings", "noCalDecision")->isHidden());
        field<QPushButton>(*w, "meetings", "addCalDecision")->click();
        QCOMPARE(field<QTableWidget>(*w, "meetings", "calDecisions")->rowCount(), 1);
        QCOMPARE(field<DateEdit>(*w, "meetings", "cal.date")->date(), m_calDay);
        choose(field<CodeCombo>(*w, "meetings", "cal.decision"), u"attribution"_s);
        // The CAL names the dwelling before any lease exists: entered here, a T3 that is not
        // in the landlord's list yet.
        QCOMPARE(field<RecordCombo>(*w, "meetings", "cal.dwellingId")->count(), 1);
        bool proposed = false;
        QTimer fill;
        connect(&fill, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<DwellingChoiceDialog *>(QApplication::activeModalWidget());
            if (!dialog || proposed)
                return;
            proposed = true;
            dialog->findChild<QRadioButton *>(u"otherDwelling"_s)->click();
            const auto lines = dialog->findChildren<QLineEdit *>();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"newDwellingAddress"_s),
                             u"4 rue des Tilleuls"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"newDwellingCommune"_s),
                             u"Toulouse"_s);
            for (QLineEdit *line : lines) {
                if (line->maxLength() == 5)
                    QTest::keyClicks(line, u"31200"_s); // the postal code
            }
            choose(dialog->findChild<CodeCombo *>(), u"t3"_s);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            if (dialog->isVisible())
                dialog->reject(); // refused: the test fails below rather than hangs
        });
        fill.start(10);
        field<QPushButton>(*w, "meetings", "chooseCalDwelling")->click();
        fill.stop();
        QVERIFY(proposed);
        // The dialog took the activation; the user is back in the window.
        QApplication::setActiveWindow(w.get());
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        const Id proposedDwelling = w->document().file().calDecisions.first().dwellingId;
        QVERIFY(proposedDwelling < 0); // new, saved with the file
        QCOMPARE(w->document().file().dwellings.value(proposedDwelling).address,
                 u"4 rue des Tilleuls"_s);
        QCOMPARE(field<RecordCombo>(*w, "meetings", "cal.dwellingId")->id(), proposedDwelling);
        typeFree(field<FreeTextEdit>(*w, "meetings", "cal.notes"),
                 u"T3 de la résidence Les Tilleuls."_s);
        // The referral was accepted when the support started.
        w->showTab(u"situation"_s);
        QCOMPARE(field<CodeCombo>(*w, "situation", "referral.outcome")->code(), u"acceptee"_s);
        QVERIFY(saveWithCtrlS(*w));
        QVERIFY(closeWindow(w));
    }
    const HouseholdFile file = stored();
    QCOMPARE(file.meetings.size(), 1);
    const TripartiteMeeting &m = file.meetings.first();
    QCOMPARE(m.date, m_meetingDay);
    QCOMPARE(m.time, QTime(10, 30));
    QCOMPARE(m.purpose, u"entree"_s);
    QCOMPARE(m.outcome, u"favorable"_s);
    QCOMPARE(m.actionId, m_actionId);
    QCOMPARE(m.minutes, u"Accord des trois parties sur une entrée en bail glissant."_s);
    QCOMPARE(m.participants.size(), participants + 1);
    QCOMPARE(m.participants.last().name, u"Marc Olivier"_s);
    QCOMPARE(m.participants.last().function, u"Gardien"_s);
    QCOMPARE(m.participants.last().party, u"bailleur"_s);
    QVERIFY(!m.participants.last().present);
    QVERIFY(m.participants.first().present);
    QCOMPARE(MeetingRules::state(m, Passerelle::Clock::today()), MeetingRules::State::Held);
    QCOMPARE(file.calDecisions.size(), 1);
    QCOMPARE(file.calDecisions.first().decision, u"attribution"_s);
    QCOMPARE(file.calDecisions.first().date, m_calDay);
}

// --- 4. the entry into a dwelling, with a bail glissant --------------------------------------

void TestSupportPath::entryIntoADwellingWithABailGlissant()
{
    auto w = openOn(m_entryDay, "housing");
    QVERIFY(w);
    auto *tab = qobject_cast<HousingTab *>(w->tab(u"housing"_s));
    QVERIFY(!field<QLabel>(*w, "housing", "noLease")->isHidden());
    field<QPushButton>(*w, "housing", "newEntry")->click();
    QPointer<LeaseEventDialog> dialog;
    for (LeaseEventDialog *d : w->findChildren<LeaseEventDialog *>()) {
        if (d->isVisible())
            dialog = d;
    }
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), LeaseEventDialog::Kind::Entry);
    QCOMPARE(dialog->date(), m_entryDay); // today is proposed
    // The entry starts from what came before it: the dwelling the CAL allocated, the lease
    // type the diagnostic recommended.
    const Id calDwelling = w->document().file().calDecisions.first().dwellingId;
    QVERIFY(calDwelling > 0);
    QCOMPARE(dialog->findChild<RecordCombo *>(u"eventDwelling"_s)->id(), calDwelling);
    QVERIFY(!dialog->findChild<QLineEdit *>(u"eventAddress"_s)->isEnabled());
    QCOMPARE(dialog->findChild<CodeCombo *>(u"eventLeaseType"_s)->code(), u"bail_glissant"_s);
    QCOMPARE(dialog->dwelling().address, u"4 rue des Tilleuls"_s);
    dialog->findChild<QPushButton *>(u"eventRecord"_s)->click();
    QVERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(field<QTableWidget>(*w, "housing", "leases")->rowCount(), 1);
    const Lease *lease = HousingRules::lease(w->document().file(), tab->currentLeaseId());
    QVERIFY(lease);
    QCOMPARE(lease->type, u"bail_glissant"_s);
    QCOMPARE(lease->startReason, u"entree"_s);
    QCOMPARE(lease->startDate, m_entryDay);
    // The bail glissant's own fields: the association that sub-lets, when it should slide.
    choose(field<RecordCombo>(*w, "housing", "lease.subletterPartnerId"), m_associationId);
    typeDate(field<DateEdit>(*w, "housing", "lease.expectedGlissementDate"), m_glissementDay);
    typeFree(field<FreeTextEdit>(*w, "housing", "lease.glissementConditions"),
             u"Loyer réglé douze mois de suite, budget tenu."_s);
    typeLine(field<MoneyEdit>(*w, "housing", "dwelling.rent"), u"482,30"_s);
    typeLine(field<MoneyEdit>(*w, "housing", "dwelling.charges"), u"65"_s);
    QVERIFY(field<QPushButton>(*w, "housing", "glissement")->isEnabled());

    // The lease is in the dwelling the CAL decided on.
    QCOMPARE(w->document().file().calDecisions.first().dwellingId, lease->dwellingId);
    QVERIFY(saveWithCtrlS(*w));
    m_glissantLeaseId = tab->currentLeaseId();
    QVERIFY(m_glissantLeaseId > 0);
    QVERIFY(closeWindow(w));

    const HouseholdFile file = stored();
    QCOMPARE(file.leases.size(), 1);
    const Lease &l = file.leases.first();
    QCOMPARE(l.id, m_glissantLeaseId);
    QCOMPARE(l.type, u"bail_glissant"_s);
    QCOMPARE(l.startDate, m_entryDay);
    QCOMPARE(l.subletterPartnerId, m_associationId);
    QCOMPARE(l.expectedGlissementDate, m_glissementDay);
    QCOMPARE(l.glissementConditions, u"Loyer réglé douze mois de suite, budget tenu."_s);
    m_dwellingId = l.dwellingId;
    QVERIFY(m_dwellingId > 0);
    const Dwelling d = file.dwellings.value(m_dwellingId);
    QCOMPARE(d.address, u"4 rue des Tilleuls"_s);
    QCOMPARE(d.postalCode, u"31200"_s);
    QCOMPARE(d.typology, u"t3"_s);
    QCOMPARE(d.rent, std::optional<Cents>(48230));
    QCOMPARE(d.charges, std::optional<Cents>(6500));
    // Named at the CAL before the dwelling had its id: the link followed it.
    QCOMPARE(file.calDecisions.first().dwellingId, m_dwellingId);
}

// --- 5. the contract, created, signed and printed --------------------------------------------

void TestSupportPath::contractCreatedAndPrinted()
{
    auto w = openOn(m_entryDay, "contract");
    QVERIFY(w);
    auto *tab = qobject_cast<ContractTab *>(w->tab(u"contract"_s));
    QCOMPARE(tab->currentActionId(), m_actionId);
    QVERIFY(!field<QLabel>(*w, "contract", "noContract")->isHidden());
    auto *create = field<QPushButton>(*w, "contract", "createContract");
    QVERIFY(!create->isHidden());
    create->click();
    QVERIFY(field<QLabel>(*w, "contract", "noContract")->isHidden());
    // Both members who sign are named.
    const QString signatories
            = field<QLabel>(*w, "contract", "contract.householdSignatories")->text();
    QVERIFY2(signatories.contains(u"Nadia Benali"_s) && signatories.contains(u"Karim Benali"_s),
             qPrintable(signatories));
    typeLine(field<QLineEdit>(*w, "contract", "contract.place"), u"Toulouse"_s);
    auto *duration = field<QSpinBox>(*w, "contract", "contract.durationMonths");
    QCOMPARE(duration->value(), 12);
    duration->setFocus();
    duration->setValue(18);
    choose(field<CodeCombo>(*w, "contract", "contract.meetingFrequency"), u"mensuelle"_s);
    QCOMPARE(field<DateEdit>(*w, "contract", "contract.consentDate")->date(), m_firstDay);
    typeLine(field<QLineEdit>(*w, "contract", "contract.landlordSignatory"), u"Claire FABRE"_s);
    typeLine(field<QLineEdit>(*w, "contract", "contract.associationSignatory"),
             u"Claire VIDAL"_s);
    typeFree(field<FreeTextEdit>(*w, "contract", "contract.householdCommitments"),
             u"Payer le loyer, recevoir l'association chaque mois."_s);
    typeFree(field<FreeTextEdit>(*w, "contract", "contract.associationCommitments"),
             u"Accompagner le budget et l'installation."_s);
    typeFree(field<FreeTextEdit>(*w, "contract", "contract.landlordCommitments"),
             u"Proposer le glissement du bail quand les conditions sont réunies."_s);
    // The initial version starts with the support; signed today.
    auto *versions = field<QTableWidget>(*w, "contract", "versions");
    QCOMPARE(versions->rowCount(), 1);
    QCOMPARE(field<DateEdit>(*w, "contract", "version.startDate")->date(), m_firstDay);
    typeDate(field<DateEdit>(*w, "contract", "version.date"), m_entryDay);
    QVERIFY(!field<FieldMessage>(*w, "contract", "message_contract.durationMonths")->isVisible());
    QVERIFY(saveWithCtrlS(*w));
    const SupportContract *saved = w->document().file().contract(m_actionId);
    QVERIFY(saved && saved->id > 0);

    // Printed to PDF: saved already, so no question; the print is kept with the contract.
    auto *prints = field<QTableWidget>(*w, "contract", "contractPrints");
    QCOMPARE(prints->rowCount(), 0);
    const QString path = m_dir.filePath(u"contrat-benali.pdf"_s);
    Answerer noQuestion(QMessageBox::Cancel);
    QVERIFY(tab->printContract(ContractTab::Output::Pdf, path));
    QVERIFY2(noQuestion.texts.isEmpty(), qPrintable(noQuestion.texts.join(u'\n')));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    m_pdf = pdf.readAll();
    QVERIFY(m_pdf.startsWith("%PDF"));
    QCOMPARE(prints->rowCount(), 1);
    QCOMPARE(prints->item(0, 3)->toolTip(), ContractPrintRepository::sha256(m_pdf));
    QVERIFY(!w->isWindowModified());
    QVERIFY(closeWindow(w));

    const HouseholdFile file = stored();
    QCOMPARE(file.contracts.size(), 1);
    const SupportContract &c = file.contracts.first();
    QCOMPARE(c.actionId, m_actionId);
    QCOMPARE(c.place, u"Toulouse"_s);
    QCOMPARE(c.durationMonths, 18);
    QCOMPARE(c.meetingFrequency, u"mensuelle"_s);
    QCOMPARE(c.landlordSignatory, u"Claire FABRE"_s);
    QCOMPARE(c.associationSignatory, u"Claire VIDAL"_s);
    QCOMPARE(c.householdCommitments, u"Payer le loyer, recevoir l'association chaque mois."_s);
    QCOMPARE(c.versions.size(), 1);
    QCOMPARE(c.versions.first().kind, u"initial"_s);
    QCOMPARE(c.versions.first().date, m_entryDay);
    QCOMPARE(c.versions.first().startDate, m_firstDay);
    auto printsStored = ContractPrintRepository(m_test->db()).list(TestDatabase::all(), c.id);
    QVERIFY(printsStored);
    QCOMPARE(printsStored->size(), 1);
    QCOMPARE(printsStored->first().versionNumber, 1);
    QCOMPARE(*ContractPrintRepository(m_test->db()).pdf(TestDatabase::all(),
                                                         printsStored->first().id),
             m_pdf);
}

// --- 6. the support plan ---------------------------------------------------------------------

void TestSupportPath::planObjective()
{
    auto w = openOn(m_planDay, "plan");
    QVERIFY(w);
    QVERIFY(field<QLabel>(*w, "plan", "noPlan")->isVisible());
    auto *create = field<QPushButton>(*w, "plan", "createPlan");
    QVERIFY(create->isVisible());
    create->click();
    QVERIFY(w->document().file().plan(m_actionId));
    QVERIFY(field<QLabel>(*w, "plan", "noObjective")->isVisible());
    field<QPushButton>(*w, "plan", "addObjective")->click();
    auto *title = field<QLineEdit>(*w, "plan", "objectiveTitle");
    QCOMPARE(QApplication::focusWidget(), title);
    QTest::keyClicks(title, u"Payer le loyer chaque mois"_s);
    QTest::keyClick(title, Qt::Key_Return);
    choose(field<CodeCombo>(*w, "plan", "objectiveAxis"), u"budget_loyer"_s);
    typeFree(field<FreeTextEdit>(*w, "plan", "objectiveActions"),
             u"Mettre en place le prélèvement, faire le budget avec l'association."_s);
    choose(field<CodeCombo>(*w, "plan", "objectiveStatus"), u"en_cours"_s);
    typeDate(field<DateEdit>(*w, "plan", "objectiveTarget"), m_targetDay);
    QTreeWidgetItem *item = field<QTreeWidget>(*w, "plan", "objectives")->currentItem();
    QVERIFY(item && item->parent());
    QCOMPARE(item->text(0), u"Payer le loyer chaque mois"_s);
    QCOMPARE(item->parent()->data(0, Qt::UserRole + 1).toString(), u"budget_loyer"_s);
    QVERIFY(saveWithCtrlS(*w));
    QVERIFY(closeWindow(w));

    const HouseholdFile file = stored();
    const SupportPlan *plan = file.plan(m_actionId);
    QVERIFY(plan);
    QVERIFY(plan->id > 0);
    QCOMPARE(plan->date, m_planDay);
    QCOMPARE(plan->objectives.size(), 1);
    const Objective &o = plan->objectives.first();
    QCOMPARE(o.axis, u"budget_loyer"_s);
    QCOMPARE(o.title, u"Payer le loyer chaque mois"_s);
    QCOMPARE(o.status, u"en_cours"_s);
    QCOMPARE(o.targetDate, m_targetDay);
}

// --- 7. follow-up: contacts, an alert ----------------------------------------------------------

void TestSupportPath::followUpContactsAndAlert()
{
    {
        auto w = openOn(m_alertDay, "situation");
        QVERIFY(w);
        auto *tabs = w->findChild<QTabWidget *>(u"tabs"_s);
        QCOMPARE(tabs->currentWidget()->objectName(), u"situation"_s);
        // Ctrl+N, from any tab: the Suivi tab, the focus in its quick-entry row.
        QTest::keySequence(w.get(), QKeySequence::New);
        QCOMPARE(tabs->currentWidget()->objectName(), u"followup"_s);
        auto *quickDate = field<DateEdit>(*w, "followup", "quickDate");
        QTRY_COMPARE(QApplication::focusWidget(), quickDate->lineEdit());
        QCOMPARE(quickDate->date(), m_alertDay);
        QVERIFY(field<QLabel>(*w, "followup", "noContact")->isVisible());
        // The first contact: a home visit of an hour, typed then Enter.
        choose(field<CodeCombo>(*w, "followup", "quickType"), u"visite_domicile"_s);
        auto *duration = field<QSpinBox>(*w, "followup", "quickDuration");
        duration->setFocus();
        duration->setValue(60);
        auto *note = field<QLineEdit>(*w, "followup", "quickNote");
        note->setFocus();
        QTest::keyClicks(note, u"Visite apres l'entree: logement bien installe."_s);
        QTest::keyClick(note, Qt::Key_Return);
        QTRY_COMPARE(w->document().file().contacts.size(), 1);
        // Ready for the next one, the focus back on the date: Tab to the type, the note.
        QCOMPARE(QApplication::focusWidget(), quickDate->lineEdit());
        QVERIFY(note->text().isEmpty());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), field<CodeCombo>(*w, "followup", "quickType"));
        choose(field<CodeCombo>(*w, "followup", "quickType"), u"telephone"_s);
        note->setFocus();
        QTest::keyClicks(note, u"Appel: premier loyer paye en retard."_s);
        QTest::keyClick(note, Qt::Key_Enter);
        QTRY_COMPARE(w->document().file().contacts.size(), 2);
        QCOMPARE(field<QTableWidget>(*w, "followup", "contacts")->rowCount(), 2);

        // An alert: the rent is unpaid.
        QVERIFY(field<QLabel>(*w, "followup", "noAlert")->isVisible());
        field<QPushButton>(*w, "followup", "addAlert")->click();
        QCOMPARE(field<QTableWidget>(*w, "followup", "alerts")->rowCount(), 1);
        QCOMPARE(field<DateEdit>(*w, "followup", "alertDate")->date(), m_alertDay);
        choose(field<CodeCombo>(*w, "followup", "alertType"), u"impayes_loyer"_s);
        typeLine(field<MoneyEdit>(*w, "followup", "alertAmount"), u"482,30"_s);
        typeFree(field<FreeTextEdit>(*w, "followup", "alertDescription"),
                 u"Loyer du mois non réglé."_s);
        QVERIFY(field<QPushButton>(*w, "followup", "closeAlert")->isEnabled());
        QVERIFY(saveWithCtrlS(*w));
        QVERIFY(closeWindow(w));
    }
    {
        // A month later: the arrears are paid, the alert closed; the objective achieved.
        auto w = openOn(m_alertClosedDay, "followup");
        QVERIFY(w);
        auto *alerts = field<QTableWidget>(*w, "followup", "alerts");
        QCOMPARE(alerts->rowCount(), 1);
        alerts->setCurrentCell(0, 0);
        auto *close = field<QPushButton>(*w, "followup", "closeAlert");
        QVERIFY(close->isEnabled());
        close->click();
        QVERIFY(!close->isEnabled());
        QCOMPARE(field<DateEdit>(*w, "followup", "alertClosed")->date(), m_alertClosedDay);
        auto *resolution = field<FreeTextEdit>(*w, "followup", "alertResolution");
        QCOMPARE(QApplication::focusWidget(), resolution->editor());
        typeFree(resolution, u"Arriéré réglé, prélèvement mis en place."_s);

        w->showTab(u"plan"_s);
        auto *tree = field<QTreeWidget>(*w, "plan", "objectives");
        QTreeWidgetItem *objective = nullptr;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->text(0) == u"Payer le loyer chaque mois")
                objective = *it;
        }
        QVERIFY(objective);
        tree->setCurrentItem(objective);
        choose(field<CodeCombo>(*w, "plan", "objectiveStatus"), u"atteint"_s);
        QCOMPARE(field<DateEdit>(*w, "plan", "objectiveDone")->date(), m_alertClosedDay);
        QVERIFY(saveWithCtrlS(*w));
        QVERIFY(closeWindow(w));
    }
    const HouseholdFile file = stored();
    QCOMPARE(file.contacts.size(), 2);
    // Both on the same day: found by their type.
    const auto ofType = [&file](const char *type) {
        return *std::find_if(file.contacts.cbegin(), file.contacts.cend(),
                             [type](const Contact &c) { return c.type == QLatin1String(type); });
    };
    QVERIFY(file.contacts.at(0).type != file.contacts.at(1).type);
    const Contact visit = ofType("visite_domicile");
    const Contact call = ofType("telephone");
    QCOMPARE(visit.type, u"visite_domicile"_s);
    QCOMPARE(visit.date, m_alertDay);
    QCOMPARE(visit.durationMinutes, std::optional<int>(60));
    QCOMPARE(visit.notes, u"Visite apres l'entree: logement bien installe."_s);
    QCOMPARE(visit.actionId, m_actionId);
    QCOMPARE(call.type, u"telephone"_s);
    QCOMPARE(call.notes, u"Appel: premier loyer paye en retard."_s);
    QVERIFY(!call.author.isEmpty()); // the CESF, proposed
    QCOMPARE(file.alerts.size(), 1);
    const Alert &a = file.alerts.first();
    QCOMPARE(a.type, u"impayes_loyer"_s);
    QCOMPARE(a.date, m_alertDay);
    QCOMPARE(a.amount, std::optional<Cents>(48230));
    QCOMPARE(a.closedDate, m_alertClosedDay);
    QCOMPARE(a.resolution, u"Arriéré réglé, prélèvement mis en place."_s);
    QCOMPARE(file.plan(m_actionId)->objectives.first().status, u"atteint"_s);
    QCOMPARE(file.plan(m_actionId)->objectives.first().doneDate, m_alertClosedDay);
}

// --- 8. the glissement, the end of support, the checks after it --------------------------------

void TestSupportPath::endOfSupport()
{
    {
        // The lease slides on the day expected.
        auto w = openOn(m_glissementDay, "housing");
        QVERIFY(w);
        auto *tab = qobject_cast<HousingTab *>(w->tab(u"housing"_s));
        QCOMPARE(tab->currentLeaseId(), m_glissantLeaseId);
        field<QPushButton>(*w, "housing", "glissement")->click();
        QPointer<LeaseEventDialog> dialog;
        for (LeaseEventDialog *d : w->findChildren<LeaseEventDialog *>()) {
            if (d->isVisible())
                dialog = d;
        }
        QVERIFY(dialog);
        QCOMPARE(dialog->kind(), LeaseEventDialog::Kind::Glissement);
        QCOMPARE(dialog->date(), m_glissementDay);
        dialog->findChild<QPushButton *>(u"eventRecord"_s)->click();
        QVERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(field<QTableWidget>(*w, "housing", "leases")->rowCount(), 2);
        QVERIFY(saveWithCtrlS(*w));
        QVERIFY(closeWindow(w));
    }
    auto w = openOn(m_endDay, "exit");
    QVERIFY(w);
    // The time supported so far, counted from the start given in the Situation tab.
    const auto months = ExitRules::timeSupported(w->document().file().supports.first(), m_endDay);
    QVERIFY(months && months->value() > 20);
    QVERIFY(field<QLabel>(*w, "exit", "monthsSupported")
                    ->text()
                    .contains(QLocale().toString(months->value(), 'f', 1)));
    auto *plan = field<QPushButton>(*w, "exit", "planChecks");
    QVERIFY(!plan->isVisible());
    {
        // Ending the support lists what is still open and asks; the exit diagnostic is
        // offered (ticked) so that entry and exit can be compared.
        Answerer end(QMessageBox::Yes);
        typeDate(field<DateEdit>(*w, "exit", "endDate"), m_endDay);
        QTRY_COMPARE(end.texts.size(), 1);
        QVERIFY2(end.texts.first().contains(m_endDay.toString(u"dd/MM/yyyy"_s)),
                 qPrintable(end.texts.first()));
    }
    QApplication::setActiveWindow(w.get());
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QCOMPARE(w->document().file().supports.first().endDate, m_endDay);
    const Diagnostic &exitDiagnostic = w->document().file().diagnostics.last();
    QCOMPARE(exitDiagnostic.kind, u"sortie"_s);
    QCOMPARE(exitDiagnostic.date, m_endDay);
    QCOMPARE(exitDiagnostic.domains.size(), 4); // the entry's domains, to assess again
    QCOMPARE(w->findChild<QTabWidget *>(u"tabs"_s)->currentWidget(), w->tab(u"diagnostic"_s));
    choose(field<QComboBox>(*w, "diagnostic", "level_dettes_impayes"),
           int(DiagnosticLevel::Light));
    w->showTab(u"exit"_s);
    // The outcome goes with the end: said beside it until it is chosen.
    QVERIFY(field<FieldMessage>(*w, "exit", "message_outcome")->isVisible());
    choose(field<CodeCombo>(*w, "exit", "outcome"), u"glissement"_s);
    QVERIFY(!field<FieldMessage>(*w, "exit", "message_outcome")->isVisible());
    typeFree(field<FreeTextEdit>(*w, "exit", "endNotes"),
             u"Bail au nom du ménage, loyer à jour, relais vers le droit commun."_s);
    // The checks at +6, +12 and +24 months, planned from the end of support.
    QVERIFY(plan->isVisible());
    plan->click();
    QVERIFY(!plan->isVisible());
    auto *checks = field<QTableWidget>(*w, "exit", "checks");
    QVERIFY(checks->isVisible());
    QCOMPARE(checks->rowCount(), 3);
    const QList<int> offsets{6, 12, 24};
    for (int row = 0; row < 3; ++row) {
        QVERIFY(checks->item(row, 0)->text().contains(QString::number(offsets.at(row))));
        QCOMPARE(checks->item(row, 1)->text(),
                 m_endDay.addMonths(offsets.at(row)).toString(u"dd/MM/yyyy"_s));
    }
    QVERIFY(saveWithCtrlS(*w));
    // The heading says the support ended.
    const QString ended = w->lookups().catalog.label(ReferenceList::HouseholdStatus, u"termine"_s);
    QVERIFY2(w->findChild<QLabel *>(u"summary"_s)->text().startsWith(ended),
             qPrintable(w->findChild<QLabel *>(u"summary"_s)->text()));
    QVERIFY(closeWindow(w));
}

// --- 8b. the contract renewed; version 1 reprinted as signed; the signed scan attached ------

void TestSupportPath::renewalThenVersionOneAsSigned()
{
    auto w = openOn(m_renewalDay, "contract");
    QVERIFY(w);
    // The objective was reached after the first version was signed (Follow-up, above).
    const Objective &reached = w->document().file().plan(m_actionId)->objectives.first();
    QCOMPARE(reached.status, u"atteint"_s);
    QVERIFY(reached.doneDate > m_entryDay);

    // Renewed, and the renewal signed today.
    auto *tab = qobject_cast<ContractTab *>(w->tab(u"contract"_s));
    field<QPushButton>(*w, "contract", "renewContract")->click();
    QCOMPARE(field<QTableWidget>(*w, "contract", "versions")->rowCount(), 2);
    QCOMPARE(tab->currentVersion(), 1);
    typeDate(field<DateEdit>(*w, "contract", "version.date"), m_renewalDay);
    QVERIFY(saveWithCtrlS(*w));

    // Version 1 prints as it was printed and signed: the same PDF, byte for byte, never
    // today's plan with its objective « Atteint ».
    tab->showVersion(0);
    const QString again = m_dir.filePath(u"contrat-benali-v1-again.pdf"_s);
    {
        Answerer noQuestion(QMessageBox::Cancel);
        QVERIFY(tab->printContract(ContractTab::Output::Pdf, again));
        QVERIFY2(noQuestion.texts.isEmpty(), qPrintable(noQuestion.texts.join(u'\n')));
    }
    QFile reprinted(again);
    QVERIFY(reprinted.open(QIODevice::ReadOnly));
    const QByteArray reprintedBytes = reprinted.readAll();
    QCOMPARE(ContractPrintRepository::sha256(reprintedBytes),
             ContractPrintRepository::sha256(m_pdf));
    QVERIFY2(field<QLabel>(*w, "contract", "printStatus")->text().contains(u"à nouveau"_s),
             qPrintable(field<QLabel>(*w, "contract", "printStatus")->text()));
    // The renewal prints from today's data.
    tab->showVersion(1);
    const QString renewal = m_dir.filePath(u"contrat-benali-v2.pdf"_s);
    QVERIFY(tab->printContract(ContractTab::Output::Pdf, renewal));
    QFile second(renewal);
    QVERIFY(second.open(QIODevice::ReadOnly));
    QVERIFY(second.readAll() != m_pdf);

    // The scan of the signed version 1 is attached to it; a file that is no scan is refused.
    tab->showVersion(0);
    const QString notAScan = m_dir.filePath(u"notes.txt"_s);
    {
        QFile text(notAScan);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Contrat signé le 12");
    }
    {
        Answerer refusal(QMessageBox::Ok);
        QVERIFY(!tab->attachScan(notAScan));
        QCOMPARE(refusal.texts.size(), 1);
        QVERIFY2(refusal.texts.first().contains(u"notes.txt"_s),
                 qPrintable(refusal.texts.first()));
    }
    // The live base itself is never read as a scan: a plain open of it would drop SQLite's
    // locks. The refusal names the file; the attachment below shows the base still works.
    if (!m_test->path().isEmpty()) {
        Answerer refusal(QMessageBox::Ok);
        QVERIFY(!tab->attachScan(m_test->path()));
        QCOMPARE(refusal.texts.size(), 1);
        QVERIFY2(refusal.texts.first().contains(QFileInfo(m_test->path()).fileName())
                         && refusal.texts.first().contains(u"Sauvegarder la base"_s),
                 qPrintable(refusal.texts.first()));
        QCOMPARE(field<QTableWidget>(*w, "contract", "contractScans")->rowCount(), 0);
    }
    QApplication::setActiveWindow(w.get());
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QApplication::setActiveWindow(w.get());
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QImage page(620, 877, QImage::Format_RGB32);
    page.fill(Qt::white);
    const QString scanPath = m_dir.filePath(u"contrat-signe-v1.png"_s);
    QVERIFY(page.save(scanPath, "PNG"));
    QFile scanFile(scanPath);
    QVERIFY(scanFile.open(QIODevice::ReadOnly));
    const QByteArray scanBytes = scanFile.readAll();
    QVERIFY(tab->attachScan(scanPath));
    auto *scans = field<QTableWidget>(*w, "contract", "contractScans");
    QCOMPARE(scans->rowCount(), 1);
    QCOMPARE(scans->item(0, 0)->text(), u"n° 1"_s);
    QCOMPARE(scans->item(0, 3)->text(), u"contrat-signe-v1.png"_s);
    QCOMPARE(scans->item(0, 5)->toolTip(), ContractPrintRepository::sha256(scanBytes));
    // Opened inside Passerelle.
    scans->setCurrentCell(0, 0);
    int pagesShown = -1;
    QTimer::singleShot(50, this, [&pagesShown] {
        auto *viewer = qobject_cast<ScanViewerDialog *>(QApplication::activeModalWidget());
        if (viewer) {
            pagesShown = viewer->pageCount();
            viewer->reject();
        }
    });
    field<QPushButton>(*w, "contract", "openScan")->click();
    QCOMPARE(pagesShown, 1);
    QVERIFY(!w->isWindowModified());
    QVERIFY(closeWindow(w));

    const HouseholdFile file = stored();
    const SupportContract *contract = file.contract(m_actionId);
    QVERIFY(contract);
    QCOMPARE(contract->versions.size(), 2);
    QCOMPARE(contract->versions.last().kind, u"renouvellement"_s);
    auto stored = ContractScanRepository(m_test->db()).list(TestDatabase::all(), contract->id);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().versionNumber, 1);
    QCOMPARE(stored->first().sha256, ContractPrintRepository::sha256(scanBytes));
    QCOMPARE(stored->first().mediaType, u"image/png"_s);
    // Two prints kept, versions 1 and 2: the reprint is journaled, nothing new is stored.
    auto prints = ContractPrintRepository(m_test->db()).list(TestDatabase::all(), contract->id);
    QVERIFY(prints);
    QCOMPARE(prints->size(), 2);
}

// --- 9. reopened: everything was kept ----------------------------------------------------------

void TestSupportPath::everythingIsKept()
{
    auto w = openOn(Passerelle::Clock::today(), "history");
    QVERIFY(w);
    const HouseholdFile file = stored();
    // The window shows exactly what the database holds (its own opening included).
    QVERIFY(w->document().file() == file);
    QVERIFY(!w->isWindowModified());

    // 1. the household, its members, its referral and support.
    QCOMPARE(file.household.reference, m_reference);
    QCOMPARE(file.household.members.size(), 2);
    QCOMPARE(file.referrals.size(), 1);
    QCOMPARE(file.supports.size(), 1);
    const Support &s = file.supports.first();
    QCOMPARE(s.actionId, m_actionId);
    QCOMPARE(s.partnerId, m_associationId);
    QCOMPARE(s.startDate, m_firstDay);
    // 8. ended, with its outcome and its three checks.
    QCOMPARE(s.endDate, m_endDay);
    QCOMPARE(s.outcome, u"glissement"_s);
    QCOMPARE(s.endNotes, u"Bail au nom du ménage, loyer à jour, relais vers le droit commun."_s);
    const QList<PostSupportCheck> checks = file.checks.value(s.id);
    QCOMPARE(checks.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(checks.at(i).offsetMonths, QList<int>({6, 12, 24}).at(i));
        QCOMPARE(checks.at(i).dueDate, m_endDay.addMonths(checks.at(i).offsetMonths));
        QVERIFY(!checks.at(i).doneDate.isValid());
    }
    // 2.–7. every record of the path.
    QCOMPARE(file.diagnostics.size(), 2); // entry and exit
    QCOMPARE(file.diagnostics.last().kind, u"sortie"_s);
    QCOMPARE(file.diagnostics.last().assessment(u"dettes_impayes"_s)->level,
             DiagnosticLevel::Light);
    QCOMPARE(file.meetings.size(), 1);
    QCOMPARE(file.meetings.first().outcome, u"favorable"_s);
    QCOMPARE(file.calDecisions.size(), 1);
    QCOMPARE(file.calDecisions.first().dwellingId, m_dwellingId);
    QCOMPARE(file.leases.size(), 2);
    const QList<Lease> leases = HousingRules::history(file);
    QCOMPARE(leases.first().id, m_glissantLeaseId);
    QCOMPARE(leases.first().endDate, m_glissementDay.addDays(-1));
    QCOMPARE(leases.first().endReason, u"glissement"_s);
    QCOMPARE(leases.last().type, u"bail_direct"_s);
    QCOMPARE(leases.last().startDate, m_glissementDay);
    QCOMPARE(leases.last().dwellingId, m_dwellingId);
    QCOMPARE(file.contracts.size(), 1);
    QCOMPARE(file.plans.size(), 1);
    QCOMPARE(file.contacts.size(), 2);
    QCOMPARE(file.alerts.size(), 1);
    QVERIFY(!file.alerts.first().isOpen());

    // The household is "ended", in the list of households as in the window's heading.
    QList<std::pair<QDate, QDate>> spans;
    for (const Support &x : file.supports)
        spans.append({x.startDate, x.endDate});
    QStringList outcomes;
    for (const Referral &r : file.referrals)
        outcomes << r.outcome;
    QCOMPARE(HouseholdStatus::compute(spans, outcomes), u"termine"_s);
    HouseholdFilter filter;
    filter.text = m_reference;
    auto rows = HouseholdRepository(m_test->db()).list(TestDatabase::all(), filter);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().status, u"termine"_s);
    QCOMPARE(rows->first().supportEnd, m_endDay);
    const QString ended = w->lookups().catalog.label(ReferenceList::HouseholdStatus, u"termine"_s);
    QVERIFY(w->findChild<QLabel *>(u"summary"_s)->text().startsWith(ended));

    // The History tab lists the creation of each record of the path.
    auto *journal = field<QTableWidget>(*w, "history", "journal");
    QVERIFY(journal->isVisible());
    QCOMPARE(journal->rowCount(), file.history.size());
    QStringList shown;
    for (int row = 0; row < journal->rowCount(); ++row)
        shown << journal->item(row, 2)->text();
    const QList<std::pair<const char *, int>> created{
            {"household", 1},  {"referral", 1}, {"support", 1},      {"diagnostic", 2},
            {"tripartite_meeting", 1},          {"cal_decision", 1}, {"lease", 2},
            {"contract", 1},   {"support_plan", 1},                  {"contact", 2},
            {"alert", 1},      {"post_support_check", 3}};
    for (const auto &[entity, count] : created) {
        const QString code = QString::fromLatin1(entity);
        qsizetype inJournal = 0;
        for (const AuditEntry &e : file.history) {
            if (e.operation == u"create" && e.entity == code)
                ++inJournal;
        }
        QVERIFY2(inJournal == count,
                 qPrintable(u"%1: %2 creations in the journal"_s.arg(code).arg(inJournal)));
        AuditEntry creation;
        creation.operation = u"create"_s;
        creation.entity = code;
        const QString line = HistoryText::line(creation).what;
        QVERIFY2(shown.count(line) == count, qPrintable(line));
    }
    // The dwelling is shared by the households that live in it: its creation is journaled,
    // but not as a record of this household.
    QVERIFY(std::none_of(file.history.cbegin(), file.history.cend(),
                         [](const AuditEntry &e) { return e.entity == u"dwelling"; }));

    // The referral's outcome, recorded in the Situation tab, is what the year-end review
    // counts as an accepted referral.
    QCOMPARE(file.referrals.first().outcome, u"acceptee"_s);
    QCOMPARE(file.referrals.first().outcomeDate, m_firstDay); // when the support started
    QVERIFY(closeWindow(w));
}

QTEST_MAIN(TestSupportPath)
#include "tst_supportpath.moc"
