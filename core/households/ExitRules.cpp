#include "ExitRules.h"

#include <algorithm>

namespace Passerelle::ExitRules {

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

} // namespace Passerelle::ExitRules
