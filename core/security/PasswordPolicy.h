#pragma once

#include <QString>

namespace Passerelle::PasswordPolicy {

/// The rule for the passwords people choose (CNIL, délibération 2022-100): at least 12
/// characters mixing the four kinds (lower-case letters, upper-case letters, digits, symbols),
/// or at least 8 characters of three kinds — allowed because an account locks for 15 minutes
/// after 5 failed logins in a row (Accounts). Demo accounts are written by the demo builder
/// with a simpler password (see Demo): they are for trying Passerelle out, never for real data.
constexpr int StrongLength = 12;   ///< with the four kinds
constexpr int LockedLength = 8;    ///< with three kinds, thanks to the lockout
constexpr int MaximumLength = 256; ///< Argon2 hashes any length; a bound against abuse

/// How many of the four kinds of characters `password` mixes.
int kinds(const QString &password);
/// True when `password` may be chosen.
bool accepts(const QString &password);
/// Empty when `password` may be chosen; else one sentence, in the user's language, saying
/// exactly what is missing (never quoting the password).
QString problem(const QString &password);

} // namespace Passerelle::PasswordPolicy
