#pragma once

#include "widgets/WidgetsFwd.h"

#include "review/ReviewSections.h"

#include <QScrollArea>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QBarCategoryAxis;
class QChart;
class QValueAxis;
QT_END_NAMESPACE

namespace Passerelle::Ui {

/// How the application draws its charts (the Bilan annuel's, the dashboard's), so that they
/// look alike.
namespace Charts {

/// A chart without animation, square, with small margins, its title (if any) in bold.
QChart *newChart(const QString &title = {});

/// An axis of counts from 0, with room above the highest, `max`.
QValueAxis *countAxis(double max);

/// Adds `series` to `chart`: `labels` along the base of the bars (down the left for a
/// QHorizontalBarSeries, along the bottom otherwise), `values` along their length. Returns the
/// axis of labels.
QBarCategoryAxis *addBars(QChart *chart, QAbstractBarSeries *series, const QStringList &labels,
                          QValueAxis *values);

} // namespace Charts

/// The charts of the Bilan annuel screen, drawn from the review's sections (the same labels and
/// the same masking as the table): households by public, exit outcomes, support months per
/// month, the retention cohort and diagnostic levels at entry versus latest per domain.
class ReviewCharts : public QScrollArea
{
    Q_OBJECT

public:
    explicit ReviewCharts(QWidget *parent = nullptr);

    void setSections(const QList<ReviewSection> &sections);

    /// The charts shown, by section key (tests).
    QStringList chartKeys() const;

private:
    QGridLayout *m_grid = nullptr;
};

} // namespace Passerelle::Ui
