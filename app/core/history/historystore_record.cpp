// Recording: an attempt when an update starts, then each of its steps and its outcome.
#include "historystore.h"

#include "historydialect_p.h"
#include "historyeventwriter_p.h"
#include "historylogging_p.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace relink {

bool HistoryStore::writeFailed(const QString &detail)
{
    return fail(QCoreApplication::translate("relink::HistoryStore",
                                            "This update could not be written to the history "
                                            "(%1). The update itself is not affected.")
                    .arg(detail),
                detail);
}

QString HistoryStore::begin(const AttemptInfo &info)
{
    const HistoryEvent event = HistoryEvent::begin(info);
    return apply(event) ? event.attempt : QString();
}

bool HistoryStore::step(const QString &attempt, HistoryStep step, const Result &result,
                        bool keepOutcome)
{
    return !attempt.isEmpty() && apply(HistoryEvent::step(attempt, step, result, keepOutcome));
}

bool HistoryStore::watchEnded(const QString &attempt, const QString &outcome,
                              const QString &linkStatus, const Result &last)
{
    return !attempt.isEmpty() && apply(HistoryEvent::watchEnd(attempt, outcome, linkStatus, last));
}

bool HistoryStore::apply(const HistoryEvent &e)
{
    if (!m_open)
        return false;
    // SQLite writes a step and its mark on the attempt as two statements: one transaction.
    // PostgreSQL's is one statement (HistoryEventWriter), atomic by itself.
    if (e.kind != HistoryEvent::Kind::Begin && !isTeam())
        return applyAll({e});
    HistoryEventWriter writer(QSqlDatabase::database(m_connection, false), isTeam());
    QString why;
    if (!writer.write(e, &why))
        return writeFailed(why);
    emit changed();
    return true;
}

bool HistoryStore::applyAll(const QList<HistoryEvent> &events)
{
    if (!m_open)
        return false;
    if (events.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return writeFailed(db.lastError().text());
    auto writer = std::make_unique<HistoryEventWriter>(db, isTeam());
    QString why;
    for (const HistoryEvent &e : events) {
        if (!writer->write(e, &why)) {
            db.rollback();
            return writeFailed(why); // nothing of `events` is kept
        }
    }
    writer.reset(); // its statements are done before the commit
    if (!db.commit())
        return writeFailed(db.lastError().text());
    emit changed();
    return true;
}

QString HistoryStore::latestHandoff(const QString &environment, const QString &linkId)
{
    if (!m_open)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT uid, outcome FROM attempts a WHERE environment = ? AND "
                             "link_id = ? AND EXISTS (SELECT 1 FROM steps s WHERE s.attempt_id = "
                             "a.id AND %1) ORDER BY started_at DESC, id DESC LIMIT 1")
                  .arg(historyHandoffStepCondition(QStringLiteral("s.method"))));
    q.addBindValue(environment);
    q.addBindValue(linkId);
    if (!q.exec()) {
        fail(QCoreApplication::translate("relink::HistoryStore",
                                         "The history could not be read (%1). The wait goes on; "
                                         "it is recorded as an attempt of its own.")
                 .arg(q.lastError().text()),
             q.lastError().text());
        return {};
    }
    if (!q.next())
        return {};
    const QString outcome = q.value(1).toString();
    return isOpenHandoffOutcome(outcome) ? q.value(0).toString() : QString();
}

} // namespace relink
