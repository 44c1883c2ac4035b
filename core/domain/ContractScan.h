#pragma once

#include "Types.h"

#include <QByteArray>

namespace Passerelle {

/// The scan of a signed contract version, kept with the contract: the paper the three parties
/// signed, as a PDF, JPEG or PNG of at most ContractScan::MaxBytes, with when and by whom it
/// was attached and its SHA-256.
struct ContractScan
{
    static constexpr qint64 MaxBytes = 20 * 1024 * 1024;

    Id id = 0;
    Id contractId = 0;
    int versionNumber = 1; ///< ContractVersion::number of the version signed
    QDateTime attachedAt;  ///< UTC
    QString attachedBy;    ///< login
    QString fileName;      ///< the name of the file attached, without its folder
    QString mediaType;     ///< application/pdf, image/jpeg or image/png
    qint64 sizeBytes = 0;
    QString sha256;        ///< lower-case hexadecimal, 64 characters
    QByteArray content;    ///< empty in lists (read it with ContractScanRepository::content)

    bool operator==(const ContractScan &) const = default;
};

} // namespace Passerelle
