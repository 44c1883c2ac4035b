// The main window: every navigation entry leads to a real screen, the window fits a laptop
// screen in French, and the geometry, splitter, page and agency are remembered from one start
// to the next.
#include "About.h"
#include "AppContext.h"
#include "Clock.h"
#include "MainWindow.h"
#include "Page.h"
#include "Settings.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "storage/DirectoryRepositories.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QScopeGuard>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using namespace Passerelle::Ui;
using Passerelle::Testing::TestDatabase;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyEntryLeadsToAScreen();
    void viewMenuShowsThePageTitles();
    void fitsALaptopScreen();
    void remembersItsState();
    void keepsTheSettingsOfTheUnnamedOrganization();
    void aboutSaysVersionLicenceSourceAndVersionsInUse();
    void dailyCheckRunsOnceADay();
    void dailyCheckWarnsOfDamage();

private:
    std::unique_ptr<TestDatabase> m_test;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PasserelleTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    Testing::installFrenchTranslation();
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(Demo::populate(m_test->db(), Passerelle::Clock::today()));
}

void TestMainWindow::cleanup()
{
    m_test.reset();
    QSettings().clear();
}

void TestMainWindow::everyEntryLeadsToAScreen()
{
    MainWindow window(m_test->db(), Scope::everything(u"test"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(navigation);
    const QStringList expected{u"Tableau de bord"_s, u"Ménages"_s, u"Commissions de suivi"_s,
                               u"Bilan annuel"_s, u"Dispositifs & partenaires"_s,
                               u"Administration"_s};
    QStringList titles;
    for (int i = 0; i < navigation->count(); ++i)
        titles << navigation->item(i)->text();
    QCOMPARE(titles, expected);
    // The dashboard is the start page.
    QCOMPARE(navigation->currentRow(), 0);

    auto *pages = window.findChild<QStackedWidget *>();
    QVERIFY(pages);
    for (int i = 0; i < navigation->count(); ++i) {
        navigation->setCurrentRow(i);
        auto *page = qobject_cast<Page *>(pages->currentWidget());
        QVERIFY(page);
        QCOMPARE(page->title(), titles.at(i));
        QVERIFY(!page->icon().isNull());
        // A real screen: a good number of widgets, not a label saying "to come".
        QVERIFY2(page->findChildren<QWidget *>().size() > 10, qPrintable(titles.at(i)));
        QVERIFY(window.page(page->objectName()) == page);
    }
}

/// An action's text as a menu shows it: "&&" is one '&', a single '&' marks the mnemonic
/// (underlined, not shown).
static QString shownText(const QString &text)
{
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        shown += text.at(i);
    }
    return shown;
}

void TestMainWindow::viewMenuShowsThePageTitles()
{
    QCOMPARE(shownText(u"&Affichage"_s), u"Affichage"_s);
    QCOMPARE(shownText(u"A && B"_s), u"A & B"_s);

    MainWindow window(m_test->db(), Scope::everything(u"test"_s));
    auto *pages = window.findChild<QStackedWidget *>();
    QVERIFY(pages);
    // View › one action per screen, its navigation row as data.
    QList<QAction *> goes;
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (!a->isSeparator() && a->data().typeId() == QMetaType::Int)
                goes << a;
        }
    }
    QCOMPARE(goes.size(), pages->count());
    bool ampersand = false;
    for (QAction *go : std::as_const(goes)) {
        auto *page = qobject_cast<Page *>(pages->widget(go->data().toInt()));
        QVERIFY(page);
        QCOMPARE(shownText(go->text()), page->title());
        ampersand = ampersand || page->title().contains(u'&');
    }
    // « Dispositifs & partenaires »: the case that read « Dispositifs _partenaires ».
    QVERIFY(ampersand);
}

void TestMainWindow::fitsALaptopScreen()
{
    // A CESF's laptop: 1366 x 768, less the task bar and the window frame.
    MainWindow window(m_test->db(), Scope::everything(u"test"_s));
    auto *pages = window.findChild<QStackedWidget *>();
    for (int i = 0; i < pages->count(); ++i) {
        QWidget *page = pages->widget(i);
        QVERIFY2(page->minimumSizeHint().width() <= 1100,
                 qPrintable(page->objectName() + u": "_s
                            + QString::number(page->minimumSizeHint().width())));
        QVERIFY2(page->minimumSizeHint().height() <= 600,
                 qPrintable(page->objectName() + u": "_s
                            + QString::number(page->minimumSizeHint().height())));
    }
    const QSize minimum = window.minimumSizeHint();
    QVERIFY2(minimum.width() <= 1340, qPrintable(QString::number(minimum.width())));
    QVERIFY2(minimum.height() <= 700, qPrintable(QString::number(minimum.height())));
}

void TestMainWindow::remembersItsState()
{
    auto agencies = AgencyRepository(m_test->db()).list();
    QVERIFY(agencies && agencies->size() >= 2);
    const Agency &agency = agencies->at(1);
    {
        MainWindow window(m_test->db(), Scope::everything(u"test"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1340, 720);
        window.showPage(u"committees"_s);
        auto *chooser = window.findChild<QComboBox *>(u"agencyChooser"_s);
        QVERIFY(chooser);
        const int index = chooser->findData(agency.id);
        QVERIFY(index > 0);
        chooser->setCurrentIndex(index);
        Q_EMIT chooser->activated(index);
        QCOMPARE(window.context().currentAgency(), agency.id);
        auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
        QVERIFY(splitter);
        splitter->setSizes({230, 1110});
        QCOMPARE(splitter->sizes().first(), 230);
        QVERIFY(window.close());
    }
    MainWindow again(m_test->db(), Scope::everything(u"test"_s));
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(1340, 720));
    auto *navigation = again.findChild<QListWidget *>(u"navigation"_s);
    QCOMPARE(navigation->currentItem()->text(), u"Commissions de suivi"_s);
    QCOMPARE(again.context().currentAgency(), agency.id);
    QCOMPARE(again.findChild<QComboBox *>(u"agencyChooser"_s)->currentText(), agency.name);
    QCOMPARE(again.findChild<QSplitter *>(u"mainSplitter"_s)->sizes().first(), 230);
}

void TestMainWindow::keepsTheSettingsOfTheUnnamedOrganization()
{
    // Where QSettings() wrote while the application named no organisation.
    QSettings old(u"Unknown Organization"_s, QCoreApplication::applicationName());
    old.clear();
    old.setValue(u"database/location"_s, u"/srv/passerelle/base.sqlite"_s);
    old.setValue(u"integrity/quickCheckDay"_s, QDate(2025, 3, 30));
    old.sync();
    const auto cleanOld = qScopeGuard([&old] {
        old.clear();
        old.sync();
    });
    QVERIFY(QSettings().allKeys().isEmpty());

    QVERIFY(Settings::adoptUnnamedOrganizationSettings());
    QCOMPARE(Settings::databaseLocation().value(), u"/srv/passerelle/base.sqlite"_s);
    QCOMPARE(Settings::quickCheckDay().value(), QDate(2025, 3, 30));
    QVERIFY(QSettings().fileName() != old.fileName());
    // Once: the settings kept since are never replaced by the old ones.
    Settings::databaseLocation().setValue(u"/home/cfabre/passerelle.sqlite"_s);
    QVERIFY(!Settings::adoptUnnamedOrganizationSettings());
    QCOMPARE(Settings::databaseLocation().value(), u"/home/cfabre/passerelle.sqlite"_s);
    // Nothing to adopt: nothing written.
    QSettings().clear();
    old.clear();
    QVERIFY(!Settings::adoptUnnamedOrganizationSettings());
    QVERIFY(QSettings().allKeys().isEmpty());
}

void TestMainWindow::aboutSaysVersionLicenceSourceAndVersionsInUse()
{
    MainWindow window(m_test->db(), Scope::everything(u"test"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Aide › À propos de Passerelle.
    QAction *about = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && shownText(menu->text()) == u"Aide"_s) {
            for (QAction *a : menu->menu()->actions()) {
                if (shownText(a->text()) == u"À propos de Passerelle"_s)
                    about = a;
            }
        }
    }
    QVERIFY(about);
    about->trigger();
    auto *box = window.findChild<QMessageBox *>(u"aboutPasserelle"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    const QString text = box->text();
    QVERIFY2(text.contains(u"Passerelle "_s + About::version()), qPrintable(text));
    QVERIFY2(text.contains(Testing::french(u"Licence : GPL-3.0-or-later"_s)), qPrintable(text));
    // The source's address, as a link.
    const QString source = About::sourceUrl().toString();
    QVERIFY2(text.contains(u"<a href=\"%1\">%1</a>"_s.arg(source)), qPrintable(text));
    QVERIFY2(text.contains(u"Qt %1, SQLite %2"_s.arg(QString::fromLatin1(qVersion()),
                                                     About::sqliteVersion())),
             qPrintable(text));
    QVERIFY(!About::sqliteVersion().isEmpty());
    box->accept();
}

void TestMainWindow::dailyCheckRunsOnceADay()
{
    PASSERELLE_SQLITE_ONLY();
    {
        MainWindow window(m_test->db(), Scope::everything(u"test"_s));
        QVERIFY(window.dailyCheck());
        QTRY_VERIFY_WITH_TIMEOUT(!window.dailyCheck(), 30000);
        auto *warning = window.findChild<QLabel *>(u"integrityWarning"_s);
        QVERIFY(warning);
        QVERIFY(warning->isHidden());
    }
    QCOMPARE(Settings::quickCheckDay().value(), Passerelle::Clock::today());
    QCOMPARE(Settings::quickCheckDatabase().value(), m_test->path());
    QCOMPARE(Settings::quickCheckWarning().value(), QString());
    // Once a day.
    MainWindow again(m_test->db(), Scope::everything(u"test"_s));
    QVERIFY(!again.dailyCheck());
}

void TestMainWindow::dailyCheckWarnsOfDamage()
{
    PASSERELLE_SQLITE_ONLY();
    // A damaged index that no screen reads at start (the demo prints no contract).
    m_test->close();
    QVERIFY(Testing::damageFile(m_test->path(), Testing::Damage::IndexPage,
                                u"contract_prints_contract"_s));
    QVERIFY(m_test->reopen());
    {
        MainWindow window(m_test->db(), Scope::everything(u"test"_s));
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.dailyCheck(), 30000);
        auto *warning = window.findChild<QLabel *>(u"integrityWarning"_s);
        QVERIFY(warning);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"endommagée"_s), qPrintable(warning->text()));
        QVERIFY2(warning->text().contains(Testing::french(u"« passerelle check »"_s)),
                 qPrintable(warning->text()));
    }
    // The same day, the warning stays without a new check.
    MainWindow again(m_test->db(), Scope::everything(u"test"_s));
    again.show();
    QVERIFY(!again.dailyCheck());
    QVERIFY(again.findChild<QLabel *>(u"integrityWarning"_s)->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
