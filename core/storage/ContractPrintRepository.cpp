#include "ContractPrintRepository.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {

QString ContractPrintRepository::sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<ContractPrint> ContractPrintRepository::record(const Scope &scope, Id contractId,
                                                      int versionNumber,
                                                      const QByteArray &pdf) const
{
    if (!pdf.startsWith("%PDF")) {
        return Error::validation(tr("Only a PDF can be kept as the printed version of a "
                                    "contract."));
    }
    PASSERELLE_CHECK(require(scope, Permission::Print));
    PASSERELLE_TRY(householdId, householdOfContract(scope, contractId));
    PASSERELLE_TRY(known, m_db.scalar(u"SELECT COUNT(*) FROM contract_versions "
                                      u"WHERE contract_id = ? AND number = ?"_s,
                                      {contractId, versionNumber}));
    if (known.toInt() == 0) {
        return Error::validation(tr("The contract has no version %1: print a version that "
                                    "exists.")
                                     .arg(versionNumber));
    }
    ContractPrint print;
    print.contractId = contractId;
    print.versionNumber = versionNumber;
    // Whole seconds, as stored, so that the returned record equals the stored one.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    print.printedAt = now.addMSecs(-now.time().msec());
    print.printedBy = scope.login;
    print.sha256 = sha256(pdf);
    print.pdf = pdf;
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_TRY(id, m_db.insertReturningId(
                           u"INSERT INTO contract_prints (contract_id, version_number, "
                           u"printed_at, printed_by, sha256, pdf) VALUES (?, ?, ?, ?, ?, ?)"_s,
                           {contractId, versionNumber, Sql::toSql(print.printedAt),
                            Sql::toSql(print.printedBy), print.sha256, pdf}));
    print.id = id;
    PASSERELLE_CHECK(audit(scope, u"print"_s, u"contract"_s, contractId, householdId,
                           u"version: %1; sha256: %2"_s.arg(versionNumber).arg(print.sha256)));
    PASSERELLE_CHECK(tx.commit());
    return print;
}

Result<QList<ContractPrint>> ContractPrintRepository::list(const Scope &scope,
                                                           Id contractId) const
{
    PASSERELLE_TRY(householdId, householdOfContract(scope, contractId));
    Q_UNUSED(householdId);
    PASSERELLE_TRY(q, m_db.exec(u"SELECT id, contract_id, version_number, printed_at, "
                                u"printed_by, sha256 FROM contract_prints WHERE contract_id = ? "
                                u"ORDER BY id"_s,
                                {contractId}));
    QList<ContractPrint> prints;
    while (q.next()) {
        ContractPrint p;
        p.id = q.value(0).toLongLong();
        p.contractId = q.value(1).toLongLong();
        p.versionNumber = q.value(2).toInt();
        p.printedAt = Sql::fromSql<QDateTime>(q.value(3));
        p.printedBy = Sql::fromSql<QString>(q.value(4));
        p.sha256 = Sql::fromSql<QString>(q.value(5));
        prints << p;
    }
    return prints;
}

Result<QByteArray> ContractPrintRepository::pdf(const Scope &scope, Id printId) const
{
    PASSERELLE_TRY(contract, m_db.scalar(u"SELECT contract_id FROM contract_prints WHERE id = ?"_s,
                                         {printId}));
    if (contract.isNull())
        return householdNotFound();
    PASSERELLE_TRY(householdId, householdOfContract(scope, contract.toLongLong()));
    Q_UNUSED(householdId);
    PASSERELLE_TRY(bytes, m_db.scalar(u"SELECT pdf FROM contract_prints WHERE id = ?"_s,
                                      {printId}));
    return Sql::fromSql<QByteArray>(bytes);
}

Result<std::optional<ContractPrint>> ContractPrintRepository::latest(const Scope &scope,
                                                                     Id contractId,
                                                                     int versionNumber) const
{
    PASSERELLE_TRY(prints, list(scope, contractId));
    for (auto it = prints.crbegin(); it != prints.crend(); ++it) {
        if (it->versionNumber != versionNumber)
            continue;
        ContractPrint kept = *it;
        PASSERELLE_TRY(bytes, pdf(scope, kept.id));
        kept.pdf = bytes;
        return std::optional<ContractPrint>(kept);
    }
    return std::optional<ContractPrint>();
}

Status ContractPrintRepository::recordReprint(const Scope &scope, const ContractPrint &kept) const
{
    PASSERELLE_CHECK(require(scope, Permission::Print));
    PASSERELLE_TRY(householdId, householdOfContract(scope, kept.contractId));
    return audit(scope, u"print"_s, u"contract"_s, kept.contractId, householdId,
                 u"version: %1; sha256: %2; reprint of the print of %3"_s
                         .arg(kept.versionNumber)
                         .arg(kept.sha256, kept.printedAt.toUTC().toString(Qt::ISODate)));
}

} // namespace Passerelle
