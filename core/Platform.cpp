#include "Platform.h"

#include <QtGlobal>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Passerelle::Platform {

QString userName(const QString &fallback)
{
#ifdef Q_OS_WIN
    const char *variable = "USERNAME";
#else
    const char *variable = "USER";
#endif
    const QString name = qEnvironmentVariable(variable).trimmed();
    return name.isEmpty() ? fallback : name;
}

bool inputIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

bool setInputEcho(bool on)
{
    if (!inputIsTerminal())
        return false;
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == INVALID_HANDLE_VALUE || !GetConsoleMode(input, &mode))
        return false;
    mode = on ? (mode | ENABLE_ECHO_INPUT) : (mode & ~DWORD(ENABLE_ECHO_INPUT));
    return SetConsoleMode(input, mode) != 0;
#else
    termios mode{};
    if (tcgetattr(STDIN_FILENO, &mode) != 0)
        return false;
    if (on)
        mode.c_lflag |= tcflag_t(ECHO);
    else
        mode.c_lflag &= ~tcflag_t(ECHO);
    return tcsetattr(STDIN_FILENO, TCSANOW, &mode) == 0;
#endif
}

void attachParentConsole()
{
#ifdef Q_OS_WIN
    // Started from a console (cmd, PowerShell): write there. Started from the menu: no
    // console, and nothing to do.
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::FILE *stream = nullptr;
        if (_fileno(stdout) < 0)
            freopen_s(&stream, "CONOUT$", "w", stdout);
        if (_fileno(stderr) < 0)
            freopen_s(&stream, "CONOUT$", "w", stderr);
        if (_fileno(stdin) < 0)
            freopen_s(&stream, "CONIN$", "r", stdin);
    }
#endif
}

} // namespace Passerelle::Platform
