// `passerelle demo --scale N [--seed S]` as a user runs it: the synthetic base is written and
// reported, `passerelle check` finds it sound, its demo accounts log in, and every misuse of
// --scale and --seed is refused with a French message.
#include "CommandRun.h"
#include "TestDatabase.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::passerelle;
using Passerelle::Testing::Run;

class TestScaleDemoCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void scaleDemoThenCheck();
    void refusesAnExistingFile();
    void badUsage_data();
    void badUsage();

private:
    QTemporaryDir m_dir;
};

void TestScaleDemoCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("PASSERELLE_PASSWORD", "passerelle-demo");
}

void TestScaleDemoCli::help()
{
    const Run run = passerelle({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"passerelle demo --database FICHIER|URL --scale N [--seed S]"_s),
             qPrintable(run.out));
}

void TestScaleDemoCli::scaleDemoThenCheck()
{
    const QString path = m_dir.filePath(u"scale.sqlite"_s);
    const Run demo = passerelle(
            {u"demo"_s, u"--database"_s, path, u"--scale"_s, u"200"_s, u"--seed"_s, u"11"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY2(demo.out.contains(u"200 ménages"_s), qPrintable(demo.out));
    QVERIFY2(demo.out.contains(u"40 agences, 12 actions"_s), qPrintable(demo.out));
    QVERIFY2(demo.out.contains(u"(graine 11)"_s), qPrintable(demo.out));
    // The rows of every table, as `check` counts them.
    QVERIFY2(demo.out.contains(QRegularExpression(u"\n  contacts +[1-9][0-9]{3,}\n"_s)),
             qPrintable(demo.out));

    const Run check = passerelle({u"check"_s, u"--database"_s, path, u"--user"_s, u"admin"_s});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err + check.out));
    QVERIFY2(check.out.contains(Testing::french(u"Intégrité : aucun problème"_s)),
             qPrintable(check.out));
    QVERIFY2(check.out.contains(QRegularExpression(u"\n  households +200\n"_s)),
             qPrintable(check.out));

    // A CESF of the demo logs in and sees her agency's households only.
    const Run mine = passerelle({u"households"_s, u"--database"_s, path, u"--user"_s, u"cfabre"_s,
                                 u"--format"_s, u"csv"_s, u"--output"_s, u"-"_s});
    QVERIFY2(mine.exitCode == 0, qPrintable(mine.err));
    const qsizetype lines = mine.out.count(u'\n');
    QVERIFY2(lines > 1 && lines < 200, qPrintable(QString::number(lines)));
}

void TestScaleDemoCli::refusesAnExistingFile()
{
    const QString path = m_dir.filePath(u"existing.sqlite"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("précieux");
    f.close();
    const Run run = passerelle({u"demo"_s, u"--database"_s, path, u"--scale"_s, u"10"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(Testing::french(u"existe déjà"_s)), qPrintable(run.err));
    QCOMPARE(Testing::fileBytes(path), QByteArray("précieux"));
}

void TestScaleDemoCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fragment");
    const QString file = u"never-written.sqlite"_s;
    const QStringList demo{u"demo"_s, u"--database"_s, file};
    QTest::newRow("scale not a number")
            << (demo + QStringList{u"--scale"_s, u"beaucoup"_s})
            << u"--scale attend un nombre de ménages de 1 à "_s
                       + QLocale(QLocale::French, QLocale::France).toString(1000000)
                       + u", pas « beaucoup »"_s;
    QTest::newRow("scale zero") << (demo + QStringList{u"--scale"_s, u"0"_s}) << u"« 0 »"_s;
    QTest::newRow("scale negative") << (demo + QStringList{u"--scale"_s, u"-5"_s}) << u"« -5 »"_s;
    QTest::newRow("scale too large")
            << (demo + QStringList{u"--scale"_s, u"1000001"_s}) << u"« 1000001 »"_s;
    QTest::newRow("seed not a number")
            << (demo + QStringList{u"--scale"_s, u"10"_s, u"--seed"_s, u"x"_s})
            << u"--seed attend un nombre entier (0 ou plus), pas « x »"_s;
    QTest::newRow("seed without scale")
            << (demo + QStringList{u"--seed"_s, u"3"_s}) << u"--seed va avec --scale N"_s;
    QTest::newRow("scale for another command")
            << QStringList{u"check"_s, u"--database"_s, file, u"--scale"_s, u"10"_s}
            << u"--scale est une option de « passerelle demo » seulement"_s;
}

void TestScaleDemoCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fragment);
    const Run run = passerelle(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(Testing::french(fragment)), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(u"never-written.sqlite"_s));
}

QTEST_GUILESS_MAIN(TestScaleDemoCli)
#include "tst_scaledemocli.moc"
