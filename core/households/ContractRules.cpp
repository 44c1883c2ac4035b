#include "ContractRules.h"

#include "domain/Validation.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::ContractRules {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(ContractRules)
};

QString day(const QDate &date)
{
    return date.toString(u"dd/MM/yyyy");
}

/// A version starting after the support ended cannot be added: the support is over.
Status withinSupport(const Support *support, const ContractVersion &next, bool renewal)
{
    if (!support || !support->endDate.isValid() || next.startDate <= support->endDate)
        return {};
    return Error::validation(
            renewal ? Msg::tr("The support ended on %1: the contract can no longer be renewed.")
                              .arg(day(support->endDate))
                    : Msg::tr("The support ended on %1: no amendment can be added to its "
                              "contract any more.")
                              .arg(day(support->endDate)));
}

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

Result<ContractVersion> renewal(const SupportContract &contract, const Support *support)
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
    PASSERELLE_CHECK(withinSupport(support, next, true));
    return next;
}

Result<ContractVersion> amendment(const SupportContract &contract, const Support *support,
                                  const QDate &today)
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
    // Agreed on `today` at the earliest: once the support is over, nothing more is agreed.
    ContractVersion agreed = next;
    agreed.startDate = std::max(next.startDate, today);
    PASSERELLE_CHECK(withinSupport(support, agreed, false));
    return next;
}

Problems check(const HouseholdFile &file, const SupportContract &contract,
               const ReferenceCatalog &refs)
{
    Problems problems = Validation::check(contract, refs);
    const Support *support = file.support(contract.actionId);
    if (!support || !support->endDate.isValid())
        return problems;
    for (qsizetype i = 1; i < contract.versions.size(); ++i) {
        const ContractVersion &v = contract.versions.at(i);
        if (v.startDate.isValid() && v.startDate > support->endDate) {
            problems.append({u"versions["_s + QString::number(i) + u"].startDate"_s,
                             Msg::tr("Version no. %1 starts on %2, after the end of support "
                                     "(%3).")
                                     .arg(v.number)
                                     .arg(day(v.startDate), day(support->endDate))});
        }
    }
    return problems;
}

QDate signingDate(const ContractVersion &version)
{
    return version.date.isValid() ? version.date : version.startDate;
}

QStringList printWarnings(const HouseholdFile &file, const SupportContract &contract,
                          int versionNumber)
{
    QStringList warnings;
    const ContractVersion *version = nullptr;
    for (const ContractVersion &v : contract.versions) {
        if (v.number == versionNumber || (versionNumber <= 0 && &v == contract.currentVersion()))
            version = &v;
    }
    const SupportPlan *plan = file.plan(contract.actionId);
    if (!version || !plan)
        return warnings;
    const QDate signing = signingDate(*version);
    if (!signing.isValid())
        return warnings;
    for (const Objective &o : plan->objectives) {
        // Objectives reached or dropped before a renewal are its history, not a mistake.
        const bool open = o.status.isEmpty() || o.status == u"a_faire" || o.status == u"en_cours";
        if (open && o.targetDate.isValid() && o.targetDate < signing) {
            warnings << Msg::tr("The objective “%1” is due on %2, before the contract is signed "
                                "(%3).")
                                .arg(o.title, day(o.targetDate), day(signing));
        }
    }
    return warnings;
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
    first.endDate = endAfter(first.startDate, c.durationMonths);
    c.versions << first;
    return c;
}

QDate endAfter(const QDate &start, int months)
{
    return start.isValid() && months > 0 ? start.addMonths(months).addDays(-1) : QDate();
}

void setVersionStart(ContractVersion &version, const QDate &start, int months)
{
    const bool followed
            = !version.endDate.isValid() || version.endDate == endAfter(version.startDate, months);
    version.startDate = start;
    if (followed && endAfter(start, months).isValid())
        version.endDate = endAfter(start, months);
}

void setDuration(SupportContract &contract, int months)
{
    for (ContractVersion &v : contract.versions) {
        if (v.startDate.isValid() && v.endDate == endAfter(v.startDate, contract.durationMonths)
            && months > 0)
            v.endDate = endAfter(v.startDate, months);
    }
    contract.durationMonths = months;
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
