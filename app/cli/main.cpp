#include "cli.h"
#include "i18n.h"
#include "terminal.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relink-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Relink"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELINK_VERSION));

    relink::i18n::install(&app); // follows the system locale (LANG, LC_ALL, LC_MESSAGES)
    relink::Cli cli;
    // Ctrl+C and SIGTERM cancel the running request and the tool exits 130.
    relink::terminal::installInterruptHandler(&cli, [&cli] { cli.interrupt(); });
    const int code = cli.run(QCoreApplication::arguments());
    relink::terminal::uninstallInterruptHandler();
    return code;
}
