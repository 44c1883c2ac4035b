#pragma once

#include "Types.h"

namespace Passerelle {

/// A dwelling of the landlord's stock.
struct Dwelling
{
    Id id = 0;
    QString reference; ///< landlord's dwelling number, optional
    QString address;
    QString postalCode;
    QString commune;
    QString typology; ///< ReferenceList::Typology
    std::optional<Cents> rent;
    std::optional<Cents> charges;
    bool furnished = false;
    bool qpv = false; ///< in a Quartier prioritaire de la politique de la ville
    Id agencyId = 0;

    bool operator==(const Dwelling &) const = default;
};

/// A lease (bail) of a household on a dwelling. A move (relogement) or a glissement ends one
/// lease and starts another; the list of a household's leases is its housing history.
struct Lease
{
    Id id = 0;
    Id householdId = 0;
    Id dwellingId = 0;
    QString type;        ///< ReferenceList::LeaseType
    QString startReason; ///< ReferenceList::LeaseStartReason
    QDate startDate;
    QDate endDate;       ///< last day; empty while it runs
    QString endReason;
    Id subletterPartnerId = 0;   ///< for a bail glissant: the association that sub-lets
    QDate expectedGlissementDate; ///< for a bail glissant
    QString glissementConditions; ///< for a bail glissant (art. L.442-8-3 CCH)
    QString notes;

    bool isRunningOn(const QDate &day) const
    {
        return startDate.isValid() && startDate <= day && (!endDate.isValid() || day <= endDate);
    }
    bool operator==(const Lease &) const = default;
};

/// The periodic review (every 6 months) of a bail glissant.
struct LeaseReview
{
    Id id = 0;
    Id leaseId = 0;
    QDate date;
    QString outcome; ///< ReferenceList::LeaseReviewOutcome
    QString notes;

    bool operator==(const LeaseReview &) const = default;
};

} // namespace Passerelle
