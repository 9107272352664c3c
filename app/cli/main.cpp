#include "cli.h"
#include "i18n.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    relink::g_interruptRequested = 1;
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &c, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relink-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Relink"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELINK_VERSION));

    relink::i18n::install(&app); // follows the system locale (LANG, LC_ALL, LC_MESSAGES)
    relink::Cli cli;
    // SIGINT/SIGTERM cancel the running request and the tool exits non-zero.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &cli, [&cli] {
            char c = 0;
            [[maybe_unused]] const auto n = ::read(g_signalFds[1], &c, 1);
            cli.interrupt();
        });
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, nullptr);
        sigaction(SIGTERM, &sa, nullptr);
    }
    return cli.run(QCoreApplication::arguments());
}
