#pragma once

#include "domain/FollowUp.h"

#include <QTime>

namespace Passerelle {

/// One line of the list of follow-up committees.
struct CommitteeOverview
{
    Id id = 0;
    Id agencyId = 0;
    QDate date;
    QTime time;
    QString place;
    int households = 0; ///< households listed for review
    int decisions = 0;  ///< of them, those with a decision recorded
    bool upcoming = false; ///< dated today or later

    bool operator==(const CommitteeOverview &) const = default;
};

namespace CommitteeOverviews {

/// How many reviews of the committee have a decision recorded.
int decisionCount(const FollowUpCommittee &committee);

/// The committees as the list shows them: the upcoming ones first, the soonest first, then the
/// past ones, the latest first (the one whose minutes are being written comes right after the
/// next ones).
QList<CommitteeOverview> build(const QList<FollowUpCommittee> &committees, const QDate &today);

} // namespace CommitteeOverviews
} // namespace Passerelle
