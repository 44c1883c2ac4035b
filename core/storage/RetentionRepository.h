#pragma once

#include "JournalRepository.h"
#include "security/Retention.h"

#include <functional>

namespace Passerelle {

/// A household due for anonymisation, as the retention list shows it: no name, only the
/// reference, the agency and the dates the rule looked at.
struct RetentionCandidate
{
    Id householdId = 0;
    QString reference;
    QString agency;        ///< the agency's name
    QDate lastContact;     ///< invalid when the household never had a contact
    QDate supportEnd;      ///< the latest end of support; invalid when never supported
    QDate lastActivity;    ///< what the rule compared with the cutoff (Retention::lastActivity)
};

/// What a retention run did.
struct RetentionReport
{
    qsizetype anonymised = 0;
    JournalPurge journal;  ///< the purge of old journal entries
    bool compacted = false; ///< the deleted bytes were removed from the file (VACUUM)
    bool cancelled = false; ///< stopped before every household was anonymised
};

/// The retention of household files (CNIL): settings, the households due, and their
/// anonymisation — identity and every free text erased, stored prints deleted, the street
/// address taken out of the file, coded data kept so that the year-end reviews of past years
/// give the same figures. Everything needs Permission::Retention.
///
/// Deleted bytes: on SQLite the run turns `secure_delete` on (freed space is overwritten with
/// zeros), then VACUUMs the file and empties its write-ahead log, so that no erased byte stays
/// in the base. On PostgreSQL it VACUUMs the touched tables: the old row versions become
/// reusable space, but their bytes stay on the server's disk until overwritten, and in the
/// server's WAL archives and backups until those expire (the server's administrator runs
/// VACUUM FULL when that is needed sooner).
class RetentionRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(RetentionRepository)

public:
    using Repository::Repository;

    static QString yearsKey() { return QStringLiteral("retention_years"); }
    static QString journalMonthsKey() { return QStringLiteral("journal_retention_months"); }

    Result<RetentionSettings> settings() const;
    Status saveSettings(const Scope &scope, const RetentionSettings &settings) const;

    /// The households of the scope due for anonymisation on `today`, by reference.
    Result<QList<RetentionCandidate>> candidates(const Scope &scope, const QDate &today) const;

    /// Anonymises one household in one transaction, whether due or not (erasure on request),
    /// and journals it ("retention", no identity). Already anonymised: nothing to do.
    Status anonymise(const Scope &scope, Id householdId) const;

    /// Called after each household: (done, total). Returning false stops the run.
    using Progress = std::function<bool(qsizetype, qsizetype)>;
    /// The retention run: anonymises `householdIds` (each in its own transaction), purges the
    /// journal entries older than the setting, then removes the deleted bytes from the base.
    Result<RetentionReport> run(const Scope &scope, const QList<Id> &householdIds,
                                const Progress &progress = {}) const;

    /// Removes deleted bytes from the base (see the class comment).
    Status compact() const;
};

} // namespace Passerelle
