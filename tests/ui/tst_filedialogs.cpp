// Regression test of the lost-save bug: every file dialog of the application, shown on the
// folder of the open database, leaves SQLite's locks in place. After each one a second program
// opens and closes the base (as `sqlite3` did in the report); the application then saves, and
// the save must be visible from the second program with the base sound.
#include "AppContext.h"
#include "ConnectionDialog.h"
#include "TestDatabase.h"
#include "admin/DirectoryEditors.h"
#include "documents/DocumentPrinter.h"
#include "files/BackupActions.h"
#include "files/FileDialogs.h"
#include "documents/Documents.h"
#include "documents/TemplateDocument.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileSystemModel>
#include <QPrintDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <functional>

using namespace Passerelle;
using namespace Passerelle::Testing;
using namespace Passerelle::Ui;
using namespace Qt::Literals::StringLiterals;

class FileDialogsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dialogLeavesTheBaseSafe_data();
    void dialogLeavesTheBaseSafe();
    void withoutTheGuardTheHazardIsReal();

private:
    /// When the next modal dialog shows: lists the database's folder in it, notes what it
    /// listed, lets it work a moment, then closes it.
    void closeNextDialogAfterListing();
    void secondProgramOpensAndCloses();
    void saveInTheAppAndCheck(const QString &code);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<AppContext> m_context;
    QString m_folder;
    QString m_dialogClass;
    int m_acceptMode = -1; ///< of the file dialog shown (QFileDialog::AcceptMode)
    int m_fileMode = -1;   ///< of the file dialog shown (QFileDialog::FileMode)
    QStringList m_listed; ///< what the dialog's file-system model read in the folder
    QStringList m_shown;  ///< what its views showed
};

void FileDialogsTest::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
    if (testBackend() != Backend::Sqlite)
        QSKIP("SQLite only");
    installFrenchTranslation();
    FileDialogs::installGuard(qApp); // as main() does
    QVERIFY2(!sqlite3Cli(u":memory:"_s, u"SELECT 1"_s).startsWith(u"error"),
             "the sqlite3 program is needed (tools/install-deps.sh installs it)");
}

void FileDialogsTest::init()
{
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(m_test->isValid());
    m_context = std::make_unique<AppContext>(m_test->db(), Scope::everything(u"admin"_s));
    m_folder = m_test->dir();
    // The print dialog's file field lists the home folder: put the base there too.
    qputenv("HOME", m_folder.toLocal8Bit());
    m_dialogClass.clear();
    m_acceptMode = -1;
    m_fileMode = -1;
    m_listed.clear();
    m_shown.clear();
    QCOMPARE(sqlite3Cli(m_test->path(), u"SELECT COUNT(*) FROM agencies"_s), u"0"_s);
}

void FileDialogsTest::cleanup()
{
    m_context.reset();
    m_test.reset();
}

void FileDialogsTest::closeNextDialogAfterListing()
{
    auto *poll = new QTimer(this);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [this, poll] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        poll->stop();
        poll->deleteLater();
        m_dialogClass = QString::fromLatin1(modal->metaObject()->className());
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            m_acceptMode = int(dialog->acceptMode());
            m_fileMode = int(dialog->fileMode());
            // Every file shown, the base included, as a user asking for all files would.
            dialog->setNameFilter(u"*"_s);
            dialog->setDirectory(m_folder);
        }
        // Let the file-system models list the folder (icons, types) before closing.
        QTimer::singleShot(1500, modal, [this, modal] {
            for (auto *view : modal->findChildren<QAbstractItemView *>()) {
                QAbstractItemModel *model = view->model();
                if (!model || !view->isVisible())
                    continue;
                for (int row = 0; row < model->rowCount(view->rootIndex()); ++row)
                    m_shown << model->index(row, 0, view->rootIndex()).data().toString();
            }
            for (auto *model : modal->findChildren<QFileSystemModel *>()) {
                const QModelIndex folder = model->index(m_folder);
                for (int row = 0; row < model->rowCount(folder); ++row)
                    m_listed << model->index(row, 0, folder).data().toString();
            }
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        });
    });
    poll->start();
}

void FileDialogsTest::secondProgramOpensAndCloses()
{
    QCOMPARE(sqlite3Cli(m_test->path(), u"SELECT COUNT(*) FROM agencies"_s), u"0"_s);
}

void FileDialogsTest::saveInTheAppAndCheck(const QString &code)
{
    // The journal the application writes to is still the one everyone sees...
    QCOMPARE(deletedDescriptorsOf(m_test->path()), 0);
    Database &db = m_test->db();
    {
        Transaction tx(db);
        QVERIFY(tx.status());
        QVERIFY(db.exec(u"INSERT INTO agencies (code, name) VALUES (?, ?)"_s, {code, code}));
        QVERIFY(tx.commit());
    }
    // ...so the save is visible from the other program, and the base is sound.
    QCOMPARE(sqlite3Cli(m_test->path(), u"SELECT code FROM agencies"_s), code);
    QCOMPARE(sqlite3Cli(m_test->path(), u"PRAGMA integrity_check"_s), u"ok"_s);
    QCOMPARE(deletedDescriptorsOf(m_test->path()), 0);
}

void FileDialogsTest::dialogLeavesTheBaseSafe_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("dialogClass");
    QTest::newRow("Fichier › Base de données… › Parcourir…")
        << u"connection"_s << u"QFileDialog"_s;
    QTest::newRow("Fichier › Base de données… › Nouvelle…")
        << u"connectionNew"_s << u"QFileDialog"_s;
    QTest::newRow("Enregistrer en PDF…") << u"pdf"_s << u"QFileDialog"_s;
    QTest::newRow("Imprimer… (print dialog)") << u"print"_s << u"QPrintDialog"_s;
    QTest::newRow("Organisme › Choisir le logo…") << u"logo"_s << u"QFileDialog"_s;
    QTest::newRow("Organisme › Modèles › Choisir…") << u"templates"_s << u"QFileDialog"_s;
    QTest::newRow("Organisme › Sauvegardes › Choisir…") << u"backupFolder"_s
                                                        << u"QFileDialog"_s;
    QTest::newRow("Fichier › Sauvegarder la base…") << u"backup"_s << u"QFileDialog"_s;
    QTest::newRow("Fichier › Restaurer une sauvegarde…") << u"restore"_s << u"QFileDialog"_s;
}

void FileDialogsTest::dialogLeavesTheBaseSafe()
{
    QFETCH(QString, which);
    QFETCH(QString, dialogClass);
    PrintedDocument document;
    document.document = std::make_shared<TemplateDocument>(QString(), QString());
    document.document->setPlainText(u"Contrat"_s);
    document.pageStyle.title = u"Contrat"_s;
    QWidget parent;
    parent.show();

    closeNextDialogAfterListing();
    if (which == u"connection" || which == u"connectionNew") {
        ConnectionDialog dialog(m_test->path(), &parent);
        dialog.show();
        auto *browse = dialog.findChild<QPushButton *>(
            which == u"connection" ? u"browseDatabase"_s : u"newDatabase"_s);
        QVERIFY(browse);
        browse->click();
        // Nothing chosen: the base stays.
        QCOMPARE(dialog.location(), m_test->path());
    } else if (which == u"pdf") {
        QVERIFY(DocumentPrinter::exportPdf(&parent, document, u"contrat"_s).isEmpty());
    } else if (which == u"print") {
        QVERIFY(!DocumentPrinter::print(&parent, document));
    } else if (which == u"logo" || which == u"templates" || which == u"backupFolder") {
        OrganisationEditor editor(*m_context, &parent);
        editor.show();
        const QString button = which == u"logo"        ? u"chooseLogo"_s
                               : which == u"templates" ? u"chooseTemplates"_s
                                                       : u"chooseBackupFolder"_s;
        auto *choose = editor.findChild<QPushButton *>(button);
        QVERIFY(choose);
        choose->click();
    } else {
        BackupActions actions(m_test->db(), &parent);
        if (which == u"backup")
            actions.backupNow();
        else
            actions.chooseBackupToRestore();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialogClass.isEmpty(), 10000);
    QCOMPARE(m_dialogClass, dialogClass);
    // A base or a backup to open is an existing file, chosen in an Open dialog; only what is
    // written (a new base, a backup, a PDF) is named in a Save dialog.
    if (which == u"connection" || which == u"restore") {
        QCOMPARE(m_acceptMode, int(QFileDialog::AcceptOpen));
        QCOMPARE(m_fileMode, int(QFileDialog::ExistingFile));
    } else if (which == u"connectionNew" || which == u"backup" || which == u"pdf") {
        QCOMPARE(m_acceptMode, int(QFileDialog::AcceptSave));
    }
    if (which != u"print") {
        // The dialog did read the database's folder, and shows the base, never its journal.
        const QString base = QFileInfo(m_test->path()).fileName();
        if (which != u"templates" && which != u"backupFolder") { // folders only in those
            QVERIFY2(m_listed.contains(base), qPrintable(m_listed.join(u", "_s)));
            QVERIFY2(m_shown.contains(base), qPrintable(m_shown.join(u", "_s)));
        }
        QVERIFY2(!m_shown.join(u' ').contains(u"-wal"_s), qPrintable(m_shown.join(u", "_s)));
    }
    secondProgramOpensAndCloses();
    saveInTheAppAndCheck(u"apres-"_s + which);
}

void FileDialogsTest::withoutTheGuardTheHazardIsReal()
{
    // What Qt does without the guard: a file-system model with Qt's own icon provider guesses
    // the type of the base and its journal by reading them. This proves that the checks above
    // can see the bug.
    QFileIconProvider qtProvider;
    QFileSystemModel model;
    model.setIconProvider(&qtProvider);
    QSignalSpy loaded(&model, &QFileSystemModel::directoryLoaded);
    model.setRootPath(m_folder);
    QVERIFY(loaded.wait(5000) || loaded.count() > 0);
    const QModelIndex folder = model.index(m_folder);
    for (int row = 0; row < model.rowCount(folder); ++row) {
        model.index(row, 0, folder).data(Qt::DecorationRole);
        model.index(row, 2, folder).data();
    }
    QTest::qWait(500);
    secondProgramOpensAndCloses();
    QVERIFY2(deletedDescriptorsOf(m_test->path()) > 0,
             "Qt's own provider no longer opens files: the regression test above proves less");
    // And the save that follows still reaches the real file (the journal check of Database).
    Database &db = m_test->db();
    Transaction tx(db);
    QVERIFY(tx.status());
    QVERIFY(db.exec(u"INSERT INTO agencies (code, name) VALUES ('x', 'x')"_s));
    QVERIFY(tx.commit());
    QCOMPARE(sqlite3Cli(m_test->path(), u"SELECT COUNT(*) FROM agencies"_s), u"1"_s);
}

QTEST_MAIN(FileDialogsTest)
#include "tst_filedialogs.moc"
