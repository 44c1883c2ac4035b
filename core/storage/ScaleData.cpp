// Synthetic data at the scale of DESIGN.md, for the benchmarks (see ScaleData.h).
#include "ScaleData.h"

#include "Database.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <memory>

namespace Passerelle {

namespace {

class Writer
{
public:
    explicit Writer(Database &db)
        : m_db(db)
    {}

    bool prepare(const char *name, const char *sql)
    {
        auto q = std::make_unique<QSqlQuery>(m_db.connection());
        if (!q->prepare(QString::fromLatin1(sql))) {
            m_error = QString::fromLatin1(name) + QStringLiteral(": ") + q->lastError().text();
            return false;
        }
        m_queries[QString::fromLatin1(name)] = std::move(q);
        return true;
    }
    bool run(const char *name, const QVariantList &values)
    {
        QSqlQuery &q = *m_queries[QString::fromLatin1(name)];
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec()) {
            m_error = QString::fromLatin1(name) + QStringLiteral(": ") + q.lastError().text();
            return false;
        }
        return true;
    }
    qint64 lastId(const char *name)
    {
        return m_queries[QString::fromLatin1(name)]->lastInsertId().toLongLong();
    }

    QString error() const { return m_error; }

private:
    Database &m_db;
    QString m_error;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QVariant isoOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(iso(d)) : QVariant();
}

bool write(Database &db, Writer &w, int households, int contacts, const QDate &today)
{
    QRandomGenerator rng(7);
    if (!db.begin())
        return false;
    const bool prepared
            = w.prepare("agency", "INSERT INTO agencies (code, name) VALUES (?, ?)")
              && w.prepare("action", "INSERT INTO actions (code, name) VALUES (?, ?)")
              && w.prepare("household",
                           "INSERT INTO households (reference, agency_id, display_name, "
                           "search_key) VALUES (?, ?, ?, ?)")
              && w.prepare("support",
                           "INSERT INTO supports (household_id, action_id, household_kind, "
                           "start_date, end_date, outcome) VALUES (?, ?, ?, ?, ?, ?)")
              && w.prepare("contract",
                           "INSERT INTO contracts (household_id, action_id) VALUES (?, ?)")
              && w.prepare("version", "INSERT INTO contract_versions (contract_id, number, kind, "
                                      "start_date, end_date) VALUES (?, ?, ?, ?, ?)")
              && w.prepare("plan",
                           "INSERT INTO support_plans (household_id, action_id) VALUES (?, ?)")
              && w.prepare("objective", "INSERT INTO objectives (plan_id, axis, title, status, "
                                        "target_date) VALUES (?, ?, ?, ?, ?)")
              && w.prepare("alert", "INSERT INTO alerts (household_id, date, type, amount, "
                                    "closed_date) VALUES (?, ?, ?, ?, ?)")
              && w.prepare("meeting",
                           "INSERT INTO tripartite_meetings (household_id, action_id, date, "
                           "time, purpose, outcome) VALUES (?, ?, ?, ?, ?, ?)")
              && w.prepare("dwelling", "INSERT INTO dwellings (address, commune) VALUES (?, ?)")
              && w.prepare("lease",
                           "INSERT INTO leases (household_id, dwelling_id, type, start_date) "
                           "VALUES (?, ?, ?, ?)")
              && w.prepare("review", "INSERT INTO lease_reviews (lease_id, date, outcome) "
                                     "VALUES (?, ?, ?)")
              && w.prepare("committee", "INSERT INTO committees (agency_id, date, time) "
                                        "VALUES (?, ?, ?)")
              && w.prepare("committeeReview", "INSERT INTO committee_reviews (committee_id, "
                                              "household_id, position) VALUES (?, ?, ?)")
              && w.prepare("contact", "INSERT INTO contacts (household_id, date, type) "
                                      "VALUES (?, ?, ?)");
    if (!prepared)
        return false;
    QList<qint64> agencies;
    for (int a = 0; a < 3; ++a) {
        if (!w.run("agency", {QStringLiteral("AG%1").arg(a), QStringLiteral("Agence %1").arg(a)}))
            return false;
        agencies << w.lastId("agency");
    }
    if (!w.run("action", {QStringLiteral("ACT"), QStringLiteral("Dispositif")}))
        return false;
    const qint64 action = w.lastId("action");
    if (!w.run("dwelling", {QStringLiteral("1 rue du Banc"), QStringLiteral("Toulouse")}))
        return false;
    const qint64 dwelling = w.lastId("dwelling");

    struct Span
    {
        qint64 id;
        QDate start;
        QDate last;
    };
    QList<Span> spans;
    spans.reserve(households);
    QHash<qint64, QList<qint64>> byAgency;
    static const char *const statuses[] = {"a_faire", "en_cours", "atteint", "abandonne"};
    for (int i = 0; i < households; ++i) {
        const qint64 agency = agencies.at(i % 3);
        const QString name = QStringLiteral("NOM%1 Prénom").arg(i);
        if (!w.run("household", {QStringLiteral("REF-%1").arg(i, 6, 10, QLatin1Char('0')), agency,
                                 name, name.toLower()}))
            return false;
        const qint64 id = w.lastId("household");
        const QDate start = today.addDays(-30 - qint64(rng.bounded(3000)));
        const bool ended = rng.bounded(3) == 0;
        const QDate end = ended ? std::min(start.addDays(90 + rng.bounded(600)), today) : QDate();
        spans.append({id, start, end.isValid() ? end : today});
        if (!ended)
            byAgency[agency] << id;
        if (!w.run("support",
                   {id, action, QStringLiteral("nouvel_entrant"), iso(start), isoOrNull(end),
                    ended ? QStringLiteral("autonomie") : QStringLiteral("")}))
            return false;
        if (!w.run("contract", {id, action}))
            return false;
        const qint64 contract = w.lastId("contract");
        QDate vStart = start;
        int number = 1;
        const QDate until = ended ? end : today.addDays(rng.bounded(200));
        while (true) {
            const QDate vEnd = std::min(vStart.addMonths(number == 1 ? 12 : 6).addDays(-1),
                                        ended ? end : QDate(9999, 1, 1));
            if (!w.run("version",
                       {contract, number,
                        number == 1 ? QStringLiteral("initial") : QStringLiteral("renouvellement"),
                        iso(vStart), iso(vEnd)}))
                return false;
            if (vEnd >= until)
                break;
            vStart = vEnd.addDays(1);
            ++number;
        }
        if (!w.run("plan", {id, action}))
            return false;
        const qint64 plan = w.lastId("plan");
        for (int o = 0; o < 4; ++o) {
            const QDate target = start.addDays(60 + 90 * o);
            const char *status = ended ? "atteint" : statuses[rng.bounded(4)];
            if (!w.run("objective",
                       {plan, QStringLiteral("budget_loyer"), QStringLiteral("Objectif"),
                        QString::fromLatin1(status), iso(target)}))
                return false;
        }
        if (rng.bounded(10) == 0) {
            const QDate date = spans.last().last.addDays(-qint64(rng.bounded(60)));
            const bool open = rng.bounded(3) == 0;
            if (!w.run("alert",
                       {id, iso(date), QStringLiteral("impayes_loyer"), 50000,
                        open ? QVariant() : QVariant(iso(std::min(date.addDays(20), today)))}))
                return false;
        }
        if (!w.run("meeting", {id, action, iso(start.addDays(-20)), QStringLiteral("10:00"),
                               QStringLiteral("entree"), QStringLiteral("favorable")}))
            return false;
        if (!ended) {
            const QDate mid = start.addDays(180);
            if (!w.run("meeting", {id, action, iso(mid), QStringLiteral("14:00"),
                                   QStringLiteral("mi_parcours"),
                                   mid < today ? QStringLiteral("favorable") : QStringLiteral("")}))
                return false;
        }
        const bool glissant = rng.bounded(30) == 0;
        if (!w.run("lease",
                   {id, dwelling,
                    glissant ? QStringLiteral("bail_glissant") : QStringLiteral("bail_direct"),
                    iso(start)}))
            return false;
        if (glissant) {
            const qint64 lease = w.lastId("lease");
            for (QDate r = start.addMonths(6); r < today.addDays(-qint64(rng.bounded(200)));
                 r = r.addMonths(6)) {
                if (!w.run("review", {lease, iso(r), QStringLiteral("poursuite_sous_location")}))
                    return false;
            }
        }
    }
    for (const qint64 agency : std::as_const(agencies)) {
        for (int q = -8; q <= 2; ++q) {
            if (!w.run("committee",
                       {agency, iso(today.addDays(91 * q + 10)), QStringLiteral("14:00")}))
                return false;
            const qint64 committee = w.lastId("committee");
            const QList<qint64> &followed = byAgency.value(agency);
            const qsizetype count = std::min<qsizetype>(12, followed.size());
            for (qsizetype r = 0; r < count; ++r) {
                const qint64 household = followed.at(((q + 8) * 12 + r) % followed.size());
                if (!w.run("committeeReview", {committee, household, r}))
                    return false;
            }
        }
    }
    static const char *const types[] = {"visite_domicile", "entretien_bureau", "telephone",
                                        "accompagnement_physique", "echange_partenaire"};
    for (int k = 0; k < contacts; ++k) {
        const Span &s = spans.at(int(rng.bounded(households)));
        const qint64 span = std::max<qint64>(1, s.start.daysTo(s.last));
        const QDate date = s.start.addDays(qint64(rng.bounded(quint64(span))));
        if (!w.run("contact", {s.id, iso(date), QString::fromLatin1(types[rng.bounded(5)])}))
            return false;
    }
    return bool(db.commit());
}

} // namespace

Status ScaleData::populate(Database &db, int households, int contacts, const QDate &today)
{
    Writer w(db);
    if (!write(db, w, households, contacts, today)) {
        db.rollback();
        return Error::storage(QStringLiteral("The benchmark data could not be written."),
                              w.error());
    }
    if (auto analysed = db.exec(QStringLiteral("ANALYZE")); !analysed)
        return analysed.error();
    return {};
}

} // namespace Passerelle
