#include "DiagnosticComparison.h"

#include <QCoreApplication>

namespace Passerelle::DiagnosticComparison {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticComparison)
};

std::optional<DiagnosticLevel> levelOf(const Diagnostic &d, const QString &domain)
{
    if (const DiagnosticDomainAssessment *a = d.assessment(domain))
        return a->level;
    return std::nullopt;
}

bool isRated(std::optional<DiagnosticLevel> level)
{
    return level.has_value() && *level != DiagnosticLevel::NotEvaluated;
}

} // namespace

DomainTrend trend(std::optional<DiagnosticLevel> from, std::optional<DiagnosticLevel> to)
{
    if (!isRated(from) || !isRated(to))
        return DomainTrend::NotComparable;
    if (int(*to) < int(*from))
        return DomainTrend::Better;
    if (int(*to) > int(*from))
        return DomainTrend::Worse;
    return DomainTrend::Same;
}

QList<DomainChange> compare(const Diagnostic &entry, const Diagnostic &latest,
                            const QStringList &order)
{
    QStringList domains = order;
    for (const Diagnostic *d : {&entry, &latest}) {
        for (const DiagnosticDomainAssessment &a : d->domains) {
            if (!domains.contains(a.domain))
                domains << a.domain;
        }
    }
    QList<DomainChange> changes;
    for (const QString &domain : std::as_const(domains)) {
        DomainChange c;
        c.domain = domain;
        c.entry = levelOf(entry, domain);
        c.latest = levelOf(latest, domain);
        c.trend = trend(c.entry, c.latest);
        changes << c;
    }
    return changes;
}

DomainChangeCounts count(const QList<DomainChange> &changes)
{
    DomainChangeCounts counts;
    for (const DomainChange &c : changes) {
        switch (c.trend) {
        case DomainTrend::Better:
            ++counts.better;
            break;
        case DomainTrend::Worse:
            ++counts.worse;
            break;
        case DomainTrend::Same:
            ++counts.same;
            break;
        case DomainTrend::NotComparable:
            ++counts.notComparable;
            break;
        }
    }
    return counts;
}

ComparedDiagnostics choose(const QList<Diagnostic> &diagnostics)
{
    ComparedDiagnostics chosen;
    for (qsizetype i = 0; i < diagnostics.size(); ++i) {
        const Diagnostic &d = diagnostics.at(i);
        if (d.kind != u"entree" || !d.date.isValid())
            continue;
        if (chosen.entry < 0 || d.date < diagnostics.at(chosen.entry).date)
            chosen.entry = i;
    }
    if (chosen.entry < 0)
        return chosen;
    const QDate entryDate = diagnostics.at(chosen.entry).date;
    for (qsizetype i = 0; i < diagnostics.size(); ++i) {
        const Diagnostic &d = diagnostics.at(i);
        if (i == chosen.entry || !d.date.isValid() || d.date < entryDate)
            continue;
        // On the same day, the one listed last is the latest.
        if (chosen.latest < 0 || d.date >= diagnostics.at(chosen.latest).date)
            chosen.latest = i;
    }
    return chosen;
}

QString levelLabel(std::optional<DiagnosticLevel> level)
{
    if (!level)
        return Msg::tr("not filled in");
    switch (*level) {
    case DiagnosticLevel::NotEvaluated:
        return Msg::tr("not assessed");
    case DiagnosticLevel::None:
        return Msg::tr("0 — no difficulty");
    case DiagnosticLevel::Light:
        return Msg::tr("1 — slight fragility");
    case DiagnosticLevel::Important:
        return Msg::tr("2 — significant difficulty");
    case DiagnosticLevel::Major:
        return Msg::tr("3 — major difficulty");
    }
    return {};
}

QString trendLabel(DomainTrend trend)
{
    switch (trend) {
    case DomainTrend::Better:
        return Msg::tr("↓ better");
    case DomainTrend::Worse:
        return Msg::tr("↑ worse");
    case DomainTrend::Same:
        return Msg::tr("= unchanged");
    case DomainTrend::NotComparable:
        return Msg::tr("not comparable");
    }
    return {};
}

} // namespace Passerelle::DiagnosticComparison
