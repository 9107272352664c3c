// Recording: an attempt when an update starts, then each of its steps and its outcome.
#include "history.h"

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

qint64 HistoryStore::begin(const QString &environment, const QString &linkId,
                           const QString &institution, const QStringList &fieldNames)
{
    if (!m_open)
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO attempts (started_at, environment, link_id, "
                             "institution, fields, outcome) VALUES (?, ?, ?, ?, ?, 'started')"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(environment);
    q.addBindValue(linkId);
    q.addBindValue(institution);
    q.addBindValue(fieldNames.join(QLatin1Char(',')));
    if (!q.exec()) {
        writeFailed(q.lastError().text());
        return 0;
    }
    emit changed();
    return q.lastInsertId().toLongLong();
}

bool HistoryStore::step(qint64 attemptId, const QString &method, const Result &result,
                        bool keepOutcome)
{
    if (!m_open || attemptId <= 0)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString outcome = outcomeOf(result);
    const QString ids = result.requestIds().join(QLatin1Char(','));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!db.transaction())
        return writeFailed(db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO steps (attempt_id, at, method, http_status, outcome, "
                             "request_ids) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(attemptId);
    q.addBindValue(now);
    q.addBindValue(method);
    q.addBindValue(result.httpStatus);
    q.addBindValue(outcome);
    q.addBindValue(ids);
    QSqlQuery u(db);
    u.prepare(QStringLiteral(
        "UPDATE attempts SET outcome = coalesce(?, outcome), http_status = coalesce(?, "
        "http_status), request_ids = trim(coalesce(request_ids, '') || ',' || coalesce(?, ''), "
        "','), link_status = coalesce(?, link_status) WHERE id = ?"));
    u.addBindValue(keepOutcome ? QVariant() : QVariant(outcome));
    u.addBindValue(keepOutcome ? QVariant() : QVariant(result.httpStatus));
    u.addBindValue(ids);
    u.addBindValue(result.kind == Result::Kind::Link ? QVariant(result.link.status) : QVariant());
    u.addBindValue(attemptId);
    if (!q.exec() || !u.exec()) {
        const QSqlError e = q.lastError().isValid() ? q.lastError() : u.lastError();
        db.rollback();
        return writeFailed(e.text());
    }
    if (!db.commit())
        return writeFailed(db.lastError().text());
    emit changed();
    return true;
}

bool HistoryStore::watchEnded(qint64 attemptId, const QString &label, const QString &outcome,
                              const QString &linkStatus, const Result &last)
{
    if (!m_open || attemptId <= 0)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString ids = last.requestIds().join(QLatin1Char(','));
    if (!db.transaction())
        return writeFailed(db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO steps (attempt_id, at, method, http_status, outcome, "
                             "request_ids) VALUES (?, ?, ?, NULL, ?, ?)"));
    q.addBindValue(attemptId);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(label);
    q.addBindValue(outcome);
    q.addBindValue(ids);
    QSqlQuery u(db);
    u.prepare(QStringLiteral(
        "UPDATE attempts SET outcome = ?, http_status = coalesce(?, http_status), request_ids = "
        "trim(coalesce(request_ids, '') || ',' || coalesce(?, ''), ','), link_status = "
        "coalesce(?, link_status) WHERE id = ?"));
    u.addBindValue(outcome);
    u.addBindValue(last.httpStatus > 0 ? QVariant(last.httpStatus) : QVariant());
    u.addBindValue(ids);
    u.addBindValue(linkStatus.isEmpty() ? QVariant() : QVariant(linkStatus));
    u.addBindValue(attemptId);
    if (!q.exec() || !u.exec()) {
        const QSqlError e = q.lastError().isValid() ? q.lastError() : u.lastError();
        db.rollback();
        return writeFailed(e.text());
    }
    if (!db.commit())
        return writeFailed(db.lastError().text());
    emit changed();
    return true;
}

qint64 HistoryStore::latestHandoff(const QString &environment, const QString &linkId)
{
    if (!m_open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "SELECT id, outcome FROM attempts a WHERE environment = ? AND link_id = ? AND EXISTS "
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
        return 0;
    }
    if (!q.next())
        return 0;
    const QString outcome = q.value(1).toString();
    return outcome == QLatin1StringView("handed_off") || outcome == QLatin1StringView("waiting")
               ? q.value(0).toLongLong()
               : 0;
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
