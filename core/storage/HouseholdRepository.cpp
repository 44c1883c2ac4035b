#include "HouseholdRepository.h"

#include "domain/HouseholdStatus.h"
#include "households/SamePerson.h"

#include <QHash>
#include <QSqlError>

#include <algorithm>
#include <limits>

namespace Passerelle {

QString HouseholdRepository::searchKeyOf(const Household &household)
{
    QStringList parts{household.reference};
    for (const Member &m : household.members)
        parts << m.lastName << m.firstName;
    return ReferenceLists::normalizedKey(parts.join(u' '));
}

QString HouseholdRepository::namesSql()
{
    return QStringLiteral("UPDATE households SET display_name = ?, search_key = ?, name_key = ? "
                          "WHERE id = ?");
}

QVariantList HouseholdRepository::namesOf(const Household &household)
{
    const QString display = household.displayName();
    return {display, searchKeyOf(household), ReferenceLists::normalizedKey(display),
            household.id};
}

QVariantList HouseholdRepository::anonymisedNames(const QString &reference, Id id)
{
    const QString key = ReferenceLists::normalizedKey(reference);
    return {reference, key, key, id};
}

Status HouseholdRepository::fillNameKeys(Database &db)
{
    PASSERELLE_TRY(q, db.exec(QStringLiteral("SELECT id, display_name FROM households "
                                             "WHERE name_key = ''")));
    QList<std::pair<Id, QString>> names;
    while (q.next())
        names.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    QSqlQuery update(db.connection());
    if (!update.prepare(QStringLiteral("UPDATE households SET name_key = ? WHERE id = ?")))
        return db.errorFrom(update.lastError(), tr("upgrading the database"));
    for (const auto &[id, name] : std::as_const(names)) {
        update.bindValue(0, ReferenceLists::normalizedKey(name));
        update.bindValue(1, id);
        if (!update.exec())
            return db.errorFrom(update.lastError(), tr("upgrading the database"));
    }
    return {};
}

Result<Household> HouseholdRepository::get(const Scope &scope, Id id, Trace trace) const
{
    PASSERELLE_CHECK(checkHousehold(scope, id));
    PASSERELLE_TRY(row, Tables::households().byId(m_db, id));
    if (!row)
        return householdNotFound();
    if (!scope.may(Permission::ReadInternalNotes))
        row->internalNotes.clear();
    PASSERELLE_TRY(members, Tables::members().select(
                                m_db, QStringLiteral("WHERE household_id = ? ORDER BY position, id"),
                                {id}));
    row->members = members;
    if (trace == Trace::Read)
        PASSERELLE_CHECK(audit(scope, QStringLiteral("read"), QStringLiteral("household"), id, id, {}));
    return *row;
}

Result<std::optional<Id>> HouseholdRepository::findByReference(const Scope &scope,
                                                               const QString &reference) const
{
    PASSERELLE_CHECK(require(scope, Permission::ReadHouseholds));
    QVariantList values{reference.trimmed()};
    const QString filter = householdFilter(scope, QStringLiteral("id"), values);
    PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT id FROM households WHERE reference = ?")
                                    + filter,
                                values));
    if (!q.next())
        return std::optional<Id>();
    return std::optional<Id>(q.value(0).toLongLong());
}

Result<QList<PersonMatch>> HouseholdRepository::findPerson(const Scope &scope,
                                                           const Member &person) const
{
    QList<PersonMatch> matches;
    if (ReferenceLists::normalizedKey(person.lastName).isEmpty())
        return matches;
    HouseholdFilter filter;
    filter.text = person.lastName + u' ' + person.firstName;
    PASSERELLE_TRY(rows, list(scope, filter));
    QHash<Id, qsizetype> index;
    QList<Id> ids;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        index.insert(rows.at(i).id, i);
        ids << rows.at(i).id;
    }
    for (const InList &in : inLists(variants(ids))) {
        PASSERELLE_TRY(members, Tables::members().select(
                                        m_db, QStringLiteral("WHERE household_id ") + in.sql
                                                      + QStringLiteral(" ORDER BY position, id"),
                                        in.values));
        for (const Member &m : std::as_const(members)) {
            if (SamePerson::matches(m, person))
                matches.append({rows.at(index.value(m.householdId)), m});
        }
    }
    std::sort(matches.begin(), matches.end(), [](const PersonMatch &a, const PersonMatch &b) {
        return a.household.reference < b.household.reference;
    });
    return matches;
}

Result<QList<Household>> HouseholdRepository::findByReferences(const Scope &scope,
                                                               const QStringList &references) const
{
    QList<Household> households;
    QStringList trimmed;
    trimmed.reserve(references.size());
    for (const QString &reference : references)
        trimmed << reference.trimmed();
    for (InList &list : inLists(variants(trimmed))) {
        QString clause = QStringLiteral("WHERE reference ") + list.sql
                         + householdFilter(scope, QStringLiteral("id"), list.values);
        PASSERELLE_TRY(rows, Tables::households().select(
                                     m_db, clause + QStringLiteral(" ORDER BY id"), list.values));
        households.append(rows);
    }
    QHash<Id, qsizetype> index;
    QList<Id> ids;
    for (qsizetype i = 0; i < households.size(); ++i) {
        index.insert(households.at(i).id, i);
        ids << households.at(i).id;
    }
    for (const InList &list : inLists(variants(ids))) {
        PASSERELLE_TRY(members, Tables::members().select(
                                    m_db, QStringLiteral("WHERE household_id ") + list.sql
                                              + QStringLiteral(" ORDER BY position, id"),
                                    list.values));
        for (Member &m : members)
            households[index.value(m.householdId)].members.append(std::move(m));
    }
    return households;
}

Status HouseholdRepository::save(const Scope &scope, Household &household,
                                 const Household *asRead) const
{
    PASSERELLE_TRY(refs, catalog());
    for (int i = 0; i < household.members.size(); ++i)
        household.members[i].position = i;
    std::sort(household.publics.begin(), household.publics.end());
    std::sort(household.resourceSources.begin(), household.resourceSources.end());
    PASSERELLE_CHECK(Validation::toStatus(Validation::check(household, refs, today())));
    PASSERELLE_CHECK(require(scope, Permission::EditHouseholds, household.id));
    if (!scope.allowsAgency(household.agencyId))
        return Error::access(tr("You may only file households of your own agency."));

    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_TRY(clash, m_db.scalar(QStringLiteral("SELECT id FROM households WHERE reference = ? AND id <> ?"),
                                      {household.reference, household.id}));
    if (!clash.isNull()) {
        return Error::validation(
            tr("The file reference “%1” is already used by another household.").arg(household.reference));
    }
    // Whole seconds, as stored: the household handed back equals the one read back later.
    const QDateTime now =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    Household saved = household;
    saved.updatedAt = now;
    if (saved.id > 0) {
        PASSERELLE_TRY(before, get(scope, saved.id, Trace::Silent));
        const auto refuse = [&](const Household &stored) {
            const Household &basis = asRead ? *asRead : saved;
            QStringList changes = Tables::households().changes(basis, stored);
            changes.removeIf([](const QString &c) { return c.startsWith(u"updated_at"); });
            if (basis.members != stored.members)
                changes << tr("members");
            return conflictError(QStringLiteral("household"), saved.id, changes);
        };
        if (before.rowVersion != saved.rowVersion)
            return refuse(before);
        QStringList changed = Tables::households().changes(before, saved);
        changed.removeIf([](const QString &c) { return c.startsWith(u"updated_at"); });
        if (before.members != saved.members) {
            for (const Member &m : std::as_const(saved.members)) {
                const auto it = std::find_if(before.members.cbegin(), before.members.cend(),
                                             [&m](const Member &b) { return b.id == m.id; });
                // Members by position, never by name: the journal holds no identity.
                const qsizetype position = &m - saved.members.constData() + 1;
                if (it == before.members.cend())
                    changed << tr("member %1 added").arg(position);
                else if (!(*it == m))
                    changed << tr("member %1: %2")
                                   .arg(QString::number(position),
                                        Tables::members().changes(*it, m).join(QStringLiteral(", ")));
            }
            for (const Member &b : std::as_const(before.members)) {
                if (std::none_of(saved.members.cbegin(), saved.members.cend(),
                                 [&b](const Member &m) { return m.id == b.id && b.id > 0; }))
                    changed << tr("member %1 removed").arg(&b - before.members.constData() + 1);
            }
        }
        if (const Status updated = Tables::households().update(m_db, saved); !updated) {
            // Someone saved between our read and our write: tell what they changed.
            if (updated.error().kind != Error::Kind::Conflict)
                return updated;
            PASSERELLE_TRY(stored, get(scope, saved.id, Trace::Silent));
            return refuse(stored);
        }
        PASSERELLE_CHECK(Tables::members().syncChildren(m_db, &Member::householdId,
                                                        QStringLiteral("household_id"), saved.id,
                                                        saved.members));
        PASSERELLE_CHECK(audit(scope, QStringLiteral("update"), QStringLiteral("household"), saved.id,
                               saved.id, changed.join(QStringLiteral("; "))));
    } else {
        if (!saved.createdAt.isValid())
            saved.createdAt = now;
        PASSERELLE_CHECK(Tables::households().insert(m_db, saved));
        PASSERELLE_CHECK(Tables::members().syncChildren(m_db, &Member::householdId,
                                                        QStringLiteral("household_id"), saved.id,
                                                        saved.members));
        PASSERELLE_CHECK(audit(scope, QStringLiteral("create"), QStringLiteral("household"), saved.id,
                               saved.id, QString()));
    }
    PASSERELLE_TRY(q, m_db.exec(namesSql(), namesOf(saved)));
    Q_UNUSED(q);
    PASSERELLE_CHECK(tx.commit());
    household = saved;
    return {};
}

Status HouseholdRepository::insertMany(const Scope &scope, QList<Household> &households,
                                       qsizetype *failedRow) const
{
    if (failedRow)
        *failedRow = -1;
    if (households.isEmpty())
        return {};
    PASSERELLE_CHECK(require(scope, Permission::EditHouseholds));
    const auto failAt = [&](qsizetype index, Status status) {
        if (failedRow)
            *failedRow = index;
        for (Household &h : households) {
            Tables::households().assignId(h, 0);
            for (Member &m : h.members) {
                m.id = 0;
                m.householdId = 0;
            }
        }
        return status;
    };
    PASSERELLE_TRY(refs, catalog());
    QHash<QString, qsizetype> references;
    for (qsizetype i = 0; i < households.size(); ++i) {
        Household &h = households[i];
        if (h.id != 0) {
            return failAt(i, Error::validation(
                                     tr("Only new households can be inserted at once.")));
        }
        for (int m = 0; m < h.members.size(); ++m)
            h.members[m].position = m;
        std::sort(h.publics.begin(), h.publics.end());
        std::sort(h.resourceSources.begin(), h.resourceSources.end());
        if (Status valid = Validation::toStatus(Validation::check(h, refs, today())); !valid)
            return failAt(i, valid);
        if (!scope.allowsAgency(h.agencyId)) {
            return failAt(i, Error::access(
                                     tr("You may only file households of your own agency.")));
        }
        if (references.contains(h.reference)) {
            return failAt(i, Error::validation(tr("The file reference “%1” is already used by "
                                                  "another household.")
                                                   .arg(h.reference)));
        }
        references.insert(h.reference, i);
    }

    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    for (const InList &list : inLists(variants(references.keys()))) {
        PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT reference FROM households WHERE "
                                                   "reference ")
                                        + list.sql,
                                    list.values));
        if (q.next()) {
            const QString taken = q.value(0).toString();
            return failAt(references.value(taken),
                          Error::validation(tr("The file reference “%1” is already used by "
                                               "another household.")
                                                .arg(taken)));
        }
    }

    Sql::Inserter<Household> insertHousehold(m_db, Tables::households());
    Sql::Inserter<Member> insertMember(m_db, Tables::members());
    JournalWriter journal(m_db);
    PASSERELLE_CHECK(insertHousehold.prepare());
    PASSERELLE_CHECK(insertMember.prepare());
    PASSERELLE_CHECK(journal.prepare());
    QSqlQuery names(m_db.connection());
    if (!names.prepare(namesSql())) {
        return m_db.errorFrom(names.lastError(), tr("saving households"));
    }
    // Whole seconds, as stored (see save()).
    const QDateTime now =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    for (qsizetype i = 0; i < households.size(); ++i) {
        Household &h = households[i];
        if (!h.createdAt.isValid())
            h.createdAt = now;
        h.updatedAt = now;
        if (Status inserted = insertHousehold.insert(h); !inserted)
            return failAt(i, inserted);
        for (Member &m : h.members) {
            m.householdId = h.id;
            if (Status inserted = insertMember.insert(m); !inserted)
                return failAt(i, inserted);
        }
        const QVariantList columns = namesOf(h);
        for (int c = 0; c < columns.size(); ++c)
            names.bindValue(c, columns.at(c));
        if (!names.exec())
            return failAt(i, m_db.errorFrom(names.lastError(), tr("saving households")));
        AuditEntry entry = auditEntry(scope, QStringLiteral("create"), QStringLiteral("household"),
                                      h.id, h.id, QString());
        if (Status audited = journal.insert(entry); !audited)
            return failAt(i, audited);
    }
    names.finish();
    if (Status committed = tx.commit(); !committed)
        return failAt(-1, committed);
    return {};
}

Status HouseholdRepository::remove(const Scope &scope, Id id) const
{
    PASSERELLE_TRY(before, get(scope, id, Trace::Silent));
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_CHECK(Tables::households().remove(m_db, id));
    PASSERELLE_CHECK(audit(scope, QStringLiteral("delete"), QStringLiteral("household"), id, id,
                           before.reference));
    return tx.commit();
}

Status HouseholdRepository::deleteCreatedByMistake(const Scope &scope, Id id,
                                                   const QString &reason) const
{
    PASSERELLE_CHECK(require(scope, Permission::DeleteHouseholds, id));
    const QString why = reason.simplified();
    if (why.size() < 5) {
        return Error::validation(tr("Say why the file is deleted (a duplicate of which file, a "
                                    "wrong referral…): the journal keeps the reason."));
    }
    PASSERELLE_TRY(before, get(scope, id, Trace::Silent));
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_CHECK(Tables::households().remove(m_db, id));
    PASSERELLE_CHECK(audit(scope, QStringLiteral("delete"), QStringLiteral("household"), id, id,
                           tr("%1 deleted: %2").arg(before.reference, why)));
    return tx.commit();
}

Result<QList<HouseholdRow>> HouseholdRepository::listForExport(const Scope &scope,
                                                               const HouseholdFilter &filter,
                                                               const QString &format) const
{
    PASSERELLE_CHECK(require(scope, Permission::ExportHouseholds));
    PASSERELLE_TRY(rows, list(scope, filter));
    PASSERELLE_CHECK(audit(scope, QStringLiteral("export"), QStringLiteral("households"), 0, 0,
                           QStringLiteral("count: %1; format: %2").arg(rows.size()).arg(format)));
    return rows;
}

namespace {

/// The status of household h in SQL: what HouseholdStatus::compute() says of its supports and
/// referrals (tst_householdspage checks that the two agree on every household of the demo).
QString statusSql()
{
    QStringList refusals;
    for (const QString &code : HouseholdStatus::refusals())
        refusals << u'\'' + code + u'\'';
    return QStringLiteral(
               "(CASE WHEN EXISTS (SELECT 1 FROM supports s WHERE s.household_id = h.id "
               "AND s.start_date IS NOT NULL AND s.end_date IS NULL) THEN 'accompagnement' "
               "WHEN EXISTS (SELECT 1 FROM supports s WHERE s.household_id = h.id "
               "AND s.end_date IS NOT NULL) THEN 'termine' "
               "WHEN EXISTS (SELECT 1 FROM referrals r WHERE r.household_id = h.id) "
               "AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.household_id = h.id "
               "AND r.outcome NOT IN (")
           + refusals.join(u", ")
           + QStringLiteral(")) THEN 'non_abouti' ELSE 'orientation' END)");
}

QString orderSql(const HouseholdSort &sort)
{
    QString key;
    switch (sort.key) {
    case HouseholdSort::Key::Reference:
        break;
    case HouseholdSort::Key::Name:
        key = QStringLiteral("h.name_key");
        break;
    case HouseholdSort::Key::Agency:
        key = QStringLiteral("(SELECT a.name FROM agencies a WHERE a.id = h.agency_id)");
        break;
    case HouseholdSort::Key::Actions:
        key = QStringLiteral("COALESCE((SELECT MIN(a.code) FROM actions a WHERE a.id IN "
                             "(SELECT s.action_id FROM supports s WHERE s.household_id = h.id "
                             "UNION SELECT r.action_id FROM referrals r "
                             "WHERE r.household_id = h.id)), '')");
        break;
    case HouseholdSort::Key::Status:
        key = statusSql();
        break;
    case HouseholdSort::Key::LastContact:
        key = QStringLiteral("COALESCE((SELECT MAX(c.date) FROM contacts c "
                             "WHERE c.household_id = h.id), '')");
        break;
    case HouseholdSort::Key::Publics:
        key = QStringLiteral("h.publics");
        break;
    }
    const QString direction = sort.order == Qt::AscendingOrder ? QStringLiteral(" ASC")
                                                               : QStringLiteral(" DESC");
    QString order = QStringLiteral(" ORDER BY ");
    if (!key.isEmpty())
        order += key + direction + QStringLiteral(", ");
    // References are unique: the order is total, and by reference alone SQLite walks the
    // index (reference, search_key) without reading the table.
    return order + QStringLiteral("h.reference") + direction;
}

} // namespace

Result<QString> HouseholdRepository::listWhere(const Scope &scope, const HouseholdFilter &filter,
                                               QVariantList &values) const
{
    PASSERELLE_CHECK(require(scope, Permission::ReadHouseholds));
    QString where = QStringLiteral(" WHERE 1 = 1");
    where += householdFilter(scope, QStringLiteral("h.id"), values);
    if (filter.agencyId > 0) {
        where += QStringLiteral(" AND h.agency_id = ?");
        values << filter.agencyId;
    }
    if (filter.ids) {
        // Ids are numbers from the base: written in the query, whatever their count (no limit
        // on bound values).
        QStringList ids;
        for (Id id : *filter.ids)
            ids << QString::number(id);
        where += ids.isEmpty() ? QStringLiteral(" AND 1 = 0")
                               : QStringLiteral(" AND h.id IN (") + ids.join(u',') + u')';
    }
    if (filter.actionId > 0) {
        where += QStringLiteral(" AND (EXISTS (SELECT 1 FROM supports s WHERE s.household_id = "
                                "h.id AND s.action_id = ?) OR EXISTS (SELECT 1 FROM referrals r "
                                "WHERE r.household_id = h.id AND r.action_id = ?))");
        values << filter.actionId << filter.actionId;
    }
    if (!filter.status.isEmpty()) {
        where += QStringLiteral(" AND ") + statusSql() + QStringLiteral(" = ?");
        values << filter.status;
    }
    if (!filter.publicCode.isEmpty()) {
        where += QStringLiteral(" AND ('|' || h.publics || '|') LIKE ?");
        values << QString(QStringLiteral("%|") + filter.publicCode + QStringLiteral("|%"));
    }
    const QStringList words = ReferenceLists::normalizedKey(filter.text).split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        where += QStringLiteral(" AND h.search_key LIKE ?");
        QString escaped = word;
        escaped.replace(u'%', QString()).replace(u'_', QString());
        values << QString(u'%' + escaped + u'%');
    }
    return where;
}

Result<qsizetype> HouseholdRepository::count(const Scope &scope,
                                             const HouseholdFilter &filter) const
{
    QVariantList values;
    PASSERELLE_TRY(where, listWhere(scope, filter, values));
    PASSERELLE_TRY(n, m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM households h") + where,
                                  values));
    return qsizetype(n.toLongLong());
}

Result<QList<HouseholdRow>> HouseholdRepository::list(const Scope &scope,
                                                      const HouseholdFilter &filter,
                                                      const HouseholdSort &sort,
                                                      qsizetype offset, qsizetype limit) const
{
    QVariantList values;
    PASSERELLE_TRY(where, listWhere(scope, filter, values));
    QString page = orderSql(sort);
    if (limit >= 0 || offset > 0) {
        page += QStringLiteral(" LIMIT ? OFFSET ?");
        values << (limit >= 0 ? limit : std::numeric_limits<qint64>::max()) << offset;
    }

    PASSERELLE_TRY(stored, StoredCodes::of(m_db));
    QList<HouseholdRow> rows;
    QHash<Id, qsizetype> index;
    {
        PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT h.id, h.reference, h.display_name, h.agency_id, "
                                                   "h.cesf_user_id, h.composition, h.publics, h.search_key "
                                                   "FROM households h")
                                        + where + page,
                                    values));
        while (q.next()) {
            HouseholdRow r;
            r.id = q.value(0).toLongLong();
            r.reference = q.value(1).toString();
            r.displayName = q.value(2).toString();
            r.agencyId = q.value(3).toLongLong();
            r.cesfUserId = q.value(4).toLongLong();
            PASSERELLE_TRY(composition, stored.code(ReferenceList::Composition, q.value(5),
                                                    "households.composition"));
            PASSERELLE_TRY(publics, stored.codes(ReferenceList::Public, q.value(6),
                                                 "households.publics"));
            r.composition = composition;
            r.publics = publics;
            r.searchKey = q.value(7).toString();
            index.insert(r.id, rows.size());
            rows.append(r);
        }
    }
    QHash<Id, QList<std::pair<QDate, QDate>>> supports;
    QHash<Id, QStringList> referralOutcomes;
    // The details of the rows read, by their ids (one list of bound values on SQLite).
    QVariantList ids;
    ids.reserve(rows.size());
    for (const HouseholdRow &r : std::as_const(rows))
        ids << r.id;
    for (const InList &in : inLists(ids)) {
        PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT x.household_id, x.action_id, x.start_date, "
                                                   "x.end_date, x.household_kind FROM supports x "
                                                   "WHERE x.household_id ")
                                        + in.sql,
                                    in.values));
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.cend())
                continue;
            HouseholdRow &r = rows[*it];
            const Id action = q.value(1).toLongLong();
            if (!r.actionIds.contains(action))
                r.actionIds << action;
            const QDate start = Sql::fromSql<QDate>(q.value(2));
            const QDate end = Sql::fromSql<QDate>(q.value(3));
            PASSERELLE_TRY(kind, stored.code(ReferenceList::HouseholdKind, q.value(4),
                                             "supports.household_kind"));
            if (!r.householdKinds.contains(kind))
                r.householdKinds << kind;
            supports[r.id].append({start, end});
            if (start.isValid() && (!r.supportStart.isValid() || start < r.supportStart))
                r.supportStart = start;
        }
    }
    for (const InList &in : inLists(ids)) {
        PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT x.household_id, x.action_id, x.outcome "
                                                   "FROM referrals x WHERE x.household_id ")
                                        + in.sql,
                                    in.values));
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.cend())
                continue;
            HouseholdRow &r = rows[*it];
            const Id action = q.value(1).toLongLong();
            if (!r.actionIds.contains(action))
                r.actionIds << action;
            PASSERELLE_TRY(outcome, stored.code(ReferenceList::ReferralOutcome, q.value(2),
                                                "referrals.outcome"));
            referralOutcomes[r.id] << outcome;
        }
    }
    for (const InList &in : inLists(ids)) {
        // One seek on contacts(household_id, date) per household.
        PASSERELLE_TRY(q, m_db.exec(QStringLiteral("SELECT h.id, (SELECT MAX(c.date) FROM contacts c "
                                                   "WHERE c.household_id = h.id) FROM households h "
                                                   "WHERE h.id ")
                                        + in.sql,
                                    in.values));
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.cend())
                rows[*it].lastContact = Sql::fromSql<QDate>(q.value(1));
        }
    }
    QList<HouseholdRow> result;
    result.reserve(rows.size());
    for (HouseholdRow &r : rows) {
        const auto &s = supports.value(r.id);
        r.status = HouseholdStatus::compute(s, referralOutcomes.value(r.id));
        if (r.status == u"termine") {
            for (const auto &[start, end] : s) {
                if (end.isValid() && (!r.supportEnd.isValid() || end > r.supportEnd))
                    r.supportEnd = end;
            }
        }
        std::sort(r.actionIds.begin(), r.actionIds.end());
        result.append(std::move(r));
    }
    return result;
}

} // namespace Passerelle
