// The Belvo simulator as a standalone server, for training sessions and benchmarks:
//   relink-simulator [PORT]   → prints "http://127.0.0.1:PORT" and serves until stopped.
#include "belvosimulator.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    relink::BelvoSimulator simulator;
    // relink-simulator [PORT] [PADDING_KIB]: PADDING_KIB pads every link answer (benchmarks).
    const quint16 port = static_cast<quint16>(app.arguments().value(1).toUInt());
    simulator.setLinkPadding(app.arguments().value(2).toInt() * 1024);
    if (!simulator.listen(port)) {
        std::fprintf(stderr, "relink-simulator: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::printf("%s\n", qPrintable(simulator.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
