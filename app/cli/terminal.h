#pragma once

#include <QString>

#include <cstdio>
#include <functional>

class QObject;

// What relink-cli needs from the operating system, behind one seam: POSIX in terminal_posix.cpp,
// Windows in terminal_windows.cpp.
namespace relink::terminal {

// Ctrl+C / SIGTERM (Ctrl+C, Ctrl+Break, console close on Windows) calls onInterrupt on the
// thread of `context`'s event loop. interruptRequested() is true from the signal on.
void installInterruptHandler(QObject *context, std::function<void()> onInterrupt);
bool interruptRequested();

// The controlling terminal, for a prompt when standard input carries data (--fields -);
// nullptr when there is none (a pipeline, cron, CI). Closed with closeTerminal().
std::FILE *openTerminal();
void closeTerminal(std::FILE *terminal);

bool isTerminal(std::FILE *stream);

enum class ReadResult { Line, EndOfInput, Interrupted, TimedOut };
// One line from stream into *line, without its end of line, waiting at most timeoutMs (-1: no
// limit); Ctrl+C or SIGTERM ends the wait at once (POSIX: poll() on the input and the signal;
// Windows: the read returns when the console is interrupted, and the timeout is not kept).
// The stream is read below stdio's buffer: read it only through this function.
ReadResult readLine(std::FILE *stream, QString *line, int timeoutMs = -1);

// Ends the interrupt handling (Windows: its handler; POSIX: nothing to undo).
void uninstallInterruptHandler();

} // namespace relink::terminal
