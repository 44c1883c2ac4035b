#pragma once

#include "Types.h"

#include <QByteArray>

namespace Passerelle {

/// The landlord (organisme HLM) using Passerelle; one per database, printed on documents.
struct Organisation
{
    QString name;
    QString address;     ///< street lines
    QString postalCode;
    QString city;
    QString phone;
    QString email;
    QString website;
    QString signatoryName;  ///< who signs contracts for the landlord
    QString signatoryTitle; ///< e.g. "Responsable du pôle social"
    QString dpoContact;     ///< whom to contact to exercise data-protection rights
    QByteArray logo;        ///< PNG/JPEG/SVG bytes, empty when none
    QString logoMimeType;

    bool operator==(const Organisation &) const = default;
};

} // namespace Passerelle
