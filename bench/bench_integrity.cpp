// Cost of the integrity checks of issue 11 at the scale of DESIGN.md (100 000 households and
// 2 000 000 contacts, written by ScaleDemo): SQLite's quick check (run by import and contract
// before writing, and by the GUI once a day), the full integrity check and the foreign keys
// (`passerelle check`), `passerelle check` as a whole, and the validation of every code read
// from the base (review, dashboard, lists, household files).
//   bench_integrity [households]
// PASSERELLE_BENCH_REUSE=path measures a base kept by an earlier run (PASSERELLE_BENCH_KEEP).
#include "review/Review.h"
#include "demo/ScaleDemo.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/ReviewRepository.h"
#include "storage/StoredCodes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <iterator>

using namespace Passerelle;

namespace {

template <typename F>
qint64 milliseconds(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.elapsed();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int households = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    // The contacts written (about 20 per household and year of support); as many code values
    // are decoded by the micro-benchmark of the codes below.
    int contacts = 2000000;
    const QDate today = QDate::currentDate();
    QTemporaryDir dir;
    const QString reuse = qEnvironmentVariable("PASSERELLE_BENCH_REUSE");
    const QString path = reuse.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : reuse;
    {
        auto db = Database::open(path);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().fullText()));
            return 1;
        }
        if (reuse.isEmpty()) {
            const qint64 ms = milliseconds([&] {
                const auto written =
                    ScaleDemo::populate(**db, {households, ScaleDemo::DefaultSeed, today});
                if (!written) {
                    std::fprintf(stderr, "%s\n", qPrintable(written.error().fullText()));
                    std::exit(1);
                }
                contacts = int(written->rowsOf(QStringLiteral("contacts")));
            });
            std::printf("data: %d households, %d contacts written in %lld ms\n", households,
                        contacts, ms);
        }
    }
    std::printf("file: %.0f MB\n", double(QFileInfo(path).size()) / 1e6);

    Database::Options readOnly;
    readOnly.readOnly = true;
    auto db = Database::open(path, readOnly);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().fullText()));
        return 1;
    }
    for (int run = 0; run < 2; ++run) {
        QStringList quickProblems;
        const qint64 quick = milliseconds([&] {
            quickProblems = (*db)->integrityProblems(Database::CheckDepth::Quick).valueOr({});
        });
        qint64 integrity = 0;
        qint64 foreignKeys = 0;
        integrity = milliseconds([&] {
            auto q = (*db)->exec(QStringLiteral("PRAGMA integrity_check"));
            while (q && q->next()) {
            }
        });
        foreignKeys = milliseconds([&] {
            auto q = (*db)->exec(QStringLiteral("PRAGMA foreign_key_check"));
            while (q && q->next()) {
            }
        });
        std::printf("run %d: quick_check %lld ms (%lld problems), integrity_check %lld ms, "
                    "foreign_key_check %lld ms\n",
                    run + 1, quick, qint64(quickProblems.size()), integrity, foreignKeys);
    }
    {
        Result<CheckReport> report = Error::storage(QString());
        const qint64 ms = milliseconds([&] { report = checkDatabase(path); });
        std::printf("passerelle check (integrity, links, counts, rules, codes): %lld ms, %s\n", ms,
                    report ? (report->isSound() ? "sound" : "problems:") : "error");
        if (report) {
            for (const QString &problem : std::as_const(report->problems))
                std::printf("  %s\n", qPrintable(problem));
        }
    }

    // Codes: what a check costs per value read, the values being decoded from UTF-8 as the
    // driver does. A hash look-up the first time a code is seen, a comparison afterwards.
    auto stored = StoredCodes::of(**db);
    if (!stored)
        return 1;
    const QByteArray sample[] = {"visite_domicile", "entretien_bureau", "telephone",
                                 "accompagnement_physique", "echange_partenaire"};
    const int sampleSize = int(std::size(sample));
    qint64 length = 0;
    const qint64 plain = milliseconds([&] {
        for (int i = 0; i < contacts; ++i)
            length += QVariant(QString::fromUtf8(sample[i % sampleSize])).toString().size();
    });
    qint64 looked = 0;
    const qint64 hashed = milliseconds([&] {
        for (int i = 0; i < contacts; ++i) {
            looked += ReferenceLists::isBuiltIn(
                ReferenceList::ContactType,
                QVariant(QString::fromUtf8(sample[i % sampleSize])).toString());
        }
    });
    qint64 known = 0;
    const qint64 checked = milliseconds([&] {
        for (int i = 0; i < contacts; ++i) {
            if (auto code = stored->code(ReferenceList::ContactType,
                                         QVariant(QString::fromUtf8(sample[i % sampleSize])),
                                         "bench"))
                known += code->size();
        }
    });
    std::printf("codes: %d values decoded in %lld ms; decoded and checked in %lld ms (%.0f ns "
                "per check; a hash look-up alone: %.0f ns)%s\n",
                contacts, plain, checked, double(checked - plain) * 1e6 / contacts,
                double(hashed - plain) * 1e6 / contacts,
                known == length && looked == contacts ? "" : " MISMATCH");

    const Scope scope = Scope::everything(QStringLiteral("bench"));
    ReviewRequest request;
    request.from = QDate(today.year() - 1, 1, 1);
    request.to = QDate(today.year() - 1, 12, 31);
    for (int run = 0; run < 3; ++run) {
        Result<ReviewData> data = Error::storage(QString());
        const qint64 load = milliseconds(
            [&] { data = ReviewRepository(**db).load(scope, request); });
        if (!data) {
            std::fprintf(stderr, "%s\n", qPrintable(data.error().fullText()));
            return 1;
        }
        qint64 codes = 0;
        for (const auto &h : std::as_const(data->households))
            codes += 3 + h.publics.size();
        codes += 2 * data->supports.size() + data->contacts.size() + data->referrals.size()
                 + data->fundingReceived.size();
        for (const auto &leases : std::as_const(data->leases))
            codes += 2 * leases.size();
        std::printf("review of last year: load %lld ms, %lld codes checked in it\n", load, codes);
    }
    return 0;
}
