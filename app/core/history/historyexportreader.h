#pragma once

#include "historyentry.h"
#include "historyexport.h"

#include <functional>

namespace relink {

class HistoryStore;

// The exports' rows straight from SQLite's C API (#26): the columns' UTF-8 text as SQLite holds
// it, without Qt SQL's QVariants, a QDateTime or a HistoryEntry in between — what makes
// relink-cli history --json as fast as sqlite3 -json. On a team history (PostgreSQL) it reads
// through HistoryStore::forEach() and gives the same rows.
class HistoryExportReader
{
public:
    explicit HistoryExportReader(HistoryStore &store) : m_store(store) {}

    // Every attempt matching `filter`, in `order`, to `row` (false: stop). False (and the store's
    // lastError()) when the history cannot be read, also partway.
    bool forEach(const HistoryFilter &filter, const HistoryOrder &order,
                 const std::function<bool(const HistoryExportRow &)> &row);

private:
    bool forEachSqlite(const HistoryFilter &filter, const HistoryOrder &order,
                       const std::function<bool(const HistoryExportRow &)> &row);

    HistoryStore &m_store;
};

} // namespace relink
