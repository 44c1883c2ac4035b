#include "CommitteeSuggestionRepository.h"

namespace Passerelle {

Result<CommitteeSuggestionFacts> CommitteeSuggestionRepository::facts(const Scope &scope,
                                                                      Id agencyId,
                                                                      const QDate &date) const
{
    CommitteeSuggestionFacts facts;
    facts.date = date;
    if (!date.isValid())
        return facts;
    const QVariant day = Sql::toSql(date);

    // The households of the agency and scope with a support not ended: every other one is
    // outside the rule, and is not read.
    QString households = QStringLiteral(
        " AND EXISTS (SELECT 1 FROM supports o WHERE o.household_id = h.id "
        "AND o.end_date IS NULL)");
    PASSERELLE_CHECK(require(scope, Permission::Committees));
    QVariantList values;
    households += householdFilter(scope, QStringLiteral("h.id"), values);
    if (agencyId > 0) {
        households += QStringLiteral(" AND h.agency_id = ?");
        values << agencyId;
    }
    const auto withDay = [&](const QVariantList &before) { return before + values; };

    QHash<Id, qsizetype> index;
    {
        PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT h.id, h.reference, h.display_name, "
                                                   "h.agency_id, s.action_id, s.start_date, "
                                                   "s.end_date FROM supports s JOIN households h "
                                                   "ON h.id = s.household_id WHERE "
                                                   "s.end_date IS NULL")
                                        + households
                                        + QStringLiteral(" ORDER BY h.reference, s.id"),
                                    values));
        while (q.next()) {
            const Id id = q.value(0).toLongLong();
            auto it = index.constFind(id);
            if (it == index.cend()) {
                CommitteeSuggestionFacts::HouseholdFacts h;
                h.id = id;
                h.reference = q.value(1).toString();
                h.name = q.value(2).toString();
                h.agencyId = q.value(3).toLongLong();
                it = index.insert(id, facts.households.size());
                facts.households.append(h);
            }
            CommitteeSuggestionFacts::SupportFacts s;
            s.actionId = q.value(4).toLongLong();
            s.startDate = Sql::fromSql<QDate>(q.value(5));
            s.endDate = Sql::fromSql<QDate>(q.value(6));
            facts.households[*it].supports.append(s);
        }
    }
    if (facts.households.isEmpty())
        return facts;
    PASSERELLE_TRY(stored, StoredCodes::of(m_db));
    {
        PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT a.household_id, a.id, a.type, a.date, "
                                                   "a.closed_date FROM alerts a JOIN households h "
                                                   "ON h.id = a.household_id WHERE "
                                                   "(a.closed_date IS NULL OR a.closed_date > ?)")
                                        + households + QStringLiteral(" ORDER BY a.date, a.id"),
                                    withDay({day})));
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.cend())
                continue;
            CommitteeSuggestionFacts::AlertFacts a;
            a.id = q.value(1).toLongLong();
            PASSERELLE_TRY(type, stored.code(ReferenceList::AlertType, q.value(2), "alerts.type"));
            a.type = type;
            a.date = Sql::fromSql<QDate>(q.value(3));
            a.closedDate = Sql::fromSql<QDate>(q.value(4));
            facts.households[*it].alerts.append(a);
        }
    }
    {
        PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT p.household_id, p.action_id, x.id, "
                                                   "x.status, x.target_date FROM objectives x "
                                                   "JOIN support_plans p ON p.id = x.plan_id "
                                                   "JOIN households h ON h.id = p.household_id "
                                                   "WHERE x.target_date < ?")
                                        + households
                                        + QStringLiteral(" ORDER BY x.target_date, x.id"),
                                    withDay({day})));
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.cend())
                continue;
            CommitteeSuggestionFacts::ObjectiveFacts o;
            o.actionId = q.value(1).toLongLong();
            o.id = q.value(2).toLongLong();
            PASSERELLE_TRY(status, stored.code(ReferenceList::ObjectiveStatus, q.value(3),
                                               "objectives.status"));
            o.status = status;
            o.targetDate = Sql::fromSql<QDate>(q.value(4));
            facts.households[*it].objectives.append(o);
        }
    }
    {
        PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT c.household_id, MAX(c.date) FROM "
                                                   "contacts c JOIN households h ON h.id = "
                                                   "c.household_id WHERE c.date <= ?")
                                        + households
                                        + QStringLiteral(" GROUP BY c.household_id"),
                                    withDay({day})));
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.cend())
                facts.households[*it].lastContact = Sql::fromSql<QDate>(q.value(1));
        }
    }
    return facts;
}

Result<QHash<Id, CommitteeSuggestionRepository::HouseholdLabel>>
CommitteeSuggestionRepository::labels(const Scope &scope, const QList<Id> &ids) const
{
    QHash<Id, HouseholdLabel> out;
    for (InList &list : inLists(variants(ids))) {
        QString sql = QStringLiteral("SELECT id, reference, display_name, agency_id FROM "
                                     "households WHERE id ")
                      + list.sql + householdFilter(scope, QStringLiteral("id"), list.values);
        PASSERELLE_TRY(q, m_db.exec(sql, list.values));
        while (q.next()) {
            out.insert(q.value(0).toLongLong(),
                       HouseholdLabel{q.value(1).toString(), q.value(2).toString(),
                                      q.value(3).toLongLong()});
        }
    }
    return out;
}

} // namespace Passerelle
