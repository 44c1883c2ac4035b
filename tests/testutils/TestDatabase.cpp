#include "TestDatabase.h"

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

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace Passerelle::Testing
