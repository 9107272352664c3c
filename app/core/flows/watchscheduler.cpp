#include "watchscheduler.h"

#include <climits>

namespace relink {

WatchScheduler::WatchScheduler(RateLimiter *shared, QObject *parent)
    : QObject(parent), m_pacer(shared)
{
    // Precise: a coarse timer may fire up to 5 % early, and the pace is a promise to Belvo.
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &WatchScheduler::fire);
}

WatchScheduler::~WatchScheduler() = default;

WatchScheduler *WatchScheduler::shared()
{
    static WatchScheduler *scheduler = new WatchScheduler(RateLimiter::forLinkListings());
    return scheduler;
}

void WatchScheduler::request(QObject *who, qint64 delayMs, std::function<void()> go)
{
    quint64 key = m_keys.value(who);
    if (!key) {
        key = ++m_nextKey;
        m_keys.insert(who, key);
        // A watch deleted while it waits leaves the queue with it.
        connect(who, &QObject::destroyed, this, [this, who] {
            withdraw(who);
            m_keys.remove(who);
        });
    }
    m_go.insert(key, std::move(go));
    m_pacer.want(key, delayMs);
    arm();
}

void WatchScheduler::withdraw(QObject *who)
{
    const quint64 key = m_keys.value(who);
    if (!key)
        return;
    m_pacer.withdraw(key);
    m_go.remove(key);
    arm();
}

void WatchScheduler::arm()
{
    const WatchPacer::Next next = m_pacer.next();
    if (next.delayMs < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(static_cast<int>(qMin<qint64>(next.delayMs, INT_MAX)));
}

void WatchScheduler::fire()
{
    const WatchPacer::Next next = m_pacer.next();
    if (next.delayMs != 0) // nobody, or a timer that fired early
        return arm();
    std::function<void()> go = m_go.take(next.key);
    m_pacer.take(next.key);
    ++m_sent;
    arm();
    if (go)
        go();
}

} // namespace relink
