#include "firstpaint.h"
#include "historyservice.h"
#include "i18n.h"
#include "launchhandler.h"
#include "mainwindow.h"
#include "processinfo.h"
#include "settings.h"
#include "singleinstance.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

// How long a second `relink` waits for the running one to take its argument.
constexpr int kHandOverMs = 5000;

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Relink: update a Belvo link's credentials, through the bank's MFA challenge. "
                "Without saved API keys it starts in demo mode."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate("main", "Use the built-in Belvo simulator.")});
    parser.addOption({QStringLiteral("check-start"),
                      QCoreApplication::translate(
                          "main", "Start, paint the main window once and exit (packaging checks, "
                                  "start-up benchmarks). Never handed to a running "
                                  "Relink.")});
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QCoreApplication::translate(
            "main", "The link to fill in and check: its id, a dashboard or API URL that "
                    "contains it, or a relink://link/LINK_ID link (with environment=sandbox or "
                    "production and ticket=REF, both optional). When Relink is running already, "
                    "it gets the link and comes to the front."),
        QStringLiteral("[link]"));
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
            relink::i18n::install(&core);
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
    relink::i18n::install(&app, relink::Settings::value(relink::Setting::Language).toString());
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fputs(qPrintable(QCoreApplication::translate(
                       "main", "relink opens one link at a time; give it one link id or URL.\n")),
                   stderr);
        return 1;
    }
    const QString argument = positional.value(0);
    const bool checkStart = parser.isSet(QStringLiteral("check-start"));
    const bool demo = parser.isSet(QStringLiteral("demo"));

    // One Relink per session: a running one takes the argument (a demo one only --demo's). Not
    // for --check-start: start-up benchmarks and package checks run a process of their own.
    std::unique_ptr<relink::SingleInstance> instance;
    if (!checkStart) {
        const QString scope = demo ? QStringLiteral("demo") : QString();
        if (relink::SingleInstance::sendToRunning(argument, kHandOverMs, scope))
            return 0;
        instance = std::make_unique<relink::SingleInstance>(scope);
        // Another one may have started meanwhile.
        if (!instance->listen() &&
            relink::SingleInstance::sendToRunning(argument, kHandOverMs, scope))
            return 0;
    }

    relink::Workspace workspace;
    // The extra CA file of Settings (a path, not a secret); read before the first request.
    const QString caProblem =
        workspace.loadExtraCaFile(relink::Settings::value(relink::Setting::ExtraCaFile).toString());
    relink::MainWindow window(&workspace);
    relink::LaunchHandler launch(&window);
    QObject::connect(&launch, &relink::LaunchHandler::requested, &window,
                     [&window](const relink::LaunchRequest &request) { window.openLink(request); });
    if (instance)
        QObject::connect(instance.get(), &relink::SingleInstance::argumentReceived, &launch,
                         &relink::LaunchHandler::open);
    // Retention runs once the window is up, not in the way of the first paint.
    QTimer::singleShot(3000, &workspace, [&workspace] {
        const int days = relink::Settings::value(relink::Setting::HistoryRetentionDays).toInt();
        workspace.ensureHistory()->prune(days, &workspace, [](int) {});
    });
    // A link to open waits for the keys, so that it can be checked.
    if (demo) {
        workspace.startDemo();
        launch.setReady();
    } else {
        workspace.loadKeys(workspace.keyEntry(), &launch,
                           [&workspace, &launch](const relink::KeychainOutcome &out) {
                               // No keys yet (and none typed while the keychain answered): show
                               // the whole flow on the simulator.
                               if (out.status != relink::KeychainOutcome::Status::Ok &&
                                   !workspace.hasKeys())
                                   workspace.startDemo();
                               launch.setReady();
                           });
    }
    // After the first frame (this runs once it is painted and flushed): the window icon
    // (decoding the PNGs cost 7 % of start-up before the first paint, callgrind) and, for
    // --check-start, quitting.
    relink::afterFirstPaint(&window, [checkStart] {
        if (checkStart)
            relink::reportStartFigures();
        QIcon icon;
        for (int size : {16, 32, 64, 256})
            icon.addFile(QStringLiteral(":/icons/relink-%1.png").arg(size), QSize(size, size));
        QGuiApplication::setWindowIcon(icon);
        if (checkStart)
            QCoreApplication::quit();
    });
    window.show();
    if (!argument.isEmpty())
        launch.open(argument);
    if (!caProblem.isEmpty()) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, QCoreApplication::translate("main", "Extra CA certificate"),
            QCoreApplication::translate("main",
                                        "%1\n\nRelink trusts only the system's CA certificates for "
                                        "now. Choose another file, or none, in File › "
                                        "Settings.")
                .arg(caProblem),
            QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not modal to the app: --check-start still quits
    }
    return QApplication::exec();
}
