#include "ReviewRepository.h"

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

    if (stop())
        return cancelled();
    {
        QVariantList values;
        const QString sql = QStringLiteral("SELECT h.id, h.agency_id, h.composition, h.publics, "
                                           "h.prior_situation, h.main_resource_source "
                                           "FROM households h WHERE 1 = 1")
                            + householdScope(QStringLiteral("h.id"), values);
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
        QVariantList values;
        QString sql = QStringLiteral("SELECT s.id, s.household_id, s.action_id, s.household_kind, "
                                     "s.start_date, s.end_date, s.outcome FROM supports s "
                                     "JOIN households h ON h.id = s.household_id WHERE 1 = 1");
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
                            + householdScope(QStringLiteral("l.household_id"), values)
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
        // Every contact of the period, by household and type; the households are narrowed to
        // the supported ones in Review::compute (so no join here: the covering index suffices).
        PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT household_id, type, COUNT(*) FROM contacts "
                                                   "WHERE date >= ? AND date <= ? "
                                                   "GROUP BY household_id, type"),
                                    {from, to}));
        while (q.next()) {
            PASSERELLE_TRY(type, stored.code(ReferenceList::ContactType, q.value(1),
                                             "contacts.type"));
            data.contacts.append({q.value(0).toLongLong(), 0, type, q.value(2).toLongLong()});
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
    {
        // Diagnostics up to the period's end and their levels (never an observation): the
        // review compares entry and latest levels per domain.
        QVariantList values{to};
        const QString sql = QStringLiteral("SELECT g.household_id, g.id, g.date, g.kind, dd.domain, "
                                           "dd.level FROM diagnostics g "
                                           "LEFT JOIN diagnostic_domains dd ON dd.diagnostic_id = g.id "
                                           "WHERE g.date <= ?")
                            + householdScope(QStringLiteral("g.household_id"), values)
                            + QStringLiteral(" ORDER BY g.household_id, g.date, g.id, dd.id");
        PASSERELLE_TRY(q, m_db.exec(sql, values));
        Id lastDiagnostic = 0;
        while (q.next()) {
            const Id household = q.value(0).toLongLong();
            const Id id = q.value(1).toLongLong();
            QList<Diagnostic> &list = data.diagnostics[household];
            if (id != lastDiagnostic) {
                PASSERELLE_TRY(kind, stored.code(ReferenceList::DiagnosticKind, q.value(3),
                                                 "diagnostics.kind"));
                Diagnostic g;
                g.id = id;
                g.householdId = household;
                g.date = Sql::fromSql<QDate>(q.value(2));
                g.kind = kind;
                list << g;
                lastDiagnostic = id;
            }
            if (q.value(4).isNull())
                continue;
            PASSERELLE_TRY(domain, stored.code(ReferenceList::DiagnosticDomain, q.value(4),
                                               "diagnostic_domains.domain"));
            // The schema keeps the level between -1 and 3.
            const int level = q.value(5).toInt();
            list.last().domains.append({domain, DiagnosticLevel(level), QString()});
        }
    }
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
