#pragma once

#include "Types.h"

namespace Passerelle {

/// An objective of the support plan, under one axis.
struct Objective
{
    Id id = 0;
    Id planId = 0;
    QString axis; ///< ReferenceList::PlanAxis
    QString title;
    QString actions; ///< what will be done
    QString status;  ///< ReferenceList::ObjectiveStatus
    QDate targetDate;
    QDate doneDate;
    int position = 0;

    bool isOverdue(const QDate &today) const
    {
        return targetDate.isValid() && targetDate < today
               && (status == u"a_faire" || status == u"en_cours");
    }
    bool operator==(const Objective &) const = default;
};

/// A partner mobilised for a specific need of the household.
struct MobilisedPartner
{
    Id id = 0;
    Id planId = 0;
    Id partnerId = 0;
    QString need; ///< ReferenceList::PartnerField
    QDate startDate;
    QDate endDate;
    QString notes;

    bool operator==(const MobilisedPartner &) const = default;
};

/// The support plan of one support: objectives grouped by axis, partners mobilised.
struct SupportPlan
{
    Id id = 0;
    Id householdId = 0;
    Id actionId = 0;
    QDate date;
    QString notes;
    QList<Objective> objectives; ///< by position
    QList<MobilisedPartner> partners;

    bool operator==(const SupportPlan &) const = default;
};

} // namespace Passerelle
