// Benchmark of issue 4: 20 clients (threads, one connection each) read and write households of
// one PostgreSQL base for 30 s. Checks that no update is lost (each successful save adds one to
// a counter kept in the household; the counters must add up to the successful saves) and that
// the only errors are the reported conflicts. Prints throughput and p95 latency.
//   bench_concurrency postgresql://user@host:port/db [clients=20] [seconds=30] [households=200]
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace Passerelle;

namespace {

struct Totals
{
    std::atomic<qint64> reads{0};
    std::atomic<qint64> saves{0};
    std::atomic<qint64> conflicts{0};
    std::atomic<qint64> errors{0};
    QMutex mutex;
    QList<qint64> latenciesUs;
    QString firstError;
};

QString schemaName()
{
    return QStringLiteral("bench_%1").arg(QCoreApplication::applicationPid());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s postgresql://... [clients] [seconds] [households]\n",
                     argv[0]);
        return 1;
    }
    const QString url = QString::fromLocal8Bit(argv[1]);
    const int clients = argc > 2 ? QByteArray(argv[2]).toInt() : 20;
    const int seconds = argc > 3 ? QByteArray(argv[3]).toInt() : 30;
    const int households = argc > 4 ? QByteArray(argv[4]).toInt() : 200;
    Database::Options options;
    options.schema = schemaName();
    const Scope setupScope = Scope::everything(QStringLiteral("bench"));

    QList<Id> ids;
    {
        auto db = Database::open(url, options);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().fullText()));
            return 1;
        }
        Agency agency;
        agency.code = QStringLiteral("BENCH");
        agency.name = QStringLiteral("Agence");
        if (!AgencyRepository(**db).save(setupScope, agency))
            return 1;
        Transaction tx(**db);
        for (int i = 0; i < households; ++i) {
            Household h;
            h.reference = QStringLiteral("B-%1").arg(i);
            h.agencyId = agency.id;
            h.phone = QStringLiteral("0");
            Member m;
            m.lastName = QStringLiteral("NOM%1").arg(i);
            m.role = QStringLiteral("titulaire");
            h.members << m;
            if (!HouseholdRepository(**db).save(setupScope, h))
                return 1;
            ids << h.id;
        }
        if (!tx.commit())
            return 1;
    }

    Totals totals;
    QElapsedTimer clock;
    clock.start();
    const qint64 deadline = qint64(seconds) * 1000;
    QList<QThread *> threads;
    for (int c = 0; c < clients; ++c) {
        threads << QThread::create([&, c] {
            auto db = Database::open(url, options);
            if (!db) {
                totals.errors++;
                return;
            }
            const Scope scope = Scope::everything(QStringLiteral("client%1").arg(c));
            HouseholdRepository repo(**db);
            QRandomGenerator rng(quint32(1000 + c));
            QList<qint64> latencies;
            QElapsedTimer op;
            while (clock.elapsed() < deadline) {
                const Id id = ids.at(int(rng.bounded(qsizetype(ids.size()))));
                op.start();
                auto read = repo.get(scope, id, HouseholdRepository::Trace::Silent);
                if (!read) {
                    totals.errors++;
                    QMutexLocker lock(&totals.mutex);
                    if (totals.firstError.isEmpty())
                        totals.firstError = read.error().fullText();
                    continue;
                }
                totals.reads++;
                latencies << op.nsecsElapsed() / 1000;
                if (rng.bounded(2) == 0)
                    continue;
                Household edit = *read;
                edit.phone = QString::number(edit.phone.toLongLong() + 1);
                op.start();
                const Status saved = repo.save(scope, edit, &*read);
                latencies << op.nsecsElapsed() / 1000;
                if (saved) {
                    totals.saves++;
                } else if (saved.error().kind == Error::Kind::Conflict) {
                    totals.conflicts++;
                } else {
                    totals.errors++;
                    QMutexLocker lock(&totals.mutex);
                    if (totals.firstError.isEmpty())
                        totals.firstError = saved.error().fullText();
                }
            }
            QMutexLocker lock(&totals.mutex);
            totals.latenciesUs << latencies;
        });
        threads.last()->start();
    }
    for (QThread *t : std::as_const(threads)) {
        t->wait();
        delete t;
    }
    const double elapsed = double(clock.elapsed()) / 1000.0;

    qint64 counted = 0;
    {
        auto db = Database::open(url, options);
        for (Id id : std::as_const(ids))
            counted += HouseholdRepository(**db)
                           .get(setupScope, id, HouseholdRepository::Trace::Silent)
                           ->phone.toLongLong();
        (void)(*db)->exec(QStringLiteral("DROP SCHEMA ") + schemaName() + QStringLiteral(" CASCADE"));
    }
    std::sort(totals.latenciesUs.begin(), totals.latenciesUs.end());
    const qint64 p95 = totals.latenciesUs.isEmpty()
                           ? 0
                           : totals.latenciesUs.at(qsizetype(totals.latenciesUs.size() * 0.95));
    const qint64 operations = totals.reads + totals.saves + totals.conflicts;
    std::printf("%d clients, %.1f s: %lld reads, %lld saves, %lld conflicts (refused, reported), "
                "%lld other errors\n",
                clients, elapsed, qint64(totals.reads), qint64(totals.saves),
                qint64(totals.conflicts), qint64(totals.errors));
    std::printf("throughput %.0f operations/s, p95 latency %.1f ms\n", double(operations) / elapsed,
                double(p95) / 1000.0);
    std::printf("lost updates: %lld (counters add up to %lld for %lld successful saves)\n",
                qint64(totals.saves) - counted, counted, qint64(totals.saves));
    if (!totals.firstError.isEmpty())
        std::printf("first error: %s\n", qPrintable(totals.firstError));
    return (counted == totals.saves && totals.errors == 0) ? 0 : 2;
}
