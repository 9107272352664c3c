#pragma once

#include "historyexport.h"
#include "historyretention.h"
#include "historystore.h"

#include <QPointer>
#include <QSemaphore>
#include <QThread>
#include <QTimer>
#include <functional>
#include <memory>

namespace relink {

class HistoryWorker;

// What a read found: the attempts, or that the history could not be read and why (translated;
// empty when the store had nothing to say).
struct HistoryRead
{
    QList<HistoryEntry> entries;
    bool ok = true;
    QString error;
    LinkClaim claim;    // readLink(): the claim in force on the link (invalid: nobody's)
    QString claimError; // readLink(): the claims could not be read or written (translated)
};

// What a claim or a claims' read found: the claim in force (invalid: nobody's), or that the
// history could not be reached and why (translated).
struct ClaimRead
{
    LinkClaim claim;
    QList<LinkClaim> claims; // claims(): every claim in force
    bool ok = false;
    QString error;
};

// Settings' Test: opens the history at `location` once, on a thread of its own (no outbox is
// sent, nothing is recorded), then calls `done` on `context`'s thread with an empty string, or
// why it could not be opened — unless `context` is gone by then.
void probeHistory(const HistoryLocation &location, QObject *context,
                  std::function<void(const QString &)> done);

// The history as the app and the flows use it: every write and every read runs on a thread of
// its own, so neither the window nor an update ever waits on a database.
//
// On a team history (PostgreSQL) every event goes first to the outbox in the SQLite file on
// this computer, then to the team's database, in order; it leaves the outbox once the database
// has it. When the database can't be reached the update goes ahead, problem() says so once, and
// the outbox is sent on the next connection (retried every 30 s, and at every new record). An
// event sent twice (a flush cut short) is recorded once: every event has its own key.
class HistoryService : public QObject
{
    Q_OBJECT
public:
    explicit HistoryService(QObject *parent = nullptr);
    // Waits (a few seconds at most) for the writes queued so far.
    ~HistoryService() override;

    // Where to record from now on; does not wait: a team history is connected on the service's
    // thread. Events recorded before keep going where they were going.
    void setLocation(const HistoryLocation &location);
    // HistoryLocation::configured(); false with the reason when the configured address is
    // refused (the history then stays on this computer, in the default file).
    bool useConfigured(QString *error = nullptr);
    HistoryLocation location() const { return m_location; }
    // setLocation() or useConfigured() was called.
    bool hasLocation() const { return m_placed; }

    // Recording; never waits. begin() returns the attempt's key at once.
    QString begin(const AttemptInfo &info);
    void step(const QString &attempt, HistoryStep step, const Result &result,
              bool keepOutcome = false);
    // The agent confirmed these pre-flight findings (their kinds) and went ahead.
    void overridden(const QString &attempt, const QStringList &kinds);
    void watchEnded(const QString &attempt, const QString &outcome, const QString &linkStatus,
                    const Result &last);

    // Reading and upkeep, each on the service's thread (the team's store when connected; else
    // the one whose error says why). `done` gets the answer on this object's thread, unless
    // `context` is gone by then. The *AndWait forms wait for it (relink-cli, tests): never on a
    // GUI thread.

    // At most `limit` attempts matching `filter`, in `order`, after skipping `offset`; a failed
    // read is never an empty one.
    void read(const HistoryFilter &filter, const HistoryOrder &order, int offset, int limit,
              QObject *context, std::function<void(const HistoryRead &)> done);
    HistoryRead readAndWait(const HistoryFilter &filter, const HistoryOrder &order = {},
                            int limit = 100'000);
    // Every attempt matching `filter`, newest first, handed to `row` one at a time on the
    // service's thread while this thread waits (relink-cli's exports, in constant memory), as
    // the exports' rows (HistoryExportReader: on SQLite, its own text; no HistoryEntry); `row`
    // returns false to stop. False, with the reason in `error`, when the history could not be
    // read (also partway). Never on a GUI thread.
    bool exportRowsAndWait(const HistoryFilter &filter,
                           const std::function<bool(const HistoryExportRow &)> &row,
                           QString *error);
    // The History window's export: every attempt matching `filter`, in `order`, written as CSV
    // to `path` on the service's thread as the rows come (private, 0600, replacing the file only
    // once complete). `done` gets how many, or the error (translated) and -1.
    void exportCsv(const HistoryFilter &filter, const HistoryOrder &order, const QString &path,
                   QObject *context, std::function<void(int count, const QString &error)> done);
    // One link's attempts (read()'s) and the claim in force on it, in one job. With `claim`'s
    // agent set the link is claimed for them first (HistoryStore::claim()), so the claim read is
    // the one in force afterwards: theirs, or a colleague's that was left as it was.
    void readLink(const HistoryFilter &filter, const ClaimRequest &claim, QObject *context,
                  std::function<void(const HistoryRead &)> done);
    // Claims (HistoryStore): taking or renewing one, the claims in force in an environment;
    // release() never waits (the service's destructor waits for it when the app quits).
    void claim(const ClaimRequest &request, QObject *context,
               std::function<void(const ClaimRead &)> done);
    ClaimRead claimAndWait(const ClaimRequest &request);
    void claims(const QString &environment, QObject *context,
                std::function<void(const ClaimRead &)> done);
    ClaimRead claimsAndWait(const QString &environment);
    void release(const QString &environment, const QString &linkId, const QString &agent);
    // How many attempts are older than `days` days; deleting them (how many were).
    void countOlderThan(int days, QObject *context, std::function<void(int)> done);
    void prune(int days, QObject *context, std::function<void(int)> done);
    // The retention of whichever history it reads, a team's too (relink-cli history --prune):
    // the attempts older than `days` days deleted in batches (HistoryRetention). `error` gets why
    // it failed (report.ok false); the batches before a failure stay done.
    PruneReport pruneAndWait(int days, QString *error);
    // Deletes every attempt; `done` gets the error, empty when it worked.
    void clear(QObject *context, std::function<void(const QString &)> done);
    // The open hand-off of this link (HistoryStore::latestHandoff()): its attempt's key, or empty.
    QString latestHandoffAndWait(const QString &environment, const QString &linkId);
    // Whether the store it reads is open (tests).
    bool isOpenAndWait();

    // Waits at most `ms` for every write queued so far to be done (stored, or kept in the
    // outbox), and delivers the problem() and changed() they caused. False on timeout.
    bool waitForWrites(int ms);
    // How long a team history that was away waits before it is tried again (30 s).
    void setRetryInterval(int ms);

signals:
    // Something went wrong with the history (translated, says what to do). Once per trouble: a
    // team history that stays unreachable is reported once, again only after it was back.
    void problem(const QString &message);
    // Something was recorded.
    void changed();
    // The team history's outbox was sent: `count` events.
    void flushed(int count);
    // This desk claimed, renewed or released a link (claim(), readLink(), release()).
    void claimsChanged();

private:
    // Runs `job` on the service's thread with the store it reads (the team's, when connected;
    // else one whose lastError() says why), then `done` with its answer on this object's thread,
    // unless `context` is gone by then.
    template<typename T>
    void run(std::function<T(HistoryStore &)> job, QObject *context,
             std::function<void(const T &)> done)
    {
        QPointer<QObject> guard(context);
        post([this, job, guard, done](HistoryStore &store) {
            auto answer = std::make_shared<T>(job(store));
            QMetaObject::invokeMethod(
                this,
                [guard, done, answer] {
                    if (guard)
                        done(*answer);
                },
                Qt::QueuedConnection);
        });
    }
    // The same, waiting for the answer (relink-cli, tests); never on a GUI thread.
    template<typename T> T runAndWait(std::function<T(HistoryStore &)> job)
    {
        T answer{};
        QSemaphore done;
        post([&](HistoryStore &store) {
            answer = job(store);
            done.release();
        });
        done.acquire();
        return answer;
    }
    friend class HistoryWorker;
    void post(std::function<void(HistoryStore &)> job);
    void noteChanged(); // changed(), once for a burst of records (an outbox sent)
    void noteClaims();  // claimsChanged(), from the service's thread
    void send(const HistoryEvent &event);

    QThread m_thread;
    HistoryWorker *m_worker;
    QTimer *m_changed;
    HistoryLocation m_location;
    bool m_placed = false;
};

} // namespace relink
