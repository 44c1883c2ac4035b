#include "JournalRepository.h"

#include "households/HistoryText.h"
#include "households/HousingRules.h"
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

/// The records the lines of some entries link to, by kind of record: the ids HistoryText::line
/// asks a name for, collected by asking it (so that the two never disagree on which columns
/// are links).
struct Links
{
    QSet<Id> dwellings;
    QHash<Id, QSet<Id>> dwellingHouseholds; ///< the households of the entries naming each
    QSet<Id> partners;
    QSet<Id> actions;
    QSet<Id> agencies;
    QSet<Id> users;
    QSet<Id> households; ///< of the entries naming a dwelling
};

Links linksOf(const QList<AuditEntry> &entries)
{
    Links links;
    Id household = 0;
    // Any non-empty name: only the ids asked for matter here.
    const auto into = [](QSet<Id> &ids) {
        return [&ids](Id id) {
            ids.insert(id);
            return QStringLiteral("-");
        };
    };
    FieldLabels::Names record;
    record.dwelling = [&links, &household](Id id) {
        links.dwellings.insert(id);
        if (household > 0) {
            links.dwellingHouseholds[id].insert(household);
            links.households.insert(household);
        }
        return QStringLiteral("-");
    };
    record.partner = into(links.partners);
    record.action = into(links.actions);
    record.agency = into(links.agencies);
    record.user = into(links.users);
    for (const AuditEntry &e : entries) {
        // Every link column ends with "_id": most entries (openings, exports) have none.
        if (!e.summary.contains(QStringLiteral("_id: ")))
            continue;
        household = e.householdId;
        HistoryText::line(e, QString(), record);
    }
    return links;
}

} // namespace

Result<FieldLabels::Names> JournalRepository::names(const Scope &scope,
                                                    const QList<JournalLine> &lines) const
{
    QList<AuditEntry> entries;
    entries.reserve(lines.size());
    for (const JournalLine &l : lines)
        entries << l.entry;
    return names(scope, entries);
}

Result<FieldLabels::Names> JournalRepository::names(const Scope &scope,
                                                    const QList<AuditEntry> &entries) const
{
    const Links links = linksOf(entries);
    // "id, name" rows of the records in `ids`.
    const auto named = [this](const QString &select,
                              const QSet<Id> &ids) -> Result<QHash<Id, QString>> {
        QHash<Id, QString> found;
        for (const InList &list : inLists(variants(ids))) {
            PASSERELLE_TRY(q, m_db.exec(select + list.sql, list.values));
            while (q.next())
                found.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
        return found;
    };
    PASSERELLE_TRY(partners, named(QStringLiteral("SELECT id, name FROM partners WHERE id "),
                                   links.partners));
    PASSERELLE_TRY(actions, named(QStringLiteral("SELECT id, name FROM actions WHERE id "),
                                  links.actions));
    PASSERELLE_TRY(agencies, named(QStringLiteral("SELECT id, name FROM agencies WHERE id "),
                                   links.agencies));
    PASSERELLE_TRY(users, named(QStringLiteral("SELECT id, CASE WHEN display_name <> '' THEN "
                                               "display_name ELSE login END FROM users WHERE id "),
                                links.users));
    PASSERELLE_TRY(refs, catalog());

    // The households of the entries the scope sees: the dwellings they name are theirs to read
    // (a lease of the household in another agency's stock).
    QSet<Id> visible;
    if (!scope.coversAllAgencies()) {
        for (InList &list : inLists(variants(links.households))) {
            const QString filter = householdFilter(scope, QStringLiteral("id"), list.values);
            PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT id FROM households WHERE id ")
                                            + list.sql + filter,
                                        list.values));
            while (q.next())
                visible.insert(q.value(0).toLongLong());
        }
    }
    QHash<Id, QString> dwellings;
    for (const InList &list : inLists(variants(links.dwellings))) {
        PASSERELLE_TRY(rows, Tables::dwellings().select(m_db, QStringLiteral("WHERE id ")
                                                                  + list.sql,
                                                        list.values));
        for (const Dwelling &d : std::as_const(rows)) {
            const QSet<Id> households = links.dwellingHouseholds.value(d.id);
            const bool seen = scope.coversAllAgencies() || scope.allowsAgency(d.agencyId)
                              || households.intersects(visible);
            // Outside the scope: as if gone (empty), like a household the scope may not see.
            if (seen)
                dwellings.insert(d.id, HousingRules::dwellingLabel(d, refs));
        }
    }

    FieldLabels::Names names;
    names.dwelling = [dwellings](Id id) { return dwellings.value(id); };
    names.partner = [partners](Id id) { return partners.value(id); };
    names.action = [actions](Id id) { return actions.value(id); };
    names.agency = [agencies](Id id) { return agencies.value(id); };
    names.user = [users](Id id) { return users.value(id); };
    names.code = [refs](ReferenceList list, const QString &code) {
        return refs.label(list, code);
    };
    return names;
}

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

QByteArray JournalRepository::toCsv(const QList<JournalLine> &lines,
                                    const FieldLabels::Names &names)
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
        const HistoryText::Line shown = HistoryText::line(l.entry, QString(), names);
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
    PASSERELLE_TRY(linked, names(scope, page.lines));
    // Journaled first, in the same transaction as the file: no file without its entry.
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_CHECK(audit(scope, QStringLiteral("export"), QStringLiteral("journal"), 0, 0,
                           QStringLiteral("csv; entries: %1").arg(page.lines.size())));
    PASSERELLE_CHECK(SafeFiles::writeAtomically(path, toCsv(page.lines, linked)));
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
