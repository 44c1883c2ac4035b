// Every top-level window and dialog fits a 1366×768 laptop screen: what its layout needs at
// the least (its minimum size) leaves room for the title bar and the panel, and the size it
// opens with never exceeds the screen it opens on. On the French interface, whose labels are
// the longest.
#include "AppContext.h"
#include "Clock.h"
#include "ConnectionDialog.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "committees/CommitteeSuggestions.h"
#include "committees/SuggestionsDialog.h"
#include "demo/DemoData.h"
#include "admin/ActionEditor.h"
#include "admin/ActionsPartnersPage.h"
#include "documents/TemplateEditorDialog.h"
#include "households/DwellingChoiceDialog.h"
#include "households/ScanViewerDialog.h"
#include "households/HouseholdTab.h"
#include "households/HouseholdWindow.h"
#include "households/LeaseEventDialog.h"
#include "households/Lookups.h"
#include "households/NewHouseholdDialog.h"
#include "households/SamePersonDialog.h"
#include "import/ImportWizard.h"
#include "review/ReviewHouseholdsDialog.h"
#include "session/LoginDialog.h"
#include "storage/HouseholdRepository.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using namespace Passerelle::Ui;
using Passerelle::Testing::TestDatabase;

namespace {

/// The laptop screen, less a title bar and a panel.
const QSize Laptop(1366, 768 - 60);

} // namespace

class TestWindowSizes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindow();
    void householdWindowEveryTab();
    void dialogs();
    void actionFormFitsItsPane();

private:
    /// Checks `w`: its minimum size fits the laptop, and once shown, it fits the screen.
    void fits(QWidget &w, const QString &name);
    Id householdId(const QString &reference);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<AppContext> m_context;
};

void TestWindowSizes::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
    QStandardPaths::setTestModeEnabled(true);
    Testing::installFrenchTranslation();
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(m_test->isValid());
    QVERIFY(Demo::populate(m_test->db(), Passerelle::Clock::today()));
    m_context = std::make_unique<AppContext>(m_test->db(), Scope::everything(u"cfabre"_s));
}

void TestWindowSizes::cleanupTestCase()
{
    m_context.reset();
    m_test.reset();
}

void TestWindowSizes::actionFormFitsItsPane()
{
    // Dispositifs & partenaires on a laptop: the action's form is no wider than its pane, so
    // that the totals and the right-aligned amounts are seen without scrolling sideways.
    QWidget window;
    window.resize(Laptop.width() - 220, Laptop.height()); // less the navigation
    auto *layout = new QVBoxLayout(&window);
    auto *page = new ActionsPartnersPage(*m_context, &window);
    layout->addWidget(page);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();
    int checked = 0;
    for (QScrollArea *scroll : page->actions()->findChildren<QScrollArea *>()) {
        if (!scroll->isVisible() || !scroll->widget())
            continue;
        ++checked;
        const int need = scroll->widget()->minimumSizeHint().width();
        QVERIFY2(need <= scroll->viewport()->width(),
                 qPrintable(u"the action's form needs %1 px, its pane shows %2"_s.arg(need)
                                    .arg(scroll->viewport()->width())));
    }
    QVERIFY(checked > 0);
}

Id TestWindowSizes::householdId(const QString &reference)
{
    auto found = HouseholdRepository(m_test->db()).findByReference(TestDatabase::all(), reference);
    return found && found->has_value() ? **found : 0;
}

void TestWindowSizes::fits(QWidget &w, const QString &name)
{
    const QSize minimum = w.minimumSizeHint().expandedTo(w.minimumSize());
    QVERIFY2(minimum.width() <= Laptop.width() && minimum.height() <= Laptop.height(),
             qPrintable(u"%1 needs at least %2×%3"_s.arg(name).arg(minimum.width())
                                .arg(minimum.height())));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QSize room = w.screen()->availableGeometry().size();
    QVERIFY2(w.width() <= std::max(room.width(), minimum.width())
                     && w.height() <= std::max(room.height(), minimum.height()),
             qPrintable(u"%1 opens at %2×%3 on a screen of %4×%5"_s.arg(name)
                                .arg(w.width())
                                .arg(w.height())
                                .arg(room.width())
                                .arg(room.height())));
    w.hide();
}

void TestWindowSizes::mainWindow()
{
    MainWindow w(m_test->db(), Scope::everything(u"cfabre"_s));
    // Every page, the widest of them sets what the window needs.
    auto *pages = w.findChild<QStackedWidget *>();
    QVERIFY(pages);
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        fits(w, u"the main window on page %1"_s.arg(pages->widget(i)->objectName()));
    }
}

void TestWindowSizes::householdWindowEveryTab()
{
    for (const QString &reference : {u"RES-2024-06"_s, u"HH-2023-02"_s}) {
        HouseholdWindow w(*m_context);
        QVERIFY(w.open(householdId(reference)));
        auto *tabs = w.findChild<QTabWidget *>(u"tabs"_s);
        // Each tab on its own first, to name the one at fault: the window needs what its
        // tallest tab needs, and about 140 pixels more (toolbar, heading, tab bar, status).
        for (int i = 0; i < tabs->count(); ++i) {
            const QSize need = tabs->widget(i)->minimumSizeHint();
            QVERIFY2(need.height() <= Laptop.height() - 140 && need.width() <= Laptop.width(),
                     qPrintable(u"the tab %1 needs at least %2×%3"_s
                                        .arg(tabs->widget(i)->objectName())
                                        .arg(need.width())
                                        .arg(need.height())));
        }
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            fits(w, u"the household window, tab %1"_s.arg(tabs->widget(i)->objectName()));
        }
    }
}

void TestWindowSizes::dialogs()
{
    const Lookups lookups = *Lookups::load(m_test->db());
    QWidget parent;
    parent.resize(800, 600);
    {
        NewHouseholdDialog d(*m_context, lookups, &parent);
        fits(d, u"the new household dialog"_s);
    }
    {
        auto matches = HouseholdRepository(m_test->db())
                               .findPerson(TestDatabase::all(),
                                           HouseholdRepository(m_test->db())
                                                   .get(TestDatabase::all(),
                                                        householdId(u"RES-2024-06"_s))
                                                   ->members.first());
        QVERIFY(matches && !matches->isEmpty());
        SamePersonDialog d(*matches, lookups, &parent);
        fits(d, u"the same-person dialog"_s);
    }
    {
        DwellingChoiceDialog d(*m_context, lookups, 0, &parent);
        fits(d, u"the dwelling proposed to the CAL"_s);
    }
    {
        HouseholdWindow w(*m_context);
        QVERIFY(w.open(householdId(u"RES-2024-06"_s)));
        for (auto kind : {LeaseEventDialog::Kind::Entry, LeaseEventDialog::Kind::Relogement,
                          LeaseEventDialog::Kind::Glissement}) {
            LeaseEventDialog d(kind, w.document().file(), lookups, &parent);
            fits(d, u"the lease event dialog %1"_s.arg(int(kind)));
        }
    }
    {
        ImportWizard d(m_test->db(), TestDatabase::all(), &parent);
        fits(d, u"the import wizard"_s);
    }
    {
        auto suggestions = CommitteeSuggestions::suggest(m_test->db(), TestDatabase::all(), 0,
                                                         Passerelle::Clock::today());
        SuggestionsDialog d(suggestions ? *suggestions : QList<CommitteeSuggestion>(), 2, 30,
                            u"Agence Toulouse Nord — 20/12/2026"_s, &parent);
        fits(d, u"the committee suggestions"_s);
    }
    {
        ReviewHouseholdsDialog d(*m_context, u"Ménages accompagnés"_s,
                                 {householdId(u"RES-2024-06"_s), householdId(u"HH-2023-02"_s)},
                                 &parent);
        fits(d, u"the households behind a figure"_s);
    }
    {
        ConnectionDialog d(m_test->db().location(), &parent);
        fits(d, u"the connection dialog"_s);
    }
    {
        LoginDialog d(m_test->db(), &parent);
        fits(d, u"the login dialog"_s);
    }
    {
        TemplateEditorDialog d(*m_context, &parent);
        fits(d, u"the template editor"_s);
    }
    {
        // A tall scan (an A4 page).
        QImage page(1240, 1754, QImage::Format_RGB32);
        page.fill(Qt::white);
        ContractScan scan;
        QBuffer buffer(&scan.content);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(page.save(&buffer, "PNG"));
        scan.mediaType = u"image/png"_s;
        scan.fileName = u"contrat.png"_s;
        ScanViewerDialog d(scan, u"Contrat signé"_s, &parent);
        QCOMPARE(d.pageCount(), 1);
        fits(d, u"the signed scan viewer"_s);
    }
}

QTEST_MAIN(TestWindowSizes)
#include "tst_windowsizes.moc"
