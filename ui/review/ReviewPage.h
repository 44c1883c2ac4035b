#pragma once

#include "widgets/WidgetsFwd.h"

#include "Page.h"
#include "review/ReviewSections.h"

#include <atomic>
#include <memory>

namespace Passerelle {
class BackgroundConnection;
}

namespace Passerelle::Ui {

class ReviewCharts;

/// Bilan annuel: every figure of the year-end review (INDICATORS.md) for a period and a scope,
/// beside the previous period's with the change, explained by tooltips, drawn as charts, each
/// figure opening the list of the households behind it; exported as the command line does.
/// The figures are computed off the GUI thread on a connection of their own, with progress
/// and a cancel button; a newer request drops the result of an older one.
class ReviewPage : public Page
{
    Q_OBJECT

public:
    explicit ReviewPage(AppContext &context, QWidget *parent = nullptr);
    ~ReviewPage() override;

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    /// The period asked for.
    ReviewRequest request() const;
    /// Sets a calendar year (the default: the last complete year).
    void setYear(int year);
    /// Sets any dates.
    void setPeriod(const QDate &from, const QDate &to);
    /// Restricts to these actions / agencies (codes; empty: all).
    void setActionCodes(const QStringList &codes);
    void setAgencyCodes(const QStringList &codes);

    /// The figures shown, once computed (tests).
    const std::optional<ReviewFigures> &figures() const { return m_current; }
    const std::optional<ReviewFigures> &previousFigures() const { return m_previous; }
    /// True while a computation runs.
    bool isComputing() const { return m_computing; }
    /// The sections shown (as rendered, masking included).
    const QList<ReviewSection> &sections() const { return m_sections; }

public Q_SLOTS:
    /// Computes the figures for the chosen period and scope (in the background).
    void compute();
    /// Stops the running computation; the figures shown stay as they were.
    void cancel();
    /// Lists the households behind a figure (an entries key of ReviewFigures).
    void showHouseholds(const QString &entriesKey, const QString &label);
    void exportAs(const QString &format);

public:
    /// Writes the review shown to `path` in a format of ReviewExport, journaled.
    Status exportTo(const QString &format, const QString &path);

Q_SIGNALS:
    /// A computation ended (figures shown, or an error or a cancel said).
    void computed();

private:
    struct Outcome;

    void buildUi();
    /// Fills the choices of actions and agencies, once.
    void loadChoices();
    void scheduleCompute();
    void finish(const Outcome &outcome, quint64 generation);
    void display();
    /// Shows the progress and the Cancel button while `running`; enables the exports when
    /// `exportable`.
    void showRunning(bool running, bool exportable);
    void say(const QString &text, bool error);
    void setColumnWidths();
    /// Says on the buttons of the actions and of the agencies which ones are ticked.
    void updateChoiceButtons();
    ReviewSectionOptions sectionOptions() const;

    QSpinBox *m_year = nullptr;
    QToolButton *m_customDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_actions = nullptr;
    QToolButton *m_agencies = nullptr;
    QCheckBox *m_mask = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_message = nullptr;
    QTreeView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    ReviewCharts *m_charts = nullptr;
    QList<QPushButton *> m_exportButtons;
    QTimer *m_debounce = nullptr;

    BackgroundConnection *m_reader = nullptr;
    bool m_computing = false;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_dirty = true;

    std::optional<ReviewFigures> m_current;
    std::optional<ReviewFigures> m_previous;
    QList<ReviewSection> m_sections;
};

} // namespace Passerelle::Ui
