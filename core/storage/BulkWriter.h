#pragma once

#include "Database.h"
#include "domain/Action.h"
#include "domain/Agency.h"
#include "domain/Contract.h"
#include "domain/Diagnostic.h"
#include "domain/FollowUp.h"
#include "domain/Household.h"
#include "domain/Housing.h"
#include "domain/Meeting.h"
#include "domain/Organisation.h"
#include "domain/Partner.h"
#include "domain/Plan.h"
#include "domain/Referral.h"
#include "domain/Support.h"
#include "domain/User.h"
#include "security/Scope.h"

#include <memory>
#include <utility>

namespace Passerelle {

/// Writes a whole base of new records at once into an empty database: the synthetic demo at
/// the scale of a regional landlord (ScaleDemo), hundreds of thousands of households in a
/// couple of minutes. One transaction; one prepared statement per table, reused (the column
/// maps of Tables), run through SQLite's own API on SQLite (Qt's binding costs more than the
/// insertion) and through Qt's driver elsewhere; on SQLite the secondary indexes are set aside
/// while writing and built again at the end. The planner's statistics are refreshed (ANALYZE)
/// once the base is committed.
///
/// It bypasses the repositories' rules and their journal entry per record: the caller writes
/// only records that follow the rules (ScaleDemo's tests check every one), and finish()
/// journals the base as a whole, once. Not for real data, nor for a base that holds any.
class BulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulkWriter)
    Q_DISABLE_COPY_MOVE(BulkWriter)

public:
    explicit BulkWriter(Database &db);
    /// Rolls back what was written unless finish() committed it.
    ~BulkWriter();

    /// Refuses a base that already holds an agency, a partner, an action, an account or a
    /// household; then begins the transaction.
    Status begin();

    // Each write inserts the record (and its children: members, contacts of a partner,
    // funding lines and expenses of an action, domains of a diagnostic, participants of a
    // meeting, versions of a contract, objectives and partners of a plan, reviews of a
    // committee), and sets the new ids.
    Status write(const Organisation &organisation);
    Status writeSetting(const QString &key, const QString &value);
    Status write(Agency &agency);
    Status write(Partner &partner);
    Status write(User &user);
    Status write(Action &action);
    /// The household with its members, its display name and its search key (as
    /// HouseholdRepository stores them).
    Status write(Household &household);
    Status write(Support &support);
    Status write(PostSupportCheck &check);
    Status write(Dwelling &dwelling);
    Status write(Lease &lease);
    Status write(LeaseReview &review);
    Status write(Referral &referral);
    Status write(Diagnostic &diagnostic);
    Status write(TripartiteMeeting &meeting);
    Status write(CalDecision &decision);
    Status write(SupportContract &contract);
    Status write(SupportPlan &plan);
    Status write(Contact &contact);
    Status write(Alert &alert);
    Status write(FollowUpCommittee &committee);

    /// Builds the indexes again, journals one entry for the whole base (`summary`: what was
    /// written, never anything identifying), commits, then refreshes the statistics.
    Status finish(const Scope &scope, const QString &summary);

    /// The rows written so far, per table, in the schema's order (tables without any left out).
    QList<std::pair<QString, qint64>> rowCounts() const;

private:
    struct Statements;
    Status prepare();
    Status setIndexesAside();
    Status rebuildIndexes();

    Database &m_db;
    std::unique_ptr<Statements> m_statements;
    QStringList m_indexes;                      ///< CREATE INDEX statements set aside (SQLite)
    QList<std::pair<QString, qint64>> m_counts; ///< rowCounts() once finished
    bool m_open = false;
};

} // namespace Passerelle
