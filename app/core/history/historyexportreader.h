#pragma once

#include "historyentry.h"
#include "historyexport.h"

#include <functional>

namespace relink {

class HistoryStore;

// The exports' rows straight from the databases' C APIs (#26), on the connection Qt SQL opened:
// the columns' UTF-8 text as SQLite holds it or PostgreSQL sends it (libpq, one row at a time),
// without Qt SQL's QVariants, a QDateTime or a HistoryEntry in between — what makes
// relink-cli history --json and --csv as fast as sqlite3 and psql. The rows are the ones
// HistoryStore::forEach() reads, and the writers make the same bytes of them.
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
    bool forEachPostgres(const HistoryFilter &filter, const HistoryOrder &order,
                         const std::function<bool(const HistoryExportRow &)> &row);
    bool failed(const QString &detail);

    HistoryStore &m_store;
};

} // namespace relink
