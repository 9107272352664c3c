#pragma once

#include "historyevent.h"

#include <QList>

namespace relink {

class HistoryStore;

// Many new attempts at once, each with its steps: what applyAll(events) records, written with
// multi-row INSERTs (a few statements for every kRows attempts, instead of two or three per
// event): seeding a benchmark's million attempts, bringing a history over. Each Begin comes
// before its attempt's steps; a step whose attempt has no Begin among `events` is left out, a
// step sent twice is recorded once. An
// attempt whose key the store knows already keeps its columns (its steps not recorded yet are
// added; a step already recorded is not). All recorded or none (false and the store's
// lastError()).
class HistoryImport
{
public:
    // Attempts (or steps) a statement: PostgreSQL, a round trip each; SQLite, no round trip but
    // a cost per bound value that grows with their number (Qt asks each one's name).
    static constexpr int kRows = 500;
    static constexpr int kSqliteRows = 50;

    explicit HistoryImport(HistoryStore &store) : m_store(store) {}

    bool importAll(const QList<HistoryEvent> &events);
    // After a large import (once, not after each batch): PostgreSQL's statistics brought up to
    // date (ANALYZE), so that its planner reads through the indexes at once rather than after
    // its autovacuum's next round. SQLite plans without statistics: nothing to do. False (and
    // the store's lastError()) when it failed: the import itself is kept.
    bool refreshStatistics();

private:
    HistoryStore &m_store;
};

} // namespace relink
