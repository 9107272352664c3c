#include "terminal.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <atomic>
#include <io.h>
#include <string>
#include <windows.h>

namespace relink::terminal {

namespace {
std::atomic<bool> g_interrupted{false};
std::atomic<QObject *> g_context{nullptr}; // cleared before the object goes
std::function<void()> g_onInterrupt;

BOOL WINAPI onConsoleEvent(DWORD event)
{
    g_interrupted = true;
    // Runs on a thread of its own: hand the work to the event loop's thread.
    if (QObject *context = g_context.load())
        QMetaObject::invokeMethod(
            context, [] { g_onInterrupt(); }, Qt::QueuedConnection);
    // Closing the console, logging off, shutting down: Windows ends the process when this
    // returns, so give the queued cancel a moment to run first.
    if (event == CTRL_CLOSE_EVENT || event == CTRL_LOGOFF_EVENT || event == CTRL_SHUTDOWN_EVENT)
        Sleep(500);
    return TRUE;
}
} // namespace

void installInterruptHandler(QObject *context, std::function<void()> onInterrupt)
{
    g_onInterrupt = std::move(onInterrupt);
    g_context = context;
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

void uninstallInterruptHandler()
{
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_context = nullptr;
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

ReadResult readLine(std::FILE *stream, QString *line, int)
{
    std::string text;
    char buffer[512];
    for (;;) {
        if (!std::fgets(buffer, sizeof buffer, stream)) {
            // Ctrl+C ends a console read before the handler's thread has set the flag.
            if (isTerminal(stream))
                Sleep(100);
            std::clearerr(stream);
            if (g_interrupted)
                return ReadResult::Interrupted;
            if (text.empty())
                return ReadResult::EndOfInput;
            break; // the last line had no end of line
        }
        text += buffer;
        if (!text.empty() && text.back() == '\n')
            break;
        if (text.size() > 64 * 1024)
            return ReadResult::EndOfInput;
    }
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.pop_back();
    // The console's input code page, else the system's.
    *line = isTerminal(stream) && GetConsoleCP() == CP_UTF8 ? QString::fromUtf8(text)
                                                            : QString::fromLocal8Bit(text);
    return ReadResult::Line;
}

} // namespace relink::terminal
