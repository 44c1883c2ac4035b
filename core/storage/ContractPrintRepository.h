#pragma once

#include "Repository.h"
#include "domain/ContractPrint.h"

namespace Passerelle {

/// The printed versions of support contracts, kept with each contract (see ContractPrint).
/// Every print is recorded in the household's audit journal (operation "print").
class ContractPrintRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ContractPrintRepository)

public:
    using Repository::Repository;

    /// Records the printing of version `versionNumber` of the contract `contractId`: the PDF,
    /// its SHA-256, now and the scope's login.
    Result<ContractPrint> record(const Scope &scope, Id contractId, int versionNumber,
                                 const QByteArray &pdf) const;
    /// The prints of a contract, oldest first, without their PDF bytes.
    Result<QList<ContractPrint>> list(const Scope &scope, Id contractId) const;
    /// The PDF of one print.
    Result<QByteArray> pdf(const Scope &scope, Id printId) const;
    /// The latest print of version `versionNumber` of the contract, with its PDF; nullopt when
    /// that version was never printed.
    Result<std::optional<ContractPrint>> latest(const Scope &scope, Id contractId,
                                                int versionNumber) const;
    /// Journals a reprint of the kept print `kept` (the same PDF: nothing new is stored).
    Status recordReprint(const Scope &scope, const ContractPrint &kept) const;

    /// Lower-case hexadecimal SHA-256 of `bytes`.
    static QString sha256(const QByteArray &bytes);
};

} // namespace Passerelle
