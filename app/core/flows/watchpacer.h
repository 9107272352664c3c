#pragma once

#include "ratelimiter.h"

#include <QList>
#include <QtGlobal>

#include <map>

namespace relink {

// Pure pacing of every watched link's GETs, one process-wide queue: a link waits until its own
// earliest time (LinkWatch: 5 s after its last answer, longer after a 429), then until the
// rate allows one more request. Two budgets: the watches' own (kWatchRequests per window, so
// that the queue's pages keep room) and the process's shared one (RateLimiter::forLinkListings():
// every listing counts against it too), 72 of Belvo's 80 per 30 s (the rest is the agent's).
// Among the links that are due, the one waiting longest goes first: nobody starves.
// The clock is injectable (milliseconds, monotonic) for tests.
class WatchPacer
{
public:
    static constexpr int kWatchRequests = 60; // of the shared 72: 12 left for the queue

    // `shared`: the budget shared with the rest of the process (may be null: the watches' own
    // budget alone).
    explicit WatchPacer(RateLimiter *shared = nullptr, RateLimiter::Clock clock = {},
                        int watchRequests = kWatchRequests,
                        qint64 windowMs = RateLimiter::kBelvoWindowMs);

    // A watch wants to send one GET no sooner than `delayMs` from now (replaces what it wanted).
    void want(quint64 key, qint64 delayMs);
    // It no longer does (cancelled, finished).
    void withdraw(quint64 key);
    bool isWaiting(quint64 key) const { return m_due.count(key) != 0; }
    int waitingCount() const { return static_cast<int>(m_due.size()); }

    struct Next
    {
        quint64 key = 0;
        qint64 delayMs = -1; // -1: nobody waits
    };
    // Who goes next and how long until it may (0: now).
    Next next() const;
    // `key` goes now: it leaves the queue, and both budgets count one request.
    void take(quint64 key);
    // A 429 or Retry-After: nothing leaves for `ms`.
    void holdFor(qint64 ms);

    qint64 now() const { return m_clock(); }

private:
    RateLimiter::Clock m_clock;
    RateLimiter m_own;
    RateLimiter *m_shared;
    struct Due
    {
        qint64 at;     // not before (ms on m_clock)
        quint64 order; // when it asked: earlier goes first among those due
    };
    std::map<quint64, Due> m_due;
    quint64 m_order = 0;
};

} // namespace relink
