#include "ReviewCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QAreaSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::Ui {

QChart *Charts::newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    return chart;
}

QValueAxis *Charts::countAxis(double max)
{
    auto *values = new QValueAxis;
    values->setRange(0, std::max(1.0, max * 1.15));
    values->applyNiceNumbers();
    return values;
}

QBarCategoryAxis *Charts::addBars(QChart *chart, QAbstractBarSeries *series,
                                  const QStringList &labels, QValueAxis *values)
{
    const bool horizontal = qobject_cast<QHorizontalBarSeries *>(series) != nullptr;
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categories);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(values);
    return categories;
}

namespace {

using namespace Charts;

const QList<QColor> &palette()
{
    static const QList<QColor> colours{QColor(0x1f, 0x5f, 0x8b), QColor(0xe0, 0x8e, 0x2b),
                                       QColor(0x3f, 0x9c, 0x6e), QColor(0xb8, 0x45, 0x45),
                                       QColor(0x7a, 0x5c, 0xa8), QColor(0x8c, 0x8c, 0x8c),
                                       QColor(0x2a, 0xa1, 0xb3), QColor(0xc7, 0x6b, 0xa0)};
    return colours;
}

/// The rows of a section that a chart may show: available and not masked.
QList<const ReviewRow *> shownRows(const ReviewSection &s, const QStringList &skip = {})
{
    QList<const ReviewRow *> rows;
    for (const ReviewRow &r : s.rows) {
        if (skip.contains(r.key) || r.values.isEmpty())
            continue;
        const ReviewValue &v = r.values.first();
        if (v.masked || !v.isAvailable() || v.kind == ReviewValue::Kind::Percent)
            continue;
        rows << &r;
    }
    return rows;
}

qsizetype maskedCount(const ReviewSection &s)
{
    qsizetype n = 0;
    for (const ReviewRow &r : s.rows)
        n += !r.values.isEmpty() && r.values.first().masked;
    return n;
}

QChart *barsChart(const ReviewSection &s)
{
    QChart *chart = newChart(s.title);
    chart->legend()->hide();
    auto *set = new QBarSet(s.columns.value(0));
    set->setColor(palette().first());
    QStringList labels;
    double max = 0;
    const auto rows = shownRows(s, {u"contacts.total"_s});
    // Horizontal bars read top-down in the table's order.
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        labels << rows.at(i)->label;
        const double v = rows.at(i)->values.first().spreadsheetNumber();
        *set << v;
        max = std::max(max, v);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(6);
    QValueAxis *values = countAxis(max);
    values->setLabelFormat(u"%d"_s);
    addBars(chart, series, labels, values);
    return chart;
}

QChart *pieChart(const ReviewSection &s, const QStringList &keys = {})
{
    QChart *chart = newChart(s.title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *series = new QPieSeries;
    int colour = 0;
    for (const ReviewRow *r : shownRows(s)) {
        if (!keys.isEmpty() && !keys.contains(r->key))
            continue;
        const double v = r->values.first().spreadsheetNumber();
        if (v <= 0)
            continue;
        QPieSlice *slice = series->append(r->label + u" (" + r->values.first().text() + u')', v);
        slice->setColor(palette().at(colour++ % palette().size()));
    }
    series->setPieSize(0.75);
    chart->addSeries(series);
    return chart;
}

QChart *monthsChart(const ReviewSection &s)
{
    QChart *chart = newChart(s.title);
    chart->legend()->hide();
    auto *line = new QLineSeries;
    double max = 0;
    QDateTime first;
    QDateTime last;
    for (const ReviewRow &r : s.rows) {
        const QDate month = QDate::fromString(r.key.section(u'.', 1), u"yyyy-MM"_s);
        if (!month.isValid() || r.values.isEmpty())
            continue;
        const QDateTime at(month.addDays(14), QTime(0, 0));
        const double v = r.values.first().spreadsheetNumber();
        line->append(double(at.toMSecsSinceEpoch()), v);
        max = std::max(max, v);
        if (!first.isValid())
            first = at;
        last = at;
    }
    auto *area = new QAreaSeries(line);
    area->setColor(palette().first().lighter(160));
    area->setBorderColor(palette().first());
    chart->addSeries(area);
    auto *time = new QDateTimeAxis;
    time->setFormat(u"MM/yyyy"_s);
    if (first.isValid())
        time->setRange(first.addDays(-14), last.addDays(14));
    time->setTickCount(std::clamp(int(s.rows.size()), 2, 7));
    chart->addAxis(time, Qt::AlignBottom);
    area->attachAxis(time);
    QValueAxis *values = countAxis(max);
    values->setTitleText(s.columns.value(0));
    chart->addAxis(values, Qt::AlignLeft);
    area->attachAxis(values);
    return chart;
}

QChart *diagnosticChart(const ReviewSection &s)
{
    QChart *chart = newChart(s.title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *entry = new QBarSet(s.columns.value(1));
    auto *latest = new QBarSet(s.columns.value(2));
    entry->setColor(palette().at(1));
    latest->setColor(palette().at(0));
    QStringList labels;
    // Horizontal bars (the domains' names are long), read top-down in the table's order.
    for (qsizetype i = s.rows.size() - 1; i >= 0; --i) {
        const ReviewRow &r = s.rows.at(i);
        if (r.values.size() < 3)
            continue;
        labels << r.label;
        *entry << r.values.at(1).spreadsheetNumber();
        *latest << r.values.at(2).spreadsheetNumber();
    }
    auto *series = new QHorizontalBarSeries;
    series->append(entry);
    series->append(latest);
    auto *levels = new QValueAxis;
    levels->setRange(0, 3);
    levels->setTickCount(4);
    levels->setLabelFormat(u"%d"_s);
    addBars(chart, series, labels, levels);
    return chart;
}

/// The chart of a section, or null for a section without one.
QChart *chartOf(const ReviewSection &s)
{
    switch (s.chart) {
    case ReviewSection::Chart::Bars:
        return barsChart(s);
    case ReviewSection::Chart::Pie:
        return pieChart(s);
    case ReviewSection::Chart::Months:
        return monthsChart(s);
    case ReviewSection::Chart::Retention:
        return pieChart(s, {u"retention_24m.maintained"_s, u"retention_24m.left"_s});
    case ReviewSection::Chart::DiagnosticLevels:
        return diagnosticChart(s);
    case ReviewSection::Chart::None:
        break;
    }
    return nullptr;
}

} // namespace

ReviewCharts::ReviewCharts(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(u"charts"_s);
    setWidgetResizable(true);
    setWidget(new QWidget(this));
    m_grid = new QGridLayout(widget());
}

void ReviewCharts::setSections(const QList<ReviewSection> &sections)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // The charts the Bilan shows, in this order.
    static const QStringList order{u"publics"_s, u"exit_outcomes"_s, u"support_months_by_month"_s,
                                   u"retention"_s, u"diagnostics"_s};
    int index = 0;
    for (const QString &key : order) {
        const ReviewSection *section = nullptr;
        for (const ReviewSection &s : sections)
            section = s.key == key ? &s : section;
        QChart *chart = section ? chartOf(*section) : nullptr;
        if (!chart)
            continue;
        auto *box = new QWidget(widget());
        box->setObjectName(u"chart_"_s + key);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *view = new QChartView(chart, box);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(420, 280);
        view->setAccessibleName(section->title);
        layout->addWidget(view, 1);
        QStringList notes;
        if (section->rows.isEmpty())
            notes << tr("No data for the period");
        if (const qsizetype masked = maskedCount(*section); masked > 0)
            notes << tr("%n category(ies) of fewer than 5 households not drawn.", nullptr,
                        int(masked));
        if (key == u"retention"_s) {
            if (const ReviewRow *cohort = section->row(u"retention_24m.cohort"_s))
                notes << tr("Cohort: %1 households").arg(cohort->values.first().text());
        }
        if (key == u"diagnostics"_s && !section->note.isEmpty())
            notes << section->note;
        if (!notes.isEmpty()) {
            auto *note = new QLabel(notes.join(u' '), box);
            note->setWordWrap(true);
            layout->addWidget(note);
        }
        if (key == u"diagnostics"_s) {
            // Wide: one bar pair per domain, with the domains' names.
            view->setMinimumHeight(std::max(280, 60 + 34 * int(section->rows.size())));
            const int row = (index + 1) / 2;
            m_grid->addWidget(box, row, 0, 1, 2);
            index = (row + 1) * 2;
            continue;
        }
        m_grid->addWidget(box, index / 2, index % 2);
        ++index;
    }
}

QStringList ReviewCharts::chartKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_grid->count(); ++i) {
        if (QWidget *w = m_grid->itemAt(i)->widget())
            keys << w->objectName().mid(6);
    }
    return keys;
}

} // namespace Passerelle::Ui
