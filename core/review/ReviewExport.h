#pragma once

#include "Review.h"
#include "ReviewSections.h"

#include <QByteArray>

namespace Passerelle {

class Database;
class ReferenceCatalog;

namespace ReviewExport {

/// The formats the review is exported to, the same from the screen and the command line.
enum class Format { Json, Csv, Pdf };

/// The format of a name (json, csv, pdf), if known.
std::optional<Format> formatNamed(const QString &name);
/// The names of every format, for messages (« json, csv »).
QStringList formatNames();
/// The file name extension of a format (without the dot).
QString extension(Format format);

/// The review in a format: what the screen's « Exporter » and `passerelle review --format`
/// both write. `db` gives the reference labels (and, for documents, the organisation). The PDF
/// (ReviewReport) needs a QGuiApplication; `options` mask its small counts.
Result<QByteArray> render(Database &db, const ReviewFigures &figures, Format format,
                          const ReviewSectionOptions &options = {});

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
