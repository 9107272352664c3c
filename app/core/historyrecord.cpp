// Recording: an attempt when an update starts, then each of its steps and its outcome.
#include "history.h"

#include "historydialect.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <optional>

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

namespace {

// apply's statements, each prepared on its first use and reused for every later event (one
// event, or thousands in applyAll). Idempotent: a known key writes nothing.
class EventWriter
{
public:
    EventWriter(const QSqlDatabase &db, bool postgres) : m_db(db), m_dialect{postgres} {}

    // Writes one event inside the caller's transaction (a Step also marks its attempt). False,
    // with the database's reason in `why`, when a statement failed.
    bool write(const HistoryEvent &e, QString *why)
    {
        return e.kind == HistoryEvent::Kind::Begin ? writeBegin(e, why) : writeStep(e, why);
    }

private:
    static bool run(QSqlQuery &q, QString *why)
    {
        if (q.exec())
            return true;
        *why = q.lastError().text();
        return false;
    }

    // `q`, prepared with `sql` unless it was already; null (and `why`) when that failed.
    QSqlQuery *prepared(std::optional<QSqlQuery> &q, const QString &sql, QString *why)
    {
        if (!q) {
            q.emplace(m_db);
            if (!q->prepare(sql)) {
                *why = q->lastError().text();
                q.reset();
                return nullptr;
            }
        }
        return &*q;
    }

    bool writeBegin(const HistoryEvent &e, QString *why)
    {
        QSqlQuery *q = prepared(
            m_attempt,
            QStringLiteral("INSERT INTO attempts (uid, started_at, environment, link_id, "
                           "institution, fields, outcome, agent, ticket) VALUES (?, ?, ?, ?, "
                           "?, ?, 'started', ?, ?) ON CONFLICT (uid) DO NOTHING"),
            why);
        if (!q)
            return false;
        q->bindValue(0, e.attempt);
        q->bindValue(1, HistoryDialect::time(e.at));
        q->bindValue(2, e.info.environment);
        q->bindValue(3, e.info.linkId);
        q->bindValue(4, e.info.institution);
        q->bindValue(5, e.info.fields.join(QLatin1Char(',')));
        q->bindValue(6, e.info.agent);
        q->bindValue(7, e.info.ticket.isEmpty() ? QVariant() : QVariant(e.info.ticket));
        return run(*q, why);
    }

    // A step and, when it is new, its mark on the attempt.
    bool writeStep(const HistoryEvent &e, QString *why)
    {
        const bool watchEnd = e.kind == HistoryEvent::Kind::WatchEnd;
        const QString ids = e.requestIds.join(QLatin1Char(','));
        QSqlQuery *q = prepared(
            m_step,
            QStringLiteral("INSERT INTO steps (uid, attempt_id, at, method, http_status, "
                           "outcome, request_ids) SELECT ?, id, ?, ?, ?, ?, ? FROM attempts "
                           "WHERE uid = ? ON CONFLICT (uid) DO NOTHING"),
            why);
        if (!q)
            return false;
        q->bindValue(0, e.key);
        q->bindValue(1, HistoryDialect::time(e.at));
        q->bindValue(2, e.method);
        q->bindValue(3, watchEnd ? QVariant() : QVariant(e.httpStatus));
        q->bindValue(4, e.outcome);
        q->bindValue(5, ids);
        q->bindValue(6, e.attempt);
        if (!run(*q, why))
            return false;
        if (q->numRowsAffected() != 1)
            return true; // known already (or no such attempt): nothing to mark
        const bool keep = e.keepOutcome && !watchEnd;
        QSqlQuery *u = prepared(
            m_mark,
            QStringLiteral("UPDATE attempts SET outcome = coalesce(?, outcome), http_status = "
                           "coalesce(?, http_status), request_ids = %1, link_status = "
                           "coalesce(?, link_status) WHERE uid = ?")
                .arg(m_dialect.trimCommas(
                    QStringLiteral("coalesce(request_ids, '') || ',' || coalesce(?, '')"))),
            why);
        if (!u)
            return false;
        u->bindValue(0, keep ? QVariant() : QVariant(e.outcome));
        u->bindValue(1,
                     keep || (watchEnd && e.httpStatus <= 0) ? QVariant() : QVariant(e.httpStatus));
        u->bindValue(2, ids);
        u->bindValue(3, e.linkStatus.isEmpty() ? QVariant() : QVariant(e.linkStatus));
        u->bindValue(4, e.attempt);
        return run(*u, why);
    }

    QSqlDatabase m_db;
    HistoryDialect m_dialect;
    std::optional<QSqlQuery> m_attempt, m_step, m_mark;
};

} // namespace

bool HistoryStore::apply(const HistoryEvent &e)
{
    if (!m_open)
        return false;
    if (e.kind != HistoryEvent::Kind::Begin)
        return applyAll({e}); // a step and its mark on the attempt: one transaction
    EventWriter writer(QSqlDatabase::database(m_connection, false), isTeam());
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
    auto writer = std::make_unique<EventWriter>(db, isTeam());
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
