#pragma once

#include <QtGlobal>

#include <deque>
#include <functional>

namespace relink {

// Keeps requests under a rate: at most maxRequests leave in any window of windowMs (Belvo: 80
// requests per 30 s per IP, for a whole office behind one IP; beyond it Belvo may block the IP).
// It only counts and says how long to wait; the caller waits. The clock is injectable for tests.
class RateLimiter
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    static constexpr int kBelvoRequests = 80;
    static constexpr qint64 kBelvoWindowMs = 30'000;
    // Of Belvo's 80, what the background (the queue's pages and bank names, the hand-offs'
    // watches) leaves to the agent's own actions, which are not paced (a check, an update, a
    // token), and to answers that arrive bunched: a request counts when it is queued, and it
    // reaches Belvo a little later.
    static constexpr int kReservedRequests = 8;

    // An empty clock: the system's monotonic clock.
    explicit RateLimiter(int maxRequests = kBelvoRequests, qint64 windowMs = kBelvoWindowMs,
                         Clock clock = {});

    // How long until one more request may leave (0: now).
    qint64 delayMs() const;
    // One request left now.
    void recordRequest();
    // Nothing leaves before now + ms (a Retry-After); a longer hold already in place stays.
    void holdFor(qint64 ms);

    int maxRequests() const { return m_max; }
    qint64 windowMs() const { return m_window; }

    // The one this process uses for Belvo's list of links, its banks' names and the hand-offs'
    // watches: every such request counts against it, so a refreshed or second listing cannot
    // double the rate; kBelvoRequests - kReservedRequests per 30 s.
    static RateLimiter *forLinkListings();

private:
    int m_max;
    qint64 m_window;
    Clock m_clock;
    std::deque<qint64> m_sent; // when the last (at most m_max) requests left, oldest first
    qint64 m_notBefore;
};

} // namespace relink
