#pragma once

#include <QDateTime>

#include <functional>

namespace relink {

class HistoryStore;

// What a pruning did: the attempts it deleted (their steps with them), in how many batches, and
// the longest a batch held its locks (its statement, from start to commit).
struct PruneReport
{
    bool ok = true; // false: a batch failed (the store's lastError()); the batches before stay
    int removed = 0;
    int batches = 0;
    double longestBatchMs = 0;
    QDateTime cutoff; // UTC: the attempts started before it were deleted
};

// Retention: the attempts older than a number of days, counted and deleted, on either store.
// Deleting goes oldest first, in batches, each its own statement and transaction, so that
// another agent's updates are recorded between (and on PostgreSQL, during) them: each batch is
// sized for kBatchGoalMs at the pace of the one before, so that none holds its locks near
// 100 ms (a million attempts: bench.sh --only history prints the longest). The
// cut-off is taken once, at the start: what is recorded meanwhile is never in it.
class HistoryRetention
{
public:
    static constexpr int kBatchGoalMs = 30;
    static constexpr int kFirstBatch = 200; // attempts: the first meets a cold cache
    static constexpr int kLargestBatch = 20'000;
    static constexpr int kSmallestBatch = 50;

    explicit HistoryRetention(HistoryStore &store) : m_store(store) {}

    // Batches of `first` attempts at the start, never more than `largest` (tests: many batches).
    void setBatchRows(int first, int largest);

    // 0 when the history is closed, `days` is not positive, or the count failed.
    int countOlderThan(int days);
    // `afterBatch` runs after each batch is committed, with the report so far.
    PruneReport prune(int days, const std::function<void(const PruneReport &)> &afterBatch = {});

private:
    HistoryStore &m_store;
    int m_first = kFirstBatch;
    int m_largest = kLargestBatch;
};

} // namespace relink
