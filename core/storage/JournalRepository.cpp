#include "JournalRepository.h"

#include "households/HistoryText.h"
#include "io/SafeFiles.h"
#include "review/ReviewExport.h"
#include "security/JournalChain.h"

namespace Passerelle {
namespace {

/// " AND ..." clauses of a filter, and their values.
QString whereOf(const JournalFilter &f, QVariantList &values)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (!f.login.isEmpty()) {
        where += QStringLiteral(" AND j.login = ?");
        values << f.login;
    }
    if (!f.householdReference.trimmed().isEmpty()) {
        where += QStringLiteral(" AND j.household_id IN (SELECT id FROM households WHERE "
                                "reference = ?)");
        values << f.householdReference.trimmed();
    }
    if (!f.operation.isEmpty()) {
        where += QStringLiteral(" AND j.operation = ?");
        values << f.operation;
    }
    // Days in local time, as people read them; the journal stores UTC.
    if (f.from.isValid()) {
        where += QStringLiteral(" AND j.at >= ?");
        values << JournalChain::storedTime(f.from.startOfDay().toUTC());
    }
    if (f.to.isValid()) {
        where += QStringLiteral(" AND j.at < ?");
        values << JournalChain::storedTime(f.to.addDays(1).startOfDay().toUTC());
    }
    return where;
}

} // namespace

Result<JournalEntries> JournalRepository::list(const Scope &scope, const JournalFilter &filter) const
{
    PASSERELLE_CHECK(require(scope, Permission::ReadJournal));
    QVariantList values;
    const QString where = whereOf(filter, values);
    JournalEntries page;
    PASSERELLE_TRY(total, m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log j") + where,
                                      values));
    page.total = total.toLongLong();
    QString sql = QStringLiteral("SELECT ") + Tables::auditLog().selectList(QStringLiteral("j"))
                  + QStringLiteral(", h.reference FROM audit_log j LEFT JOIN households h ON "
                                   "h.id = j.household_id")
                  + where + QStringLiteral(" ORDER BY j.id DESC");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << filter.limit << qMax(0, filter.offset);
    }
    PASSERELLE_TRY(q, m_db.exec(sql, values));
    const int width = Tables::auditLog().selectWidth();
    while (q.next()) {
        JournalLine line;
        line.entry = Tables::auditLog().fromRow(q);
        line.householdReference = q.value(width).toString();
        page.lines.append(std::move(line));
    }
    return page;
}

Result<QStringList> JournalRepository::logins(const Scope &scope) const
{
    PASSERELLE_CHECK(require(scope, Permission::ReadJournal));
    PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT DISTINCT login FROM audit_log WHERE "
                                               "login <> '' ORDER BY login")));
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

Result<QStringList> JournalRepository::operations(const Scope &scope) const
{
    PASSERELLE_CHECK(require(scope, Permission::ReadJournal));
    PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT DISTINCT operation FROM audit_log ORDER "
                                               "BY operation")));
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

QByteArray JournalRepository::toCsv(const QList<JournalLine> &lines)
{
    QString text;
    const auto row = [&text](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << ReviewExport::csvCell(c);
        text += quoted.join(u';') + QStringLiteral("\r\n");
    };
    row({tr("Date"), tr("Account"), tr("Operation"), tr("Record"), tr("Household"),
         tr("Details"), tr("Entry")});
    for (const JournalLine &l : lines) {
        const HistoryText::Line shown = HistoryText::line(l.entry);
        row({shown.when, l.entry.login, HistoryText::operation(l.entry.operation),
             HistoryText::entity(l.entry.entity), l.householdReference, shown.details,
             QString::number(l.entry.id)});
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Result<qint64> JournalRepository::exportCsv(const Scope &scope, JournalFilter filter,
                                            const QString &path) const
{
    filter.limit = 0;
    filter.offset = 0;
    PASSERELLE_TRY(page, list(scope, filter));
    // Journaled first, in the same transaction as the file: no file without its entry.
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_CHECK(audit(scope, QStringLiteral("export"), QStringLiteral("journal"), 0, 0,
                           QStringLiteral("csv; entries: %1").arg(page.lines.size())));
    PASSERELLE_CHECK(SafeFiles::writeAtomically(path, toCsv(page.lines)));
    PASSERELLE_CHECK(tx.commit());
    return qint64(page.lines.size());
}

Result<JournalPurge> JournalRepository::purgeBefore(const Scope &scope,
                                                    const QDateTime &cutoff) const
{
    PASSERELLE_CHECK(require(scope, Permission::Retention));
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    const QString before = JournalChain::storedTime(cutoff.toUTC());
    // Only a run of old entries from the start: the first entry at or after the cutoff, and
    // everything after it, stays (even an older one written later by a wrong clock).
    PASSERELLE_TRY(firstKept, m_db.scalar(QStringLiteral("SELECT MIN(id) FROM audit_log WHERE "
                                                         "at >= ?"),
                                          {before}));
    QString upToSql = QStringLiteral("SELECT MAX(id) FROM audit_log WHERE at < ?");
    QVariantList upToValues{before};
    if (!firstKept.isNull()) {
        upToSql += QStringLiteral(" AND id < ?");
        upToValues << firstKept.toLongLong();
    }
    PASSERELLE_TRY(upTo, m_db.scalar(upToSql, upToValues));
    JournalPurge purge;
    if (upTo.isNull())
        return purge;
    purge.upToId = upTo.toLongLong();
    PASSERELLE_TRY(anchor, m_db.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"),
                                       {purge.upToId}));
    purge.anchorHash = anchor.toString();
    PASSERELLE_TRY(count, m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE id <= ?"),
                                      {purge.upToId}));
    purge.removed = count.toLongLong();
    PASSERELLE_TRY(recorded, m_db.exec(QStringLiteral("INSERT INTO audit_purges (at, up_to_id, "
                                                      "anchor_hash, removed) VALUES (?, ?, ?, ?)"),
                                       {JournalChain::storedTime(QDateTime::currentDateTimeUtc()),
                                        purge.upToId, purge.anchorHash, purge.removed}));
    Q_UNUSED(recorded);
    PASSERELLE_TRY(deleted, m_db.execAffected(QStringLiteral("DELETE FROM audit_log WHERE id <= ?"),
                                              {purge.upToId}));
    if (deleted != purge.removed)
        return Error::storage(tr("The purge of the journal removed %1 entries instead of %2: "
                                  "nothing was purged. Run the retention again.")
                                   .arg(deleted)
                                   .arg(purge.removed));
    PASSERELLE_CHECK(audit(scope, QStringLiteral("purge"), QStringLiteral("journal"), 0, 0,
                           QStringLiteral("removed: %1; up_to: %2; anchor: %3")
                               .arg(purge.removed)
                               .arg(purge.upToId)
                               .arg(purge.anchorHash)));
    PASSERELLE_CHECK(tx.commit());
    return purge;
}

} // namespace Passerelle
