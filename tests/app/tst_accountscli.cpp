// Accounts on the command line: --user and its password once a base has accounts, and
// `passerelle user add|disable|enable|password`.
#include "CommandRun.h"
#include "TestDatabase.h"
#include "security/Accounts.h"
#include "storage/Tables.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::passerelle;
using Passerelle::Testing::Run;

class TestAccountsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void baseWithoutAccountsNeedsNoUser();
    void userIsRequired();
    void wrongPasswordIsRefused();
    void passwordFromEnvironment();
    void noPasswordWithoutTerminal();
    void lockoutOnTheCommandLine();
    void bootstrapFirstAdministrator();
    void userAddDisablePassword();
    void userAddRefusesWeakPassword();
    void onlyAnAdministratorAddsAccounts();
    void usageListsUserCommands();

private:
    QString demoCopy(const QString &name);
    QStringList review(const QString &database) const;
    /// Journal entries of `operation` by `login` in a SQLite base.
    int journaled(const QString &database, const QString &operation, const QString &login) const;

    QTemporaryDir m_dir;
    QString m_demo;
    const QHash<QString, QString> m_demoPassword{{u"PASSERELLE_PASSWORD"_s, u"passerelle-demo"_s}};
    const QHash<QString, QString> m_noPassword{{u"PASSERELLE_PASSWORD"_s, QString()}};
};

void TestAccountsCli::initTestCase()
{
    const QString path = m_dir.filePath(u"demo.sqlite"_s);
    const Run demo = passerelle({u"demo"_s, u"--database"_s, path});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    m_demo = path;
}

QString TestAccountsCli::demoCopy(const QString &name)
{
    const QString copy = m_dir.filePath(name);
    QFile::remove(copy);
    return QFile::copy(m_demo, copy) ? copy : QString();
}

QStringList TestAccountsCli::review(const QString &database) const
{
    return {u"review"_s, u"--database"_s, database, u"--from"_s, u"2020-01-01"_s,
            u"--to"_s, u"2025-12-31"_s, u"--format"_s, u"json"_s, u"--output"_s, u"-"_s};
}

int TestAccountsCli::journaled(const QString &database, const QString &operation,
                               const QString &login) const
{
    return Testing::sqlite3Cli(database, u"SELECT COUNT(*) FROM audit_log WHERE operation = '%1' "
                                         "AND login = '%2'"_s.arg(operation, login))
        .toInt();
}

void TestAccountsCli::baseWithoutAccountsNeedsNoUser()
{
    // A base without accounts (an import into a new file) runs as before, under $USER.
    const QString households = m_dir.filePath(u"h.csv"_s);
    QFile f(households);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("reference;nom;prenom;type_menage;agence;dispositif;date_debut_accompagnement\r\n"
            "R-1;Durand;Anne;nouvel_entrant;Agence Nord;LAAVA;01/02/2021\r\n");
    f.close();
    const QString base = m_dir.filePath(u"single.sqlite"_s);
    const Run import = passerelle({u"import"_s, u"--database"_s, base, u"--households"_s,
                                   households},
                                  m_noPassword);
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    const Run run = passerelle(review(base), m_noPassword);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestAccountsCli::userIsRequired()
{
    const QString base = demoCopy(u"user-required.sqlite"_s);
    const Run run = passerelle(review(base), m_demoPassword);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"--user"_s) && run.err.contains(u"comptes"_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestAccountsCli::wrongPasswordIsRefused()
{
    const QString base = demoCopy(u"wrong.sqlite"_s);
    const Run run = passerelle(review(base) << u"--user"_s << u"nroux"_s,
                               {{u"PASSERELLE_PASSWORD"_s, u"not-this-one"_s}});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"Identifiant ou mot de passe incorrect"_s), qPrintable(run.err));
    QVERIFY(!run.err.contains(u"not-this-one"_s));
    QVERIFY(run.out.isEmpty());
    // An unknown login gets the same sentence.
    const Run unknown = passerelle(review(base) << u"--user"_s << u"nobody"_s, m_demoPassword);
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(unknown.err, run.err);
    QCOMPARE(journaled(base, u"login_failed"_s, u"nroux"_s), 1);
    QCOMPARE(journaled(base, u"login_failed"_s, u"?"_s), 1);
}

void TestAccountsCli::passwordFromEnvironment()
{
    const QString base = demoCopy(u"env.sqlite"_s);
    const Run run = passerelle(review(base) << u"--user"_s << u"nroux"_s, m_demoPassword);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"{"_s));
    // The login is journaled under the account, though the review only reads.
    QCOMPARE(journaled(base, u"login"_s, u"nroux"_s), 1);
}

void TestAccountsCli::noPasswordWithoutTerminal()
{
    const QString base = demoCopy(u"nopassword.sqlite"_s);
    const Run run = passerelle(review(base) << u"--user"_s << u"nroux"_s, m_noPassword);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"PASSERELLE_PASSWORD"_s), qPrintable(run.err));
}

void TestAccountsCli::lockoutOnTheCommandLine()
{
    const QString base = demoCopy(u"lockout.sqlite"_s);
    for (int i = 0; i < Accounts::MaxFailures; ++i) {
        const Run run = passerelle(review(base) << u"--user"_s << u"cfabre"_s,
                                   {{u"PASSERELLE_PASSWORD"_s, u"guess-%1"_s.arg(i)}});
        QCOMPARE(run.exitCode, 2);
    }
    const Run locked = passerelle(review(base) << u"--user"_s << u"cfabre"_s, m_demoPassword);
    QCOMPARE(locked.exitCode, 2);
    QVERIFY2(locked.err.contains(u"verrouillé jusqu'à"_s), qPrintable(locked.err));
    QCOMPARE(journaled(base, u"lockout"_s, u"cfabre"_s), 1);
    // The administrator's reset lifts the lock.
    const Run reset = passerelle({u"user"_s, u"password"_s, u"--database"_s, base, u"--user"_s,
                                  u"admin"_s, u"--login"_s, u"cfabre"_s},
                                 {{u"PASSERELLE_PASSWORD"_s, u"passerelle-demo"_s},
                                  {u"PASSERELLE_NEW_PASSWORD"_s, u"Nouveau-Départ-26"_s}});
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
    const Run after = passerelle(review(base) << u"--user"_s << u"cfabre"_s,
                                 {{u"PASSERELLE_PASSWORD"_s, u"Nouveau-Départ-26"_s}});
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
}

void TestAccountsCli::bootstrapFirstAdministrator()
{
    Testing::TestDatabase db; // an empty base: no accounts
    if (db.backend() != Backend::Sqlite)
        QSKIP("SQLite files only");
    const QString base = db.path();
    db.close();
    const QHash<QString, QString> env{{u"PASSERELLE_NEW_PASSWORD"_s, u"Premier-Admin-26"_s},
                                      {u"PASSERELLE_PASSWORD"_s, QString()}};
    // The first account must be an administrator's.
    const Run cesf = passerelle({u"user"_s, u"add"_s, u"--database"_s, base, u"--login"_s,
                                 u"nroux"_s, u"--name"_s, u"Nathalie ROUX"_s, u"--role"_s,
                                 u"responsable_pole_social"_s},
                                env);
    QCOMPARE(cesf.exitCode, 2);
    QVERIFY2(cesf.err.contains(u"administrateur"_s), qPrintable(cesf.err));
    const Run first = passerelle({u"user"_s, u"add"_s, u"--database"_s, base, u"--login"_s,
                                  u"chef"_s, u"--name"_s, u"Pierre LACOSTE"_s, u"--role"_s,
                                  u"administrateur"_s},
                                 env);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    // From now on, --user is needed, even to add accounts.
    const Run second = passerelle({u"user"_s, u"add"_s, u"--database"_s, base, u"--login"_s,
                                   u"nroux"_s, u"--name"_s, u"Nathalie ROUX"_s, u"--role"_s,
                                   u"responsable_pole_social"_s},
                                  env);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(u"--user"_s), qPrintable(second.err));
    QHash<QString, QString> asChef = env;
    asChef.insert(u"PASSERELLE_PASSWORD"_s, u"Premier-Admin-26"_s);
    const Run third = passerelle({u"user"_s, u"add"_s, u"--database"_s, base, u"--user"_s,
                                  u"chef"_s, u"--login"_s, u"nroux"_s, u"--name"_s,
                                  u"Nathalie ROUX"_s, u"--role"_s, u"responsable_pole_social"_s},
                                 asChef);
    QVERIFY2(third.exitCode == 0, qPrintable(third.err));
}

void TestAccountsCli::userAddDisablePassword()
{
    const QString base = demoCopy(u"useradd.sqlite"_s);
    const QHash<QString, QString> env{{u"PASSERELLE_PASSWORD"_s, u"passerelle-demo"_s},
                                      {u"PASSERELLE_NEW_PASSWORD"_s, u"Toulouse-Rose-31"_s}};
    const Run add = passerelle({u"user"_s, u"add"_s, u"--database"_s, base, u"--user"_s,
                                u"admin"_s, u"--login"_s, u"lmoreau"_s, u"--name"_s,
                                u"Léa MOREAU"_s, u"--role"_s, u"cesf"_s, u"--agency"_s,
                                Testing::sqlite3Cli(base, u"SELECT code FROM agencies ORDER BY "
                                                          "id LIMIT 1"_s)},
                               env);
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const Run asNew = passerelle(review(base) << u"--user"_s << u"lmoreau"_s,
                                 {{u"PASSERELLE_PASSWORD"_s, u"Toulouse-Rose-31"_s}});
    QVERIFY2(asNew.exitCode == 0, qPrintable(asNew.err));
    QCOMPARE(journaled(base, u"create"_s, u"admin"_s), 1);
    // Never the password, nor the hash, in the journal.
    QCOMPARE(Testing::sqlite3Cli(base, u"SELECT COUNT(*) FROM audit_log WHERE summary LIKE "
                                       "'%argon%' OR summary LIKE '%Toulouse-Rose%'"_s),
             u"0"_s);
    const Run partner = passerelle({u"user"_s, u"add"_s, u"--database"_s, base, u"--user"_s,
                                    u"admin"_s, u"--login"_s, u"ref2"_s, u"--name"_s,
                                    u"Paul ROCHE"_s, u"--role"_s, u"referent_partenaire"_s,
                                    u"--partner"_s, u"ucrm"_s},
                                   env);
    QVERIFY2(partner.exitCode == 0, qPrintable(partner.err));

    const Run disable = passerelle({u"user"_s, u"disable"_s, u"--database"_s, base, u"--user"_s,
                                    u"admin"_s, u"--login"_s, u"lmoreau"_s},
                                   m_demoPassword);
    QVERIFY2(disable.exitCode == 0, qPrintable(disable.err));
    const Run disabled = passerelle(review(base) << u"--user"_s << u"lmoreau"_s,
                                    {{u"PASSERELLE_PASSWORD"_s, u"Toulouse-Rose-31"_s}});
    QCOMPARE(disabled.exitCode, 2);
    QVERIFY2(disabled.err.contains(u"désactivé"_s), qPrintable(disabled.err));
    const Run enable = passerelle({u"user"_s, u"enable"_s, u"--database"_s, base, u"--user"_s,
                                   u"admin"_s, u"--login"_s, u"lmoreau"_s},
                                  m_demoPassword);
    QVERIFY2(enable.exitCode == 0, qPrintable(enable.err));

    // A new password for oneself.
    const Run own = passerelle({u"user"_s, u"password"_s, u"--database"_s, base, u"--user"_s,
                                u"lmoreau"_s, u"--login"_s, u"lmoreau"_s},
                               {{u"PASSERELLE_PASSWORD"_s, u"Toulouse-Rose-31"_s},
                                {u"PASSERELLE_NEW_PASSWORD"_s, u"Garonne-Bleue-31"_s}});
    QVERIFY2(own.exitCode == 0, qPrintable(own.err));
    const Run old = passerelle(review(base) << u"--user"_s << u"lmoreau"_s,
                               {{u"PASSERELLE_PASSWORD"_s, u"Toulouse-Rose-31"_s}});
    QCOMPARE(old.exitCode, 2);
    const Run unknown = passerelle({u"user"_s, u"disable"_s, u"--database"_s, base, u"--user"_s,
                                    u"admin"_s, u"--login"_s, u"nobody"_s},
                                   m_demoPassword);
    QCOMPARE(unknown.exitCode, 2);
    const Run bad = passerelle({u"user"_s, u"remove"_s, u"--database"_s, base, u"--user"_s,
                                u"admin"_s, u"--login"_s, u"lmoreau"_s},
                               m_demoPassword);
    QCOMPARE(bad.exitCode, 1);
}

void TestAccountsCli::userAddRefusesWeakPassword()
{
    const QString base = demoCopy(u"weak.sqlite"_s);
    const Run add = passerelle({u"user"_s, u"add"_s, u"--database"_s, base, u"--user"_s,
                                u"admin"_s, u"--login"_s, u"weak"_s, u"--name"_s, u"Weak ONE"_s,
                                u"--role"_s, u"charge_mission"_s},
                               {{u"PASSERELLE_PASSWORD"_s, u"passerelle-demo"_s},
                                {u"PASSERELLE_NEW_PASSWORD"_s, u"soleil"_s}});
    QCOMPARE(add.exitCode, 2);
    QVERIFY2(add.err.contains(u"Il manque"_s), qPrintable(add.err));
    QVERIFY(!add.err.contains(u"soleil"_s));
    QCOMPARE(Testing::sqlite3Cli(base, u"SELECT COUNT(*) FROM users WHERE login = 'weak'"_s),
             u"0"_s);
}

void TestAccountsCli::onlyAnAdministratorAddsAccounts()
{
    const QString base = demoCopy(u"notadmin.sqlite"_s);
    const Run add = passerelle({u"user"_s, u"add"_s, u"--database"_s, base, u"--user"_s,
                                u"nroux"_s, u"--login"_s, u"x"_s, u"--name"_s, u"X Y"_s,
                                u"--role"_s, u"administrateur"_s},
                               {{u"PASSERELLE_PASSWORD"_s, u"passerelle-demo"_s},
                                {u"PASSERELLE_NEW_PASSWORD"_s, u"Toulouse-Rose-31"_s}});
    QCOMPARE(add.exitCode, 2);
    QVERIFY2(add.err.contains(u"administrateur"_s), qPrintable(add.err));
    QCOMPARE(journaled(base, u"refused"_s, u"nroux"_s), 1);
}

void TestAccountsCli::usageListsUserCommands()
{
    const Run help = passerelle({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString &fragment : {u"passerelle user add"_s, u"user disable"_s,
                                    u"user password"_s, u"PASSERELLE_PASSWORD"_s,
                                    u"PASSERELLE_NEW_PASSWORD"_s, u"--user"_s})
        QVERIFY2(help.out.contains(fragment), qPrintable(fragment));
}

QTEST_GUILESS_MAIN(TestAccountsCli)
#include "tst_accountscli.moc"
