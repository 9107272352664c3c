#pragma once

#include "historydialect_p.h"
#include "historyevent.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace relink {

// Runs `sql` with `values` for its ?s; `rows`: the rows it changed. SQLite: a statement
// prepared once in `q` and reused. PostgreSQL: the values inlined by the driver's own quoting
// (QSqlDriver::formatValue, what Qt's QPSQL sends in its EXECUTE anyway): one round trip
// instead of the three (PREPARE, EXECUTE, DEALLOCATE) a prepared query costs. False, with the
// database's reason in `why`, when it failed.
bool historyExec(const QSqlDatabase &db, bool postgres, std::optional<QSqlQuery> &q,
                 const QString &sql, const QVariantList &values, QString *why, int *rows = nullptr);

// `sql` with `values` for its ?s, run in `q` (its rows then read with next()): SQLite prepares
// and binds; PostgreSQL gets the values inlined as historyExec() inlines them, one round trip.
// A team's pre-flight read and claim (#26: relink-cli update connects for each run) cost one
// round trip each instead of three.
bool historyQuery(QSqlQuery &q, bool postgres, const QString &sql, const QVariantList &values);

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
    bool exec(std::optional<QSqlQuery> &q, const QString &sql, const QVariantList &values,
              QString *why, int *rows = nullptr)
    {
        return historyExec(m_db, m_dialect.postgres, q, sql, values, why, rows);
    }
    bool writeBegin(const HistoryEvent &e, QString *why);
    // A step and, when it is new, its mark on the attempt.
    bool writeStep(const HistoryEvent &e, QString *why);

    QSqlDatabase m_db;
    HistoryDialect m_dialect;
    std::optional<QSqlQuery> m_attempt, m_step, m_mark;
};

} // namespace relink
