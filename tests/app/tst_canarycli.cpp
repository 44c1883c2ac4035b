// The canary test of the command line: a household of another agency, supported by another
// association, carries unique tokens in its name and free text; no command run by a CESF of
// agency A or by the partner referent of UCRM ever prints or writes a token. A head-office
// account does see the household (the control that shows the test can fail).

#include "CommandRun.h"
#include "Clock.h"
#include "TestDatabase.h"
#include "XlsxContent.h"

#include "storage/Database.h"
#include "storage/DirectoryRepositories.h"
#include "io/SafeFiles.h"
#include "storage/HouseholdFileRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Passerelle;
using namespace Passerelle::Testing;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Every XML part of the workbook at `path`, end to end (empty when it cannot be read).
QByteArray xlsxText(const QString &path)
{
    auto bytes = SafeFiles::readRegularFile(path, qint64(64) << 20);
    if (!bytes)
        return {};
    const XlsxContent content = XlsxContent::read(*bytes);
    QByteArray text;
    for (const QString &member : content.members)
        text += content.parts.value(member);
    return text;
}

} // namespace

class TestCanaryCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noCommandLeaksTheCanary_data();
    void noCommandLeaksTheCanary();
    void headOfficeSeesIt();
    void commandsNeedAnAccount();

private:
    Run as(const QString &login, QStringList arguments);
    QString output(const QString &name) const { return QDir(m_dir.path()).filePath(name); }

    QTemporaryDir m_dir;
    QString m_base;
    QString m_reference;
    QString m_otherAgencyCode;
    QString m_committeeDate;
};

Run TestCanaryCli::as(const QString &login, QStringList arguments)
{
    arguments << u"--database"_s << m_base << u"--user"_s << login;
    return passerelle(arguments);
}

void TestCanaryCli::initTestCase()
{
    qputenv("PASSERELLE_PASSWORD", "passerelle-demo");
    m_base = output(u"demo.sqlite"_s);
    const Run demo = passerelle({u"demo"_s, u"--database"_s, m_base});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));

    // The canary, planted by the head office directly in the base.
    auto db = Database::open(m_base);
    QVERIFY(db);
    const Scope all = Scope::everything(u"test"_s);
    auto users = UserRepository(**db).list();
    QVERIFY(users);
    Id cesfAgency = 0;
    Id ucrm = 0;
    for (const User &u : std::as_const(*users)) {
        if (u.login == u"cfabre")
            cesfAgency = u.agencyId;
        if (u.login == u"khaddad")
            ucrm = u.partnerId;
    }
    QVERIFY2(cesfAgency > 0 && ucrm > 0, "the demo has cfabre (CESF) and khaddad (UCRM)");
    auto rows = HouseholdRepository(**db).list(all, {});
    QVERIFY(rows);
    Id chosen = 0;
    Id chosenAgency = 0;
    for (const HouseholdRow &r : std::as_const(*rows)) {
        if (r.agencyId == cesfAgency)
            continue;
        auto file = HouseholdFileRepository(**db).load(all, r.id, HouseholdRepository::Trace::Silent);
        QVERIFY(file);
        const bool ucrmSupports = std::any_of(file->supports.cbegin(), file->supports.cend(),
                                              [ucrm](const Support &s) { return s.partnerId == ucrm; });
        if (!ucrmSupports && !file->contracts.isEmpty() && !file->meetings.isEmpty()) {
            chosen = r.id;
            chosenAgency = r.agencyId;
            break;
        }
    }
    QVERIFY(chosen > 0);
    auto file = HouseholdFileRepository(**db).load(all, chosen, HouseholdRepository::Trace::Silent);
    QVERIFY(file);
    HouseholdFile edited = *file;
    edited.household.members[0].lastName = u"KNRYNAME"_s;
    edited.household.notes = u"KNRYNOTE"_s;
    edited.household.internalNotes = u"KNRYINTERNAL"_s;
    auto saved = HouseholdFileRepository(**db).save(all, *file, edited);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));
    m_reference = saved->household.reference;
    auto agency = AgencyRepository(**db).get(chosenAgency);
    QVERIFY(agency);
    m_otherAgencyCode = agency->code;
    auto committee = (*db)->scalar(u"SELECT date FROM committees WHERE agency_id = ? ORDER BY "
                                   "date DESC LIMIT 1"_s,
                                   {chosenAgency});
    QVERIFY(committee && !committee->isNull());
    m_committeeDate = committee->toString();
}

void TestCanaryCli::noCommandLeaksTheCanary_data()
{
    QTest::addColumn<QString>("login");
    QTest::newRow("CESF of another agency") << u"cfabre"_s;
    QTest::newRow("referent of another association") << u"khaddad"_s;
}

void TestCanaryCli::noCommandLeaksTheCanary()
{
    QFETCH(QString, login);
    const auto clean = [](const Run &run) {
        return !run.out.contains(u"KNRY"_s) && !run.err.contains(u"KNRY"_s);
    };
    const auto fileClean = [](const QString &path) {
        QFile f(path);
        return !f.exists() || (f.open(QIODevice::ReadOnly) && !f.readAll().contains("KNRY"));
    };
    // The list, the search, both formats.
    for (const QString &format : {u"csv"_s, u"json"_s}) {
        const Run list = as(login, {u"households"_s, u"--format"_s, format, u"--output"_s, u"-"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY(clean(list));
        QVERIFY(!list.out.contains(m_reference));
        const Run search = as(login, {u"households"_s, u"--search"_s, u"knry"_s, u"--format"_s,
                                      format, u"--output"_s, u"-"_s});
        QVERIFY2(search.exitCode == 0, qPrintable(search.err));
        QVERIFY(clean(search));
    }
    // The workbook, read once unzipped.
    const QString workbook = output(login + u"-households.xlsx"_s);
    const Run xlsx = as(login, {u"households"_s, u"--format"_s, u"xlsx"_s, u"--output"_s,
                                workbook});
    QVERIFY2(xlsx.exitCode == 0, qPrintable(xlsx.err));
    QVERIFY(clean(xlsx));
    const QByteArray text = xlsxText(workbook);
    QVERIFY(text.contains("<sheetData>"));
    QVERIFY(!text.contains("KNRY"));
    QVERIFY(!text.contains(m_reference.toUtf8()));
    // The review: computed on her scope, or refused; never the canary.
    const QString year = QString::number(Passerelle::Clock::today().year());
    for (const QString &format : {u"csv"_s, u"json"_s}) {
        const Run review = as(login, {u"review"_s, u"--from"_s, year + u"-01-01"_s, u"--to"_s,
                                      year + u"-12-31"_s, u"--agency"_s, m_otherAgencyCode,
                                      u"--format"_s, format, u"--output"_s, u"-"_s});
        QVERIFY(review.exitCode == 0 || review.exitCode == 2);
        QVERIFY(clean(review));
    }
    // Printed documents of the canary, or of its agency's committee: refused, exit 2.
    const Run contract = as(login, {u"contract"_s, u"--household"_s, m_reference, u"--output"_s,
                                    output(login + u"-contract.pdf"_s)});
    QCOMPARE(contract.exitCode, 2);
    QVERIFY(clean(contract));
    QVERIFY(!QFile::exists(output(login + u"-contract.pdf"_s)));
    const Run convocation = as(login, {u"convocation"_s, u"--household"_s, m_reference,
                                       u"--output"_s, output(login + u"-convocation.pdf"_s)});
    QCOMPARE(convocation.exitCode, 2);
    QVERIFY(clean(convocation));
    const Run agenda = as(login, {u"agenda"_s, u"--committee"_s, m_committeeDate, u"--agency"_s,
                                  m_otherAgencyCode, u"--output"_s, output(login + u"-agenda.pdf"_s)});
    QCOMPARE(agenda.exitCode, 2);
    QVERIFY(clean(agenda));
    QVERIFY(fileClean(output(login + u"-agenda.pdf"_s)));
    // check prints counts, never content.
    const Run check = as(login, {u"check"_s});
    QVERIFY(clean(check));
    // Backups are the administrator's.
    const Run backup = as(login, {u"backup"_s, u"--output"_s, output(login + u"-backup.sqlite"_s)});
    QCOMPARE(backup.exitCode, 2);
    QVERIFY(!QFile::exists(output(login + u"-backup.sqlite"_s)));
}

void TestCanaryCli::headOfficeSeesIt()
{
    const Run list = as(u"nroux"_s, {u"households"_s, u"--search"_s, u"knry"_s, u"--format"_s,
                                     u"csv"_s, u"--output"_s, u"-"_s});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY(list.out.contains(u"KNRYNAME"_s));
    QVERIFY(list.out.contains(m_reference));
    // The same in a workbook: what the others' checks look for is there to be found.
    const QString workbook = output(u"nroux-households.xlsx"_s);
    const Run xlsx = as(u"nroux"_s, {u"households"_s, u"--search"_s, u"knry"_s, u"--format"_s,
                                     u"xlsx"_s, u"--output"_s, workbook});
    QVERIFY2(xlsx.exitCode == 0, qPrintable(xlsx.err));
    const QByteArray text = xlsxText(workbook);
    QVERIFY(text.contains("KNRYNAME"));
    QVERIFY(text.contains(m_reference.toUtf8()));
}

void TestCanaryCli::commandsNeedAnAccount()
{
    // A base with accounts: no command without --user, and a wrong password is refused.
    const Run anonymous = passerelle({u"households"_s, u"--database"_s, m_base, u"--format"_s,
                                      u"csv"_s, u"--output"_s, u"-"_s});
    QCOMPARE(anonymous.exitCode, 1);
    QVERIFY(!anonymous.out.contains(u"KNRY"_s));
    qputenv("PASSERELLE_PASSWORD", "not-the-password");
    const Run wrong = as(u"nroux"_s, {u"households"_s, u"--format"_s, u"csv"_s, u"--output"_s, u"-"_s});
    qputenv("PASSERELLE_PASSWORD", "passerelle-demo");
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCanaryCli)
#include "tst_canarycli.moc"
