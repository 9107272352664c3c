// Recording: an attempt when an update starts, then each of its steps and its outcome.
#include "historystore.h"

#include "historydialect.h"
#include "historylogging_p.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
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
    // Runs `sql` with `values` for its ?s; `rows`: the rows it changed. SQLite: a statement
    // prepared once and reused. PostgreSQL: the values inlined by the driver's own quoting
    // (QSqlDriver::formatValue, what Qt's QPSQL sends in its EXECUTE anyway): one round trip
    // instead of the three (PREPARE, EXECUTE, DEALLOCATE) a prepared query costs per event.
    bool exec(std::optional<QSqlQuery> &q, const QString &sql, const QVariantList &values,
              QString *why, int *rows = nullptr)
    {
        QSqlQuery *query = nullptr;
        std::optional<QSqlQuery> once;
        if (m_dialect.postgres) {
            QString text;
            qsizetype from = 0;
            for (const QVariant &v : values) {
                const qsizetype mark = sql.indexOf(QLatin1Char('?'), from);
                QSqlField field(QString(), v.metaType());
                field.setValue(v);
                text += sql.mid(from, mark - from) + m_db.driver()->formatValue(field);
                from = mark + 1;
            }
            text += sql.mid(from);
            once.emplace(m_db);
            query = &*once;
            if (!query->exec(text)) {
                *why = query->lastError().text();
                return false;
            }
        } else {
            if (!q) {
                q.emplace(m_db);
                if (!q->prepare(sql)) {
                    *why = q->lastError().text();
                    q.reset();
                    return false;
                }
            }
            query = &*q;
            for (int i = 0; i < values.size(); ++i)
                query->bindValue(i, values.at(i));
            if (!query->exec()) {
                *why = query->lastError().text();
                return false;
            }
        }
        if (rows)
            *rows = query->numRowsAffected();
        return true;
    }

    bool writeBegin(const HistoryEvent &e, QString *why)
    {
        return exec(m_attempt,
                    QStringLiteral("INSERT INTO attempts (uid, started_at, environment, link_id, "
                                   "institution, fields, outcome, agent, ticket) VALUES (?, ?, ?, "
                                   "?, ?, ?, 'started', ?, ?) ON CONFLICT (uid) DO NOTHING"),
                    {e.attempt, HistoryDialect::time(e.at), e.info.environment, e.info.linkId,
                     e.info.institution, e.info.fields.join(QLatin1Char(',')), e.info.agent,
                     e.info.ticket.isEmpty() ? QVariant() : QVariant(e.info.ticket)},
                    why);
    }

    // A step and, when it is new, its mark on the attempt.
    bool writeStep(const HistoryEvent &e, QString *why)
    {
        const bool watchEnd = e.kind == HistoryEvent::Kind::WatchEnd;
        const QString ids = e.requestIds.join(QLatin1Char(','));
        int rows = 0;
        if (!exec(m_step,
                  // Typed: a SELECT list's literals are text to PostgreSQL, not the columns' types.
                  QStringLiteral("INSERT INTO steps (uid, attempt_id, at, method, http_status, "
                                 "outcome, request_ids) SELECT ?, id, CAST(? AS %1), ?, CAST(? AS "
                                 "INTEGER), ?, ? FROM attempts WHERE uid = ? ON CONFLICT (uid) DO "
                                 "NOTHING")
                      .arg(m_dialect.timeType()),
                  {e.key, HistoryDialect::time(e.at), e.method,
                   watchEnd ? QVariant() : QVariant(e.httpStatus), e.outcome, ids, e.attempt},
                  why, &rows))
            return false;
        if (rows != 1) {
            qCDebug(lcHistory) << "history: a step already recorded, or of an attempt kept "
                                  "elsewhere";
            return true; // nothing to mark
        }
        const bool keep = e.keepOutcome && !watchEnd;
        return exec(m_mark,
                    QStringLiteral("UPDATE attempts SET outcome = coalesce(?, outcome), "
                                   "http_status = coalesce(?, http_status), request_ids = %1, "
                                   "link_status = coalesce(?, link_status) WHERE uid = ?")
                        .arg(m_dialect.trimCommas(
                            QStringLiteral("coalesce(request_ids, '') || ',' || coalesce(?, '')"))),
                    {keep ? QVariant() : QVariant(e.outcome),
                     keep || (watchEnd && e.httpStatus <= 0) ? QVariant() : QVariant(e.httpStatus),
                     ids, e.linkStatus.isEmpty() ? QVariant() : QVariant(e.linkStatus), e.attempt},
                    why);
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

QString HistoryStore::outcomeOf(const Result &r)
{
    switch (r.kind) {
    case Result::Kind::Link:
    case Result::Kind::Institution:
    case Result::Kind::Connected:
    case Result::Kind::LinksPage:
        return historyOutcomeName(HistoryOutcome::Success);
    case Result::Kind::Accepted: // a 2xx without the link: the flow reads it back (GET)
        return historyOutcomeName(HistoryOutcome::Accepted);
    case Result::Kind::Mfa:
        return historyOutcomeName(HistoryOutcome::Mfa);
    case Result::Kind::WidgetToken: // the customer has a link; the hand-off's watch may follow
        return historyOutcomeName(HistoryOutcome::HandedOff);
    case Result::Kind::ApiErrors: {
        const QString code = r.errors.value(0).code;
        return code.isEmpty()
                   ? historyOutcomeName(HistoryOutcome::HttpError, QString::number(r.httpStatus))
                   : historyOutcomeName(HistoryOutcome::BelvoError, code);
    }
    case Result::Kind::Failure:
        return r.failure == Failure::Cancelled
                   ? historyOutcomeName(HistoryOutcome::Cancelled)
                   : historyOutcomeName(HistoryOutcome::Transport, failureName(r.failure));
    }
    return historyOutcomeName(HistoryOutcome::Unknown);
}

} // namespace relink
