#pragma once

#include "Review.h"

#include <QByteArray>

namespace Passerelle {

class ReferenceCatalog;

namespace ReviewExport {

/// The JSON document of INDICATORS.md (stable keys; category keys are reference codes).
QByteArray toJson(const ReviewFigures &figures);

/// A ';'-separated UTF-8 CSV with BOM that French Excel opens as is: one section per figure,
/// French titles and labels, decimal commas, « n.d. » for rates without denominator, and any
/// cell starting with = + - @ (or a tab / carriage return) prefixed with a quote.
QByteArray toCsv(const ReviewFigures &figures, const ReferenceCatalog &catalog);

/// Quotes a CSV cell for ';'-separated output and neutralises spreadsheet formulas.
QString csvCell(const QString &value);

} // namespace ReviewExport
} // namespace Passerelle
