#include "mainwindow.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>

namespace {

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Relink: update a Belvo link's credentials, through the bank's MFA challenge. "
                "Without saved API keys it starts in demo mode."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate("main", "Use the built-in Belvo simulator.")});
}

void setNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("relink"));
    QCoreApplication::setOrganizationName(QStringLiteral("Relink"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELINK_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version must work without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v") {
            QCoreApplication core(argc, argv);
            setNames();
            QCommandLineParser parser;
            describe(parser);
            parser.process(core); // prints and exits
            return 0;
        }
    }

    QApplication app(argc, argv);
    setNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Relink"));
    QGuiApplication::setDesktopFileName(QStringLiteral("relink"));
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    relink::Workspace workspace;
    relink::MainWindow window(&workspace);
    if (parser.isSet(QStringLiteral("demo"))) {
        workspace.startDemo();
    } else {
        workspace.loadKeys(workspace.keyEntry(), [&workspace](const relink::KeychainOutcome &out) {
            if (out.status != relink::KeychainOutcome::Status::Ok)
                workspace.startDemo(); // no keys yet: show the whole flow on the simulator
        });
    }
    window.show();
    return QApplication::exec();
}
