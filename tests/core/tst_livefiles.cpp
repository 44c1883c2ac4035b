// The open database is never touched as an ordinary file, and a save never goes to a journal
// another program has deleted (issue: « Enregistré. » while the save was lost).
#include "TestDatabase.h"

#include "io/SafeFiles.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Passerelle;
using namespace Passerelle::Testing;
using namespace Qt::Literals::StringLiterals;

class LiveFilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openFilesAreLive();
    void readRefuses_data();
    void readRefuses();
    void readsAnOrdinaryFile();
    void writeRefuses_data();
    void writeRefuses();
    void writeReplacesWholeOrNothing();
    void saveAfterJournalDeletedGoesToTheRealFile();
    void commitRefusedWhenJournalDeletedDuringSave();

private:
    static qint64 agencies(Database &db);
    static Status addAgency(Database &db, const QString &code);
};

void LiveFilesTest::initTestCase()
{
    installFrenchTranslation();
    if (testBackend() != Backend::Sqlite)
        QSKIP("PostgreSQL run skipped: these checks are about a SQLite file");
    QVERIFY2(!sqlite3Cli(u":memory:"_s, u"SELECT 1"_s).startsWith(u"error"),
             "the sqlite3 program is needed (tools/install-deps.sh installs it)");
}

qint64 LiveFilesTest::agencies(Database &db)
{
    auto n = db.scalar(u"SELECT COUNT(*) FROM agencies"_s);
    return n ? n->toLongLong() : -1;
}

Status LiveFilesTest::addAgency(Database &db, const QString &code)
{
    Transaction tx(db);
    PASSERELLE_CHECK(tx.status());
    auto inserted = db.exec(u"INSERT INTO agencies (code, name) VALUES (?, ?)"_s, {code, code});
    if (!inserted)
        return inserted.error();
    return tx.commit();
}

void LiveFilesTest::openFilesAreLive()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    const QString path = t.path();
    QVERIFY(SafeFiles::isLiveDatabaseFile(path));
    QVERIFY(SafeFiles::isLiveDatabaseFile(path + u"-wal"_s));
    QVERIFY(SafeFiles::isLiveDatabaseFile(path + u"-shm"_s));
    QVERIFY(SafeFiles::isLiveDatabaseFile(path + u"-journal"_s));
    // The same file by another name.
    QVERIFY(SafeFiles::isLiveDatabaseFile(QDir(t.dir()).filePath(u"./"_s)
                                          + QFileInfo(path).fileName()));
    const QString link = QDir(t.dir()).filePath(u"link.sqlite"_s);
    QVERIFY(QFile::link(path, link));
    QVERIFY(SafeFiles::isLiveDatabaseFile(link));
#ifdef Q_OS_UNIX
    const QString hardLink = QDir(t.dir()).filePath(u"hard.sqlite"_s);
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(hardLink).constData()),
             0);
    QVERIFY(SafeFiles::isLiveDatabaseFile(hardLink));
#endif
    QVERIFY(!SafeFiles::isLiveDatabaseFile(QDir(t.dir()).filePath(u"other.sqlite"_s)));
    t.close();
    QVERIFY(!SafeFiles::isLiveDatabaseFile(path));
    QVERIFY(!SafeFiles::isLiveDatabaseFile(path + u"-wal"_s));
}

void LiveFilesTest::readRefuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the open database") << u"live"_s << u"base sur laquelle"_s;
    QTest::newRow("its WAL") << u"wal"_s << u"base sur laquelle"_s;
    QTest::newRow("a folder") << u"folder"_s << u"dossier"_s;
    QTest::newRow("a device") << u"device"_s << u"fichier ordinaire"_s;
    QTest::newRow("a link to a device") << u"devlink"_s << u"fichier ordinaire"_s;
    QTest::newRow("a pipe") << u"fifo"_s << u"fichier ordinaire"_s;
    QTest::newRow("too large") << u"large"_s << u"trop volumineux"_s;
    QTest::newRow("missing") << u"missing"_s << u"n'existe pas"_s;
}

void LiveFilesTest::readRefuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    TestDatabase t;
    QVERIFY(t.isValid());
    const QDir dir(t.dir());
    QString path;
    if (kind == u"live") {
        path = t.path();
    } else if (kind == u"wal") {
        path = t.path() + u"-wal"_s;
    } else if (kind == u"folder") {
        path = t.dir();
    } else if (kind == u"device") {
        path = u"/dev/zero"_s;
    } else if (kind == u"devlink") {
        path = dir.filePath(u"zero.html"_s);
        QVERIFY(QFile::link(u"/dev/zero"_s, path));
    } else if (kind == u"fifo") {
#ifdef Q_OS_UNIX
        path = dir.filePath(u"pipe.csv"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
#else
        QSKIP("no FIFOs here");
#endif
    } else if (kind == u"large") {
        path = dir.filePath(u"large.bin"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(2 * 1024 * 1024));
    } else {
        path = dir.filePath(u"nothing.html"_s);
    }
    const qint64 walBefore = QFileInfo(t.path() + u"-wal"_s).size();
    QElapsedTimer timer;
    timer.start();
    const auto read = SafeFiles::readRegularFile(path, 1024 * 1024);
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(expected), qPrintable(read.error().message));
    QVERIFY2(timer.elapsed() < 5000, "a refusal never waits (a pipe must not block)");
    // Nothing of the database was opened outside SQLite: its locks hold, and it is as it was.
    QCOMPARE(QFileInfo(t.path() + u"-wal"_s).size(), walBefore);
    QCOMPARE(sqlite3Cli(t.path(), u"SELECT COUNT(*) FROM agencies"_s),
             QString::number(agencies(t.db())));
    QCOMPARE(deletedDescriptorsOf(t.path()), 0);
}

void LiveFilesTest::readsAnOrdinaryFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ok.html"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<p>bonjour</p>");
    f.close();
    const auto read = SafeFiles::readRegularFile(path, 100);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(*read, QByteArray("<p>bonjour</p>"));
    QVERIFY(!SafeFiles::readRegularFile(path, 10)); // over the cap
}

void LiveFilesTest::writeRefuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("over the open database") << u"live"_s << u"base sur laquelle"_s;
    QTest::newRow("over its WAL") << u"wal"_s << u"base sur laquelle"_s;
    QTest::newRow("/dev/full") << u"devfull"_s << u"fichier ordinaire"_s;
    QTest::newRow("a folder") << u"folder"_s << u"dossier"_s;
    QTest::newRow("missing folder") << u"nofolder"_s << u"n'existe pas"_s;
}

void LiveFilesTest::writeRefuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    TestDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(addAgency(t.db(), u"before"_s));
    QString path;
    if (kind == u"live")
        path = t.path();
    else if (kind == u"wal")
        path = t.path() + u"-wal"_s;
    else if (kind == u"devfull")
        path = u"/dev/full"_s;
    else if (kind == u"folder")
        path = t.dir();
    else
        path = QDir(t.dir()).filePath(u"none/out.pdf"_s);
    const QString identity = SafeFiles::fileIdentity(t.path());
    const Status written = SafeFiles::writeAtomically(path, QByteArray(4096, 'x'));
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(expected), qPrintable(written.error().message));
    QCOMPARE(SafeFiles::fileIdentity(t.path()), identity);
    QVERIFY(addAgency(t.db(), u"after"_s));
    QCOMPARE(sqlite3Cli(t.path(), u"SELECT COUNT(*) FROM agencies"_s), u"2"_s);
    QCOMPARE(sqlite3Cli(t.path(), u"PRAGMA integrity_check"_s), u"ok"_s);
    QCOMPARE(QFileInfo(u"/dev/full"_s).isFile(), false); // still the device
}

void LiveFilesTest::writeReplacesWholeOrNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.json"_s);
    QVERIFY(SafeFiles::writeAtomically(path, "first"));
    QVERIFY(SafeFiles::writeAtomically(path, "second"));
    QCOMPARE(fileBytes(path), QByteArray("second"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"out.json"_s});
}

void LiveFilesTest::saveAfterJournalDeletedGoesToTheRealFile()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(addAgency(t.db(), u"a1"_s));
    // What a file dialog guessing the file's type used to do, then a second program.
    openAndCloseOutsideSqlite(t.path());
    openAndCloseOutsideSqlite(t.path() + u"-shm"_s);
    QCOMPARE(sqlite3Cli(t.path(), u"SELECT COUNT(*) FROM agencies"_s), u"1"_s);
    QVERIFY2(deletedDescriptorsOf(t.path()) > 0,
             "the hazard was reproduced: the second program deleted the journal in use");
    // The next save notices, opens the file again and saves where everyone sees it.
    const Status saved = addAgency(t.db(), u"a2"_s);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(deletedDescriptorsOf(t.path()), 0);
    QCOMPARE(sqlite3Cli(t.path(), u"SELECT COUNT(*) FROM agencies"_s), u"2"_s);
    QCOMPARE(sqlite3Cli(t.path(), u"PRAGMA integrity_check"_s), u"ok"_s);
    QCOMPARE(agencies(t.db()), 2);
}

void LiveFilesTest::commitRefusedWhenJournalDeletedDuringSave()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(addAgency(t.db(), u"a1"_s));
    {
        Transaction tx(t.db());
        QVERIFY(tx.status());
        QVERIFY(t.db().exec(u"INSERT INTO agencies (code, name) VALUES ('a2', 'a2')"_s));
        openAndCloseOutsideSqlite(t.path());
        // The second program cannot take the file while the save holds its write lock... but the
        // lock is gone: it checkpoints and deletes the journal.
        sqlite3Cli(t.path(), u"SELECT COUNT(*) FROM agencies"_s);
        const Status committed = tx.commit();
        QVERIFY(!committed);
        QVERIFY2(committed.error().message.contains(u"n'a PAS été enregistrée"_s),
                 qPrintable(committed.error().message));
    }
    // Saving again (the window still holds the change) works, on the real file.
    QVERIFY(addAgency(t.db(), u"a2"_s));
    QCOMPARE(sqlite3Cli(t.path(), u"SELECT COUNT(*) FROM agencies"_s), u"2"_s);
    QCOMPARE(sqlite3Cli(t.path(), u"PRAGMA integrity_check"_s), u"ok"_s);
    QCOMPARE(deletedDescriptorsOf(t.path()), 0);
}

QTEST_GUILESS_MAIN(LiveFilesTest)
#include "tst_livefiles.moc"
