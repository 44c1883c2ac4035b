#include "TestDatabase.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

namespace Passerelle::Testing {

TestDatabase::TestDatabase()
{
    m_path = m_dir.filePath(QStringLiteral("test.passerelle"));
    reopen();
}

bool TestDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(m_path);
    if (!opened) {
        qWarning("cannot open test database: %s", qPrintable(opened.error().fullText()));
        return false;
    }
    m_db = std::move(opened).value();
    return true;
}

QString french(QString text)
{
    const QChar nbsp(0x00A0);
    text.replace(QStringLiteral("« "), QStringLiteral("«") + nbsp);
    text.replace(QStringLiteral(" »"), nbsp + QStringLiteral("»"));
    for (const char *mark : {" :", " ;", " ?", " !"})
        text.replace(QString::fromLatin1(mark), nbsp + QString::fromLatin1(mark + 1));
    return text;
}

void installFrenchTranslation()
{
    static bool done = false;
    if (!done)
        done = Translations::install(QStringLiteral("fr"));
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace Passerelle::Testing
