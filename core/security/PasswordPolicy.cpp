#include "PasswordPolicy.h"

#include <QCoreApplication>
#include <QStringList>

namespace Passerelle::PasswordPolicy {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)
};

struct Kinds
{
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool symbol = false;

    int count() const { return int(lower) + int(upper) + int(digit) + int(symbol); }
};

Kinds kindsOf(const QString &password)
{
    Kinds k;
    for (const QChar c : password) {
        if (c.isLower())
            k.lower = true;
        else if (c.isUpper())
            k.upper = true;
        else if (c.isDigit())
            k.digit = true;
        else
            k.symbol = true; // punctuation, spaces, letters without case…
    }
    return k;
}

} // namespace

int kinds(const QString &password)
{
    return kindsOf(password).count();
}

bool accepts(const QString &password)
{
    const qsizetype length = password.size();
    if (length > MaximumLength)
        return false;
    const int k = kinds(password);
    return (length >= StrongLength && k == 4) || (length >= LockedLength && k >= 3);
}

QString problem(const QString &password)
{
    if (accepts(password))
        return {};
    const qsizetype length = password.size();
    if (length > MaximumLength) {
        return Msg::tr("The password is longer than %1 characters: choose a shorter one.")
            .arg(MaximumLength);
    }
    const Kinds k = kindsOf(password);
    QStringList absent;
    if (!k.lower)
        absent << Msg::tr("lower-case letters");
    if (!k.upper)
        absent << Msg::tr("upper-case letters");
    if (!k.digit)
        absent << Msg::tr("digits");
    if (!k.symbol)
        absent << Msg::tr("symbols");
    QStringList missing;
    if (length < LockedLength) {
        missing << Msg::tr("%n more character(s)", nullptr, int(LockedLength - length));
    }
    if (k.count() < 3) {
        missing << Msg::tr("%n more kind(s) of characters among: %1", nullptr, 3 - k.count())
                       .arg(absent.join(QStringLiteral(", ")));
    }
    return Msg::tr("This password is too easy to guess: it needs at least 8 characters mixing "
                   "three kinds among lower-case letters, upper-case letters, digits and "
                   "symbols (or 12 characters of all four kinds). Missing: %1.")
        .arg(missing.join(Msg::tr(" and ")));
}

} // namespace Passerelle::PasswordPolicy
