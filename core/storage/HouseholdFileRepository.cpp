#include "HouseholdFileRepository.h"

#include "CommitteeRepository.h"
#include "HouseholdRecordRepositories.h"
#include "HouseholdRepository.h"

namespace Passerelle {
namespace {

template <typename T>
const T *findById(const QList<T> &list, Id id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

/// Saves the differences of one list of household records: removals, then updates, then
/// insertions (so that a changed end date makes room for a new record). New records get the
/// household's id; `ids` maps their temporary ids to the stored ones.
template <typename T, typename Repository>
Status syncRecords(const Repository &repo, const Scope &scope, const QList<T> &original,
                   QList<T> &edited, Id householdId, QHash<Id, Id> *ids = nullptr)
{
    for (const T &o : original) {
        if (o.id > 0 && !findById(edited, o.id))
            PASSERELLE_CHECK(repo.remove(scope, o.id));
    }
    for (T &e : edited) {
        if (e.id <= 0)
            continue;
        const T *o = findById(original, e.id);
        if (!o || !(*o == e))
            PASSERELLE_CHECK(repo.save(scope, e));
    }
    for (T &e : edited) {
        if (e.id > 0)
            continue;
        const Id temporary = e.id;
        e.id = 0;
        e.householdId = householdId;
        PASSERELLE_CHECK(repo.save(scope, e));
        if (ids && temporary < 0)
            ids->insert(temporary, e.id);
    }
    return {};
}

Id mapped(const QHash<Id, Id> &ids, Id id)
{
    return id < 0 ? ids.value(id, id) : id;
}

/// Removes what is internal to the landlord from a file read by a partner referent.
void redactInternal(HouseholdFile &file)
{
    file.household.internalNotes.clear();
    for (Contact &c : file.contacts) {
        if (!c.shared)
            c.notes.clear();
    }
    file.alerts.clear();
    for (Lease &l : file.leases)
        l.notes.clear();
    for (QList<LeaseReview> &reviews : file.reviews) {
        for (LeaseReview &r : reviews)
            r.notes.clear();
    }
    for (CalDecision &c : file.calDecisions)
        c.notes.clear();
    for (Support &s : file.supports)
        s.endNotes.clear();
    for (QList<PostSupportCheck> &checks : file.checks) {
        for (PostSupportCheck &c : checks)
            c.notes.clear();
    }
    file.committeeReviews.clear();
    file.history.clear();
}

} // namespace

Result<HouseholdFile> HouseholdFileRepository::load(const Scope &scope, Id householdId,
                                                    HouseholdRepository::Trace trace) const
{
    HouseholdFile file;
    PASSERELLE_TRY(household, HouseholdRepository(m_db).get(scope, householdId, trace));
    file.household = household;
    PASSERELLE_TRY(supports, SupportRepository(m_db).forHousehold(scope, householdId));
    file.supports = supports;
    for (const Support &s : std::as_const(file.supports)) {
        PASSERELLE_TRY(checks, SupportRepository(m_db).checks(scope, s.id));
        if (!checks.isEmpty())
            file.checks.insert(s.id, checks);
    }
    PASSERELLE_TRY(referrals, ReferralRepository(m_db).forHousehold(scope, householdId));
    file.referrals = referrals;
    PASSERELLE_TRY(diagnostics, DiagnosticRepository(m_db).forHousehold(scope, householdId));
    file.diagnostics = diagnostics;
    PASSERELLE_TRY(meetings, MeetingRepository(m_db).forHousehold(scope, householdId));
    file.meetings = meetings;
    PASSERELLE_TRY(decisions, CalDecisionRepository(m_db).forHousehold(scope, householdId));
    file.calDecisions = decisions;
    PASSERELLE_TRY(leases, LeaseRepository(m_db).forHousehold(scope, householdId));
    file.leases = leases;
    for (const Lease &l : std::as_const(file.leases)) {
        if (!file.dwellings.contains(l.dwellingId)) {
            PASSERELLE_TRY(dwelling, DwellingRepository(m_db).get(l.dwellingId));
            file.dwellings.insert(dwelling.id, dwelling);
        }
        PASSERELLE_TRY(reviews, LeaseRepository(m_db).reviews(scope, l.id));
        if (!reviews.isEmpty())
            file.reviews.insert(l.id, reviews);
    }
    for (const CalDecision &c : std::as_const(file.calDecisions)) {
        if (c.dwellingId > 0 && !file.dwellings.contains(c.dwellingId)) {
            PASSERELLE_TRY(dwelling, DwellingRepository(m_db).get(c.dwellingId));
            file.dwellings.insert(dwelling.id, dwelling);
        }
    }
    PASSERELLE_TRY(contracts, ContractRepository(m_db).forHousehold(scope, householdId));
    file.contracts = contracts;
    PASSERELLE_TRY(plans, PlanRepository(m_db).forHousehold(scope, householdId));
    file.plans = plans;
    PASSERELLE_TRY(contacts, ContactRepository(m_db).forHousehold(scope, householdId));
    file.contacts = contacts;
    PASSERELLE_TRY(alerts, AlertRepository(m_db).forHousehold(scope, householdId));
    file.alerts = alerts;
    if (!scope.may(Permission::ReadInternalNotes)) {
        // A partner referent: the sections her role needs, without the landlord's internal
        // notes, alerts, committee decisions and journal.
        redactInternal(file);
        return file;
    }
    PASSERELLE_TRY(reviews, CommitteeRepository(m_db).reviewsOf(scope, householdId));
    file.committeeReviews = reviews;
    PASSERELLE_TRY(history, AuditRepository(m_db).forHousehold(scope, householdId));
    file.history = history;
    return file;
}

Result<HouseholdFile> HouseholdFileRepository::save(const Scope &scope,
                                                    const HouseholdFile &original,
                                                    const HouseholdFile &edited) const
{
    HouseholdFile file = edited;
    // The right to save what changed is checked before the transaction, so that a refusal is
    // journaled (a refusal inside would be rolled back with the rest).
    {
        HouseholdFile withoutDiagnostics = edited;
        withoutDiagnostics.diagnostics = original.diagnostics;
        if (!(withoutDiagnostics == original) || edited.household.id <= 0)
            PASSERELLE_CHECK(require(scope, Permission::EditHouseholds, edited.household.id));
        else if (!(edited.diagnostics == original.diagnostics))
            PASSERELLE_CHECK(require(scope, Permission::EditDiagnostic, edited.household.id));
    }
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());

    if (file.household.id <= 0 || !(file.household == original.household)) {
        if (file.household.id <= 0)
            file.household.id = 0;
        PASSERELLE_CHECK(HouseholdRepository(m_db).save(
            scope, file.household, original.household.id > 0 ? &original.household : nullptr));
    }
    const Id householdId = file.household.id;

    // Dwellings first (leases and CAL decisions point to them).
    QHash<Id, Id> ids;
    const QList<Dwelling> dwellings = file.dwellings.values();
    file.dwellings.clear();
    for (Dwelling d : dwellings) {
        const Id temporary = d.id;
        const auto before = original.dwellings.constFind(d.id);
        if (d.id <= 0) {
            d.id = 0;
            PASSERELLE_CHECK(DwellingRepository(m_db).save(scope, d));
            ids.insert(temporary, d.id);
        } else if (before == original.dwellings.cend() || !(*before == d)) {
            PASSERELLE_CHECK(DwellingRepository(m_db).save(scope, d));
        }
        file.dwellings.insert(d.id, d);
    }
    for (Lease &l : file.leases)
        l.dwellingId = mapped(ids, l.dwellingId);
    for (CalDecision &c : file.calDecisions)
        c.dwellingId = mapped(ids, c.dwellingId);

    LeaseRepository leases(m_db);
    PASSERELLE_CHECK(syncRecords(leases, scope, original.leases, file.leases, householdId, &ids));
    for (auto it = file.reviews.cbegin(); it != file.reviews.cend(); ++it) {
        const Id leaseId = mapped(ids, it.key());
        const QList<LeaseReview> before = original.reviews.value(it.key());
        for (const LeaseReview &o : before) {
            if (!findById(it.value(), o.id))
                PASSERELLE_CHECK(leases.removeReview(scope, o.id));
        }
        for (LeaseReview r : it.value()) {
            const LeaseReview *o = findById(before, r.id);
            if (r.id > 0 && o && *o == r)
                continue;
            if (r.id <= 0)
                r.id = 0;
            r.leaseId = leaseId;
            PASSERELLE_CHECK(leases.saveReview(scope, r));
        }
    }

    SupportRepository supports(m_db);
    PASSERELLE_CHECK(
        syncRecords(supports, scope, original.supports, file.supports, householdId, &ids));
    for (auto it = file.checks.cbegin(); it != file.checks.cend(); ++it) {
        const QList<PostSupportCheck> before = original.checks.value(it.key());
        for (PostSupportCheck c : it.value()) {
            const PostSupportCheck *o = findById(before, c.id);
            if (c.id > 0 && o && *o == c)
                continue;
            if (c.id <= 0)
                c.id = 0;
            c.supportId = mapped(ids, it.key());
            PASSERELLE_CHECK(supports.saveCheck(scope, c));
        }
    }

    PASSERELLE_CHECK(syncRecords(ReferralRepository(m_db), scope, original.referrals,
                                 file.referrals, householdId));
    PASSERELLE_CHECK(syncRecords(DiagnosticRepository(m_db), scope, original.diagnostics,
                                 file.diagnostics, householdId));
    PASSERELLE_CHECK(syncRecords(MeetingRepository(m_db), scope, original.meetings,
                                 file.meetings, householdId));
    PASSERELLE_CHECK(syncRecords(CalDecisionRepository(m_db), scope, original.calDecisions,
                                 file.calDecisions, householdId));
    PASSERELLE_CHECK(syncRecords(ContractRepository(m_db), scope, original.contracts,
                                 file.contracts, householdId));
    PASSERELLE_CHECK(
        syncRecords(PlanRepository(m_db), scope, original.plans, file.plans, householdId));
    PASSERELLE_CHECK(syncRecords(ContactRepository(m_db), scope, original.contacts,
                                 file.contacts, householdId));
    PASSERELLE_CHECK(
        syncRecords(AlertRepository(m_db), scope, original.alerts, file.alerts, householdId));
    PASSERELLE_CHECK(tx.commit());

    // What is stored now, as the next edits will start from it.
    return load(scope, householdId, HouseholdRepository::Trace::Silent);
}

} // namespace Passerelle
