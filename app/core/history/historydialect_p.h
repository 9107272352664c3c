#pragma once

#include "historyentry.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace relink {

// Where SQLite and PostgreSQL differ, in one place: the schema's migrations, where the schema
// version is kept, the lock two desktops migrating at once take, and the few functions the
// store's SQL needs. Internal to the history store.
struct HistoryDialect
{
    bool postgres = false;

    // Takes the schema to `target`, each step in a transaction of its own, under the lock. False
    // with the reason in `error`; `newer` when the schema is from a later Relink.
    bool migrate(QSqlDatabase &db, int target, bool *newer, QString *error) const;
    bool migrateLocked(QSqlDatabase &db, int target, bool *newer, QString *error) const;
    // The statements that take the schema from version i to i + 1, at index i.
    QList<QStringList> migrations() const;
    // The schema's version: 0 for an empty database. False (and `error`) when it can't be read.
    bool readVersion(QSqlDatabase &db, int *version, QString *error) const;
    // Inside the migration's transaction.
    bool writeVersion(QSqlDatabase &db, int version, QString *error) const;
    // Whether the schema is at `version` already, in one round trip and without a lock (a
    // team history: every relink-cli run asks); false when unsure.
    bool isCurrent(QSqlDatabase &db, int version) const;
    // PostgreSQL: a session advisory lock, so one desktop migrates while the others wait.
    bool lock(QSqlDatabase &db, QString *error) const;
    void unlock(QSqlDatabase &db) const;

    // SELECT … FROM attempts a: every column entry() reads, the steps included.
    // `steps`: Labels leaves the step records out (NULL), what the exports need, one subquery
    // fewer a row; None the steps too.
    // `timeAsUtcText` (PostgreSQL): started_at as text, 2026-12-07T17:06:32.143000Z, whatever
    // the session's time zone, for a reader that takes libpq's text as it comes.
    QString selectEntries(HistorySteps steps = HistorySteps::Records,
                          bool timeAsUtcText = false) const;
    // The row `q` is on, from selectEntries().
    static HistoryEntry entry(const QSqlQuery &q);
    // The steps of attempt `a` as one text: "PUT 428;PATCH 201", in their order.
    QString stepsOf() const;
    // The same steps with what each got back, for HistoryEntry::stepRecords: one record per step
    // (separated by kRecordSeparator), each "method␟status␟outcome␟request ids" (kFieldSeparator).
    QString stepRecordsOf() const;
    // stepRecordsOf()'s text, step by step.
    static QList<HistoryStepRecord> stepRecords(const QString &text);
    static constexpr QChar kRecordSeparator = QChar(0x1e);
    static constexpr QChar kFieldSeparator = QChar(0x1f);
    // The type of a time column: TIMESTAMPTZ, or TEXT (ISO 8601) in SQLite.
    QString timeType() const;
    // The database's clock (every desktop of a team reads the same one), `plusSeconds` later,
    // as the store writes times (SQLite: ISO 8601 in UTC with milliseconds, as time() writes).
    QString now(int plusSeconds = 0) const;
    // `expression` with leading and trailing commas removed.
    QString trimCommas(const QString &expression) const;

    // A time as the store writes it (both dialects take an ISO 8601 text), and as it reads it.
    static QString time(const QDateTime &utc);
    static QDateTime time(const QVariant &stored);
};

// SQLite, while it lives: a page cache of 64 MiB instead of the store's small one. For the work
// that writes many rows at once (an import, a retention): the keys' indexes are random (UUIDs),
// so each row lands on another page, which a small cache would read back from the file each
// time. PostgreSQL: nothing (its server has its own cache).
class HistoryBulkCache
{
public:
    HistoryBulkCache(const QSqlDatabase &db, bool postgres, int storeCacheKib);
    ~HistoryBulkCache();
    Q_DISABLE_COPY_MOVE(HistoryBulkCache)

private:
    QSqlDatabase m_db;
    bool m_postgres;
    int m_storeCacheKib;
};

} // namespace relink
