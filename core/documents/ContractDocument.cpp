#include "ContractDocument.h"

#include "FrenchText.h"
#include "households/PlanRules.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {
namespace {

using namespace DocumentFields;
using FrenchText::label;

/// "12 mois" for a version of whole months, else "184 jours".
QString durationText(const QDate &start, const QDate &end, int fallbackMonths)
{
    if (!start.isValid() || !end.isValid())
        return fallbackMonths > 0 ? u"%1 mois"_s.arg(fallbackMonths) : QString();
    for (int months = 1; months <= 120; ++months) {
        const QDate last = start.addMonths(months).addDays(-1);
        if (last == end)
            return u"%1 mois"_s.arg(months);
        if (last > end)
            break;
    }
    const qint64 days = start.daysTo(end) + 1;
    return days == 1 ? u"1 jour"_s : u"%1 jours"_s.arg(days);
}

/// The lease the contract is about: the one running when the printed version starts, else
/// when the support starts, else the latest.
const Lease *leaseOf(const HouseholdFile &file, const ContractVersion &version,
                     const Support *support)
{
    for (const QDate &day : {version.startDate, support ? support->startDate : QDate()}) {
        if (day.isValid()) {
            if (const Lease *lease = file.leaseOn(day))
                return lease;
        }
    }
    const Lease *latest = nullptr;
    for (const Lease &lease : file.leases) {
        if (!latest || lease.startDate > latest->startDate)
            latest = &lease;
    }
    return latest;
}

QString partnerName(const QList<Partner> &partners, Id id)
{
    const Partner *p = byId(partners, id);
    return p ? p->name : QString();
}

} // namespace

const Vocabulary &ContractDocument::vocabulary()
{
    static const Vocabulary shared = [] {
        Vocabulary v;
        addOrganisation(v);
        addAgency(v);
        addCesf(v);
        v.fields({u"household.reference"_s, u"household.name"_s, u"household.composition"_s,
                  u"household.size"_s, u"household.persons"_s, u"household.consent_date"_s});
        v.list(u"signatories"_s, Vocabulary().fields({u"name"_s, u"first_name"_s,
                                                      u"last_name"_s, u"civility"_s,
                                                      u"born"_s, u"birth_date"_s,
                                                      u"role"_s}));
        v.fields({u"association.name"_s, u"association.address"_s, u"association.phone"_s,
                  u"association.email"_s, u"association.referent"_s,
                  u"association.referent_function"_s, u"association.signatory"_s});
        v.flag(u"association.referent_signs"_s);
        v.fields({u"landlord.signatory"_s, u"landlord.signatory_title"_s});
        v.fields({u"action.code"_s, u"action.name"_s, u"action.description"_s,
                  u"action.call"_s, u"action.year"_s, u"action.category"_s,
                  u"action.territory"_s});
        v.list(u"funders"_s, Vocabulary().fields({u"source"_s, u"funder"_s}));
        v.fields({u"support.start_date"_s, u"support.kind"_s, u"support.intensity"_s,
                  u"diagnostic.date"_s, u"diagnostic.author"_s});
        v.flag(u"has_lease"_s);
        v.fields({u"dwelling.reference"_s, u"dwelling.address"_s, u"dwelling.postal_code"_s,
                  u"dwelling.commune"_s, u"dwelling.typology"_s, u"dwelling.rent"_s,
                  u"dwelling.charges"_s, u"dwelling.total"_s});
        v.flag(u"dwelling.furnished"_s);
        v.fields({u"lease.type"_s, u"lease.start_date"_s, u"lease.end_date"_s});
        v.flag(u"bail_glissant"_s);
        v.fields({u"glissant.subletter"_s, u"glissant.expected_date"_s,
                  u"glissant.conditions"_s, u"glissant.next_review"_s});
        v.list(u"glissant.reviews"_s, Vocabulary().fields({u"date"_s, u"outcome"_s}));
        v.flag(u"glissant.has_reviews"_s);
        v.list(u"axes"_s,
               Vocabulary()
                   .field(u"label"_s)
                   .list(u"objectives"_s,
                         Vocabulary().fields({u"title"_s, u"actions"_s, u"target_date"_s,
                                              u"status"_s})));
        v.list(u"mobilised_partners"_s,
               Vocabulary().fields({u"name"_s, u"need"_s, u"start_date"_s, u"end_date"_s}));
        v.flag(u"has_mobilised_partners"_s);
        v.fields({u"contract.place"_s, u"contract.duration_months"_s,
                  u"contract.meeting_frequency"_s, u"contract.household_commitments"_s,
                  u"contract.association_commitments"_s, u"contract.landlord_commitments"_s});
        v.fields({u"version.number"_s, u"version.kind"_s, u"version.date"_s,
                  u"version.start_date"_s, u"version.end_date"_s, u"version.duration"_s,
                  u"version.notes"_s});
        v.flag(u"version.initial"_s);
        v.flag(u"version.renewal"_s);
        v.flag(u"version.avenant"_s);
        v.list(u"versions"_s, Vocabulary().fields({u"number"_s, u"kind"_s, u"date"_s,
                                                   u"start_date"_s, u"end_date"_s}));
        v.fields({u"signature.place"_s, u"signature.date"_s});
        return v;
    }();
    return shared;
}

Result<const SupportContract *> ContractDocument::contractOf(const HouseholdFile &file,
                                                             Id actionId)
{
    if (actionId > 0) {
        if (const SupportContract *c = file.contract(actionId))
            return c;
        return Error::notFound(tr("The household %1 has no support contract for this action: "
                                  "create it in the Contract tab first.")
                                   .arg(file.household.reference));
    }
    if (file.contracts.isEmpty()) {
        return Error::notFound(tr("The household %1 has no support contract yet: create it in "
                                  "the Contract tab first.")
                                   .arg(file.household.reference));
    }
    if (file.contracts.size() > 1) {
        return Error::usage(tr("The household %1 has several contracts (one per action): say "
                               "which one to print with its action.")
                                .arg(file.household.reference));
    }
    return &file.contracts.first();
}

Result<DocumentContent> ContractDocument::build(const ContractSources &s)
{
    const HouseholdFile &file = s.file;
    const ReferenceCatalog &refs = s.catalog;
    PASSERELLE_TRY(contract, contractOf(file, s.actionId));
    if (contract->versions.isEmpty()) {
        return Error::validation(tr("The contract of household %1 has no version yet: add the "
                                    "initial contract in the Contract tab first.")
                                     .arg(file.household.reference));
    }
    const ContractVersion *version = contract->currentVersion();
    if (s.versionNumber > 0) {
        version = nullptr;
        for (const ContractVersion &v : contract->versions) {
            if (v.number == s.versionNumber)
                version = &v;
        }
        if (!version) {
            return Error::notFound(tr("The contract of household %1 has no version %2.")
                                       .arg(file.household.reference)
                                       .arg(s.versionNumber));
        }
    }
    const Household &h = file.household;
    const Support *support = file.support(contract->actionId);
    const Partner *association = byId(s.partners, support ? support->partnerId : 0);

    DocumentContent content;
    content.templateName = templateName();
    TemplateData &d = content.data;
    setOrganisation(content, s.organisation);
    setAgency(d, byId(s.agencies, h.agencyId));
    setCesf(d, byId(s.users, h.cesfUserId));

    // The household and who signs for it.
    d.set(u"household.reference"_s, h.reference);
    d.set(u"household.name"_s, h.displayName());
    d.set(u"household.composition"_s, label(refs, ReferenceList::Composition, h.composition));
    d.set(u"household.size"_s, qint64(h.members.size()));
    d.set(u"household.persons"_s, FrenchText::persons(h.members.size()));
    d.set(u"household.consent_date"_s,
          FrenchText::date(contract->consentDate.isValid() ? contract->consentDate
                                                           : h.consentDate));
    QList<Member> signing;
    for (const Member &m : h.members) {
        if (m.signsContract)
            signing << m;
    }
    if (signing.isEmpty() && h.mainMember())
        signing << *h.mainMember();
    std::stable_sort(signing.begin(), signing.end(),
                     [](const Member &a, const Member &b) { return a.position < b.position; });
    QList<TemplateData> signatories;
    for (const Member &m : std::as_const(signing)) {
        TemplateData item;
        item.set(u"name"_s, m.firstName.isEmpty() ? m.lastName.toUpper()
                                                  : m.firstName + u' ' + m.lastName.toUpper());
        item.set(u"first_name"_s, m.firstName);
        item.set(u"last_name"_s, m.lastName.toUpper());
        item.set(u"civility"_s, label(refs, ReferenceList::Civility, m.civility));
        item.set(u"born"_s, FrenchText::born(m.civility));
        item.set(u"birth_date"_s, FrenchText::date(m.birthDate));
        item.set(u"role"_s, label(refs, ReferenceList::MemberRole, m.role));
        signatories << item;
    }
    d.setList(u"signatories"_s, signatories);

    // The association and its referent.
    const QString referent = support ? support->partnerReferent : QString();
    QString referentFunction;
    if (association) {
        for (const PartnerContact &c : association->contacts) {
            if (ReferenceLists::normalizedKey(c.name) == ReferenceLists::normalizedKey(referent))
                referentFunction = c.function;
        }
    }
    d.set(u"association.name"_s, association ? association->name : QString());
    d.set(u"association.address"_s, association ? association->address : QString());
    d.set(u"association.phone"_s, association ? association->phone : QString());
    d.set(u"association.email"_s, association ? association->email : QString());
    d.set(u"association.referent"_s, referent);
    d.set(u"association.referent_function"_s, referentFunction);
    const QString associationSignatory = contract->associationSignatory.isEmpty()
                                                 ? referent
                                                 : contract->associationSignatory;
    d.set(u"association.signatory"_s, associationSignatory);
    // The referent who also signs is named once, with the title.
    d.setFlag(u"association.referent_signs"_s,
              !referent.isEmpty()
                      && ReferenceLists::normalizedKey(referent)
                                 == ReferenceLists::normalizedKey(associationSignatory));

    // The landlord's signatory and title.
    const QString landlordSignatory = contract->landlordSignatory.isEmpty()
                                          ? s.organisation.signatoryName
                                          : contract->landlordSignatory;
    QString landlordTitle;
    if (ReferenceLists::normalizedKey(landlordSignatory)
        == ReferenceLists::normalizedKey(s.organisation.signatoryName)) {
        landlordTitle = s.organisation.signatoryTitle;
    } else {
        for (const User &u : s.users) {
            if (ReferenceLists::normalizedKey(u.displayName)
                == ReferenceLists::normalizedKey(landlordSignatory))
                landlordTitle = label(refs, ReferenceList::UserRole, u.role);
        }
    }
    d.set(u"landlord.signatory"_s, landlordSignatory);
    d.set(u"landlord.signatory_title"_s, landlordTitle);

    // The action and who funds it.
    const Action &a = s.action;
    d.set(u"action.code"_s, a.code);
    d.set(u"action.name"_s, a.name);
    d.set(u"action.description"_s, a.description);
    d.set(u"action.call"_s, a.callForProjects);
    d.set(u"action.year"_s, a.callYear ? QString::number(*a.callYear) : QString());
    d.set(u"action.category"_s, label(refs, ReferenceList::ActionCategory, a.category));
    d.set(u"action.territory"_s, a.territory);
    QList<TemplateData> funders;
    QStringList seen;
    for (const FundingLine &f : a.fundingLines) {
        // One line per funder, whatever the years and the spelling of its lines.
        const QString key = f.source + u'|' + ReferenceLists::normalizedKey(f.funder);
        if (seen.contains(key))
            continue;
        seen << key;
        const QString source = label(refs, ReferenceList::FundingSource, f.source);
        // The landlord funding itself is said by the source (« Fonds propres du bailleur »).
        const bool sayFunder
                = ReferenceLists::normalizedKey(f.funder)
                          != ReferenceLists::normalizedKey(s.organisation.name)
                  && !ReferenceLists::normalizedKey(source).contains(
                          ReferenceLists::normalizedKey(f.funder));
        TemplateData item;
        item.set(u"source"_s, source);
        item.set(u"funder"_s, sayFunder ? f.funder : QString());
        funders << item;
    }
    d.setList(u"funders"_s, funders);

    // The support and the diagnostic it is built on.
    d.set(u"support.start_date"_s, FrenchText::date(support ? support->startDate : QDate()));
    d.set(u"support.kind"_s,
          label(refs, ReferenceList::HouseholdKind, support ? support->householdKind : QString()));
    d.set(u"support.intensity"_s,
          label(refs, ReferenceList::SupportIntensity, support ? support->intensity : QString()));
    const Diagnostic *diagnostic = nullptr;
    for (const Diagnostic &diag : file.diagnostics) {
        if (diag.actionId == contract->actionId && diag.kind == u"entree"
            && (!diagnostic || diag.date > diagnostic->date))
            diagnostic = &diag;
    }
    d.set(u"diagnostic.date"_s, FrenchText::date(diagnostic ? diagnostic->date : QDate()));
    d.set(u"diagnostic.author"_s, diagnostic ? diagnostic->author : QString());

    // The dwelling and the lease.
    const Lease *lease = leaseOf(file, *version, support);
    const Dwelling dwelling = lease ? file.dwellings.value(lease->dwellingId) : Dwelling();
    d.setFlag(u"has_lease"_s, lease != nullptr);
    d.set(u"dwelling.reference"_s, dwelling.reference);
    d.set(u"dwelling.address"_s, dwelling.address);
    d.set(u"dwelling.postal_code"_s, dwelling.postalCode);
    d.set(u"dwelling.commune"_s, dwelling.commune);
    d.set(u"dwelling.typology"_s, label(refs, ReferenceList::Typology, dwelling.typology));
    d.set(u"dwelling.rent"_s, dwelling.rent ? FrenchText::money(*dwelling.rent) : QString());
    d.set(u"dwelling.charges"_s,
          dwelling.charges ? FrenchText::money(*dwelling.charges) : QString());
    d.set(u"dwelling.total"_s,
          dwelling.rent ? FrenchText::money(*dwelling.rent + dwelling.charges.value_or(0))
                        : QString());
    d.setFlag(u"dwelling.furnished"_s, dwelling.furnished);
    d.set(u"lease.type"_s, label(refs, ReferenceList::LeaseType, lease ? lease->type : QString()));
    d.set(u"lease.start_date"_s, FrenchText::date(lease ? lease->startDate : QDate()));
    d.set(u"lease.end_date"_s, FrenchText::date(lease ? lease->endDate : QDate()));

    // A bail glissant: the sous-location, its review every six months, the glissement.
    const bool glissant = lease && lease->type == u"bail_glissant";
    d.setFlag(u"bail_glissant"_s, glissant);
    d.set(u"glissant.subletter"_s,
          glissant ? partnerName(s.partners, lease->subletterPartnerId) : QString());
    d.set(u"glissant.expected_date"_s,
          FrenchText::date(glissant ? lease->expectedGlissementDate : QDate()));
    d.set(u"glissant.conditions"_s, glissant ? lease->glissementConditions : QString());
    QList<TemplateData> reviews;
    QDate lastReview = glissant ? lease->startDate : QDate();
    if (glissant) {
        QList<LeaseReview> held = file.reviews.value(lease->id);
        std::sort(held.begin(), held.end(),
                  [](const LeaseReview &x, const LeaseReview &y) { return x.date < y.date; });
        for (const LeaseReview &r : std::as_const(held)) {
            if (version->date.isValid() && r.date > version->date)
                continue; // not yet held when this version was signed
            TemplateData item;
            item.set(u"date"_s, FrenchText::date(r.date));
            item.set(u"outcome"_s, label(refs, ReferenceList::LeaseReviewOutcome, r.outcome));
            reviews << item;
            lastReview = std::max(lastReview, r.date);
        }
    }
    d.setFlag(u"glissant.has_reviews"_s, !reviews.isEmpty());
    d.setList(u"glissant.reviews"_s, reviews);
    const bool running = glissant && (!lease->endDate.isValid()
                                      || lastReview.addMonths(6) <= lease->endDate);
    d.set(u"glissant.next_review"_s,
          FrenchText::date(running && lastReview.isValid() ? lastReview.addMonths(6) : QDate()));

    // The plan: objectives grouped by axis, in the order of the list of axes.
    const SupportPlan *plan = file.plan(contract->actionId);
    QList<TemplateData> axes;
    if (plan) {
        QList<Objective> objectives = plan->objectives;
        std::stable_sort(objectives.begin(), objectives.end(),
                         [](const Objective &x, const Objective &y) {
                             return x.position < y.position;
                         });
        QStringList order;
        for (const ReferenceItem &item : refs.items(ReferenceList::PlanAxis, true))
            order << item.code;
        for (const Objective &o : std::as_const(objectives)) {
            if (!order.contains(o.axis))
                order << o.axis;
        }
        for (const QString &axis : std::as_const(order)) {
            QList<TemplateData> items;
            for (const Objective &o : std::as_const(objectives)) {
                if (o.axis != axis)
                    continue;
                TemplateData item;
                item.set(u"title"_s, o.title);
                item.set(u"actions"_s, o.actions);
                item.set(u"target_date"_s, FrenchText::date(o.targetDate));
                item.set(u"status"_s, label(refs, ReferenceList::ObjectiveStatus,
                                            PlanRules::statusOn(o, version->date)));
                items << item;
            }
            if (items.isEmpty())
                continue;
            TemplateData group;
            group.set(u"label"_s, label(refs, ReferenceList::PlanAxis, axis));
            group.setList(u"objectives"_s, items);
            axes << group;
        }
    }
    d.setList(u"axes"_s, axes);
    QList<TemplateData> mobilised;
    if (plan) {
        for (const MobilisedPartner &mp : plan->partners) {
            TemplateData item;
            item.set(u"name"_s, partnerName(s.partners, mp.partnerId));
            item.set(u"need"_s, label(refs, ReferenceList::PartnerField, mp.need));
            item.set(u"start_date"_s, FrenchText::date(mp.startDate));
            item.set(u"end_date"_s, FrenchText::date(mp.endDate));
            mobilised << item;
        }
    }
    d.setFlag(u"has_mobilised_partners"_s, !mobilised.isEmpty());
    d.setList(u"mobilised_partners"_s, mobilised);

    // The contract, the printed version and the versions before it.
    d.set(u"contract.place"_s, contract->place);
    d.set(u"contract.duration_months"_s, qint64(contract->durationMonths));
    d.set(u"contract.meeting_frequency"_s,
          label(refs, ReferenceList::MeetingFrequency, contract->meetingFrequency));
    d.set(u"contract.household_commitments"_s, contract->householdCommitments);
    d.set(u"contract.association_commitments"_s, contract->associationCommitments);
    d.set(u"contract.landlord_commitments"_s, contract->landlordCommitments);
    d.set(u"version.number"_s, qint64(version->number));
    d.set(u"version.kind"_s, label(refs, ReferenceList::ContractVersionKind, version->kind));
    d.set(u"version.date"_s, FrenchText::date(version->date));
    d.set(u"version.start_date"_s, FrenchText::date(version->startDate));
    d.set(u"version.end_date"_s, FrenchText::date(version->endDate));
    d.set(u"version.duration"_s,
          durationText(version->startDate, version->endDate,
                       version->number == 1 ? contract->durationMonths : 0));
    d.set(u"version.notes"_s, version->notes);
    d.setFlag(u"version.initial"_s, version->kind == u"initial");
    d.setFlag(u"version.renewal"_s, version->kind == u"renouvellement");
    d.setFlag(u"version.avenant"_s, version->kind == u"avenant");
    QList<TemplateData> versions;
    for (const ContractVersion &v : contract->versions) {
        if (v.number > version->number)
            continue;
        TemplateData item;
        item.set(u"number"_s, qint64(v.number));
        item.set(u"kind"_s, label(refs, ReferenceList::ContractVersionKind, v.kind));
        item.set(u"date"_s, FrenchText::date(v.date));
        item.set(u"start_date"_s, FrenchText::date(v.startDate));
        item.set(u"end_date"_s, FrenchText::date(v.endDate));
        versions << item;
    }
    d.setList(u"versions"_s, versions);
    d.set(u"signature.place"_s,
          contract->place.isEmpty() ? s.organisation.city : contract->place);
    d.set(u"signature.date"_s, FrenchText::date(version->date));
    return content;
}

} // namespace Passerelle
