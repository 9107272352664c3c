#include "ratelimitwait.h"

namespace relink {

namespace {
constexpr int kBelvoWindowSeconds = 30; // 80 requests per 30 s per IP address
}

RateLimitWait::RateLimitWait(QObject *parent) : QObject(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        if (secondsLeft() <= 0)
            m_ticker.stop();
        emit tick();
    });
}

void RateLimitWait::start(int retryAfterSeconds)
{
    const int seconds =
        retryAfterSeconds > 0 ? qMin(retryAfterSeconds, kMaxWaitSeconds) : kBelvoWindowSeconds;
    m_until = QDeadlineTimer(qint64(seconds) * 1000);
    m_untilClock = QDateTime::currentDateTime().addSecs(seconds);
    m_ticker.start();
    emit tick();
}

QDateTime RateLimitWait::until() const
{
    return secondsLeft() > 0 ? m_untilClock : QDateTime();
}

int RateLimitWait::secondsLeft() const
{
    return static_cast<int>((m_until.remainingTime() + 999) / 1000);
}

} // namespace relink
