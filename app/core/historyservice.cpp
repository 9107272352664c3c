// The history on a thread of its own; a team history's outbox.
#include "historyservice.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSet>
#include <QTimer>

namespace relink {

namespace {
constexpr int kRetryMs = 30'000; // a team history that was away is tried again this often
constexpr int kBatch = 200;      // outbox events read at a time
} // namespace

// Lives on the service's thread; owns the stores (Qt SQL connections belong to one thread).
class HistoryWorker : public QObject
{
public:
    explicit HistoryWorker(HistoryService *service) : m_service(service)
    {
        m_retry.setSingleShot(true);
        connect(&m_retry, &QTimer::timeout, this, [this] { flush(true); });
    }

    void setLocation(const HistoryLocation &location)
    {
        m_location = location;
        if (!location.isTeam() && m_location.path.isEmpty())
            m_location.path = HistoryStore::defaultPath();
        m_local.reset();
        m_localTried = false;
        m_team.reset();
        m_retryAt = QDeadlineTimer(0);
        m_reported.clear();
        if (location.isTeam())
            flush(true); // what an earlier run kept goes out first
    }

    void record(const HistoryEvent &event)
    {
        HistoryStore &local = this->local();
        if (!m_location.isTeam()) {
            if (!local.apply(event))
                report(local.lastError());
            return;
        }
        if (!local.enqueue(m_location.display(), event)) { // no outbox: straight to the team
            if (!(connectTeam() && m_team->apply(event)))
                report(local.lastError());
            return;
        }
        flush(false);
    }

    // The store a job reads: the team's (connected when it can be), else the local file.
    HistoryStore &reader()
    {
        if (!m_location.isTeam())
            return local();
        if (!connectTeam() && !m_team) {
            m_team = std::make_unique<HistoryStore>();
            m_team->open(m_location); // fails again, and says why
        }
        return *m_team;
    }

private:
    HistoryStore &local()
    {
        if (!m_local) {
            m_local = std::make_unique<HistoryStore>();
            connect(m_local.get(), &HistoryStore::changed, this, [this] { changed(); });
        }
        if (!m_local->isOpen() && !m_localTried) {
            m_localTried = true; // a file that can't be opened is not retried at every write
            m_local->open(m_location.isTeam() ? HistoryStore::defaultPath() : m_location.path);
        }
        return *m_local;
    }

    bool connectTeam()
    {
        if (m_team && m_team->isOpen())
            return true;
        if (!m_retryAt.hasExpired())
            return false;
        m_team = std::make_unique<HistoryStore>();
        connect(m_team.get(), &HistoryStore::changed, this, [this] { changed(); });
        if (m_team->open(m_location)) {
            qCInfo(lcHistory).noquote() << "team history connected:" << m_location.display();
            return true;
        }
        m_retryAt = QDeadlineTimer(kRetryMs);
        return false;
    }

    // Sends the outbox, oldest first; each event leaves it once the team's database has it.
    void flush(bool retrying)
    {
        HistoryStore &local = this->local();
        const QString target = m_location.display();
        if (retrying)
            m_retryAt = QDeadlineTimer(0);
        if (local.pendingCount(target) == 0)
            return;
        if (!connectTeam())
            return away(m_team ? m_team->lastError() : QString());
        int sent = 0;
        for (QList<OutboxItem> batch = local.pending(target, kBatch); !batch.isEmpty();
             batch = local.pending(target, kBatch)) {
            for (const OutboxItem &item : std::as_const(batch)) {
                if (!m_team->apply(item.event)) {
                    const QString why = m_team->lastError();
                    m_team.reset(); // reconnect next time; the event stays in the outbox
                    m_retryAt = QDeadlineTimer(kRetryMs);
                    return away(why);
                }
                if (!local.dequeue(item.sequence))
                    return report(local.lastError()); // sent again later: recorded once
                ++sent;
            }
        }
        qCInfo(lcHistory) << "team history: sent" << sent << "kept event(s)";
        m_reported.remove(QStringLiteral("away")); // back: the next outage is told again
        QMetaObject::invokeMethod(m_service, [s = m_service, sent] { emit s->flushed(sent); });
    }

    void away(const QString &why)
    {
        if (!m_retry.isActive())
            m_retry.start(kRetryMs);
        if (m_reported.contains(QStringLiteral("away")))
            return;
        m_reported.insert(QStringLiteral("away"));
        report(QCoreApplication::translate("relink::HistoryService",
                                           "The team history is unreachable; this update is kept "
                                           "on this computer and sent when it is back. %1")
                   .arg(why)
                   .trimmed(),
               false);
    }

    void report(const QString &message, bool once = true)
    {
        if (message.isEmpty() || (once && m_reported.contains(message)))
            return;
        m_reported.insert(message);
        QMetaObject::invokeMethod(m_service,
                                  [s = m_service, message] { emit s->problem(message); });
    }

    void changed()
    {
        QMetaObject::invokeMethod(m_service, [s = m_service] { emit s->changed(); });
    }

    HistoryService *m_service;
    HistoryLocation m_location{HistoryLocation::Kind::SQLite, HistoryStore::defaultPath()};
    std::unique_ptr<HistoryStore> m_local;
    std::unique_ptr<HistoryStore> m_team;
    QDeadlineTimer m_retryAt{0};
    QTimer m_retry;
    QSet<QString> m_reported;
    bool m_localTried = false;
};

HistoryService::HistoryService(QObject *parent) : QObject(parent), m_worker(new HistoryWorker(this))
{
    m_thread.setObjectName(QStringLiteral("relink-history"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

HistoryService::~HistoryService()
{
    waitForWrites(10'000);
    m_thread.quit();
    m_thread.wait();
}

void HistoryService::setLocation(const HistoryLocation &location)
{
    m_location = location;
    m_placed = true;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, location] { w->setLocation(location); });
}

bool HistoryService::useConfigured(QString *error)
{
    const Parsed<HistoryLocation> configured = HistoryLocation::configured();
    if (error)
        *error = configured.error;
    if (configured) {
        setLocation(*configured.value);
        return true;
    }
    HistoryLocation fallback;
    fallback.path = HistoryLocation::defaultFile();
    setLocation(fallback);
    const QString message =
        tr("%1 Until it is corrected the history is kept on this computer (%2).")
            .arg(configured.error, fallback.display());
    QMetaObject::invokeMethod(
        this, [this, message] { emit problem(message); }, Qt::QueuedConnection);
    return false;
}

void HistoryService::send(const HistoryEvent &event)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, event] { w->record(event); });
}

QString HistoryService::begin(const AttemptInfo &info)
{
    const HistoryEvent event = HistoryEvent::begin(info);
    send(event);
    return event.attempt;
}

void HistoryService::step(const QString &attempt, const QString &method, const Result &result,
                          bool keepOutcome)
{
    if (!attempt.isEmpty())
        send(HistoryEvent::step(attempt, method, result, keepOutcome));
}

void HistoryService::watchEnded(const QString &attempt, const QString &label,
                                const QString &outcome, const QString &linkStatus,
                                const Result &last)
{
    if (!attempt.isEmpty())
        send(HistoryEvent::watchEnd(attempt, label, outcome, linkStatus, last));
}

void HistoryService::post(std::function<void(HistoryStore &)> job)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, job] { job(w->reader()); });
}

bool HistoryService::waitForWrites(int ms)
{
    auto done = std::make_shared<QSemaphore>();
    QMetaObject::invokeMethod(m_worker, [done] { done->release(); });
    const bool ok = done->tryAcquire(1, ms);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall); // their problem() and changed()
    return ok;
}

} // namespace relink
