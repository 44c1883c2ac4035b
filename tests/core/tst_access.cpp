// Access is decided in core for every entry point: a canary household of agency B, supported
// by association P2, carries unique tokens in its name and in every kind of free text; a CESF
// of agency A and the partner referent of another association P1 must never meet a token,
// whatever they ask. The referent of P2 sees the household, but never the landlord's internal
// notes. Every refusal is journaled. Runs on SQLite and on PostgreSQL (the _pg twin).

#include "TestDatabase.h"
#include "Clock.h"
#include "XlsxContent.h"

#include "committees/CommitteeSuggestions.h"
#include "dashboard/AgencyDashboard.h"
#include "demo/DemoData.h"
#include "documents/Documents.h"
#include "exchange/HouseholdListExport.h"
#include "review/Review.h"
#include "review/ReviewExport.h"
#include "storage/CommitteeRepository.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdFileRepository.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/AccessRecordRepository.h"
#include "storage/Journal.h"
#include "storage/JournalRepository.h"
#include "storage/RetentionRepository.h"
#include "storage/ReferenceRepository.h"

#include <QDir>
#include <QtTest>

using namespace Passerelle;
using namespace Passerelle::Testing;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray Token = "KNRY";

bool leaks(const QByteArray &bytes)
{
    return bytes.contains(Token);
}

bool leaks(const QString &text)
{
    return text.contains(QString::fromLatin1(Token));
}

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void forbiddenScopesNeverMeetTheCanary_data();
    void forbiddenScopesNeverMeetTheCanary();
    void partnerSeesHerHouseholdsWithoutInternalNotes();
    void partnerMayWriteTheDiagnosticOnly();
    void rolesOutsideTheirRightsAreRefusedAndJournaled();
    void cesfSavesOnlyInHerAgency();

private:
    Scope cesfA() const { return Scope::agency(m_agencyA, u"cesf.a"_s, 0); }
    Scope partnerP1() const { return Scope::partner(m_partnerP1, u"ref.p1"_s, 0); }
    Scope partnerP2() const { return Scope::partner(m_partnerP2, u"ref.p2"_s, 0); }
    qint64 journalCount(const QString &login, const QString &operation);

    std::unique_ptr<TestDatabase> m_test;
    QDate m_today;
    Id m_agencyA = 0;
    Id m_agencyB = 0;
    Id m_partnerP1 = 0;
    Id m_partnerP2 = 0;
    Id m_canary = 0;
    QString m_reference;
};

void TestAccess::initTestCase()
{
    if (const QString why = backendUnavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(m_test->isValid());
    m_today = Passerelle::Clock::today();
    QVERIFY(Demo::populate(m_test->db(), m_today));
    Database &db = m_test->db();
    const Scope all = TestDatabase::all();

    // The canary: a household of the second agency followed by some association P2.
    auto agencies = AgencyRepository(db).list();
    QVERIFY(agencies && agencies->size() >= 2);
    m_agencyA = agencies->at(0).id;
    m_agencyB = agencies->at(1).id;
    auto rows = HouseholdRepository(db).list(all, {});
    QVERIFY(rows);
    Id chosen = 0;
    for (const HouseholdRow &r : std::as_const(*rows)) {
        if (r.agencyId != m_agencyB)
            continue;
        auto file = HouseholdFileRepository(db).load(all, r.id, HouseholdRepository::Trace::Silent);
        QVERIFY(file);
        for (const Support &s : std::as_const(file->supports)) {
            if (s.partnerId > 0 && s.startDate.isValid()) {
                chosen = r.id;
                m_partnerP2 = s.partnerId;
                break;
            }
        }
        if (chosen)
            break;
    }
    QVERIFY2(chosen > 0, "the demo has a household of agency B supported by an association");
    auto partners = PartnerRepository(db).list();
    QVERIFY(partners);
    for (const Partner &p : std::as_const(*partners)) {
        if (p.id != m_partnerP2) {
            m_partnerP1 = p.id;
            break;
        }
    }
    QVERIFY(m_partnerP1 > 0);

    auto file = HouseholdFileRepository(db).load(all, chosen, HouseholdRepository::Trace::Silent);
    QVERIFY(file);
    HouseholdFile edited = *file;
    QVERIFY(!edited.household.members.isEmpty());
    edited.household.members[0].lastName = u"KNRYNAME"_s;
    edited.household.members[0].firstName = u"Knryfirst"_s;
    edited.household.notes = u"KNRYSHAREDNOTE partagée"_s;
    edited.household.internalNotes = u"KNRYINTERNAL note interne"_s;
    Contact internal;
    internal.id = edited.nextTemporaryId();
    internal.householdId = chosen;
    internal.date = m_today.addDays(-3);
    internal.type = u"visite_domicile"_s;
    internal.notes = u"KNRYCONTACTINTERNAL"_s;
    edited.contacts.prepend(internal);
    Contact shared = internal;
    shared.id = edited.nextTemporaryId();
    shared.notes = u"Visite partagée KNRYCONTACTSHARED"_s;
    shared.shared = true;
    edited.contacts.prepend(shared);
    Alert alert;
    alert.id = edited.nextTemporaryId();
    alert.householdId = chosen;
    alert.date = m_today.addDays(-2);
    alert.type = u"trouble_voisinage"_s;
    alert.description = u"KNRYALERT"_s;
    edited.alerts.prepend(alert);
    auto saved = HouseholdFileRepository(db).save(all, *file, edited);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));
    m_canary = chosen;
    m_reference = saved->household.reference;
}

void TestAccess::cleanupTestCase()
{
    m_test.reset();
}

qint64 TestAccess::journalCount(const QString &login, const QString &operation)
{
    auto count = m_test->db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE login = ? AND "
                                      "operation = ?"_s,
                                      {login, operation});
    return count ? count->toLongLong() : -1;
}

void TestAccess::forbiddenScopesNeverMeetTheCanary_data()
{
    QTest::addColumn<int>("who");
    QTest::newRow("CESF of agency A") << 0;
    QTest::newRow("referent of another association") << 1;
}

void TestAccess::forbiddenScopesNeverMeetTheCanary()
{
    QFETCH(int, who);
    const Scope scope = who == 0 ? cesfA() : partnerP1();
    Database &db = m_test->db();
    const qint64 refusedBefore = journalCount(scope.login, u"refused"_s);

    // The list and the search.
    auto list = HouseholdRepository(db).list(scope, {});
    QVERIFY(list);
    for (const HouseholdRow &r : std::as_const(*list)) {
        QVERIFY(r.id != m_canary);
        QVERIFY(!leaks(r.displayName));
    }
    HouseholdFilter search;
    search.text = u"knryname"_s;
    auto found = HouseholdRepository(db).list(scope, search);
    QVERIFY(found);
    QVERIFY(found->isEmpty());
    // Opening by reference, by id, or any record of it.
    auto byReference = HouseholdRepository(db).findByReference(scope, m_reference);
    QVERIFY(byReference);
    QVERIFY(!byReference->has_value());
    auto opened = HouseholdFileRepository(db).load(scope, m_canary);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, Error::Kind::NotFound);
    QVERIFY(!leaks(opened.error().fullText()));
    auto contacts = ContactRepository(db).forHousehold(scope, m_canary);
    QVERIFY(!contacts);
    // Asking for a file outside the scope is journaled (without its content).
    QVERIFY(journalCount(scope.login, u"refused"_s) > refusedBefore);

    // The exports of the list.
    for (auto format : {HouseholdListExport::Format::Csv, HouseholdListExport::Format::Json,
                        HouseholdListExport::Format::Xlsx}) {
        auto bytes = HouseholdListExport::write(db, scope, {}, format);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().fullText()));
        QByteArray text = *bytes;
        if (format == HouseholdListExport::Format::Xlsx) {
            // Compressed: what counts is the text of its parts.
            const XlsxContent content = XlsxContent::read(*bytes);
            QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
            QVERIFY(content.parts.size() > 5);
            text.clear();
            for (const QByteArray &part : content.parts)
                text += part;
        }
        QVERIFY(!leaks(text));
        QVERIFY(!text.contains(m_reference.toUtf8()));
    }

    // The right-of-access record of the canary, the journal viewer, the retention list.
    auto record = AccessRecordRepository(db).collect(scope, m_canary);
    QVERIFY(!record);
    QVERIFY(!leaks(record.error().fullText()));
    auto journal = JournalRepository(db).list(scope, {});
    QVERIFY(!journal);
    QCOMPARE(journal.error().kind, Error::Kind::Access);
    auto due = RetentionRepository(db).candidates(scope, m_today.addYears(10));
    QVERIFY(!due);
    QCOMPARE(due.error().kind, Error::Kind::Access);

    // Printed documents: the contract of the canary is not printed for them.
    auto contract = Documents::printContract(db, scope, m_canary, 0, QString());
    QVERIFY(!contract);
    QVERIFY(!leaks(contract.error().fullText()));

    if (who == 0) {
        // The CESF's dashboard, committees and suggestions, and review: her agency only.
        auto dashboard = loadDashboard(db, scope, 0, m_today, 30);
        QVERIFY2(dashboard, qPrintable(dashboard ? QString() : dashboard.error().fullText()));
        const auto check = [this](const auto &items) {
            for (const auto &item : items) {
                QVERIFY(item.household.id != m_canary);
                QVERIFY(!leaks(item.household.name));
            }
        };
        check(dashboard->householdsFollowed);
        check(dashboard->silentHouseholds);
        check(dashboard->contractsEnding);
        check(dashboard->overdueObjectives);
        check(dashboard->openAlerts);
        check(dashboard->nextMeetings);
        check(dashboard->glissantReviewsDue);
        if (dashboard->nextCommittee) {
            for (const DashboardHousehold &h : std::as_const(dashboard->nextCommittee->households))
                QVERIFY(h.id != m_canary);
        }
        auto other = loadDashboard(db, scope, m_agencyB, m_today, 30);
        QVERIFY(other);
        QVERIFY(other->householdsFollowed.isEmpty());

        auto committees = CommitteeRepository(db).list(scope);
        QVERIFY(committees);
        for (const FollowUpCommittee &c : std::as_const(*committees)) {
            QCOMPARE(c.agencyId, m_agencyA);
            for (const CommitteeReview &r : c.reviews)
                QVERIFY(r.householdId != m_canary);
        }
        auto suggestions = CommitteeSuggestions::suggest(db, scope, m_agencyB, m_today);
        if (suggestions) {
            for (const CommitteeSuggestion &s : std::as_const(*suggestions))
                QVERIFY(s.householdId != m_canary);
        }

        ReviewRequest request;
        request.from = QDate(m_today.year() - 1, 1, 1);
        request.to = m_today;
        request.agencyIds = {m_agencyB};
        auto figures = Review::compute(db, scope, request);
        QVERIFY(figures);
        ReviewRequest mine = request;
        mine.agencyIds = {m_agencyA};
        auto own = Review::compute(db, TestDatabase::all(), mine);
        QVERIFY(own);
        // Whatever agency she asks for, she gets hers.
        QCOMPARE(ReviewExport::toJson(*figures), ReviewExport::toJson(*own));
        auto catalog = ReferenceRepository(db).catalog();
        QVERIFY(catalog);
        QVERIFY(!leaks(ReviewExport::toCsv(*figures, *catalog)));
    } else {
        // A partner referent has no dashboard, committees or review: refused, journaled.
        const qint64 before = journalCount(scope.login, u"refused"_s);
        auto dashboard = loadDashboard(db, scope, 0, m_today, 30);
        QVERIFY(!dashboard);
        QCOMPARE(dashboard.error().kind, Error::Kind::Access);
        auto committees = CommitteeRepository(db).list(scope);
        QVERIFY(!committees);
        QCOMPARE(committees.error().kind, Error::Kind::Access);
        ReviewRequest request;
        request.from = QDate(m_today.year() - 1, 1, 1);
        request.to = m_today;
        auto figures = Review::compute(db, scope, request);
        QVERIFY(!figures);
        QCOMPARE(figures.error().kind, Error::Kind::Access);
        QCOMPARE(journalCount(scope.login, u"refused"_s), before + 3);
    }
}

void TestAccess::partnerSeesHerHouseholdsWithoutInternalNotes()
{
    Database &db = m_test->db();
    auto list = HouseholdRepository(db).list(partnerP2(), {});
    QVERIFY(list);
    QVERIFY(std::any_of(list->cbegin(), list->cend(),
                        [this](const HouseholdRow &r) { return r.id == m_canary; }));
    // Only households her association supports.
    for (const HouseholdRow &r : std::as_const(*list)) {
        auto file = HouseholdFileRepository(db).load(TestDatabase::all(), r.id,
                                                     HouseholdRepository::Trace::Silent);
        QVERIFY(file);
        QVERIFY(std::any_of(file->supports.cbegin(), file->supports.cend(),
                            [this](const Support &s) { return s.partnerId == m_partnerP2; }));
    }
    auto file = HouseholdFileRepository(db).load(partnerP2(), m_canary);
    QVERIFY(file);
    QCOMPARE(file->household.notes, u"KNRYSHAREDNOTE partagée"_s);
    QVERIFY(file->household.internalNotes.isEmpty());
    QVERIFY(file->alerts.isEmpty());
    QVERIFY(file->history.isEmpty());
    bool sharedSeen = false;
    for (const Contact &c : std::as_const(file->contacts)) {
        QVERIFY(!c.notes.contains(u"KNRYCONTACTINTERNAL"_s));
        sharedSeen = sharedSeen || c.notes.contains(u"KNRYCONTACTSHARED"_s);
    }
    QVERIFY(sharedSeen);
    // The household's journal is the landlord's: refused to her.
    auto history = AuditRepository(db).forHousehold(partnerP2(), m_canary);
    QVERIFY(!history);
    QCOMPARE(history.error().kind, Error::Kind::Access);
}

void TestAccess::partnerMayWriteTheDiagnosticOnly()
{
    Database &db = m_test->db();
    auto file = HouseholdFileRepository(db).load(partnerP2(), m_canary);
    QVERIFY(file);
    // A change of the situation is refused...
    HouseholdFile edited = *file;
    edited.household.phone = u"0600000000"_s;
    auto refused = HouseholdFileRepository(db).save(partnerP2(), *file, edited);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Access);
    // ... the diagnostic is hers to write.
    QVERIFY(!file->diagnostics.isEmpty());
    edited = *file;
    edited.diagnostics[0].recommendation = u"Accompagnement renforcé recommandé."_s;
    auto saved = HouseholdFileRepository(db).save(partnerP2(), *file, edited);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));
    QCOMPARE(saved->diagnostics[0].recommendation, u"Accompagnement renforcé recommandé."_s);
    // Her save did not erase what she cannot see.
    auto full = HouseholdFileRepository(db).load(TestDatabase::all(), m_canary,
                                                 HouseholdRepository::Trace::Silent);
    QVERIFY(full);
    QCOMPARE(full->household.internalNotes, u"KNRYINTERNAL note interne"_s);
    QVERIFY(!full->alerts.isEmpty());
}

void TestAccess::rolesOutsideTheirRightsAreRefusedAndJournaled()
{
    Database &db = m_test->db();
    Scope admin = Scope::everything(u"admin.test"_s);
    admin.role = Role::Administrateur;
    // The administrator manages accounts, not household files.
    auto file = HouseholdFileRepository(db).load(admin, m_canary);
    QVERIFY(file);
    HouseholdFile edited = *file;
    edited.household.phone = u"0611111111"_s;
    const qint64 before = journalCount(admin.login, u"refused"_s);
    auto refused = HouseholdFileRepository(db).save(admin, *file, edited);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Access);
    QVERIFY(refused.error().message.contains(u"role"_s)
            || refused.error().message.contains(u"rôle"_s));
    QCOMPARE(journalCount(admin.login, u"refused"_s), before + 1);

    // A CESF manages no accounts and no actions.
    Scope cesf = cesfA();
    auto users = UserRepository(db).list();
    QVERIFY(users && !users->isEmpty());
    User user = users->first();
    user.displayName += u" (changé)"_s;
    QCOMPARE(UserRepository(db).save(cesf, user).error().kind, Error::Kind::Access);
    auto actions = ActionRepository(db).list();
    QVERIFY(actions && !actions->isEmpty());
    Action action = actions->first();
    QCOMPARE(ActionRepository(db).save(cesf, action).error().kind, Error::Kind::Access);
    // The administrator's journal viewer: who did what to the canary, never its content.
    JournalFilter filter;
    filter.householdReference = m_reference;
    filter.limit = 0;
    auto lines = JournalRepository(db).list(admin, filter);
    QVERIFY2(lines, qPrintable(lines ? QString() : lines.error().fullText()));
    QVERIFY(!lines->lines.isEmpty());
    for (const JournalLine &line : std::as_const(lines->lines)) {
        QVERIFY2(!leaks(line.entry.summary), qPrintable(line.entry.summary));
        QVERIFY(!leaks(line.entry.login));
    }
    const QString csv = QDir(m_test->dir()).filePath(u"journal.csv"_s);
    auto exported = JournalRepository(db).exportCsv(admin, filter, csv);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().fullText()));
    QVERIFY(*exported > 0);
    QVERIFY(!leaks(fileBytes(csv)));

    // The journal keeps its chain through all of this.
    auto problems = Journal::verify(db);
    QVERIFY(problems);
    QVERIFY(problems->isEmpty());
}

void TestAccess::cesfSavesOnlyInHerAgency()
{
    Database &db = m_test->db();
    // A new household of another agency is refused to her.
    Household h;
    h.reference = u"KNRY-NEW"_s;
    h.agencyId = m_agencyB;
    h.composition = u"personne_seule"_s;
    Member m;
    m.lastName = u"Nouveau"_s;
    m.role = u"titulaire"_s;
    h.members << m;
    const Status saved = HouseholdRepository(db).save(cesfA(), h);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, Error::Kind::Access);
    h.reference = u"A-NEW-1"_s;
    h.agencyId = m_agencyA;
    const Status own = HouseholdRepository(db).save(cesfA(), h);
    QVERIFY2(own, qPrintable(own ? QString() : own.error().fullText()));
}

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
