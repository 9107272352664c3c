// In-process measurements of File › Links needing attention (scripts/bench.sh runs it):
//   relink-links-bench SIMULATOR_URL [sorted|search]   (a simulator holding 10,000 links needing
//   attention; sorted: the Bank column sorted before scrolling; search: "heimdall" searched)
// prints rss_main_kib (the main window alone), first_rows_ms (from opening the window to its
// first rows painted), max_stall_loading_ms and max_stall_scrolling_ms (the longest lateness
// of a 2 ms timer on the GUI thread while pages arrive / while scrolling to the end), rows and
// rss_all_kib (with every link loaded).
#include "belvosimulator.h"
#include "linkstablemodel.h"
#include "linkswindow.h"
#include "mainwindow.h"
#include "processinfo.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace relink;

namespace {

// The longest lateness of a 2 ms timer while `until` is false; the event loop runs meanwhile
// (not QTest::qWaitFor: its 10 ms sleeps would block the very thread being measured).
double worstStallMs(const std::function<bool()> &until, const std::function<void()> &step = {})
{
    QElapsedTimer clock;
    qint64 last = 0, worst = 0;
    QEventLoop loop;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = qMax(worst, now - last - 2'000'000);
        last = now;
        if (step)
            step();
        if (until())
            loop.quit();
    });
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    giveUp.start(120'000);
    clock.start();
    probe.start(2);
    if (loop.exec() != 0)
        return -1;
    return double(worst) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RelinkBench"));
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: relink-links-bench SIMULATOR_URL\n");
        return 2;
    }
    Workspace ws;
    MainWindow w(&ws);
    ws.setEnvironment(QStringLiteral("custom"));
    ws.setCustomUrl(args.at(1));
    ws.setSessionKeys(ws.keyEntry(),
                      {BelvoSimulator::kDemoSecretId, BelvoSimulator::kDemoSecretPassword});
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return 1;
    QApplication::processEvents();
    std::printf("rss_main_kib=%lld\n", static_cast<long long>(residentSetKiB()));

    // From the menu command to the first rows on screen.
    QElapsedTimer opened;
    opened.start();
    w.findChild<QAction *>(QStringLiteral("linksAction"))->trigger();
    auto *window = w.findChild<LinksWindow *>();
    auto *view = window->findChild<QTableView *>(QStringLiteral("linksView"));
    qint64 firstRows = -1;
    struct OnPaint : QObject
    {
        std::function<void()> painted;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint)
                painted();
            return false;
        }
    } onPaint;
    onPaint.painted = [&] {
        if (firstRows < 0 && window->model()->rowCount() > 0)
            firstRows = opened.elapsed(); // this paint draws them
    };
    view->viewport()->installEventFilter(&onPaint);
    const double loading = worstStallMs([&] { return firstRows >= 0; });
    std::printf("first_rows_ms=%lld\n", static_cast<long long>(firstRows));
    const QString variant = args.value(2);
    if (variant == QLatin1StringView("sorted"))
        view->sortByColumn(LinksTableModel::Institution, Qt::DescendingOrder);
    else if (variant == QLatin1StringView("search"))
        window->findChild<QLineEdit *>(QStringLiteral("linksSearchEdit"))
            ->setText(QStringLiteral("heimdall"));

    // Scrolling to the end: each page is asked for as the table reaches its last row.
    const double scrolling = worstStallMs(
        [&] {
            return !window->model()->isLoading() &&
                   window->model()->rowCount() == window->model()->totalCount();
        },
        [&] { view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum()); });
    view->viewport()->removeEventFilter(&onPaint);
    std::printf("max_stall_loading_ms=%.1f\nmax_stall_scrolling_ms=%.1f\n", loading, scrolling);
    std::printf("rows=%d\nrss_all_kib=%lld\n", window->model()->rowCount(),
                static_cast<long long>(residentSetKiB()));
    std::fflush(stdout);
    return loading < 0 || scrolling < 0 ? 1 : 0;
}
