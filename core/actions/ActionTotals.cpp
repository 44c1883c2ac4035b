#include "ActionTotals.h"

namespace Passerelle {

ActionTotals ActionTotals::of(const Action &action)
{
    ActionTotals t;
    t.budget = action.budget;
    for (const FundingLine &f : action.fundingLines) {
        t.granted += f.amountGranted;
        t.received += f.amountReceived;
    }
    for (const Expense &e : action.expenses)
        t.spent += e.amount;
    return t;
}

} // namespace Passerelle
