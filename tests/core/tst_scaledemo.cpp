// The synthetic base at the scale of a regional landlord (ScaleDemo), on a small scale: the
// promised proportions, every record within the application's rules, a sound base for
// `passerelle check`, the same content for the same seed, logins, and the review and the
// dashboard computed on it.
#include "TestDatabase.h"
#include "Clock.h"
#include "dashboard/AgencyDashboard.h"
#include "demo/DemoData.h"
#include "demo/ScaleDemo.h"
#include "households/ExitRules.h"
#include "households/FollowUpRules.h"
#include "households/HousingRules.h"
#include "review/Review.h"
#include "security/Accounts.h"
#include "storage/CommitteeRepository.h"
#include "storage/DatabaseCheck.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdFileRepository.h"
#include "storage/HouseholdRepository.h"
#include "storage/Journal.h"
#include "storage/OrganisationRepository.h"
#include "storage/Tables.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::TestDatabase;

namespace {

constexpr int Households = 300;
constexpr quint64 Seed = 7;

/// Every table's rows in id order, but what differs from run to run by design: the salt of the
/// password hash and the time of the journal entry (hence its hashes).
QByteArray contentHash(Database &db, QStringList *tablesWithRows = nullptr)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : Tables::allTableNames()) {
        const QString order = table == u"settings"          ? u"key"_s
                              : table == u"reference_items" ? u"list_key, code"_s
                                                            : u"id"_s;
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT * FROM "_s + table + u" ORDER BY "_s + order))
            return {};
        const QSqlRecord record = q.record();
        bool any = false;
        while (q.next()) {
            any = true;
            for (int i = 0; i < record.count(); ++i) {
                const QString column = record.fieldName(i);
                if ((table == u"users" && column == u"password_hash")
                    || (table == u"audit_log"
                        && (column == u"at" || column == u"hash" || column == u"prev_hash")))
                    continue;
                hash.addData((column + u'=' + q.value(i).toString() + u'\x1f').toUtf8());
            }
            hash.addData("\n");
        }
        if (any && tablesWithRows)
            *tablesWithRows << table;
    }
    return hash.result();
}

QString problemsText(const Problems &problems)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines << p.field + u": "_s + p.message;
    return lines.join(u"; ");
}

} // namespace

class TestScaleDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void proportions();
    void everyRecordFollowsTheRules();
    void namesAsTheHouseholdsListStoresThem();
    void soundBase();
    void sameSeedSameContent();
    void demoAccountsLogIn();
    void reviewAndDashboardCompute();
    void refusesABaseWithData();
    void createRefusesAnExistingFile();
    void createWritesANewFile();
    void refusesOutOfRangeOptions();

private:
    std::unique_ptr<TestDatabase> m_test;
    QDate m_today;
    ScaleDemo::Report m_report;
};

void TestScaleDemo::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
    m_today = Passerelle::Clock::today();
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(m_test->isValid());
    auto report = ScaleDemo::populate(m_test->db(), {Households, Seed, m_today});
    QVERIFY2(report, qPrintable(report ? QString() : report.error().fullText()));
    m_report = *report;
}

void TestScaleDemo::proportions()
{
    Database &db = m_test->db();
    QCOMPARE(m_report.rowsOf(u"households"_s), Households);
    QCOMPARE(m_report.rowsOf(u"agencies"_s), ScaleDemo::AgencyCount);
    QCOMPARE(m_report.rowsOf(u"actions"_s), ScaleDemo::ActionCount);
    QCOMPARE(AgencyRepository(db).list()->size(), ScaleDemo::AgencyCount);
    QCOMPARE(ActionRepository(db).list()->size(), ScaleDemo::ActionCount);

    // Most households are supported (about a year each), some were refused or wait.
    const Scope all = TestDatabase::all();
    auto rows = HouseholdRepository(db).list(all);
    QVERIFY(rows);
    QCOMPARE(rows->size(), Households);
    qint64 supportDays = 0;
    qint64 contacts = 0;
    int supported = 0;
    int ongoing = 0;
    int refused = 0;
    QSet<QString> outcomes;
    QSet<QString> leaseTypes;
    QSet<QString> versionKinds;
    QSet<QString> objectiveStatuses;
    int glissements = 0;
    int openAlerts = 0;
    int checksDone = 0;
    int checksPending = 0;
    for (const HouseholdRow &row : std::as_const(*rows)) {
        auto file
                = HouseholdFileRepository(db).load(all, row.id, HouseholdRepository::Trace::Silent);
        QVERIFY2(file, qPrintable(file ? QString() : file.error().fullText()));
        contacts += file->contacts.size();
        for (const Support &s : file->supports) {
            ++supported;
            ongoing += s.endDate.isValid() ? 0 : 1;
            supportDays += s.startDate.daysTo(s.endDate.isValid() ? s.endDate : m_today) + 1;
            if (!s.outcome.isEmpty())
                outcomes << s.outcome;
        }
        for (const Referral &r : file->referrals) {
            if (r.outcome.startsWith(u"refus_") || r.outcome == u"non_lieu")
                ++refused;
        }
        for (const Lease &l : file->leases) {
            leaseTypes << l.type;
            glissements += l.startReason == u"glissement" ? 1 : 0;
        }
        for (const SupportContract &c : file->contracts) {
            for (const ContractVersion &v : c.versions)
                versionKinds << v.kind;
        }
        for (const SupportPlan &p : file->plans) {
            for (const Objective &o : p.objectives)
                objectiveStatuses << o.status;
        }
        openAlerts += FollowUpRules::openAlertCount(file->alerts);
        for (const QList<PostSupportCheck> &checks : file->checks) {
            for (const PostSupportCheck &c : checks)
                (c.doneDate.isValid() ? checksDone : checksPending) += 1;
        }
    }
    QVERIFY2(supported > Households * 80 / 100 && supported < Households * 97 / 100,
             qPrintable(QString::number(supported)));
    QVERIFY2(ongoing > 0 && ongoing < supported / 3, qPrintable(QString::number(ongoing)));
    QVERIFY(refused > 0);
    // About 20 contacts per household and year of support.
    const double perYear = double(contacts) / (double(supportDays) / 365.25);
    QVERIFY2(perYear > 15 && perYear < 26, qPrintable(QString::number(perYear)));
    // Supports of about a year on average, from a few months to several years.
    const double averageMonths = double(supportDays) / supported / 30.4375;
    QVERIFY2(averageMonths > 8 && averageMonths < 18, qPrintable(QString::number(averageMonths)));
    QCOMPARE(m_report.rowsOf(u"contacts"_s), contacts);

    QVERIFY(outcomes.size() >= 8);
    QVERIFY(leaseTypes.contains(u"bail_direct"_s));
    QVERIFY(leaseTypes.contains(u"bail_glissant"_s));
    QVERIFY(glissements > 0);
    QCOMPARE(versionKinds, QSet<QString>({u"initial"_s, u"renouvellement"_s, u"avenant"_s}));
    QCOMPARE(objectiveStatuses.size(), 5);
    QVERIFY(openAlerts > 0);
    QVERIFY(checksDone > 0 && checksPending > 0);
    QVERIFY(m_report.rowsOf(u"committee_reviews"_s) > 0);
    QVERIFY(m_report.rowsOf(u"lease_reviews"_s) > 0);
    QVERIFY(m_report.rowsOf(u"funding_lines"_s) > 0);
    QVERIFY(m_report.rowsOf(u"expenses"_s) > 0);
    QVERIFY(m_report.rowsOf(u"diagnostic_domains"_s) > m_report.rowsOf(u"diagnostics"_s) * 10);
    QVERIFY(m_report.rowsOf(u"meeting_participants"_s) > m_report.rowsOf(u"tripartite_meetings"_s));
}

void TestScaleDemo::everyRecordFollowsTheRules()
{
    Database &db = m_test->db();
    const Scope all = TestDatabase::all();
    auto refs = HouseholdRepository(db).catalog();
    QVERIFY(refs);
    const QDate today = m_today;

    for (const Agency &a : *AgencyRepository(db).list())
        QVERIFY2(Validation::check(a).isEmpty(), qPrintable(a.code));
    for (const Partner &p : *PartnerRepository(db).list())
        QVERIFY2(Validation::check(p, *refs).isEmpty(), qPrintable(p.code));
    for (const Action &a : *ActionRepository(db).list()) {
        QVERIFY2(Validation::check(a, *refs).isEmpty(),
                 qPrintable(a.code + problemsText(Validation::check(a, *refs))));
        for (const FundingLine &f : a.fundingLines)
            QVERIFY(!f.receivedDate.isValid() || f.receivedDate <= today);
        for (const Expense &e : a.expenses)
            QVERIFY(e.date <= today);
    }
    QSet<Id> agenciesWithCesf;
    for (const User &u : *UserRepository(db).list()) {
        QVERIFY2(Validation::check(u, *refs).isEmpty(), qPrintable(u.login));
        if (u.role == u"cesf")
            agenciesWithCesf << u.agencyId;
    }
    QCOMPARE(agenciesWithCesf.size(), ScaleDemo::AgencyCount);

    auto rows = HouseholdRepository(db).list(all);
    QVERIFY(rows);
    for (const HouseholdRow &row : std::as_const(*rows)) {
        auto loaded
                = HouseholdFileRepository(db).load(all, row.id, HouseholdRepository::Trace::Silent);
        QVERIFY(loaded);
        const HouseholdFile &file = *loaded;
        const QString where = file.household.reference + u": "_s;
        const auto verify = [&where](const Problems &problems, const char *what) {
            if (!problems.isEmpty())
                QTest::qFail(
                        qPrintable(where + QLatin1String(what) + u' ' + problemsText(problems)),
                        __FILE__, __LINE__);
            return problems.isEmpty();
        };
        const auto notFuture = [&](const QDate &date, const char *what) {
            if (date.isValid() && date > today) {
                QTest::qFail(qPrintable(where + QLatin1String(what) + u" in the future"_s),
                             __FILE__, __LINE__);
                return false;
            }
            return true;
        };
        if (!verify(Validation::check(file.household, *refs, today), "household"))
            return;
        QVERIFY(!file.household.members.isEmpty());
        QDate firstReferral;
        for (const Referral &r : file.referrals) {
            if (!verify(Validation::check(r, *refs, today), "referral")
                || !notFuture(r.date, "referral") || !notFuture(r.outcomeDate, "referral outcome"))
                return;
            if (!firstReferral.isValid() || r.date < firstReferral)
                firstReferral = r.date;
        }
        QVERIFY2(firstReferral.isValid(), qPrintable(where + u"no referral"_s));
        for (const Support &s : file.supports) {
            if (!verify(Validation::check(s, *refs), "support")
                || !notFuture(s.startDate, "support") || !notFuture(s.endDate, "end of support"))
                return;
            QVERIFY(s.startDate > firstReferral);
            const QList<PostSupportCheck> checks = file.checks.value(s.id);
            QCOMPARE(checks.size(), s.endDate.isValid() ? 3 : 0);
            for (const PostSupportCheck &c : checks) {
                if (!verify(Validation::check(c, Passerelle::Clock::today()), "check") || !notFuture(c.doneDate, "check"))
                    return;
                QCOMPARE(c.dueDate, ExitRules::checkDueDate(s.endDate, c.offsetMonths));
                if (c.stillHoused)
                    QCOMPARE(*c.stillHoused, file.leaseOn(c.dueDate) != nullptr);
            }
        }
        for (const Diagnostic &d : file.diagnostics) {
            if (!verify(Validation::check(d, *refs, today), "diagnostic"))
                return;
            QVERIFY(d.date >= firstReferral);
            QCOMPARE(d.domains.size(), 13);
        }
        for (const TripartiteMeeting &m : file.meetings) {
            if (!verify(Validation::check(m, *refs), "meeting"))
                return;
            if (!m.outcome.isEmpty() && !notFuture(m.date, "meeting held"))
                return;
            QVERIFY(!m.participants.isEmpty());
        }
        for (const CalDecision &c : file.calDecisions) {
            if (!verify(Validation::check(c, *refs), "CAL decision") || !notFuture(c.date, "CAL"))
                return;
        }
        for (const Dwelling &d : file.dwellings) {
            if (!verify(Validation::check(d, *refs), "dwelling"))
                return;
        }
        for (const Lease &l : file.leases) {
            if (!verify(HousingRules::check(file, l, *refs), "lease")
                || !notFuture(l.startDate, "lease") || !notFuture(l.endDate, "end of lease"))
                return;
            for (const LeaseReview &r : file.reviews.value(l.id)) {
                if (!verify(Validation::check(r, *refs), "lease review")
                    || !notFuture(r.date, "lease review"))
                    return;
                QVERIFY(l.isRunningOn(r.date));
            }
        }
        for (const SupportContract &c : file.contracts) {
            if (!verify(Validation::check(c, *refs), "contract"))
                return;
            QVERIFY(!c.versions.isEmpty());
            for (const ContractVersion &v : c.versions) {
                if (!notFuture(v.date, "contract signature") || !notFuture(v.startDate, "version"))
                    return;
            }
        }
        for (const SupportPlan &p : file.plans) {
            if (!verify(Validation::check(p, *refs), "plan"))
                return;
            for (const Objective &o : p.objectives) {
                if (!notFuture(o.doneDate, "objective achieved"))
                    return;
            }
            for (const MobilisedPartner &m : p.partners) {
                if (!notFuture(m.startDate, "partner mobilised"))
                    return;
            }
        }
        for (const Contact &c : file.contacts) {
            if (!verify(Validation::check(c, *refs, today), "contact"))
                return;
            QVERIFY(c.date >= firstReferral);
            const Support *s = c.actionId ? file.support(c.actionId) : nullptr;
            if (s) {
                QVERIFY(c.date >= s->startDate);
                QVERIFY(!s->endDate.isValid() || c.date <= s->endDate);
            }
        }
        for (const Alert &a : file.alerts) {
            if (!verify(Validation::check(a, *refs, today), "alert"))
                return;
        }
    }

    auto committees = CommitteeRepository(db).list(all);
    QVERIFY(committees);
    QVERIFY(committees->size() > ScaleDemo::AgencyCount);
    for (const FollowUpCommittee &c : *committees) {
        QVERIFY2(Validation::check(c, *refs).isEmpty(),
                 qPrintable(problemsText(Validation::check(c, *refs))));
        for (const CommitteeReview &r : c.reviews)
            QVERIFY(r.decision.isEmpty() || c.date <= today);
    }
}

void TestScaleDemo::namesAsTheHouseholdsListStoresThem()
{
    Database &db = m_test->db();
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT id, display_name, search_key, name_key FROM households "
                   "ORDER BY id"_s));
    int checked = 0;
    while (q.next()) {
        auto h = HouseholdRepository(db).get(TestDatabase::all(), q.value(0).toLongLong(),
                                             HouseholdRepository::Trace::Silent);
        QVERIFY(h);
        QCOMPARE(q.value(1).toString(), h->displayName());
        QCOMPARE(q.value(2).toString(), HouseholdRepository::searchKeyOf(*h));
        QCOMPARE(q.value(3).toString(), HouseholdRepository::namesOf(*h).at(2).toString());
        QVERIFY(!q.value(3).toString().isEmpty());
        ++checked;
    }
    QCOMPARE(checked, Households);
}

void TestScaleDemo::soundBase()
{
    Database &db = m_test->db();
    auto problems = db.integrityProblems(Database::CheckDepth::Full);
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    // One journal entry says the base was generated; the journal's chain holds.
    QCOMPARE(m_report.rowsOf(u"audit_log"_s), 1);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log"_s)->toInt(), 1);
    auto journal = Journal::verify(db);
    QVERIFY(journal);
    QVERIFY(journal->isEmpty());
    if (m_test->backend() != Backend::Sqlite)
        return;
    // `passerelle check`: integrity, links, codes, the rules the schema cannot express.
    m_test->close();
    auto report = checkDatabase(m_test->path());
    QVERIFY(m_test->reopen());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().fullText()));
    QVERIFY2(report->isSound(), qPrintable(report->problems.join(u'\n')));
    QVERIFY(!report->needsUpgrade());
}

void TestScaleDemo::sameSeedSameContent()
{
    const auto build = [this](quint64 seed) -> QByteArray {
        TestDatabase base;
        if (!base.isValid())
            return {};
        if (!ScaleDemo::populate(base.db(), {120, seed, m_today}))
            return {};
        QStringList tables;
        const QByteArray hash = contentHash(base.db(), &tables);
        // The hash covers the tables that hold the base.
        return tables.contains(u"contacts"_s) && tables.contains(u"committee_reviews"_s)
                       ? hash
                       : QByteArray();
    };
    const QByteArray first = build(42);
    QVERIFY(!first.isEmpty());
    QCOMPARE(build(42), first);
    QVERIFY(build(43) != first);
}

void TestScaleDemo::demoAccountsLogIn()
{
    Database &db = m_test->db();
    // The login lists the demo accounts: they exist, with the demo's password.
    QCOMPARE(OrganisationRepository(db).setting(Demo::isDemoKey()).valueOr({}), u"1"_s);
    for (const Demo::Account &a : Demo::accounts()) {
        auto scope = Accounts(db).login(a.login, QString::fromLatin1(Demo::Password));
        QVERIFY2(scope, qPrintable(a.login));
    }
    auto cesf = Accounts(db).login(u"cfabre"_s, QString::fromLatin1(Demo::Password));
    QVERIFY(cesf);
    QVERIFY(cesf->agencyId.has_value());
    auto mine = HouseholdRepository(db).list(*cesf);
    QVERIFY(mine);
    QVERIFY(!mine->isEmpty() && mine->size() < Households);
}

void TestScaleDemo::reviewAndDashboardCompute()
{
    Database &db = m_test->db();
    const Scope all = TestDatabase::all();
    ReviewRequest lastYear{m_today.addYears(-1).addDays(1), m_today, {}, {}};
    auto figures = Review::compute(db, all, lastYear);
    QVERIFY2(figures, qPrintable(figures ? QString() : figures.error().fullText()));
    QVERIFY(figures->householdsSupported > 0);
    QVERIFY(figures->contactsTotal > 0);
    QVERIFY(figures->referralsReceived > 0);
    QVERIFY(figures->expenses > 0);
    ReviewRequest decade{m_today.addYears(-ScaleDemo::Years), m_today, {}, {}};
    auto whole = Review::compute(db, all, decade);
    QVERIFY(whole);
    QVERIFY(whole->householdsExited > 0);
    QVERIFY(whole->retention24m.denominator > 0);
    QVERIFY(whole->slidingLeasesUsed > 0);
    QVERIFY(whole->diagnosticsCompared > 0);

    auto dashboard = loadDashboard(db, all, 0, m_today, Dashboard::DefaultSilentDays);
    QVERIFY2(dashboard, qPrintable(dashboard ? QString() : dashboard.error().fullText()));
    QVERIFY(!dashboard->householdsFollowed.isEmpty());
    QVERIFY(!dashboard->contactsPerMonth.isEmpty());
    auto agency = AgencyRepository(db).findByCode(u"TLS-NORD"_s);
    QVERIFY(agency && *agency);
    auto one = loadDashboard(db, all, (*agency)->id, m_today, Dashboard::DefaultSilentDays);
    QVERIFY(one);
    QVERIFY(one->householdsFollowed.size() < dashboard->householdsFollowed.size());
}

void TestScaleDemo::refusesABaseWithData()
{
    Database &db = m_test->db();
    const QByteArray before = contentHash(db);
    auto again = ScaleDemo::populate(db, {10, Seed, m_today});
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Validation);
    QCOMPARE(contentHash(db), before);
}

void TestScaleDemo::createRefusesAnExistingFile()
{
    PASSERELLE_SQLITE_ONLY();
    const QString path = m_test->dir() + u"/existing.sqlite"_s;
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("précieux");
    f.close();
    auto created = ScaleDemo::create(path, {10, Seed, m_today});
    QVERIFY(!created);
    QCOMPARE(created.error().kind, Error::Kind::Validation);
    QCOMPARE(Testing::fileBytes(path), QByteArray("précieux"));
}

void TestScaleDemo::createWritesANewFile()
{
    PASSERELLE_SQLITE_ONLY();
    const QString path = m_test->dir() + u"/new.sqlite"_s;
    auto created = ScaleDemo::create(path, {25, Seed, m_today});
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    QCOMPARE(created->rowsOf(u"households"_s), 25);
    QVERIFY(QFile::exists(path));
}

void TestScaleDemo::refusesOutOfRangeOptions()
{
    PASSERELLE_SQLITE_ONLY();
    const QString path = m_test->dir() + u"/refused.sqlite"_s;
    QVERIFY(!ScaleDemo::create(path, {0, Seed, m_today}));
    QVERIFY(!ScaleDemo::create(path, {ScaleDemo::MaxHouseholds + 1, Seed, m_today}));
    QVERIFY(!ScaleDemo::create(path, {10, Seed, QDate()}));
    // Nothing is left behind.
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestScaleDemo)
#include "tst_scaledemo.moc"
