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
