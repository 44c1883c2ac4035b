#pragma once

#include "Result.h"
#include "domain/Types.h"
#include "security/Scope.h"

namespace Passerelle {

class Database;
class ReferenceCatalog;

/// Why a household is proposed to a follow-up committee. The text names the kind of problem
/// only (an alert's type, a number of objectives, a number of days): never a note, an
/// observation, an amount or anything of the diagnostic.
struct SuggestionReason
{
    QString code; ///< one of CommitteeSuggestions::OpenAlert, OverdueObjectives, NoRecentContact
    QString text; ///< "Alerte ouverte : impayés de loyer", "2 objectifs en retard"…
    /// Open alerts, overdue objectives, or days since the last contact (or since the start of
    /// support when there was none).
    int count = 0;
    QStringList alertTypes; ///< OpenAlert: the types (ReferenceList::AlertType), sorted

    bool operator==(const SuggestionReason &) const = default;
};

/// A household in support that a committee should review, with every reason.
struct CommitteeSuggestion
{
    Id householdId = 0;
    QString reference;
    QString name; ///< "DUPONT Hélène"
    Id agencyId = 0;
    QList<SuggestionReason> reasons; ///< in the order OpenAlert, OverdueObjectives, NoRecentContact

    QStringList codes() const;
    /// The reasons' texts joined on one line, as a committee review records them.
    QString reasonText() const;

    bool operator==(const CommitteeSuggestion &) const = default;
};

/// The stored facts the suggestions are computed from, restricted to the agency asked for and
/// the reader's Scope, and to households with a support not ended. Loaded by
/// CommitteeSuggestionRepository in a few queries whatever the number of households.
struct CommitteeSuggestionFacts
{
    struct SupportFacts
    {
        Id actionId = 0;
        QDate startDate;
        QDate endDate;
    };
    struct AlertFacts
    {
        Id id = 0;
        QString type;
        QDate date;
        QDate closedDate;
    };
    struct ObjectiveFacts
    {
        Id actionId = 0; ///< the action of its plan
        Id id = 0;
        QString status;
        QDate targetDate;
    };
    struct HouseholdFacts
    {
        Id id = 0;
        QString reference;
        QString name;
        Id agencyId = 0;
        QList<SupportFacts> supports;     ///< its supports that have not ended
        QList<AlertFacts> alerts;         ///< not closed on or before the date
        QList<ObjectiveFacts> objectives; ///< with a target date before the date
        QDate lastContact;                ///< latest contact on or before the date; may be invalid
    };

    QDate date; ///< the day of the committee
    QList<HouseholdFacts> households; ///< by reference
};

/// Which households a follow-up committee should review: those in support (status
/// "accompagnement") that, on the day of the committee, have an open alert, an overdue
/// objective (Objective::isOverdue) in the plan of a running support, or no contact for more
/// than the database setting "no_contact_days" (30 by default) — counted from the last contact,
/// or from the start of support when there was none.
namespace CommitteeSuggestions {

inline constexpr char16_t OpenAlert[] = u"alerte_ouverte";
inline constexpr char16_t OverdueObjectives[] = u"objectifs_en_retard";
inline constexpr char16_t NoRecentContact[] = u"sans_contact_recent";

/// The database setting that holds the number of days without contact.
QString noContactDaysKey();
inline constexpr int DefaultNoContactDays = 30;
/// The setting's value as a number of days (the default when empty or not a positive number).
int noContactDaysFrom(const QString &setting);
/// The number of days without contact the database is set to.
Result<int> noContactDays(Database &db);

/// The suggestions from the facts, by reference. Alert types are named with the catalog's
/// labels. Needs no database.
QList<CommitteeSuggestion> compute(const CommitteeSuggestionFacts &facts, int noContactDays,
                                   const ReferenceCatalog &catalog);

/// Loads the facts of the agency (every agency of the scope when 0) for `date`, the setting and
/// the catalog, and computes the suggestions.
Result<QList<CommitteeSuggestion>> suggest(Database &db, const Scope &scope, Id agencyId,
                                           const QDate &date);

} // namespace CommitteeSuggestions
} // namespace Passerelle
