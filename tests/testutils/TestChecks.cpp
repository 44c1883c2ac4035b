#include "TestChecks.h"

namespace Passerelle::Testing {

QByteArray kindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Validation: return "Validation";
    case Error::Kind::NotFound: return "NotFound";
    case Error::Kind::Conflict: return "Conflict";
    case Error::Kind::Storage: return "Storage";
    case Error::Kind::Io: return "Io";
    case Error::Kind::Access: return "Access";
    case Error::Kind::Schema: return "Schema";
    case Error::Kind::Usage: return "Usage";
    }
    return "?";
}

QByteArray describe(const Error &error)
{
    return kindName(error.kind) + ": " + error.fullText().toUtf8();
}

} // namespace Passerelle::Testing
