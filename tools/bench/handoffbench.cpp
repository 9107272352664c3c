// In-process measurements of many hand-offs at once (scripts/bench.sh runs it):
//   relink-handoff-bench SIMULATOR_URL HISTORY_FILE [SECONDS]
// (a simulator holding links needing attention; HISTORY_FILE a fresh path). It records 50 open
// hand-offs in the history and opens the main window as after a restart of an agent who had
// the queue open beside the form: it watches the 50 again, and the queue loads its pages,
// scrolled to its end as they arrive. It prints watched (hand-offs watched), requests (answers
// the app received from the start), max_requests_30s (most in any 30 s), open_ms and
// open_stall_ms (until the waiting list shows its 50 rows and the queue its first page; the
// longest lateness of a 2 ms timer on the GUI thread meanwhile) and max_stall_ms (the same for
// SECONDS (30) after that, the desk open: watching, pages arriving, scrolling).
#include "belvosimulator.h"
#include "handoffdesk.h"
#include "historyservice.h"
#include "linkstablemodel.h"
#include "linkswindow.h"
#include "mainwindow.h"
#include "settings.h"
#include "waitingdock.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QWindow>

#include <cstdio>

using namespace relink;

namespace {

// The ids of up to `count` links needing attention (before anything is measured).
QStringList linkIds(const QString &base, int count)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(
        QUrl(base + QStringLiteral("/api/links/?status=invalid&page_size=%1").arg(count)));
    const QByteArray auth = QByteArray(BelvoSimulator::kDemoSecretId.toUtf8() + ':' +
                                       BelvoSimulator::kDemoSecretPassword.toUtf8())
                                .toBase64();
    request.setRawHeader("Authorization", "Basic " + auth);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QStringList ids;
    const QJsonArray results = QJsonDocument::fromJson(reply->readAll())
                                   .object()
                                   .value(QStringLiteral("results"))
                                   .toArray();
    for (const QJsonValue &v : results)
        ids << v.toObject().value(QStringLiteral("id")).toString();
    delete reply;
    return ids.mid(0, count);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RelinkBench"));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: relink-handoff-bench SIMULATOR_URL HISTORY_FILE [SECONDS]\n");
        return 2;
    }
    const QString base = args.at(1);
    const int seconds = args.size() > 3 ? args.at(3).toInt() : 30;
    qputenv("RELINK_HISTORY_DB", args.at(2).toLocal8Bit());
    const QStringList ids = linkIds(base, 50);
    if (ids.size() < 50) {
        std::fprintf(stderr,
                     "relink-handoff-bench: the simulator has %lld links needing "
                     "attention, not 50\n",
                     static_cast<long long>(ids.size()));
        return 1;
    }
    const QString environment = QStringLiteral("custom:") + QUrl(base).host();
    {
        // 50 hand-offs whose customers have links (the tokens just minted), as a run before.
        HistoryService history;
        history.useConfigured();
        Result token;
        token.kind = Result::Kind::WidgetToken;
        token.httpStatus = 200;
        for (const QString &id : ids)
            history.step(history.begin({environment, id, QString(), {}, QString(), QString()}),
                         HistoryStep::Token, token);
        if (!history.waitForWrites(30'000))
            return 1;
    }

    Settings::setValue(Setting::LinksDockOpen, true); // the queue was open at the last close
    QList<qint64> answered; // ms, on `clock` (before the window: replies end as it closes)
    QElapsedTimer clock;
    clock.start();
    Workspace ws;
    auto *nam = ws.findChild<QNetworkAccessManager *>();
    QObject::connect(nam, &QNetworkAccessManager::finished,
                     [&](QNetworkReply *) { answered << clock.elapsed(); });
    MainWindow w(&ws);
    w.resize(1360, w.height()); // room for the queue beside the form, as the agent left it
    ws.setEnvironment(QStringLiteral("custom"));
    ws.setCustomUrl(base);
    ws.setSessionKeys(ws.keyEntry(),
                      {BelvoSimulator::kDemoSecretId, BelvoSimulator::kDemoSecretPassword});
    HandoffDesk *desk = w.findChild<WaitingDock *>()->desk();
    auto *links = w.findChild<LinksWindow *>();
    auto *view = links->findChild<QTableView *>(QStringLiteral("linksView"));

    // Phase 0: the window opening until the desk is there; phase 1: SECONDS with the desk open.
    int phase = 0;
    qint64 last = 0, worst[2] = {0, 0}, steadyFrom = 0;
    QEventLoop loop;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last)
            worst[phase] = qMax(worst[phase], now - last - 2'000'000);
        last = now;
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        if (phase == 0 && w.windowHandle()->isExposed() && desk->count() >= 50 &&
            links->model()->rowCount() > 0) {
            phase = 1;
            steadyFrom = clock.elapsed();
        } else if (phase == 1 && clock.elapsed() - steadyFrom >= qint64(seconds) * 1000) {
            loop.quit();
        }
    });
    probe.start(2);
    w.show();
    loop.exec();

    int most = 0;
    for (int i = 0; i < answered.size(); ++i) {
        int n = 0;
        for (int j = i; j < answered.size() && answered[j] - answered[i] < 30'000; ++j)
            ++n;
        most = qMax(most, n);
    }
    int watched = 0;
    for (int i = 0; i < desk->count(); ++i)
        watched += desk->at(i).isOpen();
    std::printf("watched=%d\nqueue_rows=%d\nrequests=%lld\nmax_requests_30s=%d\n"
                "open_ms=%lld\nopen_stall_ms=%.1f\nmax_stall_ms=%.1f\n",
                watched, links->model()->rowCount(), static_cast<long long>(answered.size()), most,
                static_cast<long long>(steadyFrom), double(worst[0]) / 1e6, double(worst[1]) / 1e6);
    std::fflush(stdout);
    return 0;
}
