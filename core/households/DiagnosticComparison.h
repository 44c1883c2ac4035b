#pragma once

#include "domain/Diagnostic.h"
#include "domain/ReferenceLists.h"

#include <optional>

namespace Passerelle {

/// How a domain moved between two diagnostics. Levels go from 0 (no difficulty) to 3 (major
/// difficulty): a lower level is better.
enum class DomainTrend { Better, Worse, Same, NotComparable };

/// One domain of two diagnostics side by side. An empty level means the domain was not filled
/// in at all, which differs from a level recorded as « non évalué » (NotEvaluated).
struct DomainChange
{
    QString domain;
    std::optional<DiagnosticLevel> entry;
    std::optional<DiagnosticLevel> latest;
    DomainTrend trend = DomainTrend::NotComparable;

    bool operator==(const DomainChange &) const = default;
};

struct DomainChangeCounts
{
    int better = 0;
    int worse = 0;
    int same = 0;
    int notComparable = 0;

    bool operator==(const DomainChangeCounts &) const = default;
};

/// The diagnostics a file compares: the entry diagnostic (the earliest of kind "entree") and
/// the latest other dated one. Indexes in the list, -1 when there is none.
struct ComparedDiagnostics
{
    qsizetype entry = -1;
    qsizetype latest = -1;

    bool isComplete() const { return entry >= 0 && latest >= 0; }
    bool operator==(const ComparedDiagnostics &) const = default;
};

namespace DiagnosticComparison {

/// The trend from one level to another; NotComparable when either is missing or not evaluated.
DomainTrend trend(std::optional<DiagnosticLevel> from, std::optional<DiagnosticLevel> to);

/// The change per domain: the domains of `order` first (by default the reference list's),
/// then any other domain either diagnostic assessed, in the order met.
QList<DomainChange> compare(const Diagnostic &entry, const Diagnostic &latest,
                            const QStringList &order
                            = ReferenceLists::builtInCodes(ReferenceList::DiagnosticDomain));

DomainChangeCounts count(const QList<DomainChange> &changes);

ComparedDiagnostics choose(const QList<Diagnostic> &diagnostics);

/// "0 — no difficulty" … "3 — major difficulty", "not assessed"; "not filled in" when empty.
QString levelLabel(std::optional<DiagnosticLevel> level);
/// "↓ better", "↑ worse", "= unchanged", "not comparable".
QString trendLabel(DomainTrend trend);

} // namespace DiagnosticComparison

/// The change per domain from the entry diagnostic to the latest one.
inline QList<DomainChange> compareDiagnostics(const Diagnostic &entry, const Diagnostic &latest)
{
    return DiagnosticComparison::compare(entry, latest);
}

} // namespace Passerelle
