// Benchmark of printing a support contract: from the stored data to the bytes of its A4 PDF
// (read the household file and its directory, fill the template, lay out, render, embed the
// fonts). Target: one contract PDF under 200 ms on the reference machine (2 cores).
//   bench_contract [iterations]
// Prints the time of the first (cold) contract, then the median and worst of the following
// ones, for the bail glissant household of the demo and a bail direct one.
#include "demo/DemoData.h"
#include "documents/Documents.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHashSeed>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Passerelle;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QHashSeed::setDeterministicGlobalSeed();
    QGuiApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(3, QByteArray(argv[1]).toInt()) : 30;

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db || !Demo::populate(**db, QDate::currentDate())) {
        std::fprintf(stderr, "cannot create the demo database\n");
        return 1;
    }
    const Scope scope = Scope::everything(QStringLiteral("bench"));
    int status = 0;
    for (const char *reference : {"HH-2023-02", "RES-2024-06"}) {
        auto found = HouseholdRepository(**db).findByReference(scope,
                                                               QString::fromLatin1(reference));
        if (!found || !found->has_value()) {
            std::fprintf(stderr, "no household %s\n", reference);
            return 1;
        }
        QList<double> times;
        int pages = 0;
        qint64 bytes = 0;
        for (int i = 0; i < iterations; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto printed = Documents::printContract(**db, scope, **found, 0, QString());
            const double ms = timer.nsecsElapsed() / 1e6;
            if (!printed) {
                std::fprintf(stderr, "%s\n", qPrintable(printed.error().fullText()));
                return 1;
            }
            pages = printed->pageCount;
            bytes = printed->pdf.size();
            times << ms;
        }
        const double cold = times.takeFirst();
        std::sort(times.begin(), times.end());
        const double median = times.at(times.size() / 2);
        std::printf("%s: %d pages, %lld bytes; first %.1f ms, median %.1f ms, worst %.1f ms "
                    "(%d runs)\n",
                    reference, pages, static_cast<long long>(bytes), cold, median, times.last(),
                    iterations);
        if (median >= 200)
            status = 2;
    }
    std::printf(status == 0 ? "target met: median under 200 ms\n"
                            : "TARGET MISSED: median of 200 ms or more\n");
    return status;
}
