#pragma once

#include "widgets/WidgetsFwd.h"

#include "storage/RetentionRepository.h"

#include <QWidget>

namespace Passerelle::Ui {

/// Administration › Conservation: how long household files and the journal are kept, the
/// households due for anonymisation (reference, agency, dates — no name), and the retention
/// run that anonymises the households ticked, with a confirmation that says what is erased.
class RetentionPage : public QWidget
{
    Q_OBJECT

public:
    explicit RetentionPage(AppContext &context, QWidget *parent = nullptr);

    void refresh();
    QTableWidget *table() const { return m_table; }
    /// The households ticked in the list.
    QList<Id> ticked() const;
    /// Saves the settings shown; shows a refusal. True when saved.
    bool saveSettings();
    /// Runs the retention on the households ticked; `confirm` false skips the question (tests).
    bool anonymise(bool confirm = true);

private:
    AppContext &m_context;
    QSpinBox *m_years = nullptr;
    QSpinBox *m_months = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_anonymise = nullptr;
    QList<RetentionCandidate> m_candidates;
    RetentionSettings m_settings;
};

} // namespace Passerelle::Ui
