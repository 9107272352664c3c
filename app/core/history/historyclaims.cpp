// Who is on which link now: the claims table, through the store's connection.
#include "historyclaims.h"

#include "historystore.h"

#include "historydialect_p.h"
#include "historyeventwriter_p.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace relink {

namespace {

constexpr auto kClaimColumns = "environment, link_id, agent, ticket, since, expires_at";

LinkClaim claimFrom(const QSqlQuery &q)
{
    LinkClaim c;
    c.environment = q.value(0).toString();
    c.linkId = q.value(1).toString();
    c.agent = q.value(2).toString();
    c.ticket = q.value(3).toString();
    c.since = HistoryDialect::time(q.value(4));
    c.expiresAt = HistoryDialect::time(q.value(5));
    return c;
}

QString claimsUnreadable(const QString &detail)
{
    return QCoreApplication::translate("relink::HistoryStore",
                                       "Who is on which link could not be read from the history "
                                       "(%1). Ask your team before going ahead.")
        .arg(detail);
}

QString claimNotWritten(const QString &detail)
{
    return QCoreApplication::translate("relink::HistoryStore",
                                       "The history could not record who is on the link (%1): "
                                       "colleagues will not see it. Tell them you are on it.")
        .arg(detail);
}

} // namespace

LinkClaim HistoryClaims::claim(const ClaimRequest &request, bool *ok)
{
    if (ok)
        *ok = false;
    if (!m_store.m_open || request.agent.isEmpty() || request.seconds <= 0)
        return {};
    const HistoryDialect dialect{m_store.isTeam()};
    QSqlQuery q(QSqlDatabase::database(m_store.m_connection, false));
    // Renewing keeps `since` (an agent's name in any case is theirs, as the history's filters
    // take it); another agent's claim in force is taken only with takeOver. One
    // statement: two desktops claiming at once never both hold the link.
    const QString sql =
        QStringLiteral(
            "INSERT INTO claims (%1) VALUES (?, ?, ?, ?, %2, %3) ON CONFLICT "
            "(environment, link_id) DO UPDATE SET since = CASE WHEN "
            "lower(claims.agent) = lower(excluded.agent) AND claims.expires_at > %2 THEN "
            "claims.since ELSE excluded.since END, agent = excluded.agent, "
            "ticket = excluded.ticket, expires_at = excluded.expires_at WHERE "
            "lower(claims.agent) = lower(excluded.agent) OR claims.expires_at <= %2 OR %4%5")
            .arg(QLatin1StringView(kClaimColumns), dialect.now(), dialect.now(request.seconds),
                 request.takeOver ? QStringLiteral("1 = 1") : QStringLiteral("1 = 0"),
                 // PostgreSQL: the claim as written comes back, no second round trip. Not on
                 // SQLite, whose RETURNING commits only when the statement is reset, and Qt's
                 // driver drops what that reset says (a commit that failed would read as done).
                 dialect.postgres
                     ? QStringLiteral(" RETURNING %1").arg(QLatin1StringView(kClaimColumns))
                     : QString());
    if (!historyQuery(q, dialect.postgres, sql,
                      {request.environment, request.linkId, request.agent, request.ticket})) {
        m_store.fail(claimNotWritten(q.lastError().text()), q.lastError().text());
        return {};
    }
    // Written: the claim is this agent's, as it now stands. Not written: a colleague's claim in
    // force, read as it is.
    if (dialect.postgres && q.next()) {
        const LinkClaim mine = claimFrom(q);
        q.finish();
        if (ok)
            *ok = true;
        m_store.m_error.clear();
        return mine;
    }
    q.finish();
    return claimOf(request.environment, request.linkId, ok);
}

LinkClaim HistoryClaims::claimOf(const QString &environment, const QString &linkId, bool *ok)
{
    if (ok)
        *ok = false;
    if (!m_store.m_open)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_store.m_connection, false));
    const QString sql =
        QStringLiteral("SELECT %1 FROM claims WHERE environment = ? AND link_id = ? AND "
                       "expires_at > %2")
            .arg(QLatin1StringView(kClaimColumns), HistoryDialect{m_store.isTeam()}.now());
    if (!historyQuery(q, m_store.isTeam(), sql, {environment, linkId})) {
        m_store.fail(claimsUnreadable(q.lastError().text()), q.lastError().text());
        return {};
    }
    if (ok)
        *ok = true;
    m_store.m_error.clear();
    return q.next() ? claimFrom(q) : LinkClaim{};
}

bool HistoryClaims::release(const QString &environment, const QString &linkId, const QString &agent)
{
    if (!m_store.m_open)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_store.m_connection, false));
    // Claims long expired go too: the table holds about one row per agent at work.
    const QString sql =
        QStringLiteral("DELETE FROM claims WHERE (environment = ? AND link_id = ? AND "
                       "lower(agent) = lower(?)) OR expires_at <= %1")
            .arg(HistoryDialect{m_store.isTeam()}.now(-3600));
    if (!historyQuery(q, m_store.isTeam(), sql, {environment, linkId, agent}))
        return m_store.fail(claimNotWritten(q.lastError().text()), q.lastError().text());
    m_store.m_error.clear();
    return true;
}

QList<LinkClaim> HistoryClaims::claims(const QString &environment, bool *ok)
{
    if (ok)
        *ok = false;
    if (!m_store.m_open)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_store.m_connection, false));
    const QString sql =
        QStringLiteral("SELECT %1 FROM claims WHERE environment = ? AND expires_at > %2 "
                       "ORDER BY since")
            .arg(QLatin1StringView(kClaimColumns), HistoryDialect{m_store.isTeam()}.now());
    if (!historyQuery(q, m_store.isTeam(), sql, {environment})) {
        m_store.fail(claimsUnreadable(q.lastError().text()), q.lastError().text());
        return {};
    }
    QList<LinkClaim> out;
    while (q.next())
        out << claimFrom(q);
    if (ok)
        *ok = true;
    m_store.m_error.clear();
    return out;
}

} // namespace relink
