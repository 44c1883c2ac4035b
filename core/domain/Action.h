#pragma once

#include "Types.h"

namespace Passerelle {

/// Money granted or received for an action from one source.
struct FundingLine
{
    Id id = 0;
    Id actionId = 0;
    QString source; ///< ReferenceList::FundingSource
    QString funder; ///< the body that pays, e.g. "DDETS Haute-Garonne"
    Cents amountGranted = 0;
    Cents amountReceived = 0;
    QDate grantedDate;
    QDate receivedDate;
    QString notes;

    bool operator==(const FundingLine &) const = default;
};

/// Money spent on an action.
struct Expense
{
    Id id = 0;
    Id actionId = 0;
    QDate date;
    QString category; ///< ReferenceList::ExpenseCategory
    QString label;
    Cents amount = 0;
    Id partnerId = 0; ///< paid to this partner, if any

    bool operator==(const Expense &) const = default;
};

/// A support programme (dispositif), e.g. LAAVA.
struct Action
{
    Id id = 0;
    QString code;
    QString name;
    QString description;
    QString callForProjects; ///< e.g. "10 000 logements Hlm accompagnés"
    std::optional<int> callYear;
    QString category;      ///< ReferenceList::ActionCategory
    QStringList publics;   ///< ReferenceList::Public codes targeted, sorted
    Id leadPartnerId = 0;
    QString territory;
    QDate startDate;
    QDate endDate;
    int targetNewEntrants = 0;
    int targetExistingTenants = 0;
    Cents budget = 0;
    QList<FundingLine> fundingLines;
    QList<Expense> expenses;

    bool operator==(const Action &) const = default;
};

} // namespace Passerelle
