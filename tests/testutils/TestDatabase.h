#pragma once

#include "security/Scope.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace Passerelle::Testing {

/// A fresh, migrated database in a temporary folder, removed with the object.
class TestDatabase
{
public:
    TestDatabase();

    bool isValid() const { return m_db != nullptr; }
    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /// Closes the connection (the file stays until the object is destroyed).
    void close() { m_db.reset(); }
    /// Reopens the file.
    bool reopen();

    /// A scope over every agency, as the head office sees it.
    static Scope all() { return Scope::everything(QStringLiteral("test")); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

/// Loads the French translation (the users' language) into the application, once.
void installFrenchTranslation();

/// `text` with French typography: a no-break space inside « » and before : ; ? ! — as the
/// French translation writes them. Lets tests spell expected messages with plain spaces.
QString french(QString text);

/// The bytes of a file, for "left unchanged" checks.
QByteArray fileBytes(const QString &path);

} // namespace Passerelle::Testing
