// The Belvo simulator as a standalone server, for training sessions and benchmarks:
//   relink-simulator [--links N] [--delay-ms MS] [--down BANK]… [--up BANK]… [PORT [PADDING_KIB]]
// prints "http://127.0.0.1:PORT" and serves until stopped. PADDING_KIB pads every link answer
// (benchmarks of big answers); --links N adds N links needing attention to the account (half
// invalid, half token_required), for benchmarks of long lists; --down and --up set a bank's
// status by its code (erebor_br_retail is down unless --up says otherwise).
#include "belvosimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <string_view>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The Belvo simulator on 127.0.0.1."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("links"),
                      QStringLiteral("Add N links needing attention (half invalid, half "
                                     "token_required)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("delay-ms"),
                      QStringLiteral("Answer every request after MS milliseconds, as a distant "
                                     "server would."),
                      QStringLiteral("MS")});
    parser.addOption({QStringLiteral("down"),
                      QStringLiteral("Report the bank INSTITUTION (its code) down: its links' "
                                     "updates fail with institution_down. Repeatable."),
                      QStringLiteral("INSTITUTION")});
    parser.addOption({QStringLiteral("up"),
                      QStringLiteral("Report the bank INSTITUTION healthy (erebor_br_retail is "
                                     "down by default). Repeatable."),
                      QStringLiteral("INSTITUTION")});
    parser.addPositionalArgument(QStringLiteral("port"), QStringLiteral("0: any free port."),
                                 QStringLiteral("[PORT"));
    parser.addPositionalArgument(QStringLiteral("padding"),
                                 QStringLiteral("Pad every link answer with this many KiB."),
                                 QStringLiteral("[PADDING_KIB]]"));
    parser.process(app);
    bool ok = true;
    const int links = parser.isSet(QStringLiteral("links"))
                          ? parser.value(QStringLiteral("links")).toInt(&ok)
                          : 0;
    if (!ok || links < 0 || links > 1'000'000) {
        std::fprintf(stderr, "relink-simulator: --links takes a number from 0 to 1000000\n");
        return 2;
    }
    const int delayMs = parser.value(QStringLiteral("delay-ms")).toInt(&ok);
    if (parser.isSet(QStringLiteral("delay-ms")) && (!ok || delayMs < 0 || delayMs > 60'000)) {
        std::fprintf(stderr, "relink-simulator: --delay-ms takes a number from 0 to 60000\n");
        return 2;
    }
    relink::BelvoSimulator simulator;
    simulator.setResponseDelayMs(delayMs);
    for (const char *option : {"up", "down"}) {
        for (const QString &bank : parser.values(QLatin1StringView(option))) {
            if (!simulator.setInstitutionStatus(bank, option == std::string_view("up")
                                                          ? QStringLiteral("healthy")
                                                          : QStringLiteral("down"))) {
                std::fprintf(stderr,
                             "relink-simulator: no bank %s (erebor_mx_retail, "
                             "erebor_co_retail, erebor_br_retail, heimdall_mx_retail, "
                             "gotham_mx_business)\n",
                             qPrintable(bank));
                return 2;
            }
        }
    }
    const quint16 port = static_cast<quint16>(parser.positionalArguments().value(0).toUInt());
    simulator.setLinkPadding(parser.positionalArguments().value(1).toInt() * 1024);
    simulator.addLinks(links / 2, QStringLiteral("invalid"));
    simulator.addLinks(links - links / 2, QStringLiteral("token_required"));
    if (!simulator.listen(port)) {
        std::fprintf(stderr, "relink-simulator: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::printf("%s\n", qPrintable(simulator.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
