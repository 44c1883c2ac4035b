#include "TestBuilder.h"

#include "TestDatabase.h"
#include "storage/CommitteeRepository.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::Testing {
namespace {

Scope all()
{
    return TestDatabase::all();
}

} // namespace

void Builder::check(const Status &status)
{
    if (!status && m_error.isEmpty())
        m_error = status.error().fullText();
}

Id Builder::agency(const QString &code)
{
    Agency a;
    a.code = code;
    a.name = u"Agence "_s + code;
    check(AgencyRepository(m_db).save(all(), a));
    return a.id;
}

Id Builder::action(const QString &code)
{
    Action a;
    a.code = code;
    a.name = u"Dispositif "_s + code;
    check(ActionRepository(m_db).save(all(), a));
    return a.id;
}

Id Builder::partner(const QString &code)
{
    Partner p;
    p.code = code;
    p.name = u"Partenaire "_s + code;
    check(PartnerRepository(m_db).save(all(), p));
    return p.id;
}

Id Builder::household(const QString &reference, Id agency, const QStringList &publics,
                      const QString &composition, const QString &prior,
                      const QString &resource)
{
    Household h;
    h.reference = reference;
    h.agencyId = agency;
    h.publics = publics;
    h.composition = composition;
    h.priorSituation = prior;
    h.mainResourceSource = resource;
    Member m;
    m.lastName = u"NOM-"_s + reference;
    m.firstName = u"Prénom"_s;
    m.role = u"titulaire"_s;
    h.members << m;
    check(HouseholdRepository(m_db).save(all(), h));
    return h.id;
}

Id Builder::followed(const QString &reference, Id agency, Id action, const QDate &start,
                     const QDate &end)
{
    const Id h = household(reference, agency);
    if (start.isValid())
        support(h, action, start, end);
    return h;
}

Id Builder::support(Id household, Id action, const QDate &start, const QDate &end,
                    const QString &outcome, const QString &kind)
{
    Support s;
    s.householdId = household;
    s.actionId = action;
    s.householdKind = kind;
    s.startDate = start;
    s.endDate = end;
    s.outcome = end.isValid() && outcome.isEmpty() ? u"autonomie"_s : outcome;
    check(SupportRepository(m_db).save(all(), s));
    return s.id;
}

Id Builder::dwelling(bool qpv)
{
    Dwelling dw;
    dw.address = u"%1 rue du Test"_s.arg(++m_dwellings);
    dw.commune = u"Toulouse"_s;
    dw.qpv = qpv;
    check(DwellingRepository(m_db).save(all(), dw));
    return dw.id;
}

Id Builder::lease(Id household, const QDate &start, const QDate &end, bool qpv,
                  const QString &type, Id dwellingId)
{
    Lease l;
    l.householdId = household;
    l.dwellingId = dwellingId > 0 ? dwellingId : dwelling(qpv);
    l.type = type;
    l.startReason = u"entree"_s;
    l.startDate = start;
    l.endDate = end;
    check(LeaseRepository(m_db).save(all(), l));
    return l.id;
}

Id Builder::leaseOfType(Id household, const QString &type, const QDate &start, const QDate &end,
                        const QList<QDate> &reviews)
{
    const Id id = lease(household, start, end, false, type);
    for (const QDate &date : reviews)
        leaseReview(id, date);
    return id;
}

void Builder::leaseReview(Id lease, const QDate &date)
{
    LeaseReview r;
    r.leaseId = lease;
    r.date = date;
    r.outcome = u"poursuite_sous_location"_s;
    check(LeaseRepository(m_db).saveReview(all(), r));
}

void Builder::glissement(Id glissantLease, const QDate &date)
{
    auto direct = LeaseRepository(m_db).recordGlissement(all(), glissantLease, date);
    check(direct ? Status() : Status(direct.error()));
}

void Builder::contact(Id household, const QDate &date, const QString &type, Id action)
{
    Contact c;
    c.householdId = household;
    c.actionId = action;
    c.date = date;
    c.type = type;
    c.notes = u"Note confidentielle sur la santé"_s;
    check(ContactRepository(m_db).save(all(), c));
}

void Builder::referral(Id household, Id action, const QDate &date, const QString &outcome)
{
    Referral r;
    r.householdId = household;
    r.actionId = action;
    r.date = date;
    r.outcome = outcome;
    check(ReferralRepository(m_db).save(all(), r));
}

void Builder::mobilise(Id household, Id action, Id partner, const QDate &start,
                       const QDate &end)
{
    auto existing = PlanRepository(m_db).find(all(), household, action);
    SupportPlan p = existing && existing->has_value() ? **existing : SupportPlan{};
    p.householdId = household;
    p.actionId = action;
    MobilisedPartner m;
    m.partnerId = partner;
    m.startDate = start;
    m.endDate = end;
    p.partners << m;
    check(PlanRepository(m_db).save(all(), p));
}

void Builder::expense(Id action, const QDate &date, Cents amount)
{
    auto a = ActionRepository(m_db).get(action);
    if (!a)
        return check(a.error());
    Expense e;
    e.date = date;
    e.amount = amount;
    a->expenses << e;
    check(ActionRepository(m_db).save(all(), *a));
}

void Builder::funding(Id action, const QString &source, Cents received,
                      const QDate &receivedOn)
{
    auto a = ActionRepository(m_db).get(action);
    if (!a)
        return check(a.error());
    FundingLine f;
    f.source = source;
    f.amountGranted = received;
    f.amountReceived = received;
    f.receivedDate = receivedOn;
    a->fundingLines << f;
    check(ActionRepository(m_db).save(all(), *a));
}

void Builder::diagnostic(Id household, const QDate &date, const QString &kind,
                         const QList<DiagnosticDomainAssessment> &domains)
{
    Diagnostic g;
    g.householdId = household;
    g.date = date;
    g.kind = kind;
    g.author = u"Référente"_s;
    g.domains = domains;
    check(DiagnosticRepository(m_db).save(all(), g));
}

Id Builder::contract(Id household, Id action, const QList<QDate> &ends)
{
    SupportContract c;
    c.householdId = household;
    c.actionId = action;
    QDate start = ends.isEmpty() ? QDate() : ends.first().addMonths(-6);
    for (const QDate &end : ends) {
        ContractVersion v;
        v.number = int(c.versions.size()) + 1;
        v.kind = v.number == 1 ? u"initial"_s : u"renouvellement"_s;
        v.startDate = std::min(start, end);
        v.endDate = end;
        c.versions << v;
        start = end.addDays(1);
    }
    check(ContractRepository(m_db).save(all(), c));
    return c.id;
}

void Builder::objectives(Id household, Id action, const QList<std::pair<QString, QDate>> &items)
{
    SupportPlan p;
    p.householdId = household;
    p.actionId = action;
    p.notes = u"Observation confidentielle"_s;
    for (const auto &[status, target] : items) {
        Objective o;
        o.axis = u"budget_loyer"_s;
        o.title = u"Objectif confidentiel "_s + status;
        o.status = status;
        o.targetDate = target;
        p.objectives << o;
    }
    check(PlanRepository(m_db).save(all(), p));
}

Id Builder::alert(Id household, const QDate &date, const QDate &closed, const QString &type)
{
    Alert a;
    a.householdId = household;
    a.date = date;
    a.type = type;
    a.amount = 123456;
    a.description = u"Détail confidentiel"_s;
    a.closedDate = closed;
    a.resolution = closed.isValid() ? u"Réglé"_s : QString();
    check(AlertRepository(m_db).save(all(), a));
    return a.id;
}

Id Builder::meeting(Id household, const QDate &date, const QTime &time, const QString &outcome)
{
    TripartiteMeeting m;
    m.householdId = household;
    m.date = date;
    m.time = time;
    m.purpose = u"mi_parcours"_s;
    m.outcome = outcome;
    check(MeetingRepository(m_db).save(all(), m));
    return m.id;
}

Id Builder::committee(Id agency, const QDate &date, const QList<Id> &households)
{
    FollowUpCommittee c;
    c.agencyId = agency;
    c.date = date;
    c.time = QTime(14, 0);
    for (Id h : households) {
        CommitteeReview r;
        r.householdId = h;
        c.reviews << r;
    }
    check(CommitteeRepository(m_db).save(all(), c));
    return c.id;
}

} // namespace Passerelle::Testing
