#pragma once

#include "Database.h"
#include "domain/Audit.h"

#include <QSqlQuery>

namespace Passerelle {

/// Appends entries to the tamper-evident journal (audit_log): each entry gets the next id and
/// the hash of the entry before it (JournalChain). The one way entries are written. Use it
/// inside a transaction: the chain's head is read once, then extended entry by entry.
class JournalWriter
{
    Q_DISABLE_COPY_MOVE(JournalWriter)

public:
    explicit JournalWriter(Database &db);

    /// Reads the head of the chain (and on PostgreSQL waits for other writers of the journal
    /// to commit, so that two entries never chain from the same one).
    Status prepare();
    /// Appends `entry` (its time is set to now when empty); sets its id and hashes.
    Status insert(AuditEntry &entry);

private:
    Database &m_db;
    QSqlQuery m_query;
    QString m_head;
    Id m_lastId = 0;
    bool m_prepared = false;
};

/// A problem in the journal's chain, as `check` reports it.
struct JournalProblem
{
    Id id = 0;       ///< the entry at fault (or the first entry after a gap)
    QString message; ///< French sentence
};

namespace Journal {

/// Installs the guards that refuse UPDATE and DELETE of journal entries (and of purge records),
/// per database engine. Idempotent.
Status installGuards(Database &db);
/// Whether the guards are in place (a missing guard is reported by `check`).
Result<bool> guardsInstalled(Database &db);
/// Gives a hash to the entries written before the journal was chained (schema 3 and earlier),
/// in id order. Run by the upgrade to schema 4, before the guards are installed.
Status chainUnhashedEntries(Database &db);
/// Verifies the whole chain: every entry's hash, the link to the entry before, the start
/// (genesis, or the anchor of the last purge) and the end (no entry removed after the last).
/// Reads entry by entry; an empty list means the journal is whole.
Result<QList<JournalProblem>> verify(Database &db);

} // namespace Journal

} // namespace Passerelle
