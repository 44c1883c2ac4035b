#pragma once

#include "DocumentContent.h"
#include "domain/Action.h"
#include "domain/FollowUp.h"
#include "domain/Household.h"

namespace Passerelle {

/// Everything the agenda of a follow-up committee is built from. Only the households'
/// reference, name and CESF are read from `households`.
struct CommitteeAgendaSources
{
    FollowUpCommittee committee;
    QHash<Id, Household> households; ///< the households reviewed, by id
    Organisation organisation;
    Action action; ///< the committee's action, if any
    QList<User> users;
    QList<Agency> agencies;
};

/// The agenda (ordre du jour) of a follow-up committee: date, place, participants and the
/// households to review, by reference and name with the reason only. Never notes,
/// observations, diagnostics, publics or anything sensitive: those are not in its vocabulary,
/// so no template can print them.
class CommitteeAgendaDocument
{
    Q_DECLARE_TR_FUNCTIONS(CommitteeAgendaDocument)

public:
    static QString templateName() { return QStringLiteral("committee_agenda.html"); }
    static const Vocabulary &vocabulary();
    static Result<DocumentContent> build(const CommitteeAgendaSources &sources);
};

} // namespace Passerelle
