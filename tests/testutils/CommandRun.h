#pragma once

// Runs the `passerelle` executable as a user would (for the command-line test executables,
// which define PASSERELLE_EXECUTABLE).

#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Passerelle::Testing {

struct Run
{
    int exitCode = -1; ///< -2 when the program crashed, -1 when it did not finish in time
    QString out;
    QString err;
};

/// Runs `passerelle arguments`; `environment` adds variables to the test's own (a null value
/// removes one), e.g. PASSERELLE_PASSWORD for a base with accounts.
inline Run passerelle(const QStringList &arguments,
                      const QHash<QString, QString> &environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isNull())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PASSERELLE_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace Passerelle::Testing
