// The figures of issue 14 at the scale of a regional landlord, on a base written by
// `passerelle demo --scale N`: each measured 7 times (median, best, worst) on real widgets
// (offscreen) or through the core calls the widgets make.
//   bench_scale --database FILE|postgresql://... [--runs 7] [--floor floor.sql]
//               [--only open,dashboard,page,search,file,review,pdf,memory]
// --floor gives the sqlite3 floor of the review: the file of aggregate queries that the
// `sqlite3` command runs on the same base (bench/review-floor.sql), timed the same way.
// Prints a Markdown table; bench/run-scale.sh runs it on SQLite and on PostgreSQL.
#include "AppContext.h"
#include "MainWindow.h"
#include "Settings.h"
#include "dashboards/DashboardPage.h"
#include "dashboard/AgencyDashboard.h"
#include "documents/Documents.h"
#include "households/HouseholdWindow.h"
#include "households/HouseholdsPage.h"
#include "models/HouseholdListModel.h"
#include "review/Review.h"
#include "storage/Database.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Passerelle;

namespace {

struct Row
{
    QString what;
    QString target;
    QList<double> runs; // ms (or MB)
    QString unit = QStringLiteral("ms");
    QString note;
};

QList<Row> rows;

/// Times `f` `runs` times (after one warm-up run when `warm`), in milliseconds.
QList<double> timed(int runs, const std::function<bool()> &f, bool warm = true)
{
    if (warm && !f())
        return {};
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!f())
            return {};
        times << t.nsecsElapsed() / 1e6;
    }
    return times;
}

QString figure(double v)
{
    return v >= 100 ? QString::number(v, 'f', 0) : QString::number(v, 'f', 1);
}

void print()
{
    std::printf("| measure | target | median | best | worst |\n|---|---|---|---|---|\n");
    for (const Row &r : std::as_const(rows)) {
        QList<double> s = r.runs;
        std::sort(s.begin(), s.end());
        if (s.isEmpty()) {
            std::printf("| %s | %s | failed | | |\n", qPrintable(r.what), qPrintable(r.target));
            continue;
        }
        const QString what = r.note.isEmpty() ? r.what : r.what + QStringLiteral(" ") + r.note;
        std::printf("| %s | %s | %s %s | %s | %s |\n", qPrintable(what), qPrintable(r.target),
                    qPrintable(figure(s.at(s.size() / 2))), qPrintable(r.unit),
                    qPrintable(figure(s.first())), qPrintable(figure(s.last())));
    }
    std::fflush(stdout);
}

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    }
    return 0;
}

/// Waits until `w` has been painted once (at most 10 s).
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *w)
        : m_widget(w)
    {
        w->installEventFilter(this);
    }
    bool wait()
    {
        QElapsedTimer t;
        t.start();
        while (!m_painted && t.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return m_painted;
    }
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (o == m_widget && e->type() == QEvent::Paint)
            m_painted = true;
        return false;
    }

private:
    QWidget *m_widget;
    bool m_painted = false;
};

/// Waits (at most 10 s) until the dashboard shows the figures last asked for, without the
/// polling delay of QTest::qWaitFor.
bool loaded(Ui::DashboardPage *page)
{
    if (!page->isLoading())
        return true;
    QEventLoop loop;
    QObject::connect(page, &Ui::DashboardPage::loaded, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    return !page->isLoading();
}

/// Waits until the dashboard shows the figures last asked for (loaded in a thread of its own),
/// then until they are painted.
bool paintedWithFigures(Ui::DashboardPage *page)
{
    if (!loaded(page))
        return false;
    PaintWatch watch(page);
    page->update();
    return watch.wait();
}

void fail(const Error &e)
{
    std::fprintf(stderr, "%s\n", qPrintable(e.fullText()));
}

} // namespace

/// What a user's session holds after the dashboard, the households list and a file: measured
/// in a process of its own (`--memory`), so that nothing the other measures read stays.
int memoryOnly(Database &db, const Scope &scope, Id household)
{
    Ui::MainWindow window(db, scope);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.showPage(QStringLiteral("dashboard"));
    QCoreApplication::processEvents();
    window.showPage(QStringLiteral("households"));
    QCoreApplication::processEvents();
    Ui::HouseholdWindow *w = window.openHousehold(household);
    if (!w)
        return 1;
    if (!QTest::qWaitForWindowExposed(w))
        return 1;
    QCoreApplication::processEvents();
    std::printf("%.1f\n", residentMegabytes());
    return 0;
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings of their own: no page or agency remembered from a user's session.
    QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("base"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("runs"), QStringLiteral("n"),
                      QStringLiteral("7")});
    parser.addOption({QStringLiteral("floor"), QStringLiteral("sqlite3 floor queries"),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("memory"), QStringLiteral("memory of one session"),
                      QStringLiteral("household id")});
    parser.addOption({QStringLiteral("only"),
                      QStringLiteral("measures to run, comma-separated, among open, dashboard, "
                                     "page, search, file, review, pdf, memory (all by default)"),
                      QStringLiteral("list")});
    parser.process(app);
    const QStringList only = parser.value(QStringLiteral("only"))
                                 .split(u',', Qt::SkipEmptyParts);
    const auto wanted = [&only](const char *measure) {
        return only.isEmpty() || only.contains(QLatin1String(measure));
    };
    const QString location = parser.value(QStringLiteral("database"));
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const Scope scope = Scope::everything(QStringLiteral("bench"));
    const QDate today = QDate::currentDate();

    if (parser.isSet(QStringLiteral("memory"))) {
        auto db = Database::open(location);
        if (!db) {
            fail(db.error());
            return 1;
        }
        return memoryOnly(**db, scope, parser.value(QStringLiteral("memory")).toLongLong());
    }

    // 1. Opening the base to the first painted dashboard (the window a user sees first).
    if (wanted("open")) {
        Row r{QStringLiteral("open base → first painted dashboard"), QStringLiteral("< 1 s")};
        // The window and the base are closed after the timer stops.
        for (int run = 0; run <= runs; ++run) {
            QElapsedTimer t;
            t.start();
            auto db = Database::open(location);
            if (!db) {
                fail(db.error());
                break;
            }
            Ui::MainWindow window(**db, scope);
            auto *dashboard = window.findChild<Ui::DashboardPage *>();
            window.show();
            // The page loads its figures in a thread of its own: the time is that of the first
            // paint with them.
            if (!paintedWithFigures(dashboard))
                break;
            if (run > 0) // the first one warms up
                r.runs << t.nsecsElapsed() / 1e6;
        }
        rows << r;
    }

    // The daily integrity check runs once a day per base, in a thread of its own, from the first
    // window of the day (measured above). The measures below are those of the rest of the day.
    Ui::Settings::quickCheckDay().setValue(today);
    Ui::Settings::quickCheckDatabase().setValue(location);

    auto opened = Database::open(location);
    if (!opened) {
        fail(opened.error());
        return 1;
    }
    Database &db = **opened;
    auto agencies = AgencyRepository(db).list();
    if (!agencies || agencies->isEmpty()) {
        std::fprintf(stderr, "no agencies\n");
        return 1;
    }
    const Id agency = agencies->first().id;

    // 2. Dashboards through the core call the page makes, then on the page itself.
    for (const Id a : {agency, Id(0)}) {
        if (!wanted("dashboard"))
            break;
        Row r{a ? QStringLiteral("dashboard, one agency (core)")
                : QStringLiteral("dashboard, all agencies (core)"),
              a ? QStringLiteral("< 100 ms") : QStringLiteral("< 300 ms")};
        r.runs = timed(runs, [&] {
            auto d = loadDashboard(db, scope, a, today, 30);
            if (!d)
                fail(d.error());
            return bool(d);
        });
        rows << r;
    }
    Ui::MainWindow window(db, scope);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.showPage(QStringLiteral("dashboard"));
    QCoreApplication::processEvents();
    auto *dashboard = window.findChild<Ui::DashboardPage *>();
    const Id otherAgency = agencies->size() > 1 ? agencies->at(1).id : Id(0);
    for (const Id a : {agency, Id(0)}) {
        if (!wanted("page"))
            break;
        Row r{a ? QStringLiteral("dashboard, one agency (page)")
                : QStringLiteral("dashboard, all agencies (page)"),
              a ? QStringLiteral("< 100 ms") : QStringLiteral("< 300 ms")};
        for (int run = 0; run <= runs; ++run) {
            // From another agency each time (the page refreshes when the agency changes).
            window.context().setCurrentAgency(a ? otherAgency : agency);
            if (!loaded(dashboard))
                break;
            QCoreApplication::processEvents();
            QElapsedTimer t;
            t.start();
            window.context().setCurrentAgency(a);
            if (!paintedWithFigures(dashboard))
                break;
            if (run > 0) // the first one warms up
                r.runs << t.nsecsElapsed() / 1e6;
        }
        rows << r;
    }

    // 3. One keystroke of search-as-you-type in the households list.
    window.showPage(QStringLiteral("households"));
    auto *households = window.findChild<Ui::HouseholdsPage *>();
    auto *search = households->findChild<QLineEdit *>(QStringLiteral("search"));
    if (wanted("search")) {
        Row r{QStringLiteral("search, one keystroke"), QStringLiteral("< 30 ms")};
        const QString typed = QStringLiteral("dupon");
        QList<double> all;
        for (int run = 0; run < runs; ++run) {
            search->clear();
            households->refresh();
            for (const QChar c : typed) {
                QElapsedTimer t;
                t.start();
                QTest::keyClick(search, c.toLatin1());
                households->refresh(); // what the debounce timer does after the keystroke
                QCoreApplication::processEvents();
                all << t.nsecsElapsed() / 1e6;
            }
        }
        r.runs = all;
        r.note = QStringLiteral("(typing « %1 », %2 keystrokes)").arg(typed).arg(all.size());
        rows << r;
        search->clear();
        households->refresh();
    }

    // 4. Opening a household file: a household in support with a contract, among the latest
    // contacted (a full file: diagnostics, meetings, contract versions, plan, contacts).
    HouseholdSort latest{HouseholdSort::Key::LastContact, Qt::DescendingOrder};
    HouseholdFilter inSupport;
    inSupport.status = QStringLiteral("accompagnement");
    auto candidates = HouseholdRepository(db).list(scope, inSupport, latest, 0, 50);
    Id household = 0;
    for (const HouseholdRow &row : candidates ? *candidates : QList<HouseholdRow>()) {
        if (Documents::printContract(db, scope, row.id, 0, QString())) {
            household = row.id;
            break;
        }
    }
    if (household == 0) {
        std::fprintf(stderr, "no household in support with a contract\n");
        return 1;
    }
    if (wanted("file")) {
        Row r{QStringLiteral("open a household file"), QStringLiteral("< 100 ms")};
        r.runs = timed(runs, [&] {
            Ui::HouseholdWindow *w = window.openHousehold(household);
            if (!w)
                return false;
            PaintWatch watch(w);
            const bool painted = watch.wait();
            w->close();
            QCoreApplication::processEvents();
            return painted;
        });
        rows << r;
    }

    // 5. The full year-end review over all actions, last full year.
    const ReviewRequest request{QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31),
                                {}, {}};
    if (wanted("review")) {
        Row r{QStringLiteral("review, all actions, %1").arg(today.year() - 1),
              QStringLiteral("< 1 s, ≤ 1.5 × floor")};
        r.runs = timed(runs, [&] {
            auto figures = Review::compute(db, scope, request);
            if (!figures)
                fail(figures.error());
            return bool(figures);
        });
        rows << r;
    }
    const QString floor = parser.value(QStringLiteral("floor"));
    if (!floor.isEmpty() && db.backend() == Backend::Sqlite && wanted("review")) {
        Row r{QStringLiteral("review floor: sqlite3 running bench/review-floor.sql"),
              QStringLiteral("(reference)")};
        QFile sql(floor);
        if (sql.open(QIODevice::ReadOnly)) {
            QByteArray script = sql.readAll();
            script.replace("@FROM@", request.from.toString(Qt::ISODate).toUtf8());
            script.replace("@TO@", request.to.toString(Qt::ISODate).toUtf8());
            r.runs = timed(runs, [&] {
                QProcess p;
                p.start(QStringLiteral("sqlite3"), {location});
                p.write(script);
                p.closeWriteChannel();
                return p.waitForFinished(60000) && p.exitCode() == 0;
            });
        }
        rows << r;
    }

    // 6. One contract PDF (the household opened above).
    if (wanted("pdf")) {
        Row r{QStringLiteral("one contract PDF"), QStringLiteral("< 200 ms")};
        r.runs = timed(runs, [&] {
            auto printed = Documents::printContract(db, scope, household, 0, QString());
            if (!printed)
                fail(printed.error());
            return bool(printed);
        });
        rows << r;
    }

    // 7. Memory after the dashboard, the households list and a file, in a process of its own.
    if (wanted("memory")) {
        Row r{QStringLiteral("resident memory of the GUI (dashboard, list, a file)"),
              QStringLiteral("< 300 MB")};
        r.unit = QStringLiteral("MB");
        for (int run = 0; run < runs; ++run) {
            QProcess p;
            p.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--database"), location, QStringLiteral("--memory"),
                     QString::number(household)});
            if (!p.waitForFinished(120000) || p.exitCode() != 0)
                break;
            r.runs << p.readAllStandardOutput().trimmed().toDouble();
        }
        rows << r;
    }
    print();
    return 0;
}
