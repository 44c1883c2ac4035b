// The follow-up committees page: a committee is created for an agency with the suggested
// households, decisions and minutes, saved, and found again by a new page; households are
// added by an accent-insensitive search, removed, reordered, and every edit undoes; unsaved
// changes are kept when the user cancels switching to another committee, leaving the page or
// closing the window; validation messages show beside the fields; the list follows the agency
// worked on; a committee is deleted after confirmation.
#include "AppContext.h"
#include "Clock.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "committees/CommitteeSuggestions.h"
#include "committees/CommitteesPage.h"
#include "committees/SuggestionsDialog.h"
#include "demo/DemoData.h"
#include "storage/CommitteeRepository.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRepository.h"
#include "widgets/FormWidgets.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using namespace Passerelle::Ui;
using Passerelle::Testing::TestDatabase;

namespace {

/// Answers the next modal dialog when it shows (the page asks from queued calls, so the
/// answer waits for the dialog instead of firing once). `answered` counts the dialogs seen.
class Answerer : public QObject
{
public:
    explicit Answerer(std::function<void(QWidget *)> answer) : m_answer(std::move(answer))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                m_timer.stop();
                ++answered;
                m_answer(modal);
            }
        });
        m_timer.start(10);
    }
    int answered = 0;

private:
    std::function<void(QWidget *)> m_answer;
    QTimer m_timer;
};

std::unique_ptr<Answerer> answerQuestion(QMessageBox::StandardButton button)
{
    return std::make_unique<Answerer>([button](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            if (QAbstractButton *b = box->button(button))
                b->click();
            else
                box->reject();
        }
    });
}

} // namespace

class TestCommitteesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createWithSuggestionsDecisionsAndMinutes();
    void searchAddRemoveReorderUndo();
    void cancellingASwitchKeepsTheChanges();
    void validationBesideTheFields();
    void listFollowsTheAgency();
    void upcomingFirstThenPast();
    void openingAHousehold();
    void deleteAsksFirst();
    void leavingThePageAndClosingTheWindowAsk();

private:
    template <typename T>
    T *field(const char *name) const
    {
        auto *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    QList<Id> listedIds(const CommitteesPage &page) const;
    QTreeWidgetItem *listItem(const CommitteesPage &page, Id id) const;
    void chooseAgency(Id agency);
    void typeDate(const QDate &date);
    /// An agency of the demo for which core suggests households on `date`, with them.
    std::pair<Id, QList<CommitteeSuggestion>> agencyWithSuggestions(const QDate &date);
    QList<FollowUpCommittee> stored(Id agency = 0) const;

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<CommitteesPage> m_page;
};

void TestCommitteesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Testing::installFrenchTranslation();
}

void TestCommitteesPage::init()
{
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(Demo::populate(m_test->db(), Passerelle::Clock::today()));
    m_context = std::make_unique<AppContext>(m_test->db(), TestDatabase::all());
    m_page = std::make_unique<CommitteesPage>(*m_context);
    m_page->resize(1300, 850);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCommitteesPage::cleanup()
{
    m_page.reset();
    m_context.reset();
    m_test.reset();
}

QList<Id> TestCommitteesPage::listedIds(const CommitteesPage &page) const
{
    QList<Id> ids;
    auto *list = page.findChild<QTreeWidget *>(u"committeeList"_s);
    for (QTreeWidgetItemIterator it(list); *it; ++it) {
        const Id id = (*it)->data(0, Qt::UserRole).toLongLong();
        if (id > 0)
            ids << id;
    }
    return ids;
}

QTreeWidgetItem *TestCommitteesPage::listItem(const CommitteesPage &page, Id id) const
{
    auto *list = page.findChild<QTreeWidget *>(u"committeeList"_s);
    for (QTreeWidgetItemIterator it(list); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toLongLong() == id)
            return *it;
    }
    return nullptr;
}

void TestCommitteesPage::chooseAgency(Id agency)
{
    auto *combo = field<RecordCombo>("agencyId");
    const int index = combo->findData(agency);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

void TestCommitteesPage::typeDate(const QDate &date)
{
    auto *edit = field<DateEdit>("date");
    edit->lineEdit()->setFocus();
    edit->lineEdit()->selectAll();
    QTest::keyClicks(edit->lineEdit(), date.toString(u"dd/MM/yyyy"_s));
    QTest::keyClick(edit->lineEdit(), Qt::Key_Return);
    QCOMPARE(edit->date(), date);
}

std::pair<Id, QList<CommitteeSuggestion>> TestCommitteesPage::agencyWithSuggestions(
    const QDate &date)
{
    const auto agencies = AgencyRepository(m_test->db()).list();
    for (const Agency &a : *agencies) {
        auto suggestions = CommitteeSuggestions::suggest(m_test->db(), TestDatabase::all(), a.id,
                                                         date);
        if (suggestions && suggestions->size() >= 2)
            return {a.id, *suggestions};
    }
    return {0, {}};
}

QList<FollowUpCommittee> TestCommitteesPage::stored(Id agency) const
{
    return CommitteeRepository(m_test->db()).list(TestDatabase::all(), agency).valueOr({});
}

void TestCommitteesPage::createWithSuggestionsDecisionsAndMinutes()
{
    const QDate date = Passerelle::Clock::today().addDays(21);
    const auto [agency, suggestions] = agencyWithSuggestions(date);
    QVERIFY2(agency > 0, "the demo has no agency with two suggested households");
    const qsizetype before = stored().size();

    field<QPushButton>("newCommittee")->click();
    QVERIFY(m_page->committee().id == 0);
    QVERIFY(!m_page->isModified());
    chooseAgency(agency);
    typeDate(date);
    field<QTimeEdit>("time")->setTime(QTime(9, 30));
    QTest::keyClicks(field<QLineEdit>("place"), u"Salle du conseil"_s);
    QTest::keyClicks(field<QPlainTextEdit>("participants"), u"Marie Martin (CESF)"_s);
    QTest::keyClick(field<QPlainTextEdit>("participants"), Qt::Key_Return);
    QTest::keyClicks(field<QPlainTextEdit>("participants"), u"Anne Rousseau (UCRM)"_s);
    QTest::keyClicks(field<FreeTextEdit>("minutes")->editor(), u"Situations revues ensemble."_s);
    QVERIFY(m_page->isModified());
    QVERIFY(field<QLabel>("modifiedIndicator")->isVisible());

    // The suggested households, with their reasons, all checked: added at once.
    auto *add = field<QPushButton>("addSuggested");
    QVERIFY(add->isEnabled());
    int shown = -1;
    Answerer accept([&shown](QWidget *modal) {
        auto *dialog = qobject_cast<SuggestionsDialog *>(modal);
        if (!dialog)
            return;
        shown = dialog->view()->topLevelItemCount();
        QVERIFY(!dialog->view()->topLevelItem(0)->text(2).isEmpty());
        dialog->accept();
    });
    add->click();
    QCOMPARE(shown, int(suggestions.size()));
    auto *reviews = field<QTableWidget>("reviews");
    QCOMPARE(reviews->rowCount(), int(suggestions.size()));
    for (int i = 0; i < suggestions.size(); ++i) {
        QCOMPARE(m_page->committee().reviews.at(i).householdId, suggestions.at(i).householdId);
        QCOMPARE(m_page->committee().reviews.at(i).reason, suggestions.at(i).reasonText());
        QCOMPARE(reviews->item(i, 0)->text(), suggestions.at(i).reference);
    }
    // One step undoes the whole addition, one redoes it.
    m_page->undoStack()->undo();
    QCOMPARE(reviews->rowCount(), 0);
    QVERIFY(field<QLabel>("emptyReviews")->isVisible());
    m_page->undoStack()->redo();
    QCOMPARE(reviews->rowCount(), int(suggestions.size()));
    // Asking again offers none of those already listed.
    Answerer count([&shown](QWidget *modal) {
        if (auto *dialog = qobject_cast<SuggestionsDialog *>(modal)) {
            shown = dialog->view()->topLevelItemCount();
            QVERIFY(!dialog->findChild<QPushButton *>(u"addChecked"_s)->isEnabled());
            dialog->reject();
        }
    });
    add->click();
    QCOMPARE(shown, 0);

    // A decision and notes for each household.
    auto *decision = field<CodeCombo>("decision");
    auto *notes = field<FreeTextEdit>("decisionNotes");
    const QStringList codes{u"poursuite"_s, u"renforcement"_s, u"mobilisation_partenaire"_s};
    for (int row = 0; row < reviews->rowCount(); ++row) {
        reviews->setCurrentCell(row, 0);
        const int index = decision->findData(codes.at(row % codes.size()));
        decision->setCurrentIndex(index);
        Q_EMIT decision->activated(index);
        notes->editor()->setFocus();
        QTest::keyClicks(notes->editor(), u"Point dans un mois"_s);
        QVERIFY(!reviews->item(row, 3)->text().isEmpty());
    }
    QCOMPARE(m_page->committee().reviews.first().decisionNotes, u"Point dans un mois"_s);

    // Ctrl+S saves.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    reviews->setFocus();
    QSignalSpy modified(m_page.get(), &CommitteesPage::modifiedChanged);
    QTest::keySequence(m_page.get(), QKeySequence::Save);
    QVERIFY(!m_page->isModified());
    QCOMPARE(modified.count(), 1);
    QVERIFY(!field<QLabel>("modifiedIndicator")->isVisible());
    const Id id = m_page->committee().id;
    QVERIFY(id > 0);
    QCOMPARE(stored().size(), before + 1);
    QVERIFY(listItem(*m_page, id));

    // What is stored, and each household's journal records the decision.
    const auto saved = CommitteeRepository(m_test->db()).get(TestDatabase::all(), id);
    QVERIFY(saved.ok());
    QCOMPARE(saved->agencyId, agency);
    QCOMPARE(saved->date, date);
    QCOMPARE(saved->time, QTime(9, 30));
    QCOMPARE(saved->place, u"Salle du conseil"_s);
    QCOMPARE(saved->participants, u"Marie Martin (CESF)\nAnne Rousseau (UCRM)"_s);
    QCOMPARE(saved->minutes, u"Situations revues ensemble."_s);
    QCOMPARE(saved->reviews.size(), suggestions.size());
    for (int i = 0; i < saved->reviews.size(); ++i) {
        const CommitteeReview &r = saved->reviews.at(i);
        QCOMPARE(r.decision, codes.at(i % codes.size()));
        QCOMPARE(r.decisionNotes, u"Point dans un mois"_s);
        const auto journal = AuditRepository(m_test->db())
                                 .forHousehold(TestDatabase::all(), r.householdId);
        QVERIFY(journal.ok());
        const bool recorded = std::any_of(journal->cbegin(), journal->cend(), [&](const auto &e) {
            return e.entity == u"committee_review" && e.summary == r.decision;
        });
        QVERIFY2(recorded, "the decision is not in the household's journal");
    }

    // A new page finds it all again.
    CommitteesPage again(*m_context);
    again.show();
    QVERIFY(listedIds(again).contains(id));
    QVERIFY(again.selectCommittee(id));
    QCOMPARE(again.findChild<QLineEdit *>(u"place"_s)->text(), u"Salle du conseil"_s);
    QCOMPARE(again.findChild<FreeTextEdit *>(u"minutes"_s)->text(),
             u"Situations revues ensemble."_s);
    QCOMPARE(again.findChild<QPlainTextEdit *>(u"participants"_s)->toPlainText(),
             saved->participants);
    QCOMPARE(again.findChild<QTimeEdit *>(u"time"_s)->time(), QTime(9, 30));
    auto *againReviews = again.findChild<QTableWidget *>(u"reviews"_s);
    QCOMPARE(againReviews->rowCount(), int(suggestions.size()));
    againReviews->setCurrentCell(1, 0);
    QCOMPARE(again.findChild<CodeCombo *>(u"decision"_s)->code(), codes.at(1));
    QCOMPARE(again.findChild<FreeTextEdit *>(u"decisionNotes"_s)->text(),
             u"Point dans un mois"_s);
    QCOMPARE(listItem(again, id)->text(2), QString::number(suggestions.size()));
    QCOMPARE(listItem(again, id)->text(3), QString::number(suggestions.size()));
    QVERIFY(!again.isModified());
}

void TestCommitteesPage::searchAddRemoveReorderUndo()
{
    const auto byReference = HouseholdRepository(m_test->db())
                            .findByReference(TestDatabase::all(), u"RES-2024-06"_s);
    QVERIFY(byReference.ok() && byReference->has_value());
    const Id helene = **byReference;
    const auto household = HouseholdRepository(m_test->db())
                               .get(TestDatabase::all(), helene,
                                    HouseholdRepository::Trace::Silent);
    QVERIFY(m_page->newCommittee());
    chooseAgency(household->agencyId);
    typeDate(Passerelle::Clock::today().addDays(7));

    // Accent- and case-insensitive, by name or reference.
    auto *search = field<QLineEdit>("householdSearch");
    auto *found = field<QListWidget>("searchResults");
    QTest::keyClicks(search, u"HELENE"_s);
    QTRY_VERIFY(found->isVisible());
    QTRY_VERIFY(found->count() >= 1);
    bool listed = false;
    for (int i = 0; i < found->count(); ++i)
        listed = listed || found->item(i)->data(Qt::UserRole).toLongLong() == helene;
    QVERIFY(listed);
    search->clear();
    QTest::keyClicks(search, u"res-2024-06"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_page->committee().reviews.size(), 1);
    QCOMPARE(m_page->committee().reviews.first().householdId, helene);
    QVERIFY(search->text().isEmpty());
    // Listed already: not added twice.
    m_page->addHousehold(helene, u"RES-2024-06"_s, QString(), QString());
    QCOMPARE(m_page->committee().reviews.size(), 1);

    // Two more, then reorder and remove.
    const auto others = HouseholdRepository(m_test->db()).list(TestDatabase::all(), [&] {
        HouseholdFilter f;
        f.agencyId = household->agencyId;
        return f;
    }());
    QList<Id> added{helene};
    for (const HouseholdRow &row : *others) {
        if (added.size() == 3)
            break;
        if (row.id != helene) {
            m_page->addHousehold(row.id, row.reference, row.displayName, u"Point d'étape"_s);
            added << row.id;
        }
    }
    auto ids = [this] {
        QList<Id> out;
        for (const CommitteeReview &r : m_page->committee().reviews)
            out << r.householdId;
        return out;
    };
    QCOMPARE(ids(), added);
    auto *reviews = field<QTableWidget>("reviews");
    QCOMPARE(reviews->currentRow(), 2); // the last added is selected
    field<QPushButton>("moveUp")->click();
    QCOMPARE(ids(), (QList<Id>{added[0], added[2], added[1]}));
    QCOMPARE(reviews->currentRow(), 1);
    QVERIFY(!field<QPushButton>("moveUp")->isEnabled() || reviews->currentRow() > 0);
    reviews->setCurrentCell(0, 0);
    QVERIFY(!field<QPushButton>("moveUp")->isEnabled());
    field<QPushButton>("moveDown")->click();
    QCOMPARE(ids(), (QList<Id>{added[2], added[0], added[1]}));
    field<QPushButton>("removeReview")->click();
    QCOMPARE(ids(), (QList<Id>{added[2], added[1]}));
    // The reason can be edited in the table.
    reviews->item(0, 2)->setText(u"Demande du partenaire"_s);
    QCOMPARE(m_page->committee().reviews.first().reason, u"Demande du partenaire"_s);

    // Every step undoes, in order.
    QUndoStack *undo = m_page->undoStack();
    undo->undo();
    QCOMPARE(m_page->committee().reviews.first().reason, u"Point d'étape"_s);
    undo->undo();
    QCOMPARE(ids(), (QList<Id>{added[2], added[0], added[1]}));
    undo->undo();
    QCOMPARE(ids(), (QList<Id>{added[0], added[2], added[1]}));
    undo->undo();
    QCOMPARE(ids(), added);
    // Revert goes back to the blank committee, and can itself be undone.
    field<QPushButton>("revert")->click();
    QVERIFY(!m_page->isModified());
    QCOMPARE(reviews->rowCount(), 0);
    undo->undo();
    QCOMPARE(ids(), added);
    QVERIFY(m_page->isModified());
}

void TestCommitteesPage::cancellingASwitchKeepsTheChanges()
{
    const QList<Id> shown = listedIds(*m_page);
    QVERIFY(shown.size() >= 2);
    const Id first = shown.at(0);
    const Id second = shown.at(1);
    QVERIFY(m_page->selectCommittee(first));
    const QString storedMinutes = m_page->committee().minutes;
    auto *minutes = field<FreeTextEdit>("minutes");
    minutes->editor()->setFocus();
    minutes->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(minutes->editor(), u" Ajout important."_s);
    QVERIFY(m_page->isModified());

    // Choosing another committee in the list asks; "Cancel" keeps everything.
    auto *list = field<QTreeWidget>("committeeList");
    auto cancel = answerQuestion(QMessageBox::Cancel);
    list->setCurrentItem(listItem(*m_page, second));
    QTRY_COMPARE(cancel->answered, 1);
    QTRY_COMPARE(list->currentItem(), listItem(*m_page, first));
    QCOMPARE(m_page->committee().id, first);
    QCOMPARE(m_page->committee().minutes, storedMinutes + u" Ajout important."_s);
    QCOMPARE(minutes->text(), storedMinutes + u" Ajout important."_s);
    QVERIFY(m_page->isModified());
    // The same through the page's API.
    auto cancelAgain = answerQuestion(QMessageBox::Cancel);
    QVERIFY(!m_page->selectCommittee(second));
    QCOMPARE(cancelAgain->answered, 1);
    auto cancelNew = answerQuestion(QMessageBox::Cancel);
    QVERIFY(!m_page->newCommittee());
    QCOMPARE(cancelNew->answered, 1);
    QCOMPARE(m_page->committee().id, first);
    QVERIFY(m_page->isModified());

    // "Discard" drops the changes and shows the other committee; nothing was written.
    auto discard = answerQuestion(QMessageBox::Discard);
    QVERIFY(m_page->selectCommittee(second));
    QCOMPARE(m_page->committee().id, second);
    QVERIFY(!m_page->isModified());
    QCOMPARE(CommitteeRepository(m_test->db()).get(TestDatabase::all(), first)->minutes,
             storedMinutes);

    // "Save" writes them, then switches.
    field<QLineEdit>("place")->end(false); // as a click after the text
    QTest::keyClicks(field<QLineEdit>("place"), u" (2e etage)"_s);
    const QString place = m_page->committee().place;
    auto save = answerQuestion(QMessageBox::Save);
    QVERIFY(m_page->selectCommittee(first));
    QCOMPARE(m_page->committee().id, first);
    QCOMPARE(CommitteeRepository(m_test->db()).get(TestDatabase::all(), second)->place,
             place.trimmed());
}

void TestCommitteesPage::validationBesideTheFields()
{
    const qsizetype before = stored().size();
    QVERIFY(m_page->newCommittee());
    auto *dateMessage = field<FieldMessage>("message_date");
    QVERIFY(!dateMessage->isVisible()); // a blank form is not scolded
    QTest::keyClicks(field<QLineEdit>("place"), u"Salle A"_s);
    QVERIFY(dateMessage->isVisible());
    QVERIFY(!dateMessage->text().isEmpty());
    QVERIFY(!field<FieldMessage>("message_agencyId")->isVisible());
    QVERIFY(!field<QPushButton>("addSuggested")->isEnabled());
    auto ok = answerQuestion(QMessageBox::Ok);
    QVERIFY(!m_page->save());
    QCOMPARE(ok->answered, 1);
    QCOMPARE(stored().size(), before);
    QVERIFY(m_page->isModified());
    typeDate(Passerelle::Clock::today().addDays(3));
    QVERIFY(!dateMessage->isVisible());
    QVERIFY(field<QPushButton>("addSuggested")->isEnabled());
    QVERIFY(m_page->save());
    QCOMPARE(stored().size(), before + 1);
}

void TestCommitteesPage::listFollowsTheAgency()
{
    const auto agencies = AgencyRepository(m_test->db()).list();
    QVERIFY(agencies->size() >= 2);
    auto idsOf = [](const QList<FollowUpCommittee> &list) {
        QList<Id> ids;
        for (const FollowUpCommittee &c : list)
            ids << c.id;
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    auto shown = [this] {
        QList<Id> ids = listedIds(*m_page);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    QCOMPARE(shown(), idsOf(stored()));
    for (const Agency &a : *agencies) {
        m_context->setCurrentAgency(a.id);
        QCOMPARE(field<QComboBox>("agencyFilter")->currentData().toLongLong(), a.id);
        QCOMPARE(shown(), idsOf(stored(a.id)));
        QVERIFY(!shown().isEmpty());
        // A new committee is for that agency.
        QVERIFY(m_page->newCommittee());
        QCOMPARE(m_page->committee().agencyId, a.id);
    }
    m_context->setCurrentAgency(0);
    QCOMPARE(shown(), idsOf(stored()));
}

void TestCommitteesPage::upcomingFirstThenPast()
{
    const QDate today = m_context->today();
    QList<QDate> dates;
    const auto all = stored();
    for (const Id id : listedIds(*m_page)) {
        for (const FollowUpCommittee &c : all) {
            if (c.id == id)
                dates << c.date;
        }
    }
    int firstPast = int(dates.size());
    for (int i = 0; i < dates.size(); ++i) {
        if (dates.at(i) < today) {
            firstPast = i;
            break;
        }
    }
    QVERIFY(firstPast > 0 && firstPast < dates.size()); // the demo has both
    for (int i = 0; i + 1 < dates.size(); ++i) {
        if (i + 1 < firstPast)
            QVERIFY(dates.at(i) <= dates.at(i + 1));
        else if (i >= firstPast)
            QVERIFY(dates.at(i) >= dates.at(i + 1));
    }
    for (int i = firstPast; i < dates.size(); ++i)
        QVERIFY(dates.at(i) < today);
}

void TestCommitteesPage::openingAHousehold()
{
    const Id id = listedIds(*m_page).first();
    QVERIFY(m_page->selectCommittee(id));
    QSignalSpy opened(m_context.get(), &AppContext::openHouseholdRequested);
    auto *reviews = field<QTableWidget>("reviews");
    QVERIFY(reviews->rowCount() > 0);
    reviews->setCurrentCell(0, 0);
    field<QPushButton>("openHousehold")->click();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().at(0).toLongLong(), m_page->committee().reviews.first().householdId);
    QCOMPARE(opened.first().at(1).toString(), u"followup"_s);
    Q_EMIT reviews->cellDoubleClicked(0, 1);
    QCOMPARE(opened.count(), 2);
}

void TestCommitteesPage::deleteAsksFirst()
{
    const Id id = listedIds(*m_page).last();
    QVERIFY(m_page->selectCommittee(id));
    auto cancel = answerQuestion(QMessageBox::Cancel);
    QVERIFY(!m_page->deleteCommittee());
    QVERIFY(CommitteeRepository(m_test->db()).get(TestDatabase::all(), id).ok());
    auto yes = answerQuestion(QMessageBox::Yes);
    QVERIFY(m_page->deleteCommittee());
    QVERIFY(!CommitteeRepository(m_test->db()).get(TestDatabase::all(), id).ok());
    QVERIFY(!listedIds(*m_page).contains(id));
    QVERIFY(!field<QPushButton>("delete")->isEnabled());
}

void TestCommitteesPage::leavingThePageAndClosingTheWindowAsk()
{
    m_page.reset();
    MainWindow window(m_test->db(), Scope::everything(u"test"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(u"committees"_s);
    auto *page = qobject_cast<CommitteesPage *>(window.page(u"committees"_s));
    QVERIFY(page);
    QVERIFY(page->isVisible());
    QCOMPARE(page->title(), window.findChild<QListWidget *>(u"navigation"_s)->currentItem()
                                ->text());
    const Id id = listedIds(*page).first();
    QVERIFY(page->selectCommittee(id));
    auto *place = page->findChild<QLineEdit *>(u"place"_s);
    place->end(false); // as a click after the text
    QTest::keyClicks(place, u" bis"_s);
    QVERIFY(page->isModified());

    // Leaving for another page asks; "Cancel" comes back with the changes.
    auto cancel = answerQuestion(QMessageBox::Cancel);
    window.showPage(u"households"_s);
    QTRY_COMPARE(cancel->answered, 1);
    QTRY_VERIFY(page->isVisible());
    QVERIFY(page->isModified());
    QVERIFY(page->committee().place.endsWith(u" bis"_s));

    // Closing the window asks too; "Cancel" keeps it open.
    auto stay = answerQuestion(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QCOMPARE(stay->answered, 1);
    QVERIFY(window.isVisible());
    QVERIFY(page->isModified());

    // "Save" while leaving writes the changes, and the other page shows.
    auto save = answerQuestion(QMessageBox::Save);
    window.showPage(u"households"_s);
    QTRY_COMPARE(save->answered, 1);
    QTRY_VERIFY(!page->isModified());
    QVERIFY(!page->isVisible());
    QVERIFY(CommitteeRepository(m_test->db()).get(TestDatabase::all(), id)->place.endsWith(
        u" bis"_s));
    QVERIFY(window.close());
}

QTEST_MAIN(TestCommitteesPage)
#include "tst_committeespage.moc"
