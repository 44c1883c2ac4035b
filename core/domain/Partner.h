#pragma once

#include "Types.h"

namespace Passerelle {

struct PartnerContact
{
    Id id = 0;
    Id partnerId = 0;
    QString name;
    QString function; ///< e.g. "Référente du dispositif"
    QString phone;
    QString email;

    bool operator==(const PartnerContact &) const = default;
};

/// A partnership agreement (convention) with a partner.
struct PartnerAgreement
{
    Id id = 0;
    Id partnerId = 0;
    QString reference;
    QString subject;
    QDate startDate;
    QDate endDate;
    std::optional<int> dwellingsReserved;
    Cents amount = 0;
    QString notes;

    bool operator==(const PartnerAgreement &) const = default;
};

/// An association or institution the landlord works with (UCRM, SPIP, CCAS...).
struct Partner
{
    Id id = 0;
    QString code;
    QString name;
    QString kind;         ///< ReferenceList::PartnerKind
    QStringList fields;   ///< ReferenceList::PartnerField codes, sorted
    QString address;
    QString phone;
    QString email;
    QString notes;
    bool active = true;
    QList<PartnerContact> contacts;
    QList<PartnerAgreement> agreements;

    bool operator==(const Partner &) const = default;
};

} // namespace Passerelle
