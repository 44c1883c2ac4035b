#include "Tables.h"

namespace Passerelle::Tables {

using namespace Sql;

const Table<Agency> &agencies()
{
    static const Table<Agency> t(QStringLiteral("agencies"), &Agency::id,
                                 {col("code", &Agency::code), col("name", &Agency::name),
                                  col("territory", &Agency::territory),
                                  col("address", &Agency::address), col("phone", &Agency::phone),
                                  col("active", &Agency::active)});
    return t;
}

const Table<User> &users()
{
    static const Table<User> t(
        QStringLiteral("users"), &User::id,
        {col("login", &User::login), col("display_name", &User::displayName),
         code("role", &User::role, ReferenceList::UserRole), link("agency_id", &User::agencyId),
         link("partner_id", &User::partnerId), col("email", &User::email),
         col("phone", &User::phone), col("active", &User::active),
         text("password_hash", &User::passwordHash), col("created_at", &User::createdAt),
         col("failed_logins", &User::failedLogins), col("locked_until", &User::lockedUntil),
         col("password_changed_at", &User::passwordChangedAt)});
    return t;
}

const Table<Partner> &partners()
{
    static const Table<Partner> t(
        QStringLiteral("partners"), &Partner::id,
        {col("code", &Partner::code), col("name", &Partner::name),
         code("kind", &Partner::kind, ReferenceList::PartnerKind),
         codes("fields", &Partner::fields, ReferenceList::PartnerField),
         col("address", &Partner::address),
         col("phone", &Partner::phone), col("email", &Partner::email),
         text("notes", &Partner::notes), col("active", &Partner::active)});
    return t;
}

const Table<PartnerContact> &partnerContacts()
{
    static const Table<PartnerContact> t(
        QStringLiteral("partner_contacts"), &PartnerContact::id,
        {link("partner_id", &PartnerContact::partnerId), col("name", &PartnerContact::name),
         col("function", &PartnerContact::function), col("phone", &PartnerContact::phone),
         col("email", &PartnerContact::email)});
    return t;
}

const Table<PartnerAgreement> &partnerAgreements()
{
    static const Table<PartnerAgreement> t(
        QStringLiteral("partner_agreements"), &PartnerAgreement::id,
        {link("partner_id", &PartnerAgreement::partnerId),
         col("reference", &PartnerAgreement::reference),
         col("subject", &PartnerAgreement::subject),
         col("start_date", &PartnerAgreement::startDate),
         col("end_date", &PartnerAgreement::endDate),
         col("dwellings_reserved", &PartnerAgreement::dwellingsReserved),
         col("amount", &PartnerAgreement::amount), text("notes", &PartnerAgreement::notes)});
    return t;
}

const Table<Action> &actions()
{
    static const Table<Action> t(
        QStringLiteral("actions"), &Action::id,
        {col("code", &Action::code), col("name", &Action::name),
         text("description", &Action::description),
         col("call_for_projects", &Action::callForProjects), col("call_year", &Action::callYear),
         code("category", &Action::category, ReferenceList::ActionCategory),
         codes("publics", &Action::publics, ReferenceList::Public),
         link("lead_partner_id", &Action::leadPartnerId), col("territory", &Action::territory),
         col("start_date", &Action::startDate), col("end_date", &Action::endDate),
         col("target_new_entrants", &Action::targetNewEntrants),
         col("target_existing_tenants", &Action::targetExistingTenants),
         col("budget", &Action::budget)});
    return t;
}

const Table<FundingLine> &fundingLines()
{
    static const Table<FundingLine> t(
        QStringLiteral("funding_lines"), &FundingLine::id,
        {link("action_id", &FundingLine::actionId),
         code("source", &FundingLine::source, ReferenceList::FundingSource),
         col("funder", &FundingLine::funder), col("amount_granted", &FundingLine::amountGranted),
         col("amount_received", &FundingLine::amountReceived),
         col("granted_date", &FundingLine::grantedDate),
         col("received_date", &FundingLine::receivedDate), text("notes", &FundingLine::notes)});
    return t;
}

const Table<Expense> &expenses()
{
    static const Table<Expense> t(
        QStringLiteral("expenses"), &Expense::id,
        {link("action_id", &Expense::actionId), col("date", &Expense::date),
         code("category", &Expense::category, ReferenceList::ExpenseCategory),
         col("label", &Expense::label),
         col("amount", &Expense::amount), link("partner_id", &Expense::partnerId)});
    return t;
}

const Table<Household> &households()
{
    static const Table<Household> t(
        QStringLiteral("households"), &Household::id,
        {col("reference", &Household::reference), link("agency_id", &Household::agencyId),
         link("cesf_user_id", &Household::cesfUserId),
         code("composition", &Household::composition, ReferenceList::Composition),
         codes("publics", &Household::publics, ReferenceList::Public),
         col("monthly_resources", &Household::monthlyResources),
         col("resources_known", &Household::resourcesKnown),
         code("main_resource_source", &Household::mainResourceSource,
              ReferenceList::ResourceSource),
         codes("resource_sources", &Household::resourceSources,
               ReferenceList::ResourceSource),
         code("prior_situation", &Household::priorSituation, ReferenceList::PriorSituation),
         col("consent_date", &Household::consentDate), personal("phone", &Household::phone),
         personal("email", &Household::email), text("notes", &Household::notes),
         text("internal_notes", &Household::internalNotes),
         col("consent_information", &Household::consentInformation),
         col("anonymised_at", &Household::anonymisedAt),
         col("created_at", &Household::createdAt), col("updated_at", &Household::updatedAt)},
        &Household::rowVersion);
    return t;
}

const Table<Member> &members()
{
    static const Table<Member> t(
        QStringLiteral("members"), &Member::id,
        {link("household_id", &Member::householdId), personal("last_name", &Member::lastName),
         personal("first_name", &Member::firstName), personal("birth_date", &Member::birthDate),
         code("role", &Member::role, ReferenceList::MemberRole),
         code("civility", &Member::civility, ReferenceList::Civility),
         col("signs_contract", &Member::signsContract),
         col("position", &Member::position)});
    return t;
}

const Table<Support> &supports()
{
    static const Table<Support> t(
        QStringLiteral("supports"), &Support::id,
        {link("household_id", &Support::householdId), link("action_id", &Support::actionId),
         code("household_kind", &Support::householdKind, ReferenceList::HouseholdKind),
         link("partner_id", &Support::partnerId),
         col("partner_referent", &Support::partnerReferent),
         col("start_date", &Support::startDate), col("end_date", &Support::endDate),
         code("outcome", &Support::outcome, ReferenceList::SupportOutcome),
         text("end_notes", &Support::endNotes),
         code("intensity", &Support::intensity, ReferenceList::SupportIntensity)},
        &Support::rowVersion);
    return t;
}

const Table<PostSupportCheck> &postSupportChecks()
{
    static const Table<PostSupportCheck> t(
        QStringLiteral("post_support_checks"), &PostSupportCheck::id,
        {link("support_id", &PostSupportCheck::supportId),
         col("offset_months", &PostSupportCheck::offsetMonths),
         col("due_date", &PostSupportCheck::dueDate),
         col("done_date", &PostSupportCheck::doneDate),
         col("still_housed", &PostSupportCheck::stillHoused),
         text("notes", &PostSupportCheck::notes)});
    return t;
}

const Table<Dwelling> &dwellings()
{
    static const Table<Dwelling> t(
        QStringLiteral("dwellings"), &Dwelling::id,
        {col("reference", &Dwelling::reference), personal("address", &Dwelling::address),
         col("postal_code", &Dwelling::postalCode), col("commune", &Dwelling::commune),
         code("typology", &Dwelling::typology, ReferenceList::Typology),
         col("rent", &Dwelling::rent),
         col("charges", &Dwelling::charges), col("furnished", &Dwelling::furnished),
         col("qpv", &Dwelling::qpv), link("agency_id", &Dwelling::agencyId)});
    return t;
}

const Table<Lease> &leases()
{
    static const Table<Lease> t(
        QStringLiteral("leases"), &Lease::id,
        {link("household_id", &Lease::householdId), link("dwelling_id", &Lease::dwellingId),
         code("type", &Lease::type, ReferenceList::LeaseType),
         code("start_reason", &Lease::startReason, ReferenceList::LeaseStartReason),
         col("start_date", &Lease::startDate), col("end_date", &Lease::endDate),
         col("end_reason", &Lease::endReason),
         link("subletter_partner_id", &Lease::subletterPartnerId),
         col("expected_glissement_date", &Lease::expectedGlissementDate),
         text("glissement_conditions", &Lease::glissementConditions),
         text("notes", &Lease::notes)});
    return t;
}

const Table<LeaseReview> &leaseReviews()
{
    static const Table<LeaseReview> t(
        QStringLiteral("lease_reviews"), &LeaseReview::id,
        {link("lease_id", &LeaseReview::leaseId), col("date", &LeaseReview::date),
         code("outcome", &LeaseReview::outcome, ReferenceList::LeaseReviewOutcome),
         text("notes", &LeaseReview::notes)});
    return t;
}

const Table<Referral> &referrals()
{
    static const Table<Referral> t(
        QStringLiteral("referrals"), &Referral::id,
        {link("household_id", &Referral::householdId), link("action_id", &Referral::actionId),
         col("date", &Referral::date), link("partner_id", &Referral::partnerId),
         personal("referrer_name", &Referral::referrerName), text("reason", &Referral::reason),
         code("outcome", &Referral::outcome, ReferenceList::ReferralOutcome),
         col("outcome_date", &Referral::outcomeDate)});
    return t;
}

const Table<Diagnostic> &diagnostics()
{
    static const Table<Diagnostic> t(
        QStringLiteral("diagnostics"), &Diagnostic::id,
        {link("household_id", &Diagnostic::householdId), link("action_id", &Diagnostic::actionId),
         col("date", &Diagnostic::date),
         code("kind", &Diagnostic::kind, ReferenceList::DiagnosticKind),
         col("author", &Diagnostic::author), link("partner_id", &Diagnostic::partnerId),
         code("recommended_intensity", &Diagnostic::recommendedIntensity,
              ReferenceList::SupportIntensity),
         code("recommended_lease_type", &Diagnostic::recommendedLeaseType,
              ReferenceList::LeaseType),
         text("recommendation", &Diagnostic::recommendation),
         codes("partners_to_mobilise", &Diagnostic::partnersToMobilise,
               ReferenceList::PartnerField)});
    return t;
}

const Table<TripartiteMeeting> &meetings()
{
    static const Table<TripartiteMeeting> t(
        QStringLiteral("tripartite_meetings"), &TripartiteMeeting::id,
        {link("household_id", &TripartiteMeeting::householdId),
         link("action_id", &TripartiteMeeting::actionId), col("date", &TripartiteMeeting::date),
         col("time", &TripartiteMeeting::time), col("place", &TripartiteMeeting::place),
         code("purpose", &TripartiteMeeting::purpose, ReferenceList::MeetingPurpose),
         code("outcome", &TripartiteMeeting::outcome, ReferenceList::MeetingOutcome),
         text("minutes", &TripartiteMeeting::minutes)});
    return t;
}

const Table<MeetingParticipant> &meetingParticipants()
{
    static const Table<MeetingParticipant> t(
        QStringLiteral("meeting_participants"), &MeetingParticipant::id,
        {link("meeting_id", &MeetingParticipant::meetingId),
         code("party", &MeetingParticipant::party, ReferenceList::MeetingParty),
         personal("name", &MeetingParticipant::name),
         col("function", &MeetingParticipant::function),
         col("present", &MeetingParticipant::present)});
    return t;
}

const Table<CalDecision> &calDecisions()
{
    static const Table<CalDecision> t(
        QStringLiteral("cal_decisions"), &CalDecision::id,
        {link("household_id", &CalDecision::householdId), link("action_id", &CalDecision::actionId),
         col("date", &CalDecision::date),
         code("decision", &CalDecision::decision, ReferenceList::CalDecision),
         link("dwelling_id", &CalDecision::dwellingId),
         text("conditions", &CalDecision::conditions), text("notes", &CalDecision::notes)});
    return t;
}

const Table<SupportContract> &contracts()
{
    static const Table<SupportContract> t(
        QStringLiteral("contracts"), &SupportContract::id,
        {link("household_id", &SupportContract::householdId),
         link("action_id", &SupportContract::actionId), col("place", &SupportContract::place),
         col("duration_months", &SupportContract::durationMonths),
         code("meeting_frequency", &SupportContract::meetingFrequency,
              ReferenceList::MeetingFrequency),
         text("household_commitments", &SupportContract::householdCommitments),
         text("association_commitments", &SupportContract::associationCommitments),
         text("landlord_commitments", &SupportContract::landlordCommitments),
         col("consent_date", &SupportContract::consentDate),
         col("landlord_signatory", &SupportContract::landlordSignatory),
         col("association_signatory", &SupportContract::associationSignatory)});
    return t;
}

const Table<ContractVersion> &contractVersions()
{
    static const Table<ContractVersion> t(
        QStringLiteral("contract_versions"), &ContractVersion::id,
        {link("contract_id", &ContractVersion::contractId),
         col("number", &ContractVersion::number),
         code("kind", &ContractVersion::kind, ReferenceList::ContractVersionKind),
         col("date", &ContractVersion::date), col("start_date", &ContractVersion::startDate),
         col("end_date", &ContractVersion::endDate), text("notes", &ContractVersion::notes)});
    return t;
}

const Table<SupportPlan> &plans()
{
    static const Table<SupportPlan> t(
        QStringLiteral("support_plans"), &SupportPlan::id,
        {link("household_id", &SupportPlan::householdId), link("action_id", &SupportPlan::actionId),
         col("date", &SupportPlan::date), text("notes", &SupportPlan::notes)});
    return t;
}

const Table<Objective> &objectives()
{
    static const Table<Objective> t(
        QStringLiteral("objectives"), &Objective::id,
        {link("plan_id", &Objective::planId),
         code("axis", &Objective::axis, ReferenceList::PlanAxis),
         text("title", &Objective::title), text("actions", &Objective::actions),
         code("status", &Objective::status, ReferenceList::ObjectiveStatus),
         col("target_date", &Objective::targetDate),
         col("done_date", &Objective::doneDate), col("position", &Objective::position)});
    return t;
}

const Table<MobilisedPartner> &mobilisedPartners()
{
    static const Table<MobilisedPartner> t(
        QStringLiteral("mobilised_partners"), &MobilisedPartner::id,
        {link("plan_id", &MobilisedPartner::planId),
         link("partner_id", &MobilisedPartner::partnerId),
         code("need", &MobilisedPartner::need, ReferenceList::PartnerField),
         col("start_date", &MobilisedPartner::startDate),
         col("end_date", &MobilisedPartner::endDate), text("notes", &MobilisedPartner::notes)});
    return t;
}

const Table<Contact> &contacts()
{
    static const Table<Contact> t(
        QStringLiteral("contacts"), &Contact::id,
        {link("household_id", &Contact::householdId), link("action_id", &Contact::actionId),
         col("date", &Contact::date), code("type", &Contact::type, ReferenceList::ContactType),
         col("duration_minutes", &Contact::durationMinutes), col("author", &Contact::author),
         link("author_user_id", &Contact::authorUserId), text("notes", &Contact::notes),
         col("shared", &Contact::shared)});
    return t;
}

const Table<Alert> &alerts()
{
    static const Table<Alert> t(
        QStringLiteral("alerts"), &Alert::id,
        {link("household_id", &Alert::householdId), col("date", &Alert::date),
         code("type", &Alert::type, ReferenceList::AlertType), col("amount", &Alert::amount),
         text("description", &Alert::description), col("closed_date", &Alert::closedDate),
         text("resolution", &Alert::resolution), link("partner_id", &Alert::partnerId)});
    return t;
}

const Table<FollowUpCommittee> &committees()
{
    static const Table<FollowUpCommittee> t(
        QStringLiteral("committees"), &FollowUpCommittee::id,
        {link("agency_id", &FollowUpCommittee::agencyId),
         link("action_id", &FollowUpCommittee::actionId), col("date", &FollowUpCommittee::date),
         col("time", &FollowUpCommittee::time), col("place", &FollowUpCommittee::place),
         col("participants", &FollowUpCommittee::participants),
         text("minutes", &FollowUpCommittee::minutes)});
    return t;
}

const Table<CommitteeReview> &committeeReviews()
{
    static const Table<CommitteeReview> t(
        QStringLiteral("committee_reviews"), &CommitteeReview::id,
        {link("committee_id", &CommitteeReview::committeeId),
         link("household_id", &CommitteeReview::householdId),
         col("reason", &CommitteeReview::reason),
         code("decision", &CommitteeReview::decision, ReferenceList::CommitteeDecision),
         text("decision_notes", &CommitteeReview::decisionNotes),
         col("position", &CommitteeReview::position)});
    return t;
}

const Table<AuditEntry> &auditLog()
{
    static const Table<AuditEntry> t(
        QStringLiteral("audit_log"), &AuditEntry::id,
        {col("at", &AuditEntry::at), link("user_id", &AuditEntry::userId),
         col("login", &AuditEntry::login), col("operation", &AuditEntry::operation),
         col("entity", &AuditEntry::entity), link("entity_id", &AuditEntry::entityId),
         link("household_id", &AuditEntry::householdId), col("summary", &AuditEntry::summary),
         col("prev_hash", &AuditEntry::prevHash), col("hash", &AuditEntry::hash)});
    return t;
}

QStringList allTableNames()
{
    return {QStringLiteral("organisation"),      QStringLiteral("settings"),
            QStringLiteral("reference_items"),   QStringLiteral("agencies"),
            QStringLiteral("partners"),          QStringLiteral("partner_contacts"),
            QStringLiteral("partner_agreements"), QStringLiteral("users"),
            QStringLiteral("actions"),           QStringLiteral("funding_lines"),
            QStringLiteral("expenses"),          QStringLiteral("households"),
            QStringLiteral("members"),           QStringLiteral("supports"),
            QStringLiteral("post_support_checks"), QStringLiteral("dwellings"),
            QStringLiteral("leases"),            QStringLiteral("lease_reviews"),
            QStringLiteral("referrals"),         QStringLiteral("diagnostics"),
            QStringLiteral("diagnostic_domains"), QStringLiteral("tripartite_meetings"),
            QStringLiteral("meeting_participants"), QStringLiteral("cal_decisions"),
            QStringLiteral("contracts"),         QStringLiteral("contract_versions"),
            QStringLiteral("contract_prints"),   QStringLiteral("contract_scans"),
            QStringLiteral("support_plans"),     QStringLiteral("objectives"),
            QStringLiteral("mobilised_partners"), QStringLiteral("contacts"),
            QStringLiteral("alerts"),            QStringLiteral("committees"),
            QStringLiteral("committee_reviews"), QStringLiteral("audit_log"),
            QStringLiteral("audit_purges")};
}

namespace {

template <typename T>
void addCodeColumns(QList<CodeColumn> &out, const Table<T> &table)
{
    for (const Column<T> &c : table.columns()) {
        if (c.list)
            out.append({table.name(), c.name, *c.list, c.multiple});
    }
}

} // namespace

QList<CodeColumn> codeColumns()
{
    QList<CodeColumn> out;
    addCodeColumns(out, users());
    addCodeColumns(out, partners());
    addCodeColumns(out, actions());
    addCodeColumns(out, fundingLines());
    addCodeColumns(out, expenses());
    addCodeColumns(out, households());
    addCodeColumns(out, members());
    addCodeColumns(out, supports());
    addCodeColumns(out, dwellings());
    addCodeColumns(out, leases());
    addCodeColumns(out, leaseReviews());
    addCodeColumns(out, referrals());
    addCodeColumns(out, diagnostics());
    out.append({QStringLiteral("diagnostic_domains"), QStringLiteral("domain"),
                ReferenceList::DiagnosticDomain, false});
    addCodeColumns(out, meetings());
    addCodeColumns(out, meetingParticipants());
    addCodeColumns(out, calDecisions());
    addCodeColumns(out, contracts());
    addCodeColumns(out, contractVersions());
    addCodeColumns(out, objectives());
    addCodeColumns(out, mobilisedPartners());
    addCodeColumns(out, contacts());
    addCodeColumns(out, alerts());
    addCodeColumns(out, committeeReviews());
    return out;
}

} // namespace Passerelle::Tables
