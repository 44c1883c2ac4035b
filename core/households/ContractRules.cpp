#include "ContractRules.h"

#include <QCoreApplication>

namespace Passerelle::ContractRules {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(ContractRules)
};

} // namespace

std::optional<Span> span(const ContractVersion &v)
{
    if (!v.startDate.isValid() || !v.endDate.isValid() || v.endDate < v.startDate)
        return std::nullopt;
    Span s;
    const int months = (v.endDate.year() - v.startDate.year()) * 12 + v.endDate.month()
                       - v.startDate.month() + 1;
    for (int m = std::max(1, months - 1); m <= months + 1; ++m) {
        if (v.startDate.addMonths(m).addDays(-1) == v.endDate) {
            s.months = m;
            return s;
        }
    }
    s.days = v.startDate.daysTo(v.endDate);
    return s;
}

Result<ContractVersion> renewal(const SupportContract &contract)
{
    const ContractVersion *current = contract.currentVersion();
    if (!current)
        return Error::validation(Msg::tr("The contract has no version to renew yet."));
    const std::optional<Span> length = span(*current);
    if (!length) {
        return Error::validation(
                Msg::tr("Give the current version a start and an end before renewing it."));
    }
    ContractVersion next;
    next.number = current->number + 1;
    next.kind = QStringLiteral("renouvellement");
    next.startDate = current->endDate.addDays(1);
    next.endDate = length->endFrom(next.startDate);
    return next;
}

Result<ContractVersion> amendment(const SupportContract &contract, const QDate &today)
{
    const ContractVersion *current = contract.currentVersion();
    if (!current)
        return Error::validation(Msg::tr("The contract has no version to amend yet."));
    ContractVersion next;
    next.number = current->number + 1;
    next.kind = QStringLiteral("avenant");
    next.startDate = current->startDate.isValid() && current->startDate > today ? current->startDate
                                                                                : today;
    next.endDate = current->endDate;
    if (next.endDate.isValid() && next.startDate > next.endDate)
        next.startDate = current->startDate;
    return next;
}

SupportContract newContract(const HouseholdFile &file, Id actionId, const QDate &today)
{
    SupportContract c;
    c.id = file.nextTemporaryId();
    c.householdId = file.household.id;
    c.actionId = actionId;
    c.consentDate = file.household.consentDate;
    const Support *support = file.support(actionId);
    ContractVersion first;
    first.number = 1;
    first.kind = QStringLiteral("initial");
    first.startDate = support && support->startDate.isValid() ? support->startDate : today;
    first.endDate = first.startDate.addMonths(c.durationMonths).addDays(-1);
    c.versions << first;
    return c;
}

QStringList householdSignatories(const Household &household)
{
    QStringList names;
    for (const Member &m : household.members) {
        if (m.signsContract)
            names << m.fullName();
    }
    return names;
}

} // namespace Passerelle::ContractRules
