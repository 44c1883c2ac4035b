#pragma once

#include "widgets/WidgetsFwd.h"

#include "review/ReviewSections.h"

#include <QScrollArea>

namespace Passerelle::Ui {

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
    QWidget *m_content = nullptr;
    QGridLayout *m_grid = nullptr;
};

} // namespace Passerelle::Ui
