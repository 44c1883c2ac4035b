#include "ExitRules.h"

#include "HousingRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace Passerelle::ExitRules {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(ExitRules)
};

QString day(const QDate &date)
{
    return date.toString(u"dd/MM/yyyy");
}

} // namespace

QList<int> checkOffsets()
{
    return {6, 12, 24};
}

QDate checkDueDate(const QDate &endDate, int offsetMonths)
{
    // QDate::addMonths keeps the day, or falls back to the month's last day (31/08 + 6 months
    // = 28/02 or 29/02), which is how the review and SupportRepository::planChecks count.
    return endDate.isValid() ? endDate.addMonths(offsetMonths) : QDate();
}

QList<int> missingChecks(const Support &support, const QList<PostSupportCheck> &checks)
{
    QList<int> missing;
    if (!support.endDate.isValid())
        return missing;
    for (int offset : checkOffsets()) {
        const bool present = std::any_of(checks.cbegin(), checks.cend(),
                                         [offset](const PostSupportCheck &c) {
                                             return c.offsetMonths == offset;
                                         });
        if (!present)
            missing << offset;
    }
    return missing;
}

namespace {

Support *findSupport(HouseholdFile &file, Id supportId)
{
    for (Support &s : file.supports) {
        if (s.id == supportId)
            return &s;
    }
    return nullptr;
}

} // namespace

int planChecks(HouseholdFile &file, Id supportId)
{
    const Support *support = findSupport(file, supportId);
    if (!support)
        return 0;
    const QList<int> missing = missingChecks(*support, file.checks.value(supportId));
    if (missing.isEmpty())
        return 0;
    const QDate end = support->endDate;
    for (int offset : missing) {
        PostSupportCheck check;
        // Asked before each insertion: the file's checks are part of what it counts.
        check.id = file.nextTemporaryId();
        check.supportId = supportId;
        check.offsetMonths = offset;
        check.dueDate = checkDueDate(end, offset);
        file.checks[supportId].append(check);
    }
    QList<PostSupportCheck> &checks = file.checks[supportId];
    std::stable_sort(checks.begin(), checks.end(),
                     [](const PostSupportCheck &a, const PostSupportCheck &b) {
                         return a.offsetMonths < b.offsetMonths;
                     });
    return int(missing.size());
}

void setEndDate(HouseholdFile &file, Id supportId, const QDate &endDate)
{
    Support *support = findSupport(file, supportId);
    if (!support)
        return;
    support->endDate = endDate;
    if (!endDate.isValid())
        return; // the checks stay as planned: a cleared date is often a date being retyped
    const auto it = file.checks.find(supportId);
    if (it == file.checks.end())
        return;
    for (PostSupportCheck &c : *it) {
        if (!c.doneDate.isValid())
            c.dueDate = checkDueDate(endDate, c.offsetMonths);
    }
}

CheckState checkState(const PostSupportCheck &check, const QDate &today)
{
    if (check.doneDate.isValid())
        return CheckState::Done;
    if (!check.dueDate.isValid())
        return CheckState::Unplanned;
    if (check.dueDate < today)
        return CheckState::Late;
    if (today.daysTo(check.dueDate) <= DueWithinDays)
        return CheckState::Due;
    return CheckState::Upcoming;
}

std::optional<Months> timeSupported(const Support &support, const QDate &today)
{
    if (!support.startDate.isValid())
        return std::nullopt;
    const QDate last = support.endDate.isValid() ? support.endDate : today;
    if (!last.isValid() || last < support.startDate)
        return std::nullopt;
    Months months;
    months.days = support.startDate.daysTo(last) + 1;
    return months;
}

QStringList stillOpen(const HouseholdFile &file, Id supportId, const QDate &endDate,
                      const ReferenceCatalog &refs)
{
    QStringList open;
    const Support *support = nullptr;
    for (const Support &s : file.supports) {
        if (s.id == supportId)
            support = &s;
    }
    if (!support || !endDate.isValid())
        return open;
    for (const Alert &a : file.alerts) {
        if (a.isOpen() && a.date.isValid() && a.date <= endDate) {
            open << Msg::tr("Alert “%1” of %2, still open")
                            .arg(refs.label(ReferenceList::AlertType, a.type), day(a.date));
        }
    }
    if (const SupportContract *contract = file.contract(support->actionId)) {
        const ContractVersion *current = contract->currentVersion();
        if (current && current->endDate.isValid() && current->endDate > endDate) {
            open << Msg::tr("The support contract (version no. %1) runs until %2")
                            .arg(current->number)
                            .arg(day(current->endDate));
        }
    }
    if (const SupportPlan *plan = file.plan(support->actionId)) {
        for (const Objective &o : plan->objectives) {
            if (o.status == u"a_faire" || o.status == u"en_cours") {
                open << Msg::tr("Objective “%1”: %2")
                                .arg(o.title, refs.label(ReferenceList::ObjectiveStatus, o.status));
            }
        }
    }
    for (const Lease &l : file.leases) {
        const bool running = l.startDate.isValid() && l.startDate <= endDate
                             && (!l.endDate.isValid() || l.endDate >= endDate);
        if (running && l.type == u"bail_glissant") {
            open << Msg::tr("The bail glissant of %1 has not slid to the household")
                            .arg(day(l.startDate));
        }
    }
    return open;
}

std::optional<Diagnostic> exitDiagnostic(const HouseholdFile &file, Id supportId,
                                         const QDate &today)
{
    const Support *support = nullptr;
    for (const Support &s : file.supports) {
        if (s.id == supportId)
            support = &s;
    }
    if (!support || !support->endDate.isValid())
        return std::nullopt;
    const Diagnostic *entry = nullptr;
    for (const Diagnostic &d : file.diagnostics) {
        if (d.actionId != support->actionId)
            continue;
        if (d.kind == u"sortie")
            return std::nullopt; // already written
        if (d.kind == u"entree" && (!entry || d.date < entry->date))
            entry = &d;
    }
    Diagnostic exit;
    exit.householdId = file.household.id;
    exit.actionId = support->actionId;
    exit.kind = QStringLiteral("sortie");
    exit.date = std::min(support->endDate, today);
    exit.partnerId = support->partnerId;
    exit.author = support->partnerReferent;
    if (entry) {
        // The same domains as at entry, to be assessed again: the comparison needs both.
        exit.author = entry->author.isEmpty() ? exit.author : entry->author;
        exit.partnerId = entry->partnerId ? entry->partnerId : exit.partnerId;
        for (const DiagnosticDomainAssessment &a : entry->domains)
            exit.domains.append({a.domain, DiagnosticLevel::NotEvaluated, QString()});
    }
    return exit;
}

} // namespace Passerelle::ExitRules
