#include "ReviewRepository.h"

#include "SecondConnection.h"

#include "ReferenceRepository.h"

#include "households/DiagnosticComparison.h"

#include <map>
#include <tuple>

namespace Passerelle {
namespace {

/// " AND column IN (?, ?, ...)" with its values, or nothing for an empty list (= all).
QString inList(const QString &column, const QList<Id> &ids, QVariantList &values)
{
    if (ids.isEmpty())
        return {};
    QStringList marks;
    for (Id id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    return QStringLiteral(" AND ") + column + QStringLiteral(" IN (") + marks.join(u", ") + u')';
}

} // namespace

Status ReviewRepository::recordExport(const Scope &scope, const ReviewRequest &request,
                                      const QString &format) const
{
    PASSERELLE_CHECK(require(scope, Permission::Review));
    return audit(scope, QStringLiteral("export"), QStringLiteral("review"), 0, 0,
                 QStringLiteral("%1; start_date: %2; end_date: %3")
                     .arg(format, request.from.toString(Qt::ISODate),
                          request.to.toString(Qt::ISODate)));
}

Error ReviewRepository::cancelled()
{
    return Error::usage(tr("The computation of the review was cancelled."));
}

Result<ReviewData> ReviewRepository::load(const Scope &scope, const ReviewRequest &request,
                                          const std::atomic_bool *cancel) const
{
    const auto stop = [cancel] { return cancel && cancel->load(); };
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return Error::validation(tr("The period of the review is not valid: give a start and an "
                                    "end, the end on or after the start."));
    PASSERELLE_CHECK(require(scope, Permission::Review));
    ReviewData data;
    data.request = request;
    // A reader limited to her agency gets her agency, whatever she asks.
    data.effectiveAgencyIds = scope.agencyId ? QList<Id>{*scope.agencyId} : request.agencyIds;

    // Every code read below is checked against its list: a damaged value is an error, never
    // a figure.
    PASSERELLE_TRY(stored, StoredCodes::of(m_db));
    const QString from = Sql::toSql(request.from).toString();
    const QString to = Sql::toSql(request.to).toString();

    // Households of the scope: with a support in one of the actions, in one of the agencies.
    auto householdScope = [&](const QString &householdColumn, QVariantList &values) {
        QString clause = QStringLiteral(" AND EXISTS (SELECT 1 FROM supports sx WHERE "
                                        "sx.household_id = ")
                         + householdColumn + inList(QStringLiteral("sx.action_id"),
                                                    request.actionIds, values)
                         + u')';
        if (!data.effectiveAgencyIds.isEmpty()) {
            clause += QStringLiteral(" AND ") + householdColumn
                      + QStringLiteral(" IN (SELECT hx.id FROM households hx WHERE 1 = 1")
                      + inList(QStringLiteral("hx.agency_id"), data.effectiveAgencyIds, values)
                      + u')';
        }
        return clause;
    };

    // Households supported in the period (figure 1): a support of the actions asked whose
    // dates meet the period, in one of the agencies. Review::compute applies the same rule to
    // the supports read below; here it keeps every other query to the households it counts.
    auto supportedIn = [&](const QString &householdColumn, QVariantList &values) -> QString {
        QString clause = QStringLiteral(" AND ") + householdColumn
                         + QStringLiteral(" IN (SELECT sy.household_id FROM supports sy WHERE "
                                          "sy.start_date IS NOT NULL AND sy.start_date <= ? "
                                          "AND (sy.end_date IS NULL OR sy.end_date >= ?)");
        values << to << from;
        clause += inList(QStringLiteral("sy.action_id"), request.actionIds, values);
        if (!data.effectiveAgencyIds.isEmpty()) {
            clause += QStringLiteral(" AND sy.household_id IN (SELECT hx.id FROM households hx "
                                     "WHERE 1 = 1")
                      + inList(QStringLiteral("hx.agency_id"), data.effectiveAgencyIds, values)
                      + u')';
        }
        return clause + u')';
    };
    // The same households as a table "s(hid)", for queries that start from them and seek each
    // one's rows through an index on (household_id, date) rather than test every row of the
    // period against the list.
    auto supportedHouseholds = [&](QVariantList &values) -> QString {
        QString sql = QStringLiteral("(SELECT DISTINCT sy.household_id AS hid FROM supports sy "
                                     "WHERE sy.start_date IS NOT NULL AND sy.start_date <= ? "
                                     "AND (sy.end_date IS NULL OR sy.end_date >= ?)");
        values << to << from;
        sql += inList(QStringLiteral("sy.action_id"), request.actionIds, values);
        if (!data.effectiveAgencyIds.isEmpty()) {
            sql += QStringLiteral(" AND sy.household_id IN (SELECT hx.id FROM households hx "
                                  "WHERE 1 = 1")
                   + inList(QStringLiteral("hx.agency_id"), data.effectiveAgencyIds, values)
                   + u')';
        }
        return sql + QStringLiteral(") s");
    };

    // The longest reads (contacts, diagnostics) run on a
    // connection of their own in a second thread while this one reads the rest: the review
    // waits for the slower half, not for the sum (each connection reads a consistent state
    // of the base; both start together).
    const auto loadSecondHalf = [&](Database &db, ReviewData &out) -> Status {
        PASSERELLE_TRY(codes, StoredCodes::of(db));
        {
            // Contacts of the period of the households supported, counted by type: each
            // household's contacts of the period are one range of the index on (household, date,
            // type). Every type is checked: a code outside the list is damage, as everywhere.
            QVariantList values;
            const QString sql = QStringLiteral("SELECT c.type, COUNT(*) FROM ")
                                + supportedHouseholds(values)
                                + QStringLiteral(" JOIN contacts c ON c.household_id = s.hid "
                                                 "AND c.date >= ? AND c.date <= ? "
                                                 "GROUP BY c.type");
            values << from << to;
            PASSERELLE_TRY(q, db.exec(sql, values));
            while (q.next()) {
                PASSERELLE_TRY(type, codes.code(ReferenceList::ContactType, q.value(0),
                                                "contacts.type"));
                out.contacts.append({0, 0, type, q.value(1).toLongLong()});
            }
            QVariantList households;
            const QString contacted = QStringLiteral("SELECT s.hid FROM ")
                                      + supportedHouseholds(households)
                                      + QStringLiteral(" WHERE EXISTS (SELECT 1 FROM contacts c "
                                                       "WHERE c.household_id = s.hid "
                                                       "AND c.date >= ? AND c.date <= ?) "
                                                       "ORDER BY s.hid");
            households << from << to;
            PASSERELLE_TRY(q2, db.exec(contacted, households));
            while (q2.next())
                out.contactedHouseholds << q2.value(0).toLongLong();
        }
        {
            // The diagnostics up to the period's end of the households supported: the pair each
            // file compares is chosen from their dates and kinds, then the database counts the
            // households per domain and pair of levels (never an observation).
            QVariantList values{to};
            const QString sql = QStringLiteral("SELECT g.household_id, g.id, g.date, g.kind "
                                               "FROM diagnostics g WHERE g.date <= ?")
                                + supportedIn(QStringLiteral("g.household_id"), values)
                                + QStringLiteral(" ORDER BY g.household_id, g.date, g.id");
            PASSERELLE_TRY(q, db.exec(sql, values));
            QList<std::pair<Id, Id>> pairs; // (entry, latest) diagnostic ids
            QList<Diagnostic> diagnostics;
            Id household = 0;
            const auto choose = [&] {
                const ComparedDiagnostics chosen = DiagnosticComparison::choose(diagnostics);
                if (chosen.isComplete()) {
                    out.diagnosticsCompared << household;
                    pairs.append({diagnostics.at(chosen.entry).id, diagnostics.at(chosen.latest).id});
                }
                diagnostics.clear();
            };
            while (q.next()) {
                const Id id = q.value(0).toLongLong();
                if (id != household && !diagnostics.isEmpty())
                    choose();
                household = id;
                PASSERELLE_TRY(kind, codes.code(ReferenceList::DiagnosticKind, q.value(3),
                                                 "diagnostics.kind"));
                Diagnostic g;
                g.id = q.value(1).toLongLong();
                g.householdId = id;
                g.date = Sql::fromSql<QDate>(q.value(2));
                g.kind = kind;
                diagnostics << g;
            }
            if (!diagnostics.isEmpty())
                choose();
            q.finish();
            // Ids from the base, written in the query (no limit on bound values), a few thousand
            // pairs at a time.
            std::map<std::tuple<QString, int, int>, qint64> counts;
            constexpr qsizetype PairsPerQuery = 2000;
            for (qsizetype first = 0; first < pairs.size(); first += PairsPerQuery) {
                if (stop())
                    return cancelled();
                QStringList rows;
                for (const auto &[entry, latest] : pairs.mid(first, PairsPerQuery))
                    rows << QStringLiteral("(%1, %2)").arg(entry).arg(latest);
                PASSERELLE_TRY(levels,
                               db.exec(QStringLiteral("SELECT e.domain, e.level, l.level, COUNT(*) "
                                                        "FROM (VALUES ")
                                         + rows.join(u", ")
                                         + QStringLiteral(") p JOIN diagnostic_domains e "
                                                          "ON e.diagnostic_id = p.column1 "
                                                          "JOIN diagnostic_domains l "
                                                          "ON l.diagnostic_id = p.column2 "
                                                          "AND l.domain = e.domain "
                                                          "GROUP BY e.domain, e.level, l.level")));
                while (levels.next()) {
                    PASSERELLE_TRY(domain, codes.code(ReferenceList::DiagnosticDomain,
                                                       levels.value(0), "diagnostic_domains.domain"));
                    counts[{domain, levels.value(1).toInt(), levels.value(2).toInt()}]
                        += levels.value(3).toLongLong();
                }
            }
            for (const auto &[key, households] : counts) {
                const auto &[domain, entry, latest] = key;
                // The schema keeps the level between -1 and 3.
                out.diagnosticLevels.append({domain, DiagnosticLevel(entry),
                                              DiagnosticLevel(latest), households});
            }
        }
        return {};
    };
    ReviewData secondHalf;
    SecondConnection second(m_db, [&](Database &db) { return loadSecondHalf(db, secondHalf); });

    if (stop())
        return cancelled();
    {
        QVariantList values;
        const QString sql = QStringLiteral("SELECT h.id, h.agency_id, h.composition, h.publics, "
                                           "h.prior_situation, h.main_resource_source "
                                           "FROM households h WHERE 1 = 1")
                            + supportedIn(QStringLiteral("h.id"), values);
        PASSERELLE_TRY(q, m_db.exec(sql, values));
        while (q.next()) {
            ReviewData::HouseholdFacts h;
            h.id = q.value(0).toLongLong();
            h.agencyId = q.value(1).toLongLong();
            PASSERELLE_TRY(composition, stored.code(ReferenceList::Composition, q.value(2),
                                                    "households.composition"));
            PASSERELLE_TRY(publics, stored.codes(ReferenceList::Public, q.value(3),
                                                 "households.publics"));
            PASSERELLE_TRY(prior, stored.code(ReferenceList::PriorSituation, q.value(4),
                                              "households.prior_situation"));
            PASSERELLE_TRY(resource, stored.code(ReferenceList::ResourceSource, q.value(5),
                                                 "households.main_resource_source"));
            h.composition = composition;
            h.publics = publics;
            h.priorSituation = prior;
            h.mainResourceSource = resource;
            data.households.insert(h.id, h);
        }
    }
    if (stop())
        return cancelled();
    {
        // Supports entered, ended or running in the period all meet it.
        QVariantList values{to, from};
        QString sql = QStringLiteral("SELECT s.id, s.household_id, s.action_id, s.household_kind, "
                                     "s.start_date, s.end_date, s.outcome FROM supports s "
                                     "JOIN households h ON h.id = s.household_id "
                                     "WHERE s.start_date IS NOT NULL AND s.start_date <= ? "
                                     "AND (s.end_date IS NULL OR s.end_date >= ?)");
        sql += inList(QStringLiteral("s.action_id"), request.actionIds, values);
        sql += inList(QStringLiteral("h.agency_id"), data.effectiveAgencyIds, values);
        PASSERELLE_TRY(q, m_db.exec(sql + QStringLiteral(" ORDER BY s.id"), values));
        while (q.next()) {
            ReviewData::SupportFacts s;
            s.id = q.value(0).toLongLong();
            s.householdId = q.value(1).toLongLong();
            s.actionId = q.value(2).toLongLong();
            PASSERELLE_TRY(kind, stored.code(ReferenceList::HouseholdKind, q.value(3),
                                             "supports.household_kind"));
            PASSERELLE_TRY(outcome, stored.code(ReferenceList::SupportOutcome, q.value(6),
                                                "supports.outcome"));
            s.householdKind = kind;
            s.start = Sql::fromSql<QDate>(q.value(4));
            s.end = Sql::fromSql<QDate>(q.value(5));
            s.outcome = outcome;
            data.supports << s;
        }
    }
    if (stop())
        return cancelled();
    {
        QVariantList values;
        const QString sql = QStringLiteral("SELECT l.household_id, l.id, l.dwelling_id, l.type, "
                                           "l.start_reason, l.start_date, l.end_date, d.qpv "
                                           "FROM leases l JOIN dwellings d ON d.id = l.dwelling_id "
                                           "WHERE 1 = 1")
                            + supportedIn(QStringLiteral("l.household_id"), values)
                            + QStringLiteral(" ORDER BY l.household_id, l.start_date, l.id");
        PASSERELLE_TRY(q, m_db.exec(sql, values));
        while (q.next()) {
            ReviewData::LeaseFacts l;
            l.id = q.value(1).toLongLong();
            l.dwellingId = q.value(2).toLongLong();
            PASSERELLE_TRY(type, stored.code(ReferenceList::LeaseType, q.value(3), "leases.type"));
            PASSERELLE_TRY(reason, stored.code(ReferenceList::LeaseStartReason, q.value(4),
                                               "leases.start_reason"));
            l.type = type;
            l.startReason = reason;
            l.start = Sql::fromSql<QDate>(q.value(5));
            l.end = Sql::fromSql<QDate>(q.value(6));
            l.qpv = q.value(7).toInt() != 0;
            data.leases[q.value(0).toLongLong()].append(l);
        }
    }
    if (stop())
        return cancelled();
    {
        QVariantList values{from, to};
        QString sql = QStringLiteral("SELECT r.household_id, r.action_id, r.date, r.outcome "
                                     "FROM referrals r JOIN households h ON h.id = r.household_id "
                                     "WHERE r.date >= ? AND r.date <= ?");
        sql += inList(QStringLiteral("r.action_id"), request.actionIds, values);
        sql += inList(QStringLiteral("h.agency_id"), data.effectiveAgencyIds, values);
        PASSERELLE_TRY(q, m_db.exec(sql + QStringLiteral(" ORDER BY r.date, r.id"), values));
        while (q.next()) {
            PASSERELLE_TRY(outcome, stored.code(ReferenceList::ReferralOutcome, q.value(3),
                                                "referrals.outcome"));
            data.referrals.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                                   Sql::fromSql<QDate>(q.value(2)), outcome});
        }
    }
    if (stop())
        return cancelled();
    {
        QVariantList values;
        QString sql = QStringLiteral("SELECT p.household_id, p.action_id, m.partner_id, "
                                     "m.start_date, m.end_date FROM mobilised_partners m "
                                     "JOIN support_plans p ON p.id = m.plan_id "
                                     "JOIN households h ON h.id = p.household_id WHERE 1 = 1");
        sql += supportedIn(QStringLiteral("p.household_id"), values);
        sql += inList(QStringLiteral("p.action_id"), request.actionIds, values);
        sql += inList(QStringLiteral("h.agency_id"), data.effectiveAgencyIds, values);
        PASSERELLE_TRY(q, m_db.exec(sql, values));
        while (q.next()) {
            data.mobilisations.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                                       q.value(2).toLongLong(), Sql::fromSql<QDate>(q.value(3)),
                                       Sql::fromSql<QDate>(q.value(4))});
        }
    }
    if (stop())
        return cancelled();
    {
        // The start and end of every lease of the scope, for the retention cohort.
        QVariantList values;
        const QString sql = QStringLiteral("SELECT l.household_id, l.start_date, l.end_date "
                                           "FROM leases l WHERE 1 = 1")
                            + householdScope(QStringLiteral("l.household_id"), values)
                            + QStringLiteral(" ORDER BY l.household_id, l.start_date, l.id");
        PASSERELLE_TRY(q, m_db.exec(sql, values));
        QList<ReviewData::LeaseFacts> *current = nullptr;
        Id currentId = 0;
        while (q.next()) {
            const Id household = q.value(0).toLongLong();
            if (!current || household != currentId) {
                current = &data.retentionLeases[household];
                currentId = household;
            }
            ReviewData::LeaseFacts l;
            l.start = Sql::fromSql<QDate>(q.value(1));
            l.end = Sql::fromSql<QDate>(q.value(2));
            current->append(l);
        }
    }
    if (stop())
        return cancelled();
    {
        QVariantList values{from, to};
        const QString sql = QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM expenses "
                                           "WHERE date >= ? AND date <= ?")
                            + inList(QStringLiteral("action_id"), request.actionIds, values);
        PASSERELLE_TRY(total, m_db.scalar(sql, values));
        data.expenses = total.toLongLong();
    }
    if (stop())
        return cancelled();
    {
        QVariantList values{from, to};
        const QString sql = QStringLiteral("SELECT source, SUM(amount_received) FROM funding_lines "
                                           "WHERE received_date >= ? AND received_date <= ?")
                            + inList(QStringLiteral("action_id"), request.actionIds, values)
                            + QStringLiteral(" GROUP BY source");
        PASSERELLE_TRY(q, m_db.exec(sql, values));
        while (q.next()) {
            PASSERELLE_TRY(source, stored.code(ReferenceList::FundingSource, q.value(0),
                                               "funding_lines.source"));
            data.fundingReceived.insert(source, q.value(1).toLongLong());
        }
    }
    if (stop())
        return cancelled();
    PASSERELLE_CHECK(second.result());
    data.contacts = std::move(secondHalf.contacts);
    data.contactedHouseholds = std::move(secondHalf.contactedHouseholds);
    data.diagnosticsCompared = std::move(secondHalf.diagnosticsCompared);
    data.diagnosticLevels = std::move(secondHalf.diagnosticLevels);
    if (stop())
        return cancelled();
    struct Directory
    {
        QString table;
        QHash<Id, QString> *codes;
        QHash<QString, QString> *names;
    };
    for (const Directory &dir :
         {Directory{QStringLiteral("agencies"), &data.agencyCodes, &data.agencyNames},
          Directory{QStringLiteral("actions"), &data.actionCodes, &data.actionNames},
          Directory{QStringLiteral("partners"), &data.partnerCodes, &data.partnerNames}}) {
        PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT id, code, name FROM ") + dir.table));
        while (q.next()) {
            dir.codes->insert(q.value(0).toLongLong(), q.value(1).toString());
            dir.names->insert(q.value(1).toString(), q.value(2).toString());
        }
    }
    return data;
}

} // namespace Passerelle
