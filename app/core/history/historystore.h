#pragma once

#include "historyentry.h"
#include "historyevent.h"
#include "historylocation.h"
#include "result.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>

class QSqlQuery;

namespace relink {

// The history store: SQLite (Qt SQL) in the user's data folder by default, shared by the
// desktop app and relink-cli, or a team history on PostgreSQL (QPSQL) that many desktops share.
// One schema, versioned, migrated in transactions (on PostgreSQL under an advisory lock, so two
// desktops starting at once migrate it once); the dialects differ only in historydialect.cpp.
// Every write is an event with its own key, applied exactly once however often it is sent.
// Every method reports failure instead of throwing; the app keeps working without history.
// Only the history store speaks SQL. It blocks while it talks to the database: the app and
// the flows use it through HistoryService, on a thread of its own.
//
// A SQLite file is private to the user: created 0600 (its -wal/-shm/-journal companions
// follow), in a 0700 folder; an existing one is tightened on open. The folder is tightened only
// when Relink owns it: the Relink data folder, or a folder open() had to create. A folder
// someone else chose and made is left as it is; only the files in it are tightened.
//
// A SQLite file also keeps the outbox (HistoryOutbox): events for a team history that could not
// be reached. Who is on which link is HistoryClaims', on the same connection.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 5;
    // SQLite's page cache (PRAGMA cache_size: negative, KiB): written a row at a time, read
    // rarely; SQLite's 2 MiB grew memory (benchmarks).
    static constexpr int kCacheKib = -256;

    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override;

    // <data>/Relink/history.sqlite (RELINK_HISTORY_DB overrides it).
    static QString defaultPath();
    // <data>/Relink: the folder Relink owns (and keeps private) whatever RELINK_HISTORY_DB says.
    static QString dataFolder();

    bool open(const QString &path = defaultPath());
    bool open(const HistoryLocation &location);
    void close();
    bool isOpen() const { return m_open; }
    bool isTeam() const { return m_location.isTeam(); }
    QString path() const { return m_location.path; }
    HistoryLocation location() const { return m_location; }
    // The Qt SQL connection, for tests that prepare a file by hand.
    QString connectionName() const { return m_connection; }
    // The last failure, translated, saying what to do; empty after success.
    QString lastError() const { return m_error; }

    // Recording. Each returns false (or an empty key) and sets lastError when the write failed.
    // An attempt: its key (a UUID).
    QString begin(const AttemptInfo &info);
    // A step of the attempt. It also becomes the attempt's outcome unless keepOutcome (a failed
    // read-back after Belvo accepted the update: accepted it stays).
    bool step(const QString &attempt, HistoryStep step, const Result &result,
              bool keepOutcome = false);
    // The end of a hand-off's watch: a WATCH step with the link status last seen ("WATCH valid";
    // it has no HTTP status of its own), and the attempt's outcome (success, waiting, cancelled,
    // or the last answer's historyOutcomeOf()), its link status (kept when empty) and the last
    // answer's HTTP status (when there was one) and request ids.
    bool watchEnded(const QString &attempt, const QString &outcome, const QString &linkStatus,
                    const Result &last);
    // Any of the above; an event already applied is not applied again (true).
    bool apply(const HistoryEvent &event);
    // Many events in one transaction, in their order, with apply()'s statements (prepared once):
    // all of them are recorded or none (false and lastError). Events already applied are
    // skipped, as apply() skips them (tools/bench/historybench.cpp seeds a history with it).
    bool applyAll(const QList<HistoryEvent> &events);
    // The newest hand-off of this environment and link (an attempt with a TOKEN or WATCH step)
    // when it is still open: `handed_off` (a customer has a link, nobody watched it to its end)
    // or `waiting` (an earlier wait ran out). Empty when there is none, when the newest
    // hand-off has ended (an older one is never picked up), or when the history is closed.
    QString latestHandoff(const QString &environment, const QString &linkId);

    // Whether the connection still answers (a team history after a failed write).
    bool ping();

    // Reading. read() appends to `out` at most `limit` attempts that match `filter`, in `order`,
    // after skipping `offset` of them; false (and lastError) when the history cannot be read.
    bool read(const HistoryFilter &filter, const HistoryOrder &order, int offset, int limit,
              QList<HistoryEntry> *out);
    // Every attempt matching `filter`, in `order` (after `offset`; at most `limit`, -1: all), one
    // at a time as the database gives them: `row` gets each, and returns false to stop. Memory
    // stays the same whatever the number of attempts (exports). False (and lastError) when the
    // history cannot be read, also partway.
    // `steps` (HistorySteps): what is left out stays empty in HistoryEntry (steps,
    // stepRecords), and costs the database nothing.
    bool forEach(const HistoryFilter &filter, const HistoryOrder &order, int offset, int limit,
                 const std::function<bool(const HistoryEntry &)> &row,
                 HistorySteps steps = HistorySteps::Records);
    // The newest first unless `order` says otherwise; empty when the read failed (see lastError).
    QList<HistoryEntry> entries(const HistoryFilter &filter = {}, int limit = 100'000,
                                const HistoryOrder &order = {});

    // The retention of the history on this computer (Settings): how many attempts are older than
    // `days` days (what prune(days) would delete), and deleting them (HistoryRetention, in
    // batches). Both return 0 when the history is closed or a team's (the team's retention is
    // its own: relink-cli history --prune), or `days` is not positive.
    int countOlderThan(int days);
    int prune(int retentionDays);
    bool clear();

signals:
    void changed();

private:
    friend class HistoryOutbox; // work on the store's connection
    friend class HistoryClaims;
    friend class HistoryExportReader;
    friend class HistoryImport;
    friend class HistoryRetention;
    bool openSqlite();
    bool openPostgres();
    bool migrate();
    bool fail(const QString &what, const QString &detail);
    bool writeFailed(const QString &detail);
    bool readFailed(const QSqlQuery &q);

    QString m_connection;
    HistoryLocation m_location;
    QString m_error;
    bool m_newerSchema = false; // the file's schema is from a later Relink
    bool m_open = false;
};

} // namespace relink
