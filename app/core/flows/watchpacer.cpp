#include "watchpacer.h"

#include <QElapsedTimer>

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

WatchPacer::WatchPacer(RateLimiter *shared, RateLimiter::Clock clock, int watchRequests,
                       qint64 windowMs)
    : m_clock(clock ? std::move(clock) : RateLimiter::Clock(monotonicMs)),
      m_own(watchRequests, windowMs, m_clock), m_shared(shared)
{
}

void WatchPacer::want(quint64 key, qint64 delayMs)
{
    m_due[key] = Due{m_clock() + qMax<qint64>(0, delayMs), ++m_order};
}

void WatchPacer::withdraw(quint64 key)
{
    m_due.erase(key);
}

WatchPacer::Next WatchPacer::next() const
{
    if (m_due.empty())
        return {};
    const qint64 now = m_clock();
    // The due ones, in the order they asked; else the one due soonest.
    const std::pair<const quint64, Due> *best = nullptr;
    for (const auto &entry : m_due) {
        if (!best) {
            best = &entry;
            continue;
        }
        const bool due = entry.second.at <= now;
        const bool bestDue = best->second.at <= now;
        if (due != bestDue) {
            if (due)
                best = &entry;
            continue;
        }
        if (due ? entry.second.order < best->second.order : entry.second.at < best->second.at)
            best = &entry;
    }
    qint64 delay = qMax<qint64>(0, best->second.at - now);
    delay = qMax(delay, m_own.delayMs());
    if (m_shared)
        delay = qMax(delay, m_shared->delayMs());
    return {best->first, delay};
}

void WatchPacer::take(quint64 key)
{
    m_due.erase(key);
    m_own.recordRequest();
    if (m_shared)
        m_shared->recordRequest();
}

void WatchPacer::holdFor(qint64 ms)
{
    m_own.holdFor(ms);
}

} // namespace relink
