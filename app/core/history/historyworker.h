#pragma once

#include "historystore.h"

#include <QDeadlineTimer>
#include <QSet>
#include <future>
#include <memory>

class QTimer;

namespace relink {

class HistoryService;

// HistoryService's other half: lives on the service's thread and owns the stores (a Qt SQL
// connection belongs to the thread that made it). Internal to the history.
class HistoryWorker : public QObject
{
public:
    explicit HistoryWorker(HistoryService *service);

    void setLocation(const HistoryLocation &location);
    void setRetryInterval(int ms) { m_retryMs = ms; }
    void record(const HistoryEvent &event);
    // The store a job reads: the team's (connected when it can be), else the local file.
    HistoryStore &reader();

private:
    HistoryStore &local();
    bool connectTeam();
    // Sends the outbox, oldest first; each event leaves it once the team's database has it.
    // `forUpdate`: an update is waiting on it (what the agent is told when the team is away).
    void flush(bool forUpdate);
    void away(const QString &why, bool forUpdate);
    void report(const QString &message, bool once = true);
    void changed();

    HistoryService *m_service;
    HistoryLocation m_location;
    std::unique_ptr<HistoryStore> m_local;
    std::unique_ptr<HistoryStore> m_team;
    QDeadlineTimer m_retryAt{0};
    QTimer *m_retry;
    int m_retryMs;
    QSet<QString> m_reported;
    bool m_away = false; // told that the team history is away; told again after it was back
    bool m_localTried = false;
    std::future<void> m_driverLoaded; // libpq, loaded meanwhile (setLocation)
};

} // namespace relink
