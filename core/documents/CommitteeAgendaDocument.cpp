#include "CommitteeAgendaDocument.h"

#include "FrenchText.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {

using namespace DocumentFields;

const Vocabulary &CommitteeAgendaDocument::vocabulary()
{
    static const Vocabulary shared = [] {
        Vocabulary v;
        addOrganisation(v);
        addAgency(v);
        v.fields({u"committee.date"_s, u"committee.time"_s, u"committee.place"_s,
                  u"committee.action"_s, u"committee.count"_s});
        v.list(u"participants"_s, Vocabulary().field(u"name"_s));
        v.list(u"households"_s, Vocabulary().fields({u"number"_s, u"reference"_s, u"name"_s,
                                                     u"reason"_s, u"cesf"_s}));
        return v;
    }();
    return shared;
}

Result<DocumentContent> CommitteeAgendaDocument::build(const CommitteeAgendaSources &s)
{
    const FollowUpCommittee &c = s.committee;
    DocumentContent content;
    content.templateName = templateName();
    TemplateData &d = content.data;
    setOrganisation(content, s.organisation);
    setAgency(d, byId(s.agencies, c.agencyId));
    d.set(u"committee.date"_s, FrenchText::longDate(c.date));
    d.set(u"committee.time"_s, FrenchText::time(c.time));
    d.set(u"committee.place"_s, c.place);
    d.set(u"committee.action"_s, c.actionId > 0 ? s.action.name : QString());
    d.set(u"committee.count"_s, qint64(c.reviews.size()));

    QList<TemplateData> participants;
    const QStringList lines = c.participants.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        TemplateData item;
        item.set(u"name"_s, line.trimmed());
        participants << item;
    }
    d.setList(u"participants"_s, participants);

    QList<CommitteeReview> reviews = c.reviews;
    std::stable_sort(reviews.begin(), reviews.end(),
                     [](const CommitteeReview &a, const CommitteeReview &b) {
                         return a.position < b.position;
                     });
    QList<TemplateData> households;
    int number = 0;
    for (const CommitteeReview &r : std::as_const(reviews)) {
        const auto it = s.households.constFind(r.householdId);
        if (it == s.households.cend())
            return Error::notFound(tr("A household of the committee could not be read."));
        const User *cesf = byId(s.users, it->cesfUserId);
        TemplateData item;
        item.set(u"number"_s, qint64(++number));
        item.set(u"reference"_s, it->reference);
        item.set(u"name"_s, it->displayName());
        // The reason as recorded for the agenda; decision notes are never printed here.
        item.set(u"reason"_s, r.reason);
        item.set(u"cesf"_s, cesf ? cesf->displayName : QString());
        households << item;
    }
    d.setList(u"households"_s, households);
    return content;
}

} // namespace Passerelle
