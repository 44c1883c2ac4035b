#pragma once

#include "widgets/WidgetsFwd.h"

#include "DashboardListModel.h"
#include "Page.h"
#include "dashboard/AgencyDashboard.h"

QT_BEGIN_NAMESPACE
class QBarSet;
class QBarCategoryAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace Passerelle {
class BackgroundConnection;
}

namespace Passerelle::Ui {

class DashboardTile;
struct Lookups;

/// The start page of the main window (Tableau de bord): for the agency worked on, tiles with
/// what needs attention today (households followed, without contact for more than N days,
/// contracts ending, objectives overdue, open alerts, meetings to come, bail glissant reviews
/// due), the list behind the chosen tile, the next follow-up committee and a chart of the
/// contacts of the last twelve months. Every figure comes from core's loadDashboard(); every
/// row opens its household.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    /// The lists, in the order of the tiles.
    enum Section {
        Followed,
        Silent,
        Contracts,
        Objectives,
        Alerts,
        Meetings,
        GlissantReviews,
        Checks
    };

    explicit DashboardPage(AppContext &context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    /// True from a refresh() until its figures are shown (loaded()).
    bool isLoading() const { return m_loading; }

    /// What the page shows (for tests and the chart).
    const AgencyDashboard &dashboard() const { return m_dashboard; }
    void showSection(Section section);
    Section currentSection() const;

Q_SIGNALS:
    /// The figures asked by the last refresh() are shown (or the error that prevented them).
    void loaded();

private:
    struct SectionWidgets
    {
        DashboardTile *tile = nullptr;
        DashboardListModel *model = nullptr;
        QTableView *view = nullptr;
        QStackedWidget *stack = nullptr; ///< the view, or the empty-state text
        QLabel *empty = nullptr;
        QLabel *description = nullptr;
    };

    QWidget *createSection(Section section, const QString &name, const QString &caption,
                           const QStringList &headers, const QString &tab);
    struct Loaded;
    void display(Loaded &loaded);
    /// The rows of every list, in the order of the tiles (built off the GUI thread).
    static QList<QList<DashboardListModel::Row>> rowsOf(const AgencyDashboard &d,
                                                        const Lookups &lookups);
    void fillHeader(const Lookups &lookups);
    void fillLists(QList<QList<DashboardListModel::Row>> rows);
    void fillCommittee(const Lookups &lookups);
    void fillChart();
    void silentDaysChanged(int days);
    void openCommittees();

    BackgroundConnection *m_reader = nullptr;
    bool m_loading = false;
    bool m_reloadWanted = false;
    QWidget *m_busy = nullptr; ///< a bar and "Loading…"
    QTimer *m_busyDelay = nullptr;
    AgencyDashboard m_dashboard;
    QList<SectionWidgets> m_sections;
    QStackedWidget *m_lists = nullptr;
    QLabel *m_listTitle = nullptr;
    QLabel *m_agency = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_error = nullptr;
    QSpinBox *m_silentDays = nullptr;
    QLabel *m_committeeWhen = nullptr;
    QLabel *m_committeeDetails = nullptr;
    QListWidget *m_committeeHouseholds = nullptr;
    QPushButton *m_openCommittees = nullptr;
    QBarSet *m_contacts = nullptr;
    QBarCategoryAxis *m_months = nullptr;
    QValueAxis *m_counts = nullptr;
    QLabel *m_chartTotal = nullptr;
};

} // namespace Passerelle::Ui
