#include "terminal.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <map>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

namespace relink::terminal {

namespace {
volatile std::sig_atomic_t g_interrupted = 0;
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    g_interrupted = 1;
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &c, 1);
}
} // namespace

void installInterruptHandler(QObject *context, std::function<void()> onInterrupt)
{
    // The handler only writes a byte; the event loop hears it through the socket pair.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context,
                     [onInterrupt = std::move(onInterrupt)] {
                         char c = 0;
                         [[maybe_unused]] const auto n = ::read(g_signalFds[1], &c, 1);
                         onInterrupt();
                     });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask); // no SA_RESTART: a blocking read of a token returns at once
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

bool interruptRequested()
{
    return g_interrupted != 0;
}

std::FILE *openTerminal()
{
    return std::fopen("/dev/tty", "r"); // fails (ENXIO) without a controlling terminal
}

void closeTerminal(std::FILE *terminal)
{
    if (terminal)
        std::fclose(terminal);
}

bool isTerminal(std::FILE *stream)
{
    return stream && ::isatty(::fileno(stream)) == 1;
}

ReadResult readLine(std::FILE *stream, QString *line, int timeoutMs)
{
    // What was read past the last line, per descriptor (a pipe may deliver several at once).
    static std::map<int, std::string> pending;
    const int fd = ::fileno(stream);
    std::string &buffer = pending[fd];
    QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    for (;;) {
        if (const auto end = buffer.find('\n'); end != std::string::npos) {
            std::string text = buffer.substr(0, end);
            buffer.erase(0, end + 1);
            if (!text.empty() && text.back() == '\r')
                text.pop_back();
            *line = QString::fromLocal8Bit(text);
            return ReadResult::Line;
        }
        if (g_interrupted)
            return ReadResult::Interrupted;
        pollfd fds[2] = {{fd, POLLIN, 0}, {g_signalFds[1], POLLIN, 0}};
        const qint64 left = deadline.remainingTime(); // -1: forever
        const int ready = ::poll(fds, g_signalFds[1] >= 0 ? 2 : 1,
                                 left < 0 ? -1 : static_cast<int>(qMin<qint64>(left, 1 << 30)));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0)
            return ReadResult::TimedOut;
        if (ready < 0 || (fds[1].revents & POLLIN))
            return g_interrupted ? ReadResult::Interrupted : ReadResult::EndOfInput;
        char chunk[4096];
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) { // end of input: a last line without its end of line still counts
            if (buffer.empty())
                return ReadResult::EndOfInput;
            *line = QString::fromLocal8Bit(buffer);
            buffer.clear();
            return ReadResult::Line;
        }
        buffer.append(chunk, static_cast<size_t>(n));
        if (buffer.size() > 64 * 1024) { // no token is that long
            buffer.clear();
            return ReadResult::EndOfInput;
        }
    }
}

void uninstallInterruptHandler() {}

} // namespace relink::terminal
