// The history over many records, on SQLite or a team's PostgreSQL (scripts/bench.sh runs it):
//   relink-history-bench seed HISTORY N [DAYS]  records N attempts (each begun, then one PUT
//                                           step) within the last DAYS days (85: all of them in
//                                           the History window's 90) through HistoryImport's
//                                           multi-row INSERTs; prints seeded= and seed_ms=
//   relink-history-bench filters HISTORY    the History window's first page (HistoryStore::read,
//                                           the store open), median of 5 each: with its default
//                                           90 days, a link, an agent, a ticket, one day; prints
//                                           filter_<name>_ms= and filter_<name>_rows=
//   relink-history-bench prune HISTORY DAYS retention (HistoryRetention): prints pruned=,
//                                           batches=, longest_batch_ms= and prune_ms=
//   relink-history-bench window HISTORY     opens File › History's window on it twice; prints
//                                           first_rows_ms (from constructing the window to its
//                                           model's first loaded() with rows: the store is
//                                           opened, or connected to, on that first read),
//                                           first_paint_ms (to the first paint of those rows),
//                                           warm_rows_ms (a second window, the store open) and
//                                           rows (the rows of the first page)
//   relink-history-bench connect HISTORY    what recording costs, in parts: open_cold_ms (the first
//                                           open in the process: loading the SQL driver and its
//                                           libraries, connecting, logging in, checking the
//                                           schema), open_warm_ms (opening it again),
//                                           write_ms (an update's two events, begin and PUT, on
//                                           the open store)
// HISTORY is what RELINK_HISTORY_URL takes: a file, or postgresql://USER@HOST:PORT/DB (the
// password from PGPASSFILE).
#include "historyimport.h"
#include "historyretention.h"
#include "historyservice.h"
#include "historytablemodel.h"
#include "historywindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTableView>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace relink;

namespace {

constexpr int kBatch = 10'000;   // attempts per import (one transaction each)
constexpr int kLinks = 5'000;    // distinct links among the attempts
constexpr int kSpreadDays = 85;  // within the History window's default 90 days
constexpr quint32 kSeed = 20261; // the same history every run

QString hex(QRandomGenerator &random, int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = static_cast<char>(random.bounded(256));
    return QString::fromLatin1(raw.toHex());
}

template<typename T, int N> const T &pick(QRandomGenerator &random, const T (&items)[N])
{
    return items[random.bounded(N)];
}

// One PUT's answer, in the proportions a support desk sees: mostly updated, some MFA, some of
// the bank's errors, a few server and network failures.
struct Answer
{
    int status;
    HistoryOutcome outcome;
    const char *detail; // the error code or the transport failure's name
    const char *linkStatus;
};
constexpr Answer kAnswers[] = {
    {200, HistoryOutcome::Success, "", "valid"},
    {200, HistoryOutcome::Success, "", "valid"},
    {200, HistoryOutcome::Success, "", "valid"},
    {200, HistoryOutcome::Success, "", "valid"},
    {200, HistoryOutcome::Success, "", "valid"},
    {201, HistoryOutcome::Success, "", "valid"},
    {428, HistoryOutcome::Mfa, "", ""},
    {428, HistoryOutcome::Mfa, "", ""},
    {400, HistoryOutcome::BelvoError, "invalid_credentials", ""},
    {400, HistoryOutcome::BelvoError, "institution_down", ""},
    {400, HistoryOutcome::BelvoError, "too_many_sessions", ""},
    {404, HistoryOutcome::BelvoError, "not_found", ""},
    {500, HistoryOutcome::BelvoError, "unexpected_error", ""},
    {0, HistoryOutcome::Transport, "timeout", ""},
};

// An attempt: a begin and its PUT, at a time within the last kSpreadDays days.
QList<HistoryEvent> attempt(QRandomGenerator &random, const QStringList &links,
                            const QDateTime &now, int spreadDays = kSpreadDays)
{
    static const QString environments[] = {QStringLiteral("production"),
                                           QStringLiteral("production"), QStringLiteral("sandbox"),
                                           QStringLiteral("custom:127.0.0.1")};
    static const QString institutions[] = {
        QStringLiteral("erebor_mx_retail"),   QStringLiteral("heimdall_mx_retail"),
        QStringLiteral("gotham_mx_business"), QStringLiteral("banamex_mx_retail"),
        QStringLiteral("bbva_mx_retail"),     QStringLiteral("santander_mx_retail")};
    static const QString agents[] = {
        QStringLiteral("ana.garcia"),    QStringLiteral("bruno.silva"),
        QStringLiteral("carla.mendes"),  QStringLiteral("diego.lopez"),
        QStringLiteral("elena.ruiz"),    QStringLiteral("fernanda.costa"),
        QStringLiteral("gabriel.souza"), QStringLiteral("hector.ramirez"),
        QStringLiteral("isabel.torres"), QStringLiteral("joao.pereira"),
        QStringLiteral("karla.nunez"),   QStringLiteral("luis.martinez")};
    AttemptInfo info;
    info.environment = pick(random, environments);
    info.linkId = links.at(random.bounded(links.size()));
    info.institution = pick(random, institutions);
    info.fields = random.bounded(4) == 0
                      ? QStringList{QStringLiteral("password"), QStringLiteral("token")}
                      : QStringList{QStringLiteral("password")};
    info.agent = pick(random, agents);
    if (random.bounded(10) < 6)
        info.ticket = QStringLiteral("SUP-%1").arg(1000 + random.bounded(90'000));
    HistoryEvent begin = HistoryEvent::begin(info);
    begin.at = now.addMSecs(-random.bounded(qint64(spreadDays) * 86'400'000));

    const Answer &a = pick(random, kAnswers);
    HistoryEvent put;
    put.kind = HistoryEvent::Kind::Step;
    put.attempt = begin.attempt;
    put.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    put.at = begin.at.addMSecs(150 + random.bounded(2'000));
    put.method = historyStepLabel(HistoryStep::Put);
    put.httpStatus = a.status;
    put.outcome = historyOutcomeName(a.outcome, QString::fromLatin1(a.detail));
    if (a.status > 0)
        put.requestIds = {hex(random, 16)};
    put.linkStatus = QString::fromLatin1(a.linkStatus);
    return {begin, put};
}

int seed(const HistoryLocation &location, int count, int spreadDays)
{
    HistoryStore store;
    if (!store.open(location)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
        return 1;
    }
    QRandomGenerator random(kSeed);
    QStringList links;
    for (int i = 0; i < kLinks; ++i)
        links << QUuid::fromRfc4122(QByteArray::fromHex(hex(random, 16).toLatin1()))
                     .toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    for (int done = 0; done < count;) {
        QList<HistoryEvent> events;
        const int n = qMin(kBatch, count - done);
        events.reserve(2 * n);
        for (int i = 0; i < n; ++i)
            events += attempt(random, links, now, spreadDays);
        if (!HistoryImport(store).importAll(events)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
            return 1;
        }
        done += n;
    }
    if (!HistoryImport(store).refreshStatistics()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
        return 1;
    }
    std::printf("seeded=%d\nseed_ms=%lld\n", count, static_cast<long long>(clock.elapsed()));
    return 0;
}

// Opens the window; sets `rowsMs` (its model's first loaded() with rows) and `paintMs` (the
// first paint of its table with rows in it), from the window's construction.
bool openWindow(HistoryService &history, qint64 *rowsMs, qint64 *paintMs, int *rows)
{
    QElapsedTimer clock;
    clock.start();
    HistoryWindow window(&history);
    auto *model = window.findChild<HistoryTableModel *>();
    auto *view = window.findChild<QTableView *>(QStringLiteral("historyView"));
    *rowsMs = *paintMs = -1;
    QObject::connect(model, &HistoryTableModel::loaded, model, [&] {
        if (*rowsMs < 0 && model->rowCount() > 0)
            *rowsMs = clock.elapsed();
    });
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
        if (*paintMs < 0 && model->rowCount() > 0)
            *paintMs = clock.elapsed(); // this paint draws them
    };
    view->viewport()->installEventFilter(&onPaint);
    window.show();
    QEventLoop loop;
    QTimer poll; // the loop itself runs freely; this only looks at the figures
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (*rowsMs >= 0 && *paintMs >= 0)
            loop.quit();
    });
    poll.start(1);
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    giveUp.start(60'000);
    const int rc = loop.exec();
    view->viewport()->removeEventFilter(&onPaint);
    *rows = model->rowCount();
    if (rc != 0)
        std::fprintf(stderr, "the history window showed no rows in a minute: %s\n",
                     qPrintable(model->lastError()));
    return rc == 0;
}

int window(const HistoryLocation &location)
{
    HistoryService history;
    history.setLocation(location);
    history.waitForWrites(30'000); // the service has taken the location; nothing read yet
    qint64 rowsMs = 0, paintMs = 0, warmRowsMs = 0, warmPaintMs = 0;
    int rows = 0, warmRows = 0;
    if (!openWindow(history, &rowsMs, &paintMs, &rows) ||
        !openWindow(history, &warmRowsMs, &warmPaintMs, &warmRows))
        return 1;
    std::printf("first_rows_ms=%lld\nfirst_paint_ms=%lld\nwarm_rows_ms=%lld\nrows=%d\n",
                static_cast<long long>(rowsMs), static_cast<long long>(paintMs),
                static_cast<long long>(warmRowsMs), rows);
    return 0;
}

// Milliseconds `work` took; `ok` stays true while every work succeeds.
double timed(const std::function<bool()> &work, bool *ok)
{
    QElapsedTimer clock;
    clock.start();
    *ok = *ok && work();
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

int connect(const HistoryLocation &location)
{
    HistoryStore store;
    bool ok = true;
    const double cold = timed([&] { return store.open(location); }, &ok);
    store.close();
    const double warm = timed([&] { return store.open(location); }, &ok);
    QRandomGenerator random(kSeed);
    const QList<HistoryEvent> events =
        attempt(random, {QStringLiteral("00000000-0000-4000-8000-00000000b0b0")},
                QDateTime::currentDateTimeUtc());
    const double write =
        timed([&] { return store.apply(events.at(0)) && store.apply(events.at(1)); }, &ok);
    if (!ok) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
        return 1;
    }
    std::printf("open_cold_ms=%.2f\nopen_warm_ms=%.2f\nwrite_ms=%.2f\n", cold, warm, write);
    return 0;
}

// The median of 5 runs of the History window's first page with `filter`, in ms; `rows` its rows.
double firstPage(HistoryStore &store, const HistoryFilter &filter, int *rows, bool *ok)
{
    QList<double> ms;
    for (int i = 0; i < 5; ++i) {
        QList<HistoryEntry> page;
        ms << timed([&] { return store.read(filter, {}, 0, HistoryTableModel::kPageSize, &page); },
                    ok);
        *rows = static_cast<int>(page.size());
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(2);
}

int filters(const HistoryLocation &location)
{
    HistoryStore store;
    if (!store.open(location)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
        return 1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    HistoryFilter window; // the window opens on the last 90 days
    window.since = now.addDays(-90);
    // A link, an agent and a ticket of the newest attempt with a ticket, as an agent would
    // look one up.
    HistoryFilter ticketed;
    ticketed.since = window.since;
    QString link, agent, ticket;
    bool ok = store.forEach(ticketed, {}, 0, -1, [&](const HistoryEntry &e) {
        link = e.linkId;
        agent = e.agent;
        ticket = e.ticket;
        return ticket.isEmpty();
    });
    HistoryFilter byLink, byAgent, byTicket, oneDay;
    byLink.linkId = link;
    byAgent.agent = agent;
    byTicket.ticket = ticket;
    oneDay.since = now.addDays(-31);
    oneDay.until = now.addDays(-30);
    const struct
    {
        const char *name;
        HistoryFilter filter;
    } cases[] = {{"window", window},
                 {"link", byLink},
                 {"agent", byAgent},
                 {"ticket", byTicket},
                 {"day", oneDay}};
    for (const auto &c : cases) {
        int rows = 0;
        const double ms = firstPage(store, c.filter, &rows, &ok);
        std::printf("filter_%s_ms=%.2f\nfilter_%s_rows=%d\n", c.name, ms, c.name, rows);
    }
    if (!ok || ticket.isEmpty()) {
        std::fprintf(stderr, "reading failed: %s\n", qPrintable(store.lastError()));
        return 1;
    }
    return 0;
}

int prune(const HistoryLocation &location, int days)
{
    HistoryStore store;
    if (!store.open(location)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    const PruneReport report = HistoryRetention(store).prune(days);
    if (!report.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
        return 1;
    }
    std::printf("pruned=%d\nbatches=%d\nlongest_batch_ms=%.2f\nprune_ms=%lld\n", report.removed,
                report.batches, report.longestBatchMs, static_cast<long long>(clock.elapsed()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RelinkBench"));
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    const QStringList modes = {QStringLiteral("seed"), QStringLiteral("window"),
                               QStringLiteral("connect"), QStringLiteral("filters"),
                               QStringLiteral("prune")};
    if (args.size() < 3 || !modes.contains(mode) ||
        ((mode == QLatin1StringView("seed") || mode == QLatin1StringView("prune")) &&
         args.size() < 4)) {
        std::fprintf(stderr, "usage: relink-history-bench seed HISTORY N [DAYS]\n"
                             "       relink-history-bench window HISTORY\n"
                             "       relink-history-bench connect HISTORY\n"
                             "       relink-history-bench filters HISTORY\n"
                             "       relink-history-bench prune HISTORY DAYS\n");
        return 2;
    }
    const Parsed<HistoryLocation> location = HistoryLocation::parse(args.at(2));
    if (!location) {
        std::fprintf(stderr, "%s\n", qPrintable(location.error));
        return 2;
    }
    if (mode == QLatin1StringView("seed")) {
        bool ok = false;
        const int count = args.at(3).toInt(&ok);
        const int days = args.size() > 4 ? args.at(4).toInt() : kSpreadDays;
        return ok && count > 0 && days > 0 ? seed(*location.value, count, days) : 2;
    }
    if (mode == QLatin1StringView("filters"))
        return filters(*location.value);
    if (mode == QLatin1StringView("prune")) {
        const int days = args.at(3).toInt();
        return days > 0 ? prune(*location.value, days) : 2;
    }
    if (mode == QLatin1StringView("connect"))
        return connect(*location.value);
    return window(*location.value);
}
