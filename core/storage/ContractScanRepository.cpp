#include "ContractScanRepository.h"

#include "ContractPrintRepository.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {

QString ContractScanRepository::mediaType(const QByteArray &bytes)
{
    if (bytes.startsWith("%PDF-"))
        return u"application/pdf"_s;
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return u"image/jpeg"_s;
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return u"image/png"_s;
    return {};
}

Status ContractScanRepository::checkSize(const QString &fileName, qint64 size)
{
    const QString name = QFileInfo(fileName).fileName();
    if (size <= 0)
        return Error::validation(tr("The file “%1” is empty: scan the signed contract again.")
                                         .arg(name));
    if (size > ContractScan::MaxBytes) {
        return Error::validation(
                tr("The file “%1” weighs %2 MB; a signed contract is kept up to %3 MB. Scan it "
                   "again in a lower resolution or in black and white.")
                        .arg(name)
                        .arg(QLocale().toString(double(size) / (1024 * 1024), 'f', 1))
                        .arg(ContractScan::MaxBytes / (1024 * 1024)));
    }
    return {};
}

Status ContractScanRepository::check(const QString &fileName, const QByteArray &bytes)
{
    const QString name = QFileInfo(fileName).fileName();
    PASSERELLE_CHECK(checkSize(fileName, bytes.size()));
    if (mediaType(bytes).isEmpty()) {
        return Error::validation(tr("The file “%1” is neither a PDF, nor a JPEG, nor a PNG "
                                    "image: save the scan in one of these formats.")
                                         .arg(name));
    }
    return {};
}

Result<ContractScanRepository::Owner> ContractScanRepository::ownerOf(const Scope &scope,
                                                                      Id scanId) const
{
    PASSERELLE_TRY(q, m_db.exec(u"SELECT contract_id, version_number FROM contract_scans "
                                u"WHERE id = ?"_s,
                                {scanId}));
    if (!q.next())
        return Error::notFound(tr("This scan is no longer kept: it was removed meanwhile."));
    Owner owner;
    owner.contractId = q.value(0).toLongLong();
    owner.versionNumber = q.value(1).toInt();
    PASSERELLE_TRY(householdId, householdOfContract(scope, owner.contractId));
    owner.householdId = householdId;
    return owner;
}

Result<ContractScan> ContractScanRepository::attach(const Scope &scope, Id contractId,
                                                    int versionNumber, const QString &fileName,
                                                    const QByteArray &bytes) const
{
    PASSERELLE_CHECK(check(fileName, bytes));
    PASSERELLE_TRY(householdId, householdOfContract(scope, contractId));
    PASSERELLE_CHECK(require(scope, Permission::EditHouseholds, householdId));
    PASSERELLE_TRY(known, m_db.scalar(u"SELECT COUNT(*) FROM contract_versions "
                                      u"WHERE contract_id = ? AND number = ?"_s,
                                      {contractId, versionNumber}));
    if (known.toInt() == 0) {
        return Error::validation(tr("The contract has no version %1: save the version before "
                                    "attaching its signed scan.")
                                         .arg(versionNumber));
    }
    // The PDF Passerelle printed is not the signed contract: its scan is what was signed.
    const QString fingerprint = ContractPrintRepository::sha256(bytes);
    PASSERELLE_TRY(printed, m_db.scalar(u"SELECT COUNT(*) FROM contract_prints "
                                        u"WHERE contract_id = ? AND sha256 = ?"_s,
                                        {contractId, fingerprint}));
    if (printed.toInt() > 0) {
        return Error::validation(
                tr("“%1” is the contract as Passerelle printed it (the same SHA-256), not the "
                   "scan of the signed paper: scan the signed copy and attach that scan.")
                        .arg(QFileInfo(fileName).fileName()));
    }
    ContractScan scan;
    scan.contractId = contractId;
    scan.versionNumber = versionNumber;
    // Whole seconds, as stored, so that the returned record equals the stored one.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    scan.attachedAt = now.addMSecs(-now.time().msec());
    scan.attachedBy = scope.login;
    scan.fileName = QFileInfo(fileName).fileName();
    scan.mediaType = mediaType(bytes);
    scan.sizeBytes = bytes.size();
    scan.sha256 = fingerprint;
    scan.content = bytes;
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_TRY(id, m_db.insertReturningId(
                           u"INSERT INTO contract_scans (contract_id, version_number, "
                           u"attached_at, attached_by, file_name, media_type, size_bytes, "
                           u"sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           {contractId, versionNumber, Sql::toSql(scan.attachedAt),
                            Sql::toSql(scan.attachedBy), scan.fileName, scan.mediaType,
                            scan.sizeBytes, scan.sha256, bytes}));
    scan.id = id;
    // The file's name stays out of the journal: it may name the household.
    PASSERELLE_CHECK(audit(scope, u"attach"_s, u"contract_scan"_s, id, householdId,
                           u"version: %1; sha256: %2"_s.arg(versionNumber).arg(scan.sha256)));
    PASSERELLE_CHECK(tx.commit());
    return scan;
}

Result<QList<ContractScan>> ContractScanRepository::list(const Scope &scope, Id contractId,
                                                         Bytes bytes) const
{
    PASSERELLE_TRY(householdId, householdOfContract(scope, contractId));
    Q_UNUSED(householdId);
    PASSERELLE_TRY(q, m_db.exec(u"SELECT id, contract_id, version_number, attached_at, "
                                u"attached_by, file_name, media_type, size_bytes, sha256%1 "
                                u"FROM contract_scans WHERE contract_id = ? ORDER BY id"_s
                                        .arg(bytes == Bytes::With ? u", content"_s : QString()),
                                {contractId}));
    QList<ContractScan> scans;
    while (q.next()) {
        ContractScan s;
        s.id = q.value(0).toLongLong();
        s.contractId = q.value(1).toLongLong();
        s.versionNumber = q.value(2).toInt();
        s.attachedAt = Sql::fromSql<QDateTime>(q.value(3));
        s.attachedBy = Sql::fromSql<QString>(q.value(4));
        s.fileName = Sql::fromSql<QString>(q.value(5));
        s.mediaType = Sql::fromSql<QString>(q.value(6));
        s.sizeBytes = q.value(7).toLongLong();
        s.sha256 = Sql::fromSql<QString>(q.value(8));
        if (bytes == Bytes::With)
            s.content = Sql::fromSql<QByteArray>(q.value(9));
        scans << s;
    }
    return scans;
}

Result<ContractScan> ContractScanRepository::open(const Scope &scope, Id scanId) const
{
    PASSERELLE_TRY(owner, ownerOf(scope, scanId));
    PASSERELLE_TRY(scans, list(scope, owner.contractId));
    for (ContractScan &scan : scans) {
        if (scan.id != scanId)
            continue;
        PASSERELLE_TRY(content, m_db.scalar(u"SELECT content FROM contract_scans WHERE id = ?"_s,
                                            {scanId}));
        scan.content = Sql::fromSql<QByteArray>(content);
        PASSERELLE_CHECK(audit(scope, u"read"_s, u"contract_scan"_s, scanId, owner.householdId,
                               u"version: %1"_s.arg(owner.versionNumber)));
        return scan;
    }
    return Error::notFound(tr("This scan is no longer kept: it was removed meanwhile."));
}

Status ContractScanRepository::remove(const Scope &scope, Id scanId) const
{
    PASSERELLE_TRY(owner, ownerOf(scope, scanId));
    PASSERELLE_CHECK(require(scope, Permission::EditHouseholds, owner.householdId));
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_TRY(sha, m_db.scalar(u"SELECT sha256 FROM contract_scans WHERE id = ?"_s,
                                    {scanId}));
    PASSERELLE_TRY(removed, m_db.execAffected(u"DELETE FROM contract_scans WHERE id = ?"_s,
                                              {scanId}));
    Q_UNUSED(removed);
    PASSERELLE_CHECK(audit(scope, u"delete"_s, u"contract_scan"_s, scanId, owner.householdId,
                           u"version: %1; sha256: %2"_s.arg(owner.versionNumber)
                                   .arg(sha.toString())));
    return tx.commit();
}

} // namespace Passerelle
