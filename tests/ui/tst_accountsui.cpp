// Accounts in the GUI: the login dialog (wrong password, lock with its end), the idle lock
// that hides every household datum until the password is typed again, the screens a role may
// use, and Administration › Utilisateurs.
#include "AppContext.h"
#include "Clock.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "admin/AdministrationPage.h"
#include "admin/UserEditor.h"
#include "demo/DemoData.h"
#include "households/HouseholdWindow.h"
#include "security/Accounts.h"
#include "session/LockScreen.h"
#include "session/LoginDialog.h"
#include "storage/AccountRepository.h"
#include "storage/HouseholdRepository.h"
#include "widgets/FormWidgets.h"

#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QDialogButtonBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using namespace Passerelle::Ui;
using Passerelle::Testing::TestDatabase;

class TestAccountsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loginDialog();
    void loginDialogSaysWhenTheLockEnds();
    void idleLockHidesHouseholdData();
    void singleUserBaseNeverLocks();
    void navigationShowsWhatTheRoleMayUse();
    void usersPageOnlyForAdministrators();
    void usersPageCreatesDisablesAndResets();

private:
    Scope login(const QString &account);
    template <typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        auto *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no widget %s", qPrintable(name));
        return found;
    }

    std::unique_ptr<TestDatabase> m_test;
    const QString m_demoPassword = QString::fromLatin1(Demo::Password);
};

void TestAccountsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PasserelleTests"_s);
    QCoreApplication::setApplicationName(u"tst_accountsui"_s);
    Testing::installFrenchTranslation();
}

void TestAccountsUi::init()
{
    QSettings().clear();
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(m_test->isValid());
    QVERIFY(Demo::populate(m_test->db(), Passerelle::Clock::today()));
}

void TestAccountsUi::cleanup()
{
    m_test.reset();
    QSettings().clear();
}

Scope TestAccountsUi::login(const QString &account)
{
    return Accounts(m_test->db()).login(account, m_demoPassword).valueOr(Scope());
}

void TestAccountsUi::loginDialog()
{
    LoginDialog dialog(m_test->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // A demo base says which accounts it has.
    QVERIFY(child<QLabel>(&dialog, u"demoAccounts"_s)->text().contains(u"passerelle-demo"_s));
    auto *loginEdit = child<QLineEdit>(&dialog, u"login"_s);
    auto *password = child<QLineEdit>(&dialog, u"password"_s);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    loginEdit->setText(u"nroux"_s);
    QTest::keyClicks(password, u"pas-le-bon"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"logIn"_s), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains(u"Identifiant ou mot de passe incorrect"_s),
             qPrintable(dialog.message()));
    QVERIFY(password->text().isEmpty());
    QTest::keyClicks(password, m_demoPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.scope().login, u"nroux"_s);
    QCOMPARE(dialog.scope().role, Role::ResponsablePoleSocial);
}

void TestAccountsUi::loginDialogSaysWhenTheLockEnds()
{
    LoginDialog dialog(m_test->db());
    dialog.show();
    child<QLineEdit>(&dialog, u"login"_s)->setText(u"cfabre"_s);
    auto *password = child<QLineEdit>(&dialog, u"password"_s);
    for (int i = 0; i < Accounts::MaxFailures; ++i) {
        password->setText(u"essai-%1"_s.arg(i));
        dialog.tryLogin();
    }
    const QString until = QDateTime::currentDateTime().addSecs(15 * 60).toString(u"HH:mm"_s);
    QVERIFY2(dialog.message().contains(u"verrouillé jusqu'à"_s), qPrintable(dialog.message()));
    QVERIFY2(dialog.message().contains(until)
                 || dialog.message().contains(
                     QDateTime::currentDateTime().addSecs(14 * 60).toString(u"HH:mm"_s)),
             qPrintable(dialog.message()));
    // Even the right password waits for the end of the lock.
    password->setText(m_demoPassword);
    dialog.tryLogin();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.message().contains(u"verrouillé jusqu'à"_s));
}

void TestAccountsUi::idleLockHidesHouseholdData()
{
    const Scope scope = login(u"nroux"_s);
    QCOMPARE(scope.login, u"nroux"_s);
    MainWindow window(m_test->db(), scope);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.idleWatcher());
    QCOMPARE(window.idleWatcher()->timeout(), 10 * 60 * 1000); // the default: 10 minutes
    auto households = HouseholdRepository(m_test->db()).list(scope);
    QVERIFY(households && !households->isEmpty());
    HouseholdWindow *file = window.openHousehold(households->constFirst().id);
    QVERIFY(file);
    QVERIFY(QTest::qWaitForWindowExposed(file));
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);

    window.idleWatcher()->setTimeout(200);
    window.idleWatcher()->restart();
    QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 5000);
    auto *lock = window.findChild<LockScreen *>();
    QVERIFY(lock && lock->isVisible());
    QVERIFY(!navigation->isVisible());
    QVERIFY(!file->isVisible());
    QVERIFY(!window.openHousehold(households->constFirst().id)); // nothing opens meanwhile
    // A wrong password keeps it locked, and counts as a failure.
    auto *password = child<QLineEdit>(lock, u"password"_s);
    QTest::keyClicks(password, u"pas-le-bon"_s);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(window.isLocked());
    QVERIFY2(lock->message().contains(u"incorrect"_s), qPrintable(lock->message()));
    QCOMPARE((*AccountRepository(m_test->db()).findByLogin(u"nroux"_s))->failedLogins, 1);
    QTest::keyClicks(password, m_demoPassword);
    QTest::mouseClick(child<QPushButton>(lock, u"unlock"_s), Qt::LeftButton);
    QVERIFY(!window.isLocked());
    QVERIFY(navigation->isVisible());
    QVERIFY(file->isVisible());
    QVERIFY(window.idleWatcher()->isActive());
    // Activity puts the lock off.
    window.idleWatcher()->setTimeout(400);
    for (int i = 0; i < 6; ++i) {
        QTest::qWait(150);
        QTest::mouseMove(navigation, QPoint(10 + i, 10 + i));
    }
    QVERIFY(!window.isLocked());
    QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 5000);
}

void TestAccountsUi::singleUserBaseNeverLocks()
{
    MainWindow window(m_test->db(), Scope::everything(u"test"_s));
    QVERIFY(!window.idleWatcher());
    window.lockSession();
    QVERIFY(!window.isLocked());
}

void TestAccountsUi::navigationShowsWhatTheRoleMayUse()
{
    // Some screens refuse a role in a message box when they are built (the scoping of the
    // screens themselves is tested with them): close those.
    // None should: the screens a role may not use are not built.
    QTimer dismiss;
    int refusals = 0;
    connect(&dismiss, &QTimer::timeout, this, [&refusals] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            ++refusals;
            box->reject();
        }
    });
    dismiss.start(50);
    const auto shown = [this](const QString &account) {
        MainWindow window(m_test->db(), login(account));
        auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
        QStringList pages;
        for (int i = 0; i < navigation->count(); ++i) {
            if (!navigation->item(i)->isHidden())
                pages << navigation->item(i)->data(Qt::UserRole).toString();
        }
        return pages;
    };
    QCOMPARE(shown(u"khaddad"_s), QStringList{u"households"_s});
    // The Bilan annuel for a CESF (her agency's) and for head office.
    QCOMPARE(shown(u"cfabre"_s),
             (QStringList{u"dashboard"_s, u"households"_s, u"committees"_s, u"review"_s}));
    QCOMPARE(shown(u"mdelmas"_s), (QStringList{u"dashboard"_s, u"households"_s, u"committees"_s,
                                               u"review"_s, u"actions"_s}));
    QVERIFY(shown(u"admin"_s).contains(u"administration"_s));
    QVERIFY(!shown(u"admin"_s).contains(u"committees"_s));
    QCOMPARE(refusals, 0);
    // Nor is anything refused behind the user's back (a screen built, then refused).
    QCOMPARE(m_test->db()
                 .scalar(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'refused'"_s)
                 .valueOr(QVariant(-1))
                 .toInt(),
             0);
}

void TestAccountsUi::usersPageOnlyForAdministrators()
{
    AppContext head(m_test->db(), login(u"nroux"_s));
    AdministrationPage forHead(head);
    QVERIFY(!forHead.users());
    AppContext admin(m_test->db(), login(u"admin"_s));
    AdministrationPage forAdmin(admin);
    QVERIFY(forAdmin.users());
}

void TestAccountsUi::usersPageCreatesDisablesAndResets()
{
    AppContext context(m_test->db(), login(u"admin"_s));
    AdministrationPage page(context);
    page.resize(1366, 768);
    page.show();
    UserEditor *editor = page.users();
    QVERIFY(editor);
    child<QTabWidget>(&page, u"tabs"_s)->setCurrentWidget(editor);
    QCOMPARE(editor->list()->rowCount(), 7); // the demo accounts
    QVERIFY(editor->list()->horizontalHeaderItem(5)->text().contains(u"Verrouillé"_s));

    // A new account: its password, typed twice, follows the policy.
    QVERIFY(editor->startNew());
    QTest::keyClicks(child<QLineEdit>(editor, u"login"_s), u"lmoreau"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"displayName"_s), u"Lea MOREAU"_s);
    auto *role = child<CodeCombo>(editor, u"role"_s);
    role->setCurrentIndex(role->findData(u"charge_mission"_s));
    Q_EMIT role->activated(role->currentIndex());
    auto *password = child<QLineEdit>(editor, u"password"_s);
    auto *confirm = child<QLineEdit>(editor, u"passwordConfirm"_s);
    QVERIFY(password->isVisible());
    QTest::keyClicks(password, u"soleil"_s);
    QVERIFY(!child<FieldMessage>(editor, u"message_password"_s)->isHidden());
    QVERIFY(!editor->save());
    password->clear();
    QTest::keyClicks(password, u"Toulouse-Rose-31"_s);
    QTest::keyClicks(confirm, u"Toulouse-Rose-32"_s);
    QVERIFY(!editor->save());
    QVERIFY(!child<FieldMessage>(editor, u"message_passwordConfirm"_s)->isHidden());
    confirm->clear();
    QTest::keyClicks(confirm, u"Toulouse-Rose-31"_s);
    QVERIFY2(editor->save(), qPrintable(editor->statusText()));
    QVERIFY(!password->isVisible()); // an existing account's password is reset, not edited
    QCOMPARE(editor->list()->rowCount(), 8);
    auto added = Accounts(m_test->db()).login(u"lmoreau"_s, u"Toulouse-Rose-31"_s);
    QVERIFY(added);
    QCOMPARE(added->role, Role::ChargeMission);

    // Disabled: cannot log in.
    child<QCheckBox>(editor, u"active"_s)->setChecked(false);
    QVERIFY(editor->save());
    QVERIFY(!Accounts(m_test->db()).login(u"lmoreau"_s, u"Toulouse-Rose-31"_s));
    child<QCheckBox>(editor, u"active"_s)->setChecked(true);
    QVERIFY(editor->save());

    // A new password, typed twice in its dialog.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<NewPasswordDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog->findChild<QLineEdit *>(u"password"_s)->setText(u"Garonne-Bleue-31"_s);
        QVERIFY(!ok->isEnabled());
        dialog->findChild<QLineEdit *>(u"passwordConfirm"_s)->setText(u"Garonne-Bleue-31"_s);
        QVERIFY(ok->isEnabled());
        ok->click();
    });
    editor->resetPassword();
    QVERIFY(Accounts(m_test->db()).login(u"lmoreau"_s, u"Garonne-Bleue-31"_s));

    // The idle lock setting.
    auto *minutes = child<QSpinBox>(editor, u"idleMinutes"_s);
    QCOMPARE(minutes->value(), 10);
    minutes->setValue(5);
    QSignalSpy changed(&context, &AppContext::idleLockChanged);
    QTest::mouseClick(child<QPushButton>(editor, u"applyIdleMinutes"_s), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(*Accounts(m_test->db()).idleLockMinutes(), 5);
}

QTEST_MAIN(TestAccountsUi)
#include "tst_accountsui.moc"
