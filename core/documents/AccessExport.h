#pragma once

#include "Result.h"
#include "storage/AccessRecordRepository.h"

#include <QCoreApplication>

namespace Passerelle {

/// The right-of-access export of a household (RGPD article 15): everything held on it, as
/// JSON (stored codes, for machines) or as a PDF (labels, for the household).
class AccessExport
{
    Q_DECLARE_TR_FUNCTIONS(AccessExport)

public:
    static QByteArray toJson(const AccessRecord &record);
    static QString toHtml(const AccessRecord &record);
    static Result<QByteArray> toPdf(const AccessRecord &record);
    /// Collects the record of `householdId`, writes it to `path` atomically — a PDF or JSON
    /// file, by its suffix — and journals the export; the file is kept only if journaled.
    static Status writeFile(Database &db, const Scope &scope, Id householdId,
                            const QString &path);
};

} // namespace Passerelle
