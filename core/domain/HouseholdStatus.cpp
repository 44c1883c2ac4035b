#include "HouseholdStatus.h"

namespace Passerelle::HouseholdStatus {

bool isRefusal(const QString &outcome)
{
    return outcome == u"refus_menage" || outcome == u"refus_bailleur" || outcome == u"refus_cal"
           || outcome == u"non_lieu";
}

QString compute(const QList<std::pair<QDate, QDate>> &supports, const QStringList &referralOutcomes)
{
    bool ended = false;
    for (const auto &[start, end] : supports) {
        if (start.isValid() && !end.isValid())
            return QStringLiteral("accompagnement");
        ended = ended || end.isValid();
    }
    if (ended)
        return QStringLiteral("termine");
    if (!referralOutcomes.isEmpty()) {
        bool allRefused = true;
        for (const QString &o : referralOutcomes)
            allRefused = allRefused && isRefusal(o);
        if (allRefused)
            return QStringLiteral("non_abouti");
    }
    return QStringLiteral("orientation");
}

} // namespace Passerelle::HouseholdStatus
