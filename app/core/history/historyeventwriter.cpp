// How an event is written: the attempt, or a step and its mark on the attempt.
#include "historyeventwriter_p.h"

#include "historylogging_p.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

namespace relink {

bool HistoryEventWriter::write(const HistoryEvent &e, QString *why)
{
    return e.kind == HistoryEvent::Kind::Begin ? writeBegin(e, why) : writeStep(e, why);
}

namespace {

// `sql` with each ? replaced by its value as the driver quotes it (QSqlDriver::formatValue).
QString inlined(const QSqlDriver *driver, const QString &sql, const QVariantList &values)
{
    QString text;
    qsizetype from = 0;
    for (const QVariant &v : values) {
        const qsizetype mark = sql.indexOf(QLatin1Char('?'), from);
        QSqlField field(QString(), v.metaType());
        field.setValue(v);
        text += sql.mid(from, mark - from) + driver->formatValue(field);
        from = mark + 1;
    }
    return text + sql.mid(from);
}

} // namespace

bool historyQuery(QSqlQuery &q, bool postgres, const QString &sql, const QVariantList &values)
{
    if (postgres)
        return q.exec(inlined(q.driver(), sql, values));
    if (!q.prepare(sql))
        return false;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec();
}

bool historyExec(const QSqlDatabase &db, bool postgres, std::optional<QSqlQuery> &q,
                 const QString &sql, const QVariantList &values, QString *why, int *rows)
{
    QSqlQuery *query = nullptr;
    std::optional<QSqlQuery> once;
    if (postgres) {
        once.emplace(db);
        query = &*once;
        if (!query->exec(inlined(db.driver(), sql, values))) {
            *why = query->lastError().text();
            return false;
        }
    } else {
        if (!q) {
            q.emplace(db);
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

bool HistoryEventWriter::writeBegin(const HistoryEvent &e, QString *why)
{
    return exec(m_attempt,
                QStringLiteral("INSERT INTO attempts (uid, started_at, environment, link_id, "
                               "institution, fields, outcome, agent, ticket) VALUES (?, ?, ?, "
                               "?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING"),
                {e.attempt, HistoryDialect::time(e.at), e.info.environment, e.info.linkId,
                 e.info.institution, e.info.fields.join(QLatin1Char(',')),
                 historyOutcomeName(HistoryOutcome::Started), e.info.agent,
                 e.info.ticket.isEmpty() ? QVariant() : QVariant(e.info.ticket)},
                why);
}

bool HistoryEventWriter::writeStep(const HistoryEvent &e, QString *why)
{
    const bool watchEnd = e.kind == HistoryEvent::Kind::WatchEnd;
    const QString ids = e.requestIds.join(QLatin1Char(','));
    // Typed: a SELECT list's literals are text to PostgreSQL, not the columns' types.
    const QString insertStep =
        QStringLiteral("INSERT INTO steps (uid, attempt_id, at, method, http_status, outcome, "
                       "request_ids) SELECT ?, id, CAST(? AS %1), ?, CAST(? AS INTEGER), ?, ? "
                       "FROM attempts WHERE uid = ? ON CONFLICT (uid) DO NOTHING")
            .arg(m_dialect.timeType());
    QVariantList stepValues{
        e.key,     HistoryDialect::time(e.at),
        e.method,  watchEnd || e.httpStatus < 0 ? QVariant() : QVariant(e.httpStatus),
        e.outcome, ids,
        e.attempt};
    const QString mark =
        QStringLiteral("UPDATE attempts SET outcome = coalesce(?, outcome), http_status = "
                       "coalesce(?, http_status), request_ids = %1, link_status = coalesce(?, "
                       "link_status)")
            .arg(m_dialect.trimCommas(
                QStringLiteral("coalesce(request_ids, '') || ',' || coalesce(?, '')")));
    const bool keep = e.keepOutcome && !watchEnd;
    const QVariantList markValues{
        keep ? QVariant() : QVariant(e.outcome),
        keep || (watchEnd && e.httpStatus <= 0) ? QVariant() : QVariant(e.httpStatus), ids,
        e.linkStatus.isEmpty() ? QVariant() : QVariant(e.linkStatus)};
    if (m_dialect.postgres) {
        // One statement, so one round trip and atomic by itself: the attempt is marked only
        // when its step is new.
        return exec(m_step,
                    QStringLiteral("WITH step AS (%1 RETURNING attempt_id) %2 WHERE id IN "
                                   "(SELECT attempt_id FROM step)")
                        .arg(insertStep, mark),
                    stepValues + markValues, why);
    }
    int rows = 0;
    if (!exec(m_step, insertStep, stepValues, why, &rows))
        return false;
    if (rows != 1) {
        qCDebug(lcHistory) << "history: a step already recorded, or of an attempt kept "
                              "elsewhere";
        return true; // nothing to mark
    }
    return exec(m_mark, mark + QStringLiteral(" WHERE uid = ?"),
                markValues + QVariantList{e.attempt}, why);
}

} // namespace relink
