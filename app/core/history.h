#pragma once

#include "result.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

namespace relink {

// One update attempt as recorded: never a credential value, only the names of the fields sent.
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime startedAt; // UTC
    QString environment;
    QString linkId;
    QString institution;
    QStringList fields; // names only
    QStringList
        steps; // "PUT 428", "PATCH 428", "PATCH 201"; a hand-off: "TOKEN 200", "WATCH valid"
    // success, mfa, cancelled, error:<code>, http:<status>, transport:<kind>; a hand-off:
    // handed_off (the customer has a link), then success, waiting (still not valid at the
    // deadline) or cancelled
    QString outcome;
    int httpStatus = 0;
    QStringList requestIds;
    QString linkStatus;
};

struct HistoryFilter
{
    QString linkId;  // part of the id (a whole id matches only itself), empty: all
    QString outcome; // prefix ("error" matches every error), empty: all
    QDateTime since; // inclusive, invalid: no bound
    QDateTime until; // exclusive, invalid: no bound
};

// The columns of an attempt, in the order the History window shows them.
enum class HistoryColumn {
    Time,
    Environment,
    LinkId,
    Institution,
    Fields,
    Steps,
    Outcome,
    HttpStatus,
    RequestIds,
    LinkStatus
};
constexpr int kHistoryColumnCount = 10;

// The order of a read: by one column; rows that tie keep the order of their recording.
struct HistoryOrder
{
    HistoryColumn column = HistoryColumn::Time;
    Qt::SortOrder order = Qt::DescendingOrder;
};

// The local update history: SQLite (Qt SQL) in the user's data folder, shared by the desktop
// app and relink-cli. Versioned schema with migrations, WAL, one transaction per write.
// Every method reports failure instead of throwing; the app keeps working without history.
// Only the history store speaks SQL: readers go through read()/entries() or HistoryTableModel.
//
// The file is private to the user: created 0600 (its -wal/-shm/-journal companions follow), in
// a 0700 folder; an existing one is tightened on open. The folder is tightened only when Relink
// owns it: the Relink data folder, or a folder open() had to create for RELINK_HISTORY_DB. A
// folder someone else chose and made is left as it is; only the files in it are tightened.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 2;

    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override;

    // <data>/Relink/history.sqlite (RELINK_HISTORY_DB overrides it).
    static QString defaultPath();
    // <data>/Relink: the folder Relink owns (and keeps private) whatever RELINK_HISTORY_DB says.
    static QString dataFolder();

    bool open(const QString &path = defaultPath());
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    // The Qt SQL connection, for tests that prepare a file by hand.
    QString connectionName() const { return m_connection; }
    // The last failure, translated, saying what to do; empty after success.
    QString lastError() const { return m_error; }

    // Recording. Each returns false (and sets lastError) when the write failed.
    qint64 begin(const QString &environment, const QString &linkId, const QString &institution,
                 const QStringList &fieldNames);
    // A step of the attempt. It also becomes the attempt's outcome unless keepOutcome (a failed
    // read-back after Belvo accepted the update: accepted it stays).
    bool step(qint64 attemptId, const QString &method, const Result &result,
              bool keepOutcome = false);
    // The end of a hand-off's watch: a step shown as `label` alone ("WATCH valid"; it has no
    // HTTP status of its own), and the attempt's outcome (success, waiting, cancelled, or the
    // last answer's outcomeOf()), its link status (kept when empty) and the last answer's HTTP
    // status (when there was one) and request ids.
    bool watchEnded(qint64 attemptId, const QString &label, const QString &outcome,
                    const QString &linkStatus, const Result &last);
    // The newest hand-off of this environment and link (an attempt with a TOKEN or WATCH step)
    // when it is still open: `handed_off` (a customer has a link, nobody watched it to its end)
    // or `waiting` (an earlier wait ran out). 0 when there is none, when the newest hand-off
    // has ended (an older one is never picked up), or when the history is closed.
    qint64 latestHandoff(const QString &environment, const QString &linkId);

    // Reading. read() appends to `out` at most `limit` attempts that match `filter`, in `order`,
    // after skipping `offset` of them; false (and lastError) when the history cannot be read.
    bool read(const HistoryFilter &filter, const HistoryOrder &order, int offset, int limit,
              QList<HistoryEntry> *out);
    // The newest first unless `order` says otherwise; empty when the read failed (see lastError).
    QList<HistoryEntry> entries(const HistoryFilter &filter = {}, int limit = 100'000,
                                const HistoryOrder &order = {});

    // Retention: how many attempts are older than `days` days (what prune(days) would delete),
    // and deleting them. Both return 0 when the history is closed or `days` is not positive.
    int countOlderThan(int days);
    int prune(int retentionDays);
    bool clear();

    static QString outcomeOf(const Result &result);
    static QString toCsv(const QList<HistoryEntry> &entries);
    static QByteArray toJson(const QList<HistoryEntry> &entries);

signals:
    void changed();

private:
    bool migrate();
    bool fail(const QString &what, const QString &detail);
    bool writeFailed(const QString &detail);

    QString m_connection;
    QString m_path;
    QString m_error;
    bool m_newerSchema = false; // the file's schema is from a later Relink
    bool m_open = false;
};

} // namespace relink
