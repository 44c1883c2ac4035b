#pragma once

#include "Types.h"

namespace Passerelle::HouseholdStatus {

/// The household's status (ReferenceList::HouseholdStatus) from its path:
/// a support running → accompagnement; every support ended → termine (an end before its start
/// is no end); every referral refused
/// or closed without support → non_abouti; otherwise orientation.
/// `supports` gives (start, end) of each support; `referralOutcomes` each referral's outcome.
QString compute(const QList<std::pair<QDate, QDate>> &supports,
                const QStringList &referralOutcomes);

/// True for a referral outcome that closes the referral without support.
bool isRefusal(const QString &referralOutcome);

/// The referral outcomes isRefusal() accepts (the households list filters on them in SQL).
QStringList refusals();

} // namespace Passerelle::HouseholdStatus
