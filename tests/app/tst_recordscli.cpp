// The commands of the rights of the people and of the journal: `retention` lists the
// households due (no names) and anonymises them with --apply; `access-export` writes
// everything held on one household (PDF, JSON); review exports, backups and restores are
// journaled.
#include "CommandRun.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::passerelle;
using Passerelle::Testing::Run;

class TestRecordsCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageNamesTheCommands();
    void retentionListsThenAnonymises();
    void accessExportJsonAndPdf();
    void accessExportRefusals();
    void exportsBackupsAndRestoresAreJournaled();

private:
    QString demoCopy(const QString &name);
    static QString sql(const QString &file, const QString &query)
    {
        return Testing::sqlite3Cli(file, query);
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestRecordsCommandLine::initTestCase()
{
    // Demo bases have accounts: the administrator (admin) runs retention, exports, backups
    // and restores; the chargée de mission (mdelmas) the review.
    qputenv("PASSERELLE_PASSWORD", "passerelle-demo");
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.sqlite"_s);
    const Run demo = passerelle({u"demo"_s, u"--database"_s, m_demo});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

QString TestRecordsCommandLine::demoCopy(const QString &name)
{
    const QString copy = m_dir.filePath(name);
    QFile::remove(copy);
    return QFile::copy(m_demo, copy) ? copy : QString();
}

void TestRecordsCommandLine::usageNamesTheCommands()
{
    const Run help = passerelle({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"passerelle retention --database"_s));
    QVERIFY(help.out.contains(u"--apply"_s));
    QVERIFY(help.out.contains(u"passerelle access-export --database"_s));
}

void TestRecordsCommandLine::retentionListsThenAnonymises()
{
    const QString base = demoCopy(u"retention.sqlite"_s);
    QVERIFY(!base.isEmpty());
    const Run list = passerelle({u"retention"_s, u"--user"_s, u"admin"_s, u"--database"_s, base});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.out.contains(u"--apply"_s), qPrintable(list.out));
    // The list names references, never people.
    const QStringList names = sql(base, u"SELECT DISTINCT last_name FROM members"_s)
                                  .split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names)
        QVERIFY2(!list.out.contains(name), qPrintable(name));
    // Listing changes nothing but the journal of the login.
    QCOMPARE(sql(base, u"SELECT group_concat(display_name, ',') FROM households"_s),
             sql(m_demo, u"SELECT group_concat(display_name, ',') FROM households"_s));
    QCOMPARE(sql(base, u"SELECT COUNT(*) FROM audit_log WHERE operation NOT IN ('login', "
                       "'login_failed')"_s),
             sql(m_demo, u"SELECT COUNT(*) FROM audit_log"_s));
    const QString firstDue = list.out.section(u'\n', 2, 2).trimmed().section(u' ', 0, 0);
    QVERIFY2(!firstDue.isEmpty(), qPrintable(list.out));
    QCOMPARE(sql(base, u"SELECT COUNT(*) FROM households WHERE reference = '%1'"_s.arg(firstDue)),
             u"1"_s);
    const int due = list.out.count(u'\n') - 3;
    QVERIFY2(due > 0, qPrintable(list.out));

    const Run apply = passerelle({u"retention"_s, u"--user"_s, u"admin"_s, u"--database"_s, base, u"--apply"_s});
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.err));
    QVERIFY2(apply.out.contains(u"anonymisé"_s), qPrintable(apply.out));
    QCOMPARE(sql(base, u"SELECT COUNT(*) FROM households WHERE anonymised_at IS NOT NULL"_s),
             QString::number(due));
    QCOMPARE(sql(base, u"SELECT m.last_name FROM members m JOIN households h ON h.id = "
                       "m.household_id WHERE h.reference = '%1' LIMIT 1"_s.arg(firstDue)),
             u"Anonymisé"_s);
    QCOMPARE(sql(base, u"SELECT COUNT(*) FROM audit_log WHERE operation = 'retention'"_s),
             QString::number(due));
    const Run check = passerelle({u"check"_s, u"--user"_s, u"admin"_s, u"--database"_s, base});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    const Run again = passerelle({u"retention"_s, u"--user"_s, u"admin"_s, u"--database"_s, base});
    QVERIFY2(again.out.contains(u"Aucun ménage"_s), qPrintable(again.out));
}

void TestRecordsCommandLine::accessExportJsonAndPdf()
{
    const QString base = demoCopy(u"access.sqlite"_s);
    const QString reference = sql(base, u"SELECT h.reference FROM households h JOIN contacts c "
                                        "ON c.household_id = h.id ORDER BY h.id LIMIT 1"_s);
    const QString name = sql(base, u"SELECT m.last_name FROM members m JOIN households h ON "
                                   "h.id = m.household_id WHERE h.reference = '%1' LIMIT 1"_s
                                       .arg(reference));
    const QString other = sql(base, u"SELECT reference FROM households WHERE reference <> "
                                    "'%1' ORDER BY id DESC LIMIT 1"_s
                                        .arg(reference));
    const QString json = m_dir.filePath(u"dossier.json"_s);
    const Run j = passerelle({u"access-export"_s, u"--user"_s, u"admin"_s, u"--database"_s, base, u"--household"_s,
                              reference, u"--output"_s, json});
    QVERIFY2(j.exitCode == 0, qPrintable(j.err));
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(o[u"household"_s][u"reference"_s].toString(), reference);
    QCOMPARE(o[u"household"_s][u"members"_s][0][u"last_name"_s].toString(), name);
    QVERIFY(!o[u"contacts"_s].toArray().isEmpty());
    QVERIFY(!o[u"journal"_s].toArray().isEmpty());
    QVERIFY(!bytes.contains(other.toUtf8()));
    QCOMPARE(sql(base, u"SELECT COUNT(*) FROM audit_log WHERE operation = 'export' AND entity "
                       "= 'access_record'"_s),
             u"1"_s);

    const QString pdf = m_dir.filePath(u"dossier.pdf"_s);
    const Run p = passerelle({u"access-export"_s, u"--user"_s, u"admin"_s, u"--database"_s, base, u"--household"_s,
                              reference, u"--output"_s, pdf});
    QVERIFY2(p.exitCode == 0, qPrintable(p.err));
    QFile pf(pdf);
    QVERIFY(pf.open(QIODevice::ReadOnly));
    QVERIFY(pf.read(4) == "%PDF");
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is missing (poppler-utils, installed by tools/install-deps.sh)");
    QProcess text;
    text.start(pdftotext, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(content.contains(reference), qPrintable(content.left(500)));
    QVERIFY2(content.contains(name), qPrintable(content.left(500)));
    QVERIFY2(content.contains(u"Journal du dossier"_s), qPrintable(content.left(2000)));
    QVERIFY(!content.contains(other));
    QCOMPARE(sql(base, u"SELECT COUNT(*) FROM audit_log WHERE operation = 'export' AND entity "
                       "= 'access_record'"_s),
             u"2"_s);
}

void TestRecordsCommandLine::accessExportRefusals()
{
    const QString base = demoCopy(u"refusals.sqlite"_s);
    const Run suffix = passerelle({u"access-export"_s, u"--user"_s, u"admin"_s, u"--database"_s, base, u"--household"_s,
                                   u"X"_s, u"--output"_s, m_dir.filePath(u"x.txt"_s)});
    QCOMPARE(suffix.exitCode, 1);
    QVERIFY2(suffix.err.contains(u".pdf"_s), qPrintable(suffix.err));
    const Run unknown = passerelle({u"access-export"_s, u"--user"_s, u"admin"_s, u"--database"_s, base, u"--household"_s,
                                    u"NOPE-404"_s, u"--output"_s, m_dir.filePath(u"x.json"_s)});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.json"_s)));
    const Run missing = passerelle({u"access-export"_s, u"--user"_s, u"admin"_s, u"--database"_s, base});
    QCOMPARE(missing.exitCode, 1);
}

void TestRecordsCommandLine::exportsBackupsAndRestoresAreJournaled()
{
    const QString base = demoCopy(u"journaled.sqlite"_s);
    const Run review = passerelle({u"review"_s, u"--user"_s, u"mdelmas"_s, u"--database"_s, base, u"--from"_s,
                                   u"2016-01-01"_s, u"--to"_s, u"2016-12-31"_s, u"--format"_s,
                                   u"csv"_s, u"--output"_s, m_dir.filePath(u"bilan.csv"_s)});
    QVERIFY2(review.exitCode == 0, qPrintable(review.err));
    QCOMPARE(sql(base, u"SELECT summary FROM audit_log WHERE operation = 'export' AND entity = "
                       "'review'"_s),
             u"csv; start_date: 2016-01-01; end_date: 2016-12-31"_s);
    const QString backup = m_dir.filePath(u"sauvegarde.sqlite"_s);
    const Run saved = passerelle({u"backup"_s, u"--user"_s, u"admin"_s, u"--database"_s, base, u"--output"_s, backup});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    QCOMPARE(sql(base, u"SELECT COUNT(*) FROM audit_log WHERE operation = 'backup'"_s), u"1"_s);
    const Run restored = passerelle({u"restore"_s, u"--user"_s, u"admin"_s, u"--from"_s, backup, u"--database"_s, base});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QCOMPARE(sql(base, u"SELECT COUNT(*) FROM audit_log WHERE operation = 'restore'"_s), u"1"_s);
    const Run check = passerelle({u"check"_s, u"--user"_s, u"admin"_s, u"--database"_s, base});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

QTEST_GUILESS_MAIN(TestRecordsCommandLine)
#include "tst_recordscli.moc"
