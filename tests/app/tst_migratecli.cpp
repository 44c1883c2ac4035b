// `passerelle migrate` as a user runs it, to a database of its own on the test PostgreSQL
// server: progress on stderr in French, table by table; the journal still verifies on the
// server (`check`); a second migration into the now full base is refused and changes nothing.
#include "CommandRun.h"
#include "Clock.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "storage/Tables.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::passerelle;
using Passerelle::Testing::Run;

class TestMigrateCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void migratesWithProgressAndTheJournalVerifies();

private:
    Status onServer(const QString &sql);
    QString m_database; ///< a database of this test on the server
    QString m_url;      ///< its address
};

void TestMigrateCli::initTestCase()
{
    if (Testing::testBackend() != Backend::Postgres)
        QSKIP("PostgreSQL run skipped: migrate writes to a PostgreSQL server only");
    PASSERELLE_REQUIRE_BACKEND();
}

Status TestMigrateCli::onServer(const QString &sql)
{
    Database::Options options;
    options.migrate = false;
    PASSERELLE_TRY(admin, Database::open(qEnvironmentVariable("PASSERELLE_TEST_PG_URL"), options));
    PASSERELLE_TRY(done, admin->exec(sql));
    Q_UNUSED(done);
    return {};
}

void TestMigrateCli::init()
{
    // migrate copies into a whole database (not a schema): one of its own, dropped afterwards.
    m_database = u"passerelle_migrate_%1"_s.arg(QCoreApplication::applicationPid());
    const Status dropped = onServer(u"DROP DATABASE IF EXISTS "_s + m_database);
    QVERIFY2(dropped, qPrintable(dropped ? QString() : dropped.error().fullText()));
    const Status created = onServer(u"CREATE DATABASE "_s + m_database);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    QUrl url(qEnvironmentVariable("PASSERELLE_TEST_PG_URL"));
    url.setPath(u"/"_s + m_database);
    m_url = url.toString();
}

void TestMigrateCli::cleanup()
{
    if (!m_database.isEmpty())
        QVERIFY(onServer(u"DROP DATABASE IF EXISTS "_s + m_database + u" WITH (FORCE)"_s));
}

void TestMigrateCli::migratesWithProgressAndTheJournalVerifies()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"unite.sqlite"_s);
    QVERIFY(Demo::create(file, Passerelle::Clock::today()));

    const Run run = passerelle({u"migrate"_s, u"--from"_s, file, u"--to"_s, m_url});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Each table in turn, with its rows, then the server's own checks and the commit.
    const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
    const int tableCount = int(Tables::allTableNames().size());
    const QRegularExpression done(u"^\\[(\\d+)/%1\\] ([a-z_]+)\u00a0: (.+) lignes? copiées? en "
                                  u"\\d+,\\d s$"_s.arg(tableCount));
    QStringList tables;
    for (const QString &line : lines) {
        const auto match = done.match(line);
        if (match.hasMatch()) {
            QCOMPARE(match.captured(1).toInt(), tables.size() + 1);
            tables << match.captured(2);
        }
    }
    QCOMPARE(tableCount, 37); // schema 7 added contract_scans
    QCOMPARE(tables.size(), tableCount);
    QCOMPARE(tables.first(), u"organisation"_s);
    QVERIFY2(run.err.contains(u"contacts\u00a0: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"le serveur construit les index et vérifie les liens"_s),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"le serveur enregistre la copie"_s), qPrintable(run.err));
    // Then the server's statistics, without which it would plan for empty tables.
    QVERIFY2(lines.last().contains(u"le serveur calcule les statistiques de ses tables"_s),
             qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Chaque table a le même nombre de lignes"_s), qPrintable(run.out));

    // The journal's chain, its guards and every link hold on the server.
    const QHash<QString, QString> admin{
            {u"PASSERELLE_PASSWORD"_s, QString::fromLatin1(Demo::Password)}};
    const Run check
            = passerelle({u"check"_s, u"--user"_s, u"admin"_s, u"--database"_s, m_url}, admin);
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    QVERIFY2(check.out.contains(u"Journal\u00a0: dernière entrée"_s), qPrintable(check.out));
    QVERIFY2(check.out.contains(u"Intégrité\u00a0: aucun problème."_s), qPrintable(check.out));

    // Into a base that is no longer empty: refused, and nothing is added.
    const Run again = passerelle({u"migrate"_s, u"--from"_s, file, u"--to"_s, m_url});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"n'est pas vide"_s), qPrintable(again.err));
    const Run recheck
            = passerelle({u"check"_s, u"--user"_s, u"admin"_s, u"--database"_s, m_url}, admin);
    QCOMPARE(recheck.exitCode, 0);
    const QRegularExpression households(u"^  households +\\d+$"_s,
                                        QRegularExpression::MultilineOption);
    QVERIFY(households.match(check.out).hasMatch());
    QCOMPARE(households.match(recheck.out).captured(), households.match(check.out).captured());
}

QTEST_GUILESS_MAIN(TestMigrateCli)
#include "tst_migratecli.moc"
