#pragma once

#include "SqlTable.h"
#include "domain/Action.h"
#include "domain/Agency.h"
#include "domain/Audit.h"
#include "domain/Contract.h"
#include "domain/Diagnostic.h"
#include "domain/FollowUp.h"
#include "domain/Household.h"
#include "domain/Housing.h"
#include "domain/Meeting.h"
#include "domain/Partner.h"
#include "domain/Plan.h"
#include "domain/Referral.h"
#include "domain/Support.h"
#include "domain/User.h"

namespace Passerelle::Tables {

// The one place that knows how each value type maps to its table (see migrations/).

const Sql::Table<Agency> &agencies();
const Sql::Table<User> &users();
const Sql::Table<Partner> &partners();
const Sql::Table<PartnerContact> &partnerContacts();
const Sql::Table<PartnerAgreement> &partnerAgreements();
const Sql::Table<Action> &actions();
const Sql::Table<FundingLine> &fundingLines();
const Sql::Table<Expense> &expenses();
const Sql::Table<Household> &households();
const Sql::Table<Member> &members();
const Sql::Table<Support> &supports();
const Sql::Table<PostSupportCheck> &postSupportChecks();
const Sql::Table<Dwelling> &dwellings();
const Sql::Table<Lease> &leases();
const Sql::Table<LeaseReview> &leaseReviews();
const Sql::Table<Referral> &referrals();
const Sql::Table<Diagnostic> &diagnostics();
const Sql::Table<TripartiteMeeting> &meetings();
const Sql::Table<MeetingParticipant> &meetingParticipants();
const Sql::Table<CalDecision> &calDecisions();
const Sql::Table<SupportContract> &contracts();
const Sql::Table<ContractVersion> &contractVersions();
const Sql::Table<SupportPlan> &plans();
const Sql::Table<Objective> &objectives();
const Sql::Table<MobilisedPartner> &mobilisedPartners();
const Sql::Table<Contact> &contacts();
const Sql::Table<Alert> &alerts();
const Sql::Table<FollowUpCommittee> &committees();
const Sql::Table<CommitteeReview> &committeeReviews();
const Sql::Table<AuditEntry> &auditLog();

/// Every table of the schema, parents before children (for copies and counts).
QStringList allTableNames();

/// A column that holds codes of a reference list (one, or several joined with '|').
struct CodeColumn
{
    QString table;
    QString column;
    ReferenceList list;
    bool multiple = false;
};
/// Every code column of the schema (`passerelle check` reads each of their values).
QList<CodeColumn> codeColumns();

} // namespace Passerelle::Tables
