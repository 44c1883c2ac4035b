#include "Validation.h"

#include "Consent.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Passerelle::Validation {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

QString sentence(QString message)
{
    if (!message.isEmpty())
        message[0] = message.at(0).toUpper();
    return message;
}

class Checker
{
public:
    explicit Checker(const ReferenceCatalog *refs = nullptr) : m_refs(refs) {}

    /// Every message reads as a sentence: it starts with a capital, whatever the field's name
    /// put first ("the end-of-support outcome is required").
    void fail(const QString &field, const QString &message)
    {
        m_problems.append({field, sentence(message)});
    }

    void required(const QString &field, const QString &value, const QString &what)
    {
        if (value.trimmed().isEmpty())
            fail(field, Msg::tr("%1 is required.").arg(what));
    }
    void requiredDate(const QString &field, const QDate &value, const QString &what)
    {
        if (!value.isValid())
            fail(field, Msg::tr("%1 is required.").arg(what));
    }
    void requiredLink(const QString &field, Id value, const QString &what)
    {
        if (value <= 0)
            fail(field, Msg::tr("%1 is required.").arg(what));
    }
    void code(const QString &field, ReferenceList list, const QString &value, bool isRequired,
              const QString &what)
    {
        if (value.isEmpty()) {
            if (isRequired)
                fail(field, Msg::tr("%1 is required.").arg(what));
            return;
        }
        if (m_refs && !m_refs->contains(list, value))
            fail(field, Msg::tr("“%1” is not a known value for %2.").arg(value, what));
    }
    void codes(const QString &field, ReferenceList list, const QStringList &values,
               const QString &what)
    {
        for (const QString &v : values) {
            if (v.isEmpty())
                fail(field, Msg::tr("%1 contains an empty value.").arg(what));
            code(field, list, v, false, what);
        }
        if (QSet<QString>(values.begin(), values.end()).size() != values.size())
            fail(field, Msg::tr("%1 lists the same value twice.").arg(what));
    }
    void order(const QString &field, const QDate &start, const QDate &end,
               const QString &startWhat, const QString &endWhat)
    {
        if (start.isValid() && end.isValid() && end < start)
            fail(field, Msg::tr("%1 (%2) is before %3 (%4).")
                            .arg(endWhat, end.toString(u"dd/MM/yyyy"), startWhat,
                                 start.toString(u"dd/MM/yyyy")));
    }
    void notFuture(const QString &field, const QDate &date, const QDate &today,
                   const QString &what)
    {
        if (date.isValid() && today.isValid() && date > today)
            fail(field, Msg::tr("%1 (%2) is in the future.").arg(what, date.toString(u"dd/MM/yyyy")));
    }
    void notTooOld(const QString &field, const QDate &date, const QString &what)
    {
        if (date.isValid() && date < earliestDate())
            fail(field, Msg::tr("%1 (%2) is before 1990.").arg(what, date.toString(u"dd/MM/yyyy")));
    }
    void notNegative(const QString &field, qint64 value, const QString &what)
    {
        if (value < 0)
            fail(field, Msg::tr("%1 cannot be negative.").arg(what));
    }
    void nested(const QString &prefix, const Problems &problems)
    {
        for (const FieldProblem &p : problems)
            m_problems.append({prefix + u'.' + p.field, p.message});
    }

    Problems problems() const { return m_problems; }

private:
    const ReferenceCatalog *m_refs;
    Problems m_problems;
};

QString indexed(const char *name, qsizetype i)
{
    return QString::fromLatin1(name) + u'[' + QString::number(i) + u']';
}

bool isValidEntityCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$"));
    return re.match(code).hasMatch();
}

void checkEntityCode(Checker &c, const QString &code)
{
    if (code.isEmpty())
        c.fail(QStringLiteral("code"), Msg::tr("The code is required."));
    else if (!isValidEntityCode(code))
        c.fail(QStringLiteral("code"),
               Msg::tr("The code “%1” may only use letters without accents, digits, “-”, “_” and “.” "
                  "(40 characters at most).")
                   .arg(code));
}

} // namespace

QDate earliestDate()
{
    return QDate(1990, 1, 1);
}

Problems check(const Agency &agency)
{
    Checker c;
    checkEntityCode(c, agency.code);
    c.required(QStringLiteral("name"), agency.name, Msg::tr("The agency's name"));
    return c.problems();
}

Problems check(const User &user, const ReferenceCatalog &refs)
{
    Checker c(&refs);
    c.required(QStringLiteral("login"), user.login, Msg::tr("The login"));
    if (user.login.contains(u' '))
        c.fail(QStringLiteral("login"), Msg::tr("The login cannot contain spaces."));
    c.required(QStringLiteral("displayName"), user.displayName, Msg::tr("The user's name"));
    c.code(QStringLiteral("role"), ReferenceList::UserRole, user.role, true, Msg::tr("the role"));
    if (user.role == u"cesf" && user.agencyId <= 0)
        c.fail(QStringLiteral("agencyId"), Msg::tr("A CESF advisor belongs to an agency."));
    return c.problems();
}

Problems check(const Partner &partner, const ReferenceCatalog &refs)
{
    Checker c(&refs);
    checkEntityCode(c, partner.code);
    c.required(QStringLiteral("name"), partner.name, Msg::tr("The partner's name"));
    c.code(QStringLiteral("kind"), ReferenceList::PartnerKind, partner.kind, false,
           Msg::tr("the kind of partner"));
    c.codes(QStringLiteral("fields"), ReferenceList::PartnerField, partner.fields,
            Msg::tr("the fields of action"));
    for (qsizetype i = 0; i < partner.contacts.size(); ++i) {
        Checker cc;
        cc.required(QStringLiteral("name"), partner.contacts[i].name, Msg::tr("The contact's name"));
        c.nested(indexed("contacts", i), cc.problems());
    }
    for (qsizetype i = 0; i < partner.agreements.size(); ++i) {
        const PartnerAgreement &a = partner.agreements[i];
        Checker ac;
        ac.requiredDate(QStringLiteral("startDate"), a.startDate,
                        Msg::tr("The start of the agreement"));
        ac.order(QStringLiteral("endDate"), a.startDate, a.endDate, Msg::tr("its start"),
                 Msg::tr("The end of the agreement"));
        if (a.dwellingsReserved && *a.dwellingsReserved < 0)
            ac.fail(QStringLiteral("dwellingsReserved"),
                    Msg::tr("The number of dwellings reserved cannot be negative."));
        ac.notNegative(QStringLiteral("amount"), a.amount, Msg::tr("The amount"));
        c.nested(indexed("agreements", i), ac.problems());
    }
    return c.problems();
}

Problems check(const Action &action, const ReferenceCatalog &refs)
{
    Checker c(&refs);
    checkEntityCode(c, action.code);
    c.required(QStringLiteral("name"), action.name, Msg::tr("The action's name"));
    c.code(QStringLiteral("category"), ReferenceList::ActionCategory, action.category, false,
           Msg::tr("the category"));
    c.codes(QStringLiteral("publics"), ReferenceList::Public, action.publics,
            Msg::tr("the publics targeted"));
    c.order(QStringLiteral("endDate"), action.startDate, action.endDate, Msg::tr("its start"),
            Msg::tr("The end of the action"));
    if (action.callYear && (*action.callYear < 1990 || *action.callYear > 2100))
        c.fail(QStringLiteral("callYear"), Msg::tr("The year of the call for projects is not valid."));
    c.notNegative(QStringLiteral("targetNewEntrants"), action.targetNewEntrants,
                  Msg::tr("The target number of new entrants"));
    c.notNegative(QStringLiteral("targetExistingTenants"), action.targetExistingTenants,
                  Msg::tr("The target number of existing tenants"));
    c.notNegative(QStringLiteral("budget"), action.budget, Msg::tr("The budget"));
    for (qsizetype i = 0; i < action.fundingLines.size(); ++i) {
        const FundingLine &f = action.fundingLines[i];
        Checker fc(&refs);
        fc.code(QStringLiteral("source"), ReferenceList::FundingSource, f.source, true,
                Msg::tr("the funding source"));
        fc.notNegative(QStringLiteral("amountGranted"), f.amountGranted, Msg::tr("The amount granted"));
        fc.notNegative(QStringLiteral("amountReceived"), f.amountReceived,
                       Msg::tr("The amount received"));
        c.nested(indexed("fundingLines", i), fc.problems());
    }
    for (qsizetype i = 0; i < action.expenses.size(); ++i) {
        const Expense &e = action.expenses[i];
        Checker ec(&refs);
        ec.requiredDate(QStringLiteral("date"), e.date, Msg::tr("The date of the expense"));
        ec.code(QStringLiteral("category"), ReferenceList::ExpenseCategory, e.category, false,
                Msg::tr("the category of expense"));
        ec.notNegative(QStringLiteral("amount"), e.amount, Msg::tr("The amount"));
        c.nested(indexed("expenses", i), ec.problems());
    }
    return c.problems();
}

Problems check(const Household &h, const ReferenceCatalog &refs, const QDate &today)
{
    Checker c(&refs);
    c.required(QStringLiteral("reference"), h.reference, Msg::tr("The file reference"));
    if (h.reference.size() > 40)
        c.fail(QStringLiteral("reference"), Msg::tr("The file reference is longer than 40 characters."));
    c.requiredLink(QStringLiteral("agencyId"), h.agencyId, Msg::tr("The agency"));
    c.code(QStringLiteral("composition"), ReferenceList::Composition, h.composition, false,
           Msg::tr("the composition"));
    c.codes(QStringLiteral("publics"), ReferenceList::Public, h.publics, Msg::tr("the publics"));
    c.code(QStringLiteral("mainResourceSource"), ReferenceList::ResourceSource,
           h.mainResourceSource, false, Msg::tr("the main source of income"));
    c.codes(QStringLiteral("resourceSources"), ReferenceList::ResourceSource, h.resourceSources,
            Msg::tr("the sources of income"));
    c.code(QStringLiteral("priorSituation"), ReferenceList::PriorSituation, h.priorSituation,
           false, Msg::tr("the situation before entry"));
    c.notNegative(QStringLiteral("monthlyResources"), h.monthlyResources,
                  Msg::tr("The monthly income"));
    c.notFuture(QStringLiteral("consentDate"), h.consentDate, today,
                Msg::tr("The date of consent"));
    for (const QString &code : h.consentInformation) {
        if (!Consent::isKnown(code)) {
            c.fail(QStringLiteral("consentInformation"),
                   Msg::tr("“%1” is not one of the things explained at consent.").arg(code));
        }
    }
    if (h.members.isEmpty())
        c.fail(QStringLiteral("members"), Msg::tr("A household has at least one member."));
    int holders = 0;
    for (qsizetype i = 0; i < h.members.size(); ++i) {
        const Member &m = h.members[i];
        Checker mc(&refs);
        mc.required(QStringLiteral("lastName"), m.lastName, Msg::tr("The member's last name"));
        mc.code(QStringLiteral("role"), ReferenceList::MemberRole, m.role, true,
                Msg::tr("the member's role"));
        mc.notFuture(QStringLiteral("birthDate"), m.birthDate, today, Msg::tr("The birth date"));
        if (m.birthDate.isValid() && m.birthDate.year() < 1900)
            mc.fail(QStringLiteral("birthDate"), Msg::tr("The birth date is before 1900."));
        holders += m.role == u"titulaire" ? 1 : 0;
        c.nested(indexed("members", i), mc.problems());
    }
    if (holders > 1)
        c.fail(QStringLiteral("members"), Msg::tr("A household has only one main tenant (titulaire)."));
    return c.problems();
}

Problems check(const Support &s, const ReferenceCatalog &refs)
{
    Checker c(&refs);
    c.requiredLink(QStringLiteral("actionId"), s.actionId, Msg::tr("The action"));
    c.code(QStringLiteral("householdKind"), ReferenceList::HouseholdKind, s.householdKind, true,
           Msg::tr("the kind of household"));
    c.code(QStringLiteral("intensity"), ReferenceList::SupportIntensity, s.intensity, false,
           Msg::tr("the support intensity"));
    c.notTooOld(QStringLiteral("startDate"), s.startDate, Msg::tr("The start of support"));
    if (s.endDate.isValid() && !s.startDate.isValid())
        c.fail(QStringLiteral("startDate"),
               Msg::tr("The start of support is required when its end is set."));
    c.order(QStringLiteral("endDate"), s.startDate, s.endDate, Msg::tr("its start"),
            Msg::tr("The end of support"));
    c.code(QStringLiteral("outcome"), ReferenceList::SupportOutcome, s.outcome,
           s.endDate.isValid(), Msg::tr("the end-of-support outcome"));
    if (!s.outcome.isEmpty() && !s.endDate.isValid())
        c.fail(QStringLiteral("endDate"),
               Msg::tr("The end of support is required when an outcome is given."));
    return c.problems();
}

Problems check(const PostSupportCheck &p, const QDate &today)
{
    Checker c;
    c.notFuture(QStringLiteral("doneDate"), p.doneDate, today, Msg::tr("The date of the check"));
    if (p.offsetMonths != 6 && p.offsetMonths != 12 && p.offsetMonths != 24)
        c.fail(QStringLiteral("offsetMonths"), Msg::tr("A check is made at +6, +12 or +24 months."));
    if (p.stillHoused.has_value() && !p.doneDate.isValid())
        c.fail(QStringLiteral("doneDate"), Msg::tr("The date of the check is required with its answer."));
    return c.problems();
}

Problems check(const Dwelling &d, const ReferenceCatalog &refs, DwellingAddress address)
{
    Checker c(&refs);
    if (d.address.trimmed().isEmpty() && d.reference.trimmed().isEmpty()) {
        if (address == DwellingAddress::Required)
            c.fail(QStringLiteral("address"), Msg::tr("The dwelling's address is required."));
        else if (d.commune.trimmed().isEmpty())
            c.fail(QStringLiteral("address"),
                   Msg::tr("Give the dwelling's address, or at least its commune."));
    }
    c.code(QStringLiteral("typology"), ReferenceList::Typology, d.typology, false,
           Msg::tr("the typology"));
    if (d.rent)
        c.notNegative(QStringLiteral("rent"), *d.rent, Msg::tr("The rent"));
    if (d.charges)
        c.notNegative(QStringLiteral("charges"), *d.charges, Msg::tr("The charges"));
    return c.problems();
}

Problems check(const Lease &l, const ReferenceCatalog &refs)
{
    Checker c(&refs);
    // A dwelling entered with the lease has a temporary (negative) id until the file is saved.
    if (l.dwellingId == 0)
        c.fail(QStringLiteral("dwellingId"), Msg::tr("%1 is required.").arg(Msg::tr("The dwelling")));
    c.code(QStringLiteral("type"), ReferenceList::LeaseType, l.type, true, Msg::tr("the lease type"));
    c.code(QStringLiteral("startReason"), ReferenceList::LeaseStartReason, l.startReason, false,
           Msg::tr("the reason the lease started"));
    c.requiredDate(QStringLiteral("startDate"), l.startDate, Msg::tr("The start of the lease"));
    c.notTooOld(QStringLiteral("startDate"), l.startDate, Msg::tr("The start of the lease"));
    c.order(QStringLiteral("endDate"), l.startDate, l.endDate, Msg::tr("its start"),
            Msg::tr("The end of the lease"));
    c.order(QStringLiteral("expectedGlissementDate"), l.startDate, l.expectedGlissementDate,
            Msg::tr("the start of the lease"), Msg::tr("The expected date of the glissement"));
    return c.problems();
}

Problems check(const LeaseReview &r, const ReferenceCatalog &refs)
{
    Checker c(&refs);
    c.requiredDate(QStringLiteral("date"), r.date, Msg::tr("The date of the review"));
    c.code(QStringLiteral("outcome"), ReferenceList::LeaseReviewOutcome, r.outcome, false,
           Msg::tr("the outcome of the review"));
    return c.problems();
}

Problems check(const Referral &r, const ReferenceCatalog &refs, const QDate &today)
{
    Checker c(&refs);
    c.requiredLink(QStringLiteral("actionId"), r.actionId, Msg::tr("The action"));
    c.notFuture(QStringLiteral("date"), r.date, today, Msg::tr("The date of the referral"));
    c.notTooOld(QStringLiteral("date"), r.date, Msg::tr("The date of the referral"));
    c.code(QStringLiteral("outcome"), ReferenceList::ReferralOutcome, r.outcome, false,
           Msg::tr("the outcome of the referral"));
    c.order(QStringLiteral("outcomeDate"), r.date, r.outcomeDate, Msg::tr("the referral"),
            Msg::tr("The date of the outcome"));
    return c.problems();
}

Problems check(const Diagnostic &d, const ReferenceCatalog &refs, const QDate &today)
{
    Checker c(&refs);
    c.requiredDate(QStringLiteral("date"), d.date, Msg::tr("The date of the diagnostic"));
    c.notFuture(QStringLiteral("date"), d.date, today, Msg::tr("The date of the diagnostic"));
    c.code(QStringLiteral("kind"), ReferenceList::DiagnosticKind, d.kind, true,
           Msg::tr("the kind of diagnostic"));
    c.code(QStringLiteral("recommendedIntensity"), ReferenceList::SupportIntensity,
           d.recommendedIntensity, false, Msg::tr("the recommended intensity"));
    c.code(QStringLiteral("recommendedLeaseType"), ReferenceList::LeaseType,
           d.recommendedLeaseType, false, Msg::tr("the recommended lease type"));
    c.codes(QStringLiteral("partnersToMobilise"), ReferenceList::PartnerField,
            d.partnersToMobilise, Msg::tr("the partners to mobilise"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < d.domains.size(); ++i) {
        const auto &a = d.domains[i];
        Checker dc(&refs);
        dc.code(QStringLiteral("domain"), ReferenceList::DiagnosticDomain, a.domain, true,
                Msg::tr("the domain"));
        if (seen.contains(a.domain))
            dc.fail(QStringLiteral("domain"), Msg::tr("The domain “%1” is assessed twice.").arg(a.domain));
        seen.insert(a.domain);
        const int level = int(a.level);
        if (level < -1 || level > 3)
            dc.fail(QStringLiteral("level"), Msg::tr("A level is 0, 1, 2, 3 or “not assessed”."));
        c.nested(indexed("domains", i), dc.problems());
    }
    return c.problems();
}

Problems check(const TripartiteMeeting &m, const ReferenceCatalog &refs)
{
    Checker c(&refs);
    c.requiredDate(QStringLiteral("date"), m.date, Msg::tr("The date of the meeting"));
    c.notTooOld(QStringLiteral("date"), m.date, Msg::tr("The date of the meeting"));
    c.code(QStringLiteral("purpose"), ReferenceList::MeetingPurpose, m.purpose, false,
           Msg::tr("the purpose of the meeting"));
    c.code(QStringLiteral("outcome"), ReferenceList::MeetingOutcome, m.outcome, false,
           Msg::tr("the outcome of the meeting"));
    for (qsizetype i = 0; i < m.participants.size(); ++i) {
        Checker pc(&refs);
        pc.code(QStringLiteral("party"), ReferenceList::MeetingParty, m.participants[i].party,
                true, Msg::tr("the participant's party"));
        c.nested(indexed("participants", i), pc.problems());
    }
    return c.problems();
}

Problems check(const CalDecision &d, const ReferenceCatalog &refs)
{
    Checker c(&refs);
    c.requiredDate(QStringLiteral("date"), d.date, Msg::tr("The date of the CAL"));
    c.notTooOld(QStringLiteral("date"), d.date, Msg::tr("The date of the CAL"));
    c.code(QStringLiteral("decision"), ReferenceList::CalDecision, d.decision, true,
           Msg::tr("the CAL decision"));
    return c.problems();
}

Problems check(const SupportContract &k, const ReferenceCatalog &refs)
{
    Checker c(&refs);
    c.requiredLink(QStringLiteral("actionId"), k.actionId, Msg::tr("The action"));
    if (k.durationMonths < 1 || k.durationMonths > 60)
        c.fail(QStringLiteral("durationMonths"),
               Msg::tr("The duration of the contract is between 1 and 60 months."));
    c.code(QStringLiteral("meetingFrequency"), ReferenceList::MeetingFrequency,
           k.meetingFrequency, false, Msg::tr("the meeting frequency"));
    for (qsizetype i = 0; i < k.versions.size(); ++i) {
        const ContractVersion &v = k.versions[i];
        Checker vc(&refs);
        if (v.number != i + 1)
            vc.fail(QStringLiteral("number"), Msg::tr("Contract versions are numbered 1, 2, 3…"));
        vc.code(QStringLiteral("kind"), ReferenceList::ContractVersionKind, v.kind, true,
                Msg::tr("the kind of version"));
        vc.order(QStringLiteral("endDate"), v.startDate, v.endDate, Msg::tr("its start"),
                 Msg::tr("The end of the contract"));
        c.nested(indexed("versions", i), vc.problems());
    }
    return c.problems();
}

Problems check(const SupportPlan &p, const ReferenceCatalog &refs)
{
    Checker c(&refs);
    c.requiredLink(QStringLiteral("actionId"), p.actionId, Msg::tr("The action"));
    for (qsizetype i = 0; i < p.objectives.size(); ++i) {
        const Objective &o = p.objectives[i];
        Checker oc(&refs);
        oc.code(QStringLiteral("axis"), ReferenceList::PlanAxis, o.axis, true, Msg::tr("the axis"));
        oc.required(QStringLiteral("title"), o.title, Msg::tr("The objective"));
        oc.code(QStringLiteral("status"), ReferenceList::ObjectiveStatus, o.status, true,
                Msg::tr("the status"));
        c.nested(indexed("objectives", i), oc.problems());
    }
    for (qsizetype i = 0; i < p.partners.size(); ++i) {
        const MobilisedPartner &m = p.partners[i];
        Checker mc(&refs);
        mc.requiredLink(QStringLiteral("partnerId"), m.partnerId, Msg::tr("The partner"));
        mc.code(QStringLiteral("need"), ReferenceList::PartnerField, m.need, false,
                Msg::tr("the need"));
        mc.order(QStringLiteral("endDate"), m.startDate, m.endDate, Msg::tr("its start"),
                 Msg::tr("The end of the mobilisation"));
        c.nested(indexed("partners", i), mc.problems());
    }
    return c.problems();
}

Problems check(const Contact &k, const ReferenceCatalog &refs, const QDate &today)
{
    Checker c(&refs);
    c.requiredDate(QStringLiteral("date"), k.date, Msg::tr("The date of the contact"));
    c.notFuture(QStringLiteral("date"), k.date, today, Msg::tr("The date of the contact"));
    c.notTooOld(QStringLiteral("date"), k.date, Msg::tr("The date of the contact"));
    c.code(QStringLiteral("type"), ReferenceList::ContactType, k.type, true,
           Msg::tr("the type of contact"));
    if (k.durationMinutes && (*k.durationMinutes < 0 || *k.durationMinutes > 24 * 60))
        c.fail(QStringLiteral("durationMinutes"),
               Msg::tr("The duration is between 0 and 1440 minutes."));
    return c.problems();
}

Problems check(const Alert &a, const ReferenceCatalog &refs, const QDate &today)
{
    Checker c(&refs);
    c.requiredDate(QStringLiteral("date"), a.date, Msg::tr("The date of the alert"));
    c.notFuture(QStringLiteral("date"), a.date, today, Msg::tr("The date of the alert"));
    c.code(QStringLiteral("type"), ReferenceList::AlertType, a.type, true,
           Msg::tr("the type of alert"));
    if (a.amount)
        c.notNegative(QStringLiteral("amount"), *a.amount, Msg::tr("The amount"));
    c.order(QStringLiteral("closedDate"), a.date, a.closedDate, Msg::tr("the alert"),
            Msg::tr("The closing date"));
    c.notFuture(QStringLiteral("closedDate"), a.closedDate, today, Msg::tr("The closing date"));
    return c.problems();
}

Problems check(const FollowUpCommittee &k, const ReferenceCatalog &refs)
{
    Checker c(&refs);
    c.requiredLink(QStringLiteral("agencyId"), k.agencyId, Msg::tr("The agency"));
    c.requiredDate(QStringLiteral("date"), k.date, Msg::tr("The date of the committee"));
    QSet<Id> seen;
    for (qsizetype i = 0; i < k.reviews.size(); ++i) {
        const CommitteeReview &r = k.reviews[i];
        Checker rc(&refs);
        rc.requiredLink(QStringLiteral("householdId"), r.householdId, Msg::tr("The household"));
        if (seen.contains(r.householdId))
            rc.fail(QStringLiteral("householdId"), Msg::tr("The household is listed twice."));
        seen.insert(r.householdId);
        rc.code(QStringLiteral("decision"), ReferenceList::CommitteeDecision, r.decision, false,
                Msg::tr("the decision"));
        c.nested(indexed("reviews", i), rc.problems());
    }
    return c.problems();
}

Status toStatus(const Problems &problems)
{
    if (problems.isEmpty())
        return {};
    QStringList messages;
    for (const FieldProblem &p : problems) {
        if (!messages.contains(p.message))
            messages << p.message;
    }
    Error error = Error::validation(messages.join(u'\n'));
    QStringList fields;
    for (const FieldProblem &p : problems)
        fields << p.field;
    error.detail = fields.join(u", ");
    return error;
}

} // namespace Passerelle::Validation
