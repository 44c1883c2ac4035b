// The editor of the document templates on the demo database: the list of the fields with their
// values for the chosen household, an unknown field shown at its line (clicking the error goes
// there, fixing it clears it and the preview follows), saving into the templates folder of the
// settings (refused without one, or without the right to change the settings), leaving unsaved
// changes asks. Assertions are on values, counts, object names and states, never on wording.
#include "AppContext.h"
#include "Clock.h"
#include "TestChecks.h"
#include "TestDatabase.h"
#include "admin/DirectoryEditors.h"
#include "demo/DemoData.h"
#include "documents/Documents.h"
#include "documents/TemplateEditorDialog.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"
#include "storage/OrganisationRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using namespace Passerelle::Ui;
using Passerelle::Testing::TestDatabase;

namespace {

/// Answers the question about unsaved changes when it shows, with `button`.
class Answerer : public QObject
{
public:
    explicit Answerer(QMessageBox::StandardButton button) : m_button(button)
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"discardTemplateChanges")
                return;
            ++answered;
            if (QAbstractButton *b = box->button(m_button))
                b->click();
            else
                box->reject();
        });
        m_timer.start(10);
    }
    int answered = 0;

private:
    QMessageBox::StandardButton m_button;
    QTimer m_timer;
};

} // namespace

class TestTemplateEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fieldsShowTheChosenHouseholdsValues();
    void errorAtItsLineThenFixed();
    void saveWritesIntoTheTemplatesFolder();
    void noFolderNoSave();
    void withoutTheRightToChangeSettingsNoSave();
    void householdWithoutContractIsSaid();
    void agendaIsPreviewedWithACommittee();
    void closingWithChangesAsks();
    void organisationEditorOpensIt();

private:
    template <typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        auto *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no widget %s", qPrintable(name));
        return found;
    }
    Id id(const QString &reference);
    bool chooseHousehold(TemplateEditorDialog &dialog, const QString &reference);
    void setFolder(const QString &folder);
    static void moveTo(QPlainTextEdit *text, int line);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<QTemporaryDir> m_folder;
};

void TestTemplateEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Testing::installFrenchTranslation();
}

void TestTemplateEditor::init()
{
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(m_test->isValid());
    QVERIFY(Demo::populate(m_test->db(), Passerelle::Clock::today()));
    m_context = std::make_unique<AppContext>(m_test->db(), Scope::everything(u"cfabre"_s));
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    setFolder(m_folder->path());
}

void TestTemplateEditor::cleanup()
{
    m_context.reset();
    m_test.reset();
    m_folder.reset();
}

Id TestTemplateEditor::id(const QString &reference)
{
    auto found = HouseholdRepository(m_test->db()).findByReference(TestDatabase::all(), reference);
    return found && found->has_value() ? **found : 0;
}

void TestTemplateEditor::setFolder(const QString &folder)
{
    QVERIFY_OK(OrganisationRepository(m_test->db())
                       .setSetting(TestDatabase::all(), Documents::templatesFolderKey(), folder));
}

bool TestTemplateEditor::chooseHousehold(TemplateEditorDialog &dialog, const QString &reference)
{
    auto *search = dialog.findChild<QLineEdit *>(u"sampleSearch"_s);
    auto *samples = dialog.findChild<QComboBox *>(u"sampleChoice"_s);
    const Id household = id(reference);
    if (!search || !samples || household <= 0)
        return false;
    search->setText(reference);
    // The search is made after a pause in typing: wait until the list holds its matches only.
    const bool searched = QTest::qWaitFor([&] {
        if (samples->findData(QVariant::fromValue(household)) < 0)
            return false;
        for (int i = 0; i < samples->count(); ++i) {
            if (!samples->itemText(i).contains(reference, Qt::CaseInsensitive))
                return false;
        }
        return true;
    });
    if (!searched)
        return false;
    samples->setCurrentIndex(samples->findData(QVariant::fromValue(household)));
    return samples->currentData().toLongLong() == household;
}

void TestTemplateEditor::moveTo(QPlainTextEdit *text, int line)
{
    text->setTextCursor(QTextCursor(text->document()->findBlockByNumber(line - 1)));
}

void TestTemplateEditor::fieldsShowTheChosenHouseholdsValues()
{
    TemplateEditorDialog dialog(*m_context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.objectName(), u"templateEditor"_s);
    auto *choice = child<QComboBox>(&dialog, u"templateChoice"_s);
    QVERIFY(choice);
    QCOMPARE(choice->count(), 3);
    QCOMPARE(choice->currentIndex(), 0); // the contract
    QVERIFY(chooseHousehold(dialog, u"RES-2024-06"_s));

    auto *fields = child<QTreeWidget>(&dialog, u"templateFields"_s);
    QVERIFY(fields);
    QCOMPARE(fields->columnCount(), 3);
    const QList<QTreeWidgetItem *> found =
            fields->findItems(u"household.reference"_s, Qt::MatchExactly | Qt::MatchRecursive, 0);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()->text(2), u"RES-2024-06"_s);
    // The fields of a list's items are under it.
    const QList<QTreeWidgetItem *> titles =
            fields->findItems(u"title"_s, Qt::MatchExactly | Qt::MatchRecursive, 0);
    QCOMPARE(titles.size(), 1);
    QVERIFY(titles.first()->parent());
    QCOMPARE(titles.first()->parent()->text(0), u"objectives"_s);

    auto *preview = child<QTextBrowser>(&dialog, u"templatePreview"_s);
    QVERIFY(preview);
    QTRY_VERIFY(preview->toPlainText().contains(u"RES-2024-06"_s));

    // The filter keeps the matching fields and the lists they are in.
    auto *filter = child<QLineEdit>(&dialog, u"fieldFilter"_s);
    QVERIFY(filter);
    filter->setText(u"reference"_s);
    QVERIFY(!found.first()->isHidden());
    const QList<QTreeWidgetItem *> names =
            fields->findItems(u"household.name"_s, Qt::MatchExactly | Qt::MatchRecursive, 0);
    QCOMPARE(names.size(), 1);
    QVERIFY(names.first()->isHidden());
    filter->clear();
    QVERIFY(!names.first()->isHidden());

    // The field chosen is written at the cursor.
    auto *text = child<QPlainTextEdit>(&dialog, u"templateText"_s);
    QVERIFY(text);
    moveTo(text, 3);
    // Chosen in the list, then « Insérer » (a double-click does the same).
    fields->setCurrentItem(names.first());
    child<QPushButton>(&dialog, u"insertField"_s)->click();
    QVERIFY2(text->document()->findBlockByNumber(2).text().startsWith(u"{{household.name}}"_s),
             qPrintable(text->document()->findBlockByNumber(2).text()));
    QVERIFY(dialog.isModified());
    // A list is written with its closing tag, the cursor inside.
    const QList<QTreeWidgetItem *> axes =
            fields->findItems(u"axes"_s, Qt::MatchExactly | Qt::MatchRecursive, 0);
    QCOMPARE(axes.size(), 1);
    moveTo(text, 4);
    fields->setCurrentItem(axes.first());
    auto *insert = child<QPushButton>(&dialog, u"insertField"_s);
    QVERIFY(insert && insert->isEnabled());
    insert->click();
    QVERIFY(text->document()->findBlockByNumber(3).text().startsWith(u"{{#axes}}{{/axes}}"_s));
    QCOMPARE(text->textCursor().positionInBlock(), int(u"{{#axes}}"_s.size()));
    dialog.hide();
    text->document()->setModified(false);
}

void TestTemplateEditor::errorAtItsLineThenFixed()
{
    TemplateEditorDialog dialog(*m_context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(chooseHousehold(dialog, u"RES-2024-06"_s));
    auto *text = child<QPlainTextEdit>(&dialog, u"templateText"_s);
    auto *errors = child<QListWidget>(&dialog, u"templateErrors"_s);
    auto *preview = child<QTextBrowser>(&dialog, u"templatePreview"_s);
    auto *message = child<QLabel>(&dialog, u"previewMessage"_s);
    QVERIFY(text && errors && preview && message);
    QTRY_VERIFY(preview->toPlainText().contains(u"RES-2024-06"_s));
    QCOMPARE(errors->count(), 0);

    // An unknown field typed on line 3.
    moveTo(text, 3);
    text->setFocus();
    QTest::keyClicks(text, u"{{nope}}"_s);
    QTRY_COMPARE(errors->count(), 1);
    QListWidgetItem *error = errors->item(0);
    QCOMPARE(error->data(Qt::UserRole).toInt(), 3);
    QVERIFY2(error->text().contains(u"3"_s), qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"nope"_s), qPrintable(error->text()));
    // The preview keeps its last good state, and says why.
    QVERIFY(preview->toPlainText().contains(u"RES-2024-06"_s));
    QVERIFY(message->isVisibleTo(&dialog));
    QVERIFY(!message->text().isEmpty());
    // The line is highlighted.
    QCOMPARE(text->extraSelections().size(), 1);
    QCOMPARE(text->extraSelections().first().cursor.blockNumber(), 2);

    // Clicking the error goes to its line.
    moveTo(text, 1);
    QCOMPARE(text->textCursor().blockNumber(), 0);
    errors->scrollToItem(error);
    QTest::mouseClick(errors->viewport(), Qt::LeftButton, {},
                      errors->visualItemRect(error).center());
    QCOMPARE(text->textCursor().blockNumber(), 2);
    QCOMPARE(text->extraSelections().size(), 1);
    QCOMPARE(text->extraSelections().first().cursor.blockNumber(), 2);

    // Fixed: no error, nothing highlighted, the preview filled in again.
    const QTextCursor typed = text->document()->find(u"{{nope}}"_s);
    QVERIFY(!typed.isNull());
    text->setTextCursor(typed);
    QTest::keyClick(text, Qt::Key_Delete);
    QTRY_COMPARE(errors->count(), 0);
    QVERIFY(text->extraSelections().isEmpty());
    QVERIFY(!message->isVisibleTo(&dialog));
    QVERIFY(preview->toPlainText().contains(u"RES-2024-06"_s));

    // A known field written where the page shows it: the preview shows its value.
    const QTextCursor heading = text->document()->find(u"<h2>Entre les soussign"_s);
    QVERIFY(!heading.isNull());
    QTextCursor before = heading;
    before.setPosition(heading.selectionStart());
    text->setTextCursor(before);
    QTest::keyClicks(text, u"<p>Marker {{household.name}}</p>"_s);
    QTRY_VERIFY(preview->toPlainText().contains(u"Marker"_s));
    auto *fields = child<QTreeWidget>(&dialog, u"templateFields"_s);
    QVERIFY(fields);
    const QList<QTreeWidgetItem *> names =
            fields->findItems(u"household.name"_s, Qt::MatchExactly | Qt::MatchRecursive, 0);
    QCOMPARE(names.size(), 1);
    const QString name = names.first()->text(2);
    QVERIFY(!name.isEmpty());
    QVERIFY2(preview->toPlainText().contains(name), qPrintable(name));
    text->document()->setModified(false);
}

void TestTemplateEditor::saveWritesIntoTheTemplatesFolder()
{
    TemplateEditorDialog dialog(*m_context);
    dialog.show();
    auto *text = child<QPlainTextEdit>(&dialog, u"templateText"_s);
    auto *save = child<QPushButton>(&dialog, u"saveTemplate"_s);
    QVERIFY(text && save);
    QVERIFY(!save->isEnabled()); // nothing changed yet

    const QTextCursor heading = text->document()->find(u"<h2>Entre les soussign"_s);
    QVERIFY(!heading.isNull());
    QTextCursor before = heading;
    before.setPosition(heading.selectionStart());
    text->setTextCursor(before);
    text->setFocus();
    QTest::keyClicks(text, u"<p>Version de la maison</p>"_s);
    QVERIFY(dialog.isModified());
    QVERIFY(save->isEnabled());
    save->click();
    QVERIFY(!dialog.isModified());
    QVERIFY(!save->isEnabled());

    const QString path = QDir(m_folder->path()).filePath(u"contract.html"_s);
    QVERIFY(QFile::exists(path));
    QCOMPARE(QString::fromUtf8(Testing::fileBytes(path)), text->toPlainText());
    QVERIFY(text->toPlainText().contains(u"<p>Version de la maison</p>"_s));
    QVERIFY_OK(Documents::checkTemplatesFolder(m_folder->path()));
    auto loaded = Template::load(u"contract.html"_s, m_folder->path(),
                                 ContractDocument::vocabulary());
    QVERIFY_OK(loaded);
    QCOMPARE(loaded->origin(), path);

    // A template with an error is not written.
    moveTo(text, 3);
    QTest::keyClicks(text, u"{{nope}}"_s);
    QVERIFY(save->isEnabled());
    QVERIFY(!dialog.save());
    QVERIFY(!Testing::fileBytes(path).contains("{{nope}}"));
    QVERIFY(dialog.isModified());

    // The shipped template comes back into the editor, to save or undo.
    auto *restore = child<QPushButton>(&dialog, u"restoreShipped"_s);
    QVERIFY(restore);
    restore->click();
    QFile shipped(u":/passerelle/templates/contract.html"_s);
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QCOMPARE(text->toPlainText(), QString::fromUtf8(shipped.readAll()));
    auto *errors = child<QListWidget>(&dialog, u"templateErrors"_s);
    QCOMPARE(errors->count(), 0);
    QVERIFY(dialog.save());
    QVERIFY(!Testing::fileBytes(path).contains("Version de la maison"));
    QVERIFY_OK(Documents::checkTemplatesFolder(m_folder->path()));
}

void TestTemplateEditor::noFolderNoSave()
{
    setFolder(QString());
    TemplateEditorDialog dialog(*m_context);
    dialog.show();
    auto *text = child<QPlainTextEdit>(&dialog, u"templateText"_s);
    auto *save = child<QPushButton>(&dialog, u"saveTemplate"_s);
    auto *hint = child<QLabel>(&dialog, u"templateFolderHint"_s);
    QVERIFY(text && save && hint);
    moveTo(text, 3);
    text->setFocus();
    QTest::keyClicks(text, u"<!-- x -->"_s);
    QVERIFY(dialog.isModified());
    QVERIFY(!save->isEnabled());
    QVERIFY(!save->toolTip().isEmpty());
    QVERIFY(!hint->text().isEmpty());
    QVERIFY(!dialog.save());
    QVERIFY(QDir(m_folder->path()).isEmpty());
    text->document()->setModified(false);
}

void TestTemplateEditor::withoutTheRightToChangeSettingsNoSave()
{
    auto agencies = AgencyRepository(m_test->db()).list();
    QVERIFY_OK(agencies);
    QVERIFY(!agencies->isEmpty());
    AppContext cesf(m_test->db(), Scope::agency(agencies->first().id, u"cesf"_s));
    QVERIFY(!cesf.scope().may(Permission::ManageSettings));
    TemplateEditorDialog dialog(cesf);
    dialog.show();
    auto *text = child<QPlainTextEdit>(&dialog, u"templateText"_s);
    auto *save = child<QPushButton>(&dialog, u"saveTemplate"_s);
    QVERIFY(text && save);
    moveTo(text, 3);
    text->setFocus();
    QTest::keyClicks(text, u"<!-- x -->"_s);
    QVERIFY(dialog.isModified());
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog.save());
    QVERIFY(!QFile::exists(QDir(m_folder->path()).filePath(u"contract.html"_s)));
    text->document()->setModified(false);
}

void TestTemplateEditor::householdWithoutContractIsSaid()
{
    // A household of the demo with no contract.
    auto rows = HouseholdRepository(m_test->db()).list(TestDatabase::all());
    QVERIFY_OK(rows);
    QString without;
    for (const HouseholdRow &row : std::as_const(*rows)) {
        auto contracts = ContractRepository(m_test->db()).forHousehold(TestDatabase::all(), row.id);
        QVERIFY_OK(contracts);
        if (contracts->isEmpty()) {
            without = row.reference;
            break;
        }
    }
    if (without.isEmpty()) {
        // A household just referred: no contract yet.
        Household fresh;
        fresh.reference = u"SANS-CONTRAT-01"_s;
        fresh.agencyId = rows->first().agencyId;
        Member member;
        member.lastName = u"DURAND"_s;
        member.firstName = u"Alice"_s;
        member.role = u"titulaire"_s;
        fresh.members << member;
        QVERIFY_OK(HouseholdRepository(m_test->db()).save(TestDatabase::all(), fresh));
        without = fresh.reference;
    }

    TemplateEditorDialog dialog(*m_context);
    dialog.show();
    QVERIFY(chooseHousehold(dialog, without));
    auto *message = child<QLabel>(&dialog, u"previewMessage"_s);
    auto *errors = child<QListWidget>(&dialog, u"templateErrors"_s);
    auto *fields = child<QTreeWidget>(&dialog, u"templateFields"_s);
    QVERIFY(message && errors && fields);
    QTRY_VERIFY(message->isVisibleTo(&dialog));
    QVERIFY(message->text().contains(without));
    QCOMPARE(errors->count(), 0); // the template itself is right
    const QList<QTreeWidgetItem *> found =
            fields->findItems(u"household.reference"_s, Qt::MatchExactly | Qt::MatchRecursive, 0);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first()->text(2).isEmpty());
}

void TestTemplateEditor::agendaIsPreviewedWithACommittee()
{
    TemplateEditorDialog dialog(*m_context);
    dialog.show();
    auto *choice = child<QComboBox>(&dialog, u"templateChoice"_s);
    auto *samples = child<QComboBox>(&dialog, u"sampleChoice"_s);
    auto *search = child<QLineEdit>(&dialog, u"sampleSearch"_s);
    auto *text = child<QPlainTextEdit>(&dialog, u"templateText"_s);
    auto *fields = child<QTreeWidget>(&dialog, u"templateFields"_s);
    auto *preview = child<QTextBrowser>(&dialog, u"templatePreview"_s);
    QVERIFY(choice && samples && search && text && fields && preview);
    choice->setCurrentIndex(2);
    QVERIFY(!search->isVisibleTo(&dialog));
    QFile shipped(u":/passerelle/templates/committee_agenda.html"_s);
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QCOMPARE(text->toPlainText(), QString::fromUtf8(shipped.readAll()));
    QVERIFY(!dialog.isModified());
    QCOMPARE(fields->findItems(u"committee.date"_s, Qt::MatchExactly | Qt::MatchRecursive, 0)
                     .size(),
             1);
    if (samples->count() > 0)
        QTRY_VERIFY(!preview->toPlainText().trimmed().isEmpty());

    // Back to the convocation: a household again.
    choice->setCurrentIndex(1);
    QVERIFY(search->isVisibleTo(&dialog));
    QVERIFY(text->toPlainText().contains(u"{{household.reference}}"_s));
}

void TestTemplateEditor::closingWithChangesAsks()
{
    TemplateEditorDialog dialog(*m_context);
    dialog.show();
    auto *text = child<QPlainTextEdit>(&dialog, u"templateText"_s);
    QVERIFY(text);
    moveTo(text, 3);
    text->setFocus();
    QTest::keyClicks(text, u"<!-- x -->"_s);
    QVERIFY(dialog.isModified());
    {
        Answerer cancel(QMessageBox::Cancel);
        dialog.reject();
        QCOMPARE(cancel.answered, 1);
        QVERIFY(dialog.isVisible());
    }
    {
        // Another template asks too; cancelled, the choice stays.
        auto *choice = child<QComboBox>(&dialog, u"templateChoice"_s);
        Answerer cancel(QMessageBox::Cancel);
        choice->setCurrentIndex(1);
        QCOMPARE(cancel.answered, 1);
        QCOMPARE(choice->currentIndex(), 0);
        QVERIFY(text->toPlainText().contains(u"<!-- x -->"_s));
    }
    {
        Answerer discard(QMessageBox::Discard);
        dialog.reject();
        QCOMPARE(discard.answered, 1);
        QVERIFY(!dialog.isVisible());
    }
    QVERIFY(!QFile::exists(QDir(m_folder->path()).filePath(u"contract.html"_s)));
}

void TestTemplateEditor::organisationEditorOpensIt()
{
    OrganisationEditor editor(*m_context);
    editor.show();
    auto *button = child<QPushButton>(&editor, u"editTemplates"_s);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    bool seen = false;
    QTimer::singleShot(0, &editor, [&seen] {
        if (auto *dialog = qobject_cast<TemplateEditorDialog *>(
                    QApplication::activeModalWidget())) {
            seen = dialog->objectName() == u"templateEditor";
            dialog->reject();
        }
    });
    button->click();
    QVERIFY(seen);
}

QTEST_MAIN(TestTemplateEditor)
#include "tst_templateeditor.moc"
