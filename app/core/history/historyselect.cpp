// The SELECT that reads attempts: read(), forEach() and the exports share it.
#include "historyselect_p.h"

#include "historydialect_p.h"
#include "linkid.h"

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

} // namespace

QString historySelect(bool team, const HistoryFilter &filter, const HistoryOrder &order,
                      QVariantList *binds, HistorySteps steps, bool timeAsUtcText)
{
    QString sql =
        HistoryDialect{team}.selectEntries(steps, timeAsUtcText) + QStringLiteral(" WHERE 1=1");
    const QString wholeId = filter.linkId.trimmed().toLower();
    if (isValidLinkId(wholeId)) { // a whole id matches only itself: on attempts_link
        sql += QStringLiteral(" AND a.link_id = ?");
        *binds << wholeId;
    } else if (!filter.linkId.isEmpty()) { // a part of one: every attempt is looked at
        sql += QStringLiteral(" AND a.link_id LIKE ? ESCAPE '\\'");
        *binds << QString(QLatin1Char('%') + literal(filter.linkId) + QLatin1Char('%'));
    }
    if (!filter.linkIds.isEmpty()) { // on attempts_link
        QStringList marks(filter.linkIds.size(), QStringLiteral("?"));
        sql += QStringLiteral(" AND a.link_id IN (%1)").arg(marks.join(QLatin1Char(',')));
        for (const QString &id : filter.linkIds)
            *binds << id;
    }
    if (!filter.outcome.isEmpty()) {
        sql += QStringLiteral(" AND a.outcome LIKE ? ESCAPE '\\'");
        *binds << QString(literal(filter.outcome) + QLatin1Char('%'));
    }
    if (!filter.agent.isEmpty()) {
        sql += QStringLiteral(" AND lower(a.agent) = lower(?)");
        *binds << filter.agent;
    }
    if (!filter.ticket.isEmpty()) {
        sql += QStringLiteral(" AND lower(a.ticket) = lower(?)");
        *binds << filter.ticket;
    }
    if (filter.since.isValid()) {
        sql += QStringLiteral(" AND a.started_at >= ?");
        *binds << HistoryDialect::time(filter.since);
    }
    if (filter.until.isValid()) {
        sql += QStringLiteral(" AND a.started_at < ?");
        *binds << HistoryDialect::time(filter.until);
    }
    const int column = qBound(0, static_cast<int>(order.column), kHistoryColumnCount - 1);
    const QLatin1StringView direction(order.order == Qt::AscendingOrder ? "ASC" : "DESC");
    sql += QStringLiteral(" ORDER BY %1 %2, a.id %2")
               .arg(QLatin1StringView(kColumnSql[column]), direction);
    return sql;
}

} // namespace relink
