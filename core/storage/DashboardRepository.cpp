#include "DashboardRepository.h"

#include "SecondConnection.h"
#include "households/ExitRules.h"

#include <QSqlError>

namespace Passerelle {
namespace {

DashboardHousehold householdAt(const QSqlQuery &q, int first)
{
    DashboardHousehold h;
    h.id = q.value(first).toLongLong();
    h.reference = q.value(first + 1).toString();
    h.name = q.value(first + 2).toString();
    h.agencyId = q.value(first + 3).toLongLong();
    return h;
}

// The four columns householdAt() reads, for a households table aliased "h".
const char16_t householdColumns[] = u"h.id, h.reference, h.display_name, h.agency_id";

} // namespace

Result<DashboardData> DashboardRepository::load(const Scope &scope, Id agencyId,
                                                const DashboardWindow &window) const
{
    PASSERELLE_CHECK(require(scope, Permission::Dashboard));
    DashboardData data;
    data.window = window;
    if (scope.agencyId) {
        // A scope over one agency sees that agency, and nothing of another.
        if (agencyId > 0 && agencyId != *scope.agencyId) {
            data.agencyId = agencyId;
            return data;
        }
        agencyId = *scope.agencyId;
    }
    data.agencyId = agencyId;

    // The codes read below are checked against their lists (a damaged base is an error).
    PASSERELLE_TRY(stored, StoredCodes::of(m_db));
    const QString today = Sql::toSql(window.today).toString();
    const QString columns = QString::fromUtf16(householdColumns);
    // " AND <column> = ?" for the agency shown, or nothing for every agency.
    const auto agencyClause = [agencyId](const QString &column, QVariantList &values) -> QString {
        if (agencyId <= 0)
            return QString();
        values << agencyId;
        return QStringLiteral(" AND ") + column + QStringLiteral(" = ?");
    };

    // The households followed (a seek on their contacts each) are read on a connection of
    // their own in a second thread while this one reads the rest.
    const auto loadOpenSupports = [&](Database &db,
                                      QList<DashboardData::OpenSupports> &out) -> Status {
        {
            // Households with a support not ended, with their last contact (one index seek on
            // contacts(household_id, date) each, inside the query); Dashboard::compute sorts.
            QVariantList values{today};
            const QString sql = QStringLiteral("SELECT ") + columns
                                + QStringLiteral(", s.start_date, s.end_date, "
                                                 "(SELECT MAX(c.date) FROM contacts c "
                                                 "WHERE c.household_id = h.id AND c.date <= ?) "
                                                 "FROM supports s "
                                                 "JOIN households h ON h.id = s.household_id "
                                                 "WHERE s.end_date IS NULL")
                                + agencyClause(QStringLiteral("h.agency_id"), values);
            PASSERELLE_TRY(q, db.exec(sql, values));
            QHash<Id, qsizetype> index;
            while (q.next()) {
                const Id id = q.value(0).toLongLong();
                auto it = index.constFind(id);
                if (it == index.cend()) {
                    DashboardData::OpenSupports o;
                    o.household = householdAt(q, 0);
                    o.lastContact = Sql::fromSql<QDate>(q.value(6));
                    it = index.insert(id, out.size());
                    out.append(std::move(o));
                }
                out[*it].supports.append(
                    {Sql::fromSql<QDate>(q.value(4)), Sql::fromSql<QDate>(q.value(5))});
            }
        }
        return {};
    };
    QList<DashboardData::OpenSupports> openSupports;
    SecondConnection second(m_db, [&](Database &db) { return loadOpenSupports(db, openSupports); });
    {
        // Current versions (no version of a higher number) of contracts, ending in the window:
        // the test starts from the few versions ending in the window (PostgreSQL would
        // otherwise compute the highest number of every contract first).
        QVariantList values{today, Sql::toSql(window.contractsUntil)};
        const QString sql = QStringLiteral("SELECT ") + columns
                            + QStringLiteral(", c.id, c.action_id, v.number, v.start_date, "
                                             "v.end_date FROM contract_versions v "
                                             "JOIN contracts c ON c.id = v.contract_id "
                                             "JOIN households h ON h.id = c.household_id "
                                             "WHERE v.end_date >= ? AND v.end_date <= ? "
                                             "AND NOT EXISTS (SELECT 1 FROM contract_versions x "
                                             "WHERE x.contract_id = v.contract_id "
                                             "AND x.number > v.number)")
                            + agencyClause(QStringLiteral("h.agency_id"), values);
        PASSERELLE_TRY(q, m_db.exec(sql, values));
        while (q.next()) {
            DashboardData::ContractFacts c;
            c.household = householdAt(q, 0);
            c.contractId = q.value(4).toLongLong();
            c.actionId = q.value(5).toLongLong();
            c.versionNumber = q.value(6).toInt();
            c.startDate = Sql::fromSql<QDate>(q.value(7));
            c.endDate = Sql::fromSql<QDate>(q.value(8));
            data.contracts.append(std::move(c));
        }
    }
    if (!window.openObjectiveStatuses.isEmpty()) {
        // Objectives still open whose target date has passed (index objectives(status,
        // target_date)), of a support that goes on: once it has ended, its objectives are the
        // history of the file, no longer work to catch up.
        QVariantList values = variants(window.openObjectiveStatuses);
        values << today << today;
        const QString sql = QStringLiteral("SELECT ") + columns
                            + QStringLiteral(", p.action_id, o.id, o.axis, o.title, o.status, "
                                             "o.target_date FROM objectives o "
                                             "JOIN support_plans p ON p.id = o.plan_id "
                                             "JOIN households h ON h.id = p.household_id "
                                             "WHERE o.status IN (")
                            + placeholders(window.openObjectiveStatuses.size())
                            + QStringLiteral(") AND o.target_date < ? "
                                             "AND NOT EXISTS (SELECT 1 FROM supports s "
                                             "WHERE s.household_id = p.household_id "
                                             "AND s.action_id = p.action_id "
                                             "AND s.end_date IS NOT NULL AND s.end_date <= ?)")
                            + agencyClause(QStringLiteral("h.agency_id"), values);
        PASSERELLE_TRY(q, m_db.exec(sql, values));
        while (q.next()) {
            DashboardData::ObjectiveFacts o;
            o.household = householdAt(q, 0);
            o.actionId = q.value(4).toLongLong();
            o.objectiveId = q.value(5).toLongLong();
            PASSERELLE_TRY(axis, stored.code(ReferenceList::PlanAxis, q.value(6),
                                             "objectives.axis"));
            PASSERELLE_TRY(status, stored.code(ReferenceList::ObjectiveStatus, q.value(8),
                                               "objectives.status"));
            o.axis = axis;
            o.title = q.value(7).toString();
            o.status = status;
            o.targetDate = Sql::fromSql<QDate>(q.value(9));
            data.objectives.append(std::move(o));
        }
    }
    {
        QVariantList values;
        const QString sql = QStringLiteral("SELECT ") + columns
                            + QStringLiteral(", a.id, a.type, a.date, a.amount, a.closed_date "
                                             "FROM alerts a "
                                             "JOIN households h ON h.id = a.household_id "
                                             "WHERE a.closed_date IS NULL")
                            + agencyClause(QStringLiteral("h.agency_id"), values);
        PASSERELLE_TRY(q, m_db.exec(sql, values));
        while (q.next()) {
            DashboardData::AlertFacts a;
            a.household = householdAt(q, 0);
            a.alertId = q.value(4).toLongLong();
            PASSERELLE_TRY(type, stored.code(ReferenceList::AlertType, q.value(5), "alerts.type"));
            a.type = type;
            a.date = Sql::fromSql<QDate>(q.value(6));
            a.amount = Sql::fromSql<std::optional<Cents>>(q.value(7));
            a.closedDate = Sql::fromSql<QDate>(q.value(8));
            data.alerts.append(std::move(a));
        }
    }
    {
        // Tripartite meetings from today on (index tripartite_meetings(date)).
        QVariantList values{today};
        const QString sql = QStringLiteral("SELECT ") + columns
                            + QStringLiteral(", m.id, m.action_id, m.date, m.time, m.place, "
                                             "m.purpose, m.outcome FROM tripartite_meetings m "
                                             "JOIN households h ON h.id = m.household_id "
                                             "WHERE m.date >= ?")
                            + agencyClause(QStringLiteral("h.agency_id"), values);
        PASSERELLE_TRY(q, m_db.exec(sql, values));
        while (q.next()) {
            DashboardData::MeetingFacts m;
            m.household = householdAt(q, 0);
            m.meetingId = q.value(4).toLongLong();
            m.actionId = q.value(5).toLongLong();
            m.date = Sql::fromSql<QDate>(q.value(6));
            m.time = Sql::fromSql<QTime>(q.value(7));
            m.place = q.value(8).toString();
            PASSERELLE_TRY(purpose, stored.code(ReferenceList::MeetingPurpose, q.value(9),
                                                "tripartite_meetings.purpose"));
            PASSERELLE_TRY(outcome, stored.code(ReferenceList::MeetingOutcome, q.value(10),
                                                "tripartite_meetings.outcome"));
            m.purpose = purpose;
            m.outcome = outcome;
            data.meetings.append(std::move(m));
        }
    }
    {
        // Follow-up committees from today on (index committees(agency_id, date)), then the
        // households they will review.
        QVariantList values{today};
        const QString sql = QStringLiteral("SELECT c.id, c.agency_id, c.date, c.time, c.place "
                                           "FROM committees c WHERE c.date >= ?")
                            + agencyClause(QStringLiteral("c.agency_id"), values);
        PASSERELLE_TRY(q, m_db.exec(sql, values));
        QHash<Id, qsizetype> index;
        while (q.next()) {
            DashboardData::CommitteeFacts c;
            c.id = q.value(0).toLongLong();
            c.agencyId = q.value(1).toLongLong();
            c.date = Sql::fromSql<QDate>(q.value(2));
            c.time = Sql::fromSql<QTime>(q.value(3));
            c.place = q.value(4).toString();
            index.insert(c.id, data.committees.size());
            data.committees.append(std::move(c));
        }
        if (!data.committees.isEmpty()) {
            QVariantList reviewValues{today};
            const QString reviews =
                QStringLiteral("SELECT r.committee_id, ") + columns
                + QStringLiteral(" FROM committee_reviews r "
                                 "JOIN committees c ON c.id = r.committee_id "
                                 "JOIN households h ON h.id = r.household_id "
                                 "WHERE c.date >= ?")
                + agencyClause(QStringLiteral("c.agency_id"), reviewValues)
                + QStringLiteral(" ORDER BY r.committee_id, r.position, r.id");
            PASSERELLE_TRY(r, m_db.exec(reviews, reviewValues));
            while (r.next()) {
                const auto it = index.constFind(r.value(0).toLongLong());
                if (it != index.cend())
                    data.committees[*it].households.append(householdAt(r, 1));
            }
        }
    }
    {
        // Leases of the glissant type running today, with their last review so far.
        QVariantList values{today, window.glissantLeaseType, today, today};
        const QString sql = QStringLiteral("SELECT ") + columns
                            + QStringLiteral(", l.id, l.start_date, l.end_date, "
                                             "l.expected_glissement_date, "
                                             "(SELECT MAX(r.date) FROM lease_reviews r "
                                             "WHERE r.lease_id = l.id AND r.date <= ?) "
                                             "FROM leases l "
                                             "JOIN households h ON h.id = l.household_id "
                                             "WHERE l.type = ? AND l.start_date <= ? "
                                             "AND (l.end_date IS NULL OR l.end_date >= ?)")
                            + agencyClause(QStringLiteral("h.agency_id"), values);
        PASSERELLE_TRY(q, m_db.exec(sql, values));
        while (q.next()) {
            DashboardData::GlissantFacts g;
            g.household = householdAt(q, 0);
            g.leaseId = q.value(4).toLongLong();
            g.startDate = Sql::fromSql<QDate>(q.value(5));
            g.endDate = Sql::fromSql<QDate>(q.value(6));
            g.expectedGlissement = Sql::fromSql<QDate>(q.value(7));
            g.lastReview = Sql::fromSql<QDate>(q.value(8));
            data.glissantLeases.append(std::move(g));
        }
    }
    {
        // Checks after support not made yet and due by the end of the window (late ones too).
        QVariantList values{Sql::toSql(window.checksUntil)};
        const QString sql = QStringLiteral("SELECT ") + columns
                            + QStringLiteral(", pc.id, s.action_id, pc.offset_months, "
                                             "pc.due_date, s.end_date "
                                             "FROM post_support_checks pc "
                                             "JOIN supports s ON s.id = pc.support_id "
                                             "JOIN households h ON h.id = s.household_id "
                                             "WHERE pc.done_date IS NULL AND pc.due_date <= ?")
                            + agencyClause(QStringLiteral("h.agency_id"), values);
        PASSERELLE_TRY(q, m_db.exec(sql, values));
        while (q.next()) {
            DashboardData::CheckFacts c;
            c.household = householdAt(q, 0);
            c.checkId = q.value(4).toLongLong();
            c.actionId = q.value(5).toLongLong();
            c.offsetMonths = q.value(6).toInt();
            c.dueDate = Sql::fromSql<QDate>(q.value(7));
            c.supportEnd = Sql::fromSql<QDate>(q.value(8));
            data.checks.append(std::move(c));
        }
    }
    {
        // Supports ended in the last 24 months whose checks were never planned (an imported
        // history, an older file): their checks are due all the same. One row per planned
        // check (or one with NULL when none is): the offsets missing are derived below.
        const QDate from = window.today.addMonths(-24).addDays(-ExitRules::DueWithinDays);
        const QDate until = window.checksUntil.addMonths(-6);
        QVariantList values{Sql::toSql(from), Sql::toSql(until)};
        const QString sql = QStringLiteral("SELECT ") + columns
                            + QStringLiteral(", s.id, s.action_id, s.end_date, pc.offset_months "
                                             "FROM supports s "
                                             "JOIN households h ON h.id = s.household_id "
                                             "LEFT JOIN post_support_checks pc "
                                             "ON pc.support_id = s.id "
                                             "WHERE s.end_date >= ? AND s.end_date <= ?")
                            + agencyClause(QStringLiteral("h.agency_id"), values);
        PASSERELLE_TRY(q, m_db.exec(sql, values));
        QMap<Id, DashboardData::CheckFacts> ended;
        QHash<Id, QList<int>> planned;
        while (q.next()) {
            const Id supportId = q.value(4).toLongLong();
            if (!ended.contains(supportId)) {
                DashboardData::CheckFacts c;
                c.household = householdAt(q, 0);
                c.actionId = q.value(5).toLongLong();
                c.supportEnd = Sql::fromSql<QDate>(q.value(6));
                ended.insert(supportId, c);
            }
            if (!q.value(7).isNull())
                planned[supportId] << q.value(7).toInt();
        }
        for (auto it = ended.cbegin(); it != ended.cend(); ++it) {
            for (int offset : ExitRules::checkOffsets()) {
                if (planned.value(it.key()).contains(offset))
                    continue;
                DashboardData::CheckFacts c = it.value();
                c.offsetMonths = offset;
                c.dueDate = ExitRules::checkDueDate(c.supportEnd, offset);
                if (c.dueDate <= window.checksUntil)
                    data.checks.append(std::move(c));
            }
        }
    }
    {
        // Contacts per day over the chart's months: the covering index on contacts(date,
        // household_id, type) serves the whole count.
        QVariantList values{Sql::toSql(window.chartFrom), today};
        QString sql = QStringLiteral("SELECT c.date, COUNT(*) FROM contacts c "
                                     "WHERE c.date >= ? AND c.date <= ?");
        if (agencyId > 0) {
            sql += QStringLiteral(" AND c.household_id IN (SELECT id FROM households "
                                  "WHERE agency_id = ?)");
            values << agencyId;
        }
        PASSERELLE_TRY(q, m_db.exec(sql + QStringLiteral(" GROUP BY c.date"), values));
        while (q.next()) {
            data.contactsPerDay.append(
                {Sql::fromSql<QDate>(q.value(0)), q.value(1).toLongLong()});
        }
    }
    PASSERELLE_CHECK(second.result());
    data.openSupports = std::move(openSupports);
    return data;
}

} // namespace Passerelle
