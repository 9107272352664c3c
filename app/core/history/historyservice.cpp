// The history on a thread of its own; a team history's outbox.
#include "historyservice.h"

#include "historylogging_p.h"
#include "historyworker.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSet>
#include <QTimer>

namespace relink {

HistoryService::HistoryService(QObject *parent)
    : QObject(parent), m_worker(new HistoryWorker(this)), m_changed(new QTimer(this))
{
    m_changed->setSingleShot(true);
    m_changed->setInterval(100);
    connect(m_changed, &QTimer::timeout, this, &HistoryService::changed);
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

void HistoryService::step(const QString &attempt, HistoryStep step, const Result &result,
                          bool keepOutcome)
{
    if (!attempt.isEmpty())
        send(HistoryEvent::step(attempt, step, result, keepOutcome));
}

void HistoryService::overridden(const QString &attempt, const QStringList &kinds)
{
    if (!attempt.isEmpty() && !kinds.isEmpty())
        send(HistoryEvent::overrideStep(attempt, kinds));
}

void HistoryService::watchEnded(const QString &attempt, const QString &outcome,
                                const QString &linkStatus, const Result &last)
{
    if (!attempt.isEmpty())
        send(HistoryEvent::watchEnd(attempt, outcome, linkStatus, last));
}

void HistoryService::post(std::function<void(HistoryStore &)> job)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, job] { job(w->reader()); });
}

void HistoryService::noteChanged()
{
    if (!m_changed->isActive())
        m_changed->start();
}

void HistoryService::setRetryInterval(int ms)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, ms] { w->setRetryInterval(ms); });
}

void probeHistory(const HistoryLocation &location, QObject *context,
                  std::function<void(const QString &)> done)
{
    QPointer<QObject> guard(context);
    QThread *thread = QThread::create([location, guard, done] {
        HistoryStore store;
        QString error;
        if (!store.open(location))
            error = store.lastError().isEmpty()
                        ? QCoreApplication::translate("relink::HistoryService",
                                                      "The history could not be opened there. "
                                                      "Check the address.")
                        : store.lastError();
        // Through the application object, which outlives `context`: checked on its thread.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, done, error] {
            if (guard)
                done(error);
        });
    });
    thread->setObjectName(QStringLiteral("relink-history-test"));
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
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
