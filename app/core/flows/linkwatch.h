#pragma once

#include "result.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace relink {

class BelvoClient;
class Operation;
class WatchScheduler;

// Waits for a link to become valid again (after a hand-off): polls GET /api/links/{id}/, one
// request at a time, through the process's one WatchScheduler, politely (Belvo allows 80 requests
// per 30 s per IP, for a whole office): the next request leaves no sooner than kMinimumIntervalMs
// after the previous answer arrived, and after a 429 (or a 503 with Retry-After) no sooner than
// max(kMinimumIntervalMs, Retry-After); a 429 without Retry-After waits kRateLimitedIntervalMs.
//
// Ends with finished(), exactly once: Valid (the link is valid), Deadline (the time ran out; an
// answer still on its way is abandoned), Cancelled (cancel()), or Failed: an answer that will
// not change by asking again (401, 403, 404, any other 4xx but 408 and 429, a TLS problem, a
// redirect, an oversized answer, a bad link id). Timeouts, network failures, 5xx, 408 and
// malformed answers are transient: reported through checked(), and the watch goes on.
class LinkWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinimumIntervalMs = 5000;
    static constexpr int kRateLimitedIntervalMs = 30'000; // a 429 that did not say how long

    struct Outcome
    {
        enum class Kind { Valid, Deadline, Cancelled, Failed };
        Kind kind = Kind::Failed;
        Link link;          // the link as last seen (empty when no answer carried it)
        QString lastStatus; // its status as last seen (empty: never seen)
        Result result;      // the last answer (or the failure)
        QString message;    // translated: what happened, what to do next
    };

    // Works on its own clone() of the client; its requests go through `scheduler` (null: the
    // process's WatchScheduler::shared()), with every other watch's.
    explicit LinkWatch(BelvoClient *client, QObject *parent = nullptr,
                       WatchScheduler *scheduler = nullptr);
    ~LinkWatch() override;

    // Checks at once, then paced as above until the deadline. Called again while it runs, it
    // only moves the deadline (the pace is kept).
    void start(const QString &linkId, QDeadlineTimer deadline);
    void cancel();
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }

    // Pure: whether an answer ends the watch as Failed (see above).
    static bool isFinal(const Result &result);
    // Pure: how long to wait after this answer before the next request.
    static int delayAfterMs(const Result &result);

signals:
    // Every answer, with when it arrived (local time): "last checked 12:03:05".
    void checked(const relink::Result &result, const QDateTime &at);
    void finished(const relink::LinkWatch::Outcome &outcome);

private:
    void poll();
    void onAnswer(const Result &result);
    void onDeadline();
    void scheduleNext(int delayMs);
    void finish(Outcome::Kind kind, const Result &result);

    BelvoClient *m_client;
    QString m_linkId;
    QDeadlineTimer m_deadline;
    QDeadlineTimer m_notBefore{0}; // the next request leaves no sooner than this
    WatchScheduler *m_scheduler;
    bool m_waiting = false; // its next request waits in the scheduler
    QTimer m_deadlineTimer;
    QPointer<Operation> m_running;
    Link m_link;
    QString m_lastStatus;
    Result m_lastResult;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace relink

Q_DECLARE_METATYPE(relink::LinkWatch::Outcome)
