// Who Passerelle is (core/About) and the few system calls Qt does not offer (core/Platform).

#include "About.h"
#include "Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Passerelle;
using namespace Qt::Literals::StringLiterals;

class TestPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void identity();
    void settingsAndDataUnderTheApplicationsName();
    void versionLines();
    void userName();
    void inputThatIsNotATerminal();

private:
    QTemporaryDir m_home;
};

void TestPlatform::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Settings and data in a folder of the test's own, never the user's.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
    About::describeApplication();
}

void TestPlatform::identity()
{
    QCOMPARE(About::applicationName(), u"Passerelle"_s);
    QCOMPARE(About::version(), QStringLiteral(PASSERELLE_VERSION));
    QVERIFY(QRegularExpression(u"^\\d+\\.\\d+\\.\\d+$"_s).match(About::version()).hasMatch());
    // Reverse-DNS, lower case (AppStream's rule for a component's id).
    QVERIFY2(QRegularExpression(u"^[a-z0-9]+(\\.[a-z0-9_-]+){2,}$"_s)
                 .match(About::applicationId())
                 .hasMatch(),
             qPrintable(About::applicationId()));
    QCOMPARE(About::licence(), u"GPL-3.0-or-later"_s);
    QVERIFY(About::sourceUrl().isValid());
    QCOMPARE(About::sourceUrl().scheme(), u"https"_s);
    QCOMPARE(About::qtVersion(), QString::fromLatin1(qVersion()));
    // Asked of Qt's SQLite driver.
    QVERIFY2(QRegularExpression(u"^3\\.\\d+\\.\\d+$"_s).match(About::sqliteVersion()).hasMatch(),
             qPrintable(About::sqliteVersion()));
    QCOMPARE(QGuiApplication::desktopFileName(), About::applicationId());
}

void TestPlatform::settingsAndDataUnderTheApplicationsName()
{
    QCOMPARE(QCoreApplication::organizationName(), u"Passerelle"_s);
    QCOMPARE(QCoreApplication::applicationName(), u"Passerelle"_s);
    QCOMPARE(QCoreApplication::applicationVersion(), About::version());
    // Not « Unknown Organization », not the test's name.
    const QString settings = QDir::fromNativeSeparators(QSettings().fileName());
#ifdef Q_OS_UNIX
    QCOMPARE(settings, m_home.filePath(u"config/Passerelle/Passerelle.conf"_s));
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
             m_home.filePath(u"data/Passerelle/Passerelle"_s));
#else
    QVERIFY2(settings.contains(u"Passerelle/Passerelle"_s), qPrintable(settings));
#endif
}

void TestPlatform::versionLines()
{
    // Untranslated here: the English source strings.
    const QStringList lines = About::versionLines();
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), u"Passerelle "_s + About::version());
    QVERIFY(lines.at(1).contains(u"GPL-3.0-or-later"_s));
    QCOMPARE(lines.at(2), u"Source code: "_s + About::sourceUrl().toString());
    QCOMPARE(lines.at(3), u"Qt %1, SQLite %2"_s.arg(About::qtVersion(), About::sqliteVersion()));
}

void TestPlatform::userName()
{
#ifdef Q_OS_WIN
    const char *variable = "USERNAME";
#else
    const char *variable = "USER";
#endif
    const QByteArray saved = qgetenv(variable);
    qputenv(variable, "cfabre");
    QCOMPARE(Platform::userName(u"local"_s), u"cfabre"_s);
    qputenv(variable, "  ");
    QCOMPARE(Platform::userName(u"local"_s), u"local"_s);
    qunsetenv(variable);
    QCOMPARE(Platform::userName(u"local"_s), u"local"_s);
    QCOMPARE(Platform::userName(QString()), QString());
    qputenv(variable, saved);
}

void TestPlatform::inputThatIsNotATerminal()
{
    // A command whose input is a file or a pipe (a script, CI) never asks for a password
    // there, and leaves the echo alone.
#ifdef Q_OS_WIN
    QVERIFY(std::freopen("NUL", "r", stdin));
#else
    QVERIFY(std::freopen("/dev/null", "r", stdin));
#endif
    QVERIFY(!Platform::inputIsTerminal());
    QVERIFY(!Platform::setInputEcho(false));
    QVERIFY(!Platform::setInputEcho(true));
    // Outside Windows, nothing to attach to; it must not disturb the output.
    Platform::attachParentConsole();
    QVERIFY(std::fputs("", stdout) >= 0);
}

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
