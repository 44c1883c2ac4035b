#pragma once

#include "Review.h"

#include <QCoreApplication>

namespace Passerelle {

class ReferenceCatalog;

/// One value of the review as every output shows it: the screen, the PDF, the xlsx. Counts,
/// tenths (months, ratios, mean levels: one decimal), percents (with their numerator and
/// denominator) and money (cents) are kept exact; a value may be missing (« n.d. ») or masked
/// (« < 5 », small counts hidden for publication).
struct ReviewValue
{
    enum class Kind { Count, Tenths, Percent, Money };

    Kind kind = Kind::Count;
    std::optional<qint64> number; ///< count, tenths, whole percent or cents; empty: n.d.
    qint64 numerator = 0;         ///< for a percent
    qint64 denominator = 0;       ///< for a percent
    bool masked = false;          ///< a count from 1 to 4 shown « < 5 »

    static ReviewValue count(qint64 n) { return {Kind::Count, n}; }
    static ReviewValue tenths(std::optional<qint64> t) { return {Kind::Tenths, t}; }
    static ReviewValue months(const Months &m) { return {Kind::Tenths, m.tenths()}; }
    static ReviewValue money(std::optional<Cents> c) { return {Kind::Money, c}; }
    static ReviewValue rate(const Rate &r);

    bool isAvailable() const { return number.has_value(); }
    /// The value in the unit a spreadsheet shows: a count, a decimal number of months, a
    /// fraction for a percent (90 % is 0.9), euros. Only for an available, unmasked value.
    double spreadsheetNumber() const;
    /// As a French reader reads it: « 1 234 », « 12,0 », « 90 % », « 4 950,00 € », « n.d. »,
    /// « < 5 ».
    QString text() const;
    /// The change from `previous` (the same figure one period earlier): « +3 », « −1,5 »,
    /// « +5 pts » for a percent, « = » when equal, « n.d. » when either is missing or masked.
    QString changeFrom(const ReviewValue &previous) const;

    bool operator==(const ReviewValue &) const = default;
};

/// One line of a section: a figure or a category of a breakdown.
struct ReviewRow
{
    QString key;        ///< stable: "households_supported", "publics.jeune", "cost.funding.etat"…
    QString label;      ///< as read (French labels of the reference lists)
    QList<ReviewValue> values; ///< one per column of the section
    QString entriesKey; ///< the ReviewFigures::entries() key behind it; empty: no drill-down
    QString definitionKey; ///< the ReviewDefinition explaining it; empty: the section's
};

/// A section of the review: the key figures, one breakdown, the contacts, the costs…
/// Every output renders these sections in this order, so that the screen, the PDF and the
/// spreadsheet always hold the same numbers.
struct ReviewSection
{
    enum class Chart { None, Bars, Pie, Months, Retention, DiagnosticLevels };

    QString key;     ///< "key_figures", "publics"…
    QString title;   ///< « Chiffres clés »
    QStringList columns; ///< headers of the value columns
    QList<ReviewRow> rows;
    QString definitionKey; ///< the definition of the section as a whole
    bool breakdown = false; ///< counts of households: small counts may be masked
    Chart chart = Chart::None; ///< how the screen and the PDF draw it
    QString note; ///< a sentence under the table (« Un ménage peut relever de deux publics. »)

    const ReviewRow *row(const QString &key) const;
};

/// The exact rule behind a figure, in words (INDICATORS.md), for tooltips, the PDF's
/// definitions page and the spreadsheet's sheet of definitions.
struct ReviewDefinition
{
    QString key;   ///< "households_supported", "conventions"…
    QString title; ///< « Ménages accompagnés sur la période »
    QString text;  ///< the rule
};

struct ReviewSectionOptions
{
    /// Counts of households from 1 to 4 in breakdowns shown « < 5 » (publication beyond the
    /// funder).
    bool maskSmallCounts = false;
};

namespace ReviewSections {

/// The sections of a review, in the order they are shown and printed.
QList<ReviewSection> build(const ReviewFigures &figures, const ReferenceCatalog &catalog,
                           const ReviewSectionOptions &options = {});

/// The same row one period earlier, for the comparison N / N−1: the row of `before` with the
/// same key, or, for a count or an amount absent then (a category nobody fell in), that row at
/// zero; empty without a previous section.
std::optional<ReviewRow> previousRow(const ReviewSection *before, const ReviewRow &row);

/// Every definition, in the order of INDICATORS.md, the conventions first.
QList<ReviewDefinition> definitions();
/// One definition by key; empty when unknown.
ReviewDefinition definition(const QString &key);

/// « du 1er janvier 2015 au 31 décembre 2018 », or « année 2018 » for a calendar year.
QString periodText(const ReviewRequest &request);
/// The period in few characters, for a column's header: « 2018 », « 2015–2018 »,
/// « 01/03/2020 – 31/05/2020 ».
QString shortPeriodText(const ReviewRequest &request);
/// The scope in words: « LAAVA, HH-SORTIE-RS » / « toutes les actions » and the agencies.
QString actionsText(const ReviewFigures &figures);
QString agenciesText(const ReviewFigures &figures);

} // namespace ReviewSections
} // namespace Passerelle
