// The Plan, Suivi, Sortie and Historique tabs of the household file on the demo database: fill,
// validate beside the field (a refused save writes nothing), save, reopen and find the stored
// values; the quick-entry row adds a contact with Enter and Ctrl+N focuses it; undo/redo; the
// journal shows the save just made.
#include "AppContext.h"
#include "Clock.h"
#include "MessageBoxes.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "domain/FieldLabels.h"
#include "households/ExitRules.h"
#include "households/FollowUpTab.h"
#include "households/HistoryText.h"
#include "households/HouseholdTab.h"
#include "households/HouseholdWindow.h"
#include "households/NewHouseholdDialog.h"
#include "households/SamePersonDialog.h"
#include "domain/ReferenceLists.h"
#include "households/PlanRules.h"
#include "forms/TabForms.h"
#include "TestChecks.h"
#include "storage/CommitteeRepository.h"
#include "storage/JournalRepository.h"
#include "storage/HouseholdFileRepository.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"
#include "widgets/FormWidgets.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QCheckBox>
#include <QMessageBox>
#include <QDialogButtonBox>
#include <QSignalSpy>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using namespace Passerelle::Ui;
using Passerelle::Testing::TestDatabase;

class TestHouseholdTabsB : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tabsAreThere();
    void planObjectiveEditSaveReopen();
    void planStatusUndoRedo();
    void planValidationRefusesTheSave();
    void planOverdueStandsOut();
    void planCreatedForASupportWithoutOne();
    void planPartnersMobilised();
    void quickEntryAddsWithEnter();
    void ctrlNFocusesTheQuickEntry();
    void quickEntryRefusesAFutureDate();
    void contactFilterEditRemove();
    void alertClosedAndSaved();
    void committeeReviewsAreShown();
    void exitWithoutOutcomeIsRefused();
    void exitChecksPlannedFilledSaved();
    void exitLateChecksStandOut();
    void historyShowsTheSave();
    void endOfSupportListsWhatIsOpenAndOffersTheExitDiagnostic();
    void endBeforeStartIsNotAnEndedSupport();
    void checkDoneInTheFutureIsRefused();
    void committeeDecisionShowsInAnOpenWindow();
    void fileCreatedByMistakeDeletedByHeadOffice();
    void newHouseholdShowsTheSamePersonFirst();
    void historyFilter();
    void screenshots();

private:
    Id id(const QString &reference);
    std::unique_ptr<HouseholdWindow> openWindow(const QString &reference);
    HouseholdFile stored(const QString &reference);
    template <typename T>
    T *field(HouseholdWindow &w, const char *tab, const char *name)
    {
        HouseholdTab *t = w.tab(QString::fromLatin1(tab));
        auto *found = t ? t->findChild<T *>(QString::fromLatin1(name)) : nullptr;
        if (!found)
            qWarning("no widget %s in tab %s", name, tab);
        return found;
    }
    static void choose(QComboBox *combo, const QVariant &data)
    {
        combo->setFocus();
        combo->setCurrentIndex(combo->findData(data));
        Q_EMIT combo->activated(combo->currentIndex());
    }
    static void typeDate(DateEdit *edit, const QDate &date)
    {
        edit->lineEdit()->setFocus();
        edit->lineEdit()->selectAll();
        QTest::keyClicks(edit->lineEdit(), date.toString(u"dd/MM/yyyy"_s));
        QTest::keyClick(edit->lineEdit(), Qt::Key_Return);
    }
    static void typeLine(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        edit->insert(text); // keyClicks types ASCII only
        QTest::keyClick(edit, Qt::Key_Return);
    }
    static void typeFree(FreeTextEdit *edit, const QString &text)
    {
        edit->editor()->setFocus();
        edit->editor()->selectAll();
        edit->editor()->insertPlainText(text);
        edit->editor()->clearFocus(); // committed when the field is left
    }
    /// Types the end of a support that goes on: the question that lists what is still open
    /// is answered "End the support", the exit diagnostic left out (`prepare` false) or
    /// prepared. Returns the question's text and details.
    static QString typeEnd(HouseholdWindow &w, const QDate &date, bool prepare = false)
    {
        QString asked;
        QTimer answer;
        QObject::connect(&answer, &QTimer::timeout, [&asked, prepare] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"endSupportQuestion")
                return;
            asked = box->text() + u'\n' + box->informativeText();
            if (box->checkBox())
                box->checkBox()->setChecked(prepare);
            box->button(QMessageBox::Yes)->click();
        });
        answer.start(10);
        HouseholdTab *exit = w.tab(u"exit"_s);
        typeDate(exit->findChild<DateEdit *>(u"endDate"_s), date);
        // The question took the activation; the user is back in the window.
        QApplication::setActiveWindow(&w);
        if (!QTest::qWaitForWindowActive(&w))
            qWarning("the window did not become active again");
        return asked;
    }
    /// Saves when refused: accepts the message box, returns what save() said.
    static bool saveAnswering(HouseholdWindow &w)
    {
        Testing::answerNextMessageBox();
        const bool saved = w.save();
        // The message box took the activation; the user is back in the window.
        QApplication::setActiveWindow(&w);
        if (!QTest::qWaitForWindowActive(&w))
            qWarning("the window did not become active again");
        return saved;
    }
    static bool standsOut(const QTableWidgetItem *item)
    {
        return item && item->foreground().color() == TabForms::alertColour() && item->font().bold();
    }

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<AppContext> m_context;
};

void TestHouseholdTabsB::initTestCase()
{
    Testing::installFrenchTranslation();
}

void TestHouseholdTabsB::init()
{
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(Demo::populate(m_test->db(), Passerelle::Clock::today()));
    m_context = std::make_unique<AppContext>(m_test->db(), Scope::everything(u"cfabre"_s));
}

void TestHouseholdTabsB::cleanup()
{
    m_context.reset();
    m_test.reset();
}

Id TestHouseholdTabsB::id(const QString &reference)
{
    auto found = HouseholdRepository(m_test->db()).findByReference(TestDatabase::all(), reference);
    return found && found->has_value() ? **found : 0;
}

HouseholdFile TestHouseholdTabsB::stored(const QString &reference)
{
    auto file = HouseholdFileRepository(m_test->db())
                    .load(TestDatabase::all(), id(reference), HouseholdRepository::Trace::Silent);
    return file ? *file : HouseholdFile();
}

std::unique_ptr<HouseholdWindow> TestHouseholdTabsB::openWindow(const QString &reference)
{
    auto window = std::make_unique<HouseholdWindow>(*m_context);
    if (!window->open(id(reference)))
        return nullptr;
    window->resize(1280, 860);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    return window;
}

void TestHouseholdTabsB::tabsAreThere()
{
    auto w = openWindow(u"RES-2024-06"_s);
    QVERIFY(w);
    auto *tabs = w->findChild<QTabWidget *>(u"tabs"_s);
    QStringList names;
    for (int i = 0; i < tabs->count(); ++i)
        names << tabs->widget(i)->objectName();
    const qsizetype plan = names.indexOf(u"plan"_s);
    QVERIFY(plan > 0);
    QCOMPARE(names.mid(plan, 4),
             (QStringList{u"plan"_s, u"followup"_s, u"exit"_s, u"history"_s}));
    for (const QString &name : names.mid(plan, 4))
        QVERIFY(!w->tab(name)->title().isEmpty());
    QVERIFY(!w->isWindowModified());
}

void TestHouseholdTabsB::planObjectiveEditSaveReopen()
{
    const QDate today = Passerelle::Clock::today();
    const qsizetype before = stored(u"RES-2024-06"_s).plans.first().objectives.size();
    {
        auto w = openWindow(u"RES-2024-06"_s);
        w->showTab(u"plan"_s);
        auto *tree = field<QTreeWidget>(*w, "plan", "objectives");
        QVERIFY(tree->isVisible());
        QVERIFY(tree->topLevelItemCount() > 0);
        field<QPushButton>(*w, "plan", "addObjective")->click();
        QCOMPARE(w->document().file().plans.first().objectives.size(), before + 1);
        // The new objective is selected and its title field has the focus.
        auto *title = field<QLineEdit>(*w, "plan", "objectiveTitle");
        QCOMPARE(QApplication::focusWidget(), title);
        typeLine(title, u"Ouvrir un compte bancaire"_s);
        choose(field<CodeCombo>(*w, "plan", "objectiveAxis"), u"acces_droits"_s);
        typeFree(field<FreeTextEdit>(*w, "plan", "objectiveActions"),
                 u"Accompagner à la banque avec les justificatifs."_s);
        typeDate(field<DateEdit>(*w, "plan", "objectiveTarget"), today.addMonths(2));
        choose(field<CodeCombo>(*w, "plan", "objectiveStatus"), u"en_cours"_s);
        const Objective &o = w->document().file().plans.first().objectives.last();
        QCOMPARE(o.title, u"Ouvrir un compte bancaire"_s);
        QCOMPARE(o.axis, u"acces_droits"_s);
        QCOMPARE(o.status, u"en_cours"_s);
        // Shown in the tree under its axis.
        QTreeWidgetItem *current = tree->currentItem();
        QVERIFY(current && current->parent());
        QCOMPARE(current->text(0), u"Ouvrir un compte bancaire"_s);
        QCOMPARE(current->parent()->data(0, Qt::UserRole + 1).toString(), u"acces_droits"_s);
        QVERIFY(w->save());
    }
    const HouseholdFile file = stored(u"RES-2024-06"_s);
    const SupportPlan &plan = file.plans.first();
    QCOMPARE(plan.objectives.size(), before + 1);
    const Objective &o = plan.objectives.last();
    QVERIFY(o.id > 0);
    QCOMPARE(o.title, u"Ouvrir un compte bancaire"_s);
    QCOMPARE(o.axis, u"acces_droits"_s);
    QCOMPARE(o.actions, u"Accompagner à la banque avec les justificatifs."_s);
    QCOMPARE(o.targetDate, today.addMonths(2));
    QCOMPARE(o.status, u"en_cours"_s);

    // Reopened: the form shows the stored objective.
    auto again = openWindow(u"RES-2024-06"_s);
    auto *tree = field<QTreeWidget>(*again, "plan", "objectives");
    QTreeWidgetItem *found = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toLongLong() == o.id)
            found = *it;
    }
    QVERIFY(found);
    tree->setCurrentItem(found);
    QCOMPARE(field<QLineEdit>(*again, "plan", "objectiveTitle")->text(), o.title);
    QCOMPARE(field<DateEdit>(*again, "plan", "objectiveTarget")->date(), o.targetDate);
    // Moved up within its axis (after the demo's "acces_droits" objective, if any).
    auto *up = field<QPushButton>(*again, "plan", "moveObjectiveUp");
    const SupportPlan &shown = again->document().file().plans.first();
    const int index = PlanRules::indexOf(shown, o.id);
    QCOMPARE(up->isEnabled(), PlanRules::canMove(shown, index, -1));
    if (up->isEnabled()) {
        up->click();
        QVERIFY(PlanRules::indexOf(again->document().file().plans.first(), o.id) < index);
        QVERIFY(again->save());
        QVERIFY(PlanRules::indexOf(stored(u"RES-2024-06"_s).plans.first(), o.id) < index);
    }
}

void TestHouseholdTabsB::planStatusUndoRedo()
{
    const QDate today = Passerelle::Clock::today();
    auto w = openWindow(u"RES-2024-06"_s);
    w->showTab(u"plan"_s);
    field<QPushButton>(*w, "plan", "addObjective")->click();
    typeLine(field<QLineEdit>(*w, "plan", "objectiveTitle"), u"Payer le loyer à date"_s);
    auto *status = field<CodeCombo>(*w, "plan", "objectiveStatus");
    auto *done = field<DateEdit>(*w, "plan", "objectiveDone");
    QCOMPARE(status->code(), u"a_faire"_s);
    QVERIFY(!done->date().isValid());
    const int steps = w->document().undoStack()->count();
    // Achieved: today is proposed as the date it was achieved.
    choose(status, u"atteint"_s);
    QCOMPARE(w->document().undoStack()->count(), steps + 1);
    QCOMPARE(w->document().file().plans.first().objectives.last().status, u"atteint"_s);
    QCOMPARE(w->document().file().plans.first().objectives.last().doneDate, today);
    QCOMPARE(done->date(), today);
    w->findChild<QAction *>(u"undoAction"_s)->trigger();
    QCOMPARE(status->code(), u"a_faire"_s);
    QVERIFY(!done->date().isValid());
    QCOMPARE(w->document().file().plans.first().objectives.last().status, u"a_faire"_s);
    QCOMPARE(field<QLineEdit>(*w, "plan", "objectiveTitle")->text(), u"Payer le loyer à date"_s);
    w->findChild<QAction *>(u"redoAction"_s)->trigger();
    QCOMPARE(status->code(), u"atteint"_s);
    QCOMPARE(done->date(), today);
    // The date proposed can be corrected.
    typeDate(done, today.addDays(-3));
    QCOMPARE(w->document().file().plans.first().objectives.last().doneDate, today.addDays(-3));
}

void TestHouseholdTabsB::planValidationRefusesTheSave()
{
    const qsizetype before = stored(u"RES-2024-06"_s).plans.first().objectives.size();
    auto w = openWindow(u"RES-2024-06"_s);
    w->showTab(u"plan"_s);
    field<QPushButton>(*w, "plan", "addObjective")->click();
    // No title: said beside the title field, and the save is refused.
    auto *message = field<FieldMessage>(*w, "plan", "message_objectiveTitle");
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QVERIFY(!saveAnswering(*w));
    QVERIFY(w->isWindowModified());
    QCOMPARE(stored(u"RES-2024-06"_s).plans.first().objectives.size(), before);
    typeLine(field<QLineEdit>(*w, "plan", "objectiveTitle"), u"Entretenir le logement"_s);
    QVERIFY(!message->isVisible());
    QVERIFY(w->save());
    QCOMPARE(stored(u"RES-2024-06"_s).plans.first().objectives.size(), before + 1);
}

void TestHouseholdTabsB::planOverdueStandsOut()
{
    const QDate today = Passerelle::Clock::today();
    auto w = openWindow(u"RES-2024-06"_s);
    w->showTab(u"plan"_s);
    field<QPushButton>(*w, "plan", "addObjective")->click();
    typeLine(field<QLineEdit>(*w, "plan", "objectiveTitle"), u"Objectif en retard"_s);
    const int overdueBefore =
        PlanRules::overdueCount(w->document().file().plans.first(), today);
    typeDate(field<DateEdit>(*w, "plan", "objectiveTarget"), today.addDays(-10));
    QCOMPARE(PlanRules::overdueCount(w->document().file().plans.first(), today),
             overdueBefore + 1);
    QTreeWidgetItem *item = field<QTreeWidget>(*w, "plan", "objectives")->currentItem();
    QVERIFY(item);
    QCOMPARE(item->text(0), u"Objectif en retard"_s);
    QCOMPARE(item->foreground(0).color(), TabForms::alertColour());
    QVERIFY(item->font(0).bold());
    QVERIFY(field<QLabel>(*w, "plan", "overdueCount")->isVisible());
    // Achieved: no longer overdue.
    choose(field<CodeCombo>(*w, "plan", "objectiveStatus"), u"atteint"_s);
    item = field<QTreeWidget>(*w, "plan", "objectives")->currentItem();
    QVERIFY(item->foreground(0).color() != TabForms::alertColour());
    QCOMPARE(field<QLabel>(*w, "plan", "overdueCount")->isVisible(), overdueBefore > 0);
}

void TestHouseholdTabsB::planCreatedForASupportWithoutOne()
{
    auto w = openWindow(u"RES-2024-06"_s);
    w->showTab(u"plan"_s);
    // One support: its name, no choice.
    QVERIFY(!field<RecordCombo>(*w, "plan", "planAction")->isVisible());
    QVERIFY(field<QLabel>(*w, "plan", "planActionName")->isVisible());
    // A second support, in an action where the household has no plan yet.
    const Lookups &lookups = w->lookups();
    Id other = 0;
    for (const Action &a : lookups.actions) {
        if (!w->document().file().support(a.id))
            other = a.id;
    }
    QVERIFY(other > 0);
    w->document().edit(u"support"_s, [other](HouseholdFile &f) {
        Support s;
        s.id = f.nextTemporaryId();
        s.actionId = other;
        s.householdKind = u"locataire_en_place"_s;
        f.supports << s;
    });
    w->showTab(u"plan"_s);
    auto *action = field<RecordCombo>(*w, "plan", "planAction");
    QVERIFY(action->isVisible());
    QVERIFY(!field<QLabel>(*w, "plan", "planActionName")->isVisible());
    QCOMPARE(action->count(), 2);
    choose(action, other);
    QVERIFY(field<QLabel>(*w, "plan", "noPlan")->isVisible());
    auto *create = field<QPushButton>(*w, "plan", "createPlan");
    QVERIFY(create->isVisible());
    create->click();
    QVERIFY(w->document().file().plan(other));
    QVERIFY(field<QLabel>(*w, "plan", "noObjective")->isVisible());
    field<QPushButton>(*w, "plan", "addObjective")->click();
    typeLine(field<QLineEdit>(*w, "plan", "objectiveTitle"), u"Maintenir le paiement du loyer"_s);
    QVERIFY(w->save());
    const HouseholdFile file = stored(u"RES-2024-06"_s);
    const SupportPlan *plan = file.plan(other);
    QVERIFY(plan);
    QCOMPARE(plan->date, Passerelle::Clock::today());
    QCOMPARE(plan->objectives.size(), 1);
    QCOMPARE(plan->objectives.first().title, u"Maintenir le paiement du loyer"_s);
    QCOMPARE(plan->objectives.first().status, u"a_faire"_s);
    // Undo is gone after the save; the combo still shows the plan chosen.
    QCOMPARE(action->id(), other);
}

void TestHouseholdTabsB::planPartnersMobilised()
{
    auto w = openWindow(u"RES-2024-06"_s);
    w->showTab(u"plan"_s);
    const qsizetype before = w->document().file().plans.first().partners.size();
    field<QPushButton>(*w, "plan", "addPartner")->click();
    QCOMPARE(w->document().file().plans.first().partners.size(), before + 1);
    // No partner chosen: said beside the field.
    QVERIFY(field<FieldMessage>(*w, "plan", "message_partner")->isVisible());
    const Id partnerId = w->lookups().partners.first().id;
    choose(field<RecordCombo>(*w, "plan", "partner"), partnerId);
    QVERIFY(!field<FieldMessage>(*w, "plan", "message_partner")->isVisible());
    choose(field<CodeCombo>(*w, "plan", "partnerNeed"), u"mediation"_s);
    const QDate start = Passerelle::Clock::today().addDays(-5);
    typeDate(field<DateEdit>(*w, "plan", "partnerStart"), start);
    typeDate(field<DateEdit>(*w, "plan", "partnerEnd"), start.addDays(-1));
    QVERIFY(field<FieldMessage>(*w, "plan", "message_partnerEnd")->isVisible());
    typeDate(field<DateEdit>(*w, "plan", "partnerEnd"), start.addMonths(3));
    QVERIFY(!field<FieldMessage>(*w, "plan", "message_partnerEnd")->isVisible());
    typeFree(field<FreeTextEdit>(*w, "plan", "partnerNotes"), u"Médiation de voisinage."_s);
    QCOMPARE(field<QTableWidget>(*w, "plan", "mobilisedPartners")->rowCount(), before + 1);
    QVERIFY(w->save());
    const MobilisedPartner m = stored(u"RES-2024-06"_s).plans.first().partners.last();
    QCOMPARE(m.partnerId, partnerId);
    QCOMPARE(m.need, u"mediation"_s);
    QCOMPARE(m.startDate, start);
    QCOMPARE(m.endDate, start.addMonths(3));
    QCOMPARE(m.notes, u"Médiation de voisinage."_s);
}

void TestHouseholdTabsB::quickEntryAddsWithEnter()
{
    const QDate today = Passerelle::Clock::today();
    auto w = openWindow(u"RES-2024-06"_s);
    w->showTab(u"followup"_s);
    const HouseholdFile &file = w->document().file();
    const qsizetype before = file.contacts.size();
    auto *quickDate = field<DateEdit>(*w, "followup", "quickDate");
    auto *author = field<QLineEdit>(*w, "followup", "quickAuthor");
    QCOMPARE(quickDate->date(), today);
    QCOMPARE(author->text(), w->lookups().userName(file.household.cesfUserId));
    QVERIFY(!author->text().isEmpty());
    choose(field<CodeCombo>(*w, "followup", "quickType"), u"telephone"_s);
    field<QSpinBox>(*w, "followup", "quickDuration")->setValue(20);
    auto *note = field<QLineEdit>(*w, "followup", "quickNote");
    note->setFocus();
    note->insert(u"Point sur le plan d'apurement."_s);
    QTest::keyClick(note, Qt::Key_Return);
    QTRY_COMPARE(w->document().file().contacts.size(), before + 1);
    // Newest first: the new contact heads the list, and is selected.
    const Contact &c = w->document().file().contacts.first();
    QCOMPARE(c.date, today);
    QCOMPARE(c.type, u"telephone"_s);
    QCOMPARE(c.durationMinutes, std::optional<int>(20));
    QCOMPARE(c.notes, u"Point sur le plan d'apurement."_s);
    QCOMPARE(c.authorUserId, w->document().file().household.cesfUserId);
    QCOMPARE(c.actionId, w->document().file().supports.first().actionId);
    auto *contacts = field<QTableWidget>(*w, "followup", "contacts");
    QCOMPARE(contacts->rowCount(), before + 1);
    QCOMPARE(contacts->currentRow(), 0);
    QCOMPARE(contacts->item(0, 0)->data(Qt::UserRole).toLongLong(), c.id);
    QCOMPARE(field<FreeTextEdit>(*w, "followup", "contactNotes")->text(), c.notes);
    // The row is ready for the next one.
    QVERIFY(note->text().isEmpty());
    QCOMPARE(field<QSpinBox>(*w, "followup", "quickDuration")->value(), 0);

    // Undo and redo the new contact.
    w->findChild<QAction *>(u"undoAction"_s)->trigger();
    QCOMPARE(w->document().file().contacts.size(), before);
    QCOMPARE(contacts->rowCount(), before);
    QVERIFY(!w->isWindowModified());
    w->findChild<QAction *>(u"redoAction"_s)->trigger();
    QCOMPARE(w->document().file().contacts.size(), before + 1);
    QCOMPARE(contacts->rowCount(), before + 1);

    QVERIFY(w->save());
    const HouseholdFile again = stored(u"RES-2024-06"_s);
    QCOMPARE(again.contacts.size(), before + 1);
    QCOMPARE(again.contacts.first().notes, u"Point sur le plan d'apurement."_s);
    QCOMPARE(again.contacts.first().type, u"telephone"_s);
    QCOMPARE(again.contacts.first().durationMinutes, std::optional<int>(20));
    QCOMPARE(again.contacts.first().author, author->text());
}

void TestHouseholdTabsB::ctrlNFocusesTheQuickEntry()
{
    auto w = openWindow(u"RES-2024-06"_s);
    w->showTab(u"situation"_s);
    auto *tabs = w->findChild<QTabWidget *>(u"tabs"_s);
    QCOMPARE(tabs->currentWidget()->objectName(), u"situation"_s);
    QTest::keySequence(w.get(), QKeySequence::New);
    QCOMPARE(tabs->currentWidget()->objectName(), u"followup"_s);
    auto *quickDate = field<DateEdit>(*w, "followup", "quickDate");
    QTRY_COMPARE(QApplication::focusWidget(), quickDate->lineEdit());
    // Then typing and Enter adds the contact: date kept, type chosen, a note.
    const qsizetype before = w->document().file().contacts.size();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field<CodeCombo>(*w, "followup", "quickType"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *note = field<QLineEdit>(*w, "followup", "quickNote");
    QCOMPARE(QApplication::focusWidget(), note);
    QTest::keyClicks(note, u"Visite de courtoisie."_s);
    QTest::keyClick(note, Qt::Key_Enter);
    QTRY_COMPARE(w->document().file().contacts.size(), before + 1);
    QCOMPARE(w->document().file().contacts.first().notes, u"Visite de courtoisie."_s);
    QCOMPARE(QApplication::focusWidget(), quickDate->lineEdit());
}

void TestHouseholdTabsB::quickEntryRefusesAFutureDate()
{
    auto w = openWindow(u"RES-2024-06"_s);
    w->showTab(u"followup"_s);
    const qsizetype before = w->document().file().contacts.size();
    auto *quickDate = field<DateEdit>(*w, "followup", "quickDate");
    typeDate(quickDate, Passerelle::Clock::today().addDays(3));
    auto *message = field<FieldMessage>(*w, "followup", "message_quick");
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(w->document().file().contacts.size(), before);
    QCOMPARE(w->document().undoStack()->count(), 0);
    // Not a date at all.
    quickDate->lineEdit()->selectAll();
    QTest::keyClicks(quickDate->lineEdit(), u"31/02/2025"_s);
    field<QPushButton>(*w, "followup", "addContact")->click();
    QVERIFY(message->isVisible());
    QCOMPARE(w->document().file().contacts.size(), before);
    // Corrected: added, and the message goes.
    typeDate(quickDate, Passerelle::Clock::today());
    QTRY_COMPARE(w->document().file().contacts.size(), before + 1);
    QVERIFY(!message->isVisible());
}

void TestHouseholdTabsB::contactFilterEditRemove()
{
    auto w = openWindow(u"RES-2024-06"_s);
    w->showTab(u"followup"_s);
    const QList<Contact> contacts = w->document().file().contacts;
    auto *table = field<QTableWidget>(*w, "followup", "contacts");
    QCOMPARE(table->rowCount(), contacts.size());
    // Newest first.
    for (int i = 1; i < contacts.size(); ++i)
        QVERIFY(contacts.at(i - 1).date >= contacts.at(i).date);
    auto *filter = field<QComboBox>(*w, "followup", "contactFilter");
    const QString type = contacts.first().type;
    filter->setCurrentIndex(filter->findData(type));
    const qsizetype ofType = std::count_if(contacts.cbegin(), contacts.cend(),
                                           [&type](const Contact &c) { return c.type == type; });
    QCOMPARE(table->rowCount(), ofType);
    filter->setCurrentIndex(0);
    QCOMPARE(table->rowCount(), contacts.size());

    // Edit the second contact: a new date moves it to the head of the list.
    table->setCurrentCell(1, 0);
    const Id edited = table->item(1, 0)->data(Qt::UserRole).toLongLong();
    typeDate(field<DateEdit>(*w, "followup", "contactDate"), Passerelle::Clock::today());
    QCOMPARE(w->document().file().contacts.first().id, edited);
    QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toLongLong(), edited);
    QCOMPARE(table->currentRow(), 0);
    typeFree(field<FreeTextEdit>(*w, "followup", "contactNotes"), u"Note complétée."_s);
    QCOMPARE(w->document().file().contacts.first().notes, u"Note complétée."_s);
    // A duration too long is said beside the field.
    auto *duration = field<QSpinBox>(*w, "followup", "contactDuration");
    duration->setFocus();
    duration->setValue(45);
    QTest::keyClick(duration, Qt::Key_Return);
    QCOMPARE(w->document().file().contacts.first().durationMinutes, std::optional<int>(45));

    // Remove another one.
    table->setCurrentCell(2, 0);
    const Id removed = table->item(2, 0)->data(Qt::UserRole).toLongLong();
    field<QPushButton>(*w, "followup", "removeContact")->click();
    QCOMPARE(w->document().file().contacts.size(), contacts.size() - 1);
    QVERIFY(w->save());
    const HouseholdFile file = stored(u"RES-2024-06"_s);
    QCOMPARE(file.contacts.size(), contacts.size() - 1);
    QCOMPARE(file.contacts.first().id, edited);
    QCOMPARE(file.contacts.first().date, Passerelle::Clock::today());
    QCOMPARE(file.contacts.first().notes, u"Note complétée."_s);
    QCOMPARE(file.contacts.first().durationMinutes, std::optional<int>(45));
    QVERIFY(std::none_of(file.contacts.cbegin(), file.contacts.cend(),
                         [removed](const Contact &c) { return c.id == removed; }));
}

void TestHouseholdTabsB::alertClosedAndSaved()
{
    const QDate today = Passerelle::Clock::today();
    auto w = openWindow(u"RES-2024-06"_s);
    w->showTab(u"followup"_s);
    auto *alerts = field<QTableWidget>(*w, "followup", "alerts");
    const QList<Alert> before = w->document().file().alerts;
    QCOMPARE(alerts->rowCount(), before.size());
    int open = -1;
    for (int i = 0; i < before.size(); ++i) {
        if (before.at(i).isOpen())
            open = i;
    }
    QVERIFY(open >= 0); // the demo's unpaid rent
    QVERIFY(standsOut(alerts->item(open, 0)));
    alerts->setCurrentCell(open, 0);
    QCOMPARE(field<MoneyEdit>(*w, "followup", "alertAmount")->cents(), before.at(open).amount);
    auto *close = field<QPushButton>(*w, "followup", "closeAlert");
    QVERIFY(close->isEnabled());
    close->click();
    QCOMPARE(w->document().file().alerts.at(open).closedDate, today);
    QVERIFY(!close->isEnabled());
    QVERIFY(!standsOut(alerts->item(open, 0)));
    auto *resolution = field<FreeTextEdit>(*w, "followup", "alertResolution");
    QCOMPARE(QApplication::focusWidget(), resolution->editor());
    typeFree(resolution, u"Plan d'apurement signé avec le bailleur."_s);

    // A new alert: a closing date before it is said beside the field.
    field<QPushButton>(*w, "followup", "addAlert")->click();
    QCOMPARE(w->document().file().alerts.size(), before.size() + 1);
    choose(field<CodeCombo>(*w, "followup", "alertType"), u"trouble_voisinage"_s);
    typeDate(field<DateEdit>(*w, "followup", "alertDate"), today.addDays(-2));
    typeDate(field<DateEdit>(*w, "followup", "alertClosed"), today.addDays(-4));
    QVERIFY(field<FieldMessage>(*w, "followup", "message_alertClosed")->isVisible());
    QVERIFY(!saveAnswering(*w));
    QCOMPARE(stored(u"RES-2024-06"_s).alerts, before);
    typeDate(field<DateEdit>(*w, "followup", "alertClosed"), today.addDays(-1));
    QVERIFY(!field<FieldMessage>(*w, "followup", "message_alertClosed")->isVisible());
    typeFree(field<FreeTextEdit>(*w, "followup", "alertDescription"), u"Bruit signalé."_s);
    QVERIFY(w->save());

    const HouseholdFile file = stored(u"RES-2024-06"_s);
    QCOMPARE(file.alerts.size(), before.size() + 1);
    const auto closed = std::find_if(file.alerts.cbegin(), file.alerts.cend(),
                                     [&](const Alert &a) { return a.id == before.at(open).id; });
    QVERIFY(closed != file.alerts.cend());
    QCOMPARE(closed->closedDate, today);
    QCOMPARE(closed->resolution, u"Plan d'apurement signé avec le bailleur."_s);
    const auto added = std::find_if(file.alerts.cbegin(), file.alerts.cend(),
                                    [](const Alert &a) { return a.type == u"trouble_voisinage"; });
    QVERIFY(added != file.alerts.cend());
    QCOMPARE(added->date, today.addDays(-2));
    QCOMPARE(added->closedDate, today.addDays(-1));
    QCOMPARE(added->description, u"Bruit signalé."_s);
}

void TestHouseholdTabsB::committeeReviewsAreShown()
{
    int withReviews = 0;
    for (const QString &reference : {u"RES-2024-06"_s, u"RES-2025-11"_s, u"LAAVA-2016-03"_s}) {
        auto w = openWindow(reference);
        QVERIFY(w);
        const auto &reviews = w->document().file().committeeReviews;
        auto *table = field<QTableWidget>(*w, "followup", "committeeReviews");
        QCOMPARE(table->rowCount(), reviews.size());
        QCOMPARE(field<QLabel>(*w, "followup", "noReview")->isVisibleTo(w->tab(u"followup"_s)),
                 reviews.isEmpty());
        QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
        for (int row = 0; row < reviews.size(); ++row) {
            const CommitteeReview &r = reviews.at(row).second;
            if (!r.decision.isEmpty())
                QCOMPARE(table->item(row, 2)->text(),
                         w->lookups().catalog.label(ReferenceList::CommitteeDecision, r.decision));
        }
        withReviews += reviews.isEmpty() ? 0 : 1;
    }
    QVERIFY(withReviews > 0);
}

void TestHouseholdTabsB::exitWithoutOutcomeIsRefused()
{
    const QDate end = Passerelle::Clock::today().addDays(-10);
    auto w = openWindow(u"RES-2024-06"_s);
    w->showTab(u"exit"_s);
    QVERIFY(!field<QLabel>(*w, "exit", "monthsSupported")->text().isEmpty());
    auto *message = field<FieldMessage>(*w, "exit", "message_outcome");
    QVERIFY(!message->isVisible());
    QVERIFY(!field<QPushButton>(*w, "exit", "planChecks")->isVisible());
    typeEnd(*w, end);
    QCOMPARE(w->document().file().supports.first().endDate, end);
    // The outcome is required with the date: said beside it; the save writes nothing.
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QVERIFY(!saveAnswering(*w));
    QVERIFY(w->isWindowModified());
    QVERIFY(!stored(u"RES-2024-06"_s).supports.first().endDate.isValid());
    choose(field<CodeCombo>(*w, "exit", "outcome"), u"autonomie"_s);
    QVERIFY(!message->isVisible());
    typeFree(field<FreeTextEdit>(*w, "exit", "endNotes"), u"Dette soldée, loyer à jour."_s);
    QVERIFY(w->save());
    const Support s = stored(u"RES-2024-06"_s).supports.first();
    QCOMPARE(s.endDate, end);
    QCOMPARE(s.outcome, u"autonomie"_s);
    QCOMPARE(s.endNotes, u"Dette soldée, loyer à jour."_s);
    // The time supported, as core counts it.
    const auto months = ExitRules::timeSupported(s, Passerelle::Clock::today());
    QVERIFY(months);
    QVERIFY(field<QLabel>(*w, "exit", "monthsSupported")
                ->text()
                .contains(QLocale().toString(months->value(), 'f', 1)));
}

void TestHouseholdTabsB::exitChecksPlannedFilledSaved()
{
    const QDate end(2025, 8, 31);
    Id supportId = 0;
    {
        auto w = openWindow(u"RES-2024-06"_s);
        w->showTab(u"exit"_s);
        supportId = w->document().file().supports.first().id;
        typeEnd(*w, end);
        choose(field<CodeCombo>(*w, "exit", "outcome"), u"glissement"_s);
        auto *plan = field<QPushButton>(*w, "exit", "planChecks");
        QVERIFY(plan->isVisible());
        plan->click();
        QVERIFY(!plan->isVisible());
        auto *checks = field<QTableWidget>(*w, "exit", "checks");
        QCOMPARE(checks->rowCount(), 3);
        const QList<PostSupportCheck> planned = w->document().file().checks.value(supportId);
        QCOMPARE(planned.size(), 3);
        QCOMPARE(planned.at(0).dueDate, QDate(2026, 2, 28));
        QCOMPARE(planned.at(1).dueDate, QDate(2026, 8, 31));
        QCOMPARE(planned.at(2).dueDate, QDate(2027, 8, 31));
        // The first check: done, still housed; an answer without a date is refused.
        checks->setCurrentCell(0, 0);
        auto *housed = field<QComboBox>(*w, "exit", "stillHoused");
        housed->setCurrentIndex(1);
        Q_EMIT housed->activated(1);
        QVERIFY(field<FieldMessage>(*w, "exit", "message_checkDone")->isVisible());
        typeDate(field<DateEdit>(*w, "exit", "checkDone"), QDate(2026, 3, 4));
        QVERIFY(!field<FieldMessage>(*w, "exit", "message_checkDone")->isVisible());
        typeFree(field<FreeTextEdit>(*w, "exit", "checkNotes"), u"Toujours locataire."_s);
        // A later end date moves the checks not made yet.
        typeDate(field<DateEdit>(*w, "exit", "endDate"), QDate(2025, 9, 30));
        const QList<PostSupportCheck> moved = w->document().file().checks.value(supportId);
        QCOMPARE(moved.at(0).dueDate, QDate(2026, 2, 28));
        QCOMPARE(moved.at(1).dueDate, QDate(2026, 9, 30));
        QVERIFY(w->save());
    }
    const HouseholdFile file = stored(u"RES-2024-06"_s);
    const QList<PostSupportCheck> checks = file.checks.value(supportId);
    QCOMPARE(checks.size(), 3);
    QCOMPARE(checks.at(0).offsetMonths, 6);
    QCOMPARE(checks.at(0).doneDate, QDate(2026, 3, 4));
    QCOMPARE(checks.at(0).stillHoused, std::optional<bool>(true));
    QCOMPARE(checks.at(0).notes, u"Toujours locataire."_s);
    QCOMPARE(checks.at(1).dueDate, QDate(2026, 9, 30));
    QCOMPARE(checks.at(2).dueDate, QDate(2027, 9, 30));
    QVERIFY(!checks.at(2).stillHoused.has_value());
    QCOMPARE(file.supports.first().outcome, u"glissement"_s);

    // Reopened: the form shows the next check to make.
    auto again = openWindow(u"RES-2024-06"_s);
    QCOMPARE(field<QTableWidget>(*again, "exit", "checks")->currentRow(), 1);
    QCOMPARE(field<QComboBox>(*again, "exit", "stillHoused")->currentIndex(), 0);
}

void TestHouseholdTabsB::exitLateChecksStandOut()
{
    const QDate today = Passerelle::Clock::today();
    auto w = openWindow(u"RES-2024-06"_s);
    w->showTab(u"exit"_s);
    const QDate end = today.addDays(-400);
    typeEnd(*w, end);
    choose(field<CodeCombo>(*w, "exit", "outcome"), u"autonomie"_s);
    field<QPushButton>(*w, "exit", "planChecks")->click();
    auto *checks = field<QTableWidget>(*w, "exit", "checks");
    QCOMPARE(checks->rowCount(), 3);
    const QList<PostSupportCheck> planned =
        w->document().file().checks.value(w->document().file().supports.first().id);
    for (int row = 0; row < 3; ++row) {
        const ExitRules::CheckState state = ExitRules::checkState(planned.at(row), today);
        const bool shouldStandOut =
            state == ExitRules::CheckState::Late || state == ExitRules::CheckState::Due;
        QCOMPARE(standsOut(checks->item(row, 0)), shouldStandOut);
    }
    QCOMPARE(ExitRules::checkState(planned.at(0), today), ExitRules::CheckState::Late);
    QVERIFY(standsOut(checks->item(0, 1)));
    // Undo the planning: the checks go, the button comes back.
    w->findChild<QAction *>(u"undoAction"_s)->trigger();
    QCOMPARE(checks->isVisible(), false);
    QVERIFY(field<QPushButton>(*w, "exit", "planChecks")->isVisible());
}

void TestHouseholdTabsB::endOfSupportListsWhatIsOpenAndOffersTheExitDiagnostic()
{
    auto w = openWindow(u"RES-2024-06"_s);
    w->showTab(u"exit"_s);
    const HouseholdFile before = w->document().file();
    const Support &support = before.supports.first();
    const QDate end = Passerelle::Clock::today().addDays(-3);
    const QStringList open
            = ExitRules::stillOpen(before, support.id, end, w->lookups().catalog);
    QVERIFY2(!open.isEmpty(), "the demo household should leave something open");
    // Cancelled: nothing changes, the field shows no end.
    {
        QTimer cancel;
        QString asked;
        connect(&cancel, &QTimer::timeout, this, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->informativeText();
                box->button(QMessageBox::Cancel)->click();
            }
        });
        cancel.start(10);
        typeDate(field<DateEdit>(*w, "exit", "endDate"), end);
        for (const QString &line : open)
            QVERIFY2(asked.contains(line), qPrintable(asked));
    }
    QVERIFY(!w->document().file().supports.first().endDate.isValid());
    QVERIFY(!field<DateEdit>(*w, "exit", "endDate")->date().isValid());
    QVERIFY(!w->isWindowModified());
    // Confirmed, with the exit diagnostic: it opens in the Diagnostic tab, over the entry's
    // domains; one Undo takes the diagnostic back, the next one the end.
    const QString asked = typeEnd(*w, end, true);
    QVERIFY2(asked.contains(end.toString(u"dd/MM/yyyy"_s)), qPrintable(asked));
    QCOMPARE(w->document().file().supports.first().endDate, end);
    const Diagnostic &exit = w->document().file().diagnostics.last();
    QCOMPARE(exit.kind, u"sortie"_s);
    QCOMPARE(exit.actionId, support.actionId);
    QCOMPARE(w->findChild<QTabWidget *>(u"tabs"_s)->currentWidget(), w->tab(u"diagnostic"_s));
    QCOMPARE(w->document().file().diagnostics.size(), before.diagnostics.size() + 1);
    w->findChild<QAction *>(u"undoAction"_s)->trigger();
    QCOMPARE(w->document().file().diagnostics.size(), before.diagnostics.size());
    QCOMPARE(w->document().file().supports.first().endDate, end);
    w->findChild<QAction *>(u"undoAction"_s)->trigger();
    QVERIFY(!w->document().file().supports.first().endDate.isValid());
}

void TestHouseholdTabsB::endBeforeStartIsNotAnEndedSupport()
{
    auto w = openWindow(u"RES-2024-06"_s);
    w->showTab(u"exit"_s);
    const QDate start = w->document().file().supports.first().startDate;
    // Refused at once, before the question and the exit diagnostic: said with a capital,
    // and the end typed is taken back.
    QString said;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&said] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        said += box->objectName() + u'|' + box->text();
        box->accept();
    });
    answer.start(10);
    const qsizetype diagnostics = w->document().file().diagnostics.size();
    typeDate(w->tab(u"exit"_s)->findChild<DateEdit *>(u"endDate"_s), start.addDays(-1));
    answer.stop();
    QVERIFY2(said.startsWith(u"endSupportRefused|"_s), qPrintable(said));
    const QString text = said.section(u'|', 1);
    QVERIFY2(text.at(0).isUpper() && text.contains(start.toString(u"dd/MM/yyyy"_s)),
             qPrintable(text));
    QVERIFY(!said.contains(u"endSupportQuestion"_s));
    QVERIFY(!w->document().file().supports.first().endDate.isValid());
    QCOMPARE(w->document().file().diagnostics.size(), diagnostics);
    QVERIFY(w->tab(u"exit"_s)->findChild<DateEdit *>(u"endDate"_s)->date().isNull());
    const QString ended = w->lookups().catalog.label(ReferenceList::HouseholdStatus, u"termine"_s);
    auto *summary = w->findChild<QLabel *>(u"summary"_s);
    QVERIFY2(!summary->text().startsWith(ended), qPrintable(summary->text()));
}

void TestHouseholdTabsB::checkDoneInTheFutureIsRefused()
{
    auto w = openWindow(u"RES-2024-06"_s);
    w->showTab(u"exit"_s);
    typeEnd(*w, QDate(2025, 8, 31));
    field<QPushButton>(*w, "exit", "planChecks")->click();
    auto *checks = field<QTableWidget>(*w, "exit", "checks");
    checks->setCurrentCell(1, 0); // +12 months, due 31/08/2026
    auto *done = field<DateEdit>(*w, "exit", "checkDone");
    auto *message = field<FieldMessage>(*w, "exit", "message_checkDone");
    typeDate(done, Passerelle::Clock::today().addDays(1));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(Passerelle::Clock::today().addDays(1).toString(u"dd/MM/yyyy"_s)),
             qPrintable(message->text()));
    typeDate(done, Passerelle::Clock::today());
    QVERIFY(!message->isVisible());
}

void TestHouseholdTabsB::committeeDecisionShowsInAnOpenWindow()
{
    auto w = openWindow(u"RES-2024-06"_s);
    const Id household = w->document().file().household.id;
    // An edit in progress in the window…
    typeFree(field<FreeTextEdit>(*w, "exit", "endNotes"), u"Note en cours"_s);
    QVERIFY(w->isWindowModified());
    const qsizetype reviews = w->document().file().committeeReviews.size();
    // …while a committee decides on the household elsewhere and saves.
    CommitteeRepository committees(m_test->db());
    FollowUpCommittee c;
    c.agencyId = w->document().file().household.agencyId;
    c.date = Passerelle::Clock::today();
    CommitteeReview r;
    r.householdId = household;
    r.reason = u"Point d'étape"_s;
    r.decision = u"poursuite"_s;
    c.reviews << r;
    QVERIFY(committees.save(TestDatabase::all(), c));
    Q_EMIT m_context->dataChanged();
    QCOMPARE(w->document().file().committeeReviews.size(), reviews + 1);
    QCOMPARE(field<QTableWidget>(*w, "followup", "committeeReviews")->rowCount(), reviews + 1);
    // The edit is kept, and Undo does not take the decision back.
    QVERIFY(w->isWindowModified());
    w->findChild<QAction *>(u"undoAction"_s)->trigger();
    QCOMPARE(w->document().file().committeeReviews.size(), reviews + 1);
}

void TestHouseholdTabsB::fileCreatedByMistakeDeletedByHeadOffice()
{
    const Id household = id(u"RES-2024-06"_s);
    {
        // A CESF may not delete a file: the action is not offered.
        AppContext cesf(m_test->db(), Scope::agency(stored(u"RES-2024-06"_s).household.agencyId,
                                                    u"cesf"_s));
        HouseholdWindow w(cesf);
        QVERIFY(w.open(household));
        QVERIFY(!w.findChild<QAction *>(u"deleteAction"_s));
        QVERIFY_ERROR(HouseholdRepository(m_test->db())
                              .deleteCreatedByMistake(cesf.scope(), household,
                                                      u"doublon du dossier RES-2024-07"_s),
                      Error::Kind::Access);
    }
    auto w = openWindow(u"RES-2024-06"_s);
    QAction *remove = w->findChild<QAction *>(u"deleteAction"_s);
    QVERIFY(remove && remove->isEnabled());
    // Without a reason: refused, said, nothing deleted.
    Testing::answerNextMessageBox();
    QVERIFY(!w->deleteCreatedByMistake(u" "_s));
    QVERIFY(id(u"RES-2024-06"_s) > 0);
    QVERIFY(w->deleteCreatedByMistake(u"Doublon du dossier RES-2024-07, créé deux fois"_s));
    QCOMPARE(id(u"RES-2024-06"_s), Id(0));
    QVERIFY(!w->isVisible());
    // The journal keeps who deleted it, and why (the reference, never the names).
    JournalFilter deletions;
    deletions.operation = u"delete"_s;
    auto journal = JournalRepository(m_test->db()).list(TestDatabase::all(), deletions);
    QVERIFY(journal);
    const auto deletion = std::find_if(journal->lines.cbegin(), journal->lines.cend(),
                                       [household](const JournalLine &l) {
                                           return l.entry.entity == u"household"
                                                  && l.entry.householdId == household;
                                       });
    QVERIFY(deletion != journal->lines.cend());
    QVERIFY2(deletion->entry.summary.contains(u"Doublon du dossier RES-2024-07"_s),
             qPrintable(deletion->entry.summary));
    QVERIFY2(deletion->entry.summary.contains(u"RES-2024-06"_s), qPrintable(deletion->entry.summary));
    QCOMPARE(deletion->entry.login, u"cfabre"_s);
}

void TestHouseholdTabsB::newHouseholdShowsTheSamePersonFirst()
{
    // A person already known, referred again by another partner: typed without accents and
    // in capitals.
    const HouseholdFile known = stored(u"RES-2024-06"_s);
    const Member person = known.household.members.first();
    QVERIFY(person.birthDate.isValid());
    const QString lastName = ReferenceLists::normalizedKey(person.lastName).toUpper();
    const QString firstName = ReferenceLists::normalizedKey(person.firstName).toUpper();
    QSignalSpy opened(m_context.get(), &AppContext::openHouseholdRequested);
    bool filled = false;
    QStringList listed;
    // Two timers: a timer does not fire again while its own slot waits in a dialog.
    QTimer fill;
    connect(&fill, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<NewHouseholdDialog *>(QApplication::activeModalWidget());
        if (!dialog || filled)
            return;
        filled = true;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"reference"_s), u"NOUV-2026-01"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"lastName"_s), lastName);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"firstName"_s), firstName);
        // Enter in the date accepts the dialog, as the button does.
        typeDate(dialog->findChild<DateEdit *>(u"birthDate"_s), person.birthDate);
        if (dialog->isVisible())
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        if (dialog->isVisible()) {
            // Refused: say why and give up rather than hang.
            qWarning("the new household was refused: %s",
                     qPrintable(dialog->findChild<FieldMessage *>()->text()));
            dialog->reject();
        }
    });
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *same = qobject_cast<SamePersonDialog *>(QApplication::activeModalWidget());
        if (!same)
            return;
        auto *table = same->findChild<QTableWidget *>(u"samePeople"_s);
        for (int row = 0; row < table->rowCount(); ++row)
            listed << table->item(row, 0)->text();
        same->findChild<QPushButton *>(u"openExisting"_s)->click();
    });
    answer.start(10);
    fill.start(10);
    HouseholdWindow w(*m_context);
    QVERIFY(!w.startNew()); // no new file: the known one opens instead
    fill.stop();
    QVERIFY(filled);
    QCOMPARE(listed, QStringList{known.household.reference});
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toLongLong(), known.household.id);
    // Another birth date: a namesake, not the same person; nothing is shown.
    Member other = person;
    other.birthDate = person.birthDate.addYears(-30);
    auto matches = HouseholdRepository(m_test->db()).findPerson(TestDatabase::all(), other);
    QVERIFY(matches);
    QVERIFY(matches->isEmpty());
}

void TestHouseholdTabsB::historyShowsTheSave()
{
    auto w = openWindow(u"RES-2024-06"_s);
    w->showTab(u"history"_s);
    auto *journal = field<QTableWidget>(*w, "history", "journal");
    const qsizetype before = w->document().file().history.size();
    QVERIFY(before > 0); // at least this opening
    QCOMPARE(journal->rowCount(), before);
    QCOMPARE(journal->editTriggers(), QAbstractItemView::NoEditTriggers);
    // The newest first: this opening.
    QCOMPARE(journal->item(0, 2)->text(),
             HistoryText::line(w->document().file().history.first()).what);
    QVERIFY(journal->item(0, 2)->text().contains(HistoryText::operation(u"read"_s)));

    // A change saved from the Sortie tab shows at once, with its fields.
    w->showTab(u"exit"_s);
    typeEnd(*w, Passerelle::Clock::today().addDays(-1));
    choose(field<CodeCombo>(*w, "exit", "outcome"), u"autonomie"_s);
    QCOMPARE(journal->rowCount(), before); // not saved yet
    QVERIFY(w->save());
    QCOMPARE(journal->rowCount(), w->document().file().history.size());
    QVERIFY(journal->rowCount() > before);
    const AuditEntry &latest = w->document().file().history.first();
    QCOMPARE(latest.operation, u"update"_s);
    QCOMPARE(latest.entity, u"support"_s);
    QCOMPARE(journal->item(0, 2)->text(), HistoryText::line(latest).what);
    QVERIFY(journal->item(0, 2)->text().contains(HistoryText::entity(u"support"_s)));
    QVERIFY(journal->item(0, 3)->text().contains(FieldLabels::label(u"end_date"_s)));
    QVERIFY(journal->item(0, 3)->text().contains(FieldLabels::label(u"outcome"_s)));
    QCOMPARE(journal->item(0, 1)->text(), u"cfabre"_s);
}

void TestHouseholdTabsB::historyFilter()
{
    auto w = openWindow(u"LAAVA-2016-03"_s);
    w->showTab(u"history"_s);
    auto *journal = field<QTableWidget>(*w, "history", "journal");
    const QList<AuditEntry> &history = w->document().file().history;
    QCOMPARE(journal->rowCount(), history.size());
    auto *filter = field<QLineEdit>(*w, "history", "historyFilter");
    const QString alert = HistoryText::entity(u"alert"_s);
    QTest::keyClicks(filter, alert.toLower());
    const qsizetype alerts =
        std::count_if(history.cbegin(), history.cend(),
                      [](const AuditEntry &e) { return e.entity == u"alert"; });
    QVERIFY(alerts > 0);
    QVERIFY(journal->rowCount() >= alerts);
    QVERIFY(journal->rowCount() < history.size());
    for (int row = 0; row < journal->rowCount(); ++row)
        QVERIFY(journal->item(row, 2)->text().contains(alert)
                || journal->item(row, 3)->text().contains(alert, Qt::CaseInsensitive));
    QTest::keyClicks(filter, u" zzzz"_s);
    QVERIFY(!journal->isVisibleTo(w->tab(u"history"_s)));
    QVERIFY(field<QLabel>(*w, "history", "noHistory")->isVisibleTo(w->tab(u"history"_s)));
    filter->clear();
    QCOMPARE(journal->rowCount(), history.size());
    QVERIFY(!w->isWindowModified());
}

void TestHouseholdTabsB::screenshots()
{
    // PASSERELLE_SCREENSHOTS=<folder>: a picture of each tab on the demo database.
    const QString folder = qEnvironmentVariable("PASSERELLE_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set PASSERELLE_SCREENSHOTS to a folder to take the screenshots");
    QDir().mkpath(folder);
    for (const QString &reference : {u"RES-2024-06"_s, u"LAAVA-2016-03"_s}) {
        auto w = openWindow(reference);
        QVERIFY(w);
        for (const char *tab : {"plan", "followup", "exit", "history"}) {
            w->showTab(QString::fromLatin1(tab));
            QTest::qWait(50);
            const QString path = folder + u'/' + reference + u'-' + QString::fromLatin1(tab)
                                 + u".png"_s;
            QVERIFY(w->grab().save(path));
        }
    }
}

QTEST_MAIN(TestHouseholdTabsB)
#include "tst_householdtabsb.moc"
