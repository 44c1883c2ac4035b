#pragma once

#include "DocumentContent.h"
#include "domain/Action.h"
#include "domain/Partner.h"
#include "domain/ReferenceCatalog.h"
#include "households/HouseholdFile.h"

namespace Passerelle {

/// Everything the invitation to a tripartite meeting is built from.
struct ConvocationSources
{
    HouseholdFile file;
    TripartiteMeeting meeting;
    QDate letterDate;
    Organisation organisation;
    Action action;           ///< the meeting's action, if any
    QList<Partner> partners; ///< the supporting association with its contacts
    QList<User> users;
    QList<Agency> agencies;
    ReferenceCatalog catalog;
};

/// The invitation (convocation) to a tripartite meeting, sent to the household and to the
/// association: date, time, place, purpose, who is expected.
class ConvocationDocument
{
    Q_DECLARE_TR_FUNCTIONS(ConvocationDocument)

public:
    static QString templateName() { return QStringLiteral("convocation.html"); }
    static const Vocabulary &vocabulary();
    static Result<DocumentContent> build(const ConvocationSources &sources);
};

} // namespace Passerelle
