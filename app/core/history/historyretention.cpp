// Retention in batches: the oldest attempts first, each batch one DELETE (their steps go with
// them: ON DELETE CASCADE, on steps_attempt), the next batch sized by how long this one took.
#include "historyretention.h"

#include "historydialect_p.h"
#include "historylogging_p.h"
#include "historystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace relink {

void HistoryRetention::setBatchRows(int first, int largest)
{
    m_largest = qMax(1, largest);
    m_first = qBound(1, first, m_largest);
}

int HistoryRetention::countOlderThan(int days)
{
    if (!m_store.isOpen() || days <= 0)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.prepare(QStringLiteral("SELECT count(*) FROM attempts WHERE started_at < ?"));
    q.addBindValue(HistoryDialect::time(QDateTime::currentDateTimeUtc().addDays(-days)));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

PruneReport HistoryRetention::prune(int days,
                                    const std::function<void(const PruneReport &)> &afterBatch)
{
    PruneReport report;
    if (!m_store.isOpen() || days <= 0)
        return report;
    report.cutoff = QDateTime::currentDateTimeUtc().addDays(-days);
    const QString cutoff = HistoryDialect::time(report.cutoff);
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName(), false);
    // On attempts_started, the oldest first; one statement, its own transaction.
    const QString sql = QStringLiteral(
        "DELETE FROM attempts WHERE id IN (SELECT id FROM attempts WHERE started_at < ? ORDER BY "
        "started_at LIMIT %1)");
    const bool sqlite = !m_store.isTeam();
    const HistoryBulkCache cache(db, !sqlite, HistoryStore::kCacheKib);
    // SQLite: the write-ahead log is copied into the file between the batches, not inside one's
    // commit (where SQLite's own checkpoint would land, after releasing the write lock but
    // before the batch's time is taken): a batch's time is then its lock's.
    QSqlQuery checkpoint(db);
    if (sqlite)
        checkpoint.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    const auto restore = qScopeGuard([&] {
        if (sqlite)
            checkpoint.exec(QStringLiteral("PRAGMA wal_autocheckpoint=1000"));
    });
    int rows = m_first;
    for (;;) {
        QSqlQuery q(db);
        QElapsedTimer clock;
        clock.start();
        q.prepare(sql.arg(rows));
        q.addBindValue(cutoff);
        if (!q.exec()) {
            report.ok = false;
            const QString why = q.lastError().text();
            m_store.fail(QCoreApplication::translate(
                             "relink::HistoryStore",
                             "Old attempts could not be deleted from the history (%1). What was "
                             "deleted stays deleted, and nothing recorded since is touched; try "
                             "again later.")
                             .arg(why),
                         why);
            break;
        }
        const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        const int removed = q.numRowsAffected();
        if (removed <= 0)
            break;
        report.removed += removed;
        ++report.batches;
        report.longestBatchMs = qMax(report.longestBatchMs, ms);
        qCDebug(lcHistory) << "history: pruned" << removed << "attempts in" << ms << "ms";
        if (sqlite) // readers and writers go on meanwhile (PASSIVE)
            checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        if (afterBatch)
            afterBatch(report);
        // The next batch aims at the goal at this one's pace: at most twice as large, at least
        // half (a pace measured on one batch swings: the pages it found cached or not).
        const double goalRows = kBatchGoalMs * removed / qMax(ms, 0.001);
        rows = qBound(qMax(qMin(kSmallestBatch, m_first), rows / 2), static_cast<int>(goalRows),
                      qMin(rows * 2, m_largest));
    }
    if (report.removed > 0)
        emit m_store.changed();
    return report;
}

} // namespace relink
