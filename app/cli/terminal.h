#pragma once

#include <QString>

#include <cstdio>
#include <functional>
#include <optional>

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

// One line without its end of line; std::nullopt at end of input or when interrupted.
std::optional<QString> readLine(std::FILE *stream);

} // namespace relink::terminal
