// Benchmark of issue 3: import 10 000 households and 200 000 contacts from French-Excel-like
// CSV files, then compute the year-end review over all of them.
// Targets on the reference machine (2 cores): import < 10 s, review < 300 ms.
//   bench_import_review [households] [contacts]
#include "exchange/Import.h"
#include "review/Review.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Passerelle;

namespace {

const char *const publics[] = {"sans_domicile", "sortant_detention", "jeune", "victime_violences",
                               "troubles_psychiques", "menace_expulsion", "senior_isole"};
const char *const compositions[] = {"personne_seule", "couple_sans_enfant", "couple_avec_enfants",
                                    "famille_monoparentale"};
const char *const contactTypes[] = {"visite_domicile", "entretien_bureau", "telephone",
                                    "accompagnement_physique", "echange_partenaire"};
const char *const outcomes[] = {"autonomie", "glissement", "relogement_parc_social",
                                "depart_volontaire", "abandon"};

QString frDate(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

/// Writes households.csv and contacts.csv as French Excel would (UTF-8 with BOM, ';').
bool writeFiles(const QString &dir, int households, int contacts)
{
    QRandomGenerator rng(42);
    QFile h(dir + QStringLiteral("/households.csv"));
    QFile c(dir + QStringLiteral("/contacts.csv"));
    if (!h.open(QIODevice::WriteOnly) || !c.open(QIODevice::WriteOnly))
        return false;
    QTextStream hs(&h);
    QTextStream cs(&c);
    hs.setGenerateByteOrderMark(true);
    cs.setGenerateByteOrderMark(true);
    hs << "reference;nom;prenom;date_naissance;composition;nb_enfants;publics;type_menage;"
          "agence;dispositif;partenaire;situation_anterieure;ressources_mensuelles;"
          "source_ressources;date_orientation;issue_orientation;date_entree_logement;type_bail;"
          "adresse;commune;typologie;qpv;loyer;date_debut_accompagnement;"
          "date_fin_accompagnement;issue_accompagnement\r\n";
    cs << "reference;date;type;duree_minutes;auteur;note\r\n";
    const QDate first(2018, 1, 1);
    QList<std::pair<QDate, QDate>> spans;
    for (int i = 0; i < households; ++i) {
        const QDate start = first.addDays(rng.bounded(2400));
        const bool ended = rng.bounded(3) == 0;
        const QDate end = ended ? start.addDays(90 + rng.bounded(600)) : QDate();
        const QDate last = end.isValid() ? std::min(end, QDate(2025, 12, 31)) : QDate(2025, 12, 31);
        spans.append({start, last});
        const bool newEntrant = rng.bounded(2) == 0;
        const int children = int(rng.bounded(3));
        hs << "REF-" << i << ";NOM" << i << QStringLiteral(";Prénom;") << frDate(QDate(1960 + rng.bounded(40), 1 + rng.bounded(12), 1 + rng.bounded(28)))
           << ';' << compositions[rng.bounded(4)] << ';' << children << ';'
           << publics[rng.bounded(7)] << '|' << publics[rng.bounded(7)] << ';'
           << (newEntrant ? "nouvel_entrant" : "locataire_en_place") << ";Agence "
           << (i % 3) << ";Dispositif " << (i % 4) << ";Association " << (i % 6)
           << ";rue;" << (800 + rng.bounded(1200)) << QStringLiteral(",50 €;salaire;")
           << frDate(start.addDays(-40)) << ";acceptee;"
           << frDate(newEntrant ? start : start.addYears(-5)) << ";bail_direct;" << i
           << " rue des Tests;Toulouse;T2;" << (rng.bounded(3) == 0 ? "oui" : "non")
           << ";412,30;" << frDate(start) << ';' << (ended ? frDate(end) : QString()) << ';'
           << (ended ? outcomes[rng.bounded(5)] : "") << "\r\n";
    }
    for (int k = 0; k < contacts; ++k) {
        const int i = int(rng.bounded(households));
        const auto &[start, last] = spans[i];
        const qint64 span = std::max<qint64>(1, start.daysTo(last));
        const QDate date = start.addDays(rng.bounded(span));
        cs << "REF-" << i << ';' << frDate(date) << ';' << contactTypes[rng.bounded(5)] << ';'
           << (15 + rng.bounded(60)) << ";CESF " << (i % 3) << ";Point sur la situation.\r\n";
    }
    return hs.status() == QTextStream::Ok && cs.status() == QTextStream::Ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int households = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int contacts = argc > 2 ? QByteArray(argv[2]).toInt() : 200000;
    QTemporaryDir dir;
    if (!writeFiles(dir.path(), households, contacts)) {
        std::fprintf(stderr, "cannot write the CSV files\n");
        return 1;
    }
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().fullText()));
        return 1;
    }
    const Scope scope = Scope::everything(QStringLiteral("bench"));

    Import::Options options;
    options.householdsPath = dir.filePath(QStringLiteral("households.csv"));
    options.contactsPath = dir.filePath(QStringLiteral("contacts.csv"));
    options.today = QDate(2026, 1, 1);
    QElapsedTimer timer;
    timer.start();
    const Import::Report report = Import::run(**db, scope, options);
    const qint64 importMs = timer.elapsed();
    if (!report.ok()) {
        for (const auto &p : report.errors.mid(0, 10))
            std::fprintf(stderr, "%s\n", qPrintable(p.text()));
        return 1;
    }
    std::printf("import: %d households, %d contacts in %lld ms (target < 10000 ms)\n",
                report.householdsCreated, report.contactsCreated, importMs);

    ReviewRequest request{QDate(2018, 1, 1), QDate(2025, 12, 31), {}, {}};
    QList<qint64> times;
    qint64 supported = 0;
    for (int run = 0; run < 7; ++run) {
        timer.restart();
        auto figures = Review::compute(**db, scope, request);
        times << timer.elapsed();
        if (!figures) {
            std::fprintf(stderr, "%s\n", qPrintable(figures.error().fullText()));
            return 1;
        }
        supported = figures->householdsSupported;
    }
    std::sort(times.begin(), times.end());
    std::printf("review: %lld supports, median %lld ms, best %lld ms over %lld runs "
                "(target < 300 ms)\n",
                supported, times.at(times.size() / 2), times.first(), qint64(times.size()));
    // Keep the database for inspection when asked (PASSERELLE_BENCH_KEEP=path).
    if (const QString keep = qEnvironmentVariable("PASSERELLE_BENCH_KEEP"); !keep.isEmpty()) {
        db->reset();
        QFile::copy(dir.filePath(QStringLiteral("bench.sqlite")), keep);
    }
    return 0;
}
