#pragma once

#include "Review.h"
#include "ReviewSections.h"

#include <QByteArray>

namespace Passerelle {

class Database;
class ReferenceCatalog;

namespace ReviewExport {

/// The formats the review is exported to, the same from the screen and the command line.
enum class Format { Json, Csv, Xlsx, Pdf };

/// The format of a name (json, csv, xlsx, pdf), if known.
std::optional<Format> formatNamed(const QString &name);
/// The names of every format, for messages (« json, csv, xlsx »).
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

/// The review as an Excel workbook, rendered from ReviewSections::build so that it holds the
/// numbers of the screen and of the PDF: a first sheet « Synthèse » (period, scope, the key
/// figures), one sheet per other section (its title, its table, its note), and the sheet
/// « Définitions » (the rules of INDICATORS.md). Numbers are stored as numbers: counts, months
/// with one decimal, percentages as fractions with a percent format (90 % is 0.9), euros with
/// a money format; « n.d. » and « < 5 » are texts. Each table ends with the rows' stable keys.
/// `organisation` is the landlord's name for the workbook's properties (no person's name).
Result<QByteArray> toXlsx(const ReviewFigures &figures, const ReferenceCatalog &catalog,
                          const ReviewSectionOptions &options = {},
                          const QString &organisation = {});

/// Quotes a CSV cell for ';'-separated output and neutralises spreadsheet formulas.
QString csvCell(const QString &value);

} // namespace ReviewExport
} // namespace Passerelle
