#pragma once

#include "historyevent.h"

#include <QList>

namespace relink {

class HistoryStore;

// Many new attempts at once, each with its steps: what applyAll(events) records, written with
// multi-row INSERTs (a few statements for every kRows attempts, instead of two or three per
// event): seeding a benchmark's million attempts, bringing a history over. Each Begin comes
// before its attempt's steps; a step whose attempt has no Begin among `events` is left out. An
// attempt whose key the store knows already keeps its columns (its steps not recorded yet are
// added; a step already recorded is not). All recorded or none (false and the store's
// lastError()).
class HistoryImport
{
public:
    static constexpr int kRows = 500; // attempts (or steps) a statement

    explicit HistoryImport(HistoryStore &store) : m_store(store) {}

    bool importAll(const QList<HistoryEvent> &events);

private:
    HistoryStore &m_store;
};

} // namespace relink
