// Benchmark of the agency dashboard at the scale of DESIGN.md: 100 000 households and
// 2 000 000 contacts (with their supports, contracts, plans, alerts, meetings, leases and
// committees), written into a SQLite file by ScaleDemo (about 20 contacts per household and
// year of support), then loadDashboard() for every agency and for one. Target: instant
// (< 300 ms on the reference machine, 2 cores).
//   bench_dashboard [households]
// PASSERELLE_BENCH_KEEP=path keeps the database for inspection.
#include "dashboard/AgencyDashboard.h"
#include "storage/DashboardRepository.h"
#include "demo/ScaleDemo.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Passerelle;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int households = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const QDate today = QDate::currentDate();
    QTemporaryDir dir;
    // PASSERELLE_BENCH_REUSE=path measures a database kept by an earlier run.
    const QString reuse = qEnvironmentVariable("PASSERELLE_BENCH_REUSE");
    auto db = Database::open(reuse.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite"))
                                             : reuse);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().fullText()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (reuse.isEmpty()) {
        const auto written = ScaleDemo::populate(**db, {households, ScaleDemo::DefaultSeed, today});
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().fullText()));
            return 1;
        }
        std::printf("data: %d households, %lld contacts written in %lld ms\n", households,
                    written->rowsOf(QStringLiteral("contacts")), timer.elapsed());
    }

    const Scope scope = Scope::everything(QStringLiteral("bench"));
    for (const qint64 agency : {qint64(0), qint64(1)}) {
        QList<qint64> times;
        AgencyDashboard last;
        for (int run = 0; run < 7; ++run) {
            timer.restart();
            auto dashboard = loadDashboard(**db, scope, agency, today, 30);
            times << timer.elapsed();
            if (!dashboard) {
                std::fprintf(stderr, "%s\n", qPrintable(dashboard.error().fullText()));
                return 1;
            }
            last = *dashboard;
        }
        std::sort(times.begin(), times.end());
        // Where the time goes: the queries, then the rules.
        timer.restart();
        const std::clock_t cpu = std::clock();
        auto data = DashboardRepository(**db).load(scope, agency, Dashboard::windowFor(today));
        const qint64 loadMs = timer.elapsed();
        const AgencyDashboard computed = Dashboard::compute(*data, 30);
        const qint64 computeMs = timer.elapsed() - loadMs;
        const qint64 cpuMs = qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC;
        std::printf("  queries %lld ms, rules %lld ms, processor time %lld ms\n", loadMs,
                    computeMs, cpuMs);
        Q_UNUSED(computed);
        qint64 chart = 0;
        for (const auto &m : last.contactsPerMonth)
            chart += m.contacts;
        std::printf("dashboard (%s): %lld followed, %lld silent, %lld contracts ending, "
                    "%lld overdue objectives, %lld open alerts, %lld meetings, %lld glissant "
                    "reviews, %lld contacts in 12 months; median %lld ms, best %lld ms "
                    "(target < 300 ms)\n",
                    agency ? "one agency" : "all agencies",
                    qint64(last.householdsFollowed.size()), qint64(last.silentHouseholds.size()),
                    qint64(last.contractsEnding.size()), qint64(last.overdueObjectives.size()),
                    qint64(last.openAlerts.size()), qint64(last.nextMeetings.size()),
                    qint64(last.glissantReviewsDue.size()), chart, times.at(times.size() / 2),
                    times.first());
    }
    const QString keep = qEnvironmentVariable("PASSERELLE_BENCH_KEEP");
    if (!keep.isEmpty() && reuse.isEmpty()) {
        db->reset();
        QFile::copy(dir.filePath(QStringLiteral("bench.sqlite")), keep);
    }
    return 0;
}
