#include "Retention.h"

namespace Passerelle {

Status Retention::validate(const RetentionSettings &s)
{
    if (s.years < RetentionSettings::MinYears || s.years > RetentionSettings::MaxYears) {
        return Error::validation(tr("Keep household files between %1 and %2 years after the "
                                    "last contact.")
                                     .arg(RetentionSettings::MinYears)
                                     .arg(RetentionSettings::MaxYears));
    }
    if (s.journalMonths < RetentionSettings::MinJournalMonths
        || s.journalMonths > RetentionSettings::MaxJournalMonths) {
        return Error::validation(tr("Keep the journal between %1 and %2 months.")
                                     .arg(RetentionSettings::MinJournalMonths)
                                     .arg(RetentionSettings::MaxJournalMonths));
    }
    return {};
}

QDate Retention::lastActivity(const RetentionFacts &f)
{
    QDate last;
    for (const QDate &d : {f.lastContact, f.lastSupportEnd, f.lastReferral}) {
        if (d.isValid() && (!last.isValid() || d > last))
            last = d;
    }
    return last.isValid() ? last : f.created;
}

bool Retention::isDue(const RetentionFacts &facts, const QDate &today,
                      const RetentionSettings &settings)
{
    if (facts.supportOngoing)
        return false;
    const QDate last = lastActivity(facts);
    return last.isValid() && last < cutoff(today, settings);
}

} // namespace Passerelle
