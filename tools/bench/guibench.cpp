// In-process measurements of the real main window (scripts/bench.sh runs it):
//   relink-gui-bench SIMULATOR_URL PADDED_SIMULATOR_URL
// prints rss_start_kib, rss_after_10_kib, rss_after_100_kib and max_stall_ms (the longest
// lateness of a 2 ms timer on the GUI thread while a 4 MiB answer is received and shown).
#include "belvosimulator.h"
#include "mainwindow.h"
#include "processinfo.h"
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

// Clicks "Update credentials" and runs the event loop until the busy bar hides. Not
// QTest::qWaitFor: it sleeps 10 ms between passes, which would block the very GUI thread whose
// lateness is being measured.
bool updateOnce(MainWindow &w)
{
    auto *password = w.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *busy = w.findChild<QProgressBar *>(QStringLiteral("busyBar"));
    password->setText(QStringLiteral("pass_valid"));
    QEventLoop loop;
    struct OnHide : QObject
    {
        QEventLoop *loop;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Hide)
                loop->quit();
            return false;
        }
    } onHide;
    onHide.loop = &loop;
    busy->installEventFilter(&onHide);
    QTimer giveUp; // not QTimer::singleShot: its timer would outlive the loop for a minute
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    giveUp.start(60'000);
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("updateButton")), Qt::LeftButton);
    const bool shown = busy->isVisible(); // false: it finished (or failed) at once
    const int rc = shown ? loop.exec() : 0;
    busy->removeEventFilter(&onHide);
    return rc == 0 && !busy->isVisible();
}

void pointAt(Workspace &ws, const QString &url)
{
    ws.setEnvironment(QStringLiteral("custom"));
    ws.setCustomUrl(url);
    ws.setSessionKeys(ws.keyEntry(),
                      {BelvoSimulator::kDemoSecretId, BelvoSimulator::kDemoSecretPassword});
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RelinkBench"));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: relink-gui-bench SIMULATOR_URL PADDED_SIMULATOR_URL\n");
        return 2;
    }
    Workspace ws;
    MainWindow w(&ws);
    pointAt(ws, args.at(1));
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return 1;
    QTest::keyClicks(w.findChild<QLineEdit *>(QStringLiteral("linkIdEdit")),
                     BelvoSimulator::kValidLinkId);
    // Checked by itself: the bank's fields appear once it is known.
    if (!QTest::qWaitFor(
            [&w] {
                auto *password = w.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
                return password && password->isVisible() &&
                       !w.findChild<QProgressBar *>(QStringLiteral("busyBar"))->isVisible();
            },
            15'000))
        return 1;
    std::printf("rss_start_kib=%lld\n", static_cast<long long>(residentSetKiB()));
    for (int i = 1; i <= 100; ++i) {
        if (!updateOnce(w))
            return 1;
        if (i == 10)
            std::printf("rss_after_10_kib=%lld\n", static_cast<long long>(residentSetKiB()));
    }
    std::printf("rss_after_100_kib=%lld\n", static_cast<long long>(residentSetKiB()));

    pointAt(ws, args.at(2));
    QElapsedTimer clock;
    qint64 last = 0, worst = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = qMax(worst, now - last - 2'000'000);
        last = now;
    });
    clock.start();
    probe.start(2);
    if (!updateOnce(w))
        return 1;
    probe.stop();
    std::printf("max_stall_ms=%.1f\n", double(worst) / 1e6);
    std::fflush(stdout);
    return 0;
}
