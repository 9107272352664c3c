// Check link → the form ready, in the real main window (scripts/bench.sh --against builds this
// same file against both trees, so it uses nothing but the window, its objectNames and the
// simulator's demo links):
//   relink-check-bench SIMULATOR_URL RUNS
// Two links of two banks are checked in turn (each check a new link: its GET, its bank's fields
// and, where the tree has it, the pre-flight's findings, since Update waits for them); after
// two checks to warm up, prints check_ms=<ms> for each of RUNS checks: from the click on Check
// link to the busy bar hidden with the bank's fields shown.
#include "belvosimulator.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace relink;

namespace {

// Runs the event loop until `ready` holds, looking every millisecond (not QTest::qWaitFor: it
// sleeps 10 ms between looks, more than the figure being measured can bear).
bool waitUntil(const std::function<bool()> &ready, int timeoutMs)
{
    QEventLoop loop;
    QTimer look;
    look.setTimerType(Qt::PreciseTimer);
    QObject::connect(&look, &QTimer::timeout, &loop, [&] {
        if (ready())
            loop.exit(0);
    });
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    look.start(1);
    giveUp.start(timeoutMs);
    return ready() || loop.exec() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RelinkBench"));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: relink-check-bench SIMULATOR_URL RUNS\n");
        return 2;
    }
    const int runs = args.at(2).toInt();
    Workspace ws;
    MainWindow w(&ws);
    ws.setEnvironment(QStringLiteral("custom"));
    ws.setCustomUrl(args.at(1));
    ws.setSessionKeys(ws.keyEntry(),
                      {BelvoSimulator::kDemoSecretId, BelvoSimulator::kDemoSecretPassword});
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return 1;
    auto *id = w.findChild<QLineEdit *>(QStringLiteral("linkIdEdit"));
    auto *check = w.findChild<QPushButton *>(QStringLiteral("checkLinkButton"));
    auto *busy = w.findChild<QProgressBar *>(QStringLiteral("busyBar"));
    const QString links[] = {BelvoSimulator::kValidLinkId, BelvoSimulator::kNumericLinkId};
    for (int i = -2; i < runs; ++i) {
        id->setText(links[(i + 2) % 2]); // Check link at once: it is not checked by itself too
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(check, Qt::LeftButton);
        if (!busy->isVisible()) { // a check shows it at once: the form from before is not it
            std::fprintf(stderr, "relink-check-bench: Check link did not start a check\n");
            return 1;
        }
        const bool ready = waitUntil(
            [&w, busy] {
                auto *password = w.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
                return !busy->isVisible() && password && password->isVisible();
            },
            15'000);
        const qint64 ns = clock.nsecsElapsed();
        if (!ready) {
            std::fprintf(stderr, "relink-check-bench: the check did not end\n");
            return 1;
        }
        if (i >= 0)
            std::printf("check_ms=%.2f\n", double(ns) / 1e6);
    }
    std::fflush(stdout);
    return 0;
}
