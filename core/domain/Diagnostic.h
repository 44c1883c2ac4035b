#pragma once

#include "Types.h"

namespace Passerelle {

/// Level of difficulty in one domain. NotEvaluated is a recorded answer, unlike a missing domain.
enum class DiagnosticLevel { NotEvaluated = -1, None = 0, Light = 1, Important = 2, Major = 3 };

struct DiagnosticDomainAssessment
{
    QString domain; ///< ReferenceList::DiagnosticDomain
    DiagnosticLevel level = DiagnosticLevel::NotEvaluated;
    QString observation;

    bool operator==(const DiagnosticDomainAssessment &) const = default;
};

/// The social diagnostic written by the partner's referent, at entry and again at review or exit.
struct Diagnostic
{
    Id id = 0;
    Id householdId = 0;
    Id actionId = 0;
    QDate date;
    QString kind;       ///< ReferenceList::DiagnosticKind: entree, revision, sortie
    QString author;     ///< name of the referent who wrote it
    Id partnerId = 0;
    QString recommendedIntensity; ///< ReferenceList::SupportIntensity
    QString recommendedLeaseType; ///< ReferenceList::LeaseType
    QString recommendation;
    QStringList partnersToMobilise; ///< ReferenceList::PartnerField codes, sorted
    QList<DiagnosticDomainAssessment> domains; ///< in reference-list order

    /// The assessment of a domain, or nullptr when the domain was not filled in at all.
    const DiagnosticDomainAssessment *assessment(const QString &domain) const
    {
        for (const auto &a : domains) {
            if (a.domain == domain)
                return &a;
        }
        return nullptr;
    }
    DiagnosticDomainAssessment *assessment(const QString &domain)
    {
        return const_cast<DiagnosticDomainAssessment *>(std::as_const(*this).assessment(domain));
    }
    bool operator==(const Diagnostic &) const = default;
};

} // namespace Passerelle
