#include "HouseholdStatus.h"

namespace Passerelle::HouseholdStatus {

QStringList refusals()
{
    return {QStringLiteral("refus_menage"), QStringLiteral("refus_bailleur"),
            QStringLiteral("refus_cal"), QStringLiteral("non_lieu")};
}

bool isRefusal(const QString &outcome)
{
    static const QStringList codes = refusals();
    return codes.contains(outcome);
}

QString compute(const QList<std::pair<QDate, QDate>> &supports, const QStringList &referralOutcomes)
{
    bool ended = false;
    for (const auto &[start, end] : supports) {
        // An end before the start is a date being corrected (the rules refuse to store it):
        // the support has not ended.
        const bool hasEnded = end.isValid() && (!start.isValid() || end >= start);
        if (start.isValid() && !hasEnded)
            return QStringLiteral("accompagnement");
        ended = ended || hasEnded;
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
