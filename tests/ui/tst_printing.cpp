// Printing from the user interface: the contract from the Contrat tab (kept with the contract,
// a renewal printing as a new version), the convocation from the Rendez-vous tab, the agenda
// from the committees page, the file saved first after asking, a PDF that cannot be written,
// and the unit's own templates chosen in the organisation settings.
#include "AppContext.h"
#include "Clock.h"
#include "TestDatabase.h"
#include "admin/DirectoryEditors.h"
#include "committees/CommitteesPage.h"
#include "demo/DemoData.h"
#include "documents/DocumentPrinter.h"
#include "documents/Documents.h"
#include "documents/TemplateDocument.h"
#include "households/ContractRules.h"
#include "households/ContractTab.h"
#include "households/HouseholdWindow.h"
#include "households/MeetingsTab.h"
#include "storage/CommitteeRepository.h"
#include "storage/ContractPrintRepository.h"
#include "storage/HouseholdFileRepository.h"
#include "storage/HouseholdRepository.h"
#include "widgets/FormWidgets.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using namespace Passerelle::Ui;
using Passerelle::Testing::TestDatabase;

namespace {

/// Answers the next modal dialog when it shows. `answered` counts the dialogs seen, `text`
/// keeps the last one's text.
class Answerer : public QObject
{
public:
    explicit Answerer(QMessageBox::StandardButton button) : m_button(button)
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (box->objectName() == u"printWarnings") {
                // The plan's objectives due before the signature: print all the same.
                warnings << box->informativeText();
                box->button(QMessageBox::Yes)->click();
                return;
            }
            ++answered;
            text = box->text();
            if (QAbstractButton *b = box->button(m_button))
                b->click();
            else
                box->reject();
        });
        m_timer.start(10);
    }
    int answered = 0;
    QString text;
    QStringList warnings; ///< the warnings shown before printing, confirmed

private:
    QMessageBox::StandardButton m_button;
    QTimer m_timer;
};

} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void contractToPdfIsKeptWithTheContract();
    void renewalPrintsAsANewVersion();
    void unsavedChangesAreSavedFirst();
    void unwritableFileSaysSoAndKeepsNothing();
    void convocationFromTheMeetingsTab();
    void agendaFromTheCommitteesPage();
    void templatesFolderInTheSettings();
    void previewFitsTheScreen();

private:
    Id id(const QString &reference);
    std::unique_ptr<HouseholdWindow> openWindow(const QString &reference);
    ContractTab *contractTab(HouseholdWindow &w);
    int printCount(const QString &reference);
    QString pdfText(const QString &path);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<AppContext> m_context;
    QTemporaryDir m_dir;
};

void TestPrinting::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Testing::installFrenchTranslation();
    QVERIFY(m_dir.isValid());
}

void TestPrinting::init()
{
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(Demo::populate(m_test->db(), Passerelle::Clock::today()));
    m_context = std::make_unique<AppContext>(m_test->db(), Scope::everything(u"cfabre"_s));
}

void TestPrinting::cleanup()
{
    m_context.reset();
    m_test.reset();
}

Id TestPrinting::id(const QString &reference)
{
    auto found = HouseholdRepository(m_test->db()).findByReference(TestDatabase::all(), reference);
    return found && found->has_value() ? **found : 0;
}

std::unique_ptr<HouseholdWindow> TestPrinting::openWindow(const QString &reference)
{
    auto window = std::make_unique<HouseholdWindow>(*m_context);
    if (!window->open(id(reference)))
        return nullptr;
    window->show();
    return window;
}

ContractTab *TestPrinting::contractTab(HouseholdWindow &w)
{
    w.showTab(u"contract"_s);
    return w.findChild<ContractTab *>(u"contract"_s);
}

int TestPrinting::printCount(const QString &reference)
{
    auto file = HouseholdFileRepository(m_test->db()).load(TestDatabase::all(), id(reference));
    if (!file || file->contracts.isEmpty())
        return -1;
    int count = 0;
    for (const SupportContract &c : file->contracts) {
        auto prints = ContractPrintRepository(m_test->db()).list(TestDatabase::all(), c.id);
        count += prints ? int(prints->size()) : 0;
    }
    return count;
}

QString TestPrinting::pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

void TestPrinting::contractToPdfIsKeptWithTheContract()
{
    // The bail glissant household of the demo.
    auto w = openWindow(u"HH-2023-02"_s);
    QVERIFY(w);
    ContractTab *tab = contractTab(*w);
    QVERIFY(tab);
    auto *prints = tab->findChild<QTableWidget *>(u"contractPrints"_s);
    QVERIFY(prints);
    const int before = printCount(u"HH-2023-02"_s);
    QCOMPARE(prints->rowCount(), before);
    for (const char *name : {"previewContract", "printContract", "contractPdf"}) {
        QAction *a = tab->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(a && a->isEnabled(), name);
    }

    const QString path = m_dir.filePath(u"contrat-glissant.pdf"_s);
    // An objective of the plan still open and due before the signature is said first; "No"
    // prints nothing.
    const auto warnings = ContractRules::printWarnings(
            w->document().file(), *w->document().file().contract(tab->currentActionId()), 0);
    if (!warnings.isEmpty()) {
        QTimer no;
        connect(&no, &QTimer::timeout, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->objectName() == u"printWarnings")
                box->button(QMessageBox::No)->click();
        });
        no.start(10);
        QVERIFY(!tab->printContract(ContractTab::Output::Pdf, path));
        QCOMPARE(printCount(u"HH-2023-02"_s), before);
        QVERIFY(!QFile::exists(path));
    }
    Answerer confirm(QMessageBox::Ok);
    QVERIFY(tab->printContract(ContractTab::Output::Pdf, path));
    QCOMPARE(confirm.warnings.size(), warnings.isEmpty() ? 0 : 1);
    for (const QString &warning : warnings)
        QVERIFY2(confirm.warnings.join(u'\n').contains(warning), qPrintable(warning));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));

    // Kept with the contract: one more print, at the top of the list, with the PDF's SHA-256.
    QCOMPARE(printCount(u"HH-2023-02"_s), before + 1);
    QCOMPARE(prints->rowCount(), before + 1);
    const QString sha = ContractPrintRepository::sha256(bytes);
    QCOMPARE(prints->item(0, 3)->toolTip(), sha);
    QVERIFY(tab->findChild<QLabel *>(u"printStatus"_s)->text().contains(sha));
    const QString text = pdfText(path);
    if (!text.isEmpty()) {
        QVERIFY(text.contains(u"Contrat d'accompagnement social tripartite"_s));
        QVERIFY(text.contains(u"MOREAU"_s));
        QVERIFY(text.contains(u"L.442-8-3"_s));
    }

    // The stored copy is the very PDF that was written.
    auto file = HouseholdFileRepository(m_test->db()).load(TestDatabase::all(),
                                                           id(u"HH-2023-02"_s));
    QVERIFY(file);
    auto list = ContractPrintRepository(m_test->db()).list(TestDatabase::all(),
                                                           file->contracts.first().id);
    QVERIFY(list && !list->isEmpty());
    QCOMPARE(*ContractPrintRepository(m_test->db()).pdf(TestDatabase::all(), list->last().id),
             bytes);
}

void TestPrinting::renewalPrintsAsANewVersion()
{
    // A bail direct household.
    auto w = openWindow(u"RES-2024-06"_s);
    QVERIFY(w);
    ContractTab *tab = contractTab(*w);
    auto *versions = tab->findChild<QTableWidget *>(u"versions"_s);
    const int count = versions->rowCount();
    QVERIFY(count > 0);
    QTest::mouseClick(tab->findChild<QPushButton *>(u"renewContract"_s), Qt::LeftButton);
    QCOMPARE(versions->rowCount(), count + 1);
    QCOMPARE(tab->currentVersion(), count);
    tab->findChild<DateEdit *>(u"version.date"_s)->setDate(Passerelle::Clock::today());
    Q_EMIT tab->findChild<DateEdit *>(u"version.date"_s)->dateEdited(Passerelle::Clock::today());

    // Unsaved: printing asks to save first.
    Answerer save(QMessageBox::Save);
    QVERIFY(tab->printContract(ContractTab::Output::Pdf, m_dir.filePath(u"avenant.pdf"_s)));
    QCOMPARE(save.answered, 1);
    QVERIFY(!w->isWindowModified());
    auto *prints = tab->findChild<QTableWidget *>(u"contractPrints"_s);
    QCOMPARE(prints->item(0, 0)->text(), u"n° %1"_s.arg(count + 1));
    const QString text = pdfText(m_dir.filePath(u"avenant.pdf"_s));
    if (!text.isEmpty())
        QVERIFY(text.contains(u"Renouvellement"_s));

    // An older version prints too, as itself.
    tab->showVersion(0);
    QVERIFY(tab->printContract(ContractTab::Output::Pdf, m_dir.filePath(u"v1.pdf"_s)));
    QCOMPARE(prints->item(0, 0)->text(), u"n° 1"_s);
}

void TestPrinting::unsavedChangesAreSavedFirst()
{
    auto w = openWindow(u"RES-2024-06"_s);
    ContractTab *tab = contractTab(*w);
    auto *place = tab->findChild<QLineEdit *>(u"contract.place"_s);
    QVERIFY(place);
    place->setFocus();
    place->selectAll();
    QTest::keyClicks(place, u"Muret"_s);
    Q_EMIT place->editingFinished();
    QVERIFY(w->isWindowModified());
    const int before = printCount(u"RES-2024-06"_s);

    // "Cancel": nothing printed, nothing saved, nothing kept.
    {
        Answerer cancel(QMessageBox::Cancel);
        const QString path = m_dir.filePath(u"annule.pdf"_s);
        QVERIFY(!tab->printContract(ContractTab::Output::Pdf, path));
        QCOMPARE(cancel.answered, 1);
        QVERIFY(!QFile::exists(path));
        QVERIFY(w->isWindowModified());
        QCOMPARE(printCount(u"RES-2024-06"_s), before);
    }
    // "Save": saved, then printed with the new place.
    Answerer save(QMessageBox::Save);
    const QString path = m_dir.filePath(u"muret.pdf"_s);
    QVERIFY(tab->printContract(ContractTab::Output::Pdf, path));
    QVERIFY(!w->isWindowModified());
    QCOMPARE(printCount(u"RES-2024-06"_s), before + 1);
    const QString text = pdfText(path);
    if (!text.isEmpty())
        QVERIFY(text.contains(u"Fait à Muret"_s));
}

void TestPrinting::unwritableFileSaysSoAndKeepsNothing()
{
    auto w = openWindow(u"RES-2024-06"_s);
    ContractTab *tab = contractTab(*w);
    const int before = printCount(u"RES-2024-06"_s);
    Answerer ok(QMessageBox::Ok);
    const QString path = m_dir.filePath(u"no-such-folder/contrat.pdf"_s);
    QVERIFY(!tab->printContract(ContractTab::Output::Pdf, path));
    QCOMPARE(ok.answered, 1);
    QVERIFY2(ok.text.contains(Passerelle::Testing::french(u"Le dossier de « contrat.pdf » n'existe pas"_s)), qPrintable(ok.text));
    QVERIFY(!ok.text.contains(u"DUBOIS"_s));
    QCOMPARE(printCount(u"RES-2024-06"_s), before);
}

void TestPrinting::convocationFromTheMeetingsTab()
{
    auto w = openWindow(u"RES-2024-06"_s);
    w->showTab(u"meetings"_s);
    auto *tab = w->findChild<MeetingsTab *>(u"meetings"_s);
    QVERIFY(tab);
    auto *button = tab->findChild<QPushButton *>(u"convocation"_s);
    QVERIFY(button && button->isEnabled() && button->menu());
    QCOMPARE(button->menu()->actions().size(), 4);
    // Also as an OpenDocument text, for a one-off edit in LibreOffice.
    QVERIFY(button->menu()->findChild<QAction *>(u"convocationOdt"_s)
            || tab->findChild<QAction *>(u"convocationOdt"_s));
    const QString odtPath = m_dir.filePath(u"convocation.odt"_s);
    QVERIFY(tab->printConvocation(DocumentPrinter::Output::Odt, odtPath));
    QFile odt(odtPath);
    QVERIFY(odt.open(QIODevice::ReadOnly));
    const QByteArray odtBytes = odt.readAll();
    QVERIFY(odtBytes.startsWith("PK"));
    QVERIFY(odtBytes.contains("application/vnd.oasis.opendocument.text"));
    const QString path = m_dir.filePath(u"convocation.pdf"_s);
    QVERIFY(tab->printConvocation(DocumentPrinter::Output::Pdf, path));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF"));
    const QString text = pdfText(path);
    if (!text.isEmpty()) {
        QVERIFY(text.contains(u"DUBOIS"_s));
        QVERIFY(text.contains(u"rendez-vous tripartite"_s, Qt::CaseInsensitive));
    }
}

void TestPrinting::agendaFromTheCommitteesPage()
{
    CommitteesPage page(*m_context);
    page.show();
    auto committees = CommitteeRepository(m_test->db()).list(TestDatabase::all());
    QVERIFY(committees && !committees->isEmpty());
    const FollowUpCommittee &committee = committees->first();
    QVERIFY(page.selectCommittee(committee.id));
    auto *agenda = page.findChild<QPushButton *>(u"agenda"_s);
    QVERIFY(agenda && agenda->isEnabled());
    const QString path = m_dir.filePath(u"ordre-du-jour.pdf"_s);
    QVERIFY(page.printAgenda(DocumentPrinter::Output::Pdf, path));
    QVERIFY(QFile::exists(path));
    const QString text = pdfText(path);
    if (!text.isEmpty())
        QVERIFY(text.contains(u"Ordre du jour"_s, Qt::CaseInsensitive));
}

void TestPrinting::templatesFolderInTheSettings()
{
    OrganisationEditor editor(*m_context);
    editor.show();
    auto *folderEdit = editor.findChild<QLineEdit *>(u"templatesFolder"_s);
    QVERIFY(folderEdit);
    QVERIFY(folderEdit->text().isEmpty());
    auto *message = editor.findChild<FieldMessage *>(u"message_templatesFolder"_s);
    QVERIFY(message);

    // A folder that does not exist: said beside the field, and not saved.
    const QString missing = m_dir.filePath(u"absent"_s);
    folderEdit->setFocus();
    QTest::keyClicks(folderEdit, missing);
    QVERIFY(editor.templatesFolder() == missing);
    QVERIFY2(message->text().contains(u"n'existe pas"_s), qPrintable(message->text()));

    // A folder holding a contract with an unknown field: the message names the field.
    QDir(m_dir.path()).mkpath(u"modeles"_s);
    const QString folder = m_dir.filePath(u"modeles"_s);
    editor.setTemplatesFolder(folder);
    editor.copyShippedTemplates();
    QVERIFY(QFile::exists(folder + u"/contract.html"_s));
    QVERIFY(QFile::exists(folder + u"/convocation.html"_s));
    QVERIFY(QFile::exists(folder + u"/committee_agenda.html"_s));
    QVERIFY(message->text().isEmpty());
    QFile contract(folder + u"/contract.html"_s);
    QVERIFY(contract.open(QIODevice::ReadOnly));
    QString html = QString::fromUtf8(contract.readAll());
    contract.close();
    QVERIFY(QFile::remove(contract.fileName()));
    QVERIFY(contract.open(QIODevice::WriteOnly));
    contract.write(html.replace(u"<h2>Préambule</h2>"_s, u"<h2>Préambule {{menage.nom}}</h2>"_s)
                           .toUtf8());
    contract.close();
    editor.setTemplatesFolder(folder);
    QVERIFY2(message->text().contains(u"menage.nom"_s), qPrintable(message->text()));

    // A correct one is saved, and the contract prints with it.
    QVERIFY(contract.open(QIODevice::WriteOnly | QIODevice::Truncate));
    contract.write(html.replace(u"<h2>Préambule {{menage.nom}}</h2>"_s,
                                u"<h2>Préambule de la maison</h2>"_s)
                           .toUtf8());
    contract.close();
    editor.setTemplatesFolder(folder);
    QVERIFY(message->text().isEmpty());
    QVERIFY(editor.save());
    QCOMPARE(*Documents::templatesFolder(m_test->db()), folder);

    auto w = openWindow(u"RES-2024-06"_s);
    ContractTab *tab = contractTab(*w);
    const QString path = m_dir.filePath(u"maison.pdf"_s);
    Answerer confirm(QMessageBox::Ok);
    QVERIFY(tab->printContract(ContractTab::Output::Pdf, path));
    const QString text = pdfText(path);
    if (!text.isEmpty())
        QVERIFY(text.contains(u"Préambule de la maison"_s));
}

void TestPrinting::previewFitsTheScreen()
{
    // Once 900 × 1000 whatever the screen: on a 1366 × 768 laptop its buttons were off the
    // screen. The offscreen platform's screen is smaller still.
    PrintedDocument document;
    document.document = std::make_shared<TemplateDocument>(QString(), QString());
    document.document->setPlainText(u"Contrat"_s);
    document.pageStyle.title = u"Contrat"_s;
    QWidget parent;
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));

    bool preview = false;
    QRect shown;
    QRect available;
    QStringList others; // any other dialog (a message on painting) is closed, not waited on
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
            others << box->text();
        } else if (!preview && qobject_cast<QPrintPreviewDialog *>(dialog)) {
            preview = true;
            shown = dialog->frameGeometry();
            available = dialog->screen()->availableGeometry();
        } else {
            others << QString::fromLatin1(dialog->metaObject()->className());
        }
        dialog->reject();
    });
    poll.start(20);
    QVERIFY(!DocumentPrinter::preview(&parent, document));
    poll.stop();
    QVERIFY(preview);
    QVERIFY2(others.isEmpty(), qPrintable(others.join(u", "_s)));
    QVERIFY2(available.contains(shown),
             qPrintable(u"%1,%2 %3×%4 outside %5×%6"_s.arg(shown.x())
                            .arg(shown.y())
                            .arg(shown.width())
                            .arg(shown.height())
                            .arg(available.width())
                            .arg(available.height())));
    // Centred on the screen (but for the window frame), and shaped like a page.
    QVERIFY(qAbs(shown.center().x() - available.center().x()) <= 40);
    QVERIFY(qAbs(shown.center().y() - available.center().y()) <= 40);
    QVERIFY(shown.height() > shown.width());
}

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
