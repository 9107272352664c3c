// Recording: an attempt when an update starts, then each of its steps and its outcome.
#include "history.h"

#include "historydialect.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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

bool HistoryStore::step(const QString &attempt, const QString &method, const Result &result,
                        bool keepOutcome)
{
    return !attempt.isEmpty() && apply(HistoryEvent::step(attempt, method, result, keepOutcome));
}

bool HistoryStore::watchEnded(const QString &attempt, const QString &label, const QString &outcome,
                              const QString &linkStatus, const Result &last)
{
    return !attempt.isEmpty() &&
           apply(HistoryEvent::watchEnd(attempt, label, outcome, linkStatus, last));
}

bool HistoryStore::apply(const HistoryEvent &e)
{
    if (!m_open)
        return false;
    if (e.kind != HistoryEvent::Kind::Begin)
        return applyStep(e);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO attempts (uid, started_at, environment, link_id, "
                             "institution, fields, outcome, agent, ticket) VALUES (?, ?, ?, ?, ?, "
                             "?, 'started', ?, ?) ON CONFLICT (uid) DO NOTHING"));
    q.addBindValue(e.attempt);
    q.addBindValue(HistoryDialect::time(e.at));
    q.addBindValue(e.info.environment);
    q.addBindValue(e.info.linkId);
    q.addBindValue(e.info.institution);
    q.addBindValue(e.info.fields.join(QLatin1Char(',')));
    q.addBindValue(e.info.agent);
    q.addBindValue(e.info.ticket.isEmpty() ? QVariant() : QVariant(e.info.ticket));
    if (!q.exec())
        return writeFailed(q.lastError().text());
    emit changed();
    return true;
}

// A step and, when it is new, its mark on the attempt, in one transaction.
bool HistoryStore::applyStep(const HistoryEvent &e)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const HistoryDialect dialect{isTeam()};
    const bool watchEnd = e.kind == HistoryEvent::Kind::WatchEnd;
    const QString ids = e.requestIds.join(QLatin1Char(','));
    if (!db.transaction())
        return writeFailed(db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO steps (uid, attempt_id, at, method, http_status, "
                             "outcome, request_ids) SELECT ?, id, ?, ?, ?, ?, ? FROM attempts "
                             "WHERE uid = ? ON CONFLICT (uid) DO NOTHING"));
    q.addBindValue(e.key);
    q.addBindValue(HistoryDialect::time(e.at));
    q.addBindValue(e.method);
    q.addBindValue(watchEnd ? QVariant() : QVariant(e.httpStatus));
    q.addBindValue(e.outcome);
    q.addBindValue(ids);
    q.addBindValue(e.attempt);
    bool ok = q.exec();
    QString why = ok ? QString() : q.lastError().text();
    if (ok && q.numRowsAffected() == 0 && !e.attempt.isEmpty())
        qCDebug(lcHistory) << "history: a step already recorded, or of an attempt kept elsewhere";
    if (ok && q.numRowsAffected() == 1) { // new: the attempt shows it
        const bool keep = e.keepOutcome && !watchEnd;
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE attempts SET outcome = coalesce(?, outcome), "
                                 "http_status = coalesce(?, http_status), request_ids = %1, "
                                 "link_status = coalesce(?, link_status) WHERE uid = ?")
                      .arg(dialect.trimCommas(
                          QStringLiteral("coalesce(request_ids, '') || ',' || coalesce(?, '')"))));
        u.addBindValue(keep ? QVariant() : QVariant(e.outcome));
        u.addBindValue(keep || (watchEnd && e.httpStatus <= 0) ? QVariant()
                                                               : QVariant(e.httpStatus));
        u.addBindValue(ids);
        u.addBindValue(e.linkStatus.isEmpty() ? QVariant() : QVariant(e.linkStatus));
        u.addBindValue(e.attempt);
        ok = u.exec();
        if (!ok)
            why = u.lastError().text();
    }
    if (!ok) {
        db.rollback();
        return writeFailed(why);
    }
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
    q.prepare(QStringLiteral(
        "SELECT uid, outcome FROM attempts a WHERE environment = ? AND link_id = ? AND EXISTS "
        "(SELECT 1 FROM steps s WHERE s.attempt_id = a.id AND (s.method = 'TOKEN' OR s.method "
        "LIKE 'WATCH%')) ORDER BY started_at DESC, id DESC LIMIT 1"));
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
    return outcome == QLatin1StringView("handed_off") || outcome == QLatin1StringView("waiting")
               ? q.value(0).toString()
               : QString();
}

QString HistoryStore::outcomeOf(const Result &r)
{
    switch (r.kind) {
    case Result::Kind::Link:
    case Result::Kind::Institution:
    case Result::Kind::Connected:
    case Result::Kind::LinksPage:
        return QStringLiteral("success");
    case Result::Kind::Accepted: // a 2xx without the link: the flow reads it back (GET)
        return QStringLiteral("accepted");
    case Result::Kind::Mfa:
        return QStringLiteral("mfa");
    case Result::Kind::WidgetToken: // the customer has a link; the hand-off's watch may follow
        return QStringLiteral("handed_off");
    case Result::Kind::ApiErrors: {
        const QString code = r.errors.value(0).code;
        return code.isEmpty() ? QStringLiteral("http:%1").arg(r.httpStatus)
                              : QStringLiteral("error:") + code;
    }
    case Result::Kind::Failure:
        return r.failure == Failure::Cancelled
                   ? QStringLiteral("cancelled")
                   : QStringLiteral("transport:") + failureName(r.failure);
    }
    return QStringLiteral("unknown");
}

} // namespace relink
