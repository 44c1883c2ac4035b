#include "HousingRules.h"
#include "PathRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace Passerelle::HousingRules {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(HousingRules)
};

const QString glissantType = QStringLiteral("bail_glissant");
const QString directType = QStringLiteral("bail_direct");

QString day(const QDate &date)
{
    return date.toString(u"dd/MM/yyyy");
}

/// The first other lease of the file that shares a day with [start, end] (end empty: open).
const Lease *overlapping(const HouseholdFile &file, Id exceptId, const QDate &start,
                         const QDate &end)
{
    if (!start.isValid())
        return nullptr;
    for (const Lease &other : file.leases) {
        if (other.id == exceptId || !other.startDate.isValid())
            continue;
        if (overlap(start, end, other.startDate, other.endDate))
            return &other;
    }
    return nullptr;
}

Lease *findLease(HouseholdFile &file, Id leaseId)
{
    for (Lease &l : file.leases) {
        if (l.id == leaseId)
            return &l;
    }
    return nullptr;
}

Error overlapError(const Lease &other)
{
    return Error::validation(overlapMessage(other.startDate));
}

/// Puts a new dwelling in the file (or checks that a known one is there); its id.
Result<Id> placeDwelling(HouseholdFile &file, Dwelling dwelling, const QString &leaseType,
                         const QDate &date)
{
    if (!date.isValid())
        return Error::validation(Msg::tr("The date of entry is required."));
    if (date < Validation::earliestDate())
        return Error::validation(Msg::tr("The date of entry (%1) is before 1990.").arg(day(date)));
    if (leaseType.isEmpty())
        return Error::validation(Msg::tr("The lease type is required."));
    if (dwelling.id != 0) {
        if (!file.dwellings.contains(dwelling.id))
            return Error::notFound(Msg::tr("This dwelling is not in the household's file."));
        return dwelling.id;
    }
    // The built-in lists are enough: typologies cannot be extended.
    const Problems problems = Validation::check(dwelling, ReferenceCatalog());
    if (!problems.isEmpty())
        return Error::validation(problems.first().message);
    dwelling.id = file.nextTemporaryId();
    if (dwelling.agencyId <= 0)
        dwelling.agencyId = file.household.agencyId;
    file.dwellings.insert(dwelling.id, dwelling);
    return dwelling.id;
}

} // namespace

QString overlapMessage(const QDate &otherStart)
{
    return Msg::tr("This lease overlaps the lease from %1: a household holds one lease at a "
                   "time. End that lease first, or record a relogement.")
            .arg(day(otherStart));
}

bool overlap(const QDate &start, const QDate &end, const QDate &otherStart,
             const QDate &otherEnd)
{
    const QDate running(9999, 12, 31);
    return start <= (otherEnd.isValid() ? otherEnd : running)
           && otherStart <= (end.isValid() ? end : running);
}

Result<Glissement> glissement(const Lease &glissant, const QDate &date, const QDate &today)
{
    if (glissant.type != glissantType)
        return Error::validation(Msg::tr("Only a bail glissant can slide to the household."));
    if (glissant.endReason == u"glissement") {
        return Error::validation(Msg::tr("This bail glissant already slid to the household on %1.")
                                         .arg(day(glissant.endDate.addDays(1))));
    }
    if (!date.isValid() || !glissant.startDate.isValid() || date <= glissant.startDate
        || (glissant.endDate.isValid() && date > glissant.endDate.addDays(1))) {
        return Error::validation(
                Msg::tr("The date of the glissement must fall within the bail glissant (after %1).")
                        .arg(day(glissant.startDate)));
    }
    if (today.isValid() && date > today) {
        return Error::validation(
                Msg::tr("The glissement is dated %1, a day still to come: record it once the "
                        "bail direct is signed.")
                        .arg(day(date)));
    }
    Glissement g;
    g.ended = glissant;
    g.ended.endDate = date.addDays(-1);
    g.ended.endReason = QStringLiteral("glissement");
    g.direct.householdId = glissant.householdId;
    g.direct.dwellingId = glissant.dwellingId;
    g.direct.type = directType;
    g.direct.startReason = QStringLiteral("glissement");
    g.direct.startDate = date;
    // A lease that already had an end (the household left) keeps it on the direct lease.
    if (glissant.endDate.isValid() && glissant.endDate >= date) {
        g.direct.endDate = glissant.endDate;
        g.direct.endReason = glissant.endReason;
    }
    return g;
}

QList<Lease> history(const HouseholdFile &file)
{
    QList<Lease> leases = file.leases;
    std::stable_sort(leases.begin(), leases.end(), [](const Lease &a, const Lease &b) {
        if (a.startDate.isValid() != b.startDate.isValid())
            return a.startDate.isValid();
        return a.startDate < b.startDate;
    });
    return leases;
}

const Lease *lease(const HouseholdFile &file, Id leaseId)
{
    for (const Lease &l : file.leases) {
        if (l.id == leaseId)
            return &l;
    }
    return nullptr;
}

QDate nextReviewDue(const Lease &lease, const QList<LeaseReview> &reviews)
{
    if (lease.type != glissantType || lease.endDate.isValid() || !lease.startDate.isValid())
        return {};
    QDate last;
    for (const LeaseReview &r : reviews) {
        if (r.date.isValid() && (!last.isValid() || r.date > last))
            last = r.date;
    }
    return (last.isValid() ? last : lease.startDate).addMonths(ReviewIntervalMonths);
}

Problems check(const HouseholdFile &file, const Lease &lease, const ReferenceCatalog &refs)
{
    Problems problems = Validation::check(lease, refs);
    if (const Lease *other = overlapping(file, lease.id, lease.startDate, lease.endDate)) {
        problems.append({QStringLiteral("startDate"), overlapMessage(other->startDate)});
    }
    return problems;
}

Result<Id> recordEntry(HouseholdFile &file, Dwelling dwelling, const QString &leaseType,
                       const QDate &date)
{
    if (const Lease *other = overlapping(file, 0, date, QDate()))
        return overlapError(*other);
    HouseholdFile changed = file;
    PASSERELLE_TRY(dwellingId, placeDwelling(changed, dwelling, leaseType, date));
    Lease l;
    l.id = changed.nextTemporaryId();
    l.householdId = file.household.id;
    l.dwellingId = dwellingId;
    l.type = leaseType;
    l.startReason = QStringLiteral("entree");
    l.startDate = date;
    changed.leases.append(l);
    // The support starts with the entry (the CESF meets the household at entry).
    PathRules::startSupportsOnEntry(changed, date);
    file = changed;
    return l.id;
}

Result<Id> recordRelogement(HouseholdFile &file, Id leaseId, Dwelling dwelling,
                            const QString &leaseType, const QDate &date)
{
    HouseholdFile changed = file;
    Lease *current = findLease(changed, leaseId);
    if (!current)
        return Error::notFound(Msg::tr("This lease is not in the household's file."));
    if (!date.isValid() || !current->startDate.isValid() || date <= current->startDate) {
        return Error::validation(
                Msg::tr("The date of the relogement must come after the start of the current lease "
                        "(%1).")
                        .arg(day(current->startDate)));
    }
    if (current->endDate.isValid() && current->endDate < date.addDays(-1)) {
        return Error::validation(
                Msg::tr("This lease already ended on %1: record a new entry instead.")
                        .arg(day(current->endDate)));
    }
    current->endDate = date.addDays(-1);
    current->endReason = QStringLiteral("relogement");
    const Id householdId = current->householdId;
    if (const Lease *other = overlapping(changed, 0, date, QDate()))
        return overlapError(*other);
    PASSERELLE_TRY(dwellingId, placeDwelling(changed, dwelling, leaseType, date));
    Lease next;
    next.id = changed.nextTemporaryId();
    next.householdId = householdId;
    next.dwellingId = dwellingId;
    next.type = leaseType;
    next.startReason = QStringLiteral("relogement");
    next.startDate = date;
    changed.leases.append(next);
    file = changed;
    return next.id;
}

EntryProposal entryProposal(const HouseholdFile &file)
{
    EntryProposal proposal;
    proposal.leaseType = directType;
    const CalDecision *allocated = nullptr;
    for (const CalDecision &c : file.calDecisions) {
        const bool allocates = c.decision == u"attribution" || c.decision == u"attribution_sous_condition";
        if (allocates && c.dwellingId != 0 && file.dwellings.contains(c.dwellingId)
            && (!allocated || c.date >= allocated->date)) {
            allocated = &c;
        }
    }
    if (allocated)
        proposal.dwellingId = allocated->dwellingId;
    const Diagnostic *latest = nullptr;
    for (const Diagnostic &d : file.diagnostics) {
        if (!d.recommendedLeaseType.isEmpty() && (!latest || d.date >= latest->date))
            latest = &d;
    }
    if (latest)
        proposal.leaseType = latest->recommendedLeaseType;
    return proposal;
}

Result<Id> recordGlissement(HouseholdFile &file, Id glissantLeaseId, const QDate &date,
                            const QDate &today)
{
    HouseholdFile changed = file;
    Lease *lease = findLease(changed, glissantLeaseId);
    if (!lease)
        return Error::notFound(Msg::tr("This lease is not in the household's file."));
    PASSERELLE_TRY(g, glissement(*lease, date, today));
    *lease = g.ended;
    if (const Lease *other = overlapping(changed, lease->id, g.direct.startDate, g.direct.endDate))
        return overlapError(*other);
    g.direct.id = changed.nextTemporaryId();
    changed.leases.append(g.direct);
    file = changed;
    return g.direct.id;
}

void removeLease(HouseholdFile &file, Id leaseId)
{
    Id dwellingId = 0;
    for (qsizetype i = 0; i < file.leases.size(); ++i) {
        if (file.leases.at(i).id == leaseId) {
            dwellingId = file.leases.at(i).dwellingId;
            file.leases.removeAt(i);
            break;
        }
    }
    // The stored reviews go with the stored lease (the database cascades).
    file.reviews.remove(leaseId);
    if (dwellingId >= 0)
        return;
    const bool used
            = std::any_of(file.leases.cbegin(), file.leases.cend(),
                          [dwellingId](const Lease &l) { return l.dwellingId == dwellingId; })
              || std::any_of(
                      file.calDecisions.cbegin(), file.calDecisions.cend(),
                      [dwellingId](const CalDecision &c) { return c.dwellingId == dwellingId; });
    if (!used)
        file.dwellings.remove(dwellingId);
}

QString dwellingLabel(const Dwelling &d, const ReferenceCatalog &refs)
{
    const QString place = QString(d.postalCode + u' ' + d.commune).trimmed();
    QString text = d.address.trimmed();
    if (text.isEmpty())
        text = d.reference;
    if (!place.isEmpty())
        text = text.isEmpty() ? place : text + QStringLiteral(", ") + place;
    if (!d.typology.isEmpty())
        text += QStringLiteral(" (") + refs.label(ReferenceList::Typology, d.typology) + u')';
    return text.isEmpty() ? Msg::tr("(dwelling without address)") : text;
}

QString endReasonLabel(const QString &reason, const ReferenceCatalog &refs)
{
    if (reason == u"glissement" || reason == u"relogement")
        return refs.label(ReferenceList::LeaseStartReason, reason);
    return reason;
}

} // namespace Passerelle::HousingRules
