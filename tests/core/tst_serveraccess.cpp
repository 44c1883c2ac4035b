// PostgreSQL only: one database role per account and row-level security, checked by
// connecting to the throwaway server as each account's role (QSqlDatabase, psql and
// Passerelle's own repositories), never through a mock.
#include "TestDatabase.h"
#include "Clock.h"

#include "demo/DemoData.h"
#include "security/Scope.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"
#include "storage/Journal.h"
#include "storage/ServerAccounts.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using namespace Passerelle::Testing;

namespace {

const QString Password = u"Passerelle-serveur-2024"_s;

/// A connection to the test server as `role`, in `schema`.
class RoleConnection
{
public:
    RoleConnection(const QString &role, const QString &password, const QString &schema)
    {
        static int counter = 0;
        m_name = u"role-%1"_s.arg(++counter);
        const QUrl url(qEnvironmentVariable("PASSERELLE_TEST_PG_URL"));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(role);
        db.setPassword(password);
        m_open = db.open();
        if (!m_open) {
            m_error = db.lastError().text();
            return;
        }
        QSqlQuery q(db);
        m_open = q.exec(u"SET search_path TO "_s + schema);
    }
    ~RoleConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

    /// The first value of `sql`, or -1 when the server refused it.
    qint64 count(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next()) {
            m_error = q.lastError().text();
            return -1;
        }
        return q.value(0).toLongLong();
    }
    /// Rows changed by `sql`, or -1 when the server refused it.
    int changed(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            return -1;
        }
        return q.numRowsAffected();
    }

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.isEmpty() ? u"0"_s : parts.join(u',');
}

} // namespace

class TestServerAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rolesAreDerivedFromLogins();
    void scramVerifierMatchesTheServer();
    void wrongPasswordAndDisabledRoleAreRefused();
    void cesfReadsHerAgencyOnly();
    void cesfCannotChangeAnotherAgency();
    void accountCannotRaiseItsOwnRights();
    void partnerReferentReadsHerAssociationOnly();
    void journalCannotBeRewritten();
    void psqlAsTheRoleSeesTheSame();
    void repositoriesWorkAsTheRole();
    void administratorManagesRolesFromHisSession();

private:
    qint64 ownerCount(const QString &sql);
    QList<qint64> ownerIds(const QString &sql);
    QString login(const QString &base) const { return base + u'.' + m_suffix; }
    QString role(const QString &base) const { return u"passerelle_"_s + login(base); }
    QString schema() const { return m_test->options().schema; }

    std::unique_ptr<TestDatabase> m_test;
    QString m_suffix;
    Id m_agencyA = 0;
    Id m_agencyB = 0;
    Id m_partner = 0;
    Id m_cesfAUserId = 0;
    QStringList m_roles;
};

void TestServerAccess::initTestCase()
{
    if (testBackend() != Backend::Postgres)
        QSKIP("PostgreSQL run skipped: this test needs the PostgreSQL test server");
    PASSERELLE_REQUIRE_BACKEND();
    // Role names are shared by the whole server: this run's logins are its own.
    m_suffix = u"t%1"_s.arg(QCoreApplication::applicationPid());
}

void TestServerAccess::init()
{
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(m_test->isValid());
    Database &db = m_test->db();
    auto populated = Demo::populate(db, Passerelle::Clock::today());
    QVERIFY2(populated, qPrintable(populated ? QString() : populated.error().fullText()));
    // The demo's logins, made unique to this run; the owner may change them (no guard for it).
    auto renamed = db.exec(u"UPDATE users SET login = login || '.' || ?"_s, {m_suffix});
    QVERIFY2(renamed, qPrintable(renamed ? QString() : renamed.error().fullText()));

    m_agencyA = db.scalar(u"SELECT agency_id FROM users WHERE login = ?"_s, {login(u"cfabre"_s)})
                    ->toLongLong();
    m_agencyB = db.scalar(u"SELECT agency_id FROM users WHERE login = ?"_s,
                          {login(u"sbenali"_s)})
                    ->toLongLong();
    m_partner = db.scalar(u"SELECT partner_id FROM users WHERE login = ?"_s,
                          {login(u"khaddad"_s)})
                    ->toLongLong();
    m_cesfAUserId = db.scalar(u"SELECT id FROM users WHERE login = ?"_s, {login(u"cfabre"_s)})
                        ->toLongLong();
    QVERIFY(m_agencyA > 0 && m_agencyB > 0 && m_agencyA != m_agencyB && m_partner > 0);
    QVERIFY(ownerCount(u"SELECT COUNT(*) FROM households WHERE agency_id = %1"_s.arg(m_agencyA)) > 0);
    QVERIFY(ownerCount(u"SELECT COUNT(*) FROM households WHERE agency_id = %1"_s.arg(m_agencyB)) > 0);

    for (const QString &base : {u"cfabre"_s, u"sbenali"_s, u"khaddad"_s, u"admin"_s}) {
        auto created = ServerAccounts::createAccountRole(db, login(base), Password);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
        m_roles << role(base);
    }
    auto installed = ServerAccounts::accessInstalled(db);
    QVERIFY(installed && *installed);
}

void TestServerAccess::cleanup()
{
    if (m_test && m_test->isValid()) {
        for (const QString &r : std::as_const(m_roles)) {
            auto dropped = m_test->db().exec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(r));
            if (!dropped)
                qWarning("cannot drop role: %s", qPrintable(dropped.error().fullText()));
        }
    }
    m_roles.clear();
    m_test.reset();
}

qint64 TestServerAccess::ownerCount(const QString &sql)
{
    auto value = m_test->db().scalar(sql);
    return value ? value->toLongLong() : -1;
}

QList<qint64> TestServerAccess::ownerIds(const QString &sql)
{
    QList<qint64> ids;
    auto q = m_test->db().exec(sql);
    while (q && q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

void TestServerAccess::rolesAreDerivedFromLogins()
{
    QCOMPARE(*ServerAccounts::roleName(u"cfabre"_s), u"passerelle_cfabre"_s);
    QCOMPARE(*ServerAccounts::roleName(u"j.marty-2_b"_s), u"passerelle_j.marty-2_b"_s);
    for (const QString &bad : {u""_s, u"Cfabre"_s, u"hélène"_s, u"a\"b"_s, u"a b"_s,
                               u"x;DROP ROLE postgres"_s, QString(53, u'a')}) {
        auto name = ServerAccounts::roleName(bad);
        QVERIFY2(!name, qPrintable(bad));
        QCOMPARE(name.error().kind, Error::Kind::Usage);
    }
    // Created roles: members of the group, able to log in, nothing more.
    auto q = m_test->db().exec(u"SELECT rolcanlogin, rolsuper, rolcreaterole, rolcreatedb, "
                               "rolbypassrls, pg_has_role(rolname, 'passerelle_users', 'MEMBER') "
                               "FROM pg_roles WHERE rolname = ?"_s,
                               {role(u"cfabre"_s)});
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toBool(), true);
    QCOMPARE(q->value(1).toBool(), false);
    QCOMPARE(q->value(2).toBool(), false);
    QCOMPARE(q->value(3).toBool(), false);
    QCOMPARE(q->value(4).toBool(), false);
    QCOMPARE(q->value(5).toBool(), true);
    // The group owns nothing and cannot log in.
    QCOMPARE(ownerCount(u"SELECT COUNT(*) FROM pg_class WHERE relowner = "
                        "(SELECT oid FROM pg_roles WHERE rolname = 'passerelle_users')"_s),
             0);
    QCOMPARE(ownerCount(u"SELECT COUNT(*) FROM pg_roles WHERE rolname = 'passerelle_users' "
                        "AND NOT rolcanlogin"_s),
             1);
    // A second creation of the same account replaces the password (idempotent).
    QVERIFY(ServerAccounts::createAccountRole(m_test->db(), login(u"cfabre"_s), Password));
    // A role of the same name that is not Passerelle's is refused.
    const QString foreign = u"passerelle_foreign."_s + m_suffix;
    QVERIFY(m_test->db().exec(u"CREATE ROLE \"%1\" LOGIN"_s.arg(foreign)));
    m_roles << foreign;
    auto clash = ServerAccounts::createAccountRole(m_test->db(), u"foreign."_s + m_suffix,
                                                   Password);
    QVERIFY(!clash);
    QCOMPARE(clash.error().kind, Error::Kind::Conflict);
}

void TestServerAccess::scramVerifierMatchesTheServer()
{
    // The verifier is computed here: the server must accept it as a hash, and the password
    // (with accents, which SASLprep normalises) must open a session.
    const QString verifier = ServerAccounts::scramVerifier(u"pwd"_s);
    QVERIFY(verifier.startsWith(u"SCRAM-SHA-256$4096:"_s));
    const QString accented = u"Hélène-Garonne-2024 é"_s;
    QVERIFY(ServerAccounts::setAccountRolePassword(m_test->db(), login(u"cfabre"_s), accented));
    QCOMPARE(ownerCount(u"SELECT COUNT(*) FROM pg_authid WHERE rolname = '%1' AND rolpassword "
                        "LIKE 'SCRAM-SHA-256$4096:%%'"_s.arg(role(u"cfabre"_s))),
             1);
    RoleConnection withAccents(role(u"cfabre"_s), accented, schema());
    QVERIFY2(withAccents.isOpen(), qPrintable(withAccents.error()));
    // The same password in another Unicode form (e + combining acute) is the same after
    // SASLprep.
    RoleConnection decomposed(role(u"cfabre"_s), accented.normalized(QString::NormalizationForm_D),
                              schema());
    QVERIFY2(decomposed.isOpen(), qPrintable(decomposed.error()));
}

void TestServerAccess::wrongPasswordAndDisabledRoleAreRefused()
{
    RoleConnection wrong(role(u"cfabre"_s), u"not-the-password"_s, schema());
    QVERIFY(!wrong.isOpen());
    QVERIFY2(wrong.error().contains(u"password"_s, Qt::CaseInsensitive),
             qPrintable(wrong.error()));
    {
        RoleConnection right(role(u"cfabre"_s), Password, schema());
        QVERIFY2(right.isOpen(), qPrintable(right.error()));
    }
    QVERIFY(ServerAccounts::disableAccountRole(m_test->db(), login(u"cfabre"_s)));
    RoleConnection disabled(role(u"cfabre"_s), Password, schema());
    QVERIFY(!disabled.isOpen());
    QVERIFY2(disabled.error().contains(u"not permitted to log in"_s), qPrintable(disabled.error()));
    // A new password lets it log in again.
    QVERIFY(ServerAccounts::setAccountRolePassword(m_test->db(), login(u"cfabre"_s), Password));
    RoleConnection again(role(u"cfabre"_s), Password, schema());
    QVERIFY2(again.isOpen(), qPrintable(again.error()));
    // An account made inactive in Passerelle sees nothing, even with a session open.
    QVERIFY(m_test->db().exec(u"UPDATE users SET active = 0 WHERE login = ?"_s,
                              {login(u"cfabre"_s)}));
    QCOMPARE(again.count(u"SELECT COUNT(*) FROM households"_s), 0);
    QCOMPARE(again.count(u"SELECT COUNT(*) FROM contacts"_s), 0);
}

void TestServerAccess::cesfReadsHerAgencyOnly()
{
    RoleConnection cesf(role(u"cfabre"_s), Password, schema());
    QVERIFY2(cesf.isOpen(), qPrintable(cesf.error()));
    const QString ofA = u"(SELECT id FROM households WHERE agency_id = %1)"_s.arg(m_agencyA);
    const QString ofB = u"(SELECT id FROM households WHERE agency_id = %1)"_s.arg(m_agencyB);
    const QList<qint64> bIds = ownerIds(u"SELECT id FROM households WHERE agency_id = %1"_s
                                            .arg(m_agencyB));
    struct Table
    {
        QString name;
        QString householdOf;
    };
    const QList<Table> tables = {
        {u"households"_s, u"id"_s},
        {u"members"_s, u"household_id"_s},
        {u"contacts"_s, u"household_id"_s},
        {u"supports"_s, u"household_id"_s},
        {u"leases"_s, u"household_id"_s},
        {u"diagnostics"_s, u"household_id"_s},
        {u"alerts"_s, u"household_id"_s},
        {u"contracts"_s, u"household_id"_s},
        {u"support_plans"_s, u"household_id"_s},
        {u"committee_reviews"_s, u"household_id"_s},
        {u"diagnostic_domains"_s,
         u"(SELECT household_id FROM diagnostics d WHERE d.id = diagnostic_id)"_s},
        {u"objectives"_s, u"(SELECT household_id FROM support_plans p WHERE p.id = plan_id)"_s},
        {u"post_support_checks"_s,
         u"(SELECT household_id FROM supports s WHERE s.id = support_id)"_s},
    };
    int nonEmpty = 0;
    for (const Table &t : tables) {
        const qint64 expected = ownerCount(u"SELECT COUNT(*) FROM %1 WHERE %2 IN %3"_s.arg(
            t.name, t.householdOf, ofA));
        const qint64 all = ownerCount(u"SELECT COUNT(*) FROM %1"_s.arg(t.name));
        QCOMPARE_NE(expected, -1);
        QCOMPARE(cesf.count(u"SELECT COUNT(*) FROM %1"_s.arg(t.name)), expected);
        if (t.householdOf == u"id" || t.householdOf == u"household_id") {
            QCOMPARE(cesf.count(u"SELECT COUNT(*) FROM %1 WHERE %2 IN (%3)"_s.arg(
                         t.name, t.householdOf, idList(bIds))),
                     0);
        }
        if (expected > 0 && expected < all)
            ++nonEmpty;
    }
    QVERIFY2(nonEmpty >= 8, "the demo must give each table rows of both agencies");
    Q_UNUSED(ofB);
    // Committees: her agency's.
    QCOMPARE(cesf.count(u"SELECT COUNT(*) FROM committees"_s),
             ownerCount(u"SELECT COUNT(*) FROM committees WHERE agency_id = %1"_s.arg(m_agencyA)));
    // The journal: entries of her agency's households only.
    QCOMPARE(cesf.count(u"SELECT COUNT(*) FROM audit_log WHERE household_id IN (%1)"_s.arg(
                 idList(bIds))),
             0);
    // Another CESF of another agency: the mirror.
    RoleConnection other(role(u"sbenali"_s), Password, schema());
    QVERIFY2(other.isOpen(), qPrintable(other.error()));
    QCOMPARE(other.count(u"SELECT COUNT(*) FROM households"_s), qint64(bIds.size()));
    QCOMPARE(other.count(u"SELECT COUNT(*) FROM households WHERE agency_id = %1"_s.arg(m_agencyA)),
             0);
}

void TestServerAccess::cesfCannotChangeAnotherAgency()
{
    RoleConnection cesf(role(u"cfabre"_s), Password, schema());
    QVERIFY2(cesf.isOpen(), qPrintable(cesf.error()));
    const QList<qint64> bIds = ownerIds(u"SELECT id FROM households WHERE agency_id = %1"_s
                                            .arg(m_agencyB));
    const QList<qint64> aIds = ownerIds(u"SELECT id FROM households WHERE agency_id = %1"_s
                                            .arg(m_agencyA));
    const QString b = idList(bIds);
    const qint64 contactsB = ownerCount(u"SELECT COUNT(*) FROM contacts WHERE household_id IN "
                                        "(%1)"_s.arg(b));
    QVERIFY(contactsB > 0);
    QCOMPARE(cesf.changed(u"UPDATE households SET notes = 'x' WHERE id IN (%1)"_s.arg(b)), 0);
    QCOMPARE(cesf.changed(u"UPDATE members SET first_name = 'x' WHERE household_id IN (%1)"_s
                              .arg(b)),
             0);
    QCOMPARE(cesf.changed(u"DELETE FROM contacts WHERE household_id IN (%1)"_s.arg(b)), 0);
    QCOMPARE(cesf.changed(u"DELETE FROM households WHERE id IN (%1)"_s.arg(b)), 0);
    QCOMPARE(ownerCount(u"SELECT COUNT(*) FROM contacts WHERE household_id IN (%1)"_s.arg(b)),
             contactsB);
    QCOMPARE(ownerCount(u"SELECT COUNT(*) FROM households WHERE notes = 'x'"_s), 0);
    // Writing into another agency's household, or moving one of hers there, is refused.
    QCOMPARE(cesf.changed(u"INSERT INTO contacts (household_id, date, type) VALUES (%1, "
                          "'2024-01-02', 'visite_domicile')"_s.arg(bIds.first())),
             -1);
    QVERIFY2(cesf.error().contains(u"row-level security"_s), qPrintable(cesf.error()));
    QCOMPARE(cesf.changed(u"UPDATE households SET agency_id = %1 WHERE id = %2"_s.arg(m_agencyB)
                              .arg(aIds.first())),
             -1);
    QCOMPARE(cesf.changed(u"INSERT INTO households (reference, agency_id) VALUES ('X-1', %1)"_s
                              .arg(m_agencyB)),
             -1);
    // Her own agency's rows she may change.
    QCOMPARE(cesf.changed(u"UPDATE contacts SET duration_minutes = 31 WHERE household_id = %1"_s
                              .arg(aIds.first())),
             int(ownerCount(u"SELECT COUNT(*) FROM contacts WHERE household_id = %1"_s.arg(
                 aIds.first()))));
    QCOMPARE(cesf.changed(u"INSERT INTO households (reference, agency_id) VALUES ('X-2', %1)"_s
                              .arg(m_agencyA)),
             1);
}

void TestServerAccess::accountCannotRaiseItsOwnRights()
{
    RoleConnection cesf(role(u"cfabre"_s), Password, schema());
    QVERIFY2(cesf.isOpen(), qPrintable(cesf.error()));
    const QString me = login(u"cfabre"_s);
    QCOMPARE(cesf.changed(u"UPDATE users SET role = 'administrateur' WHERE login = '%1'"_s.arg(me)),
             -1);
    QCOMPARE(cesf.changed(u"UPDATE users SET agency_id = %1 WHERE login = '%2'"_s.arg(m_agencyB)
                              .arg(me)),
             -1);
    // Nor take another account's login (its role maps to the other account).
    QCOMPARE(cesf.changed(u"UPDATE users SET login = 'x' WHERE login <> '%1'"_s.arg(me)), 0);
    QCOMPARE(cesf.changed(u"INSERT INTO users (login, display_name, role) VALUES ('cfabre2.%1', "
                          "'X', 'administrateur')"_s.arg(m_suffix)),
             -1);
    QCOMPARE(ownerCount(u"SELECT COUNT(*) FROM users WHERE login = '%1' AND role = 'cesf' "
                        "AND agency_id = %2"_s.arg(me).arg(m_agencyA)),
             1);
    // Her own bookkeeping columns she may change.
    QCOMPARE(cesf.changed(u"UPDATE users SET failed_logins = 0 WHERE login = '%1'"_s.arg(me)), 1);
    // The head office directory is read-only to her.
    QCOMPARE(cesf.changed(u"UPDATE agencies SET name = 'x'"_s), 0);
    QCOMPARE(cesf.count(u"SELECT COUNT(*) FROM agencies"_s),
             ownerCount(u"SELECT COUNT(*) FROM agencies"_s));
    // No DDL: the group owns nothing.
    QCOMPARE(cesf.changed(u"ALTER TABLE households DISABLE ROW LEVEL SECURITY"_s), -1);
    QCOMPARE(cesf.changed(u"DROP POLICY passerelle_read ON households"_s), -1);
}

void TestServerAccess::partnerReferentReadsHerAssociationOnly()
{
    RoleConnection partner(role(u"khaddad"_s), Password, schema());
    QVERIFY2(partner.isOpen(), qPrintable(partner.error()));
    const QString hers = u"(SELECT household_id FROM supports WHERE partner_id = %1)"_s.arg(
        m_partner);
    const qint64 expected = ownerCount(u"SELECT COUNT(*) FROM households WHERE id IN "_s + hers);
    QVERIFY(expected > 0);
    QVERIFY(expected < ownerCount(u"SELECT COUNT(*) FROM households"_s));
    QCOMPARE(partner.count(u"SELECT COUNT(*) FROM households"_s), expected);
    QCOMPARE(partner.count(u"SELECT COUNT(*) FROM households WHERE id NOT IN "_s + hers), 0);
    QCOMPARE(partner.count(u"SELECT COUNT(*) FROM members"_s),
             ownerCount(u"SELECT COUNT(*) FROM members WHERE household_id IN "_s + hers));
    QCOMPARE(partner.count(u"SELECT COUNT(*) FROM contacts"_s),
             ownerCount(u"SELECT COUNT(*) FROM contacts WHERE household_id IN "_s + hers));
    // Never the landlord's alerts, committees or reviews, nor the journal.
    QVERIFY(ownerCount(u"SELECT COUNT(*) FROM alerts WHERE household_id IN "_s + hers) > 0);
    QCOMPARE(partner.count(u"SELECT COUNT(*) FROM alerts"_s), 0);
    QCOMPARE(partner.count(u"SELECT COUNT(*) FROM committees"_s), 0);
    QCOMPARE(partner.count(u"SELECT COUNT(*) FROM committee_reviews"_s), 0);
    QCOMPARE(partner.count(u"SELECT COUNT(*) FROM audit_log"_s), 0);
    // She writes diagnostics, not the rest of the file.
    QCOMPARE(partner.changed(u"UPDATE households SET notes = 'x'"_s), 0);
    QCOMPARE(partner.changed(u"DELETE FROM contacts"_s), 0);
    const qint64 diagnostics = partner.count(u"SELECT COUNT(*) FROM diagnostics"_s);
    QVERIFY(diagnostics > 0);
    QCOMPARE(partner.changed(u"UPDATE diagnostics SET author = author"_s), int(diagnostics));
}

void TestServerAccess::journalCannotBeRewritten()
{
    const qint64 entries = ownerCount(u"SELECT COUNT(*) FROM audit_log"_s);
    QVERIFY(entries > 0);
    for (const QString &base : {u"cfabre"_s, u"khaddad"_s, u"admin"_s}) {
        RoleConnection account(role(base), Password, schema());
        QVERIFY2(account.isOpen(), qPrintable(account.error()));
        QCOMPARE(account.changed(u"UPDATE audit_log SET summary = 'x'"_s), -1);
        const int deleted = account.changed(u"DELETE FROM audit_log"_s);
        QVERIFY2(deleted <= 0, qPrintable(base)); // refused, or nothing it may delete
        QCOMPARE(account.changed(u"TRUNCATE audit_log"_s), -1);
        QCOMPARE(account.changed(u"DELETE FROM audit_purges"_s), -1);
        // An entry under another account's name is refused.
        QCOMPARE(account.changed(u"INSERT INTO audit_log (id, at, login, operation, entity) "
                                 "VALUES (999999, '2024-01-01T00:00:00Z', 'nobody', 'x', 'x')"_s),
                 -1);
    }
    // The administrator reads the whole journal; the owner's DELETE is refused by the guard.
    RoleConnection admin(role(u"admin"_s), Password, schema());
    QCOMPARE(admin.count(u"SELECT COUNT(*) FROM audit_log"_s), entries);
    QVERIFY(!m_test->db().exec(u"DELETE FROM audit_log"_s));
    QVERIFY(!m_test->db().exec(u"UPDATE audit_log SET summary = 'x'"_s));
    QCOMPARE(ownerCount(u"SELECT COUNT(*) FROM audit_log"_s), entries);
}

void TestServerAccess::psqlAsTheRoleSeesTheSame()
{
    const QString psql = QStandardPaths::findExecutable(u"psql"_s);
    if (psql.isEmpty())
        QSKIP("psql is not installed (package postgresql-client)");
    const QUrl url(qEnvironmentVariable("PASSERELLE_TEST_PG_URL"));
    const auto runPsql = [&](const QString &asRole, const QString &password,
                             const QString &sql) -> QString {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSWORD"_s, password);
        process.setProcessEnvironment(env);
        process.start(psql, {u"-X"_s, u"-At"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s,
                             u"host=%1 port=%2 dbname=%3 user=%4"_s.arg(
                                 url.host(), QString::number(url.port(5432)),
                                 url.path().mid(1), asRole),
                             u"-c"_s, u"SET search_path TO "_s + schema(), u"-c"_s, sql});
        if (!process.waitForFinished(30000))
            return u"error: timeout"_s;
        if (process.exitCode() != 0)
            return u"error: "_s + QString::fromUtf8(process.readAllStandardError()).trimmed();
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(u'\n').last();
    };
    const QString countA = QString::number(
        ownerCount(u"SELECT COUNT(*) FROM households WHERE agency_id = %1"_s.arg(m_agencyA)));
    QCOMPARE(runPsql(role(u"cfabre"_s), Password, u"SELECT COUNT(*) FROM households"_s), countA);
    QCOMPARE(runPsql(role(u"cfabre"_s), Password,
                     u"SELECT COUNT(*) FROM households WHERE agency_id = %1"_s.arg(m_agencyB)),
             u"0"_s);
    QCOMPARE(runPsql(role(u"cfabre"_s), Password,
                     u"SELECT COUNT(*) FROM members m JOIN households h ON h.id = "
                     "m.household_id WHERE h.agency_id <> %1"_s.arg(m_agencyA)),
             u"0"_s);
    QVERIFY(runPsql(role(u"cfabre"_s), u"wrong"_s, u"SELECT 1"_s).startsWith(u"error: "_s));
    const qint64 entries = ownerCount(u"SELECT COUNT(*) FROM audit_log"_s);
    runPsql(role(u"cfabre"_s), Password, u"DELETE FROM audit_log"_s);
    QVERIFY(runPsql(role(u"cfabre"_s), Password, u"UPDATE audit_log SET summary = ''"_s)
                .startsWith(u"error: "_s));
    QCOMPARE(ownerCount(u"SELECT COUNT(*) FROM audit_log"_s), entries);
    QCOMPARE(runPsql(role(u"khaddad"_s), Password, u"SELECT COUNT(*) FROM alerts"_s), u"0"_s);
}

void TestServerAccess::repositoriesWorkAsTheRole()
{
    // Passerelle itself, connected as the CESF's role (the server checks the password).
    QUrl url(qEnvironmentVariable("PASSERELLE_TEST_PG_URL"));
    url.setUserName(role(u"cfabre"_s));
    Database::Options options = m_test->options();
    options.password = Password;
    auto opened = Database::open(url.toString(), options);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
    Database &db = **opened;
    const Scope cesf = Scope::agency(m_agencyA, login(u"cfabre"_s), m_cesfAUserId);

    const qint64 countA =
        ownerCount(u"SELECT COUNT(*) FROM households WHERE agency_id = %1"_s.arg(m_agencyA));
    auto rows = HouseholdRepository(db).list(cesf);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().fullText()));
    QCOMPARE(qint64(rows->size()), countA);
    // Even a scope built wrong (every agency) gets only her agency's households from the server.
    auto everything = HouseholdRepository(db).list(Scope::everything(login(u"cfabre"_s)));
    QVERIFY(everything);
    QCOMPARE(qint64(everything->size()), countA);
    for (const HouseholdRow &row : std::as_const(*everything))
        QCOMPARE(row.agencyId, m_agencyA);

    // Saving a contact works and is journaled, chained to the whole journal's head.
    const qint64 entriesBefore = ownerCount(u"SELECT COUNT(*) FROM audit_log"_s);
    Contact contact;
    contact.householdId = rows->first().id;
    contact.date = Passerelle::Clock::today();
    contact.type = u"visite_domicile"_s;
    contact.durationMinutes = 45;
    auto saved = ContactRepository(db).save(cesf, contact);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));
    QVERIFY(contact.id > 0);
    QCOMPARE(ownerCount(u"SELECT COUNT(*) FROM contacts WHERE id = %1"_s.arg(contact.id)), 1);
    QCOMPARE(ownerCount(u"SELECT COUNT(*) FROM audit_log"_s), entriesBefore + 1);
    QCOMPARE(ownerCount(u"SELECT COUNT(*) FROM audit_log WHERE login = '%1' AND entity_id = %2"_s
                            .arg(login(u"cfabre"_s))
                            .arg(contact.id)),
             1);
    auto problems = Journal::verify(m_test->db());
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->isEmpty() ? QString()
                                                                 : problems->first().message));

    // A household of the other agency does not exist for her.
    const QList<qint64> bIds = ownerIds(u"SELECT id FROM households WHERE agency_id = %1"_s
                                            .arg(m_agencyB));
    Contact elsewhere = contact;
    elsewhere.id = 0;
    elsewhere.householdId = bIds.first();
    QVERIFY(!ContactRepository(db).save(Scope::everything(login(u"cfabre"_s)), elsewhere));
    QCOMPARE(ownerCount(u"SELECT COUNT(*) FROM contacts WHERE household_id = %1 AND date = '%2' "
                        "AND duration_minutes = 45"_s
                            .arg(bIds.first())
                            .arg(contact.date.toString(Qt::ISODate))),
             0);
}

void TestServerAccess::administratorManagesRolesFromHisSession()
{
    const QString location = qEnvironmentVariable("PASSERELLE_TEST_PG_URL");
    auto wrong = ServerAccounts::openAsAccount(location, login(u"admin"_s), u"wrong"_s,
                                               m_test->options());
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().kind, Error::Kind::Access);
    auto admin = ServerAccounts::openAsAccount(location, login(u"admin"_s), Password,
                                               m_test->options());
    QVERIFY2(admin, qPrintable(admin ? QString() : admin.error().fullText()));
    // The administrator's session may not create roles itself: the owner's function does.
    const QString head = login(u"nroux"_s);
    m_roles << role(u"nroux"_s);
    auto created = ServerAccounts::createAccountRole(**admin, head, Password);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    {
        auto session = ServerAccounts::openAsAccount(location, head, Password, m_test->options());
        QVERIFY2(session, qPrintable(session ? QString() : session.error().fullText()));
        // Head office: every household.
        QCOMPARE((*session)->scalar(u"SELECT COUNT(*) FROM households"_s)->toLongLong(),
                 ownerCount(u"SELECT COUNT(*) FROM households"_s));
    }
    QVERIFY(ServerAccounts::setAccountRolePassword(**admin, head, u"Autre-mot-de-passe-1"_s));
    QVERIFY(!ServerAccounts::openAsAccount(location, head, Password, m_test->options()));
    QVERIFY(ServerAccounts::openAsAccount(location, head, u"Autre-mot-de-passe-1"_s,
                                          m_test->options()));
    QVERIFY(ServerAccounts::disableAccountRole(**admin, head));
    QVERIFY(!ServerAccounts::openAsAccount(location, head, u"Autre-mot-de-passe-1"_s,
                                           m_test->options()));
    // Only Passerelle's account roles: not the owner's, nor another role of the server.
    const QString foreign = u"passerelle_other."_s + m_suffix;
    QVERIFY(m_test->db().exec(u"CREATE ROLE \"%1\" LOGIN CREATEROLE"_s.arg(foreign)));
    m_roles << foreign;
    QVERIFY(!ServerAccounts::setAccountRolePassword(**admin, u"other."_s + m_suffix, Password));

    // A CESF's session may not manage accounts.
    auto cesf = ServerAccounts::openAsAccount(location, login(u"cfabre"_s), Password,
                                              m_test->options());
    QVERIFY(cesf);
    auto refused = ServerAccounts::setAccountRolePassword(**cesf, login(u"sbenali"_s), Password);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Access);
    auto notCreated = ServerAccounts::createAccountRole(**cesf, login(u"mdelmas"_s), Password);
    QVERIFY(!notCreated);
    QCOMPARE(ownerCount(u"SELECT COUNT(*) FROM pg_roles WHERE rolname = '%1'"_s.arg(
                 role(u"mdelmas"_s))),
             0);
    // A login that cannot name a role.
    auto invalid = ServerAccounts::openAsAccount(location, u"Claire Fabre"_s, Password);
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().kind, Error::Kind::Usage);
}

QTEST_GUILESS_MAIN(TestServerAccess)
#include "tst_serveraccess.moc"
