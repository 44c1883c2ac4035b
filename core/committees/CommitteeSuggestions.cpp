#include "CommitteeSuggestions.h"

#include "domain/HouseholdStatus.h"
#include "domain/Plan.h"
#include "domain/ReferenceCatalog.h"
#include "storage/CommitteeSuggestionRepository.h"
#include "storage/OrganisationRepository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Passerelle::CommitteeSuggestions {

namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(CommitteeSuggestions)
};

/// "Impayés de loyer" → "impayés de loyer" inside a sentence; an acronym ("CAF…") stays.
QString inSentence(const QString &label)
{
    if (label.size() >= 2 && label.at(0).isUpper() && label.at(1).isLower())
        return label.at(0).toLower() + label.mid(1);
    return label;
}

std::optional<SuggestionReason> alertReason(const CommitteeSuggestionFacts::HouseholdFacts &h,
                                            const QDate &date, const ReferenceCatalog &catalog)
{
    int open = 0;
    QStringList types;
    for (const auto &a : h.alerts) {
        // Open on the day of the committee: raised by then, not closed by then.
        if (!a.date.isValid() || a.date > date)
            continue;
        if (a.closedDate.isValid() && a.closedDate <= date)
            continue;
        ++open;
        if (!types.contains(a.type))
            types << a.type;
    }
    if (open == 0)
        return std::nullopt;
    std::sort(types.begin(), types.end());
    QStringList labels;
    for (const QString &type : std::as_const(types))
        labels << inSentence(catalog.label(ReferenceList::AlertType, type));
    SuggestionReason r;
    r.code = QString::fromUtf16(OpenAlert);
    r.count = open;
    r.alertTypes = types;
    const QString named = labels.join(QStringLiteral(", "));
    r.text = open == 1 ? Msg::tr("Open alert: %1").arg(named)
                       : Msg::tr("%n open alerts: %1", nullptr, open).arg(named);
    return r;
}

std::optional<SuggestionReason>
objectivesReason(const CommitteeSuggestionFacts::HouseholdFacts &h, const QDate &date)
{
    QSet<Id> runningActions;
    for (const auto &s : h.supports) {
        if (s.startDate.isValid() && !s.endDate.isValid())
            runningActions.insert(s.actionId);
    }
    int overdue = 0;
    for (const auto &o : h.objectives) {
        if (!runningActions.contains(o.actionId))
            continue;
        Objective objective;
        objective.status = o.status;
        objective.targetDate = o.targetDate;
        if (objective.isOverdue(date))
            ++overdue;
    }
    if (overdue == 0)
        return std::nullopt;
    SuggestionReason r;
    r.code = QString::fromUtf16(OverdueObjectives);
    r.count = overdue;
    r.text = Msg::tr("%n overdue objective(s)", nullptr, overdue);
    return r;
}

std::optional<SuggestionReason> contactReason(const CommitteeSuggestionFacts::HouseholdFacts &h,
                                              const QDate &date, int noContactDays)
{
    QDate since = h.lastContact.isValid() && h.lastContact <= date ? h.lastContact : QDate();
    const bool everContacted = since.isValid();
    if (!everContacted) {
        // Never met: counted from the start of the support that runs.
        for (const auto &s : h.supports) {
            if (s.startDate.isValid() && !s.endDate.isValid()
                && (!since.isValid() || s.startDate < since))
                since = s.startDate;
        }
    }
    if (!since.isValid())
        return std::nullopt;
    const qint64 days = since.daysTo(date);
    if (days <= noContactDays)
        return std::nullopt;
    SuggestionReason r;
    r.code = QString::fromUtf16(NoRecentContact);
    r.count = int(days);
    r.text = everContacted
                 ? Msg::tr("No contact for %n day(s)", nullptr, r.count)
                 : Msg::tr("No contact since the start of support (%n day(s))", nullptr, r.count);
    return r;
}

} // namespace

QString noContactDaysKey()
{
    return QStringLiteral("no_contact_days");
}

int noContactDaysFrom(const QString &setting)
{
    bool ok = false;
    const int days = setting.trimmed().toInt(&ok);
    return ok && days > 0 ? days : DefaultNoContactDays;
}

Result<int> noContactDays(Database &db)
{
    PASSERELLE_TRY(setting, OrganisationRepository(db).setting(noContactDaysKey()));
    return noContactDaysFrom(setting);
}

QList<CommitteeSuggestion> compute(const CommitteeSuggestionFacts &facts, int noContactDays,
                                   const ReferenceCatalog &catalog)
{
    QList<CommitteeSuggestion> out;
    const QDate date = facts.date;
    if (!date.isValid())
        return out;
    for (const auto &h : facts.households) {
        QList<std::pair<QDate, QDate>> spans;
        for (const auto &s : h.supports)
            spans.append({s.startDate, s.endDate});
        if (HouseholdStatus::compute(spans, {}) != u"accompagnement")
            continue;
        CommitteeSuggestion suggestion;
        suggestion.householdId = h.id;
        suggestion.reference = h.reference;
        suggestion.name = h.name;
        suggestion.agencyId = h.agencyId;
        if (auto r = alertReason(h, date, catalog))
            suggestion.reasons << *r;
        if (auto r = objectivesReason(h, date))
            suggestion.reasons << *r;
        if (auto r = contactReason(h, date, noContactDays))
            suggestion.reasons << *r;
        if (!suggestion.reasons.isEmpty())
            out << suggestion;
    }
    std::sort(out.begin(), out.end(), [](const CommitteeSuggestion &a,
                                         const CommitteeSuggestion &b) {
        return a.reference < b.reference;
    });
    return out;
}

Result<QList<CommitteeSuggestion>> suggest(Database &db, const Scope &scope, Id agencyId,
                                           const QDate &date)
{
    if (!date.isValid())
        return Error::validation(Msg::tr("Choose the date of the committee first."));
    PASSERELLE_TRY(days, noContactDays(db));
    PASSERELLE_TRY(catalog, OrganisationRepository(db).catalog());
    PASSERELLE_TRY(facts, CommitteeSuggestionRepository(db).facts(scope, agencyId, date));
    return compute(facts, days, catalog);
}

} // namespace Passerelle::CommitteeSuggestions

namespace Passerelle {

QStringList CommitteeSuggestion::codes() const
{
    QStringList out;
    for (const SuggestionReason &r : reasons)
        out << r.code;
    return out;
}

QString CommitteeSuggestion::reasonText() const
{
    QStringList texts;
    for (const SuggestionReason &r : reasons)
        texts << r.text;
    return texts.join(CommitteeSuggestions::Msg::tr("; "));
}

} // namespace Passerelle
