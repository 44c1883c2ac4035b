#include "Journal.h"

#include "SqlValue.h"
#include "security/JournalChain.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
};

/// The advisory lock that serialises the journal's writers on PostgreSQL: a constant with the
/// journal table the writer will insert into (its oid, found as the INSERT finds the table),
/// so that bases in other schemas of the same server database, such as the tests' throwaway
/// schemas, never wait for this one.
const QString &journalLock()
{
    static const QString sql = u"SELECT pg_advisory_xact_lock((1348563827::bigint << 32) | "
                               "'audit_log'::regclass::oid::bigint)"_s;
    return sql;
}

const QString &columns()
{
    static const QString c = u"id, at, user_id, login, operation, entity, entity_id, "
                             "household_id, summary, prev_hash, hash"_s;
    return c;
}

QVariant idOrNull(Id id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = Sql::fromSql<QDateTime>(q.value(1));
    e.userId = q.value(2).toLongLong();
    e.login = q.value(3).toString();
    e.operation = q.value(4).toString();
    e.entity = q.value(5).toString();
    e.entityId = q.value(6).toLongLong();
    e.householdId = q.value(7).toLongLong();
    e.summary = q.value(8).toString();
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

struct Purge
{
    Id upToId = 0;
    QString anchor;
};

/// The last purge of old entries, if any.
Result<std::optional<Purge>> lastPurge(Database &db)
{
    PASSERELLE_TRY(q, db.exec(u"SELECT up_to_id, anchor_hash FROM audit_purges "
                              "ORDER BY id DESC LIMIT 1"_s));
    if (!q.next())
        return std::optional<Purge>();
    return std::optional<Purge>(Purge{q.value(0).toLongLong(), q.value(1).toString()});
}

/// The highest id SQLite ever gave to an entry (AUTOINCREMENT never reuses one): an entry
/// removed from the end of the journal leaves it above the last id.
Result<Id> highestIssuedId(Database &db)
{
    if (db.backend() != Backend::Sqlite)
        return Id(0);
    PASSERELLE_TRY(seq, db.scalar(u"SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'"_s));
    return seq.isNull() ? Id(0) : seq.toLongLong();
}

} // namespace

JournalWriter::JournalWriter(Database &db) : m_db(db), m_query(db.connection()) {}

Status JournalWriter::prepare()
{
    if (m_db.backend() == Backend::Postgres) {
        auto locked = m_db.exec(journalLock());
        if (!locked)
            return locked.error();
    }
    QString head = u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s;
    if (m_db.backend() == Backend::Postgres) {
        // An account's role reads only part of the journal (row-level security): the head
        // of the whole chain comes from a function of the owner (ServerAccounts).
        PASSERELLE_TRY(installed, m_db.scalar(u"SELECT to_regprocedure("
                                              "'passerelle_journal_head()') IS NOT NULL"_s));
        if (installed.toBool())
            head = u"SELECT id, hash FROM passerelle_journal_head()"_s;
    }
    PASSERELLE_TRY(last, m_db.exec(head));
    if (last.next()) {
        m_lastId = last.value(0).toLongLong();
        m_head = last.value(1).toString();
    } else {
        PASSERELLE_TRY(purge, lastPurge(m_db));
        m_lastId = purge ? purge->upToId : 0;
        m_head = purge ? purge->anchor : JournalChain::genesis();
    }
    // On SQLite, the next id follows the highest ever issued, so that an entry removed from
    // the end leaves a gap that `check` sees.
    PASSERELLE_TRY(issued, highestIssuedId(m_db));
    m_lastId = std::max(m_lastId, issued);
    m_query.setForwardOnly(true);
    if (!m_query.prepare(u"INSERT INTO audit_log ("_s + columns()
                         + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)) {
        return m_db.errorFrom(m_query.lastError(), Msg::tr("preparing the journal"));
    }
    m_prepared = true;
    return {};
}

Status JournalWriter::insert(AuditEntry &entry)
{
    if (!m_prepared)
        PASSERELLE_CHECK(prepare());
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    // Stored, hence hashed, to the second.
    entry.at = QDateTime::fromString(JournalChain::storedTime(entry.at), Qt::ISODate).toUTC();
    entry.id = m_lastId + 1;
    entry.prevHash = m_head;
    entry.hash = JournalChain::hashOf(entry);
    const QVariantList values = {entry.id,
                                 JournalChain::storedTime(entry.at),
                                 idOrNull(entry.userId),
                                 entry.login,
                                 entry.operation,
                                 entry.entity,
                                 idOrNull(entry.entityId),
                                 idOrNull(entry.householdId),
                                 entry.summary,
                                 entry.prevHash,
                                 entry.hash};
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // Text columns are NOT NULL: a null QString is bound as an empty one.
        m_query.bindValue(i, v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(u""_s) : v);
    }
    if (!m_query.exec())
        return m_db.errorFrom(m_query.lastError(), Msg::tr("writing the journal"));
    m_lastId = entry.id;
    m_head = entry.hash;
    return {};
}

namespace Journal {

Status installGuards(Database &db)
{
    QStringList statements;
    if (db.backend() == Backend::Sqlite) {
        const QString refuse =
            u"SELECT RAISE(ABORT, 'The journal is append-only: its entries cannot be changed "
            "or deleted.')"_s;
        statements
            << u"CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log "
               "BEGIN "_s + refuse + u"; END"_s
            << u"CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
               "WHEN OLD.id > (SELECT COALESCE(MAX(up_to_id), 0) FROM audit_purges) BEGIN "_s
                   + refuse + u"; END"_s
            << u"CREATE TRIGGER IF NOT EXISTS audit_purges_no_update BEFORE UPDATE ON "
               "audit_purges BEGIN "_s + refuse + u"; END"_s
            << u"CREATE TRIGGER IF NOT EXISTS audit_purges_no_delete BEFORE DELETE ON "
               "audit_purges BEGIN "_s + refuse + u"; END"_s;
    } else {
        statements
            << u"CREATE OR REPLACE FUNCTION passerelle_journal_guard() RETURNS trigger "
               "LANGUAGE plpgsql AS $$ BEGIN "
               "IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_log' AND OLD.id <= "
               "(SELECT COALESCE(MAX(up_to_id), 0) FROM audit_purges) THEN RETURN OLD; END IF; "
               "RAISE EXCEPTION 'The journal is append-only: its entries cannot be changed or "
               "deleted.'; END $$"_s
            << u"DROP TRIGGER IF EXISTS audit_log_guard ON audit_log"_s
            << u"CREATE TRIGGER audit_log_guard BEFORE UPDATE OR DELETE ON audit_log FOR EACH "
               "ROW EXECUTE FUNCTION passerelle_journal_guard()"_s
            << u"DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log"_s
            << u"CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH "
               "STATEMENT EXECUTE FUNCTION passerelle_journal_guard()"_s
            << u"DROP TRIGGER IF EXISTS audit_purges_guard ON audit_purges"_s
            << u"CREATE TRIGGER audit_purges_guard BEFORE UPDATE OR DELETE ON audit_purges FOR "
               "EACH ROW EXECUTE FUNCTION passerelle_journal_guard()"_s;
    }
    for (const QString &sql : std::as_const(statements)) {
        auto done = db.exec(sql);
        if (!done)
            return done.error();
    }
    return {};
}

Result<bool> guardsInstalled(Database &db)
{
    if (db.backend() == Backend::Sqlite) {
        PASSERELLE_TRY(count, db.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE type = "
                                        "'trigger' AND name IN ('audit_log_no_update', "
                                        "'audit_log_no_delete', 'audit_purges_no_update', "
                                        "'audit_purges_no_delete')"_s));
        return count.toInt() == 4;
    }
    // The triggers of this base's own tables (other schemas of the server have theirs).
    PASSERELLE_TRY(count, db.scalar(u"SELECT COUNT(*) FROM pg_trigger WHERE NOT tgisinternal "
                                    "AND tgrelid IN ('audit_log'::regclass, "
                                    "'audit_purges'::regclass) "
                                    "AND tgname IN ('audit_log_guard', 'audit_log_no_truncate', "
                                    "'audit_purges_guard')"_s));
    return count.toInt() == 3;
}

Status chainUnhashedEntries(Database &db)
{
    PASSERELLE_TRY(q, db.exec(u"SELECT "_s + columns()
                              + u" FROM audit_log WHERE hash = '' ORDER BY id"_s));
    QList<AuditEntry> entries;
    while (q.next())
        entries << entryFrom(q);
    QString head = JournalChain::genesis();
    for (AuditEntry &e : entries) {
        e.prevHash = head;
        e.hash = JournalChain::hashOf(e);
        auto updated = db.exec(u"UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"_s,
                               {e.prevHash, e.hash, e.id});
        if (!updated)
            return updated.error();
        head = e.hash;
    }
    return {};
}

Result<QList<JournalProblem>> verify(Database &db)
{
    constexpr qsizetype MaxProblems = 50;
    QList<JournalProblem> problems;
    const auto report = [&](Id id, QString message) {
        if (problems.size() < MaxProblems)
            problems.append({id, std::move(message)});
    };
    PASSERELLE_TRY(guarded, guardsInstalled(db));
    if (!guarded) {
        report(0, Msg::tr("The guards that keep the journal append-only were removed from the "
                          "database: someone changed it outside Passerelle."));
    }
    PASSERELLE_TRY(purge, lastPurge(db));
    Id expectedId = purge ? purge->upToId + 1 : 1;
    QString expectedPrev = purge ? purge->anchor : JournalChain::genesis();
    PASSERELLE_TRY(q, db.exec(u"SELECT "_s + columns() + u" FROM audit_log ORDER BY id"_s));
    Id lastId = purge ? purge->upToId : 0;
    bool first = true;
    while (q.next()) {
        const AuditEntry e = entryFrom(q);
        if (e.id != expectedId) {
            if (first && !purge && e.id > 1) {
                report(e.id, Msg::tr("The first %n entries of the journal were deleted.",
                                     nullptr, int(e.id - 1)));
            } else if (e.id == expectedId + 1) {
                report(e.id, Msg::tr("The entry %1 of the journal was deleted.").arg(expectedId));
            } else if (e.id > expectedId) {
                report(e.id, Msg::tr("Entries %1 to %2 of the journal were deleted.")
                                 .arg(expectedId)
                                 .arg(e.id - 1));
            } else {
                report(e.id, Msg::tr("The entry %1 of the journal is out of order.").arg(e.id));
            }
        } else if (e.prevHash != expectedPrev) {
            report(e.id, Msg::tr("The entry %1 of the journal does not follow the entry before "
                                 "it: an entry before it was altered or replaced.")
                             .arg(e.id));
        }
        if (JournalChain::hashOf(e) != e.hash) {
            report(e.id,
                   Msg::tr("The entry %1 of the journal was altered after it was written.")
                       .arg(e.id));
        }
        expectedPrev = e.hash;
        expectedId = e.id + 1;
        lastId = e.id;
        first = false;
    }
    PASSERELLE_TRY(issued, highestIssuedId(db));
    if (issued > lastId) {
        report(issued, Msg::tr("The last %n entries of the journal were deleted.", nullptr,
                               int(issued - lastId)));
    }
    return problems;
}

} // namespace Journal

} // namespace Passerelle
