#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Passerelle {

/// The command line of `passerelle`: which face (GUI or a headless command) and the options.
/// Exit status: 0 success, 1 bad usage, 2 bad data or refused access.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, BadUsage = 1, Refused = 2 };

    /// The command word of `arguments` (arguments()[0] is the program), or empty for the GUI.
    static QString commandOf(const QStringList &arguments);
    /// The value of `--lang` in `arguments`, "fr" by default.
    static QString languageOf(const QStringList &arguments);
    /// True when the command of `arguments` needs a GUI-capable application (fonts, painting)
    /// but no display: the printed documents, and the review as a PDF.
    static bool needsGuiApplication(const QStringList &arguments);

    /// Runs a headless command; the application object already exists.
    static int run(const QStringList &arguments);

    /// The database to open when none is given: in the user's data folder.
    static QString defaultDatabasePath();
};

} // namespace Passerelle
