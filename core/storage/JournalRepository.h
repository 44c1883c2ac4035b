#pragma once

#include "Repository.h"
#include "domain/FieldLabels.h"
#include "security/Retention.h"

namespace Passerelle {

/// Which entries of the journal to show (Administration › Journal).
struct JournalFilter
{
    QString login;              ///< the account, exactly; empty: every account
    QString householdReference; ///< the household's file reference, exactly; empty: all
    QString operation;          ///< "read", "update", "export"...; empty: every kind
    QDate from;                 ///< first day (local time), included; invalid: no bound
    QDate to;                   ///< last day (local time), included; invalid: no bound
    int limit = 200;            ///< entries per page (0: no limit, for exports)
    int offset = 0;             ///< entries skipped, newest first
};

/// One entry with the reference of its household (the journal keeps only the id).
struct JournalLine
{
    AuditEntry entry;
    QString householdReference;
};

/// One page of the filtered journal, newest first, and how many entries match in all.
struct JournalEntries
{
    QList<JournalLine> lines;
    qint64 total = 0;
};

/// What a purge of old journal entries did.
struct JournalPurge
{
    qint64 removed = 0;
    Id upToId = 0;
    QString anchorHash; ///< the hash of the last entry removed, that the next one chains from
};

/// Reading the journal (Permission::ReadJournal), exporting a filtered view of it, and purging
/// the entries older than the retention setting (Permission::Retention). Entries are written
/// by JournalWriter only. names() is what every view of the journal reads its ids with.
class JournalRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(JournalRepository)

public:
    using Repository::Repository;

    /// The entries matching `filter`, newest first.
    Result<JournalEntries> list(const Scope &scope, const JournalFilter &filter) const;
    /// The accounts and the kinds of operation found in the journal (for the filters).
    Result<QStringList> logins(const Scope &scope) const;
    Result<QStringList> operations(const Scope &scope) const;

    /// What the ids and codes of `entries` stand for, as every view of the journal shows them
    /// (the Historique tab of a household, Administration › Journal and its export): the
    /// addresses of dwellings, the names of partners, actions, agencies and users, the labels
    /// of codes with the administrator's entries. A record deleted since has an empty name
    /// (it reads « (deleted) »). Read in a few queries, for these entries only. No permission
    /// of its own: it names only what the scope may see (directory records, which every scope
    /// reads; a dwelling of an agency the scope covers, or named by an entry of a household
    /// the scope sees; any other dwelling reads as gone, so that a scope does not reveal
    /// where a household it may not see lives).
    Result<FieldLabels::Names> names(const Scope &scope, const QList<AuditEntry> &entries) const;
    Result<FieldLabels::Names> names(const Scope &scope, const QList<JournalLine> &lines) const;

    /// Writes every entry matching `filter` (its limit ignored) to `path` as CSV (labels and
    /// names, not codes and ids), atomically, and journals the export. Returns the number of
    /// entries written.
    Result<qint64> exportCsv(const Scope &scope, JournalFilter filter, const QString &path) const;
    /// The CSV of journal lines: date, account, operation, record, household, details, number;
    /// the details read linked records with `names` (see names()).
    static QByteArray toCsv(const QList<JournalLine> &lines, const FieldLabels::Names &names = {});

    /// Purges the entries written before `cutoff`, in one transaction: records the purge
    /// (the hash the next entry chains from), deletes the entries, and journals a "purge"
    /// entry. Nothing happens (removed = 0) when no entry is that old.
    Result<JournalPurge> purgeBefore(const Scope &scope, const QDateTime &cutoff) const;
};

} // namespace Passerelle
