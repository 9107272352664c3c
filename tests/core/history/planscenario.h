#pragma once

// The history's filters read through their indexes (#26): the query plan of each filter of the
// History window and relink-cli history — a whole link id, an agent, a ticket, a period — names
// its index, on SQLite (EXPLAIN QUERY PLAN) and on PostgreSQL (EXPLAIN, sequential scans
// discouraged so that a small test table shows the plan a million rows would get).

#include "historyselect_p.h"
#include "historystore.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace relink::test {

// The SELECT with its values written in (EXPLAIN can't be prepared on PostgreSQL).
inline QString withValues(QString sql, const QVariantList &binds)
{
    for (const QVariant &b : binds)
        sql.replace(sql.indexOf(QLatin1Char('?')), 1, QLatin1Char('\'') + b.toString() + '\'');
    return sql;
}

inline void checkFiltersUseTheirIndexes(HistoryStore &store, bool team)
{
    QSqlQuery q(QSqlDatabase::database(store.connectionName()));
    if (team)
        QVERIFY2(q.exec("SET enable_seqscan = off"), qPrintable(q.lastError().text()));
    struct Case
    {
        const char *what;
        HistoryFilter filter;
        QString index;
    };
    HistoryFilter link, agent, ticket, period;
    link.linkId = kValid;
    agent.agent = "Ana";
    ticket.ticket = "sup-1234";
    period.since = QDateTime::currentDateTimeUtc().addDays(-7);
    period.until = QDateTime::currentDateTimeUtc().addDays(-6);
    for (const Case &c :
         {Case{"link", link, "attempts_link"}, Case{"agent", agent, "attempts_agent"},
          Case{"ticket", ticket, "attempts_ticket"}, Case{"period", period, "attempts_started"}}) {
        QVariantList binds;
        const QString sql = historySelect(team, c.filter, {}, &binds);
        QVERIFY2(q.exec((team ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + withValues(sql, binds)),
                 qPrintable(q.lastError().text()));
        QStringList plan;
        while (q.next())
            plan << q.value(team ? 0 : 3).toString();
        const QString text = plan.join('\n');
        // SQLite: "SEARCH a USING INDEX attempts_agent (<expr>=?)"; PostgreSQL: "Index Scan
        // using attempts_agent on attempts a" or a bitmap scan of it.
        const bool onIndex =
            team ? text.contains("using " + c.index) || text.contains("on " + c.index)
                 : text.contains(
                       QRegularExpression("SEARCH a USING (COVERING )?INDEX " + c.index + "\\b"));
        QVERIFY2(onIndex, qPrintable(QString("%1: %2").arg(c.what, text)));
        // And newest first from the index itself (schema 5): at a million attempts an agent's
        // hundred thousand are never sorted for one page. SQLite says when it would sort.
        if (!team)
            QVERIFY2(!text.contains("TEMP B-TREE"),
                     qPrintable(QString("%1: %2").arg(c.what, text)));
    }
    if (team)
        QVERIFY(q.exec("RESET enable_seqscan"));
}

} // namespace relink::test
