#pragma once

#include "Database.h"

namespace Passerelle::ServerAccounts {

/// On PostgreSQL, the access rule of the accounts (Scope, Repository::visibleHouseholds) also
/// holds on the server, so that an account's credentials used outside Passerelle (psql, a
/// spreadsheet's ODBC link) reach no more than Passerelle shows:
///
/// - each account has a database role of its own, `passerelle_<login>` (roleName()), whose
///   password the server checks; it is a member of the group role `passerelle_users`
///   (groupRole()), which holds the table privileges (never the ownership of anything);
/// - row-level security policies, installed by installAccess(), restrict what an account role
///   reads and writes, by the role of the account in the `users` table: head office
///   (responsable_pole_social, charge_mission, administrateur) every household; a CESF the
///   households of her agency; a partner referent the households with a support of her
///   association (never alerts, committees or their reviews), and writes only diagnostics;
/// - the connection that created the tables (the owner, or a superuser) is not restricted:
///   it runs the upgrades, the installs, `passerelle migrate`, backups and `check`.
///
/// A role name is cluster-wide: two Passerelle bases on the same server share the role of a
/// login (and its password); each base only lets it see what its own `users` table grants.
/// These functions do nothing useful on SQLite (they refuse with a usage error).

/// The group role every account role belongs to.
QString groupRole();

/// True when `login` can name a database role: 1 to 52 characters among a-z, 0-9, '.', '_'
/// and '-' (the role name stays within PostgreSQL's 63 characters and needs no case folding).
bool isValidLogin(const QString &login);

/// The database role of the account `login` ("passerelle_" + login), or a usage error (in
/// French) when the login cannot name a role.
Result<QString> roleName(const QString &login);

/// Connecting as an account. On a server base with accounts, the command line's `--user LOGIN`
/// and the GUI's login dialog open the base as the account's role: the location's user name
/// is replaced by roleName(LOGIN) (locationForAccount()) and the password typed (or
/// PASSERELLE_PASSWORD) goes to Database::Options::password. The server checks it (there is no
/// Argon2id hash to check for a server account); a wrong password is refused by the server
/// with Error::Kind::Access. A location that names a user and no `--user` connects as that
/// user: the owner's connection, for upgrades, `migrate`, backups and managing roles.
///
/// Managing the roles (createAccountRole, setAccountRolePassword, disableAccountRole) works
/// from the owner's connection (a role allowed to create roles), and from an administrator
/// account's own session, through a SECURITY DEFINER function of the owner that only touches
/// Passerelle's account roles and checks that the session is an administrator's.

/// The location of the server base `location` as the account `login` connects to it.
Result<QString> locationForAccount(const QString &location, const QString &login);

/// Opens the server base `location` as the account `login` with `password` (checked by the
/// server), and checks that the account is active in the base.
Result<std::unique_ptr<Database>> openAsAccount(const QString &location, const QString &login,
                                                const QString &password,
                                                Database::Options options = {});

/// Creates the role of the account `login` (LOGIN, with `password`, member of groupRole()),
/// installing the access rules first when they are missing. The password is sent to the
/// server as a SCRAM-SHA-256 verifier computed here, never in clear (a server that logs its
/// statements logs no password). When the role already exists and is a Passerelle account
/// role (a member of the group), it is enabled and its password replaced; a role of the
/// same name that is not Passerelle's is refused. The connection must be allowed to create
/// roles (CREATEROLE or superuser), or be an administrator account's session (see above).
Status createAccountRole(Database &db, const QString &login, const QString &password);

/// Replaces the password of the account's role (and allows it to log in again).
Status setAccountRolePassword(Database &db, const QString &login, const QString &password);

/// The account's role can no longer log in (NOLOGIN); its sessions already open end at their
/// next statement that reads households only if the account is also inactive in `users`.
Status disableAccountRole(Database &db, const QString &login);

/// Whether the role of `login` exists on the server.
Result<bool> accountRoleExists(Database &db, const QString &login);

/// Installs (again) the access rules on the current schema: the group role (when missing),
/// its privileges on the tables and sequences, the SECURITY DEFINER functions that map the
/// connected role to its account, the row-level security policies and the guard of the
/// privileged columns of `users`. Idempotent; run by the owner of the tables.
Status installAccess(Database &db);

/// After the upgrades of an opening: installs the access rules when this build's are not in
/// place and the connection owns the tables (an account role leaves them as they are).
Status ensureAccess(Database &db);

/// Whether this build's access rules are installed on the current schema.
Result<bool> accessInstalled(Database &db);

/// The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802/7677, 4096
/// iterations, random salt). Exposed for the tests.
QString scramVerifier(const QString &password);

} // namespace Passerelle::ServerAccounts
