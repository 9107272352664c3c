// Reading the history (filtered, in any column's order, a page at a time), retention, clearing.
#include "historystore.h"

#include "historydialect_p.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace relink {

namespace {

// The SQL of each HistoryColumn, in its order.
const char *const kColumnSql[kHistoryColumnCount] = {
    "a.started_at", "a.environment", "a.link_id",     "a.institution", "a.fields", "steps",
    "a.outcome",    "a.http_status", "a.request_ids", "a.link_status", "a.agent",  "a.ticket"};

// LIKE with the user's text taken literally.
QString literal(QString text)
{
    return text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
}

QString cutoff(int days)
{
    return HistoryDialect::time(QDateTime::currentDateTimeUtc().addDays(-days));
}

} // namespace

bool HistoryStore::read(const HistoryFilter &filter, const HistoryOrder &order, int offset,
                        int limit, QList<HistoryEntry> *out)
{
    if (!m_open)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QString sql = HistoryDialect{isTeam()}.selectEntries() + QStringLiteral(" WHERE 1=1");
    QVariantList binds;
    if (!filter.linkId.isEmpty()) {
        sql += QStringLiteral(" AND a.link_id LIKE ? ESCAPE '\\'");
        binds << QString(QLatin1Char('%') + literal(filter.linkId) + QLatin1Char('%'));
    }
    if (!filter.linkIds.isEmpty()) { // on attempts_link
        QStringList marks(filter.linkIds.size(), QStringLiteral("?"));
        sql += QStringLiteral(" AND a.link_id IN (%1)").arg(marks.join(QLatin1Char(',')));
        for (const QString &id : filter.linkIds)
            binds << id;
    }
    if (!filter.outcome.isEmpty()) {
        sql += QStringLiteral(" AND a.outcome LIKE ? ESCAPE '\\'");
        binds << QString(literal(filter.outcome) + QLatin1Char('%'));
    }
    if (!filter.agent.isEmpty()) {
        sql += QStringLiteral(" AND lower(a.agent) = lower(?)");
        binds << filter.agent;
    }
    if (!filter.ticket.isEmpty()) {
        sql += QStringLiteral(" AND lower(a.ticket) = lower(?)");
        binds << filter.ticket;
    }
    if (filter.since.isValid()) {
        sql += QStringLiteral(" AND a.started_at >= ?");
        binds << HistoryDialect::time(filter.since);
    }
    if (filter.until.isValid()) {
        sql += QStringLiteral(" AND a.started_at < ?");
        binds << HistoryDialect::time(filter.until);
    }
    const int column = qBound(0, static_cast<int>(order.column), kHistoryColumnCount - 1);
    const QLatin1StringView direction(order.order == Qt::AscendingOrder ? "ASC" : "DESC");
    sql += QStringLiteral(" ORDER BY %1 %2, a.id %2 LIMIT %3 OFFSET %4")
               .arg(QLatin1StringView(kColumnSql[column]), direction)
               .arg(qMax(0, limit))
               .arg(qMax(0, offset));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return fail(QCoreApplication::translate("relink::HistoryStore",
                                                "The history could not be read (%1). Close "
                                                "other Relink windows, then open the history "
                                                "again; updates are not affected.")
                        .arg(q.lastError().text()),
                    q.lastError().text());
    while (q.next())
        out->append(HistoryDialect::entry(q));
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
    if (!m_open || days <= 0 || isTeam()) // the team's retention is the database's
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM attempts WHERE started_at < ?"));
    q.addBindValue(cutoff(days));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

int HistoryStore::prune(int retentionDays)
{
    if (!m_open || retentionDays <= 0 || isTeam())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM attempts WHERE started_at < ?"));
    q.addBindValue(cutoff(retentionDays));
    if (!q.exec())
        return 0;
    const int removed = q.numRowsAffected();
    if (removed > 0)
        emit changed();
    return removed;
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
