#pragma once

#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

namespace relink {

// After Belvo's 429: how long to wait before the next request, ticking once a second so the
// window can count down. Without a Retry-After it waits out Belvo's 30-second window; a longer
// Retry-After than kMaxWaitSeconds (an hour) waits an hour: the agent can always try again then.
class RateLimitWait : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxWaitSeconds = 3600;

    explicit RateLimitWait(QObject *parent = nullptr);

    void start(int retryAfterSeconds);
    // Whole seconds left, rounded up; 0 when requests may go again.
    int secondsLeft() const;
    // When requests may go again (local time); invalid when they may now.
    QDateTime until() const;

signals:
    void tick(); // every second while waiting, and once when the wait is over

private:
    QDeadlineTimer m_until{0};
    QDateTime m_untilClock;
    QTimer m_ticker;
};

} // namespace relink
