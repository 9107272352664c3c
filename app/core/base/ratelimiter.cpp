#include "ratelimiter.h"

#include <QElapsedTimer>

#include <climits>

namespace relink {

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

} // namespace

RateLimiter::RateLimiter(int maxRequests, qint64 windowMs, Clock clock)
    : m_max(qMax(1, maxRequests)), m_window(qMax<qint64>(1, windowMs)),
      m_clock(clock ? std::move(clock) : Clock(monotonicMs)), m_notBefore(LLONG_MIN)
{
}

qint64 RateLimiter::delayMs() const
{
    const qint64 now = m_clock();
    qint64 wait = 0;
    // With m_max requests kept, the next may leave only once the oldest of them is more than a
    // whole window ago: then no closed window of windowMs holds more than m_max.
    if (static_cast<int>(m_sent.size()) >= m_max)
        wait = m_sent.front() + m_window + 1 - now;
    if (m_notBefore != LLONG_MIN)
        wait = qMax(wait, m_notBefore - now);
    return qMax<qint64>(0, wait);
}

void RateLimiter::recordRequest()
{
    m_sent.push_back(m_clock());
    while (static_cast<int>(m_sent.size()) > m_max)
        m_sent.pop_front();
}

void RateLimiter::holdFor(qint64 ms)
{
    m_notBefore = qMax(m_notBefore, m_clock() + qMax<qint64>(0, ms));
}

RateLimiter *RateLimiter::forLinkListings()
{
    static RateLimiter limiter(kBelvoRequests - kReservedRequests);
    return &limiter;
}

} // namespace relink
