#pragma once

#include "Repository.h"
#include "domain/ContractScan.h"

namespace Passerelle {

/// The scans of signed contract versions, kept with each contract (see ContractScan). Each
/// attachment, opening and removal is recorded in the household's audit journal.
class ContractScanRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ContractScanRepository)

public:
    using Repository::Repository;

    /// The media type of `bytes` when it is a PDF, JPEG or PNG (by its first bytes, whatever
    /// the file's name says), else empty.
    static QString mediaType(const QByteArray &bytes);
    /// Checks a file before it is attached: a PDF, JPEG or PNG, not empty, at most
    /// ContractScan::MaxBytes. `fileName` names it in the message.
    static Status check(const QString &fileName, const QByteArray &bytes);
    /// The size part of check(), before a file is read: not empty, at most
    /// ContractScan::MaxBytes.
    static Status checkSize(const QString &fileName, qint64 size);

    /// Attaches the scan `bytes` (read from `fileName`) to version `versionNumber` of the
    /// contract `contractId`: now, the scope's login, its SHA-256.
    Result<ContractScan> attach(const Scope &scope, Id contractId, int versionNumber,
                                const QString &fileName, const QByteArray &bytes) const;
    enum class Bytes { Without, With };
    /// The scans of a contract, oldest first, without their bytes unless asked (the
    /// right-of-access export, journaled as such by its caller).
    Result<QList<ContractScan>> list(const Scope &scope, Id contractId,
                                     Bytes bytes = Bytes::Without) const;
    /// One scan with its bytes; journaled as a reading of the household's file.
    Result<ContractScan> open(const Scope &scope, Id scanId) const;
    /// Removes a scan attached by mistake (a wrong file, a wrong version).
    Status remove(const Scope &scope, Id scanId) const;

private:
    /// The scan's contract and version, checked against the scope, with its household.
    struct Owner
    {
        Id contractId = 0;
        Id householdId = 0;
        int versionNumber = 0;
    };
    Result<Owner> ownerOf(const Scope &scope, Id scanId) const;
};

} // namespace Passerelle
