#pragma once

#include "review/ReviewSections.h"

#include <QCoreApplication>
#include <QDate>
#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

#include <memory>
#include <optional>

class QPainter;
class QTextDocument;

namespace Passerelle {

/// The charts of the funder's PDF, drawn with QPainter as vectors (crisp at any zoom, their
/// words searchable): one per section whose ReviewSection::chart asks for one. A chart shows
/// the section's rows as they are — their labels, their numbers, their texts (« 12,0 »,
/// « < 5 ») — and computes nothing.
///
/// Masked counts (« < 5 ») never show their value: a bar chart draws them as a hatched bar up
/// to 5 labelled « < 5 »; a pie cannot show a share it does not know, so a pie with a masked
/// slice is drawn as bars instead.
namespace ReportCharts {

struct Bar
{
    QString label;
    double value = 0;  ///< in the unit of the axis (households, months, a level)
    QString text;      ///< as the table shows it (ReviewValue::text())
    bool masked = false;
    QDate month;       ///< Months: the calendar month of the bar
};

struct Chart
{
    ReviewSection::Chart kind = ReviewSection::Chart::None;
    QList<Bar> bars;    ///< bars, slices, months; DiagnosticLevels: the levels at entry
    QList<Bar> latest;  ///< DiagnosticLevels: the latest levels, one per bar
    QString axisTitle;  ///< « Ménages », « Mois d'accompagnement »…
    QString seriesA;    ///< DiagnosticLevels: « Niveau moyen à l'entrée »
    QString seriesB;    ///< DiagnosticLevels: « Niveau moyen, dernier diagnostic »
    QString centre;     ///< Retention: the rate in the middle (« 90 % »)
    QString caption;    ///< a sentence under the chart, when some rows are not drawn
    double widthMm = 170;
    double heightMm = 60;
};

/// The chart of `section`, or none when it asks for none or has nothing to draw (no rows, a
/// retention cohort of nobody, only zeros).
std::optional<Chart> of(const ReviewSection &section);

/// Draws `chart` in `rect` (device pixels of `painter`'s device; `rect` is chart.widthMm ×
/// chart.heightMm at the device's resolution).
void paint(QPainter &painter, const QRectF &rect, const Chart &chart);

/// Lets a QTextDocument show charts: each is one character of the document, laid out like an
/// image of the chart's size and painted by paint() on whatever device prints the document.
/// The handler belongs to the document (it is deleted with it).
class TextObjects : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    /// The object type of chart characters.
    static constexpr int Type = QTextFormat::UserObject + 13;

    /// Registers a handler for `document` (once) and returns it.
    static TextObjects *install(QTextDocument &document);

    /// The format of a character that shows `chart`.
    QTextCharFormat format(const Chart &chart);

    QSizeF intrinsicSize(QTextDocument *document, int position,
                         const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                    int position, const QTextFormat &format) override;

private:
    explicit TextObjects(QObject *parent) : QObject(parent) {}
    const Chart *chartOf(const QTextFormat &format) const;

    QList<std::shared_ptr<const Chart>> m_charts;
};

} // namespace ReportCharts
} // namespace Passerelle
