// Reading the history (filtered, in any column's order, a page at a time), retention, clearing.
#include "historystore.h"

#include "historydialect_p.h"
#include "historyeventwriter_p.h"
#include "historyretention.h"
#include "historyselect_p.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace relink {

bool HistoryStore::readFailed(const QSqlQuery &q)
{
    return fail(QCoreApplication::translate("relink::HistoryStore",
                                            "The history could not be read (%1). Close "
                                            "other Relink windows, then open the history "
                                            "again; updates are not affected.")
                    .arg(q.lastError().text()),
                q.lastError().text());
}

bool HistoryStore::read(const HistoryFilter &filter, const HistoryOrder &order, int offset,
                        int limit, QList<HistoryEntry> *out)
{
    return forEach(filter, order, offset, limit, [out](const HistoryEntry &e) {
        out->append(e);
        return true;
    });
}

bool HistoryStore::forEach(const HistoryFilter &filter, const HistoryOrder &order, int offset,
                           int limit, const std::function<bool(const HistoryEntry &)> &row,
                           HistorySteps steps)
{
    if (!m_open)
        return false;
    QVariantList binds;
    QString sql = historySelect(isTeam(), filter, order, &binds, steps);
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(qMax(0, offset));
    // Forward only: SQLite steps through the rows, PostgreSQL's driver takes them one at a
    // time (single-row mode): the client never holds them all.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!historyQuery(q, isTeam(), sql, binds))
        return readFailed(q);
    while (q.next()) {
        if (!row(HistoryDialect::entry(q)))
            break;
    }
    if (q.lastError().isValid()) // a row that failed to arrive (the connection dropped)
        return readFailed(q);
    return true;
}

QList<HistoryEntry> HistoryStore::entries(const HistoryFilter &filter, int limit,
                                          const HistoryOrder &order)
{
    QList<HistoryEntry> out;
    if (!read(filter, order, 0, limit, &out))
        out.clear();
    return out;
}

int HistoryStore::countOlderThan(int days)
{
    return isTeam() ? 0 : HistoryRetention(*this).countOlderThan(days);
}

int HistoryStore::prune(int retentionDays)
{
    return isTeam() ? 0 : HistoryRetention(*this).prune(retentionDays).removed;
}

bool HistoryStore::clear()
{
    if (!m_open)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (isTeam()) // a team's record is not one desktop's to erase
        return fail(QCoreApplication::translate("relink::HistoryStore",
                                                "The team history is kept by its database; "
                                                "Relink does not clear it. Ask whoever runs it."),
                    QStringLiteral("clear refused on a team history"));
    const bool ok = db.transaction() && q.exec(QStringLiteral("DELETE FROM steps")) &&
                    q.exec(QStringLiteral("DELETE FROM attempts")) && db.commit();
    if (!ok) {
        const QString why = db.lastError().text();
        db.rollback();
        return fail(QCoreApplication::translate("relink::HistoryStore",
                                                "The history could not be cleared (%1). Close "
                                                "other Relink windows, then try again.")
                        .arg(why),
                    why);
    }
    emit changed();
    return true;
}

} // namespace relink
