#include "ReviewSections.h"

#include "documents/FrenchText.h"
#include "domain/ReferenceCatalog.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(ReviewSections)
};

constexpr QChar Minus = QChar(0x2212);

/// « 1 234 » with a narrow no-break space between thousands.
QString thousands(qint64 n)
{
    const bool negative = n < 0;
    QString digits = QString::number(negative ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, FrenchText::NarrowNoBreakSpace);
    return negative ? Minus + digits : digits;
}

QString tenthsText(qint64 t)
{
    const bool negative = t < 0;
    const qint64 a = negative ? -t : t;
    return (negative ? QString(Minus) : QString()) + thousands(a / 10) + u',' + QString::number(a % 10);
}

QString signedText(qint64 difference, const QString &magnitude)
{
    if (difference == 0)
        return u"="_s;
    return (difference > 0 ? u"+"_s : QString(Minus)) + magnitude;
}

} // namespace

ReviewValue ReviewValue::rate(const Rate &r)
{
    ReviewValue v{Kind::Percent, std::nullopt, r.numerator, r.denominator};
    if (r.percent)
        v.number = *r.percent;
    return v;
}

double ReviewValue::spreadsheetNumber() const
{
    const double n = double(number.value_or(0));
    switch (kind) {
    case Kind::Count:
        return n;
    case Kind::Tenths:
        return n / 10.0;
    case Kind::Percent:
        return n / 100.0;
    case Kind::Money:
        return n / 100.0;
    }
    return n;
}

QString ReviewValue::text() const
{
    if (masked)
        return u"< 5"_s;
    if (!number)
        return Msg::tr("n.a.");
    switch (kind) {
    case Kind::Count:
        return thousands(*number);
    case Kind::Tenths:
        return tenthsText(*number);
    case Kind::Percent:
        return QString::number(*number) + FrenchText::NarrowNoBreakSpace + u'%';
    case Kind::Money:
        return FrenchText::money(*number);
    }
    return {};
}

QString ReviewValue::changeFrom(const ReviewValue &previous) const
{
    if (!number || !previous.number || masked || previous.masked || kind != previous.kind)
        return Msg::tr("n.a.");
    const qint64 d = *number - *previous.number;
    const qint64 a = d < 0 ? -d : d;
    switch (kind) {
    case Kind::Count:
        return signedText(d, thousands(a));
    case Kind::Tenths:
        return signedText(d, tenthsText(a));
    case Kind::Percent:
        return signedText(d, Msg::tr("%n pt(s)", nullptr, int(a)));
    case Kind::Money: {
        QString m = FrenchText::money(a);
        return signedText(d, m);
    }
    }
    return {};
}

const ReviewRow *ReviewSection::row(const QString &rowKey) const
{
    for (const ReviewRow &r : rows) {
        if (r.key == rowKey)
            return &r;
    }
    return nullptr;
}

namespace ReviewSections {
namespace {

class Builder
{
public:
    Builder(const ReviewFigures &f, const ReferenceCatalog &catalog,
            const ReviewSectionOptions &options)
        : m_f(f), m_catalog(catalog), m_options(options)
    {
    }

    ReviewSection &section(const QString &key, const QString &title, const QStringList &columns,
                           const QString &definitionKey,
                           ReviewSection::Chart chart = ReviewSection::Chart::None)
    {
        ReviewSection s;
        s.key = key;
        s.title = title;
        s.columns = columns;
        s.definitionKey = definitionKey;
        s.chart = chart;
        m_sections << s;
        return m_sections.last();
    }

    void row(const QString &key, const QString &label, const ReviewValue &value,
             const QString &entriesKey = {}, const QString &definitionKey = {})
    {
        m_sections.last().rows << ReviewRow{key, label, {value}, entriesKey, definitionKey};
    }

    /// A breakdown of households: one row per code, then the ones not filled in.
    void breakdown(const QString &key, const QString &title, const QMap<QString, qint64> &counts,
                   const std::function<QString(const QString &)> &label,
                   ReviewSection::Chart chart = ReviewSection::Chart::Bars)
    {
        ReviewSection &s = section(key, title, {Msg::tr("Households")}, key, chart);
        s.breakdown = true;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            row(key + u'.' + it.key(), label(it.key()), masked(it.value()),
                key + u'.' + it.key());
        const qint64 unknown = m_f.notFilledIn.value(key);
        if (unknown > 0) {
            row(key + u'.' + Review::unknownKey(), Msg::tr("Not filled in"), masked(unknown),
                key + u'.' + Review::unknownKey());
        }
    }

    ReviewValue masked(qint64 n) const
    {
        ReviewValue v = ReviewValue::count(n);
        v.masked = m_options.maskSmallCounts && n >= 1 && n <= 4;
        return v;
    }

    QString listLabel(ReferenceList list, const QString &code) const
    {
        return FrenchText::label(m_catalog, list, code);
    }

    void note(const QString &text) { m_sections.last().note = text; }

    QList<ReviewSection> take() { return std::move(m_sections); }

private:
    const ReviewFigures &m_f;
    const ReferenceCatalog &m_catalog;
    ReviewSectionOptions m_options;
    QList<ReviewSection> m_sections;
};

Cents fundingTotal(const ReviewFigures &f)
{
    Cents total = 0;
    for (Cents c : f.fundingBySource)
        total += c;
    return total;
}

} // namespace

QList<ReviewSection> build(const ReviewFigures &f, const ReferenceCatalog &catalog,
                           const ReviewSectionOptions &options)
{
    Builder b(f, catalog, options);
    using V = ReviewValue;
    using Chart = ReviewSection::Chart;
    const QString value = Msg::tr("Value");

    b.section(u"key_figures"_s, Msg::tr("Key figures"), {value}, QString());
    b.row(u"households_supported"_s, Msg::tr("Households supported in the period"),
          V::count(f.householdsSupported), u"households_supported"_s, u"households_supported"_s);
    b.row(u"new_entrants"_s, Msg::tr("New entrants"), V::count(f.newEntrants), u"new_entrants"_s,
          u"new_entrants"_s);
    b.row(u"existing_tenants"_s, Msg::tr("Existing tenants"), V::count(f.existingTenants),
          u"existing_tenants"_s, u"new_entrants"_s);
    b.row(u"support_months"_s, Msg::tr("Months of support"), V::months(f.supportMonths), {},
          u"support_months"_s);
    b.row(u"average_support_months"_s, Msg::tr("Average length of support (months)"),
          V::tenths(f.averageSupportMonths ? std::optional(f.averageSupportMonths->tenths())
                                           : std::nullopt),
          u"households_exited"_s, u"average_support_months"_s);
    b.row(u"retention_24m"_s, Msg::tr("Housing retention at +24 months"),
          V::rate(f.retention24m), u"retention_24m.maintained"_s, u"retention_24m"_s);
    b.row(u"retention_24m.cohort"_s, Msg::tr("Cohort of the retention at +24 months"),
          V::count(f.retention24m.denominator), u"retention_24m.cohort"_s, u"retention_24m"_s);
    b.row(u"retention_24m.maintained"_s, Msg::tr("Households still housed at +24 months"),
          V::count(f.retention24m.numerator), u"retention_24m.maintained"_s, u"retention_24m"_s);
    b.row(u"qpv_share"_s, Msg::tr("Share of households in a QPV"), V::rate(f.qpvShare),
          u"qpv_share.numerator"_s, u"qpv_share"_s);
    b.row(u"sliding_leases.used"_s, Msg::tr("Baux glissants used"), V::count(f.slidingLeasesUsed),
          u"sliding_leases.used"_s, u"sliding_leases"_s);
    b.row(u"sliding_leases.slid"_s, Msg::tr("Baux glissants slid in the period"),
          V::count(f.slidingLeasesSlid), u"sliding_leases.slid"_s, u"sliding_leases"_s);
    b.row(u"contacts.total"_s, Msg::tr("Contacts"), V::count(f.contactsTotal),
          u"contacts.households"_s, u"contacts"_s);
    b.row(u"contacts.visite_domicile"_s, Msg::tr("Home visits"),
          V::count(f.contactsByType.value(u"visite_domicile"_s)), {}, u"contacts"_s);
    b.row(u"partners.count"_s, Msg::tr("Partners mobilised"), V::count(f.partners.size()), {},
          u"partners"_s);
    b.row(u"cost.per_household"_s, Msg::tr("Cost per household"), V::money(f.costPerHousehold),
          {}, u"cost"_s);
    b.row(u"cost.funding_total"_s, Msg::tr("Funding received"), V::money(fundingTotal(f)), {},
          u"cost"_s);

    b.section(u"activity"_s, Msg::tr("Entries, exits and referrals"), {value}, QString());
    b.row(u"households_entered"_s, Msg::tr("Entries"), V::count(f.householdsEntered),
          u"households_entered"_s, u"households_entered"_s);
    b.row(u"households_exited"_s, Msg::tr("Exits"), V::count(f.householdsExited),
          u"households_exited"_s, u"households_entered"_s);
    b.row(u"files_opened"_s, Msg::tr("Files opened"), V::count(f.filesOpened()),
          u"files_opened"_s, u"files"_s);
    b.row(u"files_closed"_s, Msg::tr("Files closed"), V::count(f.filesClosed()),
          u"files_closed"_s, u"files"_s);
    b.row(u"referrals.received"_s, Msg::tr("Referrals received"), V::count(f.referralsReceived),
          u"referrals.received"_s, u"referrals"_s);
    b.row(u"referrals.accepted"_s, Msg::tr("Referrals accepted"), V::count(f.referralsAccepted),
          u"referrals.accepted"_s, u"referrals"_s);
    b.row(u"referrals.refused_by_household"_s, Msg::tr("Refused by the household"),
          V::count(f.referralsRefusedByHousehold), u"referrals.refused_by_household"_s,
          u"referrals"_s);
    b.row(u"referrals.refused_by_landlord"_s, Msg::tr("Refused by the landlord or the CAL"),
          V::count(f.referralsRefusedByLandlord), u"referrals.refused_by_landlord"_s,
          u"referrals"_s);
    b.row(u"referrals.refusal_rate"_s, Msg::tr("Refusal rate"), V::rate(f.refusalRate),
          u"referrals.refused_by_household"_s, u"referrals"_s);

    b.section(u"cost"_s, Msg::tr("Cost and funding"), {Msg::tr("Amount")}, u"cost"_s);
    b.row(u"cost.expenses"_s, Msg::tr("Expenses"), V::money(f.expenses));
    b.row(u"cost.per_household"_s, Msg::tr("Cost per household"), V::money(f.costPerHousehold));
    for (auto it = f.fundingBySource.cbegin(); it != f.fundingBySource.cend(); ++it) {
        b.row(u"cost.funding."_s + it.key(),
              Msg::tr("Funding: %1").arg(b.listLabel(ReferenceList::FundingSource, it.key())),
              V::money(it.value()));
    }
    b.row(u"cost.funding_total"_s, Msg::tr("Funding received, all sources"),
          V::money(fundingTotal(f)));

    const auto label = [&b](ReferenceList list) {
        return [&b, list](const QString &code) { return b.listLabel(list, code); };
    };
    const auto named = [](const QHash<QString, QString> &names) {
        return [&names](const QString &code) { return names.value(code, code); };
    };
    b.breakdown(u"publics"_s, Msg::tr("Households by public"), f.publics,
                label(ReferenceList::Public));
    b.note(Msg::tr("A household that belongs to two publics counts in both."));
    b.breakdown(u"exit_outcomes"_s, Msg::tr("End-of-support outcomes"), f.exitOutcomes,
                   label(ReferenceList::SupportOutcome), Chart::Pie);
    b.breakdown(u"compositions"_s, Msg::tr("Households by composition"), f.compositions,
                   label(ReferenceList::Composition));
    b.breakdown(u"prior_situations"_s, Msg::tr("Households by situation before entry"),
                   f.priorSituations, label(ReferenceList::PriorSituation));
    b.breakdown(u"resource_sources"_s, Msg::tr("Households by main source of income"),
                   f.resourceSources, label(ReferenceList::ResourceSource));
    b.breakdown(u"lease_types"_s, Msg::tr("Households by lease type"), f.leaseTypes,
                   label(ReferenceList::LeaseType));
    b.breakdown(u"agencies"_s, Msg::tr("Households by agency"), f.agencies,
                   named(f.agencyNames));
    b.breakdown(u"partners"_s, Msg::tr("Partners mobilised (households per partner)"),
                   f.partners, named(f.partnerNames));

    b.section(u"contacts"_s, Msg::tr("Contacts by type"), {Msg::tr("Contacts")},
                 u"contacts"_s, Chart::Bars);
    for (auto it = f.contactsByType.cbegin(); it != f.contactsByType.cend(); ++it) {
        b.row(u"contacts."_s + it.key(), b.listLabel(ReferenceList::ContactType, it.key()),
                 V::count(it.value()));
    }
    b.row(u"contacts.total"_s, Msg::tr("Total"), V::count(f.contactsTotal),
             u"contacts.households"_s);
    b.row(u"contacts.per_household_month"_s, Msg::tr("Contacts per household-month"),
             V::tenths(f.contactsPerHouseholdMonthTenths));

    b.section(u"support_months_by_month"_s, Msg::tr("Months of support, month by month"),
                 {Msg::tr("Months of support")}, u"support_months"_s, Chart::Months);
    for (const MonthOfSupport &m : f.supportMonthsByMonth) {
        b.row(u"support_months."_s + m.month.toString(u"yyyy-MM"_s),
                 QLocale(QLocale::French).toString(m.month, u"MMMM yyyy"_s), V::months(m.months));
    }

    b.section(u"retention"_s, Msg::tr("Retention at +24 months"), {Msg::tr("Households")},
                 u"retention_24m"_s, Chart::Retention);
    b.row(u"retention_24m.maintained"_s, Msg::tr("Still housed at +24 months"),
             b.masked(f.retention24m.numerator), u"retention_24m.maintained"_s);
    b.row(u"retention_24m.left"_s, Msg::tr("No longer housed at +24 months"),
             b.masked(f.retention24m.denominator - f.retention24m.numerator));
    b.row(u"retention_24m.cohort"_s, Msg::tr("Cohort"), V::count(f.retention24m.denominator),
             u"retention_24m.cohort"_s);
    b.row(u"retention_24m"_s, Msg::tr("Retention rate"), V::rate(f.retention24m),
             u"retention_24m.maintained"_s);

    ReviewSection &diagnostics = b.section(
        u"diagnostics"_s, Msg::tr("Diagnostic: levels at entry and at the latest diagnostic"),
        {Msg::tr("Households"), Msg::tr("Mean level at entry"), Msg::tr("Mean level, latest"),
         Msg::tr("Better"), Msg::tr("Stable"), Msg::tr("Worse")},
        u"diagnostics"_s, Chart::DiagnosticLevels);
    diagnostics.note = Msg::tr("%n household(s) supported with an entry diagnostic and a later one."
                               " Levels go from 0 (no difficulty) to 3 (major difficulty).",
                               nullptr, int(f.diagnosticsCompared));
    for (auto it = f.diagnosticLevels.cbegin(); it != f.diagnosticLevels.cend(); ++it) {
        const DomainLevels &l = it.value();
        diagnostics.rows << ReviewRow{u"diagnostics."_s + it.key(),
                                      b.listLabel(ReferenceList::DiagnosticDomain, it.key()),
                                      {b.masked(l.households), V::tenths(l.entryMeanTenths()),
                                       V::tenths(l.latestMeanTenths()), b.masked(l.better),
                                       b.masked(l.same), b.masked(l.worse)},
                                      u"diagnostics.compared"_s,
                                      {}};
    }
    // Domains in the order of their reference list, not of their codes.
    const QStringList order = ReferenceLists::builtInCodes(ReferenceList::DiagnosticDomain);
    std::stable_sort(diagnostics.rows.begin(), diagnostics.rows.end(),
                     [&order](const ReviewRow &x, const ReviewRow &y) {
                         const auto rank = [&order](const ReviewRow &r) {
                             const qsizetype i = order.indexOf(r.key.section(u'.', 1));
                             return i < 0 ? order.size() : i;
                         };
                         return rank(x) < rank(y);
                     });
    return b.take();
}

std::optional<ReviewRow> previousRow(const ReviewSection *before, const ReviewRow &row)
{
    if (!before)
        return std::nullopt;
    if (const ReviewRow *found = before->row(row.key))
        return *found;
    if (row.values.size() != 1)
        return std::nullopt;
    const ReviewValue::Kind kind = row.values.first().kind;
    if (kind != ReviewValue::Kind::Count && kind != ReviewValue::Kind::Money)
        return std::nullopt;
    ReviewRow zero = row;
    zero.values = {kind == ReviewValue::Kind::Count ? ReviewValue::count(0)
                                                    : ReviewValue::money(0)};
    return zero;
}

QList<ReviewDefinition> definitions()
{
    return {
        {u"conventions"_s, Msg::tr("Conventions"),
         Msg::tr("The period includes its first and last days; days(a, b) = b − a + 1. One month "
                 "is 30.4375 days (365.25 / 12): month figures have one decimal rounded half up, "
                 "and sums are made on unrounded values and rounded once. Percentages are "
                 "rounded half up to a whole number. A rate whose denominator is zero is shown "
                 "« n.a. » (not available), never 0.")},
        {u"scope"_s, Msg::tr("Scope"),
         Msg::tr("The actions and agencies chosen (none: all of them). A user who may see only "
                 "her agency gets only her agency, whatever she asks.")},
        {u"households_supported"_s, Msg::tr("Households supported in the period"),
         Msg::tr("Supports that started on or before the last day of the period and had not "
                 "ended before its first day (no end yet, or an end on or after the first day). "
                 "A household counts once per action.")},
        {u"households_entered"_s, Msg::tr("Entries and exits"),
         Msg::tr("Entries: supports whose first day falls in the period. Exits: supports whose "
                 "last day falls in the period.")},
        {u"new_entrants"_s, Msg::tr("New entrants and existing tenants"),
         Msg::tr("Among the households supported, by the household's kind: new entrant (housed "
                 "through the action) or existing tenant of the landlord.")},
        {u"support_months"_s, Msg::tr("Months of support"),
         Msg::tr("Sum, over the households supported, of the days of support within the period "
                 "(from the later of the start of support and the first day of the period to "
                 "the earlier of the end of support and the last day of the period), divided by "
                 "30.4375.")},
        {u"average_support_months"_s, Msg::tr("Average length of support"),
         Msg::tr("Mean, over the supports that ended in the period, of their whole length (first "
                 "to last day) divided by 30.4375; « n.a. » when none ended.")},
        {u"qpv_share"_s, Msg::tr("Share of households in a QPV"),
         Msg::tr("Among the households supported, those whose dwelling — of the lease running on "
                 "the last day of the period on which the household was supported — is in a "
                 "priority neighbourhood of the city policy (QPV). Households without a lease on "
                 "that day are left out of both counts.")},
        {u"retention_24m"_s, Msg::tr("Housing retention at +24 months"),
         Msg::tr("Cohort: the households of the scope whose first lease started on a date E such "
                 "that E + 24 months falls on or before the last day of the period (calendar "
                 "months: 15/03/2017 gives 15/03/2019; the 29th to 31st fall back to the month's "
                 "last day). Still housed: the household holds a lease of the landlord on day "
                 "E + 24 months, in any dwelling (a glissement or a move is not a break). The "
                 "rate is still housed / cohort.")},
        {u"sliding_leases"_s, Msg::tr("Baux glissants"),
         Msg::tr("Used: supports, among the households supported, that had a bail glissant at "
                 "any time. Slid: glissements (a bail glissant turned into a bail direct) dated "
                 "in the period.")},
        {u"exit_outcomes"_s, Msg::tr("End-of-support outcomes"),
         Msg::tr("The supports that ended in the period, by outcome of the end of support.")},
        {u"publics"_s, Msg::tr("Breakdowns"),
         Msg::tr("The households supported, by public (a household with two publics counts in "
                 "both), by composition, by situation before entry, by main source of income, "
                 "by type of the lease running on the last day of the period on which the "
                 "household was supported, and by agency. Households whose value is not filled "
                 "in are counted apart.")},
        {u"contacts"_s, Msg::tr("Contacts"),
         Msg::tr("Contacts dated in the period for the households supported, by type; home visits "
                 "are the contacts of type « home visit ». Contacts per household-month: the "
                 "contacts divided by the months of support.")},
        {u"partners"_s, Msg::tr("Partners mobilised"),
         Msg::tr("The distinct partners mobilised in the support plans during the period for the "
                 "households supported, with the number of households for each.")},
        {u"referrals"_s, Msg::tr("Referrals"),
         Msg::tr("Referrals dated in the period: received, accepted, refused by the household, "
                 "refused by the landlord or the CAL. Refusal rate: refused by the household / "
                 "received.")},
        {u"files"_s, Msg::tr("Files opened and closed"),
         Msg::tr("Files opened: the entries. Files closed: the exits.")},
        {u"cost"_s, Msg::tr("Cost and funding"),
         Msg::tr("Expenses recorded for the actions of the scope, dated in the period; funding "
                 "received in the period, by source; cost per household: the expenses divided "
                 "by the households supported.")},
        {u"diagnostics"_s, Msg::tr("Diagnostic levels"),
         Msg::tr("For the households supported that have an entry diagnostic and a later one "
                 "(dated on or before the last day of the period): for each domain assessed in "
                 "both (0 no difficulty to 3 major difficulty; « not assessed » left out), the "
                 "mean level at entry and at the latest diagnostic, and how many households "
                 "are better, stable or worse.")},
    };
}

ReviewDefinition definition(const QString &key)
{
    for (const ReviewDefinition &d : definitions()) {
        if (d.key == key)
            return d;
    }
    // The breakdowns share one definition.
    static const QStringList breakdowns{u"compositions"_s, u"prior_situations"_s,
                                        u"resource_sources"_s, u"lease_types"_s, u"agencies"_s};
    if (breakdowns.contains(key))
        return definition(u"publics"_s);
    if (key == u"retention"_s)
        return definition(u"retention_24m"_s);
    if (key == u"support_months_by_month"_s)
        return definition(u"support_months"_s);
    return {};
}

QString periodText(const ReviewRequest &r)
{
    if (r.from.day() == 1 && r.from.month() == 1 && r.to.day() == 31 && r.to.month() == 12) {
        if (r.from.year() == r.to.year())
            return Msg::tr("year %1").arg(r.from.year());
        return Msg::tr("years %1 to %2").arg(r.from.year()).arg(r.to.year());
    }
    return Msg::tr("from %1 to %2").arg(FrenchText::date(r.from), FrenchText::date(r.to));
}

QString shortPeriodText(const ReviewRequest &r)
{
    if (r.from.day() == 1 && r.from.month() == 1 && r.to.day() == 31 && r.to.month() == 12) {
        if (r.from.year() == r.to.year())
            return QString::number(r.from.year());
        return QString::number(r.from.year()) + QChar(0x2013) + QString::number(r.to.year());
    }
    return r.from.toString(u"dd/MM/yyyy"_s) + u" – "_s + r.to.toString(u"dd/MM/yyyy"_s);
}

QString actionsText(const ReviewFigures &f)
{
    if (f.actionCodes.isEmpty())
        return Msg::tr("all actions");
    QStringList names;
    for (const QString &code : f.actionCodes)
        names << f.actionNames.value(code, code);
    return names.join(u"; "_s);
}

QString agenciesText(const ReviewFigures &f)
{
    if (f.agencyCodes.isEmpty())
        return Msg::tr("all agencies");
    QStringList names;
    for (const QString &code : f.agencyCodes)
        names << f.agencyNames.value(code, code);
    return names.join(u", "_s);
}

} // namespace ReviewSections
} // namespace Passerelle
