// The `passerelle` commands as a user runs them: exit codes and French messages.
#include "CommandRun.h"
#include "Clock.h"
#include "TestDatabase.h"
#include "storage/CommitteeRepository.h"
#include "storage/DirectoryRepositories.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::passerelle;
using Passerelle::Testing::Run;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badUsage_data();
    void badUsage();
    void help();
    void version();
    void demoThenCheck();
    void demoReviewsGiveThePublishedFigures();
    void demoRefusesExistingFile();
    void checkMissingFile();
    void checkNewerSchema();
    void checkNotADatabase();
    void englishMessages();
    void importThenReview();
    void importRefusesBadFile();
    void importRefusesWhatIsNotAFile_data();
    void importRefusesWhatIsNotAFile();
    void importOfAbsurdHeader();
    void importSummarisesWarnings();
    void printWithTemplatesFolder_data();
    void printWithTemplatesFolder();

    void damagedFileIsRefused_data();
    void damagedFileIsRefused();
    void emptyFileIsRefused_data();
    void emptyFileIsRefused();
    void oddSchemaVersion_data();
    void oddSchemaVersion();
    void upgradeIsAnnounced();

private:
    /// A demo database made once for the printing tests.
    QString demoDatabase();

    QString m_printingDemo;
    /// A fresh copy of a demo base (made once with `passerelle demo`) at `name`.
    QString demoCopy(const QString &name);
    void ensureDemo();
    /// The arguments that run `command` on `database` (for a review, a contract or an import:
    /// what it needs to do its work).
    QStringList commandOn(const QString &command, const QString &database);
    QStringList commandArguments(const QString &command, const QString &database);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_household; ///< reference of a demo household with a contract
};

void TestCommandLine::initTestCase()
{
    // Demo bases have accounts: the commands run on them act as the demo's chargé de mission
    // (--user mdelmas, in commandOn() and the printing tests), whose password the commands read
    // from the environment. tst_accountscli tests the login itself.
    qputenv("PASSERELLE_PASSWORD", "passerelle-demo");
}

void TestCommandLine::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s, u"--database"_s, u"x"_s}
                                     << u"Commande inconnue « frobnicate »"_s;
    QTest::newRow("demo without database") << QStringList{u"demo"_s} << u"--database"_s;
    QTest::newRow("check without database") << QStringList{u"check"_s} << u"--database"_s;
    QTest::newRow("unknown option") << QStringList{u"check"_s, u"--frob"_s}
                                    << u"Ligne de commande incorrecte"_s;
    QTest::newRow("option without value") << QStringList{u"check"_s, u"--database"_s}
                                          << u"Ligne de commande incorrecte"_s;
    QTest::newRow("extra argument")
        << QStringList{u"check"_s, u"extra"_s, u"--database"_s, u"x"_s} << u"« extra »"_s;
    QTest::newRow("unknown language")
        << QStringList{u"check"_s, u"--database"_s, u"x"_s, u"--lang"_s, u"de"_s} << u"« de »"_s;
    QTest::newRow("templates without folder")
        << QStringList{u"contract"_s, u"--database"_s, u"x"_s, u"--templates"_s}
        << u"Ligne de commande incorrecte"_s;
    QTest::newRow("templates with an empty folder")
        << QStringList{u"contract"_s, u"--database"_s, u"x"_s, u"--household"_s, u"R"_s,
                       u"--output"_s, u"x.pdf"_s, u"--templates"_s, QString()}
        << u"--templates"_s;
    QTest::newRow("templates for another command")
        << QStringList{u"check"_s, u"--database"_s, u"x"_s, u"--templates"_s, u"d"_s}
        << u"--templates"_s;
}

void TestCommandLine::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fragment);
    const Run run = passerelle(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(Testing::french(fragment)), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCommandLine::help()
{
    const Run run = passerelle({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"passerelle demo --database"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(Testing::french(u"Code de sortie"_s)), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"[--templates DOSSIER]"_s), qPrintable(run.out));
}

void TestCommandLine::version()
{
    // The version, the licence, the source's address and the versions in use, in French.
    const Run run = passerelle({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), u"Passerelle "_s + QStringLiteral(PASSERELLE_VERSION));
    QVERIFY2(lines.at(1).startsWith(Testing::french(u"Licence : GPL-3.0-or-later"_s)),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(Testing::french(u"Code source : https://"_s)),
             qPrintable(lines.at(2)));
    // The Qt the program runs on (this test is linked with the same libraries), and SQLite's
    // version as Qt's driver reports it.
    QVERIFY2(lines.at(3).startsWith(u"Qt "_s + QString::fromLatin1(qVersion()) + u", SQLite 3."_s),
             qPrintable(lines.at(3)));
    QVERIFY(run.err.isEmpty());
    const Run english = passerelle({u"--version"_s, u"--lang"_s, u"en"_s});
    QVERIFY2(english.out.contains(u"Licence: GPL-3.0-or-later"_s), qPrintable(english.out));
}

void TestCommandLine::demoThenCheck()
{
    const QString path = m_dir.filePath(u"demo-check.sqlite"_s);
    const Run demo = passerelle({u"demo"_s, u"--database"_s, path});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY2(demo.out.contains(Testing::french(u"54 ménages"_s)), qPrintable(demo.out));
    const Run check = passerelle({u"check"_s, u"--database"_s, path, u"--user"_s, u"mdelmas"_s});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err + check.out));
    QVERIFY2(check.out.contains(Testing::french(u"Intégrité : aucun problème"_s)), qPrintable(check.out));
    QVERIFY2(check.out.contains(Testing::french(u"(à jour)"_s)), qPrintable(check.out));
}

void TestCommandLine::demoReviewsGiveThePublishedFigures()
{
    // What the funders read (DOMAIN.md, « Real figures »), as `passerelle review` gives it on
    // the demo base (tst_demostory pins the same figures in core).
    const QString path = m_dir.filePath(u"demo-review.sqlite"_s);
    const Run demo = passerelle({u"demo"_s, u"--database"_s, path});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    auto review = [&](const QString &from, const QString &to, const QStringList &actions) {
        QStringList arguments{u"review"_s, u"--database"_s, path, u"--user"_s, u"mdelmas"_s,
                              u"--from"_s, from, u"--to"_s, to, u"--format"_s, u"json"_s,
                              u"--output"_s, u"-"_s};
        for (const QString &code : actions)
            arguments << u"--action"_s << code;
        const Run run = passerelle(arguments);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    };

    const QJsonObject laava = review(u"2015-01-01"_s, u"2018-12-31"_s, {u"LAAVA"_s});
    QCOMPARE(laava.value(u"households_supported"_s).toInt(), 10);
    QCOMPARE(laava.value(u"average_support_months"_s).toDouble(), 12.0);
    const QJsonObject retention = laava.value(u"retention_24m"_s).toObject();
    QCOMPARE(retention.value(u"cohort"_s).toInt(), 10);
    QCOMPARE(retention.value(u"maintained"_s).toInt(), 9);
    QCOMPARE(retention.value(u"percent"_s).toInt(), 90);
    QCOMPARE(laava.value(u"sliding_leases"_s).toObject().value(u"used"_s).toInt(), 1);
    const QJsonObject cost = laava.value(u"cost"_s).toObject();
    QCOMPARE(cost.value(u"expenses"_s).toDouble(), 49500.0);
    QCOMPARE(cost.value(u"per_household"_s).toDouble(), 4950.0);

    const QJsonObject call2018 = review(u"2018-01-01"_s, u"2018-12-31"_s,
                                        {u"PREMIER-LOGEMENT"_s, u"APRES-VIOLENCES"_s,
                                         u"PREVENTION-EXPULSIONS"_s});
    QCOMPARE(call2018.value(u"new_entrants"_s).toInt(), 10);
    QCOMPARE(call2018.value(u"existing_tenants"_s).toInt(), 15);
    QCOMPARE(call2018.value(u"cost"_s).toObject().value(u"funding"_s).toObject()
                 .value(u"etat"_s).toDouble(),
             37000.0);
}

void TestCommandLine::demoRefusesExistingFile()
{
    const QString path = m_dir.filePath(u"existing.sqlite"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("précieux");
    f.close();
    const Run run = passerelle({u"demo"_s, u"--database"_s, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(Testing::french(u"existe déjà"_s)), qPrintable(run.err));
    QCOMPARE(Testing::fileBytes(path), QByteArray("précieux"));
}

void TestCommandLine::checkMissingFile()
{
    const Run run = passerelle({u"check"_s, u"--database"_s, m_dir.filePath(u"none.sqlite"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(Testing::french(u"n'existe pas"_s)), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"none.sqlite"_s)));
}

void TestCommandLine::checkNewerSchema()
{
    const QString path = m_dir.filePath(u"newer.sqlite"_s);
    {
        auto db = Database::open(path);
        QVERIFY(db);
    }
    {
        auto raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raise"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA user_version = 999"_s));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raise"_s);
    const QByteArray before = Testing::fileBytes(path);
    const Run run = passerelle({u"check"_s, u"--database"_s, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(Testing::french(u"version plus récente"_s)), qPrintable(run.err));
    QVERIFY2(run.err.contains(Testing::french(u"999"_s)), qPrintable(run.err));
    QCOMPARE(Testing::fileBytes(path), before);
}

void TestCommandLine::checkNotADatabase()
{
    const QString path = m_dir.filePath(u"notes.txt"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    const Run run = passerelle({u"check"_s, u"--database"_s, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(Testing::french(u"n'est pas une base Passerelle"_s)), qPrintable(run.err));
    QCOMPARE(Testing::fileBytes(path), QByteArray(4096, 'x'));
}

void TestCommandLine::englishMessages()
{
    const Run run = passerelle({u"frobnicate"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Unknown command"_s), qPrintable(run.err));
}

void TestCommandLine::importThenReview()
{
    const QString households = m_dir.filePath(u"households.csv"_s);
    QFile f(households);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // French Excel: Windows-1252, ';', CRLF.
    f.write("reference;nom;prenom;type_menage;agence;dispositif;date_debut_accompagnement;"
            "date_fin_accompagnement;issue_accompagnement;publics\r\n"
            "R-1;Dupont;H\xe9l\xe8ne;nouvel_entrant;Agence Nord;LAAVA;01/02/2020;;;"
            "Sortant de d\xe9tention\r\n"
            "R-2;Martin;L\xe9o;locataire_en_place;Agence Nord;LAAVA;15/03/2019;30/06/2020;"
            "autonomie;\r\n");
    f.close();
    const QString db = m_dir.filePath(u"imported.sqlite"_s);
    const Run dry = passerelle({u"import"_s, u"--database"_s, db, u"--households"_s, households,
                                u"--dry-run"_s});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QVERIFY(!QFile::exists(db));
    const Run run = passerelle({u"import"_s, u"--database"_s, db, u"--households"_s, households});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(Testing::french(u"ménages : 2 créés"_s)), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"AGENCE-NORD"_s), qPrintable(run.err)); // the warning
    const Run review = passerelle({u"review"_s, u"--database"_s, db, u"--from"_s, u"2020-01-01"_s,
                                   u"--to"_s, u"2020-12-31"_s, u"--format"_s, u"json"_s,
                                   u"--output"_s, u"-"_s});
    QVERIFY2(review.exitCode == 0, qPrintable(review.err));
    QVERIFY2(review.out.contains(u"\"households_supported\": 2"_s), qPrintable(review.out));
    QVERIFY2(review.out.contains(u"\"sortant_detention\": 1"_s), qPrintable(review.out));
    // The same files again change nothing.
    const QByteArray before = Testing::fileBytes(db);
    const Run again = passerelle({u"import"_s, u"--database"_s, db, u"--households"_s, households});
    QVERIFY2(again.out.contains(Testing::french(u"ménages : 0 créés, 0 mis à jour"_s)),
             qPrintable(again.out));
}

void TestCommandLine::importRefusesBadFile()
{
    const QString households = m_dir.filePath(u"bad.csv"_s);
    QFile f(households);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("reference;nom;type_menage;agence;dispositif;date_debut_accompagnement\r\n"
            "R-9;Durand;nouvel_entrant;Agence Sud;LAAVA;31/02/2019\r\n");
    f.close();
    const QString db = m_dir.filePath(u"never.sqlite"_s);
    const Run run = passerelle({u"import"_s, u"--database"_s, db, u"--households"_s, households});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(Testing::french(
                 u"bad.csv, ligne 2, colonne date_debut_accompagnement : \"31/02/2019\" n'est "
                 u"pas une date"_s)),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(db));
    const Run usage = passerelle({u"import"_s, u"--database"_s, db});
    QCOMPARE(usage.exitCode, 1);
}

void TestCommandLine::importRefusesWhatIsNotAFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("folder") << u"folder"_s << u"« notafile.csv » est un dossier"_s;
#ifdef Q_OS_UNIX
    // Reading a FIFO waits for a writer that never comes: it must be refused unopened.
    QTest::newRow("FIFO") << u"fifo"_s
                          << u"« notafile.csv » n'est pas un fichier ordinaire (un périphérique, "
                             u"un tube ou une socket)"_s;
#endif
}

void TestCommandLine::importRefusesWhatIsNotAFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString households = dir.filePath(u"notafile.csv"_s);
    if (kind == u"folder") {
        QVERIFY(QDir(dir.path()).mkdir(u"notafile.csv"_s));
    } else {
#ifdef Q_OS_UNIX
        QCOMPARE(::mkfifo(QFile::encodeName(households).constData(), 0600), 0);
#endif
    }
    const QString db = dir.filePath(u"never.sqlite"_s);
    QElapsedTimer timer;
    timer.start();
    const Run run = passerelle({u"import"_s, u"--database"_s, db, u"--households"_s, households});
    QVERIFY2(timer.elapsed() < 60000, "the import waited for the FIFO");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(Testing::french(fragment)), qPrintable(run.err));
    QVERIFY(!QFile::exists(db));
}

void TestCommandLine::importOfAbsurdHeader()
{
    // A 10 MB header line of five million columns: one message, not five million warnings.
    const QString households = m_dir.filePath(u"absurd.csv"_s);
    QFile f(households);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("reference;nom;prenom;type_menage;agence;dispositif;date_debut_accompagnement"
            + QByteArray(";x").repeated(5'000'000)
            + "\r\nR-1;Dupont;Marie;nouvel_entrant;Agence Nord;LAAVA;01/02/2020\r\n");
    f.close();
    const QString db = m_dir.filePath(u"absurd.sqlite"_s);
    const Run run = passerelle({u"import"_s, u"--database"_s, db, u"--households"_s, households});
    QCOMPARE(run.exitCode, 2);
    const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the error, and the count of errors
    QVERIFY2(lines.first().startsWith(Testing::french(
                     u"Erreur : absurd.csv, ligne 1 : la ligne d'en-tête est trop longue"_s)),
             qPrintable(lines.first()));
    QVERIFY(!QFile::exists(db));
}

void TestCommandLine::importSummarisesWarnings()
{
    const QString households = m_dir.filePath(u"extra.csv"_s);
    QFile f(households);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray header = "reference;nom;prenom;type_menage;agence;dispositif;"
                        "date_debut_accompagnement";
    for (int i = 1; i <= 25; ++i)
        header += ";colonne_" + QByteArray::number(i);
    f.write(header + "\r\nR-1;Dupont;Marie;nouvel_entrant;Agence Nord;LAAVA;01/02/2020"
            + QByteArray(";").repeated(25) + "\r\n");
    f.close();
    const QString db = m_dir.filePath(u"extra.sqlite"_s);
    const Run run = passerelle(
            {u"import"_s, u"--database"_s, db, u"--households"_s, households, u"--dry-run"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList warnings = run.err.split(u'\n', Qt::SkipEmptyParts)
                                         .filter(Testing::french(u"Avertissement :"_s));
    // 20 unknown columns, the count of the 5 others, the agency and the action created.
    QCOMPARE(warnings.size(), 23);
    QCOMPARE(warnings.at(20),
             Testing::french(u"Avertissement : extra.csv : … et 5 autres avertissements du même "
                             u"type"_s));
    QVERIFY2(warnings.at(21).contains(u"AGENCE-NORD"_s), qPrintable(warnings.at(21)));
    QVERIFY2(warnings.at(22).contains(u"LAAVA"_s), qPrintable(warnings.at(22)));
}

QString TestCommandLine::demoDatabase()
{
    if (m_printingDemo.isEmpty()) {
        const QString path = m_dir.filePath(u"printing.sqlite"_s);
        const Run demo = passerelle({u"demo"_s, u"--database"_s, path});
        if (demo.exitCode == 0)
            m_printingDemo = path;
    }
    return m_printingDemo;
}

namespace {

QByteArray pngBytes()
{
    QImage image(QSize(40, 20), QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// The bytes of every regular file of `folder` (FIFOs and links are not opened).
QHash<QString, QByteArray> regularFiles(const QString &folder)
{
    QHash<QString, QByteArray> files;
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::System);
    for (const QFileInfo &info : entries) {
        if (!info.isSymLink() && info.isFile())
            files.insert(info.fileName(), Testing::fileBytes(info.filePath()));
    }
    return files;
}

} // namespace

void TestCommandLine::printWithTemplatesFolder_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("fragment"); // of the French message (stdout or stderr)
    QTest::addColumn<bool>("existingOutput");
    QTest::newRow("contract, the unit's folder") << u"contract"_s << u"good"_s << 0
                                                 << u"1 page"_s << false;
    QTest::newRow("contract, FIFO template") << u"contract"_s << u"fifo"_s << 2
                                             << u"n'est pas un fichier ordinaire"_s << true;
    QTest::newRow("contract, image /dev/zero")
        << u"contract"_s << u"/dev/zero image"_s << 2 << u"hors du dossier des modèles"_s
        << false;
    QTest::newRow("contract, 40 000 nested sections")
        << u"contract"_s << u"nested"_s << 2 << u"imbriquée à plus de 64 niveaux"_s << true;
    // Lines whose heights add up past Qt's fixed-point range inside one paragraph: Qt's
    // layout never returns. It is given up past its deadline, and refused.
    QTest::newRow("contract, layout that never ends")
        << u"contract"_s << u"stuck"_s << 2 << u"La mise en page du document a pris plus de"_s
        << true;
    QTest::newRow("contract, no such folder")
        << u"contract"_s << u"missing"_s << 2 << u"n'existe pas"_s << false;
    QTest::newRow("convocation, the unit's folder") << u"convocation"_s << u"good"_s << 0
                                                    << u"Convocation au rendez-vous"_s << false;
    QTest::newRow("convocation, template over 1 MB")
        << u"convocation"_s << u"large"_s << 2 << u"est trop volumineux"_s << true;
    QTest::newRow("agenda, the unit's folder") << u"agenda"_s << u"good"_s << 0
                                               << u"Ordre du jour de la commission"_s << false;
    QTest::newRow("agenda, link to /dev/zero")
        << u"agenda"_s << u"/dev/zero link"_s << 2 << u"n'est pas un fichier ordinaire"_s
        << false;
    QTest::newRow("agenda, 400 pages")
        << u"agenda"_s << u"pages"_s << 2 << u"pages (300 au plus)"_s << true;
}

void TestCommandLine::printWithTemplatesFolder()
{
#ifndef Q_OS_UNIX
    QSKIP("FIFOs and /dev/zero are Unix files");
#else
    QFETCH(QString, command);
    QFETCH(QString, setup);
    QFETCH(int, exitCode);
    QFETCH(QString, fragment);
    QFETCH(bool, existingOutput);
    const QString database = demoDatabase();
    QVERIFY2(!database.isEmpty(), "the demo database could not be made");

    QStringList arguments{command, u"--database"_s, database, u"--user"_s, u"mdelmas"_s};
    QString templateName;
    if (command == u"contract") {
        arguments << u"--household"_s << u"HH-2023-02"_s;
        templateName = u"contract.html"_s;
        // A signed version printed before prints again from its kept PDF, without reading the
        // template: each row prints from the data (the rows share the base).
        QCOMPARE(Testing::sqlite3Cli(database, u"DELETE FROM contract_prints; "
                                               u"SELECT COUNT(*) FROM contract_prints"_s),
                 u"0"_s);
    } else if (command == u"convocation") {
        arguments << u"--household"_s << u"HH-2026-04"_s;
        templateName = u"convocation.html"_s;
    } else {
        // A committee of the demo that reviews households, and its agency.
        auto db = Database::open(database);
        QVERIFY(db);
        const Scope scope = Scope::everything(u"test"_s);
        auto committees = CommitteeRepository(**db).list(scope);
        QVERIFY(committees);
        const FollowUpCommittee *chosen = nullptr;
        for (const FollowUpCommittee &c : *committees) {
            if (!chosen && !c.reviews.isEmpty())
                chosen = &c;
        }
        QVERIFY(chosen);
        auto agency = AgencyRepository(**db).get(chosen->agencyId);
        QVERIFY(agency);
        arguments << u"--committee"_s << chosen->date.toString(Qt::ISODate) << u"--agency"_s
                  << agency->code;
        templateName = u"committee_agenda.html"_s;
    }

    const QString tag = QString::fromLatin1(QTest::currentDataTag())
                            .replace(u' ', u'-')
                            .remove(u',');
    const QString folder = m_dir.filePath(u"templates-"_s + tag);
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(templateName);
    QFile logo(QDir(folder).filePath(u"logo.png"_s));
    QVERIFY(logo.open(QIODevice::WriteOnly));
    logo.write(pngBytes());
    logo.close();
    const auto write = [&](const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    if (setup == u"good") {
        write("<html><head><title>Essai</title></head><body><h1>Modèle d'essai</h1>"
              "<p>{{organisation.name}}</p><img src=\"logo.png\" width=\"40\"></body></html>");
    } else if (setup == u"fifo") {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (setup == u"/dev/zero image") {
        write("<p>{{organisation.name}}</p><img src=\"/dev/zero\">");
    } else if (setup == u"nested") {
        // As many sections as 1 MB holds (never closed: the depth is refused first).
        write(QByteArray("{{#organisation.name}}\n").repeated(40'000));
    } else if (setup == u"large") {
        write(QByteArray("<p>{{organisation.name}}</p>\n").repeated(40'000));
    } else if (setup == u"/dev/zero link") {
        QVERIFY(QFile::link(u"/dev/zero"_s, path));
    } else if (setup == u"stuck") {
        write("<p style=\"line-height: 9999px\">{{organisation.name}}"
              + QByteArray("<br>x").repeated(1'000) + "</p>");
    } else if (setup == u"pages") {
        write(QByteArray("<p style=\"page-break-before: always\">{{organisation.name}}</p>")
                  .repeated(400));
    }
    const QString templates = setup == u"missing" ? m_dir.filePath(u"no-such-folder"_s) : folder;
    const QHash<QString, QByteArray> before = regularFiles(folder);

    const QString output = m_dir.filePath(tag + u".pdf"_s);
    if (existingOutput) {
        QFile previous(output);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("précieux");
    }
    // What a print records (the login itself is journaled: the file's bytes change).
    const auto recorded = [&database] {
        return Testing::sqlite3Cli(database, u"SELECT (SELECT COUNT(*) FROM contract_prints) "
                                             "|| '/' || (SELECT COUNT(*) FROM audit_log WHERE "
                                             "operation NOT IN ('login', 'login_failed'))"_s);
    };
    const QString databaseBefore = recorded();
    const Run run = passerelle(arguments + QStringList{u"--templates"_s, templates,
                                                       u"--output"_s, output});
    QVERIFY2(run.exitCode == exitCode,
             qPrintable(u"exit %1: %2%3"_s.arg(run.exitCode).arg(run.out, run.err)));
    // Every file left as it was: the templates, and (refused) the output and the database.
    QCOMPARE(regularFiles(folder), before);
    if (exitCode == 0) {
        QVERIFY2(run.out.contains(Testing::french(fragment)), qPrintable(run.out));
        QVERIFY(Testing::fileBytes(output).startsWith("%PDF"));
        return;
    }
    QVERIFY2(run.err.contains(Testing::french(fragment)), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    if (existingOutput)
        QCOMPARE(Testing::fileBytes(output), QByteArray("précieux"));
    else
        QVERIFY(!QFile::exists(output));
    QCOMPARE(recorded(), databaseBefore);
    if (setup == u"fifo") {
        struct stat st {};
        QVERIFY(::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode));
    }
#endif
}

QString TestCommandLine::demoCopy(const QString &name)
{
    ensureDemo();
    const QString copy = m_dir.filePath(name);
    QFile::remove(copy);
    return !m_demo.isEmpty() && QFile::copy(m_demo, copy) ? copy : QString();
}

void TestCommandLine::ensureDemo()
{
    if (m_demo.isEmpty()) {
        const QString path = m_dir.filePath(u"demo-template.sqlite"_s);
        const Run demo = passerelle({u"demo"_s, u"--database"_s, path});
        if (demo.exitCode != 0) {
            qWarning("demo: %s", qPrintable(demo.err));
            return;
        }
        m_household = Testing::sqlite3Cli(path, u"SELECT h.reference FROM households h JOIN "
                                                 "contracts c ON c.household_id = h.id "
                                                 "ORDER BY h.id LIMIT 1"_s);
        m_demo = path;
    }
}

QStringList TestCommandLine::commandOn(const QString &command, const QString &database)
{
    QStringList arguments = commandArguments(command, database);
    arguments << u"--user"_s << u"mdelmas"_s; // ignored by a base without accounts
    return arguments;
}

QStringList TestCommandLine::commandArguments(const QString &command, const QString &database)
{
    if (command == u"review") {
        return {u"review"_s, u"--database"_s, database, u"--from"_s, u"2000-01-01"_s, u"--to"_s,
                Passerelle::Clock::today().toString(Qt::ISODate), u"--format"_s, u"json"_s,
                u"--output"_s, u"-"_s};
    }
    if (command == u"contract") {
        ensureDemo();
        return {u"contract"_s, u"--database"_s, database, u"--household"_s, m_household,
                u"--output"_s, database + u".pdf"_s};
    }
    if (command == u"import") {
        const QString households = m_dir.filePath(u"one-household.csv"_s);
        QFile f(households);
        if (f.open(QIODevice::WriteOnly)) {
            f.write("reference;nom;prenom;type_menage;agence;dispositif;"
                    "date_debut_accompagnement\r\n"
                    "R-77;Durand;Anne;nouvel_entrant;Agence Toulouse Nord;LAAVA;01/02/2021\r\n");
        }
        return {u"import"_s, u"--database"_s, database, u"--households"_s, households};
    }
    return {command, u"--database"_s, database};
}

void TestCommandLine::damagedFileIsRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("damage");
    const std::pair<const char *, Testing::Damage> damages[] = {
        {"truncated", Testing::Damage::Truncated},
        {"zeroed header", Testing::Damage::ZeroedHeader},
        {"flipped bytes in an index page", Testing::Damage::IndexPage},
        {"flipped byte of a code in an index", Testing::Damage::CodeInIndex}};
    for (const char *command : {"check", "review", "import", "contract"}) {
        for (const auto &[name, damage] : damages) {
            // SQLite's quick check, which guards the writing commands, does not compare the
            // indexes with their tables: only `check` and the codes read see this one.
            if (damage == Testing::Damage::CodeInIndex && (qstrcmp(command, "import") == 0
                                                           || qstrcmp(command, "contract") == 0))
                continue;
            QTest::addRow("%s, %s", command, name) << QString::fromLatin1(command) << int(damage);
        }
    }
}

void TestCommandLine::damagedFileIsRefused()
{
    QFETCH(QString, command);
    QFETCH(int, damage);
    const QString path = demoCopy(u"damaged-%1-%2.sqlite"_s.arg(command).arg(damage));
    QVERIFY(!path.isEmpty());
    QVERIFY(Testing::damageFile(path, Testing::Damage(damage)));
    const QByteArray before = Testing::fileBytes(path);
    const Run run = passerelle(commandOn(command, path));
    QCOMPARE(run.exitCode, 2); // refused, not a crash (-2)
    QVERIFY2(run.err.contains(u"endommagé"_s)
                 || run.err.contains(Testing::french(u"n'est pas une base Passerelle"_s))
                 || run.err.contains(u"ne correspond plus à sa table"_s),
             qPrintable(run.err));
    // French only: no line of SQLite's, no English sentence.
    for (const char *english : {"malformed", "disk image", "SQLITE", "database", "Page ",
                                "missing from", "wrong #", "Tree "})
        QVERIFY2(!run.err.contains(QLatin1StringView(english)), qPrintable(run.err));
    if (command != u"check")
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out)); // never a figure from a damaged base
    QVERIFY(!QFile::exists(path + u".pdf"_s));
    QCOMPARE(Testing::fileBytes(path), before);
}

void TestCommandLine::emptyFileIsRefused_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"check", "review", "contract", "convocation"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestCommandLine::emptyFileIsRefused()
{
    QFETCH(QString, command);
    const QString path = m_dir.filePath(u"empty-%1.sqlite"_s.arg(command));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QStringList arguments = commandOn(command, path);
    if (command == u"convocation")
        arguments << u"--household"_s << u"R-1"_s << u"--output"_s << path + u".pdf"_s;
    const Run run = passerelle(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"est vide"_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestCommandLine::oddSchemaVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("0 on a full base") << 0;
    QTest::newRow("-1") << -1;
    QTest::newRow("2, older") << 2;
}

void TestCommandLine::oddSchemaVersion()
{
    QFETCH(int, version);
    const QString path = demoCopy(u"version%1.sqlite"_s.arg(version));
    QVERIFY(!path.isEmpty());
    if (version == 2) {
        QVERIFY(Testing::downgradeToSchema2(path));
    } else {
        QCOMPARE(Testing::sqlite3Cli(path, u"PRAGMA user_version = %1; PRAGMA user_version"_s
                                               .arg(version)),
                 QString::number(version));
    }
    const QByteArray before = Testing::fileBytes(path);
    const Run check = passerelle(commandOn(u"check"_s, path));
    const Run review = passerelle(commandOn(u"review"_s, path));
    QCOMPARE(check.exitCode, 2);
    QCOMPARE(review.exitCode, 2);
    QVERIFY(review.out.isEmpty());
    QVERIFY2(!review.err.trimmed().isEmpty(), qPrintable(review.err));
    // The same verdict, in the same words.
    QVERIFY2(check.err.contains(review.err.trimmed()), qPrintable(check.err + review.err));
    QVERIFY2(review.err.contains(version == 2 ? u"ancienne version"_s : u"endommagée"_s),
             qPrintable(review.err));
    if (version != 2) {
        const Run contract = passerelle(commandOn(u"contract"_s, path));
        QCOMPARE(contract.exitCode, 2);
        QVERIFY2(contract.err.contains(review.err.trimmed()), qPrintable(contract.err));
    }
    QCOMPARE(Testing::fileBytes(path), before);
}

void TestCommandLine::upgradeIsAnnounced()
{
    const QString path = demoCopy(u"upgrade.sqlite"_s);
    QVERIFY(!path.isEmpty());
    QVERIFY(Testing::downgradeToSchema2(path));
    const Run import = passerelle(commandOn(u"import"_s, path));
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    QVERIFY2(import.err.contains(u"mise à niveau du schéma 2 au schéma"_s), qPrintable(import.err));
    const Run review = passerelle(commandOn(u"review"_s, path));
    QVERIFY2(review.exitCode == 0, qPrintable(review.err));
    QVERIFY2(!review.err.contains(u"mise à niveau"_s), qPrintable(review.err));
    const Run check = passerelle(commandOn(u"check"_s, path));
    QVERIFY2(check.exitCode == 0, qPrintable(check.err + check.out));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
