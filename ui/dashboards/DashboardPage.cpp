#include "DashboardPage.h"

#include "AppContext.h"
#include "DashboardTile.h"
#include "MainWindow.h"
#include "forms/TabForms.h"
#include "households/ExitRules.h"
#include "households/Lookups.h"
#include "review/ReviewCharts.h"
#include "storage/BackgroundConnection.h"
#include "widgets/FormWidgets.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace Passerelle::Ui {
namespace {

using Row = DashboardListModel::Row;
using Cell = DashboardListModel::Cell;

constexpr Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;
constexpr Qt::Alignment Centre = Qt::AlignCenter;

Cell dateCell(const QDate &date, const QString &none = {})
{
    // Formatted by the model when shown; missing dates sort before every date.
    return {none, {}, Centre, {}, DashboardListModel::Format::Date, date};
}

Cell numberCell(qint64 value, const QString &text = {})
{
    return {text.isEmpty() ? QLocale().toString(value) : text, value, Right, {}};
}

Cell textCell(const QString &text, const QString &toolTip = {})
{
    return {text, {}, Qt::AlignLeft | Qt::AlignVCenter, toolTip};
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

DashboardPage::DashboardPage(AppContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(QStringLiteral("dashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    // Header: the agency and the day on the left, the N-days setting on the right.
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(TabForms::heading(tr("Dashboard"), 1.5, this));
    auto *subtitle = new QHBoxLayout;
    m_agency = TabForms::heading(QString(), 1.15, this);
    m_agency->setObjectName(QStringLiteral("agencyName"));
    m_date = TabForms::heading(QString(), 1.15, this);
    m_date->setObjectName(QStringLiteral("today"));
    m_date->setForegroundRole(QPalette::PlaceholderText);
    subtitle->addWidget(m_agency);
    subtitle->addWidget(new QLabel(QStringLiteral("—"), this));
    subtitle->addWidget(m_date);
    subtitle->addSpacing(12);
    // Shown when a load takes more than half a second; the page stays usable meanwhile.
    m_busy = new QWidget(this);
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QProgressBar(m_busy);
    bar->setObjectName(QStringLiteral("loading"));
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumWidth(120);
    bar->setAccessibleName(tr("Loading the dashboard"));
    bar->setToolTip(tr("Loading the dashboard…"));
    busyLayout->addWidget(bar);
    auto *busyText = new QLabel(tr("Loading…"), m_busy);
    busyText->setForegroundRole(QPalette::PlaceholderText);
    busyLayout->addWidget(busyText);
    subtitle->addWidget(m_busy);
    m_busy->hide();
    m_busyDelay = new QTimer(this);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(500);
    connect(m_busyDelay, &QTimer::timeout, m_busy, &QWidget::show);
    subtitle->addStretch();
    titles->addLayout(subtitle);
    header->addLayout(titles, 1);

    auto *setting = new QHBoxLayout;
    setting->setSpacing(6);
    m_silentDays = new QSpinBox(this);
    m_silentDays->setObjectName(QStringLiteral("silentDays"));
    m_silentDays->setRange(Dashboard::MinSilentDays, Dashboard::MaxSilentDays);
    m_silentDays->setValue(Dashboard::DefaultSilentDays);
    // Saved when the user is done (Enter, arrows, leaving the field), not at each keystroke.
    m_silentDays->setKeyboardTracking(false);
    m_silentDays->setAccessibleName(tr("Number of days without contact"));
    const QString settingHelp =
        tr("A followed household is listed as without contact when its last contact (or the "
           "start of its support, when it never had one) is older than this. The setting is "
           "shared by every user of the database.");
    m_silentDays->setToolTip(settingHelp);
    TabForms::addLabelled(setting, tr("&No contact for more than"), m_silentDays)
        ->setToolTip(settingHelp);
    setting->addWidget(new QLabel(tr("days"), this));
    auto *reload = new QToolButton(this);
    reload->setObjectName(QStringLiteral("refresh"));
    reload->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    reload->setShortcut(QKeySequence::Refresh);
    reload->setToolTip(tr("Reload the dashboard (%1)")
                           .arg(QKeySequence(QKeySequence::Refresh)
                                    .toString(QKeySequence::NativeText)));
    reload->setAccessibleName(tr("Reload the dashboard"));
    setting->addSpacing(12);
    setting->addWidget(reload);
    header->addLayout(setting);
    header->setAlignment(setting, Qt::AlignTop);
    layout->addLayout(header);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; "
                                          "border: 1px solid #f0b8b0; border-radius: 4px; "
                                          "padding: 6px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    // Tiles: the key counts; the checked one chooses the list below.
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    layout->addLayout(tiles);
    auto *tileGroup = new QButtonGroup(this);
    tileGroup->setExclusive(true);

    m_lists = new QStackedWidget(this);
    m_lists->setObjectName(QStringLiteral("lists"));
    struct Spec
    {
        Section section;
        const char *name;
        QString caption;
        QStringList headers;
        const char *tab;
    };
    const QString reference = tr("Reference");
    const QString household = tr("Household");
    const QString agency = tr("Agency");
    const Spec specs[] = {
        {Followed, "followed", tr("Households followed"),
         {reference, household, tr("Support since"), tr("Last contact"), agency}, "followup"},
        {Silent, "silent", tr("Without contact"),
         {reference, household, tr("Last contact"), tr("Days without contact"), agency},
         "followup"},
        {Contracts, "contracts", tr("Contracts ending within 30 days"),
         {reference, household, tr("Action"), tr("Version"), tr("End of contract"),
          tr("Ends"), agency},
         "contract"},
        {Objectives, "objectives", tr("Objectives overdue"),
         {reference, household, tr("Axis"), tr("Objective"), tr("Target date"),
          tr("Days late"), agency},
         "plan"},
        {Alerts, "alerts", tr("Open alerts"),
         {reference, household, tr("Alert"), tr("Since"), tr("Amount"), tr("Days open"),
          agency},
         "followup"},
        {Meetings, "meetings", tr("Tripartite meetings to come"),
         {tr("Date"), tr("Time"), reference, household, tr("Purpose"), tr("Place"), agency},
         "meetings"},
        {GlissantReviews, "glissant", tr("Bail glissant reviews due"),
         {reference, household, tr("Lease start"), tr("Last review"), tr("Review due"),
          tr("Status"), agency},
         "housing"},
        {Checks, "checks", tr("Post-support checks to do"),
         {reference, household, tr("Action"), tr("Check"), tr("End of support"), tr("Due on"),
          tr("Status"), agency},
         "exit"},
    };
    for (const Spec &spec : specs) {
        m_lists->addWidget(createSection(spec.section, QString::fromLatin1(spec.name),
                                         spec.caption, spec.headers,
                                         QString::fromLatin1(spec.tab)));
        DashboardTile *tile = m_sections.last().tile;
        tile->setToolTip(tr("Show the list: %1").arg(spec.caption));
        tileGroup->addButton(tile, spec.section);
        tiles->addWidget(tile);
    }
    m_sections[Followed].tile->setChecked(true);
    connect(tileGroup, &QButtonGroup::idClicked, this,
            [this](int id) { showSection(Section(id)); });

    // Body: the chosen list on the left; the next committee and the chart on the right.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    splitter->setChildrenCollapsible(false);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_listTitle = TabForms::heading(QString(), 1.1, left);
    m_listTitle->setObjectName(QStringLiteral("listTitle"));
    leftLayout->addWidget(m_listTitle);
    leftLayout->addWidget(m_lists, 1);
    leftLayout->addWidget(TabForms::hint(
        tr("Double-click a row, or press Enter, to open the household's file."), left));

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *committee = new QGroupBox(tr("Next follow-up committee"), right);
    committee->setObjectName(QStringLiteral("committee"));
    auto *committeeLayout = new QVBoxLayout(committee);
    m_committeeWhen = TabForms::heading(QString(), 1.0, committee);
    m_committeeWhen->setObjectName(QStringLiteral("committeeWhen"));
    m_committeeWhen->setWordWrap(true);
    m_committeeDetails = new QLabel(committee);
    m_committeeDetails->setObjectName(QStringLiteral("committeeDetails"));
    m_committeeDetails->setWordWrap(true);
    m_committeeHouseholds = new QListWidget(committee);
    m_committeeHouseholds->setObjectName(QStringLiteral("committeeHouseholds"));
    m_committeeHouseholds->setAccessibleName(tr("Households to review"));
    m_committeeHouseholds->setAlternatingRowColors(true);
    m_openCommittees = new QPushButton(tr("Open the &committees"), committee);
    m_openCommittees->setObjectName(QStringLiteral("openCommittees"));
    m_openCommittees->setToolTip(tr("Show the follow-up committees page"));
    committeeLayout->addWidget(m_committeeWhen);
    committeeLayout->addWidget(m_committeeDetails);
    committeeLayout->addWidget(m_committeeHouseholds);
    committeeLayout->addWidget(m_openCommittees, 0, Qt::AlignRight);
    rightLayout->addWidget(committee);
    connect(m_committeeHouseholds, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) {
                Q_EMIT this->context().openHouseholdRequested(item->data(Qt::UserRole).toLongLong(),
                                                        QStringLiteral("followup"));
            });
    connect(m_openCommittees, &QPushButton::clicked, this, &DashboardPage::openCommittees);

    auto *activity = new QGroupBox(tr("Contacts per month"), right);
    activity->setObjectName(QStringLiteral("activity"));
    auto *activityLayout = new QVBoxLayout(activity);
    QChart *chart = Charts::newChart();
    chart->legend()->hide();
    m_contacts = new QBarSet(tr("Contacts"));
    m_contacts->setColor(palette().color(QPalette::Highlight));
    m_contacts->setBorderColor(palette().color(QPalette::Highlight).darker(120));
    m_contacts->setLabelColor(palette().color(QPalette::Text));
    auto *series = new QBarSeries;
    series->append(m_contacts);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_counts = Charts::countAxis(0); // its range set by fillChart()
    m_counts->setLabelFormat(QStringLiteral("%d"));
    m_months = Charts::addBars(chart, series, {}, m_counts);
    QFont axisFont = font();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.9);
    m_months->setLabelsFont(axisFont);
    m_months->setTitleFont(axisFont);
    m_counts->setLabelsFont(axisFont);
    // "janv." and "sept." fit their bar; Qt would elide them to "ja…" for a few pixels.
    m_months->setTruncateLabels(false);
    auto *chartView = new QChartView(chart, activity);
    chartView->setObjectName(QStringLiteral("contactsChart"));
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumSize(300, 170);
    chartView->setAccessibleName(tr("Chart of the contacts per month"));
    activityLayout->addWidget(chartView, 1);
    m_chartTotal = new QLabel(activity);
    m_chartTotal->setObjectName(QStringLiteral("chartTotal"));
    m_chartTotal->setAlignment(Qt::AlignRight);
    activityLayout->addWidget(m_chartTotal);
    rightLayout->addWidget(activity, 1);
    connect(m_contacts, &QBarSet::hovered, this, [this, chartView](bool status, int index) {
        if (!status || index < 0 || index >= m_dashboard.contactsPerMonth.size()) {
            QToolTip::hideText();
            return;
        }
        const auto &month = m_dashboard.contactsPerMonth.at(index);
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %n contact(s)", nullptr, int(month.contacts))
                               .arg(capitalised(QLocale().toString(month.month,
                                                                   QStringLiteral("MMMM yyyy")))),
                           chartView);
    });

    splitter->addWidget(left);
    splitter->addWidget(right);
    // The list first: its last column (the agency) must not be cut on a laptop screen.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The committee and the chart read well in 420 pixels; the rest goes to the list.
    right->setMaximumWidth(std::max(420, right->minimumSizeHint().width()));
    layout->addWidget(splitter, 1);

    connect(m_silentDays, &QSpinBox::valueChanged, this, &DashboardPage::silentDaysChanged);
    connect(reload, &QToolButton::clicked, this, &DashboardPage::refresh);
    // Hidden, the page is refreshed when the navigation shows it again.
    connect(&context, &AppContext::currentAgencyChanged, this, [this] {
        if (isVisible())
            refresh();
    });

    // Keyboard: the setting, the tiles, the list shown, the committee.
    QList<QWidget *> order{m_silentDays, reload};
    for (const SectionWidgets &s : std::as_const(m_sections))
        order << s.tile;
    for (const SectionWidgets &s : std::as_const(m_sections))
        order << s.view;
    TabForms::tabOrder(order << m_committeeHouseholds << m_openCommittees);

    // Loaded when shown (MainWindow refreshes the page it shows), on a connection of its own
    // in a thread of its own: the window stays responsive over a large base.
    m_reader = new BackgroundConnection(context.db(), this);
    showSection(Followed);
}

DashboardPage::~DashboardPage() = default;

QWidget *DashboardPage::createSection(Section section, const QString &name,
                                      const QString &caption, const QStringList &headers,
                                      const QString &tab)
{
    Q_ASSERT(section == m_sections.size());
    SectionWidgets s;
    const DashboardTile::Tone tone = section == Followed || section == Meetings
                                         ? DashboardTile::Tone::Neutral
                                         : DashboardTile::Tone::Attention;
    s.tile = new DashboardTile(caption, tone, this);
    s.tile->setObjectName(name + QStringLiteral("Tile"));

    auto *page = new QWidget(m_lists);
    page->setObjectName(name + QStringLiteral("Section"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    s.description = TabForms::hint(QString(), page);
    layout->addWidget(s.description);

    s.stack = new QStackedWidget(page);
    s.model = new DashboardListModel(headers, this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(s.model);
    proxy->setSortRole(DashboardListModel::SortRole);
    proxy->setSortLocaleAware(true);
    // Core's order first (longest silence, soonest end...); a click on a header sorts.
    s.view = TabForms::recordView(proxy, name + QStringLiteral("View"), -1, s.stack);
    s.view->horizontalHeader()->setSortIndicatorClearable(true);
    s.view->setAccessibleName(caption);
    s.stack->addWidget(s.view);
    s.empty = new QLabel(s.stack);
    s.empty->setObjectName(name + QStringLiteral("Empty"));
    s.empty->setAlignment(Qt::AlignCenter);
    s.empty->setWordWrap(true);
    s.empty->setMargin(24);
    s.empty->setForegroundRole(QPalette::PlaceholderText);
    s.stack->addWidget(s.empty);
    layout->addWidget(s.stack, 1);

    connect(s.view, &QTableView::activated, this, [this, tab](const QModelIndex &index) {
        const Id id = index.data(DashboardListModel::HouseholdIdRole).toLongLong();
        if (id > 0)
            Q_EMIT context().openHouseholdRequested(id, tab);
    });
    m_sections.append(s);
    return page;
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::icon() const
{
    return QIcon(QStringLiteral(":/passerelle/icons/dashboard.svg"));
}

void DashboardPage::showSection(Section section)
{
    m_sections.at(section).tile->setChecked(true);
    m_lists->setCurrentIndex(section);
    m_listTitle->setText(QStringLiteral("%1 (%2)").arg(m_sections.at(section).tile->caption(),
                                                      QLocale().toString(
                                                          m_sections.at(section).tile->count())));
}

DashboardPage::Section DashboardPage::currentSection() const
{
    return Section(m_lists->currentIndex());
}

/// What a load brings back from the background connection: the figures, the rows of every
/// list built there too (thousands at the scale of a region), and the names they show.
struct DashboardPage::Loaded
{
    std::optional<QString> error; ///< what prevented the figures, for the user
    int silentDays = 0;
    AgencyDashboard dashboard;
    Lookups lookups;
    QList<QList<Row>> rows;
};

void DashboardPage::refresh()
{
    if (m_loading) {
        // The load under way answers an older question: its result is dropped, and the page
        // loads again when it comes.
        m_reloadWanted = true;
        return;
    }
    m_loading = true;
    m_busyDelay->start();
    const Scope scope = context().scope();
    const Id agency = context().currentAgency();
    const QDate today = context().today();
    m_reader->read<std::shared_ptr<Loaded>>(
        [scope, agency, today](Database &db) {
            auto loaded = std::make_shared<Loaded>();
            auto lookups = Lookups::load(db);
            const auto silentDays = Dashboard::silentDaysSetting(db);
            if (!lookups || !silentDays) {
                loaded->error = (!lookups ? lookups.error() : silentDays.error()).message;
                return loaded;
            }
            loaded->silentDays = *silentDays;
            loaded->lookups = std::move(lookups).value();
            auto dashboard = loadDashboard(db, scope, agency, today, *silentDays);
            if (!dashboard) {
                loaded->error = tr("The dashboard could not be loaded: %1")
                                    .arg(dashboard.error().message);
                return loaded;
            }
            loaded->dashboard = std::move(dashboard).value();
            loaded->rows = rowsOf(loaded->dashboard, loaded->lookups);
            return loaded;
        },
        this, [this](std::shared_ptr<Loaded> loaded) { display(*loaded); });
}

void DashboardPage::display(Loaded &loaded)
{
    m_loading = false;
    m_busyDelay->stop();
    m_busy->hide();
    if (m_reloadWanted) {
        m_reloadWanted = false;
        refresh();
        return;
    }
    if (loaded.error) {
        m_error->setText(*loaded.error);
        m_error->show();
        Q_EMIT this->loaded();
        return;
    }
    {
        const QSignalBlocker blocker(m_silentDays);
        m_silentDays->setValue(loaded.silentDays);
    }
    m_error->hide();
    m_dashboard = std::move(loaded.dashboard);
    fillHeader(loaded.lookups);
    fillLists(std::move(loaded.rows));
    fillCommittee(loaded.lookups);
    fillChart();
    showSection(currentSection());
    Q_EMIT this->loaded();
}

void DashboardPage::fillHeader(const Lookups &lookups)
{
    m_agency->setText(m_dashboard.agencyId > 0 ? lookups.agencyName(m_dashboard.agencyId)
                                               : tr("All agencies"));
    m_date->setText(capitalised(QLocale().toString(m_dashboard.today,
                                                   QStringLiteral("dddd d MMMM yyyy"))));
}

QList<QList<DashboardListModel::Row>> DashboardPage::rowsOf(const AgencyDashboard &d,
                                                            const Lookups &lookups)
{
    const QString none = tr("none");
    // The first cells of every row, and the agency as the last one.
    const auto start = [](const DashboardHousehold &h) {
        Row row;
        row.householdId = h.id;
        row.cells << textCell(h.reference) << textCell(h.name);
        return row;
    };
    const auto agency = [&lookups](const DashboardHousehold &h) {
        return textCell(lookups.agencyName(h.agencyId));
    };
    const auto days = [](qint64 n) {
        return Cell{{}, {}, Right, {}, DashboardListModel::Format::Days, n};
    };
    QList<QList<Row>> rows(Checks + 1);

    for (const auto &f : d.householdsFollowed) {
        Row row = start(f.household);
        row.cells << dateCell(f.supportStart) << dateCell(f.lastContact, none)
                  << agency(f.household);
        rows[Followed] << row;
    }
    for (const auto &s : d.silentHouseholds) {
        Row row = start(s.household);
        Cell last = dateCell(s.lastContact, tr("none yet"));
        if (!s.lastContact.isValid())
            last.toolTip = tr("No contact since the start of support on %1")
                               .arg(TabForms::dateText(s.since));
        row.cells << last << days(s.days) << agency(s.household);
        rows[Silent] << row;
    }
    for (const auto &c : d.contractsEnding) {
        Row row = start(c.household);
        row.attention = c.daysLeft <= 7;
        row.cells << textCell(lookups.actionCode(c.actionId), lookups.actionName(c.actionId))
                  << numberCell(c.versionNumber) << dateCell(c.endDate)
                  << numberCell(c.daysLeft, c.daysLeft == 0
                                                ? tr("today")
                                                : tr("in %n day(s)", nullptr, int(c.daysLeft)))
                  << agency(c.household);
        rows[Contracts] << row;
    }
    for (const auto &o : d.overdueObjectives) {
        Row row = start(o.household);
        row.cells << textCell(lookups.catalog.label(ReferenceList::PlanAxis, o.axis))
                  << textCell(o.title, lookups.catalog.label(ReferenceList::ObjectiveStatus,
                                                             o.status))
                  << dateCell(o.targetDate) << days(o.daysLate) << agency(o.household);
        rows[Objectives] << row;
    }
    for (const auto &a : d.openAlerts) {
        Row row = start(a.household);
        row.cells << textCell(lookups.catalog.label(ReferenceList::AlertType, a.type))
                  << dateCell(a.date)
                  << Cell{a.amount ? MoneyEdit::format(*a.amount) : QString(),
                          a.amount ? QVariant(*a.amount) : QVariant(qint64(-1)), Right, {}}
                  << days(a.daysOpen) << agency(a.household);
        rows[Alerts] << row;
    }
    for (const auto &m : d.nextMeetings) {
        Row row;
        row.householdId = m.household.id;
        row.attention = m.date == d.today;
        row.cells << dateCell(m.date)
                  << Cell{m.time.isValid() ? m.time.toString(u"HH:mm") : QString(),
                          m.time.isValid() ? m.time.msecsSinceStartOfDay() : -1, Centre, {}}
                  << textCell(m.household.reference) << textCell(m.household.name)
                  << textCell(lookups.catalog.label(ReferenceList::MeetingPurpose, m.purpose))
                  << textCell(m.place) << agency(m.household);
        rows[Meetings] << row;
    }
    for (const auto &g : d.glissantReviewsDue) {
        Row row = start(g.household);
        row.attention = g.daysLeft <= 0;
        const QString status =
            g.daysLeft < 0 ? tr("overdue by %n day(s)", nullptr, int(-g.daysLeft))
            : g.daysLeft == 0 ? tr("due today")
                              : tr("due in %n day(s)", nullptr, int(g.daysLeft));
        row.cells << dateCell(g.leaseStart) << dateCell(g.lastReview, none)
                  << dateCell(g.dueDate) << numberCell(g.daysLeft, status)
                  << agency(g.household);
        rows[GlissantReviews] << row;
    }
    for (const auto &c : d.checksToDo) {
        Row row = start(c.household);
        row.attention = c.daysLeft < 0;
        const QString status =
            c.daysLeft < 0 ? tr("late by %n day(s)", nullptr, int(-c.daysLeft))
            : c.daysLeft == 0 ? tr("due today")
                              : tr("due in %n day(s)", nullptr, int(c.daysLeft));
        row.cells << textCell(lookups.actionCode(c.actionId), lookups.actionName(c.actionId))
                  << numberCell(c.offsetMonths, tr("+%n month(s)", nullptr, c.offsetMonths))
                  << dateCell(c.supportEnd) << dateCell(c.dueDate)
                  << numberCell(c.daysLeft, status) << agency(c.household);
        rows[Checks] << row;
    }
    return rows;
}

void DashboardPage::fillLists(QList<QList<Row>> rows)
{
    const AgencyDashboard &d = m_dashboard;
    const QString emptyTexts[] = {
        tr("No household is followed here for now: a household is followed once its support "
           "has started."),
        tr("Every followed household had a contact within the last %n day(s).", nullptr,
           d.silentDays),
        tr("No contract ends within the next 30 days."),
        tr("No objective is overdue."),
        tr("No open alert."),
        tr("No tripartite meeting planned: plan one from the Meetings tab of a household's "
           "file."),
        tr("No bail glissant review is due within the next 30 days."),
        tr("No check after support is due within the next %n day(s).", nullptr,
           ExitRules::DueWithinDays),
    };
    const QString descriptions[] = {
        tr("Households whose support has started and not ended."),
        tr("Followed households whose last contact (or start of support, when they never had "
           "one) is more than %n day(s) old; longest silence first.",
           nullptr, d.silentDays),
        tr("Contracts whose current version ends today or within 30 days; soonest first."),
        tr("Objectives to do or in progress whose target date has passed; oldest first."),
        tr("Alerts not closed yet, oldest first."),
        tr("Meetings dated today or later whose outcome is not recorded yet; soonest first."),
        tr("Running bail glissant leases whose six-monthly review (after the last one, or "
           "after the start of the lease) is due within 30 days or overdue."),
        tr("Checks at +6, +12 and +24 months after the end of support, not made yet, due "
           "within %n day(s) or late: is the household still housed? Soonest first.",
           nullptr, ExitRules::DueWithinDays),
    };
    const bool oneAgency = d.agencyId > 0;
    for (int i = 0; i < m_sections.size(); ++i) {
        SectionWidgets &s = m_sections[i];
        s.tile->setCount(int(rows[i].size()));
        s.model->setRows(std::move(rows[i]));
        s.empty->setText(emptyTexts[i]);
        s.description->setText(descriptions[i]);
        s.stack->setCurrentWidget(s.model->rowCount() > 0 ? static_cast<QWidget *>(s.view)
                                                          : s.empty);
        s.view->setColumnHidden(s.model->columnCount() - 1, oneAgency);
        // Let the last column still shown take the remaining width.
        s.view->horizontalHeader()->setStretchLastSection(false);
        s.view->horizontalHeader()->setStretchLastSection(true);
        // Column widths from a sample of rows: fast with thousands of rows.
        s.view->horizontalHeader()->setResizeContentsPrecision(50);
        s.view->resizeColumnsToContents();
    }
    m_sections[Silent].tile->setCaption(
        tr("Without contact for more than %n day(s)", nullptr, d.silentDays));
}

void DashboardPage::fillCommittee(const Lookups &lookups)
{
    m_committeeHouseholds->clear();
    auto *main = qobject_cast<MainWindow *>(window());
    m_openCommittees->setEnabled(main && main->page(QStringLiteral("committees")));
    if (!m_dashboard.nextCommittee) {
        m_committeeWhen->setText(tr("No follow-up committee planned."));
        m_committeeDetails->setText(
            tr("Plan the next one on the committees page, with the households to review."));
        m_committeeHouseholds->hide();
        return;
    }
    const AgencyDashboard::Committee &c = *m_dashboard.nextCommittee;
    const QString day = capitalised(QLocale().toString(c.date, QStringLiteral("dddd d MMMM yyyy")));
    m_committeeWhen->setText(c.time.isValid() ? tr("%1 at %2").arg(day, c.time.toString(u"HH:mm"))
                                              : day);
    QStringList details;
    const QString agency = lookups.agencyName(c.agencyId);
    // Over every agency, say whose committee it is (unless the place already does).
    if (m_dashboard.agencyId == 0 && !c.place.contains(agency))
        details << agency;
    if (!c.place.isEmpty())
        details << c.place;
    details << tr("%n household(s) to review", nullptr, int(c.households.size()));
    m_committeeDetails->setText(details.join(QStringLiteral(" · ")));
    for (const DashboardHousehold &h : c.households) {
        auto *item = new QListWidgetItem(h.reference + QStringLiteral(" — ") + h.name,
                                         m_committeeHouseholds);
        item->setData(Qt::UserRole, h.id);
        item->setToolTip(tr("Double-click to open the household's file"));
    }
    m_committeeHouseholds->setVisible(!c.households.isEmpty());
    // As tall as its rows (up to six; it scrolls beyond).
    const int rows = std::clamp(int(c.households.size()), 1, 6);
    m_committeeHouseholds->setFixedHeight(rows * m_committeeHouseholds->sizeHintForRow(0)
                                          + 2 * m_committeeHouseholds->frameWidth() + 2);
}

void DashboardPage::fillChart()
{
    const auto &months = m_dashboard.contactsPerMonth;
    m_contacts->remove(0, m_contacts->count());
    QStringList categories;
    qint64 highest = 0;
    qint64 total = 0;
    for (const auto &m : months) {
        categories << QLocale().toString(m.month, QStringLiteral("MMM"));
        *m_contacts << qreal(m.contacts);
        highest = std::max(highest, m.contacts);
        total += m.contacts;
    }
    m_months->setCategories(categories);
    if (!months.isEmpty()) {
        m_months->setTitleText(tr("%1 to %2")
                                   .arg(QLocale().toString(months.first().month,
                                                           QStringLiteral("MMMM yyyy")),
                                        QLocale().toString(months.last().month,
                                                           QStringLiteral("MMMM yyyy"))));
    }
    // Room above the highest bar for its label; whole numbers on the axis.
    const qint64 top = std::max<qint64>(4, highest + std::max<qint64>(1, highest / 6));
    m_counts->setRange(0, qreal(top));
    m_counts->setTickCount(5);
    m_counts->applyNiceNumbers();
    m_chartTotal->setText(tr("%n contact(s) over the last 12 months", nullptr, int(total)));
}

void DashboardPage::silentDaysChanged(int days)
{
    const Status saved = Dashboard::setSilentDaysSetting(context().db(), context().scope(), days);
    if (!saved) {
        m_error->setText(tr("The setting could not be saved: %1").arg(saved.error().message));
        m_error->show();
        return;
    }
    refresh();
}

void DashboardPage::openCommittees()
{
    if (auto *main = qobject_cast<MainWindow *>(window()))
        main->showPage(QStringLiteral("committees"));
}

} // namespace Passerelle::Ui
