#include "PathRules.h"

namespace Passerelle::PathRules {

bool isPending(const Referral &referral)
{
    return referral.outcome.isEmpty() || referral.outcome == u"en_cours";
}

void setSupportStart(HouseholdFile &file, Id supportId, const QDate &start)
{
    Support *support = nullptr;
    for (Support &s : file.supports) {
        if (s.id == supportId)
            support = &s;
    }
    if (!support)
        return;
    const bool starting = !support->startDate.isValid() && start.isValid();
    support->startDate = start;
    if (!starting)
        return;
    for (Referral &r : file.referrals) {
        if (r.actionId == support->actionId && isPending(r)
            && (!r.date.isValid() || r.date <= start)) {
            r.outcome = QStringLiteral("acceptee");
            r.outcomeDate = start;
        }
    }
    support->partnerReferent = associationReferent(file, *support);
    // The intensity is the one the latest diagnostic before the start recommended.
    if (support->intensity.isEmpty()) {
        const Diagnostic *latest = nullptr;
        for (const Diagnostic &d : file.diagnostics) {
            if ((d.actionId == support->actionId || d.actionId == 0) && d.kind != u"sortie"
                && !d.recommendedIntensity.isEmpty() && (!d.date.isValid() || d.date <= start)
                && (!latest || d.date >= latest->date))
                latest = &d;
        }
        if (latest)
            support->intensity = latest->recommendedIntensity;
    }
}

QString associationReferent(const HouseholdFile &file, const Support &support)
{
    if (!support.partnerReferent.trimmed().isEmpty())
        return support.partnerReferent;
    const Referral *latest = nullptr;
    for (const Referral &r : file.referrals) {
        if (r.actionId == support.actionId && !r.referrerName.trimmed().isEmpty()
            && (!latest || r.date >= latest->date))
            latest = &r;
    }
    return latest ? latest->referrerName.trimmed() : QString();
}

int startSupportsOnEntry(HouseholdFile &file, const QDate &entry)
{
    if (!entry.isValid())
        return 0;
    int started = 0;
    QList<Id> waiting;
    for (const Support &s : std::as_const(file.supports)) {
        if (!s.startDate.isValid() && !s.endDate.isValid())
            waiting << s.id;
    }
    for (Id id : waiting) {
        setSupportStart(file, id, entry);
        ++started;
    }
    return started;
}

void setReferralOutcome(HouseholdFile &file, Id referralId, const QString &outcome,
                        const QDate &today)
{
    for (Referral &r : file.referrals) {
        if (r.id != referralId)
            continue;
        r.outcome = outcome;
        if (isPending(r) || r.outcomeDate.isValid())
            return;
        r.outcomeDate = today;
        if (outcome == u"acceptee") {
            const Support *s = file.support(r.actionId);
            if (s && s->startDate.isValid() && s->startDate <= today
                && (!r.date.isValid() || s->startDate >= r.date)) {
                r.outcomeDate = s->startDate;
            }
        }
        return;
    }
}

} // namespace Passerelle::PathRules
