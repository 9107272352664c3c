#include "terminal.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <atomic>
#include <io.h>
#include <string>
#include <windows.h>

namespace relink::terminal {

namespace {
std::atomic<bool> g_interrupted{false};
QPointer<QObject> g_context;
std::function<void()> g_onInterrupt;

BOOL WINAPI onConsoleEvent(DWORD)
{
    g_interrupted = true;
    // Runs on a thread of its own: hand the work to the event loop's thread.
    if (g_context)
        QMetaObject::invokeMethod(
            g_context.data(), [] { g_onInterrupt(); }, Qt::QueuedConnection);
    return TRUE;
}
} // namespace

void installInterruptHandler(QObject *context, std::function<void()> onInterrupt)
{
    g_context = context;
    g_onInterrupt = std::move(onInterrupt);
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

bool interruptRequested()
{
    return g_interrupted;
}

std::FILE *openTerminal()
{
    return std::fopen("CONIN$", "r");
}

void closeTerminal(std::FILE *terminal)
{
    if (terminal)
        std::fclose(terminal);
}

bool isTerminal(std::FILE *stream)
{
    return stream && _isatty(_fileno(stream)) != 0;
}

std::optional<QString> readLine(std::FILE *stream)
{
    std::string line;
    char buffer[512];
    for (;;) {
        if (!std::fgets(buffer, sizeof buffer, stream)) {
            if (line.empty() || g_interrupted)
                return std::nullopt;
            break;
        }
        line += buffer;
        if (!line.empty() && line.back() == '\n')
            break;
        if (line.size() > 64 * 1024)
            break;
    }
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.pop_back();
    return QString::fromLocal8Bit(line);
}

} // namespace relink::terminal
