#pragma once

#include "Organisation.h"
#include "Validation.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Passerelle {

/// The landlord's logo as printed documents embed it: PNG, JPEG or SVG, 2 MB at most. The
/// kind is read from the bytes, never from the file name, so a renamed text file is refused.
struct OrganisationLogo
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationLogo)

public:
    QByteArray data;
    QString mimeType; ///< image/png, image/jpeg or image/svg+xml

    static constexpr qint64 MaximumSize = 2 * 1024 * 1024;

    /// The logo in `data`, or Error::Validation saying why it cannot be one.
    static Result<OrganisationLogo> fromData(const QByteArray &data);
    /// The logo in the file `path` (Error::Io when it cannot be read).
    static Result<OrganisationLogo> fromFile(const QString &path);
};

/// The rules of the organisation's settings, as Validation has them for the other records.
namespace OrganisationRules {

/// Problems of `organisation`, each naming its field ("name", "postalCode", "logo"...).
Problems check(const Organisation &organisation);

} // namespace OrganisationRules
} // namespace Passerelle
