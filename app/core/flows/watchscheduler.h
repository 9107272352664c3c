#pragma once

#include "watchpacer.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace relink {

// The one scheduler every LinkWatch of the process polls through (WatchPacer decides, a timer
// waits): however many links are watched, at most one GET per link per 5 s and all of them
// together within Belvo's rate, with room left for the queue.
class WatchScheduler : public QObject
{
    Q_OBJECT
public:
    explicit WatchScheduler(RateLimiter *shared = nullptr, QObject *parent = nullptr);
    ~WatchScheduler() override;

    // The process's own, sharing its budget with the links listings.
    static WatchScheduler *shared();

    // `who` wants to send one request no sooner than `delayMs` from now; `go` runs (once) when
    // it may. Asking again replaces the last wish.
    void request(QObject *who, qint64 delayMs, std::function<void()> go);
    void withdraw(QObject *who);
    int waitingCount() const { return m_pacer.waitingCount(); }
    // How many requests it let go since it was made (benchmarks).
    int sentCount() const { return m_sent; }

private:
    void arm();
    void fire();

    WatchPacer m_pacer;
    QTimer m_timer;
    QHash<quint64, std::function<void()>> m_go;
    QHash<QObject *, quint64> m_keys;
    quint64 m_nextKey = 0;
    int m_sent = 0;
};

} // namespace relink
