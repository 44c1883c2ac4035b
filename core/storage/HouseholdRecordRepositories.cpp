#include "HouseholdRecordRepositories.h"

#include "households/ExitRules.h"
#include "households/HousingRules.h"

#include <QDate>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Passerelle {
namespace {

/// Error when a (household, action) pair already has a record of this kind.
Status uniquePerAction(Database &db, const QString &table, Id id, Id householdId, Id actionId,
                       const QString &message)
{
    PASSERELLE_TRY(other, db.scalar(QStringLiteral("SELECT id FROM ") + table
                                        + QStringLiteral(" WHERE household_id = ? AND action_id = ? AND id <> ?"),
                                    {householdId, actionId, id}));
    if (!other.isNull())
        return Error::validation(message);
    return {};
}

/// The households of `rows`, once each, for "IN (...)" queries.
template <typename T>
QList<Id> householdsOf(const QList<T> &rows)
{
    QList<Id> ids;
    QSet<Id> seen;
    for (const T &row : rows) {
        if (!seen.contains(row.householdId)) {
            seen.insert(row.householdId);
            ids << row.householdId;
        }
    }
    return ids;
}

} // namespace

// --- referrals -------------------------------------------------------------------------------

ReferralRepository::ReferralRepository(Database &db)
    : HouseholdRecords(db, Tables::referrals(), QStringLiteral("referral"),
                       QStringLiteral("date, id"))
{
}

Problems ReferralRepository::validate(const Referral &row, const ReferenceCatalog &refs) const
{
    return Validation::check(row, refs, today());
}

Result<QList<Referral>> ReferralRepository::between(const Scope &scope, const QDate &from,
                                                    const QDate &to) const
{
    QVariantList values{Sql::toSql(from), Sql::toSql(to)};
    const QString filter = householdFilter(scope, QStringLiteral("household_id"), values);
    return m_table.select(m_db, QStringLiteral("WHERE date >= ? AND date <= ?") + filter
                                    + QStringLiteral(" ORDER BY date, id"),
                          values);
}

// --- supports --------------------------------------------------------------------------------

SupportRepository::SupportRepository(Database &db)
    : HouseholdRecords(db, Tables::supports(), QStringLiteral("support"),
                       QStringLiteral("start_date, id"))
{
}

Problems SupportRepository::validate(const Support &row, const ReferenceCatalog &refs) const
{
    return Validation::check(row, refs);
}

Status SupportRepository::checkConsistency(const Support &row) const
{
    return uniquePerAction(m_db, m_table.name(), row.id, row.householdId, row.actionId,
                           tr("This household already has a support in this action."));
}

Result<bool> SupportRepository::checkNewRows(const QList<Support> &rows,
                                             qsizetype *failedRow) const
{
    // One support per household and action: against the stored supports of these households
    // (a few queries) and between the new rows.
    QSet<std::pair<Id, Id>> taken;
    for (const InList &list : inLists(variants(householdsOf(rows)))) {
        PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT household_id, action_id FROM supports "
                                                   "WHERE household_id ")
                                        + list.sql,
                                    list.values));
        while (q.next())
            taken.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const std::pair<Id, Id> pair{rows.at(i).householdId, rows.at(i).actionId};
        if (taken.contains(pair)) {
            *failedRow = i;
            return Error::validation(tr("This household already has a support in this action."));
        }
        taken.insert(pair);
    }
    return true;
}

Result<std::optional<Support>> SupportRepository::find(const Scope &scope, Id householdId,
                                                       Id actionId) const
{
    PASSERELLE_CHECK(checkHousehold(scope, householdId));
    return m_table.selectOne(m_db, QStringLiteral("WHERE household_id = ? AND action_id = ?"),
                             {householdId, actionId});
}

Result<QList<Support>> SupportRepository::all(const Scope &scope) const
{
    QVariantList values;
    const QString filter = householdFilter(scope, QStringLiteral("household_id"), values);
    return m_table.select(m_db, QStringLiteral("WHERE 1 = 1") + filter + QStringLiteral(" ORDER BY id"),
                          values);
}

Result<Support> SupportRepository::supportInScope(const Scope &scope, Id supportId) const
{
    PASSERELLE_TRY(support, m_table.byId(m_db, supportId));
    if (!support)
        return householdNotFound();
    PASSERELLE_CHECK(checkHousehold(scope, support->householdId));
    return *support;
}

Result<QList<PostSupportCheck>> SupportRepository::checks(const Scope &scope, Id supportId) const
{
    PASSERELLE_TRY(support, supportInScope(scope, supportId));
    Q_UNUSED(support);
    return Tables::postSupportChecks().select(
        m_db, QStringLiteral("WHERE support_id = ? ORDER BY offset_months"), {supportId});
}

Status SupportRepository::saveCheck(const Scope &scope, PostSupportCheck &check) const
{
    PASSERELLE_CHECK(Validation::toStatus(Validation::check(check, today())));
    PASSERELLE_TRY(support, supportInScope(scope, check.supportId));
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_TRY(other, m_db.scalar(QStringLiteral("SELECT id FROM post_support_checks WHERE "
                                                     "support_id = ? AND offset_months = ? AND id <> ?"),
                                      {check.supportId, check.offsetMonths, check.id}));
    if (!other.isNull())
        return Error::validation(tr("The check at +%1 months already exists.").arg(check.offsetMonths));
    if (check.id > 0) {
        PASSERELLE_TRY(before, Tables::postSupportChecks().byId(m_db, check.id));
        if (!before || before->supportId != check.supportId)
            return householdNotFound();
        const QString summary = Tables::postSupportChecks().changes(*before, check).join(u"; ");
        PASSERELLE_CHECK(Tables::postSupportChecks().update(m_db, check));
        PASSERELLE_CHECK(audit(scope, QStringLiteral("update"), QStringLiteral("post_support_check"),
                               check.id, support.householdId, summary));
    } else {
        PASSERELLE_CHECK(Tables::postSupportChecks().insert(m_db, check));
        PASSERELLE_CHECK(audit(scope, QStringLiteral("create"), QStringLiteral("post_support_check"),
                               check.id, support.householdId, QString()));
    }
    return tx.commit();
}

Status SupportRepository::planChecks(const Scope &scope, const Support &support) const
{
    if (!support.endDate.isValid())
        return Error::validation(tr("Checks after support are planned once the support has ended."));
    PASSERELLE_TRY(existing, checks(scope, support.id));
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    // The offsets and due dates are ExitRules' (one rule for the window, the review, here).
    for (int offset : ExitRules::missingChecks(support, existing)) {
        PostSupportCheck check;
        check.supportId = support.id;
        check.offsetMonths = offset;
        check.dueDate = ExitRules::checkDueDate(support.endDate, offset);
        PASSERELLE_CHECK(saveCheck(scope, check));
    }
    return tx.commit();
}

// --- contacts, alerts, CAL decisions ---------------------------------------------------------

ContactRepository::ContactRepository(Database &db)
    : HouseholdRecords(db, Tables::contacts(), QStringLiteral("contact"),
                       QStringLiteral("date DESC, id DESC"))
{
}

Problems ContactRepository::validate(const Contact &row, const ReferenceCatalog &refs) const
{
    return Validation::check(row, refs, today());
}

Status ContactRepository::insertMany(const Scope &scope, QList<Contact> &contacts,
                                     qsizetype *failedRow,
                                     const std::function<bool(qsizetype)> &goOn) const
{
    if (failedRow)
        *failedRow = -1;
    if (contacts.isEmpty())
        return {};
    PASSERELLE_TRY(refs, catalog());
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        Status valid = contacts.at(i).id == 0
                           ? Validation::toStatus(validate(contacts.at(i), refs))
                           : Status(Error::validation(
                                   tr("Only new contacts can be inserted at once.")));
        if (!valid) {
            if (failedRow)
                *failedRow = i;
            return valid;
        }
    }
    PASSERELLE_CHECK(checkHouseholds(scope, householdsOf(contacts)));

    // Grouped by household, so that each household's new contacts get consecutive ids that
    // its journal entry can name.
    QList<qsizetype> order(contacts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&contacts](qsizetype a, qsizetype b) {
        return contacts.at(a).householdId < contacts.at(b).householdId;
    });

    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    Sql::Inserter<Contact> inserter(m_db, m_table);
    JournalWriter journal(m_db);
    PASSERELLE_CHECK(inserter.prepare());
    PASSERELLE_CHECK(journal.prepare());
    const auto flush = [&](Id householdId, Id firstId, Id lastId, int count) {
        AuditEntry entry = auditEntry(scope, QStringLiteral("create"), m_entity, 0, householdId,
                                      tr("import of %1 contacts (ids %2 to %3)")
                                          .arg(count)
                                          .arg(firstId)
                                          .arg(lastId));
        return journal.insert(entry);
    };
    const auto insertAll = [&]() -> Status {
        Id groupHousehold = 0;
        Id firstId = 0;
        Id lastId = 0;
        int count = 0;
        qsizetype inserted = 0;
        for (qsizetype index : std::as_const(order)) {
            Contact &c = contacts[index];
            if (count > 0 && c.householdId != groupHousehold) {
                PASSERELLE_CHECK(flush(groupHousehold, firstId, lastId, count));
                count = 0;
            }
            PASSERELLE_CHECK(inserter.insert(c));
            if (goOn && !goOn(++inserted)) {
                return Error::validation(tr("The insertion of the contacts was stopped before "
                                            "the end: none was inserted."));
            }
            if (count == 0) {
                groupHousehold = c.householdId;
                firstId = c.id;
            }
            lastId = c.id;
            ++count;
        }
        if (count > 0)
            PASSERELLE_CHECK(flush(groupHousehold, firstId, lastId, count));
        return tx.commit();
    };
    Status status = insertAll();
    if (!status) {
        for (Contact &c : contacts)
            c.id = 0; // rolled back
    }
    return status;
}

AlertRepository::AlertRepository(Database &db)
    : HouseholdRecords(db, Tables::alerts(), QStringLiteral("alert"),
                       QStringLiteral("date DESC, id DESC"))
{
}

Problems AlertRepository::validate(const Alert &row, const ReferenceCatalog &refs) const
{
    return Validation::check(row, refs, today());
}

CalDecisionRepository::CalDecisionRepository(Database &db)
    : HouseholdRecords(db, Tables::calDecisions(), QStringLiteral("cal_decision"),
                       QStringLiteral("date, id"))
{
}

Problems CalDecisionRepository::validate(const CalDecision &row,
                                         const ReferenceCatalog &refs) const
{
    return Validation::check(row, refs);
}

// --- diagnostics -----------------------------------------------------------------------------

DiagnosticRepository::DiagnosticRepository(Database &db)
    : HouseholdRecords(db, Tables::diagnostics(), QStringLiteral("diagnostic"),
                       QStringLiteral("date, id"))
{
}

Problems DiagnosticRepository::validate(const Diagnostic &row, const ReferenceCatalog &refs) const
{
    return Validation::check(row, refs, today());
}

Status DiagnosticRepository::loadChildren(Diagnostic &row) const
{
    PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT domain, level, observation FROM diagnostic_domains "
                                               "WHERE diagnostic_id = ? ORDER BY id"),
                                {row.id}));
    row.domains.clear();
    PASSERELLE_TRY(stored, StoredCodes::of(m_db));
    while (q.next()) {
        PASSERELLE_TRY(domain, stored.code(ReferenceList::DiagnosticDomain, q.value(0),
                                           "diagnostic_domains.domain"));
        row.domains.append({domain, DiagnosticLevel(q.value(1).toInt()), q.value(2).toString()});
    }
    return {};
}

Status DiagnosticRepository::saveChildren(Diagnostic &row) const
{
    PASSERELLE_TRY(del, m_db.exec(QStringLiteral("DELETE FROM diagnostic_domains WHERE diagnostic_id = ?"),
                                  {row.id}));
    Q_UNUSED(del);
    for (const DiagnosticDomainAssessment &a : std::as_const(row.domains)) {
        PASSERELLE_TRY(q, m_db.exec(QStringLiteral("INSERT INTO diagnostic_domains (diagnostic_id, domain, "
                                                   "level, observation) VALUES (?, ?, ?, ?)"),
                                    {row.id, a.domain, int(a.level), Sql::toSql(a.observation)}));
        Q_UNUSED(q);
    }
    return {};
}

// --- meetings --------------------------------------------------------------------------------

MeetingRepository::MeetingRepository(Database &db)
    : HouseholdRecords(db, Tables::meetings(), QStringLiteral("tripartite_meeting"),
                       QStringLiteral("date, id"))
{
}

Problems MeetingRepository::validate(const TripartiteMeeting &row,
                                     const ReferenceCatalog &refs) const
{
    return Validation::check(row, refs);
}

Status MeetingRepository::loadChildren(TripartiteMeeting &row) const
{
    PASSERELLE_TRY(participants, Tables::meetingParticipants().select(
                                     m_db, QStringLiteral("WHERE meeting_id = ? ORDER BY id"), {row.id}));
    row.participants = participants;
    return {};
}

Status MeetingRepository::saveChildren(TripartiteMeeting &row) const
{
    return Tables::meetingParticipants().syncChildren(m_db, &MeetingParticipant::meetingId,
                                                      QStringLiteral("meeting_id"), row.id,
                                                      row.participants);
}

// --- contracts -------------------------------------------------------------------------------

ContractRepository::ContractRepository(Database &db)
    : HouseholdRecords(db, Tables::contracts(), QStringLiteral("contract"), QStringLiteral("id"))
{
}

Problems ContractRepository::validate(const SupportContract &row,
                                      const ReferenceCatalog &refs) const
{
    return Validation::check(row, refs);
}

Status ContractRepository::checkConsistency(const SupportContract &row) const
{
    return uniquePerAction(m_db, m_table.name(), row.id, row.householdId, row.actionId,
                           tr("This household already has a contract in this action."));
}

Result<std::optional<SupportContract>> ContractRepository::find(const Scope &scope,
                                                                Id householdId, Id actionId) const
{
    PASSERELLE_CHECK(checkHousehold(scope, householdId));
    PASSERELLE_TRY(row, m_table.selectOne(m_db, QStringLiteral("WHERE household_id = ? AND action_id = ?"),
                                          {householdId, actionId}));
    if (row)
        PASSERELLE_CHECK(loadChildren(*row));
    return row;
}

Status ContractRepository::loadChildren(SupportContract &row) const
{
    PASSERELLE_TRY(versions, Tables::contractVersions().select(
                                 m_db, QStringLiteral("WHERE contract_id = ? ORDER BY number"), {row.id}));
    row.versions = versions;
    return {};
}

Status ContractRepository::saveChildren(SupportContract &row) const
{
    // Numbers are unique per contract: clear them first so that renumbering cannot clash.
    PASSERELLE_TRY(q, m_db.exec(QStringLiteral("UPDATE contract_versions SET number = -id WHERE contract_id = ?"),
                                {row.id}));
    Q_UNUSED(q);
    return Tables::contractVersions().syncChildren(m_db, &ContractVersion::contractId,
                                                   QStringLiteral("contract_id"), row.id,
                                                   row.versions);
}

// --- plans -----------------------------------------------------------------------------------

PlanRepository::PlanRepository(Database &db)
    : HouseholdRecords(db, Tables::plans(), QStringLiteral("support_plan"), QStringLiteral("id"))
{
}

Problems PlanRepository::validate(const SupportPlan &row, const ReferenceCatalog &refs) const
{
    return Validation::check(row, refs);
}

Status PlanRepository::checkConsistency(const SupportPlan &row) const
{
    return uniquePerAction(m_db, m_table.name(), row.id, row.householdId, row.actionId,
                           tr("This household already has a support plan in this action."));
}

Result<std::optional<SupportPlan>> PlanRepository::find(const Scope &scope, Id householdId,
                                                        Id actionId) const
{
    PASSERELLE_CHECK(checkHousehold(scope, householdId));
    PASSERELLE_TRY(row, m_table.selectOne(m_db, QStringLiteral("WHERE household_id = ? AND action_id = ?"),
                                          {householdId, actionId}));
    if (row)
        PASSERELLE_CHECK(loadChildren(*row));
    return row;
}

Status PlanRepository::loadChildren(SupportPlan &row) const
{
    PASSERELLE_TRY(objectives, Tables::objectives().select(
                                   m_db, QStringLiteral("WHERE plan_id = ? ORDER BY position, id"),
                                   {row.id}));
    PASSERELLE_TRY(partners, Tables::mobilisedPartners().select(
                                 m_db, QStringLiteral("WHERE plan_id = ? ORDER BY id"), {row.id}));
    row.objectives = objectives;
    row.partners = partners;
    return {};
}

Status PlanRepository::saveChildren(SupportPlan &row) const
{
    for (int i = 0; i < row.objectives.size(); ++i)
        row.objectives[i].position = i;
    PASSERELLE_CHECK(Tables::objectives().syncChildren(
        m_db, &Objective::planId, QStringLiteral("plan_id"), row.id, row.objectives));
    return Tables::mobilisedPartners().syncChildren(m_db, &MobilisedPartner::planId,
                                                    QStringLiteral("plan_id"), row.id, row.partners);
}

// --- leases ----------------------------------------------------------------------------------

LeaseRepository::LeaseRepository(Database &db)
    : HouseholdRecords(db, Tables::leases(), QStringLiteral("lease"),
                       QStringLiteral("start_date, id"))
{
}

Problems LeaseRepository::validate(const Lease &row, const ReferenceCatalog &refs) const
{
    return Validation::check(row, refs);
}

Status LeaseRepository::checkConsistency(const Lease &row) const
{
    // A household holds one lease at a time: a move or a glissement ends one and starts another.
    PASSERELLE_TRY(others, m_table.select(m_db, QStringLiteral("WHERE household_id = ? AND id <> ?"),
                                          {row.householdId, row.id}));
    for (const Lease &other : std::as_const(others)) {
        if (HousingRules::overlap(row.startDate, row.endDate, other.startDate, other.endDate))
            return Error::validation(HousingRules::overlapMessage(other.startDate));
    }
    return {};
}

Result<bool> LeaseRepository::checkNewRows(const QList<Lease> &rows, qsizetype *failedRow) const
{
    // One lease at a time per household, as checkConsistency() says: against the stored leases
    // of these households (a few queries) and between the new rows.
    QHash<Id, QList<std::pair<QDate, QDate>>> periods;
    for (const InList &list : inLists(variants(householdsOf(rows)))) {
        PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT household_id, start_date, end_date "
                                                   "FROM leases WHERE household_id ")
                                        + list.sql,
                                    list.values));
        while (q.next()) {
            periods[q.value(0).toLongLong()].append(
                {Sql::fromSql<QDate>(q.value(1)), Sql::fromSql<QDate>(q.value(2))});
        }
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Lease &row = rows.at(i);
        auto &taken = periods[row.householdId];
        for (const auto &[otherStart, otherEnd] : std::as_const(taken)) {
            if (HousingRules::overlap(row.startDate, row.endDate, otherStart, otherEnd)) {
                *failedRow = i;
                return Error::validation(HousingRules::overlapMessage(otherStart));
            }
        }
        taken.append({row.startDate, row.endDate});
    }
    return true;
}

Result<Lease> LeaseRepository::leaseInScope(const Scope &scope, Id leaseId) const
{
    PASSERELLE_TRY(lease, m_table.byId(m_db, leaseId));
    if (!lease)
        return householdNotFound();
    PASSERELLE_CHECK(checkHousehold(scope, lease->householdId));
    return *lease;
}

Result<QList<LeaseReview>> LeaseRepository::reviews(const Scope &scope, Id leaseId) const
{
    PASSERELLE_TRY(lease, leaseInScope(scope, leaseId));
    Q_UNUSED(lease);
    return Tables::leaseReviews().select(m_db, QStringLiteral("WHERE lease_id = ? ORDER BY date, id"),
                                         {leaseId});
}

Status LeaseRepository::saveReview(const Scope &scope, LeaseReview &review) const
{
    PASSERELLE_TRY(refs, catalog());
    PASSERELLE_CHECK(Validation::toStatus(Validation::check(review, refs)));
    PASSERELLE_TRY(lease, leaseInScope(scope, review.leaseId));
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    if (review.id > 0) {
        PASSERELLE_TRY(before, Tables::leaseReviews().byId(m_db, review.id));
        if (!before || before->leaseId != review.leaseId)
            return householdNotFound();
        const QString summary = Tables::leaseReviews().changes(*before, review).join(u"; ");
        PASSERELLE_CHECK(Tables::leaseReviews().update(m_db, review));
        PASSERELLE_CHECK(audit(scope, QStringLiteral("update"), QStringLiteral("lease_review"), review.id,
                               lease.householdId, summary));
    } else {
        PASSERELLE_CHECK(Tables::leaseReviews().insert(m_db, review));
        PASSERELLE_CHECK(audit(scope, QStringLiteral("create"), QStringLiteral("lease_review"), review.id,
                               lease.householdId, QString()));
    }
    return tx.commit();
}

Status LeaseRepository::removeReview(const Scope &scope, Id reviewId) const
{
    PASSERELLE_TRY(review, Tables::leaseReviews().byId(m_db, reviewId));
    if (!review)
        return householdNotFound();
    PASSERELLE_TRY(lease, leaseInScope(scope, review->leaseId));
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_CHECK(Tables::leaseReviews().remove(m_db, reviewId));
    PASSERELLE_CHECK(audit(scope, QStringLiteral("delete"), QStringLiteral("lease_review"), reviewId,
                           lease.householdId, QString()));
    return tx.commit();
}

Result<Lease> LeaseRepository::recordGlissement(const Scope &scope, Id glissantLeaseId,
                                                const QDate &date) const
{
    PASSERELLE_TRY(lease, leaseInScope(scope, glissantLeaseId));
    PASSERELLE_TRY(g, HousingRules::glissement(lease, date, today()));
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_CHECK(save(scope, g.ended));
    PASSERELLE_CHECK(save(scope, g.direct));
    PASSERELLE_CHECK(tx.commit());
    return g.direct;
}

// --- dwellings -------------------------------------------------------------------------------

Result<Dwelling> DwellingRepository::get(Id id) const
{
    PASSERELLE_TRY(row, Tables::dwellings().byId(m_db, id));
    if (!row)
        return Error::notFound(tr("This dwelling does not exist."));
    return *row;
}

Result<QList<Dwelling>> DwellingRepository::list() const
{
    return Tables::dwellings().select(m_db, QStringLiteral("ORDER BY commune, address, id"), {});
}

Result<QList<Dwelling>> DwellingRepository::search(const QString &text, Id agencyId,
                                                   int limit) const
{
    const QStringList words = ReferenceLists::normalizedKey(text).split(u' ', Qt::SkipEmptyParts);
    PASSERELLE_TRY(all, agencyId > 0 ? Tables::dwellings().select(
                                               m_db,
                                               QStringLiteral("WHERE agency_id = ? "
                                                              "ORDER BY commune, address, id"),
                                               {agencyId})
                                     : list());
    QList<Dwelling> found;
    for (const Dwelling &d : std::as_const(all)) {
        const QString key = ReferenceLists::normalizedKey(
                QStringList{d.reference, d.address, d.postalCode, d.commune}.join(u' '));
        const bool matches = std::all_of(words.cbegin(), words.cend(), [&key](const QString &w) {
            return key.contains(w);
        });
        if (matches)
            found << d;
        if (found.size() >= limit)
            break;
    }
    return found;
}

Result<std::optional<Dwelling>> DwellingRepository::findByAddress(const QString &address,
                                                                  const QString &commune) const
{
    const QString a = ReferenceLists::normalizedKey(address);
    const QString c = ReferenceLists::normalizedKey(commune);
    PASSERELLE_TRY(all, list());
    for (const Dwelling &d : std::as_const(all)) {
        if (ReferenceLists::normalizedKey(d.address) == a && ReferenceLists::normalizedKey(d.commune) == c)
            return std::optional<Dwelling>(d);
    }
    return std::optional<Dwelling>();
}

Status DwellingRepository::insertMany(const Scope &scope, QList<Dwelling> &dwellings,
                                      qsizetype *failedRow) const
{
    if (failedRow)
        *failedRow = -1;
    if (dwellings.isEmpty())
        return {};
    const auto failAt = [&](qsizetype index, Status status) {
        if (failedRow)
            *failedRow = index;
        for (Dwelling &d : dwellings)
            Tables::dwellings().assignId(d, 0);
        return status;
    };
    PASSERELLE_TRY(refs, catalog());
    for (qsizetype i = 0; i < dwellings.size(); ++i) {
        if (dwellings.at(i).id != 0)
            return failAt(i, Error::validation(tr("Only new dwellings can be inserted at once.")));
        if (Status valid = Validation::toStatus(Validation::check(dwellings.at(i), refs)); !valid)
            return failAt(i, valid);
    }
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    Sql::Inserter<Dwelling> inserter(m_db, Tables::dwellings());
    JournalWriter journal(m_db);
    PASSERELLE_CHECK(inserter.prepare());
    PASSERELLE_CHECK(journal.prepare());
    for (qsizetype i = 0; i < dwellings.size(); ++i) {
        if (Status inserted = inserter.insert(dwellings[i]); !inserted)
            return failAt(i, inserted);
        AuditEntry entry = auditEntry(scope, QStringLiteral("create"), QStringLiteral("dwelling"),
                                      dwellings.at(i).id, 0, QString());
        if (Status audited = journal.insert(entry); !audited)
            return failAt(i, audited);
    }
    if (Status committed = tx.commit(); !committed)
        return failAt(-1, committed);
    return {};
}

Status DwellingRepository::save(const Scope &scope, Dwelling &dwelling,
                                Validation::DwellingAddress address) const
{
    PASSERELLE_TRY(refs, catalog());
    PASSERELLE_CHECK(Validation::toStatus(Validation::check(dwelling, refs, address)));
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    if (dwelling.id > 0) {
        PASSERELLE_TRY(before, Tables::dwellings().byId(m_db, dwelling.id));
        if (!before)
            return Error::notFound(tr("This dwelling does not exist."));
        const QString summary = Tables::dwellings().changes(*before, dwelling).join(u"; ");
        PASSERELLE_CHECK(Tables::dwellings().update(m_db, dwelling));
        PASSERELLE_CHECK(audit(scope, QStringLiteral("update"), QStringLiteral("dwelling"), dwelling.id, 0,
                               summary));
    } else {
        PASSERELLE_CHECK(Tables::dwellings().insert(m_db, dwelling));
        PASSERELLE_CHECK(audit(scope, QStringLiteral("create"), QStringLiteral("dwelling"), dwelling.id, 0,
                               QString()));
    }
    return tx.commit();
}

} // namespace Passerelle
