// Backups through SQLite, restore that checks first and keeps the replaced base, automatic
// backups once a day with rotation.
#include "TestDatabase.h"
#include "Clock.h"

#include "demo/DemoData.h"
#include "io/SafeFiles.h"
#include "storage/Backup.h"
#include "storage/DatabaseCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Passerelle;
using namespace Passerelle::Testing;
using namespace Qt::Literals::StringLiterals;

class BackupTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backupIsACheckedOwnerOnlyCopy();
    void backupWhileAnotherConnectionWrites();
    void cancelledBackupLeavesNothing();
    void restoreKeepsTheReplacedBaseAside();
    void restoreRefusesBadBackups_data();
    void restoreRefusesBadBackups();
    void restoreRefusedWhileTheBaseIsInUse();
    void olderBackupIsRestoredThenUpgraded();
    void automaticBackupOnceADayKeepsTheNewest();
    void settingsAreStored();
    void serverBackupIsTheServersJob();

private:
    QString demo(const QTemporaryDir &dir, const QString &name = u"base.sqlite"_s);
    static qint64 count(const QString &file, const QString &table);
};

void BackupTest::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
    installFrenchTranslation();
}

QString BackupTest::demo(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    const Status created = Demo::create(path, Passerelle::Clock::today());
    if (!created)
        qWarning() << created.error().message;
    return path;
}

qint64 BackupTest::count(const QString &file, const QString &table)
{
    const QString n = sqlite3Cli(file, u"SELECT COUNT(*) FROM "_s + table);
    bool ok = false;
    const qint64 value = n.toLongLong(&ok);
    return ok ? value : -1;
}

void BackupTest::backupIsACheckedOwnerOnlyCopy()
{
    PASSERELLE_SQLITE_ONLY();
    QTemporaryDir dir;
    const QString base = demo(dir);
    auto db = Database::open(base);
    QVERIFY(db);
    const QString target = dir.filePath(u"copie.sqlite"_s);
    const Status written = Backup::write(**db, target);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QCOMPARE(QFileInfo(target).permissions() & 0x0077, QFileDevice::Permissions());
    QCOMPARE(count(target, u"households"_s), count(base, u"households"_s));
    QCOMPARE(count(target, u"contacts"_s), count(base, u"contacts"_s));
    QCOMPARE(sqlite3Cli(target, u"PRAGMA integrity_check"_s), u"ok"_s);
    auto info = Backup::verify(target);
    QVERIFY(info);
    QCOMPARE(info->households, count(base, u"households"_s));
    // Nothing but the backup in the folder (no staging file left).
    const QStringList names = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(!names.join(u' ').contains(u".part-"_s), qPrintable(names.join(u' ')));
    // The open base was never touched as a file: no lost lock, no deleted journal.
    QCOMPARE(deletedDescriptorsOf(base), 0);
}

void BackupTest::backupWhileAnotherConnectionWrites()
{
    PASSERELLE_SQLITE_ONLY();
    QTemporaryDir dir;
    const QString base = demo(dir);
    std::atomic_bool stop{false};
    std::atomic_int pairs{0};
    // A writer on its own connection: two agencies per transaction, all or nothing.
    QThread *writer = QThread::create([&] {
        auto db = Database::open(base);
        if (!db)
            return;
        for (int i = 0; !stop; ++i) {
            Transaction tx(**db);
            auto a = (*db)->exec(u"INSERT INTO agencies (code, name) VALUES (?, 'x')"_s,
                                 {u"w%1a"_s.arg(i)});
            auto b = (*db)->exec(u"INSERT INTO agencies (code, name) VALUES (?, 'x')"_s,
                                 {u"w%1b"_s.arg(i)});
            if (a && b && tx.commit())
                ++pairs;
        }
    });
    writer->start();
    QTRY_VERIFY(pairs > 20);
    const qint64 before = count(base, u"agencies"_s);
    const QString target = dir.filePath(u"pendant.sqlite"_s);
    const Status written = Backup::write(base, target);
    const qint64 after = count(base, u"agencies"_s);
    stop = true;
    writer->wait();
    delete writer;
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));

    // The backup is the base at one moment: within the counts seen around it, every pair whole.
    const qint64 copied = count(target, u"agencies"_s);
    QVERIFY2(copied >= before && copied <= after,
             qPrintable(u"%1 <= %2 <= %3"_s.arg(before).arg(copied).arg(after)));
    QCOMPARE(sqlite3Cli(target, u"SELECT COUNT(*) FROM agencies WHERE code LIKE 'w%a' AND "
                                "substr(code, 1, length(code) - 1) || 'b' NOT IN (SELECT code "
                                "FROM agencies)"_s),
             u"0"_s);
    // Restored, it passes the check with those counts.
    const QString restoredBase = dir.filePath(u"restauree.sqlite"_s);
    auto restored = Backup::restore(target, restoredBase);
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
    auto report = checkDatabase(restoredBase);
    QVERIFY(report);
    QVERIFY2(report->isSound(), qPrintable(report->problems.join(u'\n')));
    QCOMPARE(count(restoredBase, u"agencies"_s), copied);
}

void BackupTest::cancelledBackupLeavesNothing()
{
    PASSERELLE_SQLITE_ONLY();
    QTemporaryDir dir;
    const QString base = demo(dir);
    std::atomic_bool cancel{true};
    const QString target = dir.filePath(u"annulee.sqlite"_s);
    const Status written = Backup::write(base, target, &cancel);
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(u"annulée"_s), qPrintable(written.error().message));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(u"annulee"_s),
             QStringList());
}

void BackupTest::restoreKeepsTheReplacedBaseAside()
{
    PASSERELLE_SQLITE_ONLY();
    QTemporaryDir dir;
    const QString base = demo(dir);
    const QString backup = dir.filePath(u"sauvegarde.sqlite"_s);
    QVERIFY(Backup::write(base, backup));
    const qint64 households = count(base, u"households"_s);
    {
        auto db = Database::open(base);
        QVERIFY(db);
        QVERIFY((*db)->exec(u"DELETE FROM contacts"_s));
    }
    QCOMPARE(count(base, u"contacts"_s), 0);
    auto restored = Backup::restore(backup, base);
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
    QVERIFY(count(base, u"contacts"_s) > 0);
    QCOMPARE(count(base, u"households"_s), households);
    QCOMPARE(QFileInfo(base).permissions() & 0x0077, QFileDevice::Permissions());
    // The replaced base is whole, beside it.
    QVERIFY(QFileInfo::exists(restored->keptAside));
    QVERIFY(restored->keptAside.contains(u"avant-restauration"_s));
    QCOMPARE(count(restored->keptAside, u"contacts"_s), 0);
    QCOMPARE(sqlite3Cli(restored->keptAside, u"PRAGMA integrity_check"_s), u"ok"_s);
    auto opened = Database::open(base);
    QVERIFY(opened);
}

void BackupTest::restoreRefusesBadBackups_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not a database") << u"text"_s << u"pas une base Passerelle"_s;
    QTest::newRow("empty file") << u"empty"_s << u"pas une"_s;
    QTest::newRow("another application") << u"foreign"_s << u"pas une base Passerelle"_s;
    QTest::newRow("newer schema") << u"newer"_s << u"version plus récente"_s;
    QTest::newRow("damaged index") << u"damaged"_s << u""_s;
    QTest::newRow("missing") << u"missing"_s << u"n'existe pas"_s;
    QTest::newRow("the base itself") << u"same"_s << u"même fichier"_s;
}

void BackupTest::restoreRefusesBadBackups()
{
    PASSERELLE_SQLITE_ONLY();
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString base = demo(dir);
    QString backup = dir.filePath(u"sauvegarde.sqlite"_s);
    if (kind == u"text") {
        QFile f(backup);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Ceci n'est pas une base.\n");
    } else if (kind == u"empty") {
        QVERIFY(sqlite3Cli(backup, u"VACUUM"_s).isEmpty());
    } else if (kind == u"foreign") {
        QVERIFY(sqlite3Cli(backup, u"CREATE TABLE t(x)"_s).isEmpty());
    } else if (kind == u"newer") {
        QVERIFY(Backup::write(base, backup));
        QVERIFY(sqlite3Cli(backup, u"PRAGMA user_version = 999"_s).isEmpty());
    } else if (kind == u"damaged") {
        QVERIFY(Backup::write(base, backup));
        // Scramble one page in the middle of an index of the copy.
        const QString page = sqlite3Cli(backup, u"SELECT rootpage FROM sqlite_master WHERE "
                                                "type = 'index' AND tbl_name = 'contacts' "
                                                "LIMIT 1"_s);
        QVERIFY(page.toInt() > 1);
        QFile f(backup);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 pageSize = sqlite3Cli(backup, u"PRAGMA page_size"_s).toLongLong();
        QVERIFY(f.seek((page.toInt() - 1) * pageSize));
        f.write(QByteArray(600, '\x5a'));
    } else if (kind == u"missing") {
        backup = dir.filePath(u"nulle-part.sqlite"_s);
    } else {
        backup = base;
    }
    const QByteArray before = fileBytes(base);
    auto restored = Backup::restore(backup, base);
    QVERIFY(!restored);
    QVERIFY2(restored.error().message.contains(expected), qPrintable(restored.error().message));
    QCOMPARE(fileBytes(base), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(u"avant-"_s),
             QStringList());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(u".part-"_s),
             QStringList());
}

void BackupTest::restoreRefusedWhileTheBaseIsInUse()
{
    PASSERELLE_SQLITE_ONLY();
    QTemporaryDir dir;
    const QString base = demo(dir);
    const QString backup = dir.filePath(u"sauvegarde.sqlite"_s);
    QVERIFY(Backup::write(base, backup));
    {
        // Open in this process: refused at once.
        auto db = Database::open(base);
        QVERIFY(db);
        auto restored = Backup::restore(backup, base);
        QVERIFY(!restored);
        QVERIFY2(restored.error().message.contains(u"ouverte"_s),
                 qPrintable(restored.error().message));
    }
    // Open in another program (a sqlite3 shell holding a read transaction).
    QProcess other;
    other.start(u"sqlite3"_s, {base});
    QVERIFY(other.waitForStarted());
    other.write("BEGIN; SELECT COUNT(*) FROM households;\n");
    QTRY_VERIFY(other.bytesAvailable() > 0 || other.readAllStandardOutput().size() > 0);
    auto restored = Backup::restore(backup, base);
    other.write(".quit\n");
    other.closeWriteChannel();
    other.waitForFinished();
    QVERIFY(!restored);
    QVERIFY2(restored.error().message.contains(u"autre programme"_s),
             qPrintable(restored.error().message));
    QCOMPARE(sqlite3Cli(base, u"PRAGMA integrity_check"_s), u"ok"_s);
}

void BackupTest::olderBackupIsRestoredThenUpgraded()
{
    PASSERELLE_SQLITE_ONLY();
    QTemporaryDir dir;
    const QString base = demo(dir);
    const QString backup = dir.filePath(u"ancienne.sqlite"_s);
    QVERIFY(Backup::write(base, backup));
    QVERIFY(downgradeToSchema2(backup)); // as an earlier version of Passerelle wrote it
    auto info = Backup::verify(backup);
    QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
    QCOMPARE(info->schemaVersion, 2);
    auto restored = Backup::restore(backup, base);
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
    auto opened = Database::open(base); // the GUI's opening upgrades it, and says so
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE((*opened)->upgradedFrom(), 2);
    QCOMPARE(*(*opened)->schemaVersion(), Database::latestSchemaVersion());
}

void BackupTest::automaticBackupOnceADayKeepsTheNewest()
{
    PASSERELLE_SQLITE_ONLY();
    QTemporaryDir dir;
    const QString base = demo(dir);
    const QString folder = Backup::defaultFolder(base);
    QCOMPARE(folder, dir.filePath(u"Sauvegardes"_s));
    QDateTime now(QDate(2026, 12, 1), QTime(9, 0));
    auto first = Backup::automatic(base, QString(), 3, now);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    QVERIFY(first->startsWith(folder));
    QVERIFY(QFileInfo::exists(*first));
    QCOMPARE(QFileInfo(folder).permissions() & 0x0077, QFileDevice::Permissions());
    // Within a day: none due.
    auto again = Backup::automatic(base, QString(), 3, now.addSecs(3600 * 20));
    QVERIFY(again);
    QVERIFY(again->isEmpty());
    // One per day for five days, three kept: the newest.
    for (int day = 1; day <= 5; ++day) {
        auto next = Backup::automatic(base, QString(), 3, now.addDays(day));
        QVERIFY(next);
        QVERIFY(!next->isEmpty());
    }
    const QStringList kept = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(kept, (QStringList{u"base-2026-12-04-090000.sqlite"_s,
                                u"base-2026-12-05-090000.sqlite"_s,
                                u"base-2026-12-06-090000.sqlite"_s}));
    QCOMPARE(Backup::lastAutomatic(folder, base), now.addDays(5));
    // A folder that cannot be made: a French message.
    QFile blocker(dir.filePath(u"fichier"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto refused = Backup::automatic(base, dir.filePath(u"fichier/sous-dossier"_s), 3, now);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"Sauvegardes"_s),
             qPrintable(refused.error().message));
}

void BackupTest::settingsAreStored()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    auto defaults = Backup::settings(t.db());
    QVERIFY(defaults);
    QCOMPARE(defaults->keep, 14);
    QVERIFY(defaults->folder.isEmpty());
    QVERIFY(Backup::saveSettings(t.db(), TestDatabase::all(), {u"/srv/sauvegardes"_s, 30}));
    auto stored = Backup::settings(t.db());
    QVERIFY(stored);
    QCOMPARE(stored->folder, u"/srv/sauvegardes"_s);
    QCOMPARE(stored->keep, 30);
    QVERIFY(!Backup::saveSettings(t.db(), TestDatabase::all(), {QString(), 0}));
}

void BackupTest::serverBackupIsTheServersJob()
{
    TestDatabase t;
    QVERIFY(t.isValid());
    if (t.backend() != Backend::Postgres)
        QSKIP("PostgreSQL only");
    QTemporaryDir dir;
    const Status written = Backup::write(t.db(), dir.filePath(u"x.sqlite"_s));
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(u"pg_dump"_s), qPrintable(written.error().message));
}

QTEST_GUILESS_MAIN(BackupTest)
#include "tst_backup.moc"
