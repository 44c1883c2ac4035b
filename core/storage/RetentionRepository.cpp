#include "RetentionRepository.h"

#include "HouseholdRepository.h"

#include "OrganisationRepository.h"
#include "domain/ReferenceLists.h"

#include <QScopeGuard>

namespace Passerelle {
namespace {

/// The value an erased column gets: empty text, except a member's last name (the column is
/// required) and the birth date (no date at all).
QVariant erasedValue(const QString &table, const QString &column)
{
    if (table == u"members" && column == u"last_name")
        return QStringLiteral("Anonymisé");
    if (table == u"members" && column == u"birth_date")
        return QVariant(QMetaType(QMetaType::QString));
    return QStringLiteral("");
}

/// The tables changed by an anonymisation (PostgreSQL VACUUMs them).
const QStringList &touchedTables()
{
    static const QStringList tables = {
        QStringLiteral("households"),          QStringLiteral("members"),
        QStringLiteral("supports"),            QStringLiteral("post_support_checks"),
        QStringLiteral("dwellings"),           QStringLiteral("leases"),
        QStringLiteral("lease_reviews"),       QStringLiteral("referrals"),
        QStringLiteral("diagnostics"),         QStringLiteral("diagnostic_domains"),
        QStringLiteral("tripartite_meetings"), QStringLiteral("meeting_participants"),
        QStringLiteral("cal_decisions"),       QStringLiteral("contracts"),
        QStringLiteral("contract_versions"),   QStringLiteral("contract_prints"),
        QStringLiteral("contract_scans"),
        QStringLiteral("support_plans"),       QStringLiteral("objectives"),
        QStringLiteral("mobilised_partners"),  QStringLiteral("contacts"),
        QStringLiteral("alerts"),              QStringLiteral("committee_reviews"),
        QStringLiteral("audit_log")};
    return tables;
}

} // namespace

Result<RetentionSettings> RetentionRepository::settings() const
{
    OrganisationRepository organisation(m_db);
    RetentionSettings s;
    PASSERELLE_TRY(years, organisation.setting(yearsKey(), QString::number(s.years)));
    PASSERELLE_TRY(months, organisation.setting(journalMonthsKey(),
                                                QString::number(s.journalMonths)));
    bool ok = false;
    const int y = years.toInt(&ok);
    if (ok && y >= RetentionSettings::MinYears && y <= RetentionSettings::MaxYears)
        s.years = y;
    const int m = months.toInt(&ok);
    if (ok && m >= RetentionSettings::MinJournalMonths && m <= RetentionSettings::MaxJournalMonths)
        s.journalMonths = m;
    return s;
}

Status RetentionRepository::saveSettings(const Scope &scope, const RetentionSettings &s) const
{
    PASSERELLE_CHECK(Retention::validate(s));
    PASSERELLE_CHECK(require(scope, Permission::Retention));
    OrganisationRepository organisation(m_db);
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_CHECK(organisation.setSetting(scope, yearsKey(), QString::number(s.years)));
    PASSERELLE_CHECK(organisation.setSetting(scope, journalMonthsKey(),
                                             QString::number(s.journalMonths)));
    PASSERELLE_CHECK(audit(scope, QStringLiteral("update"), QStringLiteral("settings"), 0, 0,
                           QStringLiteral("retention_years: %1; journal_retention_months: %2")
                               .arg(s.years)
                               .arg(s.journalMonths)));
    return tx.commit();
}

Result<QList<RetentionCandidate>> RetentionRepository::candidates(const Scope &scope,
                                                                  const QDate &today) const
{
    PASSERELLE_CHECK(require(scope, Permission::Retention));
    PASSERELLE_TRY(s, settings());
    QVariantList values;
    const QString filter = householdFilter(scope, QStringLiteral("h.id"), values);
    PASSERELLE_TRY(q, m_db.exec(
                          QStringLiteral(
                              "SELECT h.id, h.reference, a.name, h.created_at, "
                              "(SELECT MAX(c.date) FROM contacts c WHERE c.household_id = h.id), "
                              "(SELECT MAX(s.end_date) FROM supports s WHERE s.household_id = h.id), "
                              "(SELECT COUNT(*) FROM supports s WHERE s.household_id = h.id AND "
                              "s.end_date IS NULL), "
                              "(SELECT MAX(r.date) FROM referrals r WHERE r.household_id = h.id), "
                              "(SELECT MAX(r.outcome_date) FROM referrals r WHERE "
                              "r.household_id = h.id) "
                              "FROM households h LEFT JOIN agencies a ON a.id = h.agency_id "
                              "WHERE h.anonymised_at IS NULL")
                              + filter + QStringLiteral(" ORDER BY h.reference"),
                          values));
    QList<RetentionCandidate> list;
    while (q.next()) {
        RetentionFacts facts;
        facts.created = Sql::fromSql<QDateTime>(q.value(3)).date();
        facts.lastContact = Sql::fromSql<QDate>(q.value(4));
        facts.lastSupportEnd = Sql::fromSql<QDate>(q.value(5));
        facts.supportOngoing = q.value(6).toLongLong() > 0;
        const QDate referral = Sql::fromSql<QDate>(q.value(7));
        const QDate outcome = Sql::fromSql<QDate>(q.value(8));
        facts.lastReferral = outcome.isValid() && (!referral.isValid() || outcome > referral)
                                 ? outcome
                                 : referral;
        if (!Retention::isDue(facts, today, s))
            continue;
        RetentionCandidate c;
        c.householdId = q.value(0).toLongLong();
        c.reference = q.value(1).toString();
        c.agency = q.value(2).toString();
        c.lastContact = facts.lastContact;
        c.supportEnd = facts.lastSupportEnd;
        c.lastActivity = Retention::lastActivity(facts);
        list.append(c);
    }
    return list;
}

Status RetentionRepository::anonymise(const Scope &scope, Id householdId) const
{
    PASSERELLE_CHECK(require(scope, Permission::Retention, householdId));
    PASSERELLE_CHECK(checkHousehold(scope, householdId));
    PASSERELLE_TRY(already, m_db.scalar(QStringLiteral("SELECT anonymised_at FROM households WHERE "
                                                    "id = ?"),
                                     {householdId}));
    if (!already.isNull() && !already.toString().isEmpty())
        return {};
    Transaction tx(m_db);
    PASSERELLE_CHECK(tx.status());

    // Every column flagged as free text or identity (Tables.cpp) of every record of the
    // household: a column added there is erased here without another line.
    const QString byHousehold = QStringLiteral("WHERE household_id = ?");
    const auto within = [](const char *parent) -> QString {
        return QStringLiteral("WHERE ") + QLatin1StringView(parent)
               + QStringLiteral(" IN (SELECT id FROM ");
    };
    const auto erase = [&](const auto &table, const QString &where) -> Status {
        QStringList sets;
        QVariantList values;
        for (const auto &c : table.columns()) {
            if (!c.freeText)
                continue;
            sets << c.name + QStringLiteral(" = ?");
            values << erasedValue(table.name(), c.name);
        }
        if (sets.isEmpty())
            return {};
        values << householdId;
        auto done = m_db.exec(QStringLiteral("UPDATE ") + table.name() + QStringLiteral(" SET ")
                                  + sets.join(QStringLiteral(", ")) + u' ' + where,
                              values);
        if (!done)
            return done.error();
        return {};
    };
    const QString inSupports = within("support_id") + QStringLiteral("supports ") + byHousehold + u')';
    const QString inLeases = within("lease_id") + QStringLiteral("leases ") + byHousehold + u')';
    const QString inMeetings = within("meeting_id") + QStringLiteral("tripartite_meetings ")
                               + byHousehold + u')';
    const QString inContracts = within("contract_id") + QStringLiteral("contracts ") + byHousehold
                                + u')';
    const QString inPlans = within("plan_id") + QStringLiteral("support_plans ") + byHousehold
                            + u')';
    const QString inDiagnostics = within("diagnostic_id") + QStringLiteral("diagnostics ")
                                  + byHousehold + u')';
    PASSERELLE_CHECK(erase(Tables::households(), QStringLiteral("WHERE id = ?")));
    PASSERELLE_CHECK(erase(Tables::members(), byHousehold));
    PASSERELLE_CHECK(erase(Tables::supports(), byHousehold));
    PASSERELLE_CHECK(erase(Tables::postSupportChecks(), inSupports));
    PASSERELLE_CHECK(erase(Tables::leases(), byHousehold));
    PASSERELLE_CHECK(erase(Tables::leaseReviews(), inLeases));
    PASSERELLE_CHECK(erase(Tables::referrals(), byHousehold));
    PASSERELLE_CHECK(erase(Tables::diagnostics(), byHousehold));
    PASSERELLE_CHECK(erase(Tables::meetings(), byHousehold));
    PASSERELLE_CHECK(erase(Tables::meetingParticipants(), inMeetings));
    PASSERELLE_CHECK(erase(Tables::calDecisions(), byHousehold));
    PASSERELLE_CHECK(erase(Tables::contracts(), byHousehold));
    PASSERELLE_CHECK(erase(Tables::contractVersions(), inContracts));
    PASSERELLE_CHECK(erase(Tables::plans(), byHousehold));
    PASSERELLE_CHECK(erase(Tables::objectives(), inPlans));
    PASSERELLE_CHECK(erase(Tables::mobilisedPartners(), inPlans));
    PASSERELLE_CHECK(erase(Tables::contacts(), byHousehold));
    PASSERELLE_CHECK(erase(Tables::alerts(), byHousehold));
    PASSERELLE_CHECK(erase(Tables::committeeReviews(), byHousehold));
    // The observations of the diagnostic's domains (a child table without a mapping).
    PASSERELLE_TRY(observations, m_db.exec(QStringLiteral("UPDATE diagnostic_domains SET "
                                                          "observation = '' ")
                                               + inDiagnostics,
                                           {householdId}));
    Q_UNUSED(observations);
    // The stored prints of its contracts (PDFs with names and addresses).
    PASSERELLE_TRY(prints, m_db.exec(QStringLiteral("DELETE FROM contract_prints ") + inContracts,
                                     {householdId}));
    Q_UNUSED(prints);
    // The scans of its signed contracts (signatures, names, addresses).
    PASSERELLE_TRY(scans, m_db.exec(QStringLiteral("DELETE FROM contract_scans ") + inContracts,
                                    {householdId}));
    Q_UNUSED(scans);

    // The street address leaves the file: its leases and CAL decisions point to a copy of
    // each dwelling without address or reference, keeping what the reviews count (commune,
    // postal code, QPV, typology, rent, charges, agency).
    PASSERELLE_TRY(dwellings, m_db.exec(QStringLiteral("SELECT DISTINCT dwelling_id FROM leases "
                                                       "WHERE household_id = ? AND dwelling_id IS "
                                                       "NOT NULL UNION SELECT DISTINCT "
                                                       "dwelling_id FROM cal_decisions WHERE "
                                                       "household_id = ? AND dwelling_id IS NOT "
                                                       "NULL"),
                                        {householdId, householdId}));
    QList<Id> originals;
    while (dwellings.next())
        originals << dwellings.value(0).toLongLong();
    for (const Id original : std::as_const(originals)) {
        PASSERELLE_TRY(copy, m_db.insertReturningId(
                                 QStringLiteral("INSERT INTO dwellings (reference, address, "
                                                "postal_code, commune, typology, rent, charges, "
                                                "furnished, qpv, agency_id) SELECT '', '', "
                                                "postal_code, commune, typology, rent, charges, "
                                                "furnished, qpv, agency_id FROM dwellings WHERE "
                                                "id = ?"),
                                 {original}));
        for (const char *table : {"leases", "cal_decisions"}) {
            PASSERELLE_TRY(moved, m_db.exec(QStringLiteral("UPDATE ") + QLatin1StringView(table)
                                                + QStringLiteral(" SET dwelling_id = ? WHERE "
                                                                 "household_id = ? AND "
                                                                 "dwelling_id = ?"),
                                            {copy, householdId, original}));
            Q_UNUSED(moved);
        }
    }

    PASSERELLE_TRY(reference, m_db.scalar(QStringLiteral("SELECT reference FROM households WHERE "
                                                         "id = ?"),
                                          {householdId}));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(),
                                                        Qt::UTC);
    PASSERELLE_TRY(named, m_db.exec(HouseholdRepository::namesSql(),
                                    HouseholdRepository::anonymisedNames(reference.toString(),
                                                                         householdId)));
    Q_UNUSED(named);
    PASSERELLE_TRY(marked, m_db.exec(QStringLiteral("UPDATE households SET anonymised_at = ?, "
                                                    "updated_at = ?, row_version = row_version + "
                                                    "1 WHERE id = ?"),
                                     {Sql::toSql(now), Sql::toSql(now), householdId}));
    Q_UNUSED(marked);
    PASSERELLE_CHECK(audit(scope, QStringLiteral("retention"), QStringLiteral("household"),
                           householdId, householdId, QString()));
    return tx.commit();
}

Result<RetentionReport> RetentionRepository::run(const Scope &scope,
                                                 const QList<Id> &householdIds,
                                                 const Progress &progress) const
{
    PASSERELLE_CHECK(require(scope, Permission::Retention));
    PASSERELLE_TRY(s, settings());
    RetentionReport report;
    QString secureBefore;
    if (m_db.backend() == Backend::Sqlite) {
        // Freed space is overwritten with zeros for the time of the run.
        PASSERELLE_TRY(before, m_db.scalar(QStringLiteral("PRAGMA secure_delete")));
        secureBefore = before.toString();
        PASSERELLE_TRY(secure, m_db.exec(QStringLiteral("PRAGMA secure_delete = ON")));
        Q_UNUSED(secure);
    }
    const auto restoreSecureDelete = qScopeGuard([this, &secureBefore] {
        if (secureBefore == u"0") {
            auto off = m_db.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
            Q_UNUSED(off);
        }
    });
    for (const Id id : householdIds) {
        PASSERELLE_CHECK(anonymise(scope, id));
        ++report.anonymised;
        if (progress && !progress(report.anonymised, householdIds.size())) {
            report.cancelled = report.anonymised < householdIds.size();
            break;
        }
    }
    JournalRepository journal(m_db);
    PASSERELLE_TRY(purge, journal.purgeBefore(scope, Retention::journalCutoff(
                                                         QDateTime::currentDateTimeUtc(), s)));
    report.journal = purge;
    PASSERELLE_CHECK(compact());
    report.compacted = true;
    return report;
}

Status RetentionRepository::compact() const
{
    if (m_db.transactionDepth() > 0)
        return Error::storage(tr("The base cannot be compacted during a transaction."));
    QStringList statements;
    if (m_db.backend() == Backend::Sqlite) {
        statements << QStringLiteral("PRAGMA secure_delete = ON") << QStringLiteral("VACUUM")
                   << QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
    } else {
        for (const QString &table : touchedTables())
            statements << QStringLiteral("VACUUM ") + table;
    }
    for (const QString &sql : std::as_const(statements)) {
        auto done = m_db.exec(sql);
        if (!done)
            return done.error();
        while (done->next()) {
        }
    }
    return {};
}

} // namespace Passerelle
