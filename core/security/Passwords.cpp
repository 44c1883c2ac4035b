#include "Passwords.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sodium.h>

namespace Passerelle::Passwords {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(Passwords)
};

bool initialised()
{
    // sodium_init() is safe to call more than once; once is enough.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

/// The UTF-8 bytes of a password, wiped when they go.
class Secret
{
    Q_DISABLE_COPY_MOVE(Secret)

public:
    explicit Secret(const QString &text) : m_bytes(text.toUtf8()) {}
    ~Secret() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

Cost defaultCost()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

Cost minimumCost()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

Result<QString> hash(const QString &password, const Cost &cost)
{
    if (!initialised()) {
        return Error::storage(Msg::tr("The password library could not start. Restart Passerelle; "
                                      "if it happens again, ask your administrator."));
    }
    const Secret secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), cost.opsLimit, cost.memLimit,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Error::storage(Msg::tr("The password could not be protected (not enough memory). "
                                      "Close other programs and try again."));
    }
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password)
{
    if (!initialised() || !storedHash.startsWith(u"$argon2"))
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const Secret secret(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool needsRehash(const QString &storedHash, const Cost &cost)
{
    if (!initialised())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    // Also true (non-zero) for a hash of another algorithm or a malformed one.
    return crypto_pwhash_str_needs_rehash(stored.constData(), cost.opsLimit, cost.memLimit) != 0;
}

} // namespace Passerelle::Passwords
