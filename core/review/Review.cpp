#include "Review.h"

#include "households/DiagnosticComparison.h"
#include "storage/ReviewRepository.h"

#include <QSet>

#include <algorithm>

namespace Passerelle {
namespace {

// One month is 30.4375 days (365.25 / 12) = 487 / 16 days: month figures are exact fractions.
constexpr qint64 MonthNumerator = 487;
constexpr qint64 MonthDenominator = 16;

/// days(a, b) = b − a + 1, both days counted.
qint64 days(const QDate &a, const QDate &b)
{
    return a.daysTo(b) + 1;
}

/// Rounds p / q half up for p ≥ 0, q > 0.
qint64 roundHalfUp(qint64 p, qint64 q)
{
    return (2 * p + q) / (2 * q);
}

bool inPeriod(const QDate &date, const ReviewRequest &r)
{
    return date.isValid() && date >= r.from && date <= r.to;
}

/// The lease running on `day`, if any (the latest started when several would).
const ReviewData::LeaseFacts *leaseOn(const QList<ReviewData::LeaseFacts> &leases,
                                      const QDate &day)
{
    const ReviewData::LeaseFacts *found = nullptr;
    for (const auto &l : leases) {
        if (l.start.isValid() && l.start <= day && (!l.end.isValid() || day <= l.end))
            found = &l;
    }
    return found;
}

/// Dates of the glissements (bail glissant → bail direct) in a household's housing history.
QList<QDate> glissements(const QList<ReviewData::LeaseFacts> &leases)
{
    QList<QDate> dates;
    for (const auto &l : leases) {
        if (l.type != u"bail_direct" || !l.start.isValid())
            continue;
        bool slid = l.startReason == u"glissement";
        for (const auto &previous : leases) {
            slid = slid
                   || (previous.type == u"bail_glissant" && previous.dwellingId == l.dwellingId
                       && previous.end.isValid() && previous.end.addDays(1) == l.start);
        }
        if (slid)
            dates << l.start;
    }
    return dates;
}

QString keyOr(const QString &code)
{
    return code.isEmpty() ? Review::unknownKey() : code;
}

class Counter
{
public:
    explicit Counter(ReviewFigures &f) : m_f(f) {}

    void add(const QString &key, Id household, Id action)
    {
        m_f.m_entries[key].append({household, action});
    }
    /// Counts a support under `code` of a breakdown; an empty code is counted apart, as not
    /// filled in, so that the breakdown keeps only real codes.
    void bump(QMap<QString, qint64> &map, const QString &prefix, const QString &code,
              Id household, Id action)
    {
        if (code.isEmpty())
            m_f.notFilledIn[prefix] += 1;
        else
            map[code] += 1;
        add(prefix + u'.' + (code.isEmpty() ? Review::unknownKey() : code), household, action);
    }

private:
    ReviewFigures &m_f;
};

} // namespace

qint64 Months::tenths() const
{
    const qint64 divisor = MonthNumerator * std::max<qint64>(1, count);
    return roundHalfUp(days * 10 * MonthDenominator, divisor);
}

std::optional<qint64> DomainLevels::entryMeanTenths() const
{
    if (households <= 0)
        return std::nullopt;
    return roundHalfUp(entryTotal * 10, households);
}

std::optional<qint64> DomainLevels::latestMeanTenths() const
{
    if (households <= 0)
        return std::nullopt;
    return roundHalfUp(latestTotal * 10, households);
}

namespace Review {

ReviewRequest previousRequest(const ReviewRequest &r)
{
    ReviewRequest previous = r;
    if (!r.from.isValid() || !r.to.isValid() || r.to < r.from)
        return previous;
    const bool wholeMonths = r.from.day() == 1 && r.to.addDays(1).day() == 1;
    if (wholeMonths) {
        const int months = (r.to.year() - r.from.year()) * 12 + r.to.month() - r.from.month() + 1;
        previous.from = r.from.addMonths(-months);
        previous.to = r.from.addDays(-1);
        return previous;
    }
    const qint64 length = r.from.daysTo(r.to) + 1;
    previous.to = r.from.addDays(-1);
    previous.from = previous.to.addDays(-(length - 1));
    return previous;
}

QString unknownKey()
{
    return QStringLiteral("non_renseigne");
}

std::optional<int> percent(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    return int(roundHalfUp(numerator * 100, denominator));
}

ReviewFigures compute(const ReviewData &d)
{
    ReviewFigures f;
    Counter counter(f);
    const ReviewRequest &r = d.request;
    f.request = r;
    for (Id id : r.actionIds)
        f.actionCodes << d.actionCodes.value(id);
    for (Id id : d.effectiveAgencyIds)
        f.agencyCodes << d.agencyCodes.value(id);
    f.agencyNames = d.agencyNames;
    f.actionNames = d.actionNames;
    f.partnerNames = d.partnerNames;

    static const QList<ReviewData::LeaseFacts> noLeases;
    QSet<Id> supportedHouseholds;
    Months ended{0, 0};
    qint64 qpvNumerator = 0;
    qint64 qpvDenominator = 0;

    // Every calendar month the period touches, in order, for (4) month by month.
    for (QDate month(r.from.year(), r.from.month(), 1); r.to.isValid() && month.isValid() && month <= r.to;
         month = month.addMonths(1))
        f.supportMonthsByMonth << MonthOfSupport{month, Months{0, 1}};
    const auto monthIndex = [&r](const QDate &day) {
        return (day.year() - r.from.year()) * 12 + day.month() - r.from.month();
    };

    for (const auto &s : d.supports) {
        if (!s.start.isValid())
            continue;
        const auto &leases = d.leases.contains(s.householdId) ? d.leases[s.householdId] : noLeases;
        if (inPeriod(s.start, r)) {
            ++f.householdsEntered;
            counter.add(QStringLiteral("households_entered"), s.householdId, s.actionId);
            counter.add(QStringLiteral("files_opened"), s.householdId, s.actionId);
        }
        if (inPeriod(s.end, r)) {
            ++f.householdsExited;
            counter.add(QStringLiteral("households_exited"), s.householdId, s.actionId);
            counter.add(QStringLiteral("files_closed"), s.householdId, s.actionId);
            counter.bump(f.exitOutcomes, QStringLiteral("exit_outcomes"), s.outcome,
                         s.householdId, s.actionId);
            ended.days += days(s.start, s.end);
            ended.count += 1;
        }
        const bool supported = s.start <= r.to && (!s.end.isValid() || s.end >= r.from);
        if (!supported)
            continue;

        // (1) households supported in the period, once per action.
        ++f.householdsSupported;
        supportedHouseholds.insert(s.householdId);
        counter.add(QStringLiteral("households_supported"), s.householdId, s.actionId);
        if (s.householdKind == u"nouvel_entrant") {
            ++f.newEntrants;
            counter.add(QStringLiteral("new_entrants"), s.householdId, s.actionId);
        } else if (s.householdKind == u"locataire_en_place") {
            ++f.existingTenants;
            counter.add(QStringLiteral("existing_tenants"), s.householdId, s.actionId);
        }

        // (4) months of support within the period.
        const QDate first = std::max(s.start, r.from);
        const QDate last = s.end.isValid() ? std::min(s.end, r.to) : r.to;
        f.supportMonths.days += days(first, last);
        // ... and month by month, for the chart: the same days, cut at each month's end.
        for (QDate day = first; day <= last;) {
            const QDate monthEnd = std::min(QDate(day.year(), day.month(), 1).addMonths(1).addDays(-1), last);
            f.supportMonthsByMonth[monthIndex(day)].months.days += days(day, monthEnd);
            day = monthEnd.addDays(1);
        }

        // (6) and (10) the lease running on the last day of P the household was supported.
        const ReviewData::LeaseFacts *lease = leaseOn(leases, last);
        if (lease) {
            ++qpvDenominator;
            counter.add(QStringLiteral("qpv_share.denominator"), s.householdId, s.actionId);
            if (lease->qpv) {
                ++qpvNumerator;
                counter.add(QStringLiteral("qpv_share.numerator"), s.householdId, s.actionId);
            }
        }
        counter.bump(f.leaseTypes, QStringLiteral("lease_types"),
                     lease ? lease->type : QString(), s.householdId,
                     s.actionId);

        // (8) supports that had a bail glissant at any time.
        if (std::any_of(leases.cbegin(), leases.cend(),
                        [](const auto &l) { return l.type == u"bail_glissant"; })) {
            ++f.slidingLeasesUsed;
            counter.add(QStringLiteral("sliding_leases.used"), s.householdId, s.actionId);
        }

        // (10) breakdowns.
        const auto h = d.households.constFind(s.householdId);
        const ReviewData::HouseholdFacts facts = h != d.households.cend()
                                                     ? *h
                                                     : ReviewData::HouseholdFacts{};
        if (facts.publics.isEmpty()) {
            counter.bump(f.publics, QStringLiteral("publics"), QString(), s.householdId,
                         s.actionId);
        }
        for (const QString &p : facts.publics)
            counter.bump(f.publics, QStringLiteral("publics"), p, s.householdId, s.actionId);
        counter.bump(f.compositions, QStringLiteral("compositions"), facts.composition,
                     s.householdId, s.actionId);
        counter.bump(f.priorSituations, QStringLiteral("prior_situations"), facts.priorSituation,
                     s.householdId, s.actionId);
        counter.bump(f.resourceSources, QStringLiteral("resource_sources"),
                     facts.mainResourceSource, s.householdId, s.actionId);
        counter.bump(f.agencies, QStringLiteral("agencies"), d.agencyCodes.value(facts.agencyId),
                     s.householdId, s.actionId);
    }

    // Diagnostic levels at entry and at the latest diagnostic (on or before the period's end),
    // for the households supported in the period; the pair is chosen as the household file
    // chooses it, and the levels compared domain by domain as the file compares them.
    f.diagnosticsCompared = d.diagnosticsCompared.size();
    for (Id id : d.diagnosticsCompared)
        counter.add(QStringLiteral("diagnostics.compared"), id, 0);
    for (const ReviewData::LevelPair &pair : d.diagnosticLevels) {
        const DomainTrend trend = DiagnosticComparison::trend(pair.entry, pair.latest);
        if (trend == DomainTrend::NotComparable)
            continue;
        DomainLevels &levels = f.diagnosticLevels[pair.domain];
        levels.households += pair.households;
        levels.entryTotal += int(pair.entry) * pair.households;
        levels.latestTotal += int(pair.latest) * pair.households;
        levels.better += trend == DomainTrend::Better ? pair.households : 0;
        levels.worse += trend == DomainTrend::Worse ? pair.households : 0;
        levels.same += trend == DomainTrend::Same ? pair.households : 0;
    }

    if (ended.count > 0)
        f.averageSupportMonths = ended;
    f.qpvShare = {qpvNumerator, qpvDenominator, percent(qpvNumerator, qpvDenominator)};

    // (7) retention at +24 months: households of the scope whose first lease started on E,
    // E + 24 calendar months within the period's end; maintained if a lease runs that day.
    qint64 cohort = 0;
    qint64 maintained = 0;
    QList<Id> householdIds = d.retentionLeases.keys();
    std::sort(householdIds.begin(), householdIds.end());
    for (Id id : std::as_const(householdIds)) {
        const auto &leases = d.retentionLeases[id];
        QDate firstStart;
        for (const auto &l : leases) {
            if (l.start.isValid() && (!firstStart.isValid() || l.start < firstStart))
                firstStart = l.start;
        }
        if (!firstStart.isValid())
            continue;
        const QDate day = firstStart.addMonths(24); // the 29th-31st fall back to the month's end
        if (day > r.to)
            continue;
        ++cohort;
        counter.add(QStringLiteral("retention_24m.cohort"), id, 0);
        if (leaseOn(leases, day)) {
            ++maintained;
            counter.add(QStringLiteral("retention_24m.maintained"), id, 0);
        }
    }
    f.retention24m = {maintained, cohort, percent(maintained, cohort)};

    // (8) glissements dated in the period, for the households supported in it.
    QList<Id> supportedIds(supportedHouseholds.cbegin(), supportedHouseholds.cend());
    std::sort(supportedIds.begin(), supportedIds.end());
    for (Id id : std::as_const(supportedIds)) {
        for (const QDate &date : glissements(d.leases.value(id))) {
            if (inPeriod(date, r)) {
                ++f.slidingLeasesSlid;
                counter.add(QStringLiteral("sliding_leases.slid"), id, 0);
            }
        }
    }

    // (11) contacts dated in the period for the households supported in it (all of their
    // contacts, as the definition says, whatever action a contact was recorded under).
    // (The repository reads only the contacts of the households supported.)
    const QSet<Id> contacted(d.contactedHouseholds.cbegin(), d.contactedHouseholds.cend());
    for (const auto &c : d.contacts) {
        f.contactsByType[c.type] += c.count;
        f.contactsTotal += c.count;
    }
    for (Id id : std::as_const(supportedIds)) {
        if (contacted.contains(id))
            counter.add(QStringLiteral("contacts.households"), id, 0);
    }
    if (f.supportMonths.days > 0) {
        f.contactsPerHouseholdMonthTenths =
            roundHalfUp(f.contactsTotal * MonthNumerator * 10,
                        MonthDenominator * f.supportMonths.days);
    }

    // (12) partners mobilised in the period for the households supported in it.
    QMap<QString, QSet<Id>> partnerHouseholds;
    for (const auto &m : d.mobilisations) {
        if (!supportedHouseholds.contains(m.householdId))
            continue;
        const bool overlaps = (!m.start.isValid() || m.start <= r.to)
                              && (!m.end.isValid() || m.end >= r.from);
        if (!overlaps)
            continue;
        const QString code = keyOr(d.partnerCodes.value(m.partnerId));
        if (partnerHouseholds[code].contains(m.householdId))
            continue;
        partnerHouseholds[code].insert(m.householdId);
        counter.add(QStringLiteral("partners.") + code, m.householdId, m.actionId);
    }
    for (auto it = partnerHouseholds.cbegin(); it != partnerHouseholds.cend(); ++it)
        f.partners.insert(it.key(), it.value().size());

    // (13) referrals dated in the period.
    for (const auto &ref : d.referrals) {
        ++f.referralsReceived;
        counter.add(QStringLiteral("referrals.received"), ref.householdId, ref.actionId);
        if (ref.outcome == u"acceptee") {
            ++f.referralsAccepted;
            counter.add(QStringLiteral("referrals.accepted"), ref.householdId, ref.actionId);
        } else if (ref.outcome == u"refus_menage") {
            ++f.referralsRefusedByHousehold;
            counter.add(QStringLiteral("referrals.refused_by_household"), ref.householdId,
                        ref.actionId);
        } else if (ref.outcome == u"refus_bailleur" || ref.outcome == u"refus_cal") {
            ++f.referralsRefusedByLandlord;
            counter.add(QStringLiteral("referrals.refused_by_landlord"), ref.householdId,
                        ref.actionId);
        }
    }
    f.refusalRate = {f.referralsRefusedByHousehold, f.referralsReceived,
                     percent(f.referralsRefusedByHousehold, f.referralsReceived)};

    // (15) cost.
    f.expenses = d.expenses;
    for (auto it = d.fundingReceived.cbegin(); it != d.fundingReceived.cend(); ++it)
        f.fundingBySource.insert(it.key(), it.value());
    if (f.householdsSupported > 0 && f.expenses >= 0)
        f.costPerHousehold = roundHalfUp(f.expenses, f.householdsSupported);

    for (auto &list : f.m_entries)
        std::sort(list.begin(), list.end());
    return f;
}

Result<ReviewFigures> compute(Database &db, const Scope &scope, const ReviewRequest &request,
                              const std::atomic_bool *cancel)
{
    PASSERELLE_TRY(data, ReviewRepository(db).load(scope, request, cancel));
    return compute(data);
}

} // namespace Review
} // namespace Passerelle
