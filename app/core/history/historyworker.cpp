// The history's thread: the stores, and the team history's outbox.
#include "historyworker.h"

#include "historylogging_p.h"
#include "historyoutbox.h"
#include "historyservice.h"
#include "historyteamdriver_p.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTimer>
#include <QUuid>

namespace relink {

namespace {
constexpr int kRetryMs = 30'000; // a team history that was away is tried again this often
constexpr int kBatch = 200;      // outbox events read at a time

} // namespace

HistoryWorker::HistoryWorker(HistoryService *service)
    : m_service(service), m_retry(new QTimer(this)), m_retryMs(kRetryMs)
{
    m_location.path = HistoryStore::defaultPath();
    m_retry->setSingleShot(true); // a child: it moves to the service's thread with the worker
    connect(m_retry, &QTimer::timeout, this, [this] {
        m_retryAt = QDeadlineTimer(0);
        flush(false);
    });
}

void HistoryWorker::setLocation(const HistoryLocation &location)
{
    m_location = location;
    if (!location.isTeam() && m_location.path.isEmpty())
        m_location.path = HistoryStore::defaultPath();
    m_local.reset();
    m_localTried = false;
    m_team.reset();
    m_retryAt = QDeadlineTimer(0);
    m_reported.clear();
    m_away = false;
    if (!location.isTeam())
        return;
    // libpq and its libraries load on a thread of their own (HistoryTeamDriver::preload) while
    // the outbox on this computer is looked at: the connection below finds them ready. The
    // outbox's SQLite driver is loaded first, before that load holds the dynamic loader.
    const auto loadDriver = [](const QString &driver) {
        const QString name = QStringLiteral("relink-driver-preload-") +
                             QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase::addDatabase(driver, name);
        QSqlDatabase::removeDatabase(name);
    };
    if (!m_driverLoaded.valid()) {
        loadDriver(QStringLiteral("QSQLITE"));
        m_driverLoaded = HistoryTeamDriver::preload();
    }
    // Records kept for another team history (the address changed since) are not sent here.
    if (const int elsewhere = HistoryOutbox(local()).pendingElsewhere(location.outboxKey());
        elsewhere > 0)
        report(QCoreApplication::translate(
            "relink::HistoryService",
            "%n record(s) kept on this computer belong to another team history; point "
            "Relink at it again to send them.",
            nullptr, elsewhere));
    flush(false); // what an earlier run kept goes out first
    if (m_driverLoaded.valid())
        m_driverLoaded.wait();
    // Connected now, while the update it was set up for is on its way to Belvo: its records
    // find the connection ready (a failure here is told with the first record).
    connectTeam();
}

void HistoryWorker::record(const HistoryEvent &event)
{
    HistoryStore &local = this->local();
    if (!m_location.isTeam()) {
        if (!local.apply(event))
            report(local.lastError());
        return;
    }
    // Connected, and nothing older waiting for this team history: straight to it (an update's
    // end then costs one round trip, not the outbox's writes around it). Kept in the outbox
    // only when that fails: sent again there, and stored once (every event has its own key).
    // The trade: a process killed while the record is on its way (a round trip; at worst the
    // statement timeout) loses it, where the outbox held it first, at two writes a record.
    const QString key = m_location.outboxKey();
    if (m_team && m_team->isOpen() && HistoryOutbox(local).holdsNothingFor(key) &&
        m_team->apply(event)) {
        m_away = false;
        return;
    }
    if (!HistoryOutbox(local).enqueue(key, event)) { // no outbox: straight to the team
        if (!(connectTeam() && m_team->apply(event)))
            report(local.lastError());
        return;
    }
    flush(true);
}

HistoryStore &HistoryWorker::reader()
{
    if (!m_location.isTeam())
        return local();
    if (!connectTeam() && !m_team) {
        m_team = std::make_unique<HistoryStore>();
        m_team->open(m_location); // fails again, and says why
    }
    return *m_team;
}

HistoryStore &HistoryWorker::local()
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

bool HistoryWorker::connectTeam()
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
    m_retryAt = QDeadlineTimer(m_retryMs);
    return false;
}

void HistoryWorker::flush(bool forUpdate)
{
    HistoryStore &local = this->local();
    HistoryOutbox outbox(local);
    const QString key = m_location.outboxKey();
    if (outbox.pendingCount(key) == 0)
        return;
    if (!connectTeam())
        return away(m_team ? m_team->lastError() : QString(), forUpdate);
    int sent = 0;
    bool reconnected = false;
    for (QList<OutboxItem> batch = outbox.pending(key, kBatch); !batch.isEmpty();
         batch = outbox.pending(key, kBatch)) {
        for (const OutboxItem &item : std::as_const(batch)) {
            if (m_team->apply(item.event)) {
                if (!outbox.dequeue(item.sequence))
                    return report(local.lastError()); // sent again later: recorded once
                ++sent;
                continue;
            }
            const QString why = m_team->lastError();
            if (m_team->ping()) { // the server is there and refuses this one event
                outbox.setAside(item.sequence, why);
                report(QCoreApplication::translate(
                           "relink::HistoryService",
                           "A record could not be sent to the team history (%1). It is kept "
                           "aside on this computer; the records after it are sent.")
                           .arg(why));
                continue;
            }
            // The connection was lost (a server restarted meanwhile): one fresh try at once.
            m_team.reset();
            m_retryAt = QDeadlineTimer(0);
            if (reconnected || !connectTeam()) {
                m_team.reset();
                m_retryAt = QDeadlineTimer(m_retryMs);
                return away(why, forUpdate);
            }
            reconnected = true;
            break; // read the batch again from the event that failed
        }
    }
    qCInfo(lcHistory) << "team history: sent" << sent << "kept event(s)";
    m_away = false; // back: the next time it is away is told again
    m_retry->stop();
    QMetaObject::invokeMethod(m_service, [s = m_service, sent] { emit s->flushed(sent); });
}

void HistoryWorker::away(const QString &why, bool forUpdate)
{
    m_retry->start(m_retryMs);
    if (std::exchange(m_away, true))
        return; // said once for this time away
    const QString message =
        forUpdate ? QCoreApplication::translate(
                        "relink::HistoryService",
                        "The team history is unreachable; this update is kept on this computer "
                        "and sent when it is back. %1")
                        .arg(why)
                  : QCoreApplication::translate(
                        "relink::HistoryService",
                        "The team history is unreachable; %n record(s) kept on this computer "
                        "will be sent when it is back. %1",
                        nullptr, HistoryOutbox(local()).pendingCount(m_location.outboxKey()))
                        .arg(why);
    report(message.trimmed(), false);
}

void HistoryWorker::report(const QString &message, bool once)
{
    if (message.isEmpty() || (once && m_reported.contains(message)))
        return;
    m_reported.insert(message);
    QMetaObject::invokeMethod(m_service, [s = m_service, message] { emit s->problem(message); });
}

void HistoryWorker::changed()
{
    QMetaObject::invokeMethod(m_service, [s = m_service] { s->noteChanged(); });
}

} // namespace relink
