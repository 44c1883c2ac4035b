#pragma once

#include "Types.h"

#include <QByteArray>

namespace Passerelle {

/// One printed version of a support contract, kept with the contract: which version was
/// printed, when, by whom, and the PDF itself with its SHA-256 (to show which text was signed).
struct ContractPrint
{
    Id id = 0;
    Id contractId = 0;
    int versionNumber = 1; ///< ContractVersion::number of the printed version
    QDateTime printedAt;   ///< UTC
    QString printedBy;     ///< login
    QString sha256;        ///< lower-case hexadecimal, 64 characters
    QByteArray pdf;        ///< empty in lists (read it with ContractPrintRepository::pdf)

    bool operator==(const ContractPrint &) const = default;
};

} // namespace Passerelle
