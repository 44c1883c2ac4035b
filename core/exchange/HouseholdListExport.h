#pragma once

#include "storage/HouseholdRepository.h"

namespace Passerelle::HouseholdListExport {

enum class Format { Csv, Json };

/// The list of households `scope` may see (filtered like the Ménages screen), for the staff:
/// reference, names, agency, actions, status, publics, dates of support and last contact.
/// CSV (semicolons, UTF-8 with BOM, labels) or JSON (codes). Refused without
/// Permission::ExportHouseholds; journaled as an export.
Result<QByteArray> write(Database &db, const Scope &scope, const HouseholdFilter &filter,
                         Format format);

} // namespace Passerelle::HouseholdListExport
