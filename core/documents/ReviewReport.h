#pragma once

#include "PdfRenderer.h"
#include "Result.h"
#include "domain/Organisation.h"
#include "domain/ReferenceCatalog.h"
#include "review/ReviewSections.h"
#include "security/Scope.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

class QTextDocument;

namespace Passerelle {

class Database;

/// Who pays for the actions of a review, as the cover of the funder's PDF names them.
struct ReviewFunder
{
    QString name;   ///< FundingLine::funder, e.g. « DDETS de la Haute-Garonne »
    QString source; ///< ReferenceList::FundingSource code

    bool operator==(const ReviewFunder &) const = default;
};

/// What the funder's PDF prints besides the figures. Only the landlord's name and logo are
/// printed of the organisation; of the actions, their names (in the figures) and funders.
struct ReviewReportContext
{
    Organisation organisation;
    QList<ReviewFunder> funders;
    ReferenceCatalog catalog;
    QDate printedOn; ///< the date printed on the cover
};

/// The funder's PDF of a year-end review (bilan annuel): a cover (the landlord's logo and
/// name, the action(s), funder(s), period, agencies, the date printed), the key figures as
/// cards with the cost and funding by source, every other section of ReviewSections::build()
/// as a table with its chart (ReportCharts), a page of definitions
/// (ReviewSections::definitions()) and « Page n / N » on every page (PdfRenderer).
///
/// It renders ReviewSections — the one model the screen and the spreadsheet render too — and
/// computes no figure. It prints figures, reference labels and the names of agencies,
/// actions, partners and funders only: never a household's name, reference, birth date or
/// free text. With ReviewSectionOptions::maskSmallCounts, counts from 1 to 4 of the
/// breakdowns show « < 5 », in their tables and in their charts.
///
/// Needs a QGuiApplication (fonts and painting): the command line makes one for `review
/// --format pdf`. Runs on any thread (the document, its charts and the PDF writer are its
/// own).
class ReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(ReviewReport)

public:
    /// The PDF of `request` for the reader's `scope`, computed from the database: one call.
    static Result<QByteArray> toPdf(Database &db, const Scope &scope, const ReviewRequest &request,
                                    const ReviewSectionOptions &options = {});
    /// The PDF of figures already computed (the screen's), the rest read from the database.
    static Result<QByteArray> toPdf(Database &db, const ReviewFigures &figures,
                                    const ReviewSectionOptions &options = {});
    /// The PDF from everything it shows (no database: for tests and a worker thread).
    static Result<QByteArray> toPdf(const ReviewFigures &figures,
                                    const ReviewReportContext &context,
                                    const ReviewSectionOptions &options = {});

    /// Writes the PDF of `figures` to `path` atomically and journals the export (format
    /// "pdf"); the file is kept only if journaled, a previous file left as it was on failure.
    static Status writeFile(Database &db, const Scope &scope, const ReviewFigures &figures,
                            const ReviewSectionOptions &options, const QString &path);

    /// What the report prints besides the figures, read from the database: the organisation,
    /// the reference lists, and the funders of the actions of `figures` (of every action when
    /// the review covers them all) whose grant is dated on or before the end of the period.
    static Result<ReviewReportContext> context(Database &db, const ReviewFigures &figures);

    /// The document to print (a print preview paints it with PdfRenderer::paint() and
    /// pageStyle()): charts included, pages not laid out yet.
    static std::unique_ptr<QTextDocument> document(const ReviewFigures &figures,
                                                   const ReviewReportContext &context,
                                                   const ReviewSectionOptions &options = {});
    /// The page style: the title, the footer and « Page %1 / %2 ».
    static PageStyle pageStyle(const ReviewFigures &figures, const ReviewReportContext &context);

    /// Moves each section that would straddle two pages to the top of the next one (a section
    /// taller than a page is left to flow). `device` is the device the document will be
    /// printed on; returns the number of pages.
    static Result<int> keepSectionsWhole(QTextDocument &document, QPagedPaintDevice &device,
                                         const PageStyle &style);
};

} // namespace Passerelle
