#pragma once

#include "DocumentContent.h"
#include "domain/Action.h"
#include "domain/Partner.h"
#include "domain/ReferenceCatalog.h"
#include "households/HouseholdFile.h"

namespace Passerelle {

/// Everything the contract d'accompagnement tripartite is built from.
struct ContractSources
{
    HouseholdFile file;
    Id actionId = 0;
    int versionNumber = 0; ///< the version to print; 0 for the current (latest) one
    Organisation organisation;
    Action action;           ///< with its funding lines
    QList<Partner> partners; ///< the partners named (association with its contacts, others)
    QList<User> users;
    QList<Agency> agencies;
    ReferenceCatalog catalog;
};

/// The contract d'accompagnement tripartite of one support, as template data: the three
/// parties, the action and its funders, the dwelling and the lease (with the sous-location
/// and glissement of a bail glissant, art. L.442-8-3 CCH), the objectives by axis, duration
/// and renewal, commitments, meeting frequency, the personal-data clause, place and date.
class ContractDocument
{
    Q_DECLARE_TR_FUNCTIONS(ContractDocument)

public:
    static QString templateName() { return QStringLiteral("contract.html"); }
    /// The fields, flags and lists a contract template may use.
    static const Vocabulary &vocabulary();
    static Result<DocumentContent> build(const ContractSources &sources);

    /// The contract of `actionId` in `file`; with no action (0), the household's only contract.
    static Result<const SupportContract *> contractOf(const HouseholdFile &file, Id actionId);
};

} // namespace Passerelle
