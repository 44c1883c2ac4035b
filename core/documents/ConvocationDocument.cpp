#include "ConvocationDocument.h"

#include "FrenchText.h"

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {

using namespace DocumentFields;
using FrenchText::label;

const Vocabulary &ConvocationDocument::vocabulary()
{
    static const Vocabulary shared = [] {
        Vocabulary v;
        addOrganisation(v);
        addAgency(v);
        addCesf(v);
        v.fields({u"letter.date"_s, u"letter.place"_s});
        v.fields({u"household.reference"_s, u"household.name"_s, u"household.addressee"_s,
                  u"household.street"_s, u"household.city"_s});
        v.fields({u"association.name"_s, u"association.address"_s, u"association.referent"_s});
        v.fields({u"action.name"_s, u"contract.end_date"_s});
        v.fields({u"meeting.date"_s, u"meeting.time"_s, u"meeting.place"_s,
                  u"meeting.purpose"_s});
        v.flag(u"meeting.entry"_s);
        v.flag(u"meeting.midterm"_s);
        v.flag(u"meeting.renewal"_s);
        v.flag(u"meeting.end"_s);
        v.list(u"participants"_s,
               Vocabulary().fields({u"name"_s, u"function"_s, u"party"_s}));
        v.flag(u"has_participants"_s);
        return v;
    }();
    return shared;
}

Result<DocumentContent> ConvocationDocument::build(const ConvocationSources &s)
{
    const Household &h = s.file.household;
    const TripartiteMeeting &m = s.meeting;
    if (!m.date.isValid()) {
        return Error::validation(tr("The meeting has no date: set it before printing the "
                                    "invitation."));
    }
    DocumentContent content;
    content.templateName = templateName();
    TemplateData &d = content.data;
    setOrganisation(content, s.organisation);
    setAgency(d, byId(s.agencies, h.agencyId));
    setCesf(d, byId(s.users, h.cesfUserId));
    d.set(u"letter.date"_s, FrenchText::date(s.letterDate));
    d.set(u"letter.place"_s, s.organisation.city);

    // The household, at the address of its lease on the day of the meeting (or its latest).
    QStringList names;
    for (const Member &member : h.members) {
        if (member.signsContract)
            names << member.fullName();
    }
    if (names.isEmpty() && h.mainMember())
        names << h.mainMember()->fullName();
    const Lease *lease = s.file.leaseOn(m.date);
    if (!lease) {
        for (const Lease &l : s.file.leases) {
            if (!lease || l.startDate > lease->startDate)
                lease = &l;
        }
    }
    const Dwelling dwelling = lease ? s.file.dwellings.value(lease->dwellingId) : Dwelling();
    d.set(u"household.reference"_s, h.reference);
    d.set(u"household.name"_s, h.displayName());
    d.set(u"household.addressee"_s, names.join(u" et "_s));
    d.set(u"household.street"_s, dwelling.address);
    d.set(u"household.city"_s, QString(dwelling.postalCode + u' ' + dwelling.commune).trimmed());

    const Support *support = s.file.support(m.actionId);
    const Partner *association = byId(s.partners, support ? support->partnerId : 0);
    d.set(u"association.name"_s, association ? association->name : QString());
    d.set(u"association.address"_s, association ? association->address : QString());
    d.set(u"association.referent"_s, support ? support->partnerReferent : QString());
    d.set(u"action.name"_s, s.action.name);
    const SupportContract *contract = s.file.contract(m.actionId);
    const ContractVersion *version = contract ? contract->currentVersion() : nullptr;
    d.set(u"contract.end_date"_s, FrenchText::date(version ? version->endDate : QDate()));

    d.set(u"meeting.date"_s, FrenchText::longDate(m.date));
    d.set(u"meeting.time"_s, FrenchText::time(m.time));
    d.set(u"meeting.place"_s, m.place);
    d.set(u"meeting.purpose"_s, label(s.catalog, ReferenceList::MeetingPurpose, m.purpose));
    d.setFlag(u"meeting.entry"_s, m.purpose == u"entree");
    d.setFlag(u"meeting.midterm"_s, m.purpose == u"mi_parcours");
    d.setFlag(u"meeting.renewal"_s, m.purpose == u"renouvellement");
    d.setFlag(u"meeting.end"_s, m.purpose == u"fin");
    QList<TemplateData> participants;
    for (const MeetingParticipant &p : m.participants) {
        TemplateData item;
        item.set(u"name"_s, p.name);
        item.set(u"function"_s, p.function);
        item.set(u"party"_s, label(s.catalog, ReferenceList::MeetingParty, p.party));
        participants << item;
    }
    d.setFlag(u"has_participants"_s, !participants.isEmpty());
    d.setList(u"participants"_s, participants);
    return content;
}

} // namespace Passerelle
