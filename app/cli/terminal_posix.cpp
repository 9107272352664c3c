#include "terminal.h"

#include <QObject>
#include <QSocketNotifier>

#include <csignal>
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

std::optional<QString> readLine(std::FILE *stream)
{
    std::string line;
    char buffer[512];
    for (;;) {
        if (!std::fgets(buffer, sizeof buffer, stream)) {
            if (line.empty() || g_interrupted)
                return std::nullopt;
            break; // the last line had no end of line
        }
        line += buffer;
        if (!line.empty() && line.back() == '\n')
            break;
        if (line.size() > 64 * 1024) // no token is that long: stop reading
            break;
    }
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.pop_back();
    return QString::fromLocal8Bit(line);
}

} // namespace relink::terminal
