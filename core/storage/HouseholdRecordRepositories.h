#pragma once

#include <functional>

#include "Repository.h"

namespace Passerelle {

// Repositories of the records that belong to one household. Each reads within a Scope and
// writes one audited transaction (see HouseholdRecords).

class ReferralRepository : public HouseholdRecords<Referral>
{
    Q_DECLARE_TR_FUNCTIONS(ReferralRepository)

public:
    explicit ReferralRepository(Database &db);
    /// Referrals dated in [from, to] for the scope (for the year-end review).
    Result<QList<Referral>> between(const Scope &scope, const QDate &from, const QDate &to) const;

protected:
    Problems validate(const Referral &row, const ReferenceCatalog &refs) const override;
};

class SupportRepository : public HouseholdRecords<Support>
{
    Q_DECLARE_TR_FUNCTIONS(SupportRepository)

public:
    explicit SupportRepository(Database &db);

    /// The household's support in an action, if any.
    Result<std::optional<Support>> find(const Scope &scope, Id householdId, Id actionId) const;
    /// Every support of the scope (for dashboards and the review).
    Result<QList<Support>> all(const Scope &scope) const;

    Result<QList<PostSupportCheck>> checks(const Scope &scope, Id supportId) const;
    Status saveCheck(const Scope &scope, PostSupportCheck &check) const;
    /// Creates the +6/+12/+24-month checks of an ended support that lacks them.
    Status planChecks(const Scope &scope, const Support &support) const;

protected:
    Problems validate(const Support &row, const ReferenceCatalog &refs) const override;
    Status checkConsistency(const Support &row) const override;
    Result<bool> checkNewRows(const QList<Support> &rows, qsizetype *failedRow) const override;

private:
    Result<Support> supportInScope(const Scope &scope, Id supportId) const;
};

class ContactRepository : public HouseholdRecords<Contact>
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)

public:
    explicit ContactRepository(Database &db);

    /// Inserts many new contacts (ids 0) at once, for imports: each is validated, every
    /// household must lie in the scope, one prepared statement inserts them all in one
    /// transaction, and the audit journal gets one entry per household that names how many
    /// contacts were added and their ids. Sets the ids; on error nothing is inserted and
    /// `*failedRow` (when given) is the index of the contact at fault, or -1. `goOn` (when
    /// given) is asked after each contact inserted, with how many are: false stops, and
    /// nothing is inserted (an import's progress and cancel, in its longest step).
    Status insertMany(const Scope &scope, QList<Contact> &contacts,
                      qsizetype *failedRow = nullptr,
                      const std::function<bool(qsizetype inserted)> &goOn = {}) const;

protected:
    Problems validate(const Contact &row, const ReferenceCatalog &refs) const override;
};

class AlertRepository : public HouseholdRecords<Alert>
{
    Q_DECLARE_TR_FUNCTIONS(AlertRepository)

public:
    explicit AlertRepository(Database &db);

protected:
    Problems validate(const Alert &row, const ReferenceCatalog &refs) const override;
};

class CalDecisionRepository : public HouseholdRecords<CalDecision>
{
    Q_DECLARE_TR_FUNCTIONS(CalDecisionRepository)

public:
    explicit CalDecisionRepository(Database &db);

protected:
    Problems validate(const CalDecision &row, const ReferenceCatalog &refs) const override;
};

/// Diagnostics with their level per domain.
class DiagnosticRepository : public HouseholdRecords<Diagnostic>
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticRepository)

public:
    explicit DiagnosticRepository(Database &db);

protected:
    Problems validate(const Diagnostic &row, const ReferenceCatalog &refs) const override;
    Permission editPermission() const override { return Permission::EditDiagnostic; }
    Status loadChildren(Diagnostic &row) const override;
    Status saveChildren(Diagnostic &row) const override;
    bool sameChildren(const Diagnostic &a, const Diagnostic &b) const override
    {
        return a.domains == b.domains;
    }
};

/// Tripartite meetings with their participants.
class MeetingRepository : public HouseholdRecords<TripartiteMeeting>
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRepository)

public:
    explicit MeetingRepository(Database &db);

protected:
    Problems validate(const TripartiteMeeting &row, const ReferenceCatalog &refs) const override;
    Status loadChildren(TripartiteMeeting &row) const override;
    Status saveChildren(TripartiteMeeting &row) const override;
    bool sameChildren(const TripartiteMeeting &a, const TripartiteMeeting &b) const override
    {
        return a.participants == b.participants;
    }
};

/// Support contracts with their versions (initial, avenants, renewals).
class ContractRepository : public HouseholdRecords<SupportContract>
{
    Q_DECLARE_TR_FUNCTIONS(ContractRepository)

public:
    explicit ContractRepository(Database &db);
    Result<std::optional<SupportContract>> find(const Scope &scope, Id householdId,
                                                Id actionId) const;

protected:
    Problems validate(const SupportContract &row, const ReferenceCatalog &refs) const override;
    Status checkConsistency(const SupportContract &row) const override;
    Status loadChildren(SupportContract &row) const override;
    Status saveChildren(SupportContract &row) const override;
    bool sameChildren(const SupportContract &a, const SupportContract &b) const override
    {
        return a.versions == b.versions;
    }
};

/// Support plans with their objectives and mobilised partners.
class PlanRepository : public HouseholdRecords<SupportPlan>
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)

public:
    explicit PlanRepository(Database &db);
    Result<std::optional<SupportPlan>> find(const Scope &scope, Id householdId, Id actionId) const;

protected:
    Problems validate(const SupportPlan &row, const ReferenceCatalog &refs) const override;
    Status checkConsistency(const SupportPlan &row) const override;
    Status loadChildren(SupportPlan &row) const override;
    Status saveChildren(SupportPlan &row) const override;
    bool sameChildren(const SupportPlan &a, const SupportPlan &b) const override
    {
        return a.objectives == b.objectives && a.partners == b.partners;
    }
};

/// Leases (the housing history) of households.
class LeaseRepository : public HouseholdRecords<Lease>
{
    Q_DECLARE_TR_FUNCTIONS(LeaseRepository)

public:
    explicit LeaseRepository(Database &db);

    Result<QList<LeaseReview>> reviews(const Scope &scope, Id leaseId) const;
    Status saveReview(const Scope &scope, LeaseReview &review) const;
    Status removeReview(const Scope &scope, Id reviewId) const;

    /// Records a glissement: the bail glissant ends the day before `date`, and a bail direct
    /// for the household starts on `date` in the same dwelling. One transaction.
    Result<Lease> recordGlissement(const Scope &scope, Id glissantLeaseId, const QDate &date) const;

protected:
    Problems validate(const Lease &row, const ReferenceCatalog &refs) const override;
    Status checkConsistency(const Lease &row) const override;
    Result<bool> checkNewRows(const QList<Lease> &rows, qsizetype *failedRow) const override;

private:
    Result<Lease> leaseInScope(const Scope &scope, Id leaseId) const;
};

/// Dwellings of the landlord's stock.
class DwellingRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(DwellingRepository)

public:
    using Repository::Repository;

    Result<Dwelling> get(Id id) const;
    Result<QList<Dwelling>> list() const;
    /// The landlord's dwellings (of agency `agencyId`, or every agency when 0) whose reference,
    /// address, postal code and commune hold every word of `text` (ignoring case and accents),
    /// by commune and address, at most `limit` of them: to propose one at the CAL.
    Result<QList<Dwelling>> search(const QString &text, Id agencyId, int limit) const;
    /// The dwelling at this address and commune (ignoring case and accents), if any.
    Result<std::optional<Dwelling>> findByAddress(const QString &address,
                                                  const QString &commune) const;
    /// `address`: whether the street address is required (by hand) or the commune suffices
    /// (a unit's spreadsheet, IMPORT.md).
    Status save(const Scope &scope, Dwelling &dwelling,
                Validation::DwellingAddress address = Validation::DwellingAddress::Required) const;
    /// Inserts many new dwellings (ids 0) at once, for imports: each validated and journaled
    /// as save() does, through prepared statements, in one transaction. On error nothing is
    /// inserted and `*failedRow` (when given) is the index of the dwelling at fault, or -1.
    Status insertMany(const Scope &scope, QList<Dwelling> &dwellings,
                      qsizetype *failedRow = nullptr) const;
};

} // namespace Passerelle
