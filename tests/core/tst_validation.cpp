// Validation rules: each rule names the field it concerns, so that a form can show the message
// beside it. Tests assert on fields and kinds, never on the wording of messages.

#include "domain/Validation.h"

#include "TestDatabase.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;

Q_DECLARE_METATYPE(Passerelle::FieldProblem)

namespace {

const QDate Today(2024, 6, 15);
const QDate Tomorrow = Today.addDays(1);

QStringList fieldsOf(const Problems &problems)
{
    QStringList fields;
    for (const FieldProblem &p : problems)
        fields << p.field;
    return fields;
}

ReferenceCatalog builtInOnly()
{
    return {};
}

/// The built-in lists plus a few entries an administrator added.
ReferenceCatalog withCustomEntries()
{
    ReferenceCatalog refs;
    refs.addCustom(ReferenceList::ContactType, u"visio"_s, u"Visioconférence"_s, true);
    refs.addCustom(ReferenceList::ContactType, u"fax"_s, u"Télécopie"_s, false); // retired
    refs.addCustom(ReferenceList::Composition, u"colocation"_s, u"Colocation"_s, true);
    refs.addCustom(ReferenceList::Public, u"gens_du_voyage"_s, u"Gens du voyage"_s, true);
    refs.addCustom(ReferenceList::DiagnosticDomain, u"numerique"_s, u"Numérique"_s, true);
    refs.addCustom(ReferenceList::PlanAxis, u"mobilite"_s, u"Mobilité"_s, true);
    refs.addCustom(ReferenceList::SupportOutcome, u"mutation"_s, u"Mutation interne"_s, true);
    refs.addCustom(ReferenceList::AlertType, u"sur_occupation"_s, u"Sur-occupation"_s, true);
    refs.addCustom(ReferenceList::FundingSource, u"europe"_s, u"Fonds européens"_s, true);
    return refs;
}

// Valid records, each test breaking one rule of a copy.

Agency validAgency()
{
    Agency a;
    a.code = u"TLS-NORD"_s;
    a.name = u"Agence Toulouse Nord"_s;
    return a;
}

User validUser()
{
    User u;
    u.login = u"hdupont"_s;
    u.displayName = u"Hélène Dupont"_s;
    u.role = u"cesf"_s;
    u.agencyId = 1;
    return u;
}

Partner validPartner()
{
    Partner p;
    p.code = u"UCRM"_s;
    p.name = u"UCRM"_s;
    p.kind = u"association"_s;
    p.fields = {u"acces_maintien"_s, u"mediation"_s};
    PartnerContact contact;
    contact.name = u"Marie Laurent"_s;
    p.contacts << contact;
    PartnerAgreement agreement;
    agreement.startDate = QDate(2023, 1, 1);
    agreement.endDate = QDate(2025, 12, 31);
    agreement.dwellingsReserved = 10;
    agreement.amount = 4'950'000;
    p.agreements << agreement;
    return p;
}

Action validAction()
{
    Action a;
    a.code = u"LAAVA"_s;
    a.name = u"Logement Accompagné Adapté Vers l'Autonomie"_s;
    a.callYear = 2015;
    a.category = u"acces"_s;
    a.publics = {u"sortant_detention"_s, u"troubles_psychiques"_s};
    a.startDate = QDate(2015, 1, 1);
    a.endDate = QDate(2017, 12, 31);
    a.targetNewEntrants = 10;
    a.targetExistingTenants = 15;
    a.budget = 4'950'000;
    FundingLine line;
    line.source = u"fnavdl_hlm_accompagnes"_s;
    line.amountGranted = 3'700'000;
    line.amountReceived = 1'850'000;
    a.fundingLines << line;
    Expense expense;
    expense.date = QDate(2016, 3, 1);
    expense.category = u"accompagnement"_s;
    expense.amount = 120'000;
    a.expenses << expense;
    return a;
}

Member member(const QString &lastName, const QString &role, const QDate &birthDate)
{
    Member m;
    m.lastName = lastName;
    m.firstName = u"Prénom"_s;
    m.role = role;
    m.birthDate = birthDate;
    return m;
}

Household validHousehold()
{
    Household h;
    h.reference = u"M-2024-001"_s;
    h.agencyId = 1;
    h.composition = u"famille_monoparentale"_s;
    h.publics = {u"jeune_ase"_s};
    h.monthlyResources = 95'000;
    h.resourcesKnown = true;
    h.mainResourceSource = u"rsa"_s;
    h.resourceSources = {u"prestations_familiales"_s, u"rsa"_s};
    h.priorSituation = u"chrs"_s;
    h.consentDate = Today;
    h.members << member(u"DUPONT"_s, u"titulaire"_s, QDate(1995, 3, 12))
              << member(u"DUPONT"_s, u"enfant"_s, QDate(2018, 5, 1));
    return h;
}

Support validSupport()
{
    Support s;
    s.householdId = 1;
    s.actionId = 1;
    s.householdKind = u"nouvel_entrant"_s;
    s.intensity = u"soutenue"_s;
    s.startDate = QDate(2023, 1, 1);
    s.endDate = QDate(2023, 12, 31);
    s.outcome = u"autonomie"_s;
    return s;
}

PostSupportCheck validCheck(int offsetMonths)
{
    PostSupportCheck p;
    p.supportId = 1;
    p.offsetMonths = offsetMonths;
    p.dueDate = QDate(2019, 12, 31).addMonths(offsetMonths);
    p.doneDate = p.dueDate;
    p.stillHoused = true;
    return p;
}

Dwelling validDwelling()
{
    Dwelling d;
    d.address = u"12 rue des Lilas"_s;
    d.postalCode = u"31200"_s;
    d.commune = u"Toulouse"_s;
    d.typology = u"t3"_s;
    d.rent = 45'000;
    d.charges = 8'000;
    return d;
}

Lease validLease()
{
    Lease l;
    l.householdId = 1;
    l.dwellingId = 1;
    l.type = u"bail_glissant"_s;
    l.startReason = u"entree"_s;
    l.startDate = QDate(2023, 1, 15);
    l.endDate = QDate(2024, 1, 14);
    l.expectedGlissementDate = QDate(2024, 1, 15);
    return l;
}

LeaseReview validLeaseReview()
{
    LeaseReview r;
    r.leaseId = 1;
    r.date = QDate(2023, 7, 15);
    r.outcome = u"poursuite_sous_location"_s;
    return r;
}

Referral validReferral()
{
    Referral r;
    r.householdId = 1;
    r.actionId = 1;
    r.date = QDate(2022, 11, 1);
    r.outcome = u"acceptee"_s;
    r.outcomeDate = QDate(2022, 12, 1);
    return r;
}

DiagnosticDomainAssessment assessment(const QString &domain, DiagnosticLevel level)
{
    DiagnosticDomainAssessment a;
    a.domain = domain;
    a.level = level;
    return a;
}

Diagnostic validDiagnostic()
{
    Diagnostic d;
    d.householdId = 1;
    d.date = QDate(2022, 12, 10);
    d.kind = u"entree"_s;
    d.recommendedIntensity = u"soutenue"_s;
    d.recommendedLeaseType = u"bail_glissant"_s;
    d.partnersToMobilise = {u"mediation"_s};
    d.domains << assessment(u"acces_droits"_s, DiagnosticLevel::Light)
              << assessment(u"dettes_impayes"_s, DiagnosticLevel::Important)
              << assessment(u"sante"_s, DiagnosticLevel::NotEvaluated)
              << assessment(u"mobilite"_s, DiagnosticLevel::Major)
              << assessment(u"isolement"_s, DiagnosticLevel::None);
    return d;
}

TripartiteMeeting validMeeting()
{
    TripartiteMeeting m;
    m.householdId = 1;
    m.date = QDate(2022, 12, 20);
    m.purpose = u"entree"_s;
    m.outcome = u"favorable"_s;
    MeetingParticipant landlord;
    landlord.party = u"bailleur"_s;
    MeetingParticipant household;
    household.party = u"menage"_s;
    m.participants << landlord << household;
    return m;
}

CalDecision validCalDecision()
{
    CalDecision d;
    d.householdId = 1;
    d.date = QDate(2023, 1, 5);
    d.decision = u"attribution"_s;
    return d;
}

ContractVersion version(int number, const QString &kind, const QDate &start, const QDate &end)
{
    ContractVersion v;
    v.number = number;
    v.kind = kind;
    v.startDate = start;
    v.endDate = end;
    return v;
}

SupportContract validContract()
{
    SupportContract k;
    k.householdId = 1;
    k.actionId = 1;
    k.durationMonths = 12;
    k.meetingFrequency = u"mensuelle"_s;
    k.versions << version(1, u"initial"_s, QDate(2023, 1, 15), QDate(2024, 1, 14))
               << version(2, u"renouvellement"_s, QDate(2024, 1, 15), QDate(2024, 7, 14));
    return k;
}

SupportPlan validPlan()
{
    SupportPlan p;
    p.householdId = 1;
    p.actionId = 1;
    Objective o;
    o.axis = u"budget_loyer"_s;
    o.title = u"Payer le loyer chaque mois"_s;
    o.status = u"en_cours"_s;
    p.objectives << o;
    MobilisedPartner m;
    m.partnerId = 2;
    m.need = u"mediation"_s;
    m.startDate = QDate(2023, 3, 1);
    m.endDate = QDate(2023, 6, 30);
    p.partners << m;
    return p;
}

Contact validContact()
{
    Contact k;
    k.householdId = 1;
    k.date = Today;
    k.type = u"visite_domicile"_s;
    k.durationMinutes = 60;
    return k;
}

Alert validAlert()
{
    Alert a;
    a.householdId = 1;
    a.date = QDate(2024, 2, 1);
    a.type = u"impayes_loyer"_s;
    a.amount = 120'000;
    a.closedDate = QDate(2024, 4, 1);
    return a;
}

CommitteeReview review(Id householdId, const QString &decision)
{
    CommitteeReview r;
    r.householdId = householdId;
    r.decision = decision;
    return r;
}

FollowUpCommittee validCommittee()
{
    FollowUpCommittee k;
    k.agencyId = 1;
    k.date = QDate(2024, 5, 14);
    k.reviews << review(1, u"poursuite"_s) << review(2, QString());
    return k;
}

/// Adds a row: the problems found and the fields they must name, in order.
void row(const char *name, const Problems &problems, const QStringList &fields)
{
    QTest::newRow(name) << problems << fields;
}

void addColumns()
{
    QTest::addColumn<Problems>("problems");
    QTest::addColumn<QStringList>("fields");
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validRecords_data();
    void validRecords() { verify(); }
    void requiredFields_data();
    void requiredFields() { verify(); }
    void dateOrder_data();
    void dateOrder() { verify(); }
    void futureDates_data();
    void futureDates() { verify(); }
    void tooOldDates_data();
    void tooOldDates() { verify(); }
    void codes_data();
    void codes() { verify(); }
    void money_data();
    void money() { verify(); }
    void diagnosticDomains_data();
    void diagnosticDomains() { verify(); }
    void householdMembers_data();
    void householdMembers() { verify(); }
    void contracts_data();
    void contracts() { verify(); }
    void committees_data();
    void committees() { verify(); }
    void supportEnd_data();
    void supportEnd() { verify(); }
    void postSupportChecks_data();
    void postSupportChecks() { verify(); }
    void entityCodesAndMisc_data();
    void entityCodesAndMisc() { verify(); }
    void earliestDate();
    void toStatusOfNoProblemIsSuccess();
    void toStatusIsValidationError();
    void toStatusListsEachMessageOnce();

private:
    static void verify();
};

void TestValidation::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
}

void TestValidation::verify()
{
    QFETCH(Problems, problems);
    QFETCH(QStringList, fields);
    QCOMPARE(fieldsOf(problems), fields);
    for (const FieldProblem &p : std::as_const(problems)) {
        QVERIFY2(!p.message.trimmed().isEmpty(), qPrintable(p.field));
        // Every message reads as a sentence, whatever the field's name put first.
        QVERIFY2(!p.message.at(0).isLower(), qPrintable(p.message));
    }
}

void TestValidation::validRecords_data()
{
    addColumns();
    const ReferenceCatalog refs = builtInOnly();
    const QStringList none;
    row("agency", Validation::check(validAgency()), none);
    row("user", Validation::check(validUser(), refs), none);
    User head = validUser();
    head.role = u"responsable_pole_social"_s;
    head.agencyId = 0;
    row("head-office user without agency", Validation::check(head, refs), none);
    row("partner", Validation::check(validPartner(), refs), none);
    row("action", Validation::check(validAction(), refs), none);
    row("household", Validation::check(validHousehold(), refs, Today), none);
    Household minimal;
    minimal.reference = u"M-1"_s;
    minimal.agencyId = 3;
    minimal.members << member(u"MARTIN"_s, u"titulaire"_s, QDate());
    row("minimal household", Validation::check(minimal, refs, Today), none);
    row("ended support", Validation::check(validSupport(), refs), none);
    Support running = validSupport();
    running.endDate = QDate();
    running.outcome.clear();
    row("running support", Validation::check(running, refs), none);
    Support planned = running;
    planned.startDate = QDate();
    row("support not started yet", Validation::check(planned, refs), none);
    row("post-support check", Validation::check(validCheck(6), Today), none);
    row("dwelling", Validation::check(validDwelling(), refs), none);
    row("lease", Validation::check(validLease(), refs), none);
    row("lease review", Validation::check(validLeaseReview(), refs), none);
    row("referral", Validation::check(validReferral(), refs, Today), none);
    row("diagnostic", Validation::check(validDiagnostic(), refs, Today), none);
    row("meeting", Validation::check(validMeeting(), refs), none);
    row("CAL decision", Validation::check(validCalDecision(), refs), none);
    row("contract", Validation::check(validContract(), refs), none);
    row("plan", Validation::check(validPlan(), refs), none);
    row("contact", Validation::check(validContact(), refs, Today), none);
    row("alert", Validation::check(validAlert(), refs, Today), none);
    Alert open = validAlert();
    open.closedDate = QDate();
    open.amount.reset();
    row("open alert", Validation::check(open, refs, Today), none);
    row("committee", Validation::check(validCommittee(), refs), none);
}

void TestValidation::requiredFields_data()
{
    addColumns();
    const ReferenceCatalog refs = builtInOnly();
    {
        Agency a = validAgency();
        a.code.clear();
        row("agency code", Validation::check(a), {u"code"_s});
        a = validAgency();
        a.name = u"   "_s;
        row("agency name", Validation::check(a), {u"name"_s});
    }
    {
        User u = validUser();
        u.login.clear();
        row("user login", Validation::check(u, refs), {u"login"_s});
        u = validUser();
        u.displayName.clear();
        row("user name", Validation::check(u, refs), {u"displayName"_s});
        u = validUser();
        u.role.clear();
        row("user role", Validation::check(u, refs), {u"role"_s});
        u = validUser();
        u.agencyId = 0;
        row("CESF without agency", Validation::check(u, refs), {u"agencyId"_s});
    }
    {
        Partner p = validPartner();
        p.name.clear();
        row("partner name", Validation::check(p, refs), {u"name"_s});
        p = validPartner();
        p.contacts[0].name = u" "_s;
        row("partner contact name", Validation::check(p, refs), {u"contacts[0].name"_s});
        p = validPartner();
        p.agreements[0].startDate = QDate();
        row("agreement start", Validation::check(p, refs), {u"agreements[0].startDate"_s});
    }
    {
        Action a = validAction();
        a.name.clear();
        row("action name", Validation::check(a, refs), {u"name"_s});
        a = validAction();
        a.fundingLines[0].source.clear();
        row("funding source", Validation::check(a, refs), {u"fundingLines[0].source"_s});
        a = validAction();
        a.expenses[0].date = QDate();
        row("expense date", Validation::check(a, refs), {u"expenses[0].date"_s});
    }
    {
        Household h = validHousehold();
        h.reference.clear();
        row("household reference", Validation::check(h, refs, Today), {u"reference"_s});
        h = validHousehold();
        h.agencyId = 0;
        row("household agency", Validation::check(h, refs, Today), {u"agencyId"_s});
        h = validHousehold();
        h.members[1].lastName = u"  "_s;
        row("member last name", Validation::check(h, refs, Today), {u"members[1].lastName"_s});
        h = validHousehold();
        h.members[1].role.clear();
        row("member role", Validation::check(h, refs, Today), {u"members[1].role"_s});
    }
    {
        Support s = validSupport();
        s.actionId = 0;
        row("support action", Validation::check(s, refs), {u"actionId"_s});
        s = validSupport();
        s.householdKind.clear();
        row("support household kind", Validation::check(s, refs), {u"householdKind"_s});
    }
    {
        Dwelling d = validDwelling();
        d.address.clear();
        row("dwelling address", Validation::check(d, refs), {u"address"_s});
        d.reference = u"LOG-0042"_s;
        row("dwelling reference instead of address", Validation::check(d, refs), {});
    }
    {
        Lease l = validLease();
        l.dwellingId = 0;
        row("lease dwelling", Validation::check(l, refs), {u"dwellingId"_s});
        l = validLease();
        l.type.clear();
        row("lease type", Validation::check(l, refs), {u"type"_s});
        l = validLease();
        l.startDate = QDate();
        row("lease start", Validation::check(l, refs), {u"startDate"_s});
        LeaseReview r = validLeaseReview();
        r.date = QDate();
        row("lease review date", Validation::check(r, refs), {u"date"_s});
    }
    {
        Referral r = validReferral();
        r.actionId = 0;
        row("referral action", Validation::check(r, refs, Today), {u"actionId"_s});
    }
    {
        Diagnostic d = validDiagnostic();
        d.date = QDate();
        row("diagnostic date", Validation::check(d, refs, Today), {u"date"_s});
        d = validDiagnostic();
        d.kind.clear();
        row("diagnostic kind", Validation::check(d, refs, Today), {u"kind"_s});
        d = validDiagnostic();
        d.domains[1].domain.clear();
        row("diagnostic domain", Validation::check(d, refs, Today), {u"domains[1].domain"_s});
    }
    {
        TripartiteMeeting m = validMeeting();
        m.date = QDate();
        row("meeting date", Validation::check(m, refs), {u"date"_s});
        m = validMeeting();
        m.participants[1].party.clear();
        row("participant party", Validation::check(m, refs), {u"participants[1].party"_s});
        CalDecision d = validCalDecision();
        d.date = QDate();
        row("CAL date", Validation::check(d, refs), {u"date"_s});
        d = validCalDecision();
        d.decision.clear();
        row("CAL decision", Validation::check(d, refs), {u"decision"_s});
    }
    {
        SupportContract k = validContract();
        k.actionId = 0;
        row("contract action", Validation::check(k, refs), {u"actionId"_s});
        k = validContract();
        k.versions[0].kind.clear();
        row("contract version kind", Validation::check(k, refs), {u"versions[0].kind"_s});
    }
    {
        SupportPlan p = validPlan();
        p.actionId = 0;
        row("plan action", Validation::check(p, refs), {u"actionId"_s});
        p = validPlan();
        p.objectives[0].axis.clear();
        row("objective axis", Validation::check(p, refs), {u"objectives[0].axis"_s});
        p = validPlan();
        p.objectives[0].title = u" "_s;
        row("objective title", Validation::check(p, refs), {u"objectives[0].title"_s});
        p = validPlan();
        p.objectives[0].status.clear();
        row("objective status", Validation::check(p, refs), {u"objectives[0].status"_s});
        p = validPlan();
        p.partners[0].partnerId = 0;
        row("mobilised partner", Validation::check(p, refs), {u"partners[0].partnerId"_s});
    }
    {
        Contact k = validContact();
        k.date = QDate();
        row("contact date", Validation::check(k, refs, Today), {u"date"_s});
        k = validContact();
        k.type.clear();
        row("contact type", Validation::check(k, refs, Today), {u"type"_s});
        Alert a = validAlert();
        a.date = QDate();
        row("alert date", Validation::check(a, refs, Today), {u"date"_s});
        a = validAlert();
        a.type.clear();
        row("alert type", Validation::check(a, refs, Today), {u"type"_s});
    }
    {
        FollowUpCommittee k = validCommittee();
        k.agencyId = 0;
        row("committee agency", Validation::check(k, refs), {u"agencyId"_s});
        k = validCommittee();
        k.date = QDate();
        row("committee date", Validation::check(k, refs), {u"date"_s});
        k = validCommittee();
        k.reviews[1].householdId = 0;
        row("reviewed household", Validation::check(k, refs), {u"reviews[1].householdId"_s});
    }
}

void TestValidation::dateOrder_data()
{
    addColumns();
    const ReferenceCatalog refs = builtInOnly();
    {
        Support s = validSupport();
        s.endDate = s.startDate.addDays(-1);
        row("support end before start", Validation::check(s, refs), {u"endDate"_s});
        s.endDate = s.startDate;
        row("support of one day", Validation::check(s, refs), {});
        s = validSupport();
        s.startDate = QDate();
        row("support end without start", Validation::check(s, refs), {u"startDate"_s});
    }
    {
        Lease l = validLease();
        l.endDate = l.startDate.addDays(-1);
        row("lease end before start", Validation::check(l, refs), {u"endDate"_s});
        l = validLease();
        l.expectedGlissementDate = l.startDate.addMonths(-1);
        row("glissement before lease start", Validation::check(l, refs),
            {u"expectedGlissementDate"_s});
    }
    {
        Partner p = validPartner();
        p.agreements[0].endDate = p.agreements[0].startDate.addDays(-1);
        row("agreement end before start", Validation::check(p, refs),
            {u"agreements[0].endDate"_s});
        p.agreements[0].endDate = QDate();
        row("open-ended agreement", Validation::check(p, refs), {});
    }
    {
        Action a = validAction();
        a.endDate = a.startDate.addYears(-1);
        row("action end before start", Validation::check(a, refs), {u"endDate"_s});
    }
    {
        Alert a = validAlert();
        a.closedDate = a.date.addDays(-1);
        row("alert closed before opened", Validation::check(a, refs, Today), {u"closedDate"_s});
        a.closedDate = a.date;
        row("alert closed the same day", Validation::check(a, refs, Today), {});
    }
    {
        Referral r = validReferral();
        r.outcomeDate = r.date.addDays(-1);
        row("referral outcome before referral", Validation::check(r, refs, Today),
            {u"outcomeDate"_s});
        r.outcomeDate = r.date;
        row("referral outcome the same day", Validation::check(r, refs, Today), {});
    }
    {
        SupportContract k = validContract();
        k.versions[1].endDate = k.versions[1].startDate.addDays(-1);
        row("contract version end before start", Validation::check(k, refs),
            {u"versions[1].endDate"_s});
    }
    {
        SupportPlan p = validPlan();
        p.partners[0].endDate = p.partners[0].startDate.addDays(-1);
        row("mobilisation end before start", Validation::check(p, refs),
            {u"partners[0].endDate"_s});
    }
}

void TestValidation::futureDates_data()
{
    addColumns();
    const ReferenceCatalog refs = builtInOnly();
    {
        Contact k = validContact();
        k.date = Tomorrow;
        row("contact tomorrow", Validation::check(k, refs, Today), {u"date"_s});
        k.date = Today;
        row("contact today", Validation::check(k, refs, Today), {});
    }
    {
        Alert a = validAlert();
        a.date = Tomorrow;
        a.closedDate = QDate();
        row("alert tomorrow", Validation::check(a, refs, Today), {u"date"_s});
        a.date = Today;
        row("alert today", Validation::check(a, refs, Today), {});
    }
    {
        Diagnostic d = validDiagnostic();
        d.date = Tomorrow;
        row("diagnostic tomorrow", Validation::check(d, refs, Today), {u"date"_s});
        d.date = Today;
        row("diagnostic today", Validation::check(d, refs, Today), {});
    }
    {
        Referral r = validReferral();
        r.date = Tomorrow;
        r.outcome = u"en_cours"_s;
        r.outcomeDate = QDate();
        row("referral tomorrow", Validation::check(r, refs, Today), {u"date"_s});
        r.date = Today;
        row("referral today", Validation::check(r, refs, Today), {});
    }
    {
        Household h = validHousehold();
        h.consentDate = Tomorrow;
        row("consent tomorrow", Validation::check(h, refs, Today), {u"consentDate"_s});
        h = validHousehold();
        h.members[0].birthDate = Tomorrow;
        row("birth tomorrow", Validation::check(h, refs, Today), {u"members[0].birthDate"_s});
        h.members[0].birthDate = Today;
        row("birth today", Validation::check(h, refs, Today), {});
        h.members[1].birthDate = QDate(1899, 12, 31);
        row("birth before 1900", Validation::check(h, refs, Today),
            {u"members[1].birthDate"_s});
    }
}

void TestValidation::tooOldDates_data()
{
    addColumns();
    const ReferenceCatalog refs = builtInOnly();
    {
        Contact k = validContact();
        k.date = QDate(1989, 12, 31);
        row("contact in 1989", Validation::check(k, refs, Today), {u"date"_s});
        k.date = QDate(1990, 1, 1);
        row("contact on 1 January 1990", Validation::check(k, refs, Today), {});
    }
    {
        Lease l = validLease();
        l.startDate = QDate(1985, 1, 1);
        row("lease started in 1985", Validation::check(l, refs), {u"startDate"_s});
    }
    {
        Referral r = validReferral();
        r.date = QDate(1989, 6, 1);
        r.outcomeDate = QDate();
        row("referral in 1989", Validation::check(r, refs, Today), {u"date"_s});
    }
    {
        Support s = validSupport();
        s.startDate = QDate(1980, 1, 1);
        row("support started in 1980", Validation::check(s, refs), {u"startDate"_s});
    }
    {
        TripartiteMeeting m = validMeeting();
        m.date = QDate(1989, 1, 1);
        row("meeting in 1989", Validation::check(m, refs), {u"date"_s});
        CalDecision d = validCalDecision();
        d.date = QDate(1989, 1, 1);
        row("CAL in 1989", Validation::check(d, refs), {u"date"_s});
    }
}

void TestValidation::codes_data()
{
    addColumns();
    const ReferenceCatalog refs = builtInOnly();
    const ReferenceCatalog custom = withCustomEntries();
    {
        Household h = validHousehold();
        h.composition = u"inconnu"_s;
        row("unknown composition", Validation::check(h, refs, Today), {u"composition"_s});
        h.composition = u"colocation"_s;
        row("unknown composition, built-ins only", Validation::check(h, refs, Today),
            {u"composition"_s});
        row("custom composition", Validation::check(h, custom, Today), {});
        h = validHousehold();
        h.publics = {u"dalo"_s, u"inconnu"_s};
        row("unknown public", Validation::check(h, refs, Today), {u"publics"_s});
        h.publics = {u"dalo"_s, u"gens_du_voyage"_s};
        row("custom public", Validation::check(h, custom, Today), {});
        h.publics = {u"dalo"_s, u"dalo"_s};
        row("public listed twice", Validation::check(h, refs, Today), {u"publics"_s});
        h = validHousehold();
        h.mainResourceSource = u"loto"_s;
        row("unknown resource", Validation::check(h, refs, Today), {u"mainResourceSource"_s});
        h = validHousehold();
        h.resourceSources = {u"rsa"_s, u"loto"_s};
        row("unknown resource source", Validation::check(h, refs, Today),
            {u"resourceSources"_s});
        h = validHousehold();
        h.priorSituation = u"Détention"_s; // a label is not a code
        row("label instead of code", Validation::check(h, refs, Today), {u"priorSituation"_s});
        h = validHousehold();
        h.members[1].role = u"chef"_s;
        row("unknown member role", Validation::check(h, refs, Today), {u"members[1].role"_s});
    }
    {
        Contact k = validContact();
        k.type = u"visio"_s;
        row("unknown contact type", Validation::check(k, refs, Today), {u"type"_s});
        row("custom contact type", Validation::check(k, custom, Today), {});
        k.type = u"fax"_s;
        row("retired custom contact type", Validation::check(k, custom, Today), {});
        k.type = u"dalo"_s;
        row("code of another list", Validation::check(k, custom, Today), {u"type"_s});
    }
    {
        Alert a = validAlert();
        a.type = u"sur_occupation"_s;
        row("unknown alert type", Validation::check(a, refs, Today), {u"type"_s});
        row("custom alert type", Validation::check(a, custom, Today), {});
    }
    {
        Diagnostic d = validDiagnostic();
        d.domains[0].domain = u"numerique"_s;
        row("unknown domain", Validation::check(d, refs, Today), {u"domains[0].domain"_s});
        row("custom domain", Validation::check(d, custom, Today), {});
        d = validDiagnostic();
        d.kind = u"finale"_s;
        row("unknown diagnostic kind", Validation::check(d, custom, Today), {u"kind"_s});
        d = validDiagnostic();
        d.recommendedLeaseType = u"bail_mobilite"_s;
        row("unknown lease type recommended", Validation::check(d, refs, Today),
            {u"recommendedLeaseType"_s});
        d = validDiagnostic();
        d.partnersToMobilise = {u"mediation"_s, u"astrologie"_s};
        row("unknown partner field", Validation::check(d, refs, Today),
            {u"partnersToMobilise"_s});
    }
    {
        Support s = validSupport();
        s.outcome = u"mutation"_s;
        row("unknown outcome", Validation::check(s, refs), {u"outcome"_s});
        row("custom outcome", Validation::check(s, custom), {});
        s = validSupport();
        s.householdKind = u"ancien"_s;
        row("unknown household kind", Validation::check(s, custom), {u"householdKind"_s});
    }
    {
        SupportPlan p = validPlan();
        p.objectives[0].axis = u"mobilite"_s;
        row("unknown axis", Validation::check(p, refs), {u"objectives[0].axis"_s});
        row("custom axis", Validation::check(p, custom), {});
        p = validPlan();
        p.objectives[0].status = u"fini"_s;
        row("unknown objective status", Validation::check(p, refs),
            {u"objectives[0].status"_s});
    }
    {
        Action a = validAction();
        a.fundingLines[0].source = u"europe"_s;
        row("unknown funding source", Validation::check(a, refs),
            {u"fundingLines[0].source"_s});
        row("custom funding source", Validation::check(a, custom), {});
        a = validAction();
        a.category = u"hebergement"_s;
        row("unknown action category", Validation::check(a, refs), {u"category"_s});
    }
    {
        Lease l = validLease();
        l.type = u"bail_mobilite"_s;
        row("unknown lease type", Validation::check(l, refs), {u"type"_s});
        Dwelling d = validDwelling();
        d.typology = u"t7"_s;
        row("unknown typology", Validation::check(d, refs), {u"typology"_s});
        User u = validUser();
        u.role = u"stagiaire"_s;
        row("unknown user role", Validation::check(u, refs), {u"role"_s});
        Partner p = validPartner();
        p.kind = u"club"_s;
        row("unknown partner kind", Validation::check(p, refs), {u"kind"_s});
        CalDecision c = validCalDecision();
        c.decision = u"peut_etre"_s;
        row("unknown CAL decision", Validation::check(c, refs), {u"decision"_s});
        FollowUpCommittee k = validCommittee();
        k.reviews[0].decision = u"peut_etre"_s;
        row("unknown committee decision", Validation::check(k, refs),
            {u"reviews[0].decision"_s});
    }
}

void TestValidation::money_data()
{
    addColumns();
    const ReferenceCatalog refs = builtInOnly();
    {
        Household h = validHousehold();
        h.monthlyResources = -1;
        row("negative resources", Validation::check(h, refs, Today), {u"monthlyResources"_s});
        h.monthlyResources = 0;
        row("no resources", Validation::check(h, refs, Today), {});
    }
    {
        Dwelling d = validDwelling();
        d.rent = -1;
        row("negative rent", Validation::check(d, refs), {u"rent"_s});
        d = validDwelling();
        d.charges = -500;
        row("negative charges", Validation::check(d, refs), {u"charges"_s});
        d = validDwelling();
        d.rent = 0;
        d.charges.reset();
        row("free rent, unknown charges", Validation::check(d, refs), {});
    }
    {
        Alert a = validAlert();
        a.amount = -100;
        row("negative arrears", Validation::check(a, refs, Today), {u"amount"_s});
    }
    {
        Action a = validAction();
        a.budget = -1;
        row("negative budget", Validation::check(a, refs), {u"budget"_s});
        a = validAction();
        a.fundingLines[0].amountGranted = -1;
        row("negative amount granted", Validation::check(a, refs),
            {u"fundingLines[0].amountGranted"_s});
        a = validAction();
        a.fundingLines[0].amountReceived = -1;
        row("negative amount received", Validation::check(a, refs),
            {u"fundingLines[0].amountReceived"_s});
        a = validAction();
        a.expenses[0].amount = -1;
        row("negative expense", Validation::check(a, refs), {u"expenses[0].amount"_s});
        a = validAction();
        a.targetNewEntrants = -1;
        row("negative target", Validation::check(a, refs), {u"targetNewEntrants"_s});
    }
    {
        Partner p = validPartner();
        p.agreements[0].amount = -1;
        row("negative agreement amount", Validation::check(p, refs),
            {u"agreements[0].amount"_s});
        p = validPartner();
        p.agreements[0].dwellingsReserved = -2;
        row("negative dwellings reserved", Validation::check(p, refs),
            {u"agreements[0].dwellingsReserved"_s});
    }
}

void TestValidation::diagnosticDomains_data()
{
    addColumns();
    const ReferenceCatalog refs = builtInOnly();
    Diagnostic d = validDiagnostic();
    d.domains << assessment(u"dettes_impayes"_s, DiagnosticLevel::Light);
    row("domain assessed twice", Validation::check(d, refs, Today), {u"domains[5].domain"_s});
    d = validDiagnostic();
    d.domains[2].level = DiagnosticLevel(4);
    row("level above 3", Validation::check(d, refs, Today), {u"domains[2].level"_s});
    d.domains[2].level = DiagnosticLevel(-2);
    row("level below not evaluated", Validation::check(d, refs, Today), {u"domains[2].level"_s});
    d = validDiagnostic();
    d.domains.clear();
    row("no domain filled in yet", Validation::check(d, refs, Today), {});
}

void TestValidation::householdMembers_data()
{
    addColumns();
    const ReferenceCatalog refs = builtInOnly();
    Household h = validHousehold();
    h.members[1].role = u"titulaire"_s;
    row("two titulaires", Validation::check(h, refs, Today), {u"members"_s});
    h.members[1].role = u"co_titulaire"_s;
    row("titulaire and co-titulaire", Validation::check(h, refs, Today), {});
    h.members[0].role = u"co_titulaire"_s;
    row("no titulaire", Validation::check(h, refs, Today), {});
    h.members.clear();
    row("no member", Validation::check(h, refs, Today), {u"members"_s});
}

void TestValidation::contracts_data()
{
    addColumns();
    const ReferenceCatalog refs = builtInOnly();
    const QStringList duration = {u"durationMonths"_s};
    for (const int months : {-3, 0, 61, 120}) {
        SupportContract k = validContract();
        k.durationMonths = months;
        QTest::addRow("%d months", months) << Validation::check(k, refs) << duration;
    }
    for (const int months : {1, 6, 12, 60}) {
        SupportContract k = validContract();
        k.durationMonths = months;
        QTest::addRow("%d months", months) << Validation::check(k, refs) << QStringList();
    }
    SupportContract k = validContract();
    k.versions[1].number = 3;
    row("versions 1, 3", Validation::check(k, refs), {u"versions[1].number"_s});
    k.versions[1].number = 1;
    row("versions 1, 1", Validation::check(k, refs), {u"versions[1].number"_s});
    k = validContract();
    k.versions.removeFirst();
    row("first version numbered 2", Validation::check(k, refs), {u"versions[0].number"_s});
    k = validContract();
    k.versions << version(3, u"avenant"_s, QDate(2024, 3, 1), QDate(2024, 7, 14));
    row("versions 1, 2, 3", Validation::check(k, refs), {});
    k.versions.clear();
    row("no version yet", Validation::check(k, refs), {});
}

void TestValidation::committees_data()
{
    addColumns();
    const ReferenceCatalog refs = builtInOnly();
    FollowUpCommittee k = validCommittee();
    k.reviews << review(1, u"renforcement"_s);
    row("household listed twice", Validation::check(k, refs), {u"reviews[2].householdId"_s});
    k = validCommittee();
    k.reviews.clear();
    row("no household yet", Validation::check(k, refs), {});
}

void TestValidation::supportEnd_data()
{
    addColumns();
    const ReferenceCatalog refs = builtInOnly();
    Support s = validSupport();
    s.outcome.clear();
    row("end date without outcome", Validation::check(s, refs), {u"outcome"_s});
    s = validSupport();
    s.endDate = QDate();
    row("outcome without end date", Validation::check(s, refs), {u"endDate"_s});
    s.outcome.clear();
    row("neither", Validation::check(s, refs), {});
}

void TestValidation::postSupportChecks_data()
{
    addColumns();
    for (const int offset : {6, 12, 24})
        QTest::addRow("+%d months", offset) << Validation::check(validCheck(offset), Today)
                                             << QStringList();
    for (const int offset : {-6, 0, 3, 18, 36})
        QTest::addRow("+%d months", offset) << Validation::check(validCheck(offset), Today)
                                             << QStringList(u"offsetMonths"_s);
    PostSupportCheck p = validCheck(12);
    p.doneDate = QDate();
    row("answer without date", Validation::check(p, Today), {u"doneDate"_s});
    p.stillHoused.reset();
    row("not done yet", Validation::check(p, Today), {});
    PostSupportCheck done = validCheck(6);
    done.doneDate = Today.addDays(1);
    row("done on a day still to come", Validation::check(done, Today), {u"doneDate"_s});
    done.doneDate = Today;
    row("done today", Validation::check(done, Today), {});
}

void TestValidation::entityCodesAndMisc_data()
{
    addColumns();
    const ReferenceCatalog refs = builtInOnly();
    Agency a = validAgency();
    a.code = u"Agence Nord"_s;
    row("code with a space", Validation::check(a), {u"code"_s});
    a.code = u"NORD-É"_s;
    row("code with an accent", Validation::check(a), {u"code"_s});
    a.code = QString(41, u'A');
    row("code of 41 characters", Validation::check(a), {u"code"_s});
    a.code = QString(40, u'A');
    row("code of 40 characters", Validation::check(a), {});
    Partner p = validPartner();
    p.code.clear();
    row("partner code", Validation::check(p, refs), {u"code"_s});
    Action action = validAction();
    action.code = u"-LAAVA"_s;
    row("action code starting with a dash", Validation::check(action, refs), {u"code"_s});
    action = validAction();
    action.callYear = 1989;
    row("call year 1989", Validation::check(action, refs), {u"callYear"_s});
    User u = validUser();
    u.login = u"h dupont"_s;
    row("login with a space", Validation::check(u, refs), {u"login"_s});
    Household h = validHousehold();
    h.reference = QString(41, u'M');
    row("reference of 41 characters", Validation::check(h, refs, Today), {u"reference"_s});
    Contact k = validContact();
    k.durationMinutes = -1;
    row("negative duration", Validation::check(k, refs, Today), {u"durationMinutes"_s});
    k.durationMinutes = 24 * 60 + 1;
    row("duration over a day", Validation::check(k, refs, Today), {u"durationMinutes"_s});
}

void TestValidation::earliestDate()
{
    QCOMPARE(Validation::earliestDate(), QDate(1990, 1, 1));
}

void TestValidation::toStatusOfNoProblemIsSuccess()
{
    const Status status = Validation::toStatus({});
    QVERIFY(status.ok());
    const ReferenceCatalog refs;
    QVERIFY(Validation::toStatus(Validation::check(validHousehold(), refs, Today)).ok());
}

void TestValidation::toStatusIsValidationError()
{
    const ReferenceCatalog refs;
    Household h = validHousehold();
    h.reference.clear();
    h.monthlyResources = -1;
    h.members[0].birthDate = Tomorrow;
    const Problems problems = Validation::check(h, refs, Today);
    const QStringList expected = {u"reference"_s, u"monthlyResources"_s,
                                  u"members[0].birthDate"_s};
    QCOMPARE(fieldsOf(problems), expected);

    const Status status = Validation::toStatus(problems);
    QVERIFY(!status.ok());
    QCOMPARE(int(status.error().kind), int(Error::Kind::Validation));
    QVERIFY(!status.error().message.isEmpty());
    for (const FieldProblem &p : problems) {
        QVERIFY2(status.error().message.contains(p.message), qPrintable(p.field));
        QVERIFY2(status.error().detail.contains(p.field), qPrintable(p.field));
    }
}

void TestValidation::toStatusListsEachMessageOnce()
{
    const Problems problems = {{u"a"_s, u"same"_s}, {u"b"_s, u"same"_s}, {u"c"_s, u"other"_s}};
    const Status status = Validation::toStatus(problems);
    QVERIFY(!status.ok());
    QCOMPARE(int(status.error().kind), int(Error::Kind::Validation));
    QCOMPARE(status.error().message.split(u'\n'), QStringList({u"same"_s, u"other"_s}));
    QVERIFY(status.error().detail.contains(u"a"_s));
    QVERIFY(status.error().detail.contains(u"b"_s));
    QVERIFY(status.error().detail.contains(u"c"_s));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
