// The household file window and its Situation tab: fill, validate beside the field, save,
// reopen, undo/redo, close with unsaved changes asks; a new household from a referral.
#include "AppContext.h"
#include "Clock.h"
#include "MessageBoxes.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "households/HouseholdWindow.h"
#include "households/NewHouseholdDialog.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRepository.h"
#include "widgets/FormWidgets.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using namespace Passerelle::Ui;
using Passerelle::Testing::TestDatabase;

class TestHouseholdWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheHousehold();
    void editSaveReopen();
    void lockedDatabaseLosesNothing();
    void undoRedoFollowTheWidgets();
    void validationBesideTheField();
    void messagesKeepTheirPlace();
    void unreadableValueIsNeverDropped();
    void membersAddAndRemove();
    void closingWithUnsavedChangesAsks();
    void newHouseholdFromReferral();

private:
    Id id(const QString &reference);
    std::unique_ptr<HouseholdWindow> openWindow(const QString &reference);
    template <typename T>
    T *field(HouseholdWindow &w, const char *name)
    {
        auto *found = w.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }
    QAction *action(HouseholdWindow &w, const char *name)
    {
        return w.findChild<QAction *>(QString::fromLatin1(name));
    }

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<AppContext> m_context;
};

void TestHouseholdWindow::initTestCase()
{
    Testing::installFrenchTranslation();
}

void TestHouseholdWindow::init()
{
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(Demo::populate(m_test->db(), Passerelle::Clock::today()));
    m_context = std::make_unique<AppContext>(m_test->db(), Scope::everything(u"cfabre"_s));
}

void TestHouseholdWindow::cleanup()
{
    m_context.reset();
    m_test.reset();
}

Id TestHouseholdWindow::id(const QString &reference)
{
    auto found = HouseholdRepository(m_test->db()).findByReference(TestDatabase::all(), reference);
    return found && found->has_value() ? **found : 0;
}

std::unique_ptr<HouseholdWindow> TestHouseholdWindow::openWindow(const QString &reference)
{
    auto window = std::make_unique<HouseholdWindow>(*m_context);
    if (!window->open(id(reference)))
        return nullptr;
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    return window;
}

void TestHouseholdWindow::showsTheHousehold()
{
    auto w = openWindow(u"RES-2024-06"_s);
    QVERIFY(w);
    QVERIFY(w->windowTitle().contains(u"RES-2024-06"_s));
    QVERIFY(w->windowTitle().contains(u"DUBOIS"_s));
    QCOMPARE(field<QLineEdit>(*w, "reference")->text(), u"RES-2024-06"_s);
    QCOMPARE(field<CodeCombo>(*w, "composition")->code(), u"famille_monoparentale"_s);
    QCOMPARE(field<QTableWidget>(*w, "members")->rowCount(), 3);
    QCOMPARE(field<QTableWidget>(*w, "supports")->rowCount(), 1);
    QVERIFY(!w->isWindowModified());
    // Every free-text field reminds that the household may read it.
    QVERIFY(!w->findChildren<QLabel *>(u"cnilReminder"_s).isEmpty());
}

void TestHouseholdWindow::editSaveReopen()
{
    {
        auto w = openWindow(u"RES-2024-06"_s);
        auto *phone = field<QLineEdit>(*w, "phone");
        phone->setFocus();
        phone->selectAll();
        QTest::keyClicks(phone, u"05 61 00 11 22"_s);
        QTest::keyClick(phone, Qt::Key_Return);
        auto *composition = field<CodeCombo>(*w, "composition");
        composition->setFocus();
        composition->setCurrentIndex(composition->findData(u"couple_avec_enfants"_s));
        Q_EMIT composition->activated(composition->currentIndex());
        auto *income = field<MoneyEdit>(*w, "monthlyResources");
        income->setFocus();
        income->selectAll();
        income->insert(u"1 734,50 €"_s); // keyClicks types ASCII only
        QTest::keyClick(income, Qt::Key_Return);
        QVERIFY(w->isWindowModified());
        QCOMPARE(w->document().undoStack()->count(), 3);
        QVERIFY(w->save());
        QVERIFY(!w->isWindowModified());
    }
    auto again = openWindow(u"RES-2024-06"_s);
    const Household &h = again->document().file().household;
    QCOMPARE(h.phone, u"05 61 00 11 22"_s);
    QCOMPARE(h.composition, u"couple_avec_enfants"_s);
    QCOMPARE(h.monthlyResources, Cents(173450));
    QCOMPARE(field<MoneyEdit>(*again, "monthlyResources")->cents(), std::optional<Cents>(173450));
}

void TestHouseholdWindow::lockedDatabaseLosesNothing()
{
    if (m_test->backend() != Backend::Sqlite)
        QSKIP("a file locked by another program is a SQLite case");
    auto w = openWindow(u"RES-2024-06"_s);
    auto *phone = field<QLineEdit>(*w, "phone");
    phone->setFocus();
    phone->selectAll();
    QTest::keyClicks(phone, u"05 61 99 88 77"_s);
    QTest::keyClick(phone, Qt::Key_Return);
    QVERIFY(w->isWindowModified());
    const QString stored = HouseholdRepository(m_test->db())
                               .get(TestDatabase::all(), id(u"RES-2024-06"_s),
                                    HouseholdRepository::Trace::Silent)
                               ->phone;

    // Another program holds the file (a backup tool, another Passerelle writing).
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(m_test->path());
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));

        QString said;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                said = box->text();
                box->accept();
            }
        });
        answer.start(20);
        QVERIFY(!w->save());
        answer.stop();
        QVERIFY2(said.contains(u"occupée"_s) || said.contains(u"verrouillée"_s),
                 qPrintable(said));
        QVERIFY(!said.contains(u"SQLITE"_s, Qt::CaseInsensitive));
        // Nothing lost: the change is still there, still unsaved, and can be saved later.
        QVERIFY(w->isWindowModified());
        QCOMPARE(w->document().file().household.phone, u"05 61 99 88 77"_s);
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    QCOMPARE(HouseholdRepository(m_test->db())
                 .get(TestDatabase::all(), id(u"RES-2024-06"_s), HouseholdRepository::Trace::Silent)
                 ->phone,
             stored);
    QVERIFY(w->save());
    QVERIFY(!w->isWindowModified());
    QCOMPARE(HouseholdRepository(m_test->db())
                 .get(TestDatabase::all(), id(u"RES-2024-06"_s), HouseholdRepository::Trace::Silent)
                 ->phone,
             u"05 61 99 88 77"_s);
}

void TestHouseholdWindow::undoRedoFollowTheWidgets()
{
    auto w = openWindow(u"RES-2024-06"_s);
    auto *publics = field<CodeChecklist>(*w, "publics");
    const QStringList before = publics->codes();
    QListWidgetItem *row = publics->item(0);
    row->setCheckState(row->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    const QStringList after = publics->codes();
    QVERIFY(after != before);
    QCOMPARE(w->document().file().household.publics, after);
    action(*w, "undoAction")->trigger();
    QCOMPARE(publics->codes(), before);
    QCOMPARE(w->document().file().household.publics, before);
    QVERIFY(!w->isWindowModified());
    action(*w, "redoAction")->trigger();
    QCOMPARE(publics->codes(), after);
    QVERIFY(w->isWindowModified());
    // Keyboard: Ctrl+Z undoes.
    QTest::keySequence(w.get(), QKeySequence::Undo);
    QCOMPARE(publics->codes(), before);
}

void TestHouseholdWindow::validationBesideTheField()
{
    auto w = openWindow(u"RES-2024-06"_s);
    auto *consent = field<DateEdit>(*w, "consentDate");
    consent->lineEdit()->setFocus();
    consent->lineEdit()->selectAll();
    QTest::keyClicks(consent->lineEdit(), Passerelle::Clock::today().addDays(10).toString(u"dd/MM/yyyy"));
    QTest::keyClick(consent->lineEdit(), Qt::Key_Return);
    auto *message = field<FieldMessage>(*w, "message_consentDate");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"futur"_s), qPrintable(message->text()));
    // Saving is refused and nothing is written.
    Testing::answerNextMessageBox();
    QVERIFY(!w->save());
    QVERIFY(w->isWindowModified());
    auto stored = HouseholdRepository(m_test->db())
                      .get(TestDatabase::all(), id(u"RES-2024-06"_s),
                           HouseholdRepository::Trace::Silent);
    QVERIFY(stored->consentDate <= Passerelle::Clock::today());
    // An impossible date is shown, and not taken.
    consent->lineEdit()->selectAll();
    QTest::keyClicks(consent->lineEdit(), u"31/02/2024"_s);
    QVERIFY(!consent->isAcceptable());
    action(*w, "undoAction")->trigger();
    QVERIFY(!message->isVisible());
}

void TestHouseholdWindow::messagesKeepTheirPlace()
{
    auto w = openWindow(u"RES-2024-06"_s);
    auto *reference = field<QLineEdit>(*w, "reference");
    auto *phone = field<QLineEdit>(*w, "phone");
    auto *message = field<FieldMessage>(*w, "message_reference");
    const auto top = [w = w.get()](QWidget *field) { return field->mapTo(w, QPoint()).y(); };
    // How far the phone stands under the reference: grows by the message's room.
    const auto gap = [&] { return top(phone) - top(reference); };
    const int gapWithout = gap();
    // The reference emptied: its message shows once the field is left, and the field the
    // user went to stays where it was on the screen (the page scrolls by as much).
    reference->setFocus();
    reference->selectAll();
    QTest::keyClick(reference, Qt::Key_Delete);
    const int phoneOnScreen = top(phone);
    phone->setFocus();
    QTest::qWait(50);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"obligatoire"_s), qPrintable(message->text()));
    const int gapWithMessage = gap();
    QVERIFY(gapWithMessage > gapWithout);
    auto *scroll = qobject_cast<QScrollArea *>(w->findChild<QWidget *>(u"situation"_s)
                                                       ->findChild<QScrollArea *>());
    QVERIFY(scroll);
    if (scroll->verticalScrollBar()->maximum() > 0)
        QCOMPARE(top(phone), phoneOnScreen);
    // Typing the reference again greys the message at once (it may no longer hold), in place.
    reference->setFocus();
    QTest::keyClicks(reference, u"RES-2024-06"_s);
    QVERIFY(message->isVisible());
    QVERIFY(message->isStale());
    // Left, the value is checked: the message goes and its room stays until the save, so that
    // nothing moves back up under the pointer.
    phone->setFocus();
    QTest::qWait(50);
    QVERIFY(!message->isVisible());
    QVERIFY(!message->isStale());
    QCOMPARE(gap(), gapWithMessage);
    // Saved, the form closes up again.
    QVERIFY(w->save());
    QTest::qWait(50);
    QCOMPARE(gap(), gapWithout);
}

void TestHouseholdWindow::unreadableValueIsNeverDropped()
{
    auto w = openWindow(u"RES-2024-06"_s);
    auto *members = field<QTableWidget>(*w, "members");
    members->setCurrentCell(0, 0);
    const auto births = [&w] {
        QList<QDate> dates;
        for (const Member &m : w->document().file().household.members)
            dates << m.birthDate;
        return dates;
    };
    const QList<QDate> born = births();
    auto *birth = field<DateEdit>(*w, "member.birthDate");
    birth->lineEdit()->setFocus();
    birth->lineEdit()->selectAll();
    QTest::keyClicks(birth->lineEdit(), u"31/02/19"_s);
    // Saving is refused, saying which field and what to do; the text typed stays to correct.
    QString said;
    Testing::answerNextMessageBox(QMessageBox::NoButton, nullptr, &said);
    QVERIFY(!w->save());
    QVERIFY2(said.startsWith(u"unreadValues"_s), qPrintable(said));
    QVERIFY2(said.contains(u"Date de naissance"_s) && said.contains(u"« 31/02/19 »"_s)
                     && said.contains(u"jj/mm/aaaa"_s),
             qPrintable(said));
    QCOMPARE(birth->lineEdit()->text(), u"31/02/19"_s);
    QCOMPARE(births(), born);
    // Closing asks too, though nothing else changed.
    bool asked = false;
    Testing::answerNextMessageBox(QMessageBox::Cancel, &asked);
    QVERIFY(!w->close());
    QVERIFY(asked);
    // Corrected, it saves.
    birth->lineEdit()->selectAll();
    QTest::keyClicks(birth->lineEdit(), u"28/02/1990"_s);
    QVERIFY(w->save());
    auto stored = HouseholdRepository(m_test->db())
                          .get(TestDatabase::all(), id(u"RES-2024-06"_s),
                               HouseholdRepository::Trace::Silent);
    QVERIFY(std::any_of(stored->members.cbegin(), stored->members.cend(),
                        [](const Member &m) { return m.birthDate == QDate(1990, 2, 28); }));
}

void TestHouseholdWindow::membersAddAndRemove()
{
    auto w = openWindow(u"RES-2024-06"_s);
    auto *members = field<QTableWidget>(*w, "members");
    field<QPushButton>(*w, "addMember")->click();
    QCOMPARE(members->rowCount(), 4);
    // The new member is chosen: its first name is typed in the form under the list.
    auto *firstName = field<QLineEdit>(*w, "member.firstName");
    firstName->setText(u"Zoé"_s);
    Q_EMIT firstName->editingFinished();
    QCOMPARE(w->document().file().household.members.at(3).firstName, u"Zoé"_s);
    QVERIFY(w->save());
    QCOMPARE(w->document().file().household.members.size(), 4);
    QVERIFY(w->document().file().household.members.at(3).id > 0);
    members->setCurrentCell(3, 0);
    field<QPushButton>(*w, "removeMember")->click();
    QCOMPARE(members->rowCount(), 3);
    QVERIFY(w->save());
    auto stored = HouseholdRepository(m_test->db())
                      .get(TestDatabase::all(), id(u"RES-2024-06"_s),
                           HouseholdRepository::Trace::Silent);
    QCOMPARE(stored->members.size(), 3);
}

void TestHouseholdWindow::closingWithUnsavedChangesAsks()
{
    auto w = openWindow(u"RES-2024-06"_s);
    w->document().edit(u"x"_s, [](HouseholdFile &f) { f.household.notes = u"à garder"_s; });
    bool asked = false;
    Testing::answerNextMessageBox(QMessageBox::Cancel, &asked);
    QVERIFY(!w->close());
    QVERIFY(asked);
    QVERIFY(w->isVisible());
    QCOMPARE(w->document().file().household.notes, u"à garder"_s);
    // "Save" from the question saves, then closes.
    Testing::answerNextMessageBox(QMessageBox::Save);
    QVERIFY(w->close());
    auto stored = HouseholdRepository(m_test->db())
                      .get(TestDatabase::all(), id(u"RES-2024-06"_s),
                           HouseholdRepository::Trace::Silent);
    QCOMPARE(stored->notes, u"à garder"_s);
}

void TestHouseholdWindow::newHouseholdFromReferral()
{
    Lookups lookups = *Lookups::load(m_test->db());
    NewHouseholdDialog dialog(*m_context, lookups);
    dialog.show();
    dialog.accept(); // nothing filled in: refused, says why
    QVERIFY(dialog.isVisible());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"reference"_s), u"RES-2024-06"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"lastName"_s), u"Nouveau"_s);
    dialog.accept(); // reference already used
    QVERIFY(dialog.isVisible());
    auto *reference = dialog.findChild<QLineEdit *>(u"reference"_s);
    reference->clear();
    QTest::keyClicks(reference, u"NEW-2026-01"_s);
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    const HouseholdFile file = dialog.file();

    HouseholdWindow w(*m_context);
    w.document().create(file);
    QVERIFY(w.document().isModified());
    QVERIFY(w.save());
    const Id created = id(u"NEW-2026-01"_s);
    QVERIFY(created > 0);
    QCOMPARE(w.document().file().referrals.size(), 1);
    QCOMPARE(w.document().file().referrals.first().outcome, u"en_cours"_s);
    QCOMPARE(w.document().file().household.mainMember()->lastName, u"Nouveau"_s);
}

QTEST_MAIN(TestHouseholdWindow)
#include "tst_householdwindow.moc"
