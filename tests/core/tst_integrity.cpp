// A damaged or odd base is never trusted: empty files and odd schema versions are refused
// unchanged, an older base is upgraded only by a writing opening (after SQLite's quick check),
// SQLite's integrity findings are described in the user's language, and a code read from the
// base that is not in its reference list is an error, never a figure.

#include "TestChecks.h"
#include "Clock.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "review/Review.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"
#include "storage/StoredCodes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::Damage;
using Passerelle::Testing::fileBytes;
using Passerelle::Testing::french;
using Passerelle::Testing::TestDatabase;
using Passerelle::Testing::why;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// Every way of opening a file that exists.
QList<std::pair<const char *, Database::Options>> openings()
{
    Database::Options readOnly;
    readOnly.readOnly = true;
    Database::Options inspect = readOnly;
    inspect.acceptOlder = true;
    Database::Options noCreate;
    noCreate.create = false;
    Database::Options noMigration;
    noMigration.migrate = false;
    return {{"default", Database::Options{}},
            {"read-only", readOnly},
            {"read-only, older accepted", inspect},
            {"create = false", noCreate},
            {"migrate = false", noMigration}};
}

} // namespace

class IntegrityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyFileIsSetUpOnlyWhenCreating_data();
    void emptyFileIsSetUpOnlyWhenCreating();
    void oddSchemaVersionIsRefused_data();
    void oddSchemaVersionIsRefused();
    void olderBaseIsUpgradedOnlyToWrite();
    void damagedOlderBaseIsNotUpgraded();
    void integrityProblemsSpeakFrench();
    void quickCheckFindsDamagedPages();
    void checkStopsWhenAsked();
    void checkDescribesDamageInFrench();
    void unknownCodeIsAnError();
    void unknownCodeInListColumnIsAnError();
    void unknownCustomCodeIsAnError();

private:
    /// A closed demo base in `m_dir` (25 households, their contacts), and its path.
    QString demoBase(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QDate m_today = Passerelle::Clock::today();
};

void IntegrityTest::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
    if (Testing::testBackend() != Backend::Sqlite)
        QSKIP("SQLite files only");
    Testing::installFrenchTranslation();
}

void IntegrityTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void IntegrityTest::cleanup()
{
    m_dir.reset();
}

QString IntegrityTest::demoBase(const QString &name)
{
    const QString path = m_dir->filePath(name);
    const Status created = Demo::create(path, m_today);
    if (!created)
        qWarning("demo: %s", qPrintable(created.error().fullText()));
    return path;
}

void IntegrityTest::emptyFileIsSetUpOnlyWhenCreating_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("create");
    QTest::addColumn<bool>("setUp");
    QTest::newRow("read-only") << true << true << false;
    QTest::newRow("read-only, create = false") << true << false << false;
    QTest::newRow("create = false") << false << false << false;
    QTest::newRow("create") << false << true << true;
}

void IntegrityTest::emptyFileIsSetUpOnlyWhenCreating()
{
    QFETCH(bool, readOnly);
    QFETCH(bool, create);
    QFETCH(bool, setUp);
    const QString path = m_dir->filePath(u"empty.sqlite"_s);
    QVERIFY(writeFile(path, QByteArray()));
    const auto opened = Database::open(path, {.readOnly = readOnly, .create = create});
    if (setUp) {
        QVERIFY2(opened.ok(), why(opened).constData());
        QCOMPARE(*(*opened)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE((*opened)->upgradedFrom(), 0);
        return;
    }
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error().kind), int(Error::Kind::NotFound));
    QVERIFY2(opened.error().message.contains(u"vide"_s), qPrintable(opened.error().message));
    QCOMPARE(QFileInfo(path).size(), 0);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList(u"empty.sqlite"_s));
}

void IntegrityTest::oddSchemaVersionIsRefused_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("0 on a full base") << 0;
    QTest::newRow("-1") << -1;
}

void IntegrityTest::oddSchemaVersionIsRefused()
{
    QFETCH(int, version);
    const QString path = demoBase(u"odd.sqlite"_s);
    QCOMPARE(Testing::sqlite3Cli(path, u"PRAGMA user_version = %1; PRAGMA user_version"_s
                                           .arg(version)),
             QString::number(version));
    const QByteArray before = fileBytes(path);
    for (const auto &[name, options] : openings()) {
        const auto opened = Database::open(path, options);
        QVERIFY2(!opened.ok(), name);
        QCOMPARE(int(opened.error().kind), int(Error::Kind::Schema));
        QVERIFY2(opened.error().message.contains(u"endommagée"_s)
                     && opened.error().message.contains(u"(%1)"_s.arg(version)),
                 qPrintable(opened.error().message));
        QVERIFY2(fileBytes(path) == before, name);
    }
    const auto report = checkDatabase(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().message, Database::open(path).error().message);
}

void IntegrityTest::olderBaseIsUpgradedOnlyToWrite()
{
    const QString path = demoBase(u"older.sqlite"_s);
    QVERIFY(Testing::downgradeToSchema2(path));
    const QByteArray before = fileBytes(path);
    const int latest = Database::latestSchemaVersion();
    {
        const auto readOnly = Database::open(path, {.readOnly = true});
        QVERIFY(!readOnly.ok());
        QCOMPARE(int(readOnly.error().kind), int(Error::Kind::Schema));
        const QString message = readOnly.error().message;
        QVERIFY2(message.contains(french(u"(schéma 2 ;"_s)), qPrintable(message));
        QVERIFY2(message.contains(u"schéma %1"_s.arg(latest)), qPrintable(message));
    }
    QCOMPARE(fileBytes(path), before);
    {
        const auto inspected = Database::open(path, {.readOnly = true, .acceptOlder = true});
        QVERIFY2(inspected.ok(), why(inspected).constData());
        QCOMPARE(*(*inspected)->schemaVersion(), 2);
        QCOMPARE((*inspected)->upgradedFrom(), 0);
        // `check` sees its integrity, and no more.
        const auto report = checkDatabase(path);
        QVERIFY2(report.ok(), why(report).constData());
        QVERIFY(report->needsUpgrade());
        QVERIFY(report->isSound());
    }
    QCOMPARE(fileBytes(path), before);
    {
        const auto upgraded = Database::open(path);
        QVERIFY2(upgraded.ok(), why(upgraded).constData());
        QCOMPARE((*upgraded)->upgradedFrom(), 2);
        QCOMPARE(*(*upgraded)->schemaVersion(), latest);
        QVERIFY((*upgraded)->exec(u"SELECT COUNT(*) FROM contract_prints"_s).ok());
        // Households stored before schema 5 get their name key (for sorting by name).
        const auto unnamed = (*upgraded)->scalar(u"SELECT COUNT(*) FROM households WHERE "
                                                 "name_key = '' OR name_key IS NULL"_s);
        QVERIFY(unnamed.ok());
        QCOMPARE(unnamed->toInt(), 0);
        const auto sample = (*upgraded)->scalar(u"SELECT name_key FROM households "
                                                "WHERE display_name LIKE 'KONAT%'"_s);
        QVERIFY(sample.ok());
        QVERIFY2(sample->toString().startsWith(u"konate "_s), qPrintable(sample->toString()));
    }
    const auto again = Database::open(path);
    QVERIFY2(again.ok(), why(again).constData());
    QCOMPARE((*again)->upgradedFrom(), 0);
}

void IntegrityTest::damagedOlderBaseIsNotUpgraded()
{
    const QString path = demoBase(u"older-damaged.sqlite"_s);
    QVERIFY(Testing::downgradeToSchema2(path));
    QVERIFY(Testing::damageFile(path, Damage::IndexPage));
    const QByteArray before = fileBytes(path);
    const auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error().kind), int(Error::Kind::Storage));
    QVERIFY2(opened.error().message.contains(u"endommagée"_s), qPrintable(opened.error().message));
    QCOMPARE(fileBytes(path), before);
}

void IntegrityTest::integrityProblemsSpeakFrench()
{
    const QString path = demoBase(u"index.sqlite"_s);
    QVERIFY(Testing::damageFile(path, Damage::CodeInIndex));
    const auto opened = Database::open(path, {.readOnly = true});
    QVERIFY2(opened.ok(), why(opened).constData());
    const auto problems = (*opened)->integrityProblems();
    QVERIFY2(problems.ok(), why(problems).constData());
    QVERIFY(!problems->isEmpty());
    const QString text = problems->join(u'\n');
    // The first index page holding a contact type: one of the two indexes of contacts by type.
    QVERIFY2(text.contains(french(u"L'index « contacts_date_household_type »"_s))
                 || text.contains(french(u"L'index « contacts_household_date_type »"_s)),
             qPrintable(text));
    for (const char *english : {"missing from index", "wrong #", "Page "})
        QVERIFY2(!text.contains(QLatin1StringView(english)), qPrintable(text));
}

void IntegrityTest::quickCheckFindsDamagedPages()
{
    const QString path = demoBase(u"pages.sqlite"_s);
    QVERIFY(Testing::damageFile(path, Damage::IndexPage));
    const QByteArray before = fileBytes(path);
    {
        const auto opened = Database::open(path, {.readOnly = true});
        QVERIFY2(opened.ok(), why(opened).constData());
        const auto problems = (*opened)->integrityProblems(Database::CheckDepth::Quick);
        QVERIFY2(problems.ok(), why(problems).constData());
        QVERIFY(!problems->isEmpty());
        const Status sound = quickCheck(**opened);
        QVERIFY(!sound.ok());
        QCOMPARE(int(sound.error().kind), int(Error::Kind::Storage));
        QVERIFY2(sound.error().message.contains(french(u"« passerelle check »"_s)),
                 qPrintable(sound.error().message));
        QVERIFY2(!sound.error().message.contains(u"Page"_s), qPrintable(sound.error().message));
    }
    QCOMPARE(fileBytes(path), before);
}

void IntegrityTest::checkStopsWhenAsked()
{
    // The window's daily check is stopped rather than awaited when the window closes.
    const QString path = demoBase(u"stop.sqlite"_s);
    const auto opened = Database::open(path, {.readOnly = true});
    QVERIFY2(opened.ok(), why(opened).constData());
    std::atomic_bool stop{true};
    for (const auto depth : {Database::CheckDepth::Quick, Database::CheckDepth::Full}) {
        const auto stopped = (*opened)->integrityProblems(depth, &stop);
        QVERIFY(!stopped.ok());
        QVERIFY2(!stopped.error().message.isEmpty(), "a message");
    }
    // Not asked to stop: the check runs to its end, and the connection checks again as usual.
    stop = false;
    const auto full = (*opened)->integrityProblems(Database::CheckDepth::Full, &stop);
    QVERIFY2(full.ok(), why(full).constData());
    QVERIFY(full->isEmpty());
    stop = true;
    const auto without = (*opened)->integrityProblems(Database::CheckDepth::Quick);
    QVERIFY2(without.ok(), why(without).constData());
    QVERIFY(without->isEmpty());
}

void IntegrityTest::checkDescribesDamageInFrench()
{
    for (const Damage damage : {Damage::Truncated, Damage::IndexPage, Damage::CodeInIndex}) {
        const QString path = demoBase(u"check-%1.sqlite"_s.arg(int(damage)));
        QVERIFY(Testing::damageFile(path, damage));
        const QByteArray before = fileBytes(path);
        // Refused at opening (the schema itself is unreadable), or checked and found damaged.
        const auto report = checkDatabase(path);
        const QString text = report.ok() ? report->problems.join(u'\n') : report.error().message;
        QVERIFY2(!report.ok() || !report->isSound(), qPrintable(text));
        for (const char *english : {"missing from", "wrong #", "Page ", "never used", "Tree ",
                                    "malformed", "btreeInitPage", "*** in database"})
            QVERIFY2(!text.contains(QLatin1StringView(english)), qPrintable(text));
        QVERIFY2(text.contains(u"endommag"_s) || text.contains(u"index"_s), qPrintable(text));
        QCOMPARE(fileBytes(path), before);
    }
}

void IntegrityTest::unknownCodeIsAnError()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(Demo::populate(t.db(), m_today).ok());
    // One flipped byte, as a damaged page gives it (bypassing every rule of the application).
    const auto household = t.db().scalar(u"SELECT household_id FROM contacts WHERE type = "
                                         "'visite_domicile' ORDER BY id LIMIT 1"_s);
    QVERIFY(household.ok() && household->toLongLong() > 0);
    const auto changed = t.db().execAffected(
        u"UPDATE contacts SET type = 'visite' || char(0) || 'domicile' WHERE id = (SELECT id "
        "FROM contacts WHERE type = 'visite_domicile' ORDER BY id LIMIT 1)"_s);
    QVERIFY(changed.ok() && *changed == 1);

    const auto contacts = ContactRepository(t.db()).forHousehold(t.all(), household->toLongLong());
    QVERIFY(!contacts.ok());
    QCOMPARE(int(contacts.error().kind), int(Error::Kind::Storage));
    const QString message = contacts.error().message;
    QVERIFY2(message.contains(u"endommagée"_s) && message.contains(u"passerelle check"_s),
             qPrintable(message));
    QVERIFY2(!message.contains(u"visite"_s), qPrintable(message)); // no stored value quoted

    ReviewRequest request;
    request.from = QDate(1990, 1, 1);
    request.to = m_today;
    const auto figures = Review::compute(t.db(), t.all(), request);
    QVERIFY(!figures.ok());
    QCOMPARE(int(figures.error().kind), int(Error::Kind::Storage));

    const auto report = checkDatabase(t.path());
    QVERIFY2(report.ok(), why(report).constData());
    QVERIFY2(report->problems.join(u'\n').contains(u"contacts.type"_s),
             qPrintable(report->problems.join(u'\n')));
}

void IntegrityTest::unknownCodeInListColumnIsAnError()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(Demo::populate(t.db(), m_today).ok());
    QVERIFY(t.db().execAffected(u"UPDATE households SET publics = publics || '|zz' WHERE id = "
                                "(SELECT MIN(id) FROM households)"_s)
                .ok());
    const auto rows = HouseholdRepository(t.db()).list(t.all());
    QVERIFY(!rows.ok());
    QCOMPARE(int(rows.error().kind), int(Error::Kind::Storage));
    const auto report = checkDatabase(t.path());
    QVERIFY2(report.ok(), why(report).constData());
    QVERIFY2(report->problems.join(u'\n').contains(u"households.publics"_s),
             qPrintable(report->problems.join(u'\n')));
}

void IntegrityTest::unknownCustomCodeIsAnError()
{
    // A code the administrator added is known; a garbled entry of the lists is damage.
    TestDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(t.db().execAffected(u"INSERT INTO reference_items (list_key, code, label, position, "
                                "active) VALUES ('type_contact', 'atelier_collectif', "
                                "'Atelier collectif', 1, 1)"_s)
                .ok());
    t.db().setCachedCatalog(nullptr);
    auto stored = StoredCodes::of(t.db());
    QVERIFY2(stored.ok(), why(stored).constData());
    QVERIFY(stored->code(ReferenceList::ContactType, u"atelier_collectif"_s, "test").ok());
    QVERIFY(stored->code(ReferenceList::ContactType, u"visite_domicile"_s, "test").ok());
    QVERIFY(stored->code(ReferenceList::ContactType, QString(), "test").ok());
    QVERIFY(!stored->code(ReferenceList::ContactType, u"atelier"_s, "test").ok());
    QVERIFY(!stored->codes(ReferenceList::Public, u"sans_domicile|"_s, "test").ok());

    QVERIFY(t.db().execAffected(u"UPDATE reference_items SET code = 'atelier' || char(0) || "
                                "'collectif'"_s)
                .ok());
    t.db().setCachedCatalog(nullptr);
    const auto damaged = StoredCodes::of(t.db());
    QVERIFY(!damaged.ok());
    QCOMPARE(int(damaged.error().kind), int(Error::Kind::Storage));
}

QTEST_GUILESS_MAIN(IntegrityTest)
#include "tst_integrity.moc"
