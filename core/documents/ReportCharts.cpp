#include "ReportCharts.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

#include <algorithm>
#include <numeric>
#include <cmath>

Q_GUI_EXPORT int qt_defaultDpiX();

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::ReportCharts {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
};

/// Bars of a chart at most: a longer breakdown is drawn for its largest categories.
constexpr int MaxBars = 25;
/// The value a masked bar reaches: « < 5 » says no more than that.
constexpr double MaskedBarValue = 5;

constexpr double BarRowMm = 7.5;
constexpr double LevelRowMm = 7.6;
constexpr double AxisMm = 13.0;

const QColor Ink(0x1d, 0x2a, 0x33);
const QColor Muted(0x5b, 0x6b, 0x77);
const QColor Grid(0xe1, 0xe7, 0xeb);
const QColor Axis(0x8a, 0x98, 0xa3);
const QColor Primary(0x2a, 0x6f, 0x97);
const QColor Light(0xa9, 0xcc, 0xe3);
const QColor Warm(0xe0, 0x80, 0x3a);

QColor paletteColour(int i)
{
    static const QColor colours[] = {
        QColor(0x2a, 0x6f, 0x97), QColor(0xe0, 0x80, 0x3a), QColor(0x5a, 0x9e, 0x6f),
        QColor(0xc2, 0x50, 0x4e), QColor(0x8e, 0x6b, 0xb0), QColor(0xd4, 0xa7, 0x2c),
        QColor(0x4b, 0xb0, 0xc4), QColor(0x9a, 0x7b, 0x5b), QColor(0xd9, 0x7a, 0xa5),
        QColor(0x7f, 0x8c, 0x8d)};
    const int n = int(std::size(colours));
    const QColor c = colours[i % n];
    return i < n ? c : c.lighter(135);
}

/// Rows a bar chart or a pie draws: the counts of the section, not its total or its ratios.
QList<Bar> countBars(const ReviewSection &section)
{
    QList<Bar> bars;
    for (const ReviewRow &row : section.rows) {
        if (row.values.isEmpty() || row.key == section.key + u".total"_s)
            continue;
        const ReviewValue &v = row.values.first();
        if (v.kind != ReviewValue::Kind::Count)
            continue;
        bars << Bar{row.label, double(v.number.value_or(0)), v.text(), v.masked, {}};
    }
    return bars;
}

/// At most MaxBars bars, the largest ones, in the section's order.
QString keepLargest(QList<Bar> &bars)
{
    if (bars.size() <= MaxBars)
        return {};
    QList<qsizetype> order(bars.size());
    std::iota(order.begin(), order.end(), 0);
    const auto size = [&bars](qsizetype i) {
        return bars.at(i).masked ? MaskedBarValue - 0.5 : bars.at(i).value;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&size](qsizetype a, qsizetype b) { return size(a) > size(b); });
    order.resize(MaxBars);
    std::sort(order.begin(), order.end());
    QList<Bar> kept;
    for (qsizetype i : order)
        kept << bars.at(i);
    const qsizetype all = bars.size();
    bars = kept;
    return Msg::tr("The chart shows the %1 largest of the %2 categories; the table gives them "
                   "all.")
        .arg(MaxBars)
        .arg(all);
}

bool anyDrawn(const QList<Bar> &bars)
{
    return std::any_of(bars.cbegin(), bars.cend(),
                       [](const Bar &b) { return b.masked || b.value > 0; });
}

std::optional<Chart> barsChart(const ReviewSection &section)
{
    Chart chart;
    chart.kind = ReviewSection::Chart::Bars;
    chart.bars = countBars(section);
    if (!anyDrawn(chart.bars))
        return std::nullopt;
    chart.caption = keepLargest(chart.bars);
    chart.axisTitle = section.columns.value(0);
    chart.heightMm = 3 + chart.bars.size() * BarRowMm + AxisMm;
    return chart;
}

/// Pixels per millimetre and the fonts of a chart painted at that scale.
class Canvas
{
public:
    Canvas(QPainter &painter, const QRectF &rect, const Chart &chart)
        : p(painter), k(rect.width() / chart.widthMm), origin(rect.topLeft())
    {
    }

    double mm(double v) const { return v * k; }
    QPointF at(double x, double y) const { return origin + QPointF(mm(x), mm(y)); }
    QRectF box(double x, double y, double w, double h) const
    {
        return QRectF(at(x, y), QSizeF(mm(w), mm(h)));
    }

    QFont font(double points, bool bold = false) const
    {
        QFont f(u"DejaVu Sans"_s);
        f.setPixelSize(std::max(1, int(std::lround(mm(points * 25.4 / 72.0)))));
        f.setBold(bold);
        f.setStyleStrategy(QFont::PreferNoShaping); // no ligatures (see ReviewReport)
        return f;
    }
    QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, p.device()); }
    double textWidthMm(const QFont &f, const QString &text) const
    {
        return metrics(f).horizontalAdvance(text) / k;
    }

    void text(const QRectF &r, int flags, const QString &t, const QFont &f,
              const QColor &colour = Ink)
    {
        p.setFont(f);
        p.setPen(colour);
        p.drawText(r, flags, t);
    }

    /// `t` broken into at most two lines of `widthMm`, the second elided if need be.
    QStringList twoLines(const QFont &f, const QString &t, double widthMm) const
    {
        const QFontMetricsF m = metrics(f);
        const double width = mm(widthMm);
        if (m.horizontalAdvance(t) <= width)
            return {t};
        const QStringList words = t.split(u' ', Qt::SkipEmptyParts);
        QString first;
        qsizetype i = 0;
        for (; i < words.size(); ++i) {
            const QString candidate = first.isEmpty() ? words.at(i) : first + u' ' + words.at(i);
            if (m.horizontalAdvance(candidate) > width && !first.isEmpty())
                break;
            first = candidate;
        }
        const QString rest = words.mid(i).join(u' ');
        if (rest.isEmpty())
            return {m.elidedText(first, Qt::ElideRight, width)};
        return {m.elidedText(first, Qt::ElideRight, width),
                m.elidedText(rest, Qt::ElideRight, width)};
    }

    QPainter &p;
    const double k;
    const QPointF origin;
};

/// A step of 1, 2 or 5 × 10^n giving about `ticks` intervals up to `max`.
double niceStep(double max, int ticks, bool whole)
{
    if (max <= 0)
        return 1;
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double n = raw / magnitude;
    double step = (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * magnitude;
    if (whole)
        step = std::max(1.0, std::round(step));
    return step;
}

QString tickText(double value, double step)
{
    const int decimals = step < 1 ? 1 : 0;
    return QLocale(QLocale::French).toString(value, 'f', decimals);
}

void hatched(Canvas &c, const QRectF &r, const QColor &colour)
{
    c.p.fillRect(r, QColor(0xf3, 0xf6, 0xf8));
    QBrush hatch(colour, Qt::BDiagPattern);
    // The pattern is drawn in device pixels: scale it to about 1.2 mm between lines.
    QTransform t;
    t.scale(c.mm(0.17), c.mm(0.17));
    hatch.setTransform(t);
    c.p.fillRect(r, hatch);
    c.p.setPen(QPen(colour, c.mm(0.2)));
    c.p.setBrush(Qt::NoBrush);
    c.p.drawRect(r);
}

/// The horizontal value axis under rows of bars: grid lines, ticks and the axis title.
void valueAxis(Canvas &c, double left, double right, double top, double bottom, double max,
               double step, const QString &title, bool whole)
{
    const QFont small = c.font(6.5);
    for (double v = 0; v <= max + step / 1000; v += step) {
        const double x = left + (right - left) * v / max;
        c.p.setPen(QPen(v == 0 ? Axis : Grid, c.mm(v == 0 ? 0.25 : 0.2)));
        c.p.drawLine(c.at(x, top), c.at(x, bottom));
        c.text(c.box(x - 10, bottom + 0.8, 20, 3.5), Qt::AlignHCenter | Qt::AlignTop,
               whole ? tickText(std::round(v), 1) : tickText(v, step), small, Muted);
    }
    c.p.setPen(QPen(Axis, c.mm(0.25)));
    c.p.drawLine(c.at(left, bottom), c.at(right, bottom));
    // Under the plot, or under the whole chart when longer than the plot is wide.
    const QFont bold = c.font(7, true);
    const double width = c.textWidthMm(bold, title) + 2;
    const double centre = (left + right) / 2;
    const double x = width <= right - left ? left : std::max(0.0, centre - width / 2);
    c.text(c.box(x, bottom + 5, std::max(right - left, width), 4), Qt::AlignHCenter | Qt::AlignTop,
           title, bold, Muted);
}

void paintBars(Canvas &c, const Chart &chart)
{
    const double labelWidth = 62;
    const double left = labelWidth + 3;
    const double right = chart.widthMm - 14;
    const double top = 2;
    const double bottom = top + chart.bars.size() * BarRowMm + 1;
    double max = 0;
    for (const Bar &b : chart.bars)
        max = std::max(max, b.masked ? MaskedBarValue : b.value);
    const double step = niceStep(max, 5, true);
    const double axisMax = std::max(step, std::ceil(max / step) * step);
    valueAxis(c, left, right, top, bottom, axisMax, step, chart.axisTitle, true);

    const QFont label = c.font(7);
    const QFont value = c.font(7, true);
    for (qsizetype i = 0; i < chart.bars.size(); ++i) {
        const Bar &b = chart.bars.at(i);
        const double y = top + i * BarRowMm;
        const QStringList lines = c.twoLines(label, b.label, labelWidth);
        c.text(c.box(0, y, labelWidth, BarRowMm), Qt::AlignRight | Qt::AlignVCenter,
               lines.join(u'\n'), label);
        const double barHeight = 4.4;
        const double barTop = y + (BarRowMm - barHeight) / 2;
        const double length = (right - left) * (b.masked ? MaskedBarValue : b.value) / axisMax;
        const QRectF bar = c.box(left, barTop, length, barHeight);
        if (b.masked) {
            hatched(c, bar, Primary);
        } else if (length > 0) {
            c.p.fillRect(bar, Primary);
        }
        c.text(c.box(left + length + 1.2, y, 14, BarRowMm), Qt::AlignLeft | Qt::AlignVCenter,
               b.text, value);
    }
}

void paintMonths(Canvas &c, const Chart &chart)
{
    const double left = 14;
    const double right = chart.widthMm - 2;
    const double top = 7;
    const double bottom = chart.heightMm - 11;
    double max = 0;
    for (const Bar &b : chart.bars)
        max = std::max(max, b.value);
    const double step = niceStep(max, 4, false);
    const double axisMax = std::max(step, std::ceil(max / step - 1e-9) * step);
    const QFont small = c.font(6.5);
    c.text(c.box(0, 0, chart.widthMm, 4.5), Qt::AlignLeft | Qt::AlignTop, chart.axisTitle,
           c.font(7, true), Muted);
    for (double v = 0; v <= axisMax + step / 1000; v += step) {
        const double y = bottom - (bottom - top) * v / axisMax;
        c.p.setPen(QPen(v == 0 ? Axis : Grid, c.mm(v == 0 ? 0.25 : 0.2)));
        c.p.drawLine(c.at(left, y), c.at(right, y));
        c.text(c.box(0, y - 2, left - 1.5, 4), Qt::AlignRight | Qt::AlignVCenter,
               tickText(v, step), small, Muted);
    }
    const qsizetype n = chart.bars.size();
    const double slot = (right - left) / std::max<qsizetype>(n, 1);
    const bool each = n <= 12;
    // A year label every `years` years, at least 10 mm apart.
    const int years = std::max(1, int(std::ceil(10 / (slot * 12))));
    const QLocale french(QLocale::French);
    for (qsizetype i = 0; i < n; ++i) {
        const Bar &b = chart.bars.at(i);
        const double x = left + i * slot;
        const double height = (bottom - top) * b.value / axisMax;
        if (height > 0)
            c.p.fillRect(c.box(x + slot * 0.15, bottom - height, slot * 0.7, height), Primary);
        if (each && b.value > 0) {
            c.text(c.box(x - 2, bottom - height - 4, slot + 4, 3.6),
                   Qt::AlignHCenter | Qt::AlignBottom, b.text, c.font(6.5, true));
        }
        const int month = b.month.month();
        const bool year = month == 1 || i == 0;
        // The first month's year, unless the next January's label is too close.
        const bool labelled = i == 0 ? month == 1 || years > 1 || slot * (13 - month) >= 10
                                     : b.month.year() % years == 0;
        if (year && labelled) {
            // The year under its first month, a tick at the month's left edge.
            c.p.setPen(QPen(Axis, c.mm(0.25)));
            c.p.drawLine(c.at(x, bottom), c.at(x, bottom + 8.2));
            c.text(c.box(x + 0.8, bottom + 4.6, 20, 4), Qt::AlignLeft | Qt::AlignTop,
                   QString::number(b.month.year()), c.font(7, true), Ink);
        }
        // Month names: each month of a short period; else the quarters but those the year
        // already marks.
        if (each || (month % 3 == 1 && !year && slot * 3 >= 7)) {
            c.p.setPen(QPen(Axis, c.mm(0.2)));
            c.p.drawLine(c.at(x + slot / 2, bottom), c.at(x + slot / 2, bottom + 1));
            c.text(c.box(x + slot / 2 - 8, bottom + 1.2, 16, 3.5), Qt::AlignHCenter | Qt::AlignTop,
                   french.monthName(month, QLocale::ShortFormat), small, Muted);
        }
    }
}

/// A ring of slices from twelve o'clock, clockwise.
void ring(Canvas &c, QPointF centre, double diameter, const QList<double> &values,
          const QList<QColor> &colours)
{
    double total = 0;
    for (double v : values)
        total += v;
    if (total <= 0)
        return;
    const QRectF outer(c.at(centre.x() - diameter / 2, centre.y() - diameter / 2),
                       QSizeF(c.mm(diameter), c.mm(diameter)));
    const double inner = diameter * 0.56;
    const QRectF hole(c.at(centre.x() - inner / 2, centre.y() - inner / 2),
                      QSizeF(c.mm(inner), c.mm(inner)));
    double start = 90;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double sweep = -360.0 * values.at(i) / total;
        if (sweep == 0)
            continue;
        QPainterPath path;
        path.arcMoveTo(outer, start);
        path.arcTo(outer, start, sweep);
        path.arcTo(hole, start + sweep, -sweep);
        path.closeSubpath();
        c.p.setPen(QPen(Qt::white, c.mm(0.5)));
        c.p.setBrush(colours.at(i));
        c.p.drawPath(path);
        start += sweep;
    }
    c.p.setBrush(Qt::NoBrush);
}

/// A legend line: a swatch, a label and a value on the right.
void legendLine(Canvas &c, double x, double y, double width, const QColor &colour,
                const QString &label, const QString &value)
{
    c.p.fillRect(c.box(x, y + 0.9, 3.2, 3.2), colour);
    const QFont f = c.font(7.5);
    const QFont bold = c.font(7.5, true);
    const double valueWidth = c.textWidthMm(bold, value) + 1;
    const QFontMetricsF m = c.metrics(f);
    c.text(c.box(x + 5, y, width - 5 - valueWidth, 5), Qt::AlignLeft | Qt::AlignVCenter,
           m.elidedText(label, Qt::ElideRight, c.mm(width - 6 - valueWidth)), f);
    c.text(c.box(x, y, width, 5), Qt::AlignRight | Qt::AlignVCenter, value, bold);
}

void paintPie(Canvas &c, const Chart &chart)
{
    const double diameter = std::min(chart.heightMm - 4, 52.0);
    const QPointF centre(diameter / 2 + 6, chart.heightMm / 2);
    QList<double> values;
    QList<QColor> colours;
    for (qsizetype i = 0; i < chart.bars.size(); ++i) {
        values << chart.bars.at(i).value;
        colours << paletteColour(int(i));
    }
    ring(c, centre, diameter, values, colours);
    const double x = diameter + 18;
    const double width = chart.widthMm - x - 2;
    const double height = chart.bars.size() * 5.5;
    double y = (chart.heightMm - height) / 2;
    for (qsizetype i = 0; i < chart.bars.size(); ++i, y += 5.5) {
        const Bar &b = chart.bars.at(i);
        legendLine(c, x, y, width, colours.at(i), b.label, b.text);
    }
}

void paintRetention(Canvas &c, const Chart &chart)
{
    const double diameter = chart.heightMm - 4;
    const QPointF centre(diameter / 2 + 6, chart.heightMm / 2);
    const QList<QColor> colours{Primary, Warm};
    ring(c, centre, diameter, {chart.bars.value(0).value, chart.bars.value(1).value}, colours);
    c.text(c.box(centre.x() - diameter / 2, centre.y() - 5, diameter, 10), Qt::AlignCenter,
           chart.centre, c.font(14, true), Primary);
    const double x = diameter + 18;
    const double width = std::min(chart.widthMm - x - 2, 110.0);
    double y = chart.heightMm / 2 - 5.5;
    for (qsizetype i = 0; i < 2 && i < chart.bars.size(); ++i, y += 5.5)
        legendLine(c, x, y, width, colours.at(i), chart.bars.at(i).label, chart.bars.at(i).text);
}

void paintLevels(Canvas &c, const Chart &chart)
{
    const double labelWidth = 55;
    const double left = labelWidth + 3;
    const double right = chart.widthMm - 12;
    const double top = 8;
    const double bottom = top + chart.bars.size() * LevelRowMm + 1;
    // The legend above the rows.
    const QFont f = c.font(7.5);
    double x = left;
    for (const auto &[colour, name] : {std::pair{Light, chart.seriesA},
                                       std::pair{Primary, chart.seriesB}}) {
        c.p.fillRect(c.box(x, 1.2, 3.2, 3.2), colour);
        c.text(c.box(x + 4.5, 0, 80, 5.5), Qt::AlignLeft | Qt::AlignVCenter, name, f);
        x += 4.5 + c.textWidthMm(f, name) + 8;
    }
    valueAxis(c, left, right, top, bottom, 3, 1, chart.axisTitle, false);
    const QFont label = c.font(7);
    const QFont value = c.font(6.5, true);
    for (qsizetype i = 0; i < chart.bars.size(); ++i) {
        const double y = top + i * LevelRowMm;
        const QStringList lines = c.twoLines(label, chart.bars.at(i).label, labelWidth);
        c.text(c.box(0, y, labelWidth, LevelRowMm), Qt::AlignRight | Qt::AlignVCenter,
               lines.join(u'\n'), label);
        const Bar *bars[] = {&chart.bars.at(i), &chart.latest.at(i)};
        const QColor colours[] = {Light, Primary};
        for (int s = 0; s < 2; ++s) {
            const double barTop = y + 0.9 + s * 3.0;
            const double length = (right - left) * std::clamp(bars[s]->value, 0.0, 3.0) / 3;
            if (length > 0)
                c.p.fillRect(c.box(left, barTop, length, 2.8), colours[s]);
            c.text(c.box(left + length + 1, barTop - 0.5, 12, 4.0),
                   Qt::AlignLeft | Qt::AlignVCenter, bars[s]->text, value);
        }
    }
}

} // namespace

std::optional<Chart> of(const ReviewSection &section)
{
    using Kind = ReviewSection::Chart;
    switch (section.chart) {
    case Kind::None:
        return std::nullopt;
    case Kind::Bars:
        return barsChart(section);
    case Kind::Pie: {
        const QList<Bar> bars = countBars(section);
        const bool masked = std::any_of(bars.cbegin(), bars.cend(),
                                        [](const Bar &b) { return b.masked; });
        // A share that is not known cannot be drawn: bars then, hatched where masked.
        if (masked || bars.size() > 10)
            return barsChart(section);
        if (!anyDrawn(bars))
            return std::nullopt;
        Chart chart;
        chart.kind = Kind::Pie;
        for (const Bar &b : bars) {
            if (b.value > 0)
                chart.bars << b;
        }
        chart.heightMm = std::max(50.0, chart.bars.size() * 5.5 + 8);
        return chart;
    }
    case Kind::Months: {
        Chart chart;
        chart.kind = Kind::Months;
        for (const ReviewRow &row : section.rows) {
            const QDate month = QDate::fromString(row.key.section(u'.', -1), u"yyyy-MM"_s);
            if (row.values.isEmpty() || !month.isValid())
                continue;
            const ReviewValue &v = row.values.first();
            chart.bars << Bar{row.label, double(v.number.value_or(0)) / 10.0, v.text(), false,
                              month};
        }
        if (!anyDrawn(chart.bars))
            return std::nullopt;
        chart.axisTitle = section.columns.value(0);
        chart.heightMm = 62;
        return chart;
    }
    case Kind::Retention: {
        const ReviewRow *maintained = section.row(u"retention_24m.maintained"_s);
        const ReviewRow *left = section.row(u"retention_24m.left"_s);
        const ReviewRow *rate = section.row(u"retention_24m"_s);
        if (!maintained || !left || !rate || maintained->values.isEmpty()
            || left->values.isEmpty() || rate->values.isEmpty())
            return std::nullopt;
        Chart chart;
        chart.kind = Kind::Retention;
        for (const ReviewRow *row : {maintained, left}) {
            const ReviewValue &v = row->values.first();
            chart.bars << Bar{row->label, double(v.number.value_or(0)), v.text(), v.masked, {}};
        }
        if (!anyDrawn(chart.bars) || chart.bars.at(0).masked || chart.bars.at(1).masked)
            return std::nullopt;
        chart.centre = rate->values.first().text();
        chart.heightMm = 40;
        return chart;
    }
    case Kind::DiagnosticLevels: {
        Chart chart;
        chart.kind = Kind::DiagnosticLevels;
        for (const ReviewRow &row : section.rows) {
            if (row.values.size() < 3 || !row.values.at(1).isAvailable()
                || !row.values.at(2).isAvailable())
                continue;
            const ReviewValue &entry = row.values.at(1);
            const ReviewValue &latest = row.values.at(2);
            chart.bars << Bar{row.label, double(*entry.number) / 10.0, entry.text(), false, {}};
            chart.latest << Bar{row.label, double(*latest.number) / 10.0, latest.text(), false,
                                {}};
        }
        if (chart.bars.isEmpty())
            return std::nullopt;
        chart.seriesA = section.columns.value(1);
        chart.seriesB = section.columns.value(2);
        chart.axisTitle = Msg::tr("Mean level: 0 no difficulty, 1 slight, 2 serious, 3 major");
        chart.heightMm = 8 + chart.bars.size() * LevelRowMm + 1 + AxisMm;
        return chart;
    }
    }
    return std::nullopt;
}

void paint(QPainter &painter, const QRectF &rect, const Chart &chart)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Canvas canvas(painter, rect, chart);
    switch (chart.kind) {
    case ReviewSection::Chart::Bars:
        paintBars(canvas, chart);
        break;
    case ReviewSection::Chart::Pie:
        paintPie(canvas, chart);
        break;
    case ReviewSection::Chart::Months:
        paintMonths(canvas, chart);
        break;
    case ReviewSection::Chart::Retention:
        paintRetention(canvas, chart);
        break;
    case ReviewSection::Chart::DiagnosticLevels:
        paintLevels(canvas, chart);
        break;
    case ReviewSection::Chart::None:
        break;
    }
    painter.restore();
}

namespace {
constexpr int ChartIndexProperty = QTextFormat::UserProperty + 13;
} // namespace

TextObjects *TextObjects::install(QTextDocument &document)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    if (auto *existing = dynamic_cast<TextObjects *>(layout->handlerForObject(Type)))
        return existing;
    auto *handler = new TextObjects(&document);
    layout->registerHandler(Type, handler);
    return handler;
}

QTextCharFormat TextObjects::format(const Chart &chart)
{
    QTextCharFormat f;
    f.setObjectType(Type);
    f.setProperty(ChartIndexProperty, int(m_charts.size()));
    m_charts << std::make_shared<const Chart>(chart);
    return f;
}

const Chart *TextObjects::chartOf(const QTextFormat &format) const
{
    const int i = format.intProperty(ChartIndexProperty);
    return i >= 0 && i < m_charts.size() ? m_charts.at(i).get() : nullptr;
}

QSizeF TextObjects::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const Chart *chart = chartOf(format);
    if (!chart)
        return {};
    const QPaintDevice *device = document->documentLayout()->paintDevice();
    const double dpi = device ? device->logicalDpiX() : qt_defaultDpiX();
    return QSizeF(chart->widthMm, chart->heightMm) * dpi / 25.4;
}

void TextObjects::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                             const QTextFormat &format)
{
    if (const Chart *chart = chartOf(format))
        paint(*painter, rect, *chart);
}

} // namespace Passerelle::ReportCharts
