#pragma once

#include "storage/HouseholdRepository.h"

namespace Passerelle::HouseholdListExport {

enum class Format { Csv, Json, Xlsx };

/// The list of households `scope` may see (filtered like the Ménages screen), for the staff:
/// reference, names, agency, actions, status, publics, dates of support and last contact.
/// CSV (semicolons, UTF-8 with BOM, labels), JSON (codes) or an Excel workbook (the CSV's
/// columns, dates as dates). Refused without Permission::ExportHouseholds; journaled as an
/// export.
Result<QByteArray> write(Database &db, const Scope &scope, const HouseholdFilter &filter,
                         Format format);

/// The same document for rows already read (and journaled) by the caller, e.g. the households
/// behind a figure of the review: `title` names the workbook's sheet (xlsx only).
Result<QByteArray> render(Database &db, const QList<HouseholdRow> &rows, Format format,
                          const QString &title = {});

/// The format's name as the journal and the command line say it ("csv", "json", "xlsx").
QString formatName(Format format);
/// The format of a name, if known.
std::optional<Format> formatNamed(const QString &name);
/// The names of every format, for messages (« csv, json, xlsx »).
QStringList formatNames();

} // namespace Passerelle::HouseholdListExport
