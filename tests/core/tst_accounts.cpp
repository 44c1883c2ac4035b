// Accounts and login: Argon2id hashes, the password policy (CNIL 2022-100), the lockout after
// 5 failures with time passing, disabled accounts, and the journal of every login.

#include "TestChecks.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "security/Accounts.h"
#include "security/PasswordPolicy.h"
#include "security/Passwords.h"
#include "storage/AccountRepository.h"
#include "storage/DirectoryRepositories.h"
#include "storage/ReferenceRepository.h"
#include "storage/Tables.h"

#include <QTest>

using namespace Passerelle;
using namespace Passerelle::Testing;
using namespace Qt::Literals::StringLiterals;


class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hashAndVerify();
    void rehashWhenCostRaised();
    void policy_data();
    void policy();
    void policySaysWhatIsMissing();
    void baseWithoutAccounts();
    void firstAccountIsAnAdministrator();
    void loginGivesTheScopeOfTheAccount();
    void unknownLoginAndWrongPasswordAlike();
    void lockoutAfterFiveFailuresForFifteenMinutes();
    void successForgetsFailures();
    void disabledAccountCannotLogIn();
    void journalOfLogins();
    void changesOfAccountsJournaledWithLabels();
    void onlyAdministratorsManageAccounts();
    void lastAdministratorStays();
    void unlockCountsTowardLockout();
    void idleLockSetting();
    void demoAccounts();

private:
    User admin();
    QList<AuditEntry> journal(const QString &operation);

    std::unique_ptr<TestDatabase> m_db;
    QDateTime m_now;
    Accounts::Clock clock()
    {
        return [this] { return m_now; };
    }
    Id m_agency = 0;
    Id m_partner = 0;
    const QString m_password = u"Vélo-Bleu-2026"_s;
};

void TestAccounts::initTestCase()
{
    // The users' language: messages are checked in French.
    installFrenchTranslation();
}

void TestAccounts::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(backendUnavailable()));
    m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    Agency agency;
    agency.code = u"MURET"_s;
    agency.name = u"Agence de Muret"_s;
    QVERIFY(AgencyRepository(m_db->db()).save(TestDatabase::all(), agency));
    m_agency = agency.id;
    Partner partner;
    partner.code = u"UCRM"_s;
    partner.name = u"UCRM"_s;
    QVERIFY(PartnerRepository(m_db->db()).save(TestDatabase::all(), partner));
    m_partner = partner.id;
}

void TestAccounts::cleanup()
{
    m_db.reset();
}

User TestAccounts::admin()
{
    User u;
    u.login = u"plac"_s;
    u.displayName = u"Pierre LACOSTE"_s;
    u.role = u"administrateur"_s;
    auto added = Accounts(m_db->db(), clock()).add(TestDatabase::all(), u, m_password);
    if (!added)
        qWarning("%s", why(added).constData());
    return added.valueOr(User{});
}

QList<AuditEntry> TestAccounts::journal(const QString &operation)
{
    return Tables::auditLog()
        .select(m_db->db(), u"WHERE operation = ? ORDER BY id"_s, {operation})
        .valueOr({});
}

void TestAccounts::hashAndVerify()
{
    auto hash = Passwords::hash(m_password);
    QVERIFY(hash);
    QVERIFY2(hash->startsWith(u"$argon2id$"_s), qPrintable(*hash));
    QVERIFY(!hash->contains(m_password));
    QVERIFY(Passwords::verify(*hash, m_password));
    QVERIFY(!Passwords::verify(*hash, u"Vélo-Bleu-2027"_s));
    QVERIFY(!Passwords::verify(QString(), QString()));
    QVERIFY(!Passwords::verify(u"not a hash"_s, m_password));
    // A random salt: the same password never gives the same hash.
    QVERIFY(*Passwords::hash(m_password) != *hash);
    QVERIFY(!Passwords::needsRehash(*hash));
}

void TestAccounts::rehashWhenCostRaised()
{
    auto cheap = Passwords::hash(m_password, Passwords::minimumCost());
    QVERIFY(cheap);
    QVERIFY(Passwords::needsRehash(*cheap));
    User a = admin();
    QVERIFY(a.id > 0);
    AccountRepository repo(m_db->db());
    QVERIFY(repo.setPassword(a.id, *cheap, m_now));
    auto scope = Accounts(m_db->db(), clock()).login(a.login, m_password);
    QVERIFY2(scope, why(scope).constData());
    auto stored = repo.byId(a.id);
    QVERIFY(stored && *stored);
    QVERIFY((*stored)->passwordHash != *cheap);
    QVERIFY(!Passwords::needsRehash((*stored)->passwordHash));
    QVERIFY(Passwords::verify((*stored)->passwordHash, m_password));
    QVERIFY(journal(u"login"_s).constLast().summary.contains(u"renewed"_s));
}

void TestAccounts::policy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("12 of 4 kinds") << u"abcDEF123!xy"_s << true;
    QTest::newRow("8 of 3 kinds") << u"abcDEF12"_s << true;
    QTest::newRow("8 of 3 kinds, symbol") << u"abcdef1!"_s << true;
    QTest::newRow("7 of 4 kinds") << u"aB3!xyz"_s << false;
    QTest::newRow("12 of 2 kinds") << u"abcdefghij12"_s << false;
    QTest::newRow("30 of 1 kind") << u"abcdefghijklmnopqrstuvwxyzabcd"_s << false;
    QTest::newRow("demo password: 2 kinds") << QString::fromLatin1(Demo::Password) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("accents count as letters") << u"Éléphant42"_s << true;
    QTest::newRow("too long") << (u"aB3!"_s.repeated(100)) << false;
}

void TestAccounts::policy()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    QCOMPARE(PasswordPolicy::accepts(password), accepted);
    QCOMPARE(PasswordPolicy::problem(password).isEmpty(), accepted);
}

void TestAccounts::policySaysWhatIsMissing()
{
    const QString shortOne = PasswordPolicy::problem(u"aB3!xyz"_s);
    QVERIFY2(shortOne.contains(u"1 caractère de plus"_s), qPrintable(shortOne));
    const QString twoKinds = PasswordPolicy::problem(u"abcdefghij12"_s);
    QVERIFY2(twoKinds.contains(u"majuscules, symboles"_s), qPrintable(twoKinds));
    QVERIFY2(!twoKinds.contains(u"abcdefghij12"_s), "never quotes the password");
    const QString demo = PasswordPolicy::problem(QString::fromLatin1(Demo::Password));
    QVERIFY2(demo.contains(u"majuscules, chiffres"_s), qPrintable(demo));
}

void TestAccounts::baseWithoutAccounts()
{
    Accounts accounts(m_db->db(), clock());
    QCOMPARE(*accounts.hasAccounts(), false);
    // A user without a password (a directory record) does not make accounts.
    User u;
    u.login = u"cfabre"_s;
    u.displayName = u"Claire FABRE"_s;
    u.role = u"cesf"_s;
    u.agencyId = m_agency;
    QVERIFY(UserRepository(m_db->db()).save(TestDatabase::all(), u));
    QCOMPARE(*accounts.hasAccounts(), false);
    auto refused = accounts.login(u"cfabre"_s, QString());
    QVERIFY(!refused);
    QVERIFY(admin().id > 0);
    QCOMPARE(*accounts.hasAccounts(), true);
}

void TestAccounts::firstAccountIsAnAdministrator()
{
    Accounts accounts(m_db->db(), clock());
    User cesf;
    cesf.login = u"cfabre"_s;
    cesf.displayName = u"Claire FABRE"_s;
    cesf.role = u"cesf"_s;
    cesf.agencyId = m_agency;
    auto refused = accounts.add(TestDatabase::all(), cesf, m_password);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"administrateur"_s), why(refused).constData());
    QCOMPARE(*accounts.hasAccounts(), false);
    QVERIFY(admin().id > 0);
    auto added = accounts.add(TestDatabase::all(), cesf, m_password);
    QVERIFY2(added, why(added).constData());
    // A weak password is refused with the policy's sentence.
    User other = cesf;
    other.login = u"sbenali"_s;
    auto weak = accounts.add(TestDatabase::all(), other, u"soleil"_s);
    QVERIFY(!weak);
    QCOMPARE(weak.error().message, PasswordPolicy::problem(u"soleil"_s));
    // A login is unique.
    auto twice = accounts.add(TestDatabase::all(), cesf, m_password);
    QVERIFY(!twice);
}

void TestAccounts::loginGivesTheScopeOfTheAccount()
{
    const User a = admin();
    Accounts accounts(m_db->db(), clock());
    const Scope adminScope = *accounts.login(a.login, m_password);
    User cesf;
    cesf.login = u"cfabre"_s;
    cesf.displayName = u"Claire FABRE"_s;
    cesf.role = u"cesf"_s;
    cesf.agencyId = m_agency;
    QVERIFY(accounts.add(adminScope, cesf, m_password));
    User referent;
    referent.login = u"khaddad"_s;
    referent.displayName = u"Karim HADDAD"_s;
    referent.role = u"referent_partenaire"_s;
    referent.partnerId = m_partner;
    QVERIFY(accounts.add(adminScope, referent, m_password));

    auto s = accounts.login(u" cfabre "_s, m_password);
    QVERIFY2(s, why(s).constData());
    QCOMPARE(s->role, Role::Cesf);
    QCOMPARE(s->login, u"cfabre"_s);
    QCOMPARE(s->agencyId, std::optional<Id>(m_agency));
    auto p = accounts.login(u"khaddad"_s, m_password);
    QVERIFY(p);
    QCOMPARE(p->role, Role::ReferentPartenaire);
    QCOMPARE(p->partnerId, std::optional<Id>(m_partner));
    QCOMPARE(adminScope.role, Role::Administrateur);
    QVERIFY(adminScope.may(Permission::ManageUsers));
    QVERIFY(!s->may(Permission::ManageUsers));
}

void TestAccounts::unknownLoginAndWrongPasswordAlike()
{
    const User a = admin();
    Accounts accounts(m_db->db(), clock());
    auto unknown = accounts.login(u"nobody"_s, m_password);
    auto wrong = accounts.login(a.login, u"Vélo-Bleu-2025"_s);
    QVERIFY(!unknown && !wrong);
    QCOMPARE(unknown.error().message, wrong.error().message);
    QCOMPARE(unknown.error().kind, Error::Kind::Access);
    QVERIFY(!wrong.error().message.contains(u"Vélo"_s));
    // The login typed is not journaled for an unknown login (it may be a password).
    const QList<AuditEntry> failed = journal(u"login_failed"_s);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0).login, u"?"_s);
    QVERIFY(!failed.at(0).summary.contains(u"nobody"_s));
    QCOMPARE(failed.at(1).login, a.login);
    QCOMPARE(failed.at(1).userId, a.id);
}

void TestAccounts::lockoutAfterFiveFailuresForFifteenMinutes()
{
    const User a = admin();
    Accounts accounts(m_db->db(), clock());
    for (int i = 1; i < Accounts::MaxFailures; ++i) {
        auto r = accounts.login(a.login, u"wrong"_s);
        QVERIFY(!r);
        QVERIFY2(!r.error().message.contains(u"verrouillé jusqu'à"_s), why(r).constData());
        m_now = m_now.addSecs(20);
    }
    auto fifth = accounts.login(a.login, u"wrong"_s);
    QVERIFY(!fifth);
    QVERIFY2(fifth.error().message.contains(u"verrouillé jusqu'à"_s), why(fifth).constData());
    const QDateTime lockedAt = m_now;
    auto stored = AccountRepository(m_db->db()).byId(a.id);
    QCOMPARE((*stored)->lockedUntil, lockedAt.addSecs(15 * 60));
    // Locked: even the right password is refused, until the lock ends.
    m_now = lockedAt.addSecs(14 * 60);
    auto still = accounts.login(a.login, m_password);
    QVERIFY(!still);
    QVERIFY(still.error().message.contains(u"verrouillé jusqu'à"_s));
    m_now = lockedAt.addSecs(15 * 60 + 1);
    auto after = accounts.login(a.login, m_password);
    QVERIFY2(after, why(after).constData());
    QCOMPARE(journal(u"lockout"_s).size(), 1);
    QCOMPARE(journal(u"lockout"_s).constFirst().login, a.login);
    QCOMPARE(journal(u"lockout"_s).constFirst().userId, a.id);
}

void TestAccounts::successForgetsFailures()
{
    const User a = admin();
    Accounts accounts(m_db->db(), clock());
    for (int round = 0; round < 3; ++round) {
        for (int i = 1; i < Accounts::MaxFailures; ++i)
            QVERIFY(!accounts.login(a.login, u"wrong"_s));
        QVERIFY(accounts.login(a.login, m_password)); // 4 failures, then a success
    }
    QCOMPARE(journal(u"lockout"_s).size(), 0);
    QCOMPARE((*AccountRepository(m_db->db()).byId(a.id))->failedLogins, 0);
}

void TestAccounts::disabledAccountCannotLogIn()
{
    const User a = admin();
    Accounts accounts(m_db->db(), clock());
    const Scope adminScope = *accounts.login(a.login, m_password);
    User officer;
    officer.login = u"mdelmas"_s;
    officer.displayName = u"Marc DELMAS"_s;
    officer.role = u"charge_mission"_s;
    const User added = *accounts.add(adminScope, officer, m_password);
    QVERIFY(accounts.setActive(adminScope, added.id, false));
    auto refused = accounts.login(u"mdelmas"_s, m_password);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"désactivé"_s), why(refused).constData());
    // A wrong password on a disabled account says nothing more than for any account.
    auto wrong = accounts.login(u"mdelmas"_s, u"nope"_s);
    QVERIFY(!wrong.error().message.contains(u"désactivé"_s));
    QVERIFY(accounts.setActive(adminScope, added.id, true));
    QVERIFY(accounts.login(u"mdelmas"_s, m_password));
}

void TestAccounts::journalOfLogins()
{
    const User a = admin();
    Accounts accounts(m_db->db(), clock());
    QVERIFY(accounts.login(a.login, m_password));
    QVERIFY(!accounts.login(a.login, u"wrong"_s));
    const QList<AuditEntry> logins = journal(u"login"_s);
    QCOMPARE(logins.size(), 1);
    QCOMPARE(logins.at(0).login, a.login);
    QCOMPARE(logins.at(0).userId, a.id);
    QCOMPARE(logins.at(0).entity, u"user"_s);
    QCOMPARE(logins.at(0).entityId, a.id);
    const QList<AuditEntry> failed = journal(u"login_failed"_s);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).login, a.login);
    // No password nor hash anywhere in the journal.
    const auto all = Tables::auditLog().select(m_db->db(), u"ORDER BY id"_s, {});
    QVERIFY(all);
    for (const AuditEntry &e : *all) {
        QVERIFY2(!e.summary.contains(u"argon2"_s), qPrintable(e.summary));
        QVERIFY2(!e.summary.contains(u"Vélo"_s), qPrintable(e.summary));
        QVERIFY(!e.summary.contains(u"wrong"_s) || e.operation == u"login_failed");
    }
}

void TestAccounts::changesOfAccountsJournaledWithLabels()
{
    const User a = admin();
    Accounts accounts(m_db->db(), clock());
    const Scope adminScope = *accounts.login(a.login, m_password);
    User u;
    u.login = u"cfabre"_s;
    u.displayName = u"Claire FABRE"_s;
    u.role = u"cesf"_s;
    u.agencyId = m_agency;
    User added = *accounts.add(adminScope, u, m_password);
    added.role = u"responsable_pole_social"_s;
    added.agencyId = 0;
    QVERIFY(accounts.update(adminScope, added));
    QVERIFY(accounts.resetPassword(adminScope, added.id, u"Autre-Mot-2026"_s));
    QVERIFY(accounts.login(u"cfabre"_s, u"Autre-Mot-2026"_s));
    QVERIFY(!accounts.login(u"cfabre"_s, m_password));
    const QList<AuditEntry> updates = journal(u"update"_s);
    QCOMPARE(updates.size(), 2);
    QCOMPARE(updates.at(0).login, a.login);
    QCOMPARE(updates.at(0).entity, u"user"_s);
    QCOMPARE(updates.at(0).entityId, added.id);
    const ReferenceCatalog refs = *ReferenceRepository(m_db->db()).catalog();
    QCOMPARE(updates.at(0).summary.section(u';', 0, 0),
             u"role: %1 → %2"_s.arg(refs.label(ReferenceList::UserRole, u"cesf"_s),
                                     refs.label(ReferenceList::UserRole,
                                                u"responsable_pole_social"_s)));
    QVERIFY(!updates.at(0).summary.contains(u"responsable_pole_social"_s));
    QVERIFY(updates.at(0).summary.contains(u"Agence de Muret"_s));
    QCOMPARE(updates.at(1).summary, u"password reset"_s);
    const QList<AuditEntry> created = journal(u"create"_s);
    QVERIFY(!created.isEmpty());
    for (const AuditEntry &e : journal(u"update"_s) + created)
        QVERIFY2(!e.summary.contains(u"argon2"_s), qPrintable(e.summary));
}

void TestAccounts::onlyAdministratorsManageAccounts()
{
    const User a = admin();
    Accounts accounts(m_db->db(), clock());
    const Scope adminScope = *accounts.login(a.login, m_password);
    User u;
    u.login = u"nroux"_s;
    u.displayName = u"Nathalie ROUX"_s;
    u.role = u"responsable_pole_social"_s;
    QVERIFY(accounts.add(adminScope, u, m_password));
    const Scope head = *accounts.login(u"nroux"_s, m_password);
    User other = u;
    other.login = u"mdelmas"_s;
    auto refused = accounts.add(head, other, m_password);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Access);
    QVERIFY(!accounts.resetPassword(head, a.id, u"Autre-Mot-2026"_s));
    QVERIFY(!accounts.setActive(head, a.id, false));
    QVERIFY(!accounts.list(head));
    QCOMPARE(journal(u"refused"_s).size(), 4);
    // One's own password, though, one may change.
    QVERIFY(accounts.resetPassword(head, head.userId, u"Autre-Mot-2026"_s));
}

void TestAccounts::lastAdministratorStays()
{
    const User a = admin();
    Accounts accounts(m_db->db(), clock());
    const Scope adminScope = *accounts.login(a.login, m_password);
    QVERIFY(!accounts.setActive(adminScope, a.id, false));
    User demoted = a;
    demoted.role = u"charge_mission"_s;
    QVERIFY(!accounts.update(adminScope, demoted));
    User second = a;
    second.login = u"admin2"_s;
    QVERIFY(accounts.add(adminScope, second, m_password));
    QVERIFY(accounts.setActive(adminScope, a.id, false));
}

void TestAccounts::unlockCountsTowardLockout()
{
    const User a = admin();
    Accounts accounts(m_db->db(), clock());
    const Scope session = *accounts.login(a.login, m_password);
    for (int i = 1; i < Accounts::MaxFailures; ++i)
        QVERIFY(!accounts.unlock(session, u"wrong"_s));
    auto locked = accounts.unlock(session, u"wrong"_s);
    QVERIFY(!locked);
    QVERIFY(locked.error().message.contains(u"verrouillé jusqu'à"_s));
    QVERIFY(!accounts.unlock(session, m_password));
    m_now = m_now.addSecs(16 * 60);
    auto unlocked = accounts.unlock(session, m_password);
    QVERIFY(unlocked);
    QCOMPARE(unlocked->userId, session.userId);
    QCOMPARE(journal(u"login"_s).constLast().summary, u"unlock"_s);
}

void TestAccounts::idleLockSetting()
{
    const User a = admin();
    Accounts accounts(m_db->db(), clock());
    QCOMPARE(*accounts.idleLockMinutes(), 10);
    const Scope adminScope = *accounts.login(a.login, m_password);
    QVERIFY(accounts.setIdleLockMinutes(adminScope, 5));
    QCOMPARE(*accounts.idleLockMinutes(), 5);
    QVERIFY(!accounts.setIdleLockMinutes(adminScope, 0));
    QVERIFY(!accounts.setIdleLockMinutes(adminScope, 61));
    QCOMPARE(journal(u"update"_s).constLast().entity, u"setting"_s);
}

void TestAccounts::demoAccounts()
{
    if (m_db->backend() != Backend::Sqlite)
        QSKIP("The demo is built on SQLite here.");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_s);
    QVERIFY(Demo::create(path, QDate(2026, 3, 2)));
    auto db = Database::open(path);
    QVERIFY(db);
    Accounts accounts(**db);
    QVERIFY(*accounts.hasAccounts());
    const QString password = QString::fromLatin1(Demo::Password);
    const std::pair<const char *, Role> expected[] = {
        {"cfabre", Role::Cesf},
        {"sbenali", Role::Cesf},
        {"jmarty", Role::Cesf},
        {"nroux", Role::ResponsablePoleSocial},
        {"mdelmas", Role::ChargeMission},
        {"admin", Role::Administrateur},
        {"khaddad", Role::ReferentPartenaire},
    };
    QSet<Id> agencies;
    for (const auto &[login, role] : expected) {
        auto scope = accounts.login(QString::fromLatin1(login), password);
        QVERIFY2(scope, login);
        QCOMPARE(scope->role, role);
        if (role == Role::Cesf)
            agencies.insert(scope->agencyId.value_or(0));
        if (role == Role::ReferentPartenaire) {
            auto ucrm = PartnerRepository(**db).findByCode(u"UCRM"_s);
            QCOMPARE(scope->partnerId, std::optional<Id>((*ucrm)->id));
        }
    }
    QCOMPARE(agencies.size(), 3); // one CESF per agency
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
