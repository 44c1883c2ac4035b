// `passerelle backup` and `restore`, and every output written whole or refused: on a full
// disk, /dev/full, a read-only folder or over the open base, exit 2 with a French message and
// no empty or partial file.
#include "CommandRun.h"
#include "TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::passerelle;
using Passerelle::Testing::Run;

namespace {

/// A small file system of its own (tmpfs), read-only or nearly full: needs root; empty when it
/// could not be mounted.
QString mountSmallDisk(const QString &where, const QString &options)
{
#ifdef Q_OS_UNIX
    if (::geteuid() != 0)
        return {};
    QDir().mkpath(where);
    if (QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, options, u"tmpfs"_s, where})
        != 0)
        return {};
    return where;
#else
    Q_UNUSED(where);
    Q_UNUSED(options);
    return {};
#endif
}

void unmount(const QString &where)
{
    if (!where.isEmpty())
        QProcess::execute(u"umount"_s, {where});
}

} // namespace

class TestBackupCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backupThenRestore();
    void restoreRefusesDamagedBackup();
    void outputsRefusedWhole_data();
    void outputsRefusedWhole();
    void importKilledAtRandomPoints();
    void baseOnAFullDiskIsSaidSo();

private:
    QTemporaryDir m_dir;
    QString m_base;
};

void TestBackupCommandLine::initTestCase()
{
    // The demo base has accounts: the commands act as its chargé de mission (--user mdelmas),
    // whose password they read from the environment.
    qputenv("PASSERELLE_PASSWORD", "passerelle-demo");
    m_base = m_dir.filePath(u"base.sqlite"_s);
    const Run demo = passerelle({u"demo"_s, u"--database"_s, m_base});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QCOMPARE(QFileInfo(m_base).permissions() & 0x0077, QFileDevice::Permissions());
}

void TestBackupCommandLine::backupThenRestore()
{
    const QString backup = m_dir.filePath(u"sauvegarde.sqlite"_s);
    const Run written = passerelle({u"backup"_s, u"--user"_s, u"admin"_s, u"--database"_s, m_base, u"--output"_s, backup});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QVERIFY2(written.out.contains(Testing::french(u"Sauvegarde écrite et vérifiée"_s)),
             qPrintable(written.out));
    QCOMPARE(QFileInfo(backup).permissions() & 0x0077, QFileDevice::Permissions());

    const QString other = m_dir.filePath(u"restauree.sqlite"_s);
    QVERIFY(QFile::copy(backup, other)); // a copy of a closed backup file is fine
    QCOMPARE(Testing::sqlite3Cli(other, u"DELETE FROM contacts"_s), QString());
    const Run restored = passerelle({u"restore"_s, u"--user"_s, u"admin"_s, u"--from"_s, backup, u"--database"_s, other});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY2(restored.out.contains(Testing::french(u"gardée de côté"_s)), qPrintable(restored.out));
    QVERIFY(Testing::sqlite3Cli(other, u"SELECT COUNT(*) FROM contacts"_s).toInt() > 0);
    const Run check = passerelle({u"check"_s, u"--user"_s, u"admin"_s, u"--database"_s, other});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err + check.out));
}

void TestBackupCommandLine::restoreRefusesDamagedBackup()
{
    const QString backup = m_dir.filePath(u"abimee.sqlite"_s);
    QFile f(backup);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(Testing::fileBytes(m_base).left(4096 * 3)); // truncated
    f.close();
    // The login is journaled; nothing else changes.
    const auto state = [this] {
        return Testing::sqlite3Cli(m_base, u"SELECT (SELECT COUNT(*) FROM households) || '/' || "
                                           "(SELECT COUNT(*) FROM audit_log WHERE operation NOT "
                                           "IN ('login', 'login_failed'))"_s);
    };
    const QString before = state();
    const Run run = passerelle({u"restore"_s, u"--user"_s, u"admin"_s, u"--from"_s, backup, u"--database"_s, m_base});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(!run.err.trimmed().isEmpty(), "a French message says why");
    QCOMPARE(state(), before);
    QCOMPARE(QDir(m_dir.path()).entryList().filter(u"base.avant-restauration"_s), QStringList());
}

void TestBackupCommandLine::outputsRefusedWhole_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("expected");
    for (const QString &command : {u"review"_s, u"backup"_s, u"contract"_s}) {
        QTest::addRow("%s on /dev/full", qPrintable(command))
            << command << u"devfull"_s << u"pas un fichier ordinaire"_s;
        QTest::addRow("%s on a full disk", qPrintable(command))
            << command << u"full"_s << u"plein"_s;
        QTest::addRow("%s in a read-only folder", qPrintable(command))
            << command << u"readonly"_s << u"lecture seule"_s;
        QTest::addRow("%s over the base", qPrintable(command))
            << command << u"base"_s << u"jamais lue, copiée ni remplacée"_s;
    }
}

void TestBackupCommandLine::outputsRefusedWhole()
{
    QFETCH(QString, command);
    QFETCH(QString, where);
    QFETCH(QString, expected);
    QString mounted;
    QString output;
    if (where == u"devfull") {
        output = u"/dev/full"_s;
    } else if (where == u"base") {
        output = m_base;
    } else {
        mounted = mountSmallDisk(m_dir.filePath(u"disque-"_s + where),
                                 where == u"full" ? u"size=64k"_s : u"size=1m,ro"_s);
        if (mounted.isEmpty())
            QSKIP("mounting a small disk needs root (CI runs as root)");
        if (where == u"full") {
            QFile filler(QDir(mounted).filePath(u"plein"_s));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            while (filler.write(QByteArray(4096, 'x')) > 0 && filler.flush()) {
            }
            filler.close();
        }
        output = QDir(mounted).filePath(u"sortie."_s
                                        + (command == u"review" ? u"json"_s : command == u"backup" ? u"sqlite"_s : u"pdf"_s));
    }
    const QStringList before = mounted.isEmpty() ? QStringList() : QDir(mounted).entryList(QDir::Files | QDir::Hidden);
    // What the command would record (its login is journaled: the base's bytes may change).
    const auto recorded = [this] {
        return Testing::sqlite3Cli(m_base, u"SELECT (SELECT COUNT(*) FROM contract_prints) "
                                           "|| '/' || (SELECT COUNT(*) FROM audit_log WHERE "
                                           "operation NOT IN ('login', 'login_failed'))"_s);
    };
    const QString baseBefore = recorded();
    // Backups are the administrator's, prints and reviews the chargée de mission's.
    QStringList arguments{command, u"--database"_s, m_base, u"--output"_s, output,
                          u"--user"_s, command == u"backup" ? u"admin"_s : u"mdelmas"_s};
    if (command == u"review") {
        arguments << u"--from"_s << u"2025-01-01"_s << u"--to"_s << u"2025-12-31"_s
                  << u"--format"_s << u"json"_s;
    } else if (command == u"contract") {
        const QString reference = Testing::sqlite3Cli(
            m_base, u"SELECT h.reference FROM households h JOIN contracts c ON "
                    "c.household_id = h.id LIMIT 1"_s);
        arguments << u"--household"_s << reference;
    }
    const Run run = passerelle(arguments);
    const QStringList after = mounted.isEmpty() ? QStringList() : QDir(mounted).entryList(QDir::Files | QDir::Hidden);
    unmount(mounted);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(Testing::french(expected)), qPrintable(run.err));
    QCOMPARE(after, before); // no empty, partial or temporary file left
    QCOMPARE(recorded(), baseBefore);
    QCOMPARE(Testing::sqlite3Cli(m_base, u"PRAGMA integrity_check"_s), u"ok"_s);
}

void TestBackupCommandLine::importKilledAtRandomPoints()
{
    // A unit's file, then an import killed (as by a power cut or a crash) at random points:
    // every time the base is sound and holds all of the import or none of it.
    const QString base = m_dir.filePath(u"tuee.sqlite"_s);
    const int households = 4000;
    auto csvFor = [&](int round) {
        const QString path = m_dir.filePath(u"menages-%1.csv"_s.arg(round));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        QByteArray text = "reference;nom;prenom;type_menage;agence;dispositif;"
                          "date_debut_accompagnement;date_fin_accompagnement;"
                          "issue_accompagnement;publics\r\n";
        for (int i = 0; i < households; ++i) {
            text += QStringLiteral("K%1-%2;Nom%2;Pr\u00e9nom;nouvel_entrant;Agence Nord;LAAVA;"
                                   "01/02/2020;;;\r\n")
                        .arg(round)
                        .arg(i)
                        .toUtf8();
        }
        f.write(text);
        return path;
    };
    auto count = [&] {
        return Testing::sqlite3Cli(base, u"SELECT COUNT(*) FROM households"_s).toLongLong();
    };
    // The first import, whole: it also tells how long one takes.
    QElapsedTimer timer;
    timer.start();
    const Run first = passerelle({u"import"_s, u"--database"_s, base, u"--households"_s,
                                  csvFor(0)});
    const qint64 duration = timer.elapsed();
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(count(), households);

    QRandomGenerator random(20261206);
    int killedMidway = 0;
    for (int round = 1; round <= 8; ++round) {
        const qint64 before = count();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PASSERELLE_EXECUTABLE),
                      {u"import"_s, u"--database"_s, base, u"--households"_s, csvFor(round)});
        QVERIFY(process.waitForStarted());
        QThread::msleep(random.bounded(int(qMax<qint64>(duration, 50))));
        process.kill();
        process.waitForFinished();
        const bool killed = process.exitStatus() == QProcess::CrashExit;
        killedMidway += killed ? 1 : 0;
        QCOMPARE(Testing::sqlite3Cli(base, u"PRAGMA integrity_check"_s), u"ok"_s);
        const qint64 after = count();
        QVERIFY2(after == before || after == before + households,
                 qPrintable(u"round %1: %2 households before, %3 after"_s.arg(round)
                                .arg(before)
                                .arg(after)));
        if (killed) {
            // Nothing half-written: the check command agrees, and the base opens.
            const Run check = passerelle({u"check"_s, u"--user"_s, u"admin"_s, u"--database"_s, base});
            QVERIFY2(check.exitCode == 0, qPrintable(check.err + check.out));
        }
    }
    QVERIFY2(killedMidway > 0, "at least one import was killed before its end");
}

void TestBackupCommandLine::baseOnAFullDiskIsSaidSo()
{
    const QString mounted = mountSmallDisk(m_dir.filePath(u"disque-base"_s), u"size=4m"_s);
    if (mounted.isEmpty())
        QSKIP("mounting a small disk needs root (CI runs as root)");
    const QString base = QDir(mounted).filePath(u"base.sqlite"_s);
    QVERIFY(QFile::copy(m_base, base)); // a closed base: a plain copy is fine
    QFile filler(QDir(mounted).filePath(u"plein"_s));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    while (filler.write(QByteArray(4096, 'x')) > 0 && filler.flush()) {
    }
    filler.close();
    const QByteArray before = Testing::fileBytes(base);
    const Run run = passerelle({u"check"_s, u"--user"_s, u"admin"_s, u"--database"_s, base});
    const QByteArray after = Testing::fileBytes(base);
    unmount(mounted);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"plein"_s), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"pas une base Passerelle"_s), qPrintable(run.err));
    QCOMPARE(after, before);
}

QTEST_GUILESS_MAIN(TestBackupCommandLine)
#include "tst_backupcli.moc"
