// The outbox: events for a team history that could not be reached, kept in the SQLite file on
// this computer until they are sent.
#include "historyoutbox.h"

#include "historylogging_p.h"
#include "historystore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace relink {

bool HistoryOutbox::usable() const
{
    return m_store.isOpen() && !m_store.isTeam();
}

bool HistoryOutbox::enqueue(const QString &target, const HistoryEvent &event)
{
    if (!usable())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_store.m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO outbox (target, event) VALUES (?, ?)"));
    q.addBindValue(target);
    q.addBindValue(QString::fromUtf8(event.toJson()));
    if (q.exec())
        return true;
    return m_store.fail(
        QCoreApplication::translate("relink::HistoryStore",
                                    "This update could not be kept on this computer for "
                                    "the team history (%1); it is not recorded. The "
                                    "update itself is not affected.")
            .arg(q.lastError().text()),
        q.lastError().text());
}

QList<OutboxItem> HistoryOutbox::pending(const QString &target, int limit)
{
    QList<OutboxItem> out;
    if (!usable())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_store.m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT seq, event FROM outbox WHERE target = ? AND failed IS NULL ORDER BY seq LIMIT ?"));
    q.addBindValue(target);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        const std::optional<HistoryEvent> event = HistoryEvent::fromJson(q.value(1).toByteArray());
        if (event)
            out.append({q.value(0).toLongLong(), *event});
        else
            dequeue(q.value(0).toLongLong()); // unreadable: it would block every later one
    }
    return out;
}

int HistoryOutbox::pendingCount(const QString &target)
{
    return usable() ? counted(target).value_or(0) : 0;
}

bool HistoryOutbox::holdsNothingFor(const QString &target)
{
    return !usable() || counted(target) == 0;
}

std::optional<int> HistoryOutbox::counted(const QString &target)
{
    QSqlQuery q(QSqlDatabase::database(m_store.m_connection, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE target = ? AND failed IS NULL"));
    q.addBindValue(target);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return std::nullopt;
}

int HistoryOutbox::pendingElsewhere(const QString &target)
{
    if (!usable())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_store.m_connection, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE target <> ? AND failed IS NULL"));
    q.addBindValue(target);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool HistoryOutbox::setAside(qint64 sequence, const QString &why)
{
    if (!usable())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_store.m_connection, false));
    q.prepare(QStringLiteral("UPDATE outbox SET failed = ? WHERE seq = ?"));
    q.addBindValue(why.isEmpty() ? QStringLiteral("refused") : why);
    q.addBindValue(sequence);
    qCWarning(lcOutbox).noquote() << "outbox: an event the team history refused, set aside:" << why;
    return q.exec();
}

bool HistoryOutbox::dequeue(qint64 sequence)
{
    if (!usable())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_store.m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    q.addBindValue(sequence);
    return q.exec();
}

} // namespace relink
