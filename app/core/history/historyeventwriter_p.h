#pragma once

#include "historydialect_p.h"
#include "historyevent.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace relink {

// apply's statements, each prepared on its first use and reused for every later event (one
// event, or thousands in applyAll). Idempotent: a known key writes nothing.
class HistoryEventWriter
{
public:
    HistoryEventWriter(const QSqlDatabase &db, bool postgres) : m_db(db), m_dialect{postgres} {}

    // Writes one event inside the caller's transaction (a Step also marks its attempt). False,
    // with the database's reason in `why`, when a statement failed.
    bool write(const HistoryEvent &e, QString *why);

private:
    // Runs `sql` with `values` for its ?s; `rows`: the rows it changed. SQLite: a statement
    // prepared once and reused. PostgreSQL: the values inlined by the driver's own quoting
    // (QSqlDriver::formatValue, what Qt's QPSQL sends in its EXECUTE anyway): one round trip
    // instead of the three (PREPARE, EXECUTE, DEALLOCATE) a prepared query costs per event.
    bool exec(std::optional<QSqlQuery> &q, const QString &sql, const QVariantList &values,
              QString *why, int *rows = nullptr);
    bool writeBegin(const HistoryEvent &e, QString *why);
    // A step and, when it is new, its mark on the attempt.
    bool writeStep(const HistoryEvent &e, QString *why);

    QSqlDatabase m_db;
    HistoryDialect m_dialect;
    std::optional<QSqlQuery> m_attempt, m_step, m_mark;
};

} // namespace relink
