// The journal read and exported (filters, labels, the permission), its purge (the chain stays
// verifiable; a deletion behind the guards is still reported), the guards against UPDATE and
// DELETE; retention (who is due, anonymisation that leaves no byte of a canary in the file
// and past reviews unchanged); the right-of-access record; consent information.
#include "TestChecks.h"
#include "Clock.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "documents/AccessExport.h"
#include "domain/Consent.h"
#include "domain/FieldLabels.h"
#include "domain/ReferenceCatalog.h"
#include "domain/Validation.h"
#include "review/Review.h"
#include "review/ReviewExport.h"
#include "security/JournalChain.h"
#include "storage/AccessRecordRepository.h"
#include "storage/ContractPrintRepository.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"
#include "storage/JournalRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/RetentionRepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::TestDatabase;
using Passerelle::Testing::describe;

namespace {

} // namespace

class TestRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void journalFilters();
    void journalNeedsPermission();
    void journalCsvHasLabels();
    void journalNamesLinkedRecords();
    void guardsRefuseUpdateAndDelete();
    void purgeKeepsTheChainVerifiable();
    void purgeOfEveryEntry();
    void deletionBehindTheGuardsIsReported();
    void retentionSettings();
    void whoIsDue();
    void anonymisationLeavesNoCanaryAndSameReviews();
    void erasureOnRequest();
    void accessRecordHoldsEverythingOfOneHousehold();
    void consentInformation();

private:
    Database &db() { return m_test->db(); }
    Id addHousehold(const QString &reference, const QString &lastName);
    /// A journal entry dated `at` (through the one writer of the journal).
    void journalAt(const QDateTime &at, const QString &login, const QString &operation,
                   Id householdId);
    QByteArray fileBytesClosed();
    QMap<QString, QByteArray> pastReviews();

    std::unique_ptr<TestDatabase> m_test;
    Scope m_all = Scope::everything(u"admin"_s);
    Id m_agency = 0;
};

void TestRecords::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
}

void TestRecords::init()
{
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(m_test->isValid());
    TAKE(agency, db().insertReturningId(u"INSERT INTO agencies (code, name) VALUES (?, ?)"_s,
                                        {u"NORD"_s, u"Agence Nord"_s}));
    m_agency = agency;
}

void TestRecords::cleanup()
{
    m_test.reset();
}

Id TestRecords::addHousehold(const QString &reference, const QString &lastName)
{
    Household h;
    h.reference = reference;
    h.agencyId = m_agency;
    Member m;
    m.lastName = lastName;
    m.firstName = u"Anne"_s;
    m.role = u"titulaire"_s;
    h.members << m;
    const Status saved = HouseholdRepository(db()).save(m_all, h);
    if (!saved)
        qWarning("%s", describe(saved.error()).constData());
    return h.id;
}

void TestRecords::journalAt(const QDateTime &at, const QString &login, const QString &operation,
                            Id householdId)
{
    Transaction tx(db());
    QVERIFY(tx.status());
    JournalWriter writer(db());
    AuditEntry e;
    e.at = at;
    e.login = login;
    e.operation = operation;
    e.entity = u"household"_s;
    e.entityId = householdId;
    e.householdId = householdId;
    QVERIFY_OK(writer.insert(e));
    QVERIFY_OK(tx.commit());
}

QByteArray TestRecords::fileBytesClosed()
{
    m_test->close();
    QByteArray bytes = Testing::fileBytes(m_test->path());
    bytes += Testing::fileBytes(m_test->path() + u"-wal"_s);
    [&] { QVERIFY(m_test->reopen()); }();
    return bytes;
}

void TestRecords::journalFilters()
{
    const Id a = addHousehold(u"R-A"_s, u"Alpha"_s);
    const Id b = addHousehold(u"R-B"_s, u"Beta"_s);
    const QDateTime old = QDateTime(QDate(2024, 3, 10), QTime(10, 0), Qt::UTC);
    journalAt(old, u"cfabre"_s, u"read"_s, a);
    journalAt(old.addDays(1), u"sbenali"_s, u"read"_s, b);
    journalAt(old.addDays(2), u"cfabre"_s, u"update"_s, b);
    JournalRepository journal(db());
    JournalFilter f;
    f.login = u"cfabre"_s;
    TAKE(byLogin, journal.list(m_all, f));
    QCOMPARE(byLogin.total, 2);
    // Newest first.
    QCOMPARE(byLogin.lines.at(0).entry.operation, u"update"_s);
    QCOMPARE(byLogin.lines.at(0).householdReference, u"R-B"_s);
    f = {};
    f.householdReference = u"R-B"_s;
    TAKE(byHousehold, journal.list(m_all, f));
    // Its creation (by "admin") and the two entries above.
    QCOMPARE(byHousehold.total, 3);
    f.operation = u"read"_s;
    TAKE(byKind, journal.list(m_all, f));
    QCOMPARE(byKind.total, 1);
    QCOMPARE(byKind.lines.at(0).entry.login, u"sbenali"_s);
    f = {};
    f.from = QDate(2024, 3, 11);
    f.to = QDate(2024, 3, 11);
    TAKE(byDay, journal.list(m_all, f));
    QCOMPARE(byDay.total, 1);
    QCOMPARE(byDay.lines.at(0).entry.login, u"sbenali"_s);
    // Pages.
    f = {};
    f.limit = 2;
    TAKE(first, journal.list(m_all, f));
    f.offset = 2;
    TAKE(second, journal.list(m_all, f));
    QCOMPARE(first.lines.size(), 2);
    QVERIFY(first.total >= 5);
    QVERIFY(second.lines.at(0).entry.id < first.lines.at(1).entry.id);
    TAKE(logins, journal.logins(m_all));
    QVERIFY(logins.contains(u"cfabre"_s) && logins.contains(u"sbenali"_s));
}

void TestRecords::journalNeedsPermission()
{
    const Scope cesf = Scope::agency(m_agency, u"cfabre"_s);
    JournalRepository journal(db());
    auto refused = journal.list(cesf, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Access);
    TAKE(last, db().scalar(u"SELECT operation || ' ' || entity || ' ' || login FROM audit_log "
                           "ORDER BY id DESC LIMIT 1"_s));
    QCOMPARE(last.toString(), u"refused journal cfabre"_s);
    QVERIFY(!RetentionRepository(db()).candidates(cesf, Passerelle::Clock::today()));
    QVERIFY(!JournalRepository(db()).purgeBefore(cesf, QDateTime::currentDateTimeUtc()));
}

void TestRecords::journalCsvHasLabels()
{
    Testing::installFrenchTranslation();
    const Id a = addHousehold(u"R-CSV"_s, u"Gamma"_s);
    TAKE(h, HouseholdRepository(db()).get(m_all, a));
    h.composition = u"personne_seule"_s;
    QVERIFY_OK(HouseholdRepository(db()).save(m_all, h));
    const QString path = m_test->dir() + u"/journal.csv"_s;
    JournalFilter f;
    f.householdReference = u"R-CSV"_s;
    TAKE(written, JournalRepository(db()).exportCsv(m_all, f, path));
    QCOMPARE(written, 3); // created, opened, changed
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY2(csv.contains(u"Modification"_s), qPrintable(csv));
    QVERIFY2(csv.contains(u"Personne seule"_s), qPrintable(csv)); // the label, not the code
    QVERIFY2(!csv.contains(u"personne_seule"_s), qPrintable(csv));
    QVERIFY2(!csv.contains(u"Gamma"_s), qPrintable(csv)); // no identity
    QVERIFY(csv.contains(u"R-CSV"_s));
    TAKE(exported, db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'export' AND "
                               "entity = 'journal'"_s));
    QCOMPARE(exported.toInt(), 1);
}

void TestRecords::journalNamesLinkedRecords()
{
    // The journal keeps ids (« Logement : (vide) → 27 »); its export reads them as the
    // Historique does: the dwelling's address, « (deleted) » for a record gone, never an id.
    Testing::installFrenchTranslation();
    const Id household = addHousehold(u"R-LGT"_s, u"Epsilon"_s);
    const auto dwelling = [this](const QString &address, const QString &postalCode,
                                 const QString &commune) {
        Dwelling d;
        d.address = address;
        d.postalCode = postalCode;
        d.commune = commune;
        d.agencyId = m_agency;
        const Status saved = DwellingRepository(db()).save(m_all, d);
        if (!saved)
            qWarning("%s", describe(saved.error()).constData());
        return d.id;
    };
    const Id gone = dwelling(u"8 impasse du Moulin"_s, u"31700"_s, u"Blagnac"_s);
    const Id lilas = dwelling(u"12 rue des Lilas"_s, u"31140"_s, u"Aucamville"_s);
    const Id tilleuls = dwelling(u"3 allée des Tilleuls"_s, u"31600"_s, u"Muret"_s);
    QVERIFY(gone > 0 && lilas > 0 && tilleuls > 0);
    Lease lease;
    lease.householdId = household;
    lease.dwellingId = gone;
    lease.type = u"bail_direct"_s;
    lease.startReason = u"entree"_s;
    lease.startDate = Passerelle::Clock::today().addMonths(-1);
    QVERIFY_OK(LeaseRepository(db()).save(m_all, lease));
    // The lease moves to the Lilas (its first dwelling then leaves the stock), then to the
    // Tilleuls.
    for (const Id to : {lilas, tilleuls}) {
        TAKE(stored, LeaseRepository(db()).get(m_all, lease.id));
        stored.dwellingId = to;
        QVERIFY_OK(LeaseRepository(db()).save(m_all, stored));
    }
    QVERIFY(db().exec(u"DELETE FROM dwellings WHERE id = ?"_s, {gone}));

    const QString address = u"12 rue des Lilas, 31140 Aucamville"_s;
    const QString moved = FieldLabels::label(u"dwelling_id"_s) + QChar(0x00A0) + u": "_s;
    const QString deleted = QCoreApplication::translate("Field", "(deleted)");
    QCOMPARE(deleted, u"(supprimé)"_s);
    const QString path = m_test->dir() + u"/journal.csv"_s;
    JournalFilter f;
    f.householdReference = u"R-LGT"_s;
    f.operation = u"update"_s;
    TAKE(written, JournalRepository(db()).exportCsv(m_all, f, path));
    QCOMPARE(written, 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY2(csv.contains(moved + deleted + u" → "_s + address), qPrintable(csv));
    QVERIFY2(csv.contains(moved + address + u" → 3 allée des Tilleuls, 31600 Muret"_s),
             qPrintable(csv));
    QVERIFY2(!csv.contains(u"dwelling_id"_s), qPrintable(csv));
    for (const Id id : {gone, lilas, tilleuls}) {
        // A bare id, not the start of an address (« → 3 allée… »).
        const QRegularExpression bare(u"(: %1 →|→ %1(;|\\r?$))"_s.arg(id),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(!csv.contains(bare), qPrintable(csv));
    }

    // The names follow the scope: a CESF of the household's agency reads the address, one of
    // another agency (who may not see the household) reads it as gone.
    TAKE(page, JournalRepository(db()).list(m_all, f));
    TAKE(mine, JournalRepository(db()).names(Scope::agency(m_agency, u"cfabre"_s), page.lines));
    QCOMPARE(mine.dwelling(lilas), address);
    QCOMPARE(mine.dwelling(gone), QString());
    TAKE(south, db().insertReturningId(u"INSERT INTO agencies (code, name) VALUES (?, ?)"_s,
                                       {u"SUD"_s, u"Agence Sud"_s}));
    TAKE(theirs, JournalRepository(db()).names(Scope::agency(south, u"sbenali"_s), page.lines));
    QCOMPARE(theirs.dwelling(lilas), QString());
    QCOMPARE(FieldLabels::value(u"dwelling_id"_s, QString::number(lilas), u"lease"_s, theirs),
             deleted);
}

void TestRecords::guardsRefuseUpdateAndDelete()
{
    addHousehold(u"R-G"_s, u"Delta"_s);
    TAKE(count, db().scalar(u"SELECT COUNT(*) FROM audit_log"_s));
    QVERIFY(count.toInt() > 0);
    QVERIFY(!db().exec(u"UPDATE audit_log SET login = 'someone'"_s));
    QVERIFY(!db().exec(u"DELETE FROM audit_log"_s));
    QVERIFY(!db().exec(u"UPDATE audit_log SET summary = '' WHERE id = (SELECT MAX(id) FROM "
                       "audit_log)"_s));
    TAKE(after, db().scalar(u"SELECT COUNT(*) FROM audit_log"_s));
    QCOMPARE(after.toInt(), count.toInt());
    TAKE(changed, db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE login = 'someone'"_s));
    QCOMPARE(changed.toInt(), 0);
    // The record of purges is append-only too.
    TAKE(purge, JournalRepository(db()).purgeBefore(m_all, QDateTime::currentDateTimeUtc()
                                                               .addSecs(3600)));
    QVERIFY(purge.removed > 0);
    QVERIFY(!db().exec(u"DELETE FROM audit_purges"_s));
    QVERIFY(!db().exec(u"UPDATE audit_purges SET up_to_id = up_to_id + 10"_s));
    QVERIFY(!db().exec(u"UPDATE audit_log SET login = 'someone'"_s));
}

void TestRecords::purgeKeepsTheChainVerifiable()
{
    // Entries written long ago (as a journal a year and a half old holds), then recent ones.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Id a = 0;
    for (int i = 0; i < 5; ++i)
        journalAt(now.addMonths(-20).addDays(i), u"old"_s, u"read"_s, a);
    for (int i = 0; i < 3; ++i)
        journalAt(now.addDays(-i - 1), u"recent"_s, u"read"_s, a);
    TAKE(problemsBefore, Journal::verify(db()));
    QVERIFY(problemsBefore.isEmpty());
    TAKE(purge, JournalRepository(db()).purgeBefore(m_all, now.addMonths(-12)));
    QCOMPARE(purge.removed, 5);
    QCOMPARE(purge.upToId, 5);
    TAKE(left, db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE login = 'old'"_s));
    QCOMPARE(left.toInt(), 0);
    TAKE(record, db().exec(u"SELECT up_to_id, anchor_hash, removed FROM audit_purges"_s));
    QVERIFY(record.next());
    QCOMPARE(record.value(0).toLongLong(), 5);
    QCOMPARE(record.value(1).toString(), purge.anchorHash);
    QCOMPARE(record.value(2).toLongLong(), 5);
    TAKE(entry, db().scalar(u"SELECT summary FROM audit_log WHERE operation = 'purge'"_s));
    QVERIFY(entry.toString().contains(purge.anchorHash));
    TAKE(problems, Journal::verify(db()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems[0].message));
    // Nothing else to purge; the journal goes on and stays whole.
    TAKE(again, JournalRepository(db()).purgeBefore(m_all, now.addMonths(-12)));
    QCOMPARE(again.removed, 0);
    journalAt(now, u"recent"_s, u"read"_s, a);
    TAKE(still, Journal::verify(db()));
    QVERIFY(still.isEmpty());
    // Above the purge, the guards still refuse.
    QVERIFY(!db().exec(u"DELETE FROM audit_log WHERE id = 6"_s));
}

void TestRecords::purgeOfEveryEntry()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 3; ++i)
        journalAt(now.addMonths(-30).addDays(i), u"old"_s, u"read"_s, 0);
    TAKE(purge, JournalRepository(db()).purgeBefore(m_all, now.addMonths(-6)));
    QCOMPARE(purge.removed, 3);
    // The purge entry chains from the anchor.
    TAKE(q, db().exec(u"SELECT id, prev_hash FROM audit_log"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 4);
    QCOMPARE(q.value(1).toString(), purge.anchorHash);
    QVERIFY(!q.next());
    TAKE(problems, Journal::verify(db()));
    QVERIFY(problems.isEmpty());
}

void TestRecords::deletionBehindTheGuardsIsReported()
{
    PASSERELLE_SQLITE_ONLY();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 4; ++i)
        journalAt(now.addMonths(-20).addDays(i), u"old"_s, u"read"_s, 0);
    for (int i = 0; i < 4; ++i)
        journalAt(now.addDays(-i - 1), u"recent"_s, u"read"_s, 0);
    TAKE(purge, JournalRepository(db()).purgeBefore(m_all, now.addMonths(-12)));
    QCOMPARE(purge.removed, 4);
    m_test->close();
    // Someone with the file drops the guard and deletes an entry after the purge.
    QCOMPARE(Testing::sqlite3Cli(m_test->path(), u"DROP TRIGGER audit_log_no_delete; DELETE "
                                                 "FROM audit_log WHERE id = 6"_s),
             QString());
    QVERIFY(m_test->reopen());
    TAKE(problems, Journal::verify(db()));
    QStringList messages;
    for (const JournalProblem &p : problems)
        messages << p.message;
    const QString all = messages.join(u'\n');
    QVERIFY2(problems.size() >= 2, qPrintable(all));
    QVERIFY2(all.contains(u"6"_s), qPrintable(all));
    QVERIFY2(messages.first().contains(u"guards"_s) || messages.first().contains(u"protections"_s),
             qPrintable(all));
}

void TestRecords::retentionSettings()
{
    RetentionRepository retention(db());
    TAKE(defaults, retention.settings());
    QCOMPARE(defaults.years, 2);
    QCOMPARE(defaults.journalMonths, 12);
    RetentionSettings s;
    s.journalMonths = 5;
    QVERIFY(!retention.saveSettings(m_all, s));
    s.journalMonths = 37;
    QVERIFY(!retention.saveSettings(m_all, s));
    s.journalMonths = 36;
    s.years = 3;
    QVERIFY_OK(retention.saveSettings(m_all, s));
    TAKE(stored, retention.settings());
    QCOMPARE(stored, s);
    QVERIFY(!retention.saveSettings(Scope::agency(m_agency, u"cfabre"_s), s));
}

void TestRecords::whoIsDue()
{
    const QDate today(2026, 6, 1);
    RetentionFacts f;
    f.lastContact = QDate(2024, 5, 1);
    f.lastSupportEnd = QDate(2024, 4, 1);
    QVERIFY(Retention::isDue(f, today, {}));
    f.lastContact = QDate(2024, 6, 1); // exactly two years: not yet
    QVERIFY(!Retention::isDue(f, today, {}));
    f.lastContact = QDate(2020, 1, 1);
    f.supportOngoing = true;
    QVERIFY(!Retention::isDue(f, today, {}));
    f = {};
    f.created = QDate(2019, 1, 1);
    QVERIFY(Retention::isDue(f, today, {}));
    f.lastReferral = QDate(2025, 1, 1);
    QVERIFY(!Retention::isDue(f, today, {}));
}

QMap<QString, QByteArray> TestRecords::pastReviews()
{
    QMap<QString, QByteArray> out;
    auto catalog = ReferenceRepository(db()).catalog();
    if (!catalog)
        return out;
    const int thisYear = Passerelle::Clock::today().year();
    for (int year = 2014; year < thisYear; ++year) {
        ReviewRequest r;
        r.from = QDate(year, 1, 1);
        r.to = QDate(year, 12, 31);
        auto figures = Review::compute(db(), m_all, r);
        if (!figures)
            return {};
        out.insert(u"%1.json"_s.arg(year), ReviewExport::toJson(*figures));
        out.insert(u"%1.csv"_s.arg(year), ReviewExport::toCsv(*figures, *catalog));
    }
    ReviewRequest all;
    all.from = QDate(2014, 1, 1);
    all.to = QDate(thisYear - 1, 12, 31);
    auto figures = Review::compute(db(), m_all, all);
    if (figures)
        out.insert(u"all.json"_s, ReviewExport::toJson(*figures));
    return out;
}

void TestRecords::anonymisationLeavesNoCanaryAndSameReviews()
{
    const QDate today = Passerelle::Clock::today();
    QVERIFY_OK(Demo::populate(db(), today));
    RetentionRepository retention(db());
    TAKE(due, retention.candidates(m_all, today));
    QVERIFY2(!due.isEmpty(), "the demo has households followed years ago");
    // The canary: in a due household's member name, notes and a contact's notes, and in a
    // stored print of its contract.
    Id canaryHousehold = 0;
    for (const RetentionCandidate &c : std::as_const(due)) {
        if (c.lastContact.isValid()) {
            canaryHousehold = c.householdId;
            break;
        }
    }
    QVERIFY(canaryHousehold > 0);
    const QString canary = u"Kxq7Canari93Zt"_s;
    TAKE(h, HouseholdRepository(db()).get(m_all, canaryHousehold));
    h.members[0].lastName = canary + u"Nom"_s;
    h.notes = u"notes "_s + canary + u"Notes"_s;
    h.internalNotes = canary + u"Interne"_s;
    h.phone = u"06 12 34 56 78"_s;
    QVERIFY_OK(HouseholdRepository(db()).save(m_all, h));
    TAKE(contacts, ContactRepository(db()).forHousehold(m_all, canaryHousehold));
    QVERIFY(!contacts.isEmpty());
    Contact contact = contacts.first();
    contact.notes = u"vu "_s + canary + u"Contact"_s;
    QVERIFY_OK(ContactRepository(db()).save(m_all, contact));
    TAKE(contracts, ContractRepository(db()).forHousehold(m_all, canaryHousehold));
    if (!contracts.isEmpty()) {
        TAKE(print, ContractPrintRepository(db()).record(
                        m_all, contracts.first().id, 1,
                        QByteArray("%PDF-1.4 ") + canary.toUtf8() + QByteArray("Print")));
        QVERIFY(print.id > 0);
    }
    const QMap<QString, QByteArray> before = pastReviews();
    QVERIFY(!before.isEmpty());
    if (m_test->backend() == Backend::Sqlite) {
        // The canary is in the file before (the test can fail).
        QVERIFY(fileBytesClosed().contains(canary.toUtf8()));
    }
    QList<Id> ids;
    for (const RetentionCandidate &c : std::as_const(due))
        ids << c.householdId;
    qsizetype calls = 0;
    TAKE(report, RetentionRepository(db()).run(m_all, ids, [&](qsizetype done, qsizetype total) {
        ++calls;
        return done <= total;
    }));
    QCOMPARE(report.anonymised, ids.size());
    QCOMPARE(calls, ids.size());
    QVERIFY(report.compacted);
    // Past reviews give exactly the same bytes.
    const QMap<QString, QByteArray> after = pastReviews();
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
    // The household is marked, neutral, and still counted.
    TAKE(anonymised, HouseholdRepository(db()).get(m_all, canaryHousehold));
    QVERIFY(anonymised.anonymisedAt.isValid());
    QVERIFY(anonymised.notes.isEmpty() && anonymised.internalNotes.isEmpty());
    QVERIFY(anonymised.phone.isEmpty());
    QCOMPARE(anonymised.members[0].lastName, u"Anonymisé"_s);
    QVERIFY(!anonymised.members[0].birthDate.isValid());
    TAKE(names, db().scalar(u"SELECT display_name FROM households WHERE id = ?"_s,
                            {canaryHousehold}));
    QCOMPARE(names.toString(), anonymised.reference);
    TAKE(prints, db().scalar(u"SELECT COUNT(*) FROM contract_prints p JOIN contracts c ON "
                             "c.id = p.contract_id WHERE c.household_id = ?"_s,
                             {canaryHousehold}));
    QCOMPARE(prints.toInt(), 0);
    TAKE(addresses, db().scalar(u"SELECT COUNT(*) FROM leases l JOIN dwellings d ON d.id = "
                                "l.dwelling_id WHERE l.household_id = ? AND d.address <> ''"_s,
                                {canaryHousehold}));
    QCOMPARE(addresses.toInt(), 0);
    TAKE(journaled, db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'retention'"_s));
    QCOMPARE(journaled.toInt(), ids.size());
    TAKE(problems, Journal::verify(db()));
    QVERIFY(problems.isEmpty());
    // No longer due; nothing identifying in the journal.
    TAKE(dueAfter, RetentionRepository(db()).candidates(m_all, today));
    QVERIFY(dueAfter.isEmpty());
    TAKE(journalCanary, db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE summary LIKE ?"_s,
                                    {QVariant(u"%"_s + canary + u"%"_s)}));
    QCOMPARE(journalCanary.toInt(), 0);
    if (m_test->backend() == Backend::Sqlite) {
        const QByteArray bytes = fileBytesClosed();
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains(canary.toUtf8()), "a byte of the canary stayed in the file");
        QVERIFY(!bytes.contains("06 12 34 56 78"));
    }
}

void TestRecords::erasureOnRequest()
{
    const Id a = addHousehold(u"R-E"_s, u"Zeta"_s);
    const Id b = addHousehold(u"R-F"_s, u"Eta"_s);
    // Not due (just created), erased on request.
    TAKE(report, RetentionRepository(db()).run(m_all, {a}));
    QCOMPARE(report.anonymised, 1);
    TAKE(erased, HouseholdRepository(db()).get(m_all, a));
    QCOMPARE(erased.members[0].lastName, u"Anonymisé"_s);
    TAKE(other, HouseholdRepository(db()).get(m_all, b));
    QCOMPARE(other.members[0].lastName, u"Eta"_s);
    // A CESF may not.
    QVERIFY(!RetentionRepository(db()).anonymise(Scope::agency(m_agency, u"c"_s), b));
}

void TestRecords::accessRecordHoldsEverythingOfOneHousehold()
{
    const Id a = addHousehold(u"R-ACC"_s, u"Theta"_s);
    const Id b = addHousehold(u"R-OTHER"_s, u"Iota"_s);
    TAKE(h, HouseholdRepository(db()).get(m_all, a));
    h.notes = u"Une note libre"_s;
    h.consentDate = QDate(2024, 1, 2);
    h.consentInformation = {u"finalites"_s, u"droits"_s};
    QVERIFY_OK(HouseholdRepository(db()).save(m_all, h));
    TAKE(other, HouseholdRepository(db()).get(Scope::everything(u"someone"_s), b));
    Q_UNUSED(other);
    AccessRecordRepository records(db());
    TAKE(record, records.collect(m_all, a));
    QVERIFY(record.file.history.size() >= 3);
    const QJsonObject json = QJsonDocument::fromJson(AccessExport::toJson(record)).object();
    QCOMPARE(json[u"household"_s][u"reference"_s].toString(), u"R-ACC"_s);
    QCOMPARE(json[u"household"_s][u"notes"_s].toString(), u"Une note libre"_s);
    QCOMPARE(json[u"household"_s][u"members"_s][0][u"last_name"_s].toString(), u"Theta"_s);
    const QJsonObject household = json[u"household"_s].toObject();
    QCOMPARE(household[u"consent_information"_s].toArray(),
             (QJsonArray{u"finalites"_s, u"droits"_s}));
    const QJsonArray journal = json[u"journal"_s].toArray();
    QVERIFY(!journal.isEmpty());
    QCOMPARE(journal.at(0)[u"login"_s].toString(), u"admin"_s);
    const QByteArray text = AccessExport::toJson(record) + AccessExport::toHtml(record).toUtf8();
    QVERIFY(!text.contains("Iota"));
    QVERIFY(!text.contains("R-OTHER"));
    QVERIFY(!text.contains("someone")); // who opened another household's file
    QVERIFY_OK(records.recordExport(m_all, a, u"json"_s));
    TAKE(exported, db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'export' AND "
                               "entity = 'access_record' AND household_id = ?"_s,
                               {a}));
    QCOMPARE(exported.toInt(), 1);
    // A partner referent may not.
    QVERIFY(!records.collect(Scope::partner(1, u"p"_s), a));
}

void TestRecords::consentInformation()
{
    Testing::installFrenchTranslation();
    QCOMPARE(Consent::codes(), (QStringList{u"finalites"_s, u"destinataires"_s,
                                            u"duree_conservation"_s, u"droits"_s}));
    for (const QString &code : Consent::codes())
        QVERIFY(Consent::label(code) != code);
    QVERIFY(Consent::complete(Consent::codes()));
    QVERIFY(!Consent::complete({u"finalites"_s}));
    TAKE(catalog, ReferenceRepository(db()).catalog());
    Household h;
    h.reference = u"R-C"_s;
    h.agencyId = m_agency;
    Member m;
    m.lastName = u"Kappa"_s;
    m.role = u"titulaire"_s;
    h.members << m;
    h.consentInformation = {u"finalites"_s, u"inconnu"_s};
    QVERIFY(!Validation::check(h, catalog, Passerelle::Clock::today()).isEmpty());
    h.consentInformation = {u"finalites"_s};
    QVERIFY(Validation::check(h, catalog, Passerelle::Clock::today()).isEmpty());
    QVERIFY(FieldLabels::value(u"consent_information"_s, u"finalites|droits"_s)
                .contains(Consent::label(u"droits"_s)));
}

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
