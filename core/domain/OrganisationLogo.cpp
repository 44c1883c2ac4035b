#include "OrganisationLogo.h"

#include "io/SafeFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Passerelle {
namespace {

bool isSvg(const QByteArray &data)
{
    // QtSvg is not a dependency of core: check that the document is XML whose root is <svg>.
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return xml.name() == u"svg";
    }
    return false;
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

Result<OrganisationLogo> OrganisationLogo::fromData(const QByteArray &data)
{
    if (data.isEmpty())
        return Error::validation(tr("The logo file is empty."));
    if (data.size() > MaximumSize)
        return Error::validation(tr("The logo weighs %1 MB: choose an image of 2 MB at most.")
                                     .arg(megabytes(data.size())));
    OrganisationLogo logo;
    logo.data = data;
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        logo.mimeType = QStringLiteral("image/png");
    else if (data.startsWith("\xff\xd8\xff"))
        logo.mimeType = QStringLiteral("image/jpeg");
    else if (isSvg(data))
        return OrganisationLogo{data, QStringLiteral("image/svg+xml")};
    else
        return Error::validation(tr("The logo must be a PNG, JPEG or SVG image."));
    // A truncated or damaged picture would only fail when a contract is printed: refuse now.
    if (QImage::fromData(data).isNull())
        return Error::validation(tr("The logo cannot be read: the image is damaged."));
    return logo;
}

Result<OrganisationLogo> OrganisationLogo::fromFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > MaximumSize)
        return Error::validation(tr("The logo weighs %1 MB: choose an image of 2 MB at most.")
                                     .arg(megabytes(info.size())));
    // Never the open database, a device or a pipe (see SafeFiles).
    auto bytes = SafeFiles::readRegularFile(path, MaximumSize);
    if (!bytes)
        return Error::io(bytes.error().message, bytes.error().detail); // the logo: a file problem
    return fromData(*bytes);
}

namespace OrganisationRules {

Problems check(const Organisation &o)
{
    Problems problems;
    auto fail = [&problems](const char *field, const QString &message) {
        problems.append({QString::fromLatin1(field), message});
    };
    if (o.name.trimmed().isEmpty())
        fail("name", OrganisationLogo::tr("The landlord's name is required."));
    static const QRegularExpression postalCode(QStringLiteral("^\\d{5}$"));
    if (!o.postalCode.isEmpty() && !postalCode.match(o.postalCode).hasMatch())
        fail("postalCode", OrganisationLogo::tr("A postal code has five digits (e.g. 31000)."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!o.email.isEmpty() && !email.match(o.email).hasMatch())
        fail("email", OrganisationLogo::tr("This email address is not valid."));
    if (!o.logo.isEmpty()) {
        const auto logo = OrganisationLogo::fromData(o.logo);
        if (!logo)
            fail("logo", logo.error().message);
        else if (logo->mimeType != o.logoMimeType)
            fail("logo", OrganisationLogo::tr("The logo's type does not match its content: "
                                              "choose it again."));
    }
    return problems;
}

} // namespace OrganisationRules
} // namespace Passerelle
