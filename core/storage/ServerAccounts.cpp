#include "ServerAccounts.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::ServerAccounts {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(ServerAccounts)
};

/// Raised when the rules below change: a base of an older set gets them again at its next
/// opening by the owner.
constexpr int AccessVersion = 1;

const QString RolePrefix = u"passerelle_"_s;

Status run(Database &db, const QString &sql)
{
    auto done = db.exec(sql);
    if (!done)
        return done.error();
    return {};
}

Status requireServer(const Database &db)
{
    if (db.backend() != Backend::Postgres) {
        return Error::usage(Msg::tr("Database roles only exist on a PostgreSQL server; a "
                                    "database file has its accounts in Passerelle only."));
    }
    return {};
}

/// `name` as an SQL identifier ("…", quotes doubled).
QString ident(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

/// `text` as an SQL string literal (standard_conforming_strings: only quotes are special).
QString literal(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

/// PostgreSQL's SASLprep of a password (RFC 4013), as the server applies it before hashing:
/// ASCII passwords are used as they are; others get their non-ASCII spaces mapped to a space,
/// the characters "mapped to nothing" removed and NFKC; a result with a prohibited character
/// makes the server use the password as typed, and so does this.
QByteArray saslPrepared(const QString &password)
{
    bool ascii = true;
    for (QChar c : password) {
        if (c.unicode() > 0x7F) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return password.toUtf8();
    QString mapped;
    for (QChar c : password) {
        const char16_t u = c.unicode();
        if (u == 0x00AD || u == 0x034F || u == 0x1806 || (u >= 0x180B && u <= 0x180D)
            || (u >= 0x200B && u <= 0x200D) || u == 0x2060 || (u >= 0xFE00 && u <= 0xFE0F)
            || u == 0xFEFF)
            continue;
        if (u > 0x7F && c.category() == QChar::Separator_Space)
            mapped += u' ';
        else
            mapped += c;
    }
    mapped = mapped.normalized(QString::NormalizationForm_KC);
    for (QChar c : std::as_const(mapped)) {
        const QChar::Category k = c.category();
        if (k == QChar::Other_Control || k == QChar::Other_PrivateUse
            || k == QChar::Other_NotAssigned || c.isNonCharacter()
            || (c.unicode() > 0x7F && k == QChar::Separator_Space))
            return password.toUtf8();
    }
    return mapped.toUtf8();
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

/// PBKDF2-HMAC-SHA-256, one block (32 bytes): SCRAM's SaltedPassword.
QByteArray saltedPassword(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    mac.addData(salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray u = mac.result();
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (qsizetype b = 0; b < result.size(); ++b)
            result[b] = char(result.at(b) ^ u.at(b));
    }
    return result;
}

Result<bool> roleExists(Database &db, const QString &role)
{
    PASSERELLE_TRY(found, db.scalar(u"SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"_s, {role}));
    return found.toInt() > 0;
}

/// Whether the connected role may create roles (CREATEROLE or superuser).
Result<bool> mayCreateRoles(Database &db)
{
    PASSERELLE_TRY(may, db.scalar(u"SELECT rolcreaterole OR rolsuper FROM pg_roles "
                                  "WHERE rolname = current_user"_s));
    return may.toBool();
}

/// Whether this session goes through passerelle_manage_account_role() (an administrator's
/// account role) rather than creating roles itself.
Result<bool> delegates(Database &db)
{
    PASSERELLE_TRY(may, mayCreateRoles(db));
    if (may)
        return false;
    PASSERELLE_TRY(exists, db.scalar(u"SELECT to_regprocedure('passerelle_manage_account_role("
                                     "text, text, text)') IS NOT NULL"_s));
    return exists.toBool();
}

Status delegate(Database &db, const QString &login, const QString &verifier,
                const QString &action)
{
    auto done = db.exec(u"SELECT passerelle_manage_account_role(?, ?, ?)"_s,
                        {login, verifier.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                   : QVariant(verifier),
                         action});
    if (!done) {
        if (done.error().detail.contains(u"Only an administrator"_s)) {
            return Error::access(Msg::tr("Only an administrator manages the accounts. Log in "
                                         "with an administrator's account."));
        }
        return done.error();
    }
    return {};
}

/// Refuses a role of that name that is not one of Passerelle's account roles (a member of the
/// group, with no special right): its password is not Passerelle's to change.
Status requireAccountRole(Database &db, const QString &role)
{
    PASSERELLE_TRY(ours, db.scalar(u"SELECT pg_has_role(rolname, ?, 'MEMBER') AND NOT (rolsuper "
                                   "OR rolcreaterole OR rolcreatedb OR rolbypassrls OR "
                                   "rolreplication) FROM pg_roles WHERE rolname = ?"_s,
                                   {groupRole(), role}));
    if (!ours.toBool()) {
        return Error::conflict(Msg::tr("The server already has a database role named “%1” that "
                                       "is not a Passerelle account. Choose another login, or "
                                       "ask the server's administrator.")
                                   .arg(role));
    }
    return {};
}

Error cannotCreateRoles()
{
    return Error::access(Msg::tr("The server account Passerelle is connected with may not create "
                                 "database roles. Ask the server's administrator to give it "
                                 "the right (ALTER ROLE … CREATEROLE), or to manage the accounts "
                                 "with the account that owns the base."));
}

/// The marker of the installed rules: this build's rules and the schema they were made for
/// (a table added by an upgrade needs its privileges and policies).
Result<QString> expectedMarker(Database &db)
{
    PASSERELLE_TRY(version, db.schemaVersion());
    return u"%1/%2"_s.arg(AccessVersion).arg(version);
}

Result<QString> installedMarker(Database &db)
{
    PASSERELLE_TRY(exists, db.scalar(u"SELECT to_regprocedure('passerelle_access_version()') "
                                     "IS NOT NULL"_s));
    if (!exists.toBool())
        return QString();
    PASSERELLE_TRY(marker, db.scalar(u"SELECT passerelle_access_version()"_s));
    return marker.toString();
}

// ---- the rules ---------------------------------------------------------------------------

const QString HeadOffice = u"(SELECT passerelle_head_office(current_user))"_s;
const QString AccountRole = u"(SELECT passerelle_account_role(current_user))"_s;

/// Rows whose household is visible: a CESF's agency; with `partners`, the households a
/// partner referent's association supports.
QString visible(const QString &column, bool partners)
{
    return u"%1 IN (SELECT passerelle_households(current_user, %2))"_s.arg(
        column, partners ? u"true"_s : u"false"_s);
}

QString householdRule(const QString &column, bool partners)
{
    return HeadOffice + u" OR "_s + visible(column, partners);
}

/// Rows reached through their parent row: `column` references `parent`.id, whose
/// household_id is visible.
QString childRule(const QString &column, const QString &parent, bool partners)
{
    return HeadOffice + u" OR "_s + column + u" IN (SELECT id FROM "_s + parent + u" WHERE "_s
           + visible(u"household_id"_s, partners) + u')';
}

struct Policy
{
    QString table;
    QString read;        ///< USING of SELECT
    QString write;       ///< USING of UPDATE and DELETE
    QString insertCheck; ///< WITH CHECK of INSERT and UPDATE (write when empty)
};

QList<Policy> policies()
{
    QList<Policy> list;
    const auto direct = [&](const QString &table, bool partnerReads, bool partnerWrites) {
        list.append({table, householdRule(u"household_id"_s, partnerReads),
                     householdRule(u"household_id"_s, partnerWrites), {}});
    };
    const auto child = [&](const QString &table, const QString &column, const QString &parent,
                           bool partnerReads, bool partnerWrites) {
        list.append({table, childRule(column, parent, partnerReads),
                     childRule(column, parent, partnerWrites), {}});
    };
    // A CESF creates households in her agency only, and cannot move one to another agency.
    list.append({u"households"_s, householdRule(u"id"_s, true), householdRule(u"id"_s, false),
                 HeadOffice + u" OR agency_id = (SELECT passerelle_agency(current_user))"_s});
    direct(u"members"_s, true, false);
    direct(u"supports"_s, true, false);
    child(u"post_support_checks"_s, u"support_id"_s, u"supports"_s, true, false);
    direct(u"leases"_s, true, false);
    child(u"lease_reviews"_s, u"lease_id"_s, u"leases"_s, true, false);
    direct(u"referrals"_s, true, false);
    // The partner referent writes the diagnostic (Permission::EditDiagnostic).
    direct(u"diagnostics"_s, true, true);
    child(u"diagnostic_domains"_s, u"diagnostic_id"_s, u"diagnostics"_s, true, true);
    direct(u"tripartite_meetings"_s, true, false);
    child(u"meeting_participants"_s, u"meeting_id"_s, u"tripartite_meetings"_s, true, false);
    direct(u"cal_decisions"_s, true, false);
    direct(u"contracts"_s, true, false);
    child(u"contract_versions"_s, u"contract_id"_s, u"contracts"_s, true, false);
    child(u"contract_prints"_s, u"contract_id"_s, u"contracts"_s, true, false);
    child(u"contract_scans"_s, u"contract_id"_s, u"contracts"_s, true, false);
    direct(u"support_plans"_s, true, false);
    child(u"objectives"_s, u"plan_id"_s, u"support_plans"_s, true, false);
    child(u"mobilised_partners"_s, u"plan_id"_s, u"support_plans"_s, true, false);
    direct(u"contacts"_s, true, false);
    // Alerts and committees are the landlord's: never the partner's.
    direct(u"alerts"_s, false, false);
    direct(u"committee_reviews"_s, false, false);
    const QString agencyRule =
        HeadOffice + u" OR agency_id = (SELECT passerelle_agency(current_user))"_s;
    list.append({u"committees"_s, agencyRule, agencyRule, {}});
    // The journal: the administrator reads it all, the others the entries of the households
    // whose history they may read; each account appends under its own login only; only the
    // administrator's retention run deletes (and the guard trigger only purged entries).
    const QString admin = AccountRole + u" = 'administrateur'"_s;
    list.append({u"audit_log"_s,
                 admin + u" OR (household_id IS NOT NULL AND ("_s
                     + householdRule(u"household_id"_s, false) + u"))"_s,
                 admin, u"login = (SELECT passerelle_account_login(current_user))"_s});
    list.append({u"audit_purges"_s, u"true"_s, admin, admin});
    // Accounts: readable (names of CESF), changed by the administrator; an account may change
    // its own row (login bookkeeping) but not its role, agency, association, login or state
    // (the guard trigger of installAccess).
    const QString own = u"'passerelle_' || login = current_user"_s;
    list.append({u"users"_s, u"true"_s, admin + u" OR "_s + own, admin + u" OR "_s + own});
    // The directory and the actions: head office changes them (the others read them).
    for (const QString &table : {u"agencies"_s, u"partners"_s, u"partner_contacts"_s,
                                 u"partner_agreements"_s, u"actions"_s, u"funding_lines"_s,
                                 u"expenses"_s, u"reference_items"_s, u"organisation"_s}) {
        list.append({table, u"true"_s, HeadOffice, {}});
    }
    // Dwellings are entered with leases, by the landlord's staff.
    list.append({u"dwellings"_s, u"true"_s, AccountRole + u" <> 'referent_partenaire'"_s, {}});
    return list;
}

QStringList policyStatements(const Policy &p)
{
    const QString check = p.insertCheck.isEmpty() ? p.write : p.insertCheck;
    QStringList sql;
    sql << u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(p.table);
    const auto policy = [&](const QString &name, const QString &body) {
        sql << u"DROP POLICY IF EXISTS %1 ON %2"_s.arg(name, p.table)
            << u"CREATE POLICY %1 ON %2 %3"_s.arg(name, p.table, body);
    };
    policy(u"passerelle_read"_s, u"FOR SELECT USING (%1)"_s.arg(p.read));
    policy(u"passerelle_insert"_s, u"FOR INSERT WITH CHECK (%1)"_s.arg(check));
    policy(u"passerelle_update"_s,
           u"FOR UPDATE USING (%1) WITH CHECK (%2)"_s.arg(p.write, check));
    policy(u"passerelle_delete"_s, u"FOR DELETE USING (%1)"_s.arg(p.write));
    return sql;
}

/// The functions that map the connected role to its account. SECURITY DEFINER: they read
/// `users`, `households` and `supports` as their owner (past the policies, which would
/// otherwise call themselves), with a fixed search_path.
QStringList functionStatements(const QString &schema, const QString &marker)
{
    const QString definer =
        u" LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1, pg_temp AS $$ "_s.arg(schema);
    const QString account = u"FROM users WHERE active = 1 AND 'passerelle_' || login = r"_s;
    return {
        u"CREATE OR REPLACE FUNCTION passerelle_account_role(r name) RETURNS text"_s + definer
            + u"SELECT role "_s + account + u" LIMIT 1 $$"_s,
        u"CREATE OR REPLACE FUNCTION passerelle_account_login(r name) RETURNS text"_s + definer
            + u"SELECT login "_s + account + u" LIMIT 1 $$"_s,
        u"CREATE OR REPLACE FUNCTION passerelle_head_office(r name) RETURNS boolean"_s + definer
            + u"SELECT EXISTS (SELECT 1 "_s + account
            + u" AND role IN ('responsable_pole_social', 'charge_mission', "
              "'administrateur')) $$"_s,
        // As Scope::forUser: an unknown role counts as a CESF (of her agency, if any).
        u"CREATE OR REPLACE FUNCTION passerelle_agency(r name) RETURNS bigint"_s + definer
            + u"SELECT agency_id "_s + account
            + u" AND role NOT IN ('responsable_pole_social', 'charge_mission', "
              "'administrateur', 'referent_partenaire') LIMIT 1 $$"_s,
        // The rule of Repository::visibleHouseholds, on the server.
        u"CREATE OR REPLACE FUNCTION passerelle_households(r name, partners boolean) "
        "RETURNS SETOF bigint"_s
            + definer
            + u"SELECT h.id FROM households h WHERE h.agency_id = "
              "(SELECT passerelle_agency(r)) "
              "UNION SELECT s.household_id FROM supports s JOIN users u ON s.partner_id = "
              "u.partner_id WHERE partners AND u.active = 1 AND u.role = 'referent_partenaire' "
              "AND 'passerelle_' || u.login = r $$"_s,
        // The head of the journal's chain, which JournalWriter extends: every account appends
        // to the same chain, whatever part of it the policies let it read.
        u"CREATE OR REPLACE FUNCTION passerelle_journal_head() RETURNS TABLE (id bigint, hash "
        "text)"_s
            + definer + u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1 $$"_s,
        u"CREATE OR REPLACE FUNCTION passerelle_users_guard() RETURNS trigger LANGUAGE plpgsql "
        "SET search_path = "_s
            + schema
            + u", pg_temp AS $$ DECLARE acting text := passerelle_account_role(current_user); "
              "BEGIN IF acting IS NOT NULL AND acting <> 'administrateur' AND (NEW.login IS "
              "DISTINCT FROM OLD.login OR NEW.role IS DISTINCT FROM OLD.role OR NEW.agency_id "
              "IS DISTINCT FROM OLD.agency_id OR NEW.partner_id IS DISTINCT FROM OLD.partner_id "
              "OR NEW.active IS DISTINCT FROM OLD.active) THEN RAISE EXCEPTION USING ERRCODE = "
              "'42501', MESSAGE = 'Only an administrator changes the role, agency, association, "
              "login or state of an account.'; END IF; RETURN NEW; END $$"_s,
        u"DROP TRIGGER IF EXISTS users_guard ON users"_s,
        u"CREATE TRIGGER users_guard BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION "
        "passerelle_users_guard()"_s,
        // Account roles managed from an administrator's own session (Administration ›
        // Utilisateurs), which may not create roles: the owner's function does it, for
        // Passerelle's account roles only, and only when the session is an administrator's.
        u"CREATE OR REPLACE FUNCTION passerelle_manage_account_role(l text, verifier text, "
        "action text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = "_s
            + schema
            + u", pg_temp AS $$ DECLARE r text := 'passerelle_' || l; BEGIN "
              "IF passerelle_account_role(session_user) IS DISTINCT FROM 'administrateur' THEN "
              "RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only an administrator "
              "manages accounts.'; END IF; "
              "IF l !~ '^[a-z0-9._-]{1,52}$' OR action NOT IN ('create', 'password', "
              "'disable') OR (action <> 'disable' AND verifier !~ '^SCRAM-SHA-256[$]') THEN "
              "RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'Invalid account role "
              "request.'; END IF; "
              "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN "
              "IF action = 'disable' THEN RETURN; END IF; "
              "IF action <> 'create' THEN RAISE EXCEPTION USING ERRCODE = '42704', MESSAGE = "
              "'No such account role.'; END IF; "
              "EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE "
              "NOREPLICATION NOBYPASSRLS PASSWORD %L IN ROLE passerelle_users', r, verifier); "
              "RETURN; END IF; "
              "IF NOT pg_has_role(r, 'passerelle_users', 'MEMBER') OR EXISTS (SELECT 1 FROM "
              "pg_roles WHERE rolname = r AND (rolsuper OR rolcreaterole OR rolcreatedb OR "
              "rolbypassrls OR rolreplication)) THEN RAISE EXCEPTION USING ERRCODE = '42501', "
              "MESSAGE = 'This role is not a Passerelle account role.'; END IF; "
              "IF action = 'disable' THEN EXECUTE format('ALTER ROLE %I NOLOGIN', r); "
              "ELSE EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', r, verifier); END IF; "
              "END $$"_s,
        u"CREATE OR REPLACE FUNCTION passerelle_access_version() RETURNS text LANGUAGE sql "
        "IMMUTABLE AS $$ SELECT "_s
            + literal(marker) + u"::text $$"_s,
    };
}

} // namespace

QString groupRole()
{
    return u"passerelle_users"_s;
}

bool isValidLogin(const QString &login)
{
    static const QRegularExpression pattern(u"^[a-z0-9._-]{1,52}$"_s);
    return pattern.match(login).hasMatch();
}

Result<QString> roleName(const QString &login)
{
    if (!isValidLogin(login)) {
        return Error::usage(Msg::tr("On a PostgreSQL server, a login is made of 1 to 52 "
                                    "lower-case letters (without accents), digits, dots, dashes "
                                    "or underscores. Choose another login."));
    }
    return QString(RolePrefix + login);
}

QString scramVerifier(const QString &password)
{
    constexpr int Iterations = 4096;
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          salt.size() / 4);
    const QByteArray salted = saltedPassword(saslPrepared(password), salt, Iterations);
    const QByteArray clientKey = hmac(salted, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_s.arg(Iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

Result<bool> accessInstalled(Database &db)
{
    PASSERELLE_CHECK(requireServer(db));
    PASSERELLE_TRY(installed, installedMarker(db));
    PASSERELLE_TRY(expected, expectedMarker(db));
    return installed == expected;
}

Status installAccess(Database &db)
{
    PASSERELLE_CHECK(requireServer(db));
    PASSERELLE_TRY(schemaName, db.scalar(u"SELECT quote_ident(current_schema())"_s));
    const QString schema = schemaName.toString();
    PASSERELLE_TRY(marker, expectedMarker(db));
    PASSERELLE_TRY(mayCreate, mayCreateRoles(db));
    PASSERELLE_TRY(hasGroup, roleExists(db, groupRole()));

    Transaction tx(db);
    PASSERELLE_CHECK(tx.status());
    const QString group = ident(groupRole());
    if (!hasGroup && mayCreate) {
        // Another base of the server may be creating it at the same moment.
        PASSERELLE_CHECK(run(db, u"DO $$ BEGIN CREATE ROLE %1 NOLOGIN; EXCEPTION WHEN "
                                 "duplicate_object OR unique_violation THEN NULL; END $$"_s
                                     .arg(group)));
        hasGroup = true;
    }
    for (const QString &sql : functionStatements(schema, marker))
        PASSERELLE_CHECK(run(db, sql));
    for (const Policy &policy : policies()) {
        for (const QString &sql : policyStatements(policy))
            PASSERELLE_CHECK(run(db, sql));
    }
    if (hasGroup) {
        // The group holds the privileges; the account roles hold nothing of their own.
        PASSERELLE_TRY(tables, db.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = "
                                       "current_schema() ORDER BY tablename"_s));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        tables.finish();
        QStringList grants{u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(schema, group)};
        for (const QString &table : std::as_const(names)) {
            const QString t = ident(table);
            grants << u"REVOKE ALL ON %1 FROM %2"_s.arg(t, group);
            if (table == u"audit_log")
                grants << u"GRANT SELECT, INSERT, DELETE ON %1 TO %2"_s.arg(t, group);
            else if (table == u"audit_purges")
                grants << u"GRANT SELECT, INSERT ON %1 TO %2"_s.arg(t, group);
            else if (table == u"schema_version")
                grants << u"GRANT SELECT ON %1 TO %2"_s.arg(t, group);
            else
                grants << u"GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(t, group);
        }
        grants << u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2"_s.arg(schema, group);
        for (const QString &function :
             {u"passerelle_account_role(name)"_s, u"passerelle_account_login(name)"_s,
              u"passerelle_head_office(name)"_s, u"passerelle_agency(name)"_s,
              u"passerelle_households(name, boolean)"_s, u"passerelle_journal_head()"_s,
              u"passerelle_manage_account_role(text, text, text)"_s}) {
            grants << u"REVOKE ALL ON FUNCTION %1 FROM PUBLIC"_s.arg(function)
                   << u"GRANT EXECUTE ON FUNCTION %1 TO %2"_s.arg(function, group);
        }
        for (const QString &sql : std::as_const(grants))
            PASSERELLE_CHECK(run(db, sql));
    }
    return tx.commit();
}

Status ensureAccess(Database &db)
{
    if (db.backend() != Backend::Postgres || db.isReadOnly())
        return {};
    // Only the owner of the tables (or a superuser) installs; an account role cannot.
    PASSERELLE_TRY(owner, db.scalar(u"SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_class c "
                                    "WHERE c.oid = to_regclass('households')"_s));
    if (!owner.toBool())
        return {};
    PASSERELLE_TRY(installed, installedMarker(db));
    PASSERELLE_TRY(expected, expectedMarker(db));
    if (installed == expected)
        return {};
    if (installed.isEmpty()) {
        // Never installed: a base without accounts needs no rules (they would restrict no
        // one); createAccountRole() installs them with the first role.
        PASSERELLE_TRY(accounts, db.scalar(u"SELECT COUNT(*) FROM users"_s));
        if (accounts.toLongLong() == 0)
            return {};
    }
    return installAccess(db);
}

Result<bool> accountRoleExists(Database &db, const QString &login)
{
    PASSERELLE_CHECK(requireServer(db));
    PASSERELLE_TRY(role, roleName(login));
    return roleExists(db, role);
}

Status createAccountRole(Database &db, const QString &login, const QString &password)
{
    PASSERELLE_CHECK(requireServer(db));
    PASSERELLE_TRY(role, roleName(login));
    if (password.isEmpty())
        return Error::validation(Msg::tr("The account's password is empty. Type a password."));
    PASSERELLE_TRY(delegated, delegates(db));
    if (delegated)
        return delegate(db, login, scramVerifier(password), u"create"_s);
    PASSERELLE_TRY(mayCreate, mayCreateRoles(db));
    if (!mayCreate)
        return cannotCreateRoles();
    PASSERELLE_TRY(installed, accessInstalled(db));
    if (!installed)
        PASSERELLE_CHECK(installAccess(db));
    PASSERELLE_TRY(exists, roleExists(db, role));
    if (exists)
        return setAccountRolePassword(db, login, password);
    Transaction tx(db);
    PASSERELLE_CHECK(tx.status());
    // NOINHERIT would hide the group's privileges; INHERIT is what makes them the account's.
    PASSERELLE_CHECK(run(db, u"CREATE ROLE %1 LOGIN INHERIT NOSUPERUSER NOCREATEDB "
                             "NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %2 IN ROLE %3"_s
                                 .arg(ident(role), literal(scramVerifier(password)),
                                      ident(groupRole()))));
    return tx.commit();
}

Status setAccountRolePassword(Database &db, const QString &login, const QString &password)
{
    PASSERELLE_CHECK(requireServer(db));
    PASSERELLE_TRY(role, roleName(login));
    if (password.isEmpty())
        return Error::validation(Msg::tr("The account's password is empty. Type a password."));
    PASSERELLE_TRY(delegated, delegates(db));
    if (delegated)
        return delegate(db, login, scramVerifier(password), u"password"_s);
    PASSERELLE_TRY(exists, roleExists(db, role));
    if (!exists) {
        return Error::notFound(Msg::tr("The server has no database role for the account “%1”. "
                                       "Create the account again, or ask the administrator.")
                                   .arg(login));
    }
    PASSERELLE_CHECK(requireAccountRole(db, role));
    return run(db, u"ALTER ROLE %1 LOGIN PASSWORD %2"_s.arg(ident(role),
                                                          literal(scramVerifier(password))));
}

Status disableAccountRole(Database &db, const QString &login)
{
    PASSERELLE_CHECK(requireServer(db));
    PASSERELLE_TRY(role, roleName(login));
    PASSERELLE_TRY(delegated, delegates(db));
    if (delegated)
        return delegate(db, login, {}, u"disable"_s);
    PASSERELLE_TRY(exists, roleExists(db, role));
    if (!exists)
        return {}; // nothing can log in under that name
    PASSERELLE_CHECK(requireAccountRole(db, role));
    return run(db, u"ALTER ROLE %1 NOLOGIN"_s.arg(ident(role)));
}

Result<QString> locationForAccount(const QString &location, const QString &login)
{
    if (!Database::isServerLocation(location)) {
        return Error::usage(Msg::tr("Database roles only exist on a PostgreSQL server; a "
                                    "database file has its accounts in Passerelle only."));
    }
    PASSERELLE_TRY(role, roleName(login));
    QUrl url(location);
    url.setUserName(role);
    return url.toString();
}

Result<std::unique_ptr<Database>> openAsAccount(const QString &location, const QString &login,
                                                const QString &password,
                                                Database::Options options)
{
    PASSERELLE_TRY(accountLocation, locationForAccount(location, login));
    if (password.isEmpty())
        return Error::access(Msg::tr("Type the password of the account “%1”.").arg(login));
    options.password = password;
    PASSERELLE_TRY(db, Database::open(accountLocation, options));
    // The server checked the password; the account must also be active in this base.
    PASSERELLE_TRY(active, db->scalar(u"SELECT COUNT(*) FROM users WHERE login = ? AND "
                                      "active = 1"_s,
                                      {login}));
    if (active.toInt() == 0) {
        return Error::access(Msg::tr("The account “%1” is not an active account of this base. "
                                     "Ask an administrator.")
                                 .arg(login));
    }
    return db;
}

} // namespace Passerelle::ServerAccounts
