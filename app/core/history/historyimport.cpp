// Importing attempts with multi-row INSERTs: the attempts' final columns are worked out here
// from their steps, as HistoryEventWriter's statements would leave them.
#include "historyimport.h"

#include "historydialect_p.h"
#include "historyeventwriter_p.h"
#include "historystore.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace relink {

namespace {

// An attempt as its Begin and steps leave it (HistoryEventWriter::writeStep's UPDATE).
struct ImportedAttempt
{
    const HistoryEvent *begin = nullptr;
    QVariant outcome, httpStatus, requestIds, linkStatus;
};

QString trimmedCommas(QString text)
{
    qsizetype from = 0, to = text.size();
    while (from < to && text.at(from) == QLatin1Char(','))
        ++from;
    while (to > from && text.at(to - 1) == QLatin1Char(','))
        --to;
    return text.mid(from, to - from);
}

void mark(ImportedAttempt &a, const HistoryEvent &step)
{
    const bool watchEnd = step.kind == HistoryEvent::Kind::WatchEnd;
    const bool keep = step.keepOutcome && !watchEnd;
    if (!keep && !step.outcome.isNull())
        a.outcome = step.outcome;
    if (!keep && !(watchEnd && step.httpStatus <= 0))
        a.httpStatus = step.httpStatus;
    a.requestIds = trimmedCommas(a.requestIds.toString() + QLatin1Char(',') +
                                 step.requestIds.join(QLatin1Char(',')));
    if (!step.linkStatus.isEmpty())
        a.linkStatus = step.linkStatus;
}

// "(?, ?, …), (?, ?, …)": `rows` rows of `columns` marks.
QString marks(int rows, int columns)
{
    QStringList one(columns, QStringLiteral("?"));
    const QString row = QLatin1Char('(') + one.join(QStringLiteral(", ")) + QLatin1Char(')');
    return QStringList(rows, row).join(QStringLiteral(", "));
}

} // namespace

bool HistoryImport::importAll(const QList<HistoryEvent> &events)
{
    if (!m_store.isOpen())
        return false;
    if (events.isEmpty())
        return true;
    const HistoryDialect dialect{m_store.isTeam()};
    QList<ImportedAttempt> attempts;
    QHash<QString, qsizetype> index; // attempt key → its place in `attempts`
    QList<const HistoryEvent *> steps;
    QSet<QString> stepKeys; // a step sent twice is recorded (and marks its attempt) once
    for (const HistoryEvent &e : events) {
        if (e.kind == HistoryEvent::Kind::Begin) {
            if (index.contains(e.attempt))
                continue; // sent twice: recorded once
            index.insert(e.attempt, attempts.size());
            ImportedAttempt a;
            a.begin = &e;
            a.outcome = historyOutcomeName(HistoryOutcome::Started);
            attempts << a;
            continue;
        }
        const auto at = index.constFind(e.attempt);
        if (at == index.constEnd())
            continue; // a step of an attempt not in this import: not an import's to write
        if (stepKeys.contains(e.key))
            continue;
        stepKeys.insert(e.key);
        mark(attempts[*at], e);
        steps << &e;
    }

    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName(), false);
    const HistoryBulkCache cache(db, dialect.postgres, HistoryStore::kCacheKib);
    if (!db.transaction())
        return m_store.writeFailed(db.lastError().text());
    const int most = dialect.postgres ? kRows : kSqliteRows;
    std::optional<QSqlQuery> full; // the statement for `most` rows, prepared once (SQLite)
    QString why;
    const auto run = [&](const QString &sql, int rows, const QVariantList &values) {
        std::optional<QSqlQuery> once;
        return historyExec(db, dialect.postgres, rows == most ? full : once, sql, values, &why);
    };
    bool ok = true;
    for (qsizetype from = 0; ok && from < attempts.size(); from += most) {
        const int rows = static_cast<int>(qMin<qsizetype>(most, attempts.size() - from));
        QVariantList values;
        values.reserve(rows * 12);
        for (qsizetype i = from; i < from + rows; ++i) {
            const ImportedAttempt &a = attempts.at(i);
            const HistoryEvent &b = *a.begin;
            values << b.attempt << HistoryDialect::time(b.at) << b.info.environment << b.info.linkId
                   << b.info.institution << b.info.fields.join(QLatin1Char(',')) << a.outcome
                   << a.httpStatus << a.requestIds << a.linkStatus << b.info.agent
                   << (b.info.ticket.isEmpty() ? QVariant() : QVariant(b.info.ticket));
        }
        ok = run(QStringLiteral("INSERT INTO attempts (uid, started_at, environment, link_id, "
                                "institution, fields, outcome, http_status, request_ids, "
                                "link_status, agent, ticket) VALUES %1 ON CONFLICT (uid) DO "
                                "NOTHING")
                     .arg(marks(rows, 12)),
                 rows, values);
    }
    full.reset();
    for (qsizetype from = 0; ok && from < steps.size(); from += most) {
        const int rows = static_cast<int>(qMin<qsizetype>(most, steps.size() - from));
        QVariantList values;
        values.reserve(rows * 8);
        for (qsizetype i = from; i < from + rows; ++i) {
            const HistoryEvent &e = *steps.at(i);
            const bool none = e.kind == HistoryEvent::Kind::WatchEnd || e.httpStatus < 0;
            values << static_cast<int>(i) << e.key << e.attempt << HistoryDialect::time(e.at)
                   << e.method << (none ? QVariant() : QVariant(e.httpStatus)) << e.outcome
                   << e.requestIds.join(QLatin1Char(','));
        }
        // In their order (n): a step's id orders an attempt's steps, whatever join the
        // database picks.
        ok = run(QStringLiteral("WITH v(n, uid, attempt, at, method, status, outcome, ids) AS "
                                "(VALUES %1) INSERT INTO steps (uid, attempt_id, at, method, "
                                "http_status, outcome, request_ids) SELECT v.uid, a.id, "
                                "CAST(v.at AS %2), v.method, CAST(v.status AS INTEGER), "
                                "v.outcome, v.ids FROM v JOIN attempts a ON a.uid = v.attempt "
                                "WHERE true ORDER BY v.n ON CONFLICT (uid) DO NOTHING")
                     .arg(marks(rows, 8), dialect.timeType()),
                 rows, values);
    }
    full.reset();
    if (!ok) {
        db.rollback();
        return m_store.writeFailed(why);
    }
    if (!db.commit())
        return m_store.writeFailed(db.lastError().text());
    emit m_store.changed();
    return true;
}

bool HistoryImport::refreshStatistics()
{
    if (!m_store.isOpen())
        return false;
    if (!m_store.isTeam())
        return true;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    if (q.exec(QStringLiteral("ANALYZE attempts, steps")))
        return true;
    return m_store.writeFailed(q.lastError().text());
}

} // namespace relink
