#pragma once

#include "domain/Action.h"

namespace Passerelle {

/// The money of one action, as its screen and the funders read it. Every figure is in cents.
struct ActionTotals
{
    Cents budget = 0;   ///< the budget planned for the action
    Cents granted = 0;  ///< sum of the amounts granted by the funding lines
    Cents received = 0; ///< sum of the amounts actually received
    Cents spent = 0;    ///< sum of the expenses

    /// Money received and not spent yet (negative when spending ran ahead of payments).
    Cents balance() const { return received - spent; }
    /// Money granted that has not arrived yet.
    Cents toReceive() const { return granted - received; }
    /// Part of the budget no funding line covers (negative when funding exceeds the budget).
    Cents unfunded() const { return budget - granted; }
    /// Part of the budget not spent yet.
    Cents budgetLeft() const { return budget - spent; }

    bool operator==(const ActionTotals &) const = default;

    static ActionTotals of(const Action &action);
};

} // namespace Passerelle
