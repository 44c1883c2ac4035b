// Writes a whole base of new records at once (see BulkWriter.h).
#include "BulkWriter.h"

#include "HouseholdRepository.h"
#include "OrganisationRepository.h"
#include "Repository.h"
#include "Tables.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVarLengthArray>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {
namespace {

/// One prepared INSERT (or UPDATE), run again and again. On SQLite it goes through SQLite's
/// own API: Qt's binding of a value costs more than SQLite's insertion of the row (Qt 6.4
/// looks each position up by a generated name), and at millions of rows that is most of the
/// time. Elsewhere, through Qt's driver (with RETURNING id for an insertion).
class Statement
{
    Q_DISABLE_COPY_MOVE(Statement)

public:
    Statement(Database &db, QString table)
        : name(std::move(table))
        , m_db(db)
        , m_query(db.connection())
    {}
    ~Statement()
    {
        if (m_native)
            sqlite3_finalize(m_native);
    }

    Status prepare(const QString &sql, bool insertion)
    {
        m_handle = m_db.sqliteHandle();
        if (m_handle) {
            const QByteArray utf8 = sql.toUtf8();
            if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()),
                                   SQLITE_PREPARE_PERSISTENT, &m_native, nullptr)
                != SQLITE_OK) {
                return nativeError(BulkWriter::tr("preparing a query"));
            }
            return {};
        }
        m_returning = insertion;
        m_query.setForwardOnly(true);
        if (!m_query.prepare(sql + (insertion ? u" RETURNING id"_s : QString())))
            return m_db.errorFrom(m_query.lastError(), BulkWriter::tr("preparing a query"));
        return {};
    }

    /// Binds `value` to the position (from 0); the value is kept until the next run.
    void bind(int position, QVariant value)
    {
        if (!m_native) {
            m_query.bindValue(position, value);
            return;
        }
        if (m_values.size() <= position)
            m_values.resize(position + 1);
        m_values[position] = std::move(value);
    }

    /// Runs the statement; the new row's id (0 for an update).
    Result<Id> run()
    {
        ++rows;
        if (!m_native) {
            if (!m_query.exec())
                return m_db.errorFrom(m_query.lastError(), BulkWriter::tr("saving a record"));
            if (!m_returning)
                return Id(0);
            if (!m_query.next())
                return m_db.errorFrom(m_query.lastError(), BulkWriter::tr("saving a record"));
            return m_query.value(0).toLongLong();
        }
        for (int i = 0; i < m_values.size(); ++i) {
            const QVariant &v = m_values.at(i);
            int rc = SQLITE_OK;
            switch (v.isNull() ? QMetaType::UnknownType : v.typeId()) {
            case QMetaType::UnknownType:
                rc = sqlite3_bind_null(m_native, i + 1);
                break;
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::LongLong:
                rc = sqlite3_bind_int64(m_native, i + 1, v.toLongLong());
                break;
            case QMetaType::QString: {
                const QString &text = *static_cast<const QString *>(v.constData());
                rc = sqlite3_bind_text16(m_native, i + 1, text.utf16(),
                                         int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
                break;
            }
            case QMetaType::QByteArray: {
                const QByteArray &bytes = *static_cast<const QByteArray *>(v.constData());
                rc = sqlite3_bind_blob(m_native, i + 1, bytes.constData(), int(bytes.size()),
                                       SQLITE_STATIC);
                break;
            }
            default: {
                // Nothing the column maps give today; as text, as Qt's driver would.
                m_values[i] = v.toString();
                const QString &text = *static_cast<const QString *>(m_values.at(i).constData());
                rc = sqlite3_bind_text16(m_native, i + 1, text.utf16(),
                                         int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
            }
            }
            if (rc != SQLITE_OK)
                return nativeError(BulkWriter::tr("saving a record"));
        }
        const int stepped = sqlite3_step(m_native);
        sqlite3_reset(m_native);
        if (stepped != SQLITE_DONE)
            return nativeError(BulkWriter::tr("saving a record"));
        return Id(sqlite3_last_insert_rowid(m_handle));
    }

    /// Runs the statement when its id is of no use.
    Status execute()
    {
        PASSERELLE_TRY(id, run());
        Q_UNUSED(id);
        return {};
    }

    QString name;
    qint64 rows = 0;

private:
    Error nativeError(const QString &what) const
    {
        return Error::storage(BulkWriter::tr("The database could not be written (%1). Nothing "
                                             "was saved; check the free space on the disk and "
                                             "try again.")
                                      .arg(what),
                              QString::fromUtf8(sqlite3_errmsg(m_handle)));
    }

    Database &m_db;
    QSqlQuery m_query;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_native = nullptr;
    QVarLengthArray<QVariant, 24> m_values;
    bool m_returning = false;
};

/// One table's insertion through its column map (Tables).
template<typename T>
struct Sink
{
    Sink(Database &db, const Sql::Table<T> &t)
        : table(t)
        , statement(db, t.name())
    {}

    Status prepare()
    {
        QStringList names;
        QStringList marks;
        for (const auto &c : table.columns()) {
            names << c.name;
            marks << u"?"_s;
        }
        return statement.prepare(u"INSERT INTO "_s + table.name() + u" ("_s + names.join(u", ")
                                         + u") VALUES ("_s + marks.join(u", ") + u')',
                                 true);
    }

    /// Inserts `row` and gives it its id.
    Status insert(T &row)
    {
        int position = 0;
        for (const auto &c : table.columns())
            statement.bind(position++, c.get(row));
        PASSERELLE_TRY(id, statement.run());
        if (id <= 0)
            return Error::storage(BulkWriter::tr("The database gave no id to a new record."));
        table.assignId(row, id);
        return {};
    }

    const Sql::Table<T> &table;
    Statement statement;
};

} // namespace

struct BulkWriter::Statements
{
    explicit Statements(Database &db)
        : agencies(db, Tables::agencies())
        , partners(db, Tables::partners())
        , partnerContacts(db, Tables::partnerContacts())
        , partnerAgreements(db, Tables::partnerAgreements())
        , users(db, Tables::users())
        , actions(db, Tables::actions())
        , fundingLines(db, Tables::fundingLines())
        , expenses(db, Tables::expenses())
        , households(db, Tables::households())
        , members(db, Tables::members())
        , supports(db, Tables::supports())
        , checks(db, Tables::postSupportChecks())
        , dwellings(db, Tables::dwellings())
        , leases(db, Tables::leases())
        , leaseReviews(db, Tables::leaseReviews())
        , referrals(db, Tables::referrals())
        , diagnostics(db, Tables::diagnostics())
        , meetings(db, Tables::meetings())
        , participants(db, Tables::meetingParticipants())
        , calDecisions(db, Tables::calDecisions())
        , contracts(db, Tables::contracts())
        , versions(db, Tables::contractVersions())
        , plans(db, Tables::plans())
        , objectives(db, Tables::objectives())
        , mobilised(db, Tables::mobilisedPartners())
        , contacts(db, Tables::contacts())
        , alerts(db, Tables::alerts())
        , committees(db, Tables::committees())
        , committeeReviews(db, Tables::committeeReviews())
        , householdNames(db, u"households"_s)
        , domains(db, u"diagnostic_domains"_s)
        , settings(db, u"settings"_s)
    {}

    template<typename F>
    void forEachSink(F &&f)
    {
        f(agencies), f(partners), f(partnerContacts), f(partnerAgreements), f(users), f(actions),
                f(fundingLines), f(expenses), f(households), f(members), f(supports), f(checks),
                f(dwellings), f(leases), f(leaseReviews), f(referrals), f(diagnostics), f(meetings),
                f(participants), f(calDecisions), f(contracts), f(versions), f(plans),
                f(objectives), f(mobilised), f(contacts), f(alerts), f(committees),
                f(committeeReviews);
    }

    Sink<Agency> agencies;
    Sink<Partner> partners;
    Sink<PartnerContact> partnerContacts;
    Sink<PartnerAgreement> partnerAgreements;
    Sink<User> users;
    Sink<Action> actions;
    Sink<FundingLine> fundingLines;
    Sink<Expense> expenses;
    Sink<Household> households;
    Sink<Member> members;
    Sink<Support> supports;
    Sink<PostSupportCheck> checks;
    Sink<Dwelling> dwellings;
    Sink<Lease> leases;
    Sink<LeaseReview> leaseReviews;
    Sink<Referral> referrals;
    Sink<Diagnostic> diagnostics;
    Sink<TripartiteMeeting> meetings;
    Sink<MeetingParticipant> participants;
    Sink<CalDecision> calDecisions;
    Sink<SupportContract> contracts;
    Sink<ContractVersion> versions;
    Sink<SupportPlan> plans;
    Sink<Objective> objectives;
    Sink<MobilisedPartner> mobilised;
    Sink<Contact> contacts;
    Sink<Alert> alerts;
    Sink<FollowUpCommittee> committees;
    Sink<CommitteeReview> committeeReviews;
    Statement householdNames; ///< display name and search key (not in the column map)
    Statement domains;
    Statement settings;
    qint64 organisation = 0;
};

BulkWriter::BulkWriter(Database &db)
    : m_db(db)
{}

BulkWriter::~BulkWriter()
{
    m_statements.reset();
    if (m_open)
        m_db.rollback();
}

Status BulkWriter::begin()
{
    for (const QString &table :
         {u"agencies"_s, u"partners"_s, u"actions"_s, u"users"_s, u"households"_s}) {
        PASSERELLE_TRY(rows, m_db.scalar(u"SELECT COUNT(*) FROM "_s + table));
        if (rows.toLongLong() > 0) {
            return Error::validation(tr("The database “%1” already holds data: a synthetic base "
                                        "is only written to an empty database.")
                                             .arg(m_db.displayName()));
        }
    }
    PASSERELLE_CHECK(m_db.begin());
    m_open = true;
    if (m_db.backend() == Backend::Sqlite)
        PASSERELLE_CHECK(setIndexesAside());
    return prepare();
}

Status BulkWriter::prepare()
{
    m_statements = std::make_unique<Statements>(m_db);
    Statements &s = *m_statements;
    Status prepared;
    s.forEachSink([&prepared](auto &sink) {
        if (prepared)
            prepared = sink.prepare();
    });
    PASSERELLE_CHECK(prepared);
    PASSERELLE_CHECK(s.householdNames.prepare(HouseholdRepository::namesSql(), false));
    PASSERELLE_CHECK(s.domains.prepare(u"INSERT INTO diagnostic_domains (diagnostic_id, domain, "
                                       "level, observation) VALUES (?, ?, ?, ?)"_s,
                                       true));
    return s.settings.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                              false);
}

Status BulkWriter::setIndexesAside()
{
    // Building an index once over sorted rows costs far less than keeping it up to date row by
    // row. The constraints' own indexes (no SQL of their own) stay.
    PASSERELLE_TRY(q, m_db.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                "AND sql IS NOT NULL ORDER BY name"_s));
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        m_indexes << q.value(1).toString();
    }
    q.finish();
    for (const QString &name : std::as_const(names)) {
        PASSERELLE_TRY(dropped, m_db.exec(u"DROP INDEX \""_s + name + u'"'));
    }
    return {};
}

Status BulkWriter::rebuildIndexes()
{
    for (const QString &sql : std::as_const(m_indexes)) {
        PASSERELLE_TRY(created, m_db.exec(sql));
    }
    m_indexes.clear();
    return {};
}

Status BulkWriter::write(const Organisation &organisation)
{
    PASSERELLE_CHECK(OrganisationRepository::store(m_db, organisation));
    m_statements->organisation = 1;
    return {};
}

Status BulkWriter::writeSetting(const QString &key, const QString &value)
{
    Statement &settings = m_statements->settings;
    settings.bind(0, key);
    settings.bind(1, Sql::toSql(value));
    return settings.execute();
}

Status BulkWriter::write(Agency &agency)
{
    return m_statements->agencies.insert(agency);
}

Status BulkWriter::write(Partner &partner)
{
    Statements &s = *m_statements;
    PASSERELLE_CHECK(s.partners.insert(partner));
    for (PartnerContact &c : partner.contacts) {
        c.partnerId = partner.id;
        PASSERELLE_CHECK(s.partnerContacts.insert(c));
    }
    for (PartnerAgreement &a : partner.agreements) {
        a.partnerId = partner.id;
        PASSERELLE_CHECK(s.partnerAgreements.insert(a));
    }
    return {};
}

Status BulkWriter::write(User &user)
{
    return m_statements->users.insert(user);
}

Status BulkWriter::write(Action &action)
{
    Statements &s = *m_statements;
    PASSERELLE_CHECK(s.actions.insert(action));
    for (FundingLine &f : action.fundingLines) {
        f.actionId = action.id;
        PASSERELLE_CHECK(s.fundingLines.insert(f));
    }
    for (Expense &e : action.expenses) {
        e.actionId = action.id;
        PASSERELLE_CHECK(s.expenses.insert(e));
    }
    return {};
}

Status BulkWriter::write(Household &household)
{
    Statements &s = *m_statements;
    PASSERELLE_CHECK(s.households.insert(household));
    for (int i = 0; i < household.members.size(); ++i) {
        Member &m = household.members[i];
        m.householdId = household.id;
        m.position = i;
        PASSERELLE_CHECK(s.members.insert(m));
    }
    Statement &names = s.householdNames;
    const QVariantList columns = HouseholdRepository::namesOf(household);
    for (int c = 0; c < columns.size(); ++c)
        names.bind(c, columns.at(c));
    return names.execute();
}

Status BulkWriter::write(Support &support)
{
    return m_statements->supports.insert(support);
}

Status BulkWriter::write(PostSupportCheck &check)
{
    return m_statements->checks.insert(check);
}

Status BulkWriter::write(Dwelling &dwelling)
{
    return m_statements->dwellings.insert(dwelling);
}

Status BulkWriter::write(Lease &lease)
{
    return m_statements->leases.insert(lease);
}

Status BulkWriter::write(LeaseReview &review)
{
    return m_statements->leaseReviews.insert(review);
}

Status BulkWriter::write(Referral &referral)
{
    return m_statements->referrals.insert(referral);
}

Status BulkWriter::write(Diagnostic &diagnostic)
{
    Statements &s = *m_statements;
    PASSERELLE_CHECK(s.diagnostics.insert(diagnostic));
    for (const DiagnosticDomainAssessment &a : std::as_const(diagnostic.domains)) {
        s.domains.bind(0, diagnostic.id);
        s.domains.bind(1, a.domain);
        s.domains.bind(2, int(a.level));
        s.domains.bind(3, Sql::toSql(a.observation));
        PASSERELLE_CHECK(s.domains.execute());
    }
    return {};
}

Status BulkWriter::write(TripartiteMeeting &meeting)
{
    Statements &s = *m_statements;
    PASSERELLE_CHECK(s.meetings.insert(meeting));
    for (MeetingParticipant &p : meeting.participants) {
        p.meetingId = meeting.id;
        PASSERELLE_CHECK(s.participants.insert(p));
    }
    return {};
}

Status BulkWriter::write(CalDecision &decision)
{
    return m_statements->calDecisions.insert(decision);
}

Status BulkWriter::write(SupportContract &contract)
{
    Statements &s = *m_statements;
    PASSERELLE_CHECK(s.contracts.insert(contract));
    for (ContractVersion &v : contract.versions) {
        v.contractId = contract.id;
        PASSERELLE_CHECK(s.versions.insert(v));
    }
    return {};
}

Status BulkWriter::write(SupportPlan &plan)
{
    Statements &s = *m_statements;
    PASSERELLE_CHECK(s.plans.insert(plan));
    for (int i = 0; i < plan.objectives.size(); ++i) {
        Objective &o = plan.objectives[i];
        o.planId = plan.id;
        o.position = i;
        PASSERELLE_CHECK(s.objectives.insert(o));
    }
    for (MobilisedPartner &m : plan.partners) {
        m.planId = plan.id;
        PASSERELLE_CHECK(s.mobilised.insert(m));
    }
    return {};
}

Status BulkWriter::write(Contact &contact)
{
    return m_statements->contacts.insert(contact);
}

Status BulkWriter::write(Alert &alert)
{
    return m_statements->alerts.insert(alert);
}

Status BulkWriter::write(FollowUpCommittee &committee)
{
    Statements &s = *m_statements;
    PASSERELLE_CHECK(s.committees.insert(committee));
    for (int i = 0; i < committee.reviews.size(); ++i) {
        CommitteeReview &r = committee.reviews[i];
        r.committeeId = committee.id;
        r.position = i;
        PASSERELLE_CHECK(s.committeeReviews.insert(r));
    }
    return {};
}

Status BulkWriter::finish(const Scope &scope, const QString &summary)
{
    PASSERELLE_CHECK(rebuildIndexes());
    PASSERELLE_CHECK(
            AuditRepository(m_db).record(scope, u"create"_s, u"database"_s, 0, 0, summary));
    // The statements are done with: a prepared statement left open would keep the base busy.
    QList<std::pair<QString, qint64>> counts = rowCounts();
    m_statements.reset();
    m_open = false;
    PASSERELLE_CHECK(m_db.commit());
    // rowCounts() for the caller, now that the statements are gone: with the journal's entry.
    counts.append({u"audit_log"_s, 1});
    m_counts = std::move(counts);
    PASSERELLE_TRY(analysed, m_db.exec(u"ANALYZE"_s));
    return {};
}

QList<std::pair<QString, qint64>> BulkWriter::rowCounts() const
{
    if (!m_statements)
        return m_counts;
    QHash<QString, qint64> rows;
    m_statements->forEachSink(
            [&rows](const auto &sink) { rows[sink.statement.name] += sink.statement.rows; });
    for (const Statement *statement : {&m_statements->domains, &m_statements->settings})
        rows[statement->name] += statement->rows;
    rows[u"organisation"_s] += m_statements->organisation;
    QList<std::pair<QString, qint64>> ordered;
    for (const QString &table : Tables::allTableNames()) {
        if (rows.value(table) > 0)
            ordered.append({table, rows.value(table)});
    }
    return ordered;
}

} // namespace Passerelle
