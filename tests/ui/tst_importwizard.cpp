// Fichier › Importer des tableaux… : the import wizard driven as the innovation officer would,
// on a real base. Every malformed file of the import tests shows each of the core's messages
// in the table of problems, the import stays impossible, and the base is unchanged; what was
// recognised in the files is shown; a good pair of files imports and the last page gives the
// right counts (journaled under the officer's account, and the main window's screens reload);
// cancelling mid-import, or closing the window, writes nothing; the list of problems is saved
// as a CSV with every row.
#include "AppContext.h"
#include "ImportSamples.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestDatabase.h"
#include "exchange/Import.h"
#include "import/ImportPages.h"
#include "import/ImportProblemsModel.h"
#include "import/ImportRunner.h"
#include "import/ImportWizard.h"
#include "storage/HouseholdRepository.h"
#include "storage/Tables.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using namespace Passerelle::Ui;
using namespace Passerelle::Testing::ImportSamples;
using Passerelle::Testing::TestDatabase;

namespace {

/// Rows per table, the journal included: a refused or cancelled import writes nothing at all.
QMap<QString, qint64> rowCounts(Database &db)
{
    QMap<QString, qint64> counts;
    for (const QString &table : Tables::allTableNames())
        counts.insert(table, db.scalar(u"SELECT COUNT(*) FROM "_s + table)->toLongLong());
    return counts;
}

/// Every value of every table, for "the same content" checks.
QStringList content(Database &db)
{
    QStringList rows;
    for (const QString &table : Tables::allTableNames()) {
        auto q = db.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1"_s);
        if (!q)
            return {q.error().fullText()};
        while (q->next()) {
            QStringList values{table};
            for (int i = 0; i < q->record().count(); ++i)
                values << q->value(i).toString();
            rows << values.join(u'|');
        }
    }
    return rows;
}

QStringList french(const QStringList &plain)
{
    QStringList out;
    for (const QString &t : plain)
        out << Testing::french(t);
    return out;
}

QStringList texts(const QList<Import::Problem> &problems)
{
    QStringList out;
    for (const Import::Problem &p : problems)
        out << p.text();
    return out;
}

/// The rows of the table of problems, each as the core's one sentence (Problem::text),
/// rebuilt from the cells shown: file, line, column, value, message.
QStringList shownProblems(QTableView *view, bool errors)
{
    QStringList out;
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ImportProblemsModel::IsErrorRole).toBool() != errors)
            continue;
        const auto cell = [&](int column) { return model->index(row, column).data().toString(); };
        Import::Problem p;
        p.file = cell(ImportProblemsModel::FileColumn);
        p.line = cell(ImportProblemsModel::LineColumn).toInt();
        p.column = cell(ImportProblemsModel::ColumnColumn);
        p.value = cell(ImportProblemsModel::ValueColumn);
        p.message = cell(ImportProblemsModel::MessageColumn);
        out << p.text();
    }
    return out;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void malformedFilesShowEveryMessage_data();
    void malformedFilesShowEveryMessage();
    void detectionShowsWhatWasRecognised();
    void goodFilesImport();
    void checkAgainAfterCorrecting();
    void cancelMidImportChangesNothing();
    void closingMidImportChangesNothing();
    void savedListHasEveryRow();
    void mainWindowImportsAndRefreshes();
    void importActionFollowsTheRole();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    /// Files chosen, then « Suivant » up to the check page, once the check is done.
    void driveToCheck(ImportWizard &wizard, const QString &households, const QString &contacts);
    void waitForRunner(ImportWizard &wizard);
    /// Many households and contacts: an import of many progress steps.
    void writeLargeFiles(QString &households, QString &contacts);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<QTemporaryDir> m_files;
    Scope m_scope = Scope::everything(u"mdelmas"_s);
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PasserelleTests"_s);
    QCoreApplication::setApplicationName(u"tst_importwizard"_s);
    Testing::installFrenchTranslation();
}

void TestImportWizard::init()
{
    QSettings().clear();
    m_test = std::make_unique<TestDatabase>();
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_test->isValid());
    QVERIFY(m_files->isValid());
    QVERIFY(addDirectories(m_test->db(), m_scope));
    // The household one malformed sample names; a refused import must leave it as it was.
    Import::Options options;
    options.householdsPath = writeFile(u"stored-households.csv"_s, storedHouseholds());
    options.contactsPath = writeFile(u"stored-contacts.csv"_s, storedContacts());
    const Import::Report stored = Import::run(m_test->db(), m_scope, options);
    QVERIFY2(stored.ok(), qPrintable(texts(stored.errors).join(u'\n')));
}

void TestImportWizard::cleanup()
{
    m_test.reset();
    m_files.reset();
    QSettings().clear();
}

QString TestImportWizard::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_files->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestImportWizard::waitForRunner(ImportWizard &wizard)
{
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.runner().isRunning(), 60000);
}

void TestImportWizard::driveToCheck(ImportWizard &wizard, const QString &households,
                                    const QString &contacts)
{
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilesPageId));
    // « Suivant » waits for the households file.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    auto *householdsEdit = wizard.findChild<QLineEdit *>(u"householdsFile"_s);
    auto *contactsEdit = wizard.findChild<QLineEdit *>(u"contactsFile"_s);
    QVERIFY(householdsEdit && contactsEdit);
    householdsEdit->setText(households);
    contactsEdit->setText(contacts);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.householdsPath(), households);
    QCOMPARE(wizard.contactsPath(), contacts);

    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::DetectionPageId));
    waitForRunner(wizard);
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
    waitForRunner(wizard);
}

void TestImportWizard::malformedFilesShowEveryMessage_data()
{
    QTest::addColumn<QByteArray>("households");
    QTest::addColumn<QByteArray>("contacts");
    QTest::addColumn<QStringList>("expected");
    for (const auto &sample : malformedImports()) {
        QTest::newRow(qPrintable(sample.name))
                << sample.households << sample.contacts << sample.expected;
    }
}

void TestImportWizard::malformedFilesShowEveryMessage()
{
    QFETCH(QByteArray, households);
    QFETCH(QByteArray, contacts);
    QFETCH(QStringList, expected);
    const QString householdsPath = writeFile(u"households.csv"_s, households);
    const QString contactsPath = contacts.isNull() ? QString()
                                                   : writeFile(u"contacts.csv"_s, contacts);
    QVERIFY(!householdsPath.isEmpty());
    const auto before = rowCounts(m_test->db());
    const QStringList stored = content(m_test->db());

    ImportWizard wizard(m_test->db(), m_scope);
    driveToCheck(wizard, householdsPath, contactsPath);
    if (QTest::currentTestFailed())
        return;

    // Every error the core reports, exactly, in the table (and the warnings too).
    Import::Options dry;
    dry.householdsPath = householdsPath;
    dry.contactsPath = contactsPath;
    dry.dryRun = true;
    const Import::Report core = Import::run(m_test->db(), m_scope, dry);
    QCOMPARE(texts(core.errors), french(expected));
    auto *view = wizard.findChild<QTableView *>(u"problems"_s);
    QVERIFY(view && view->isVisible());
    QAbstractItemModelTester tester(view->model());
    QCOMPARE(shownProblems(view, true), texts(core.errors));
    QCOMPARE(shownProblems(view, false), texts(core.warnings));
    QCOMPARE(view->model()->rowCount(), int(core.errors.size() + core.warnings.size()));

    // The counts, what to do, and no way to import.
    auto *summary = wizard.findChild<QLabel *>(u"summary"_s);
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(expected.size() == 1 ? u"1 erreur"_s
                                                           : u"%1 erreurs"_s.arg(expected.size())),
             qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(u"corrigez les fichiers"_s), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(Testing::french(u"« Vérifier à nouveau »"_s)));
    QVERIFY(wizard.findChild<QPushButton *>(u"recheck"_s)->isEnabled());
    QAbstractButton *import = wizard.button(QWizard::CommitButton);
    QVERIFY(import->isVisible());
    QCOMPARE(import->text(), u"&Importer"_s);
    QVERIFY(!import->isEnabled());
    QVERIFY(!wizard.currentPage()->isComplete());

    // Nothing written, not even a journal entry.
    QCOMPARE(rowCounts(m_test->db()), before);
    QCOMPARE(content(m_test->db()), stored);
}

void TestImportWizard::detectionShowsWhatWasRecognised()
{
    const QString households = writeFile(
            u"suivi LAAVA.csv"_s,
            windows1252(u"Référence;NOM;Prénom;Remarque;type ménage;agence;dispositif;"
                        u"date_debut_accompagnement\r\nR1;Dupont;Hélène;à voir;nouvel_entrant;"
                        u"TLS-N;LAAVA;01/03/2019\r\nR2;Martin;Paul;;nouvel_entrant;TLS-N;LAAVA;"
                        u"01/04/2019\r\n"_s));
    const QString contacts = writeFile(u"contacts.csv"_s,
                                       lines({u"reference,date,type"_s,
                                              u"R1,02/03/2019,telephone"_s}));
    ImportWizard wizard(m_test->db(), m_scope);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFiles(households, contacts);
    wizard.next();
    waitForRunner(wizard);
    auto *householdsBox = wizard.findChild<QGroupBox *>(u"householdsInspection"_s);
    auto *contactsBox = wizard.findChild<QGroupBox *>(u"contactsInspection"_s);
    QVERIFY(householdsBox && contactsBox);
    QCOMPARE(householdsBox->title(), u"Ménages — suivi LAAVA.csv"_s);
    const QString facts = householdsBox->findChild<QLabel *>(u"facts"_s)->text();
    QVERIFY2(facts.contains(u"Windows-1252"_s), qPrintable(facts));
    QVERIFY2(facts.contains(u"point-virgule (;)"_s), qPrintable(facts));
    QVERIFY2(facts.contains(u"2 lignes de données"_s), qPrintable(facts));
    auto *table = householdsBox->findChild<QTableWidget *>(u"recognised"_s);
    QVERIFY(table);
    // The columns of the file, each with the column it is read as (Import::inspect's).
    const Import::FileInspection seen = Import::inspect(households, Import::FileKind::Households);
    QCOMPARE(table->rowCount(), int(seen.recognised.size()));
    QCOMPARE(table->rowCount(), 7);
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->item(row, 0)->text(), seen.recognised.at(row).header);
        QCOMPARE(table->item(row, 0)->data(Qt::UserRole).toString(),
                 seen.recognised.at(row).column);
        QVERIFY(table->item(row, 1)->text().size() > 5);
    }
    QCOMPARE(table->item(0, 0)->text(), u"Référence"_s);
    QCOMPARE(table->item(0, 1)->text(), u"Le numéro de dossier de l'unité (un par ménage et "
                                        u"dispositif)"_s);
    const QString unknown = householdsBox->findChild<QLabel *>(u"unknown"_s)->text();
    QVERIFY2(unknown.contains(u"Remarque"_s) && unknown.contains(u"ignorée"_s),
             qPrintable(unknown));
    const QString contactFacts = contactsBox->findChild<QLabel *>(u"facts"_s)->text();
    QVERIFY2(contactFacts.contains(u"virgule (,)"_s) && contactFacts.contains(u"UTF-8"_s),
             qPrintable(contactFacts));
    QCOMPARE(contactsBox->findChild<QTableWidget *>(u"recognised"_s)->rowCount(), 3);

    // A file that cannot be read says why; a missing column is named.
    const QString spreadsheet = writeFile(u"classeur.csv"_s,
                                          QByteArrayLiteral("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0"));
    const QString noKind = writeFile(
            u"sans-type.csv"_s,
            lines({u"reference;nom;prenom;agence;dispositif;date_debut_accompagnement"_s,
                   u"R1;Dupont;Hélène;TLS-N;LAAVA;01/03/2019"_s}));
    wizard.back();
    wizard.setFiles(noKind, spreadsheet);
    wizard.next();
    waitForRunner(wizard);
    householdsBox = wizard.findChild<QGroupBox *>(u"householdsInspection"_s);
    contactsBox = wizard.findChild<QGroupBox *>(u"contactsInspection"_s);
    QVERIFY(householdsBox && contactsBox);
    const QString missing = householdsBox->findChild<QLabel *>(u"missing"_s)->text();
    QVERIFY2(missing.contains(u"type_menage"_s), qPrintable(missing));
    const QString unreadable = contactsBox->findChild<QLabel *>(u"unreadable"_s)->text();
    QVERIFY2(unreadable.contains(u"classeur"_s), qPrintable(unreadable));
}

void TestImportWizard::goodFilesImport()
{
    const QString households = writeFile(u"households.csv"_s, fullHouseholds());
    const QString contacts = writeFile(u"contacts.csv"_s, fullContacts());
    const qint64 journalBefore = m_test->db()
                                         .scalar(u"SELECT COUNT(*) FROM audit_log WHERE login = "
                                                 u"'mdelmas'"_s)
                                         ->toLongLong();
    ImportWizard wizard(m_test->db(), m_scope);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    driveToCheck(wizard, households, contacts);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(wizard.checkReport().ok(), qPrintable(texts(wizard.checkReport().errors).join(u'\n')));
    auto *summary = wizard.findChild<QLabel *>(u"summary"_s);
    QVERIFY2(summary->text().contains(Testing::french(u"ménages : 2 créés, 0 mis à jour"_s)),
             qPrintable(summary->text()));
    QAbstractButton *import = wizard.button(QWizard::CommitButton);
    QVERIFY(import->isEnabled());
    import->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ProgressPageId));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::DonePageId), 60000);

    QVERIFY(wizard.wasImported());
    QCOMPARE(imported.size(), 1);
    const auto shown = [&wizard](const QString &name) {
        auto *label = wizard.findChild<QLabel *>(name);
        return label && label->isVisible() ? label->text() : u"(absent)"_s;
    };
    QCOMPARE(shown(u"householdsCreated"_s), u"2"_s);
    QCOMPARE(shown(u"householdsUpdated"_s), u"0"_s);
    QCOMPARE(shown(u"supportsCreated"_s), u"3"_s);
    QCOMPARE(shown(u"supportsUpdated"_s), u"0"_s);
    QCOMPARE(shown(u"contactsCreated"_s), u"3"_s);
    QCOMPARE(shown(u"contactsAlreadyPresent"_s), u"0"_s);
    QVERIFY(shown(u"outcome"_s).contains(u"L'import est terminé"_s));
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());

    // In the base, journaled under the officer's account.
    HouseholdRepository repository(m_test->db());
    for (const QString &reference : {u"2019-001"_s, u"2019-002"_s}) {
        const auto id = repository.findByReference(m_scope, reference);
        QVERIFY(id && id->has_value());
    }
    const qint64 journalAfter = m_test->db()
                                        .scalar(u"SELECT COUNT(*) FROM audit_log WHERE login = "
                                                u"'mdelmas'"_s)
                                        ->toLongLong();
    QVERIFY2(journalAfter >= journalBefore + 2 + 3 + 3,
             qPrintable(u"%1 -> %2"_s.arg(journalBefore).arg(journalAfter)));

    // The same files again: nothing new, the contacts found already present.
    ImportWizard again(m_test->db(), m_scope);
    driveToCheck(again, households, contacts);
    again.button(QWizard::CommitButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(again.currentId(), int(ImportWizard::DonePageId), 60000);
    QCOMPARE(again.findChild<QLabel *>(u"householdsCreated"_s)->text(), u"0"_s);
    QCOMPARE(again.findChild<QLabel *>(u"contactsAlreadyPresent"_s)->text(), u"3"_s);
}

void TestImportWizard::checkAgainAfterCorrecting()
{
    const QString households = writeFile(
            u"households.csv"_s,
            lines({Required, u"R1;Dupont;Hélène;nouvel_entrant;TLS-N;LAAVA;31/02/2019"_s}));
    ImportWizard wizard(m_test->db(), m_scope);
    driveToCheck(wizard, households, QString());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(wizard.checkReport().errors.size(), 1);
    // The officer corrects the file and checks again.
    QVERIFY(!writeFile(u"households.csv"_s, lines({Required, validLine()})).isEmpty());
    wizard.findChild<QPushButton *>(u"recheck"_s)->click();
    waitForRunner(wizard);
    QTRY_VERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    QVERIFY(wizard.checkReport().ok());
    QCOMPARE(wizard.findChild<QTableView *>(u"problems"_s)->model()->rowCount(), 0);
}

void TestImportWizard::writeLargeFiles(QString &households, QString &contacts)
{
    QStringList h{Required};
    QStringList c{u"reference;date;type"_s};
    for (int i = 1; i <= 300; ++i) {
        const QString reference = u"G%1"_s.arg(i, 4, 10, QChar(u'0'));
        h << reference + u";Nom%1;Prénom;nouvel_entrant;TLS-N;LAAVA;01/03/2019"_s.arg(i);
        for (int k = 1; k <= 10; ++k)
            c << reference + u";%1/04/2019;telephone"_s.arg(k, 2, 10, QChar(u'0'));
    }
    households = writeFile(u"households.csv"_s, lines(h));
    contacts = writeFile(u"contacts.csv"_s, lines(c));
}

void TestImportWizard::cancelMidImportChangesNothing()
{
    QString households;
    QString contacts;
    writeLargeFiles(households, contacts);
    ImportWizard wizard(m_test->db(), m_scope);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    driveToCheck(wizard, households, contacts);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(wizard.checkReport().ok(), qPrintable(texts(wizard.checkReport().errors).join(u'\n')));
    QCOMPARE(wizard.checkReport().householdsCreated, 300);
    QCOMPARE(wizard.checkReport().contactsCreated, 3000);
    const auto before = rowCounts(m_test->db());
    const QStringList stored = content(m_test->db());

    // The import pauses halfway (in its thread), the officer clicks « Annuler l'import ».
    std::atomic_bool paused{false};
    QSemaphore resume;
    wizard.runner().setStepHook([&](qint64 done, qint64 total) {
        if (total > 0 && done * 2 >= total && !paused.exchange(true))
            resume.acquire();
    });
    wizard.button(QWizard::CommitButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ProgressPageId));
    QTRY_VERIFY_WITH_TIMEOUT(paused.load(), 60000);
    // Meanwhile the window answers: its progress bar moves, the base reads.
    QVERIFY(wizard.runner().isRunning());
    QTRY_VERIFY(wizard.findChild<QProgressBar *>(u"importProgress"_s)->value() > 0);
    QVERIFY(m_test->db().scalar(u"SELECT COUNT(*) FROM households"_s));
    auto *cancel = wizard.findChild<QPushButton *>(u"cancelImport"_s);
    QVERIFY(cancel && cancel->isVisible() && cancel->isEnabled());
    QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(wizard.findChild<QLabel *>(u"status"_s)->text().contains(u"Rien ne sera écrit"_s));
    resume.release();

    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::DonePageId), 60000);
    QVERIFY(wizard.importReport().cancelled);
    QVERIFY(!wizard.wasImported());
    QCOMPARE(imported.size(), 0);
    const QString outcome = wizard.findChild<QLabel *>(u"outcome"_s)->text();
    QVERIFY2(outcome.contains(u"annulé"_s) && outcome.contains(u"rien n'a été écrit"_s),
             qPrintable(outcome));
    QVERIFY(!wizard.findChild<QWidget *>(u"counts"_s)->isVisible());
    QCOMPARE(rowCounts(m_test->db()), before);
    QCOMPARE(content(m_test->db()), stored);
}

void TestImportWizard::closingMidImportChangesNothing()
{
    QString households;
    QString contacts;
    writeLargeFiles(households, contacts);
    auto wizard = std::make_unique<ImportWizard>(m_test->db(), m_scope);
    driveToCheck(*wizard, households, contacts);
    if (QTest::currentTestFailed())
        return;
    const auto before = rowCounts(m_test->db());
    std::atomic_bool paused{false};
    QSemaphore resume;
    wizard->runner().setStepHook([&](qint64 done, qint64 total) {
        if (total > 0 && done * 3 >= total && !paused.exchange(true))
            resume.acquire();
    });
    wizard->button(QWizard::CommitButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(paused.load(), 60000);
    // Escape, the window's close button or the session's lock: the import stops, then the
    // wizard closes.
    QTimer::singleShot(0, this, [&resume] { resume.release(); });
    wizard->reject();
    QVERIFY(!wizard->isVisible());
    QVERIFY(!wizard->runner().isRunning());
    QVERIFY(wizard->runner().report().cancelled);
    QVERIFY(!wizard->wasImported());
    QCOMPARE(rowCounts(m_test->db()), before);
}

void TestImportWizard::savedListHasEveryRow()
{
    // Errors and warnings (an unknown column, an action created).
    const QString households = writeFile(
            u"households.csv"_s,
            lines({Required + u";remarque;nb_enfants"_s,
                   u"R1;Dupont;Hélène;nouvel_entrant;TLS-N;Bail solidaire;01/03/2019;;1"_s,
                   u"R2;Martin;Paul;nouvel_entrant;TLS-N;LAAVA;31/02/2019;x;trois"_s,
                   u"R3;Durand;Léa;nouvel_entrant;TLS-N;=Action;01/03/2019;;"_s}));
    ImportWizard wizard(m_test->db(), m_scope);
    driveToCheck(wizard, households, QString());
    if (QTest::currentTestFailed())
        return;
    auto *view = wizard.findChild<QTableView *>(u"problems"_s);
    const int rows = view->model()->rowCount();
    QVERIFY(wizard.checkReport().errors.size() >= 2);
    QVERIFY(!wizard.checkReport().warnings.isEmpty());
    QCOMPARE(rows, int(wizard.checkReport().errors.size() + wizard.checkReport().warnings.size()));

    // « Enregistrer la liste… », through the application's file dialog.
    const QString target = m_files->filePath(u"problèmes.csv"_s);
    QTimer::singleShot(200, this, [target] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        // The dialog opens in the folder of the households file, with a name proposed.
        if (QFileInfo(dialog->directory().absolutePath())
            != QFileInfo(QFileInfo(target).absolutePath()))
            return;
        // Typed in the name field (selectFile() leaves a field that has the focus as it is).
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        if (!name)
            return;
        name->setText(QFileInfo(target).fileName());
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, protected there
    });
    auto *save = wizard.findChild<QPushButton *>(u"saveProblems"_s);
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_VERIFY2(QFile::exists(target), qPrintable(QDir(m_files->path()).entryList().join(u", "_s)));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes, Import::problemsCsv(wizard.checkReport()));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    // A header, then one line per row of the table, in its order (no field here holds a line
    // break).
    const QStringList csvLines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s,
                                                                      Qt::SkipEmptyParts);
    QCOMPARE(csvLines.size(), rows + 1);
    QCOMPARE(csvLines.first(), u"Type;Fichier;Ligne;Colonne;Valeur;Message"_s);
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < rows; ++row) {
        const QString line = csvLines.at(row + 1);
        QVERIFY2(line.startsWith(model->index(row, 0).data().toString() + u';'), qPrintable(line));
        QVERIFY2(line.contains(model->index(row, ImportProblemsModel::MessageColumn)
                                       .data()
                                       .toString()),
                 qPrintable(line));
    }
    // A value that would be a formula is neutralised.
    QVERIFY(!bytes.contains(";=Action"));
}

void TestImportWizard::mainWindowImportsAndRefreshes()
{
    MainWindow window(m_test->db(), m_scope);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(u"households"_s);
    auto *list = window.findChild<QTableView *>(u"householdsView"_s);
    QVERIFY(list);
    const int before = list->model()->rowCount();
    auto *agencies = window.findChild<QComboBox *>(u"agencyChooser"_s);
    QVERIFY(agencies && agencies->findText(u"Agence de Muret"_s) < 0);

    auto *action = window.findChild<QAction *>(u"importAction"_s);
    QVERIFY(action && action->isVisible());
    QCOMPARE(action->text(), u"&Importer des tableaux…"_s);
    action->trigger();
    auto *wizard = window.findChild<ImportWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->windowModality(), Qt::ApplicationModal);
    const QStringList more{fullLine({{u"reference"_s, u"2019-003"_s},
                                     {u"nom"_s, u"Durand"_s},
                                     {u"prenom"_s, u"Léa"_s},
                                     {u"type_menage"_s, u"nouvel_entrant"_s},
                                     {u"agence"_s, u"Agence de Muret"_s},
                                     {u"dispositif"_s, u"LAAVA"_s},
                                     {u"date_debut_accompagnement"_s, u"01/05/2019"_s}})};
    const QString households = writeFile(u"households.csv"_s,
                                         fullHouseholds(u"famille_monoparentale"_s, {}, {}, more));
    driveToCheck(*wizard, households, QString());
    if (QTest::currentTestFailed())
        return;
    wizard->button(QWizard::CommitButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::DonePageId), 60000);
    QCOMPARE(wizard->findChild<QLabel *>(u"householdsCreated"_s)->text(), u"3"_s);
    // The list shows the new households, the agency chooser the new agency.
    QTRY_COMPARE(list->model()->rowCount(), before + 3);
    QVERIFY(agencies->findText(u"Agence de Muret"_s) >= 0);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!window.findChild<ImportWizard *>());
}

void TestImportWizard::importActionFollowsTheRole()
{
    const auto visible = [this](const Scope &scope) {
        MainWindow window(m_test->db(), scope);
        auto *action = window.findChild<QAction *>(u"importAction"_s);
        return action && action->isVisible() && window.importSpreadsheets() != nullptr;
    };
    QVERIFY(visible(Scope::everything(u"mdelmas"_s)));
    const Id partner = m_test->db().scalar(u"SELECT id FROM partners"_s)->toLongLong();
    QVERIFY(partner > 0);
    QVERIFY(!visible(Scope::partner(partner, u"khaddad"_s)));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
