#include "history.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

Q_LOGGING_CATEGORY(lcHistory, "relink.history", QtWarningMsg)

namespace relink {

namespace {

QString failureName(Failure f)
{
    switch (f) {
    case Failure::None:
        return QStringLiteral("none");
    case Failure::Refused:
        return QStringLiteral("refused");
    case Failure::Timeout:
        return QStringLiteral("timeout");
    case Failure::Tls:
        return QStringLiteral("tls");
    case Failure::HostNotFound:
        return QStringLiteral("dns");
    case Failure::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case Failure::ConnectionClosed:
        return QStringLiteral("connection_closed");
    case Failure::Malformed:
        return QStringLiteral("malformed");
    case Failure::Oversized:
        return QStringLiteral("oversized");
    case Failure::Redirect:
        return QStringLiteral("redirect");
    case Failure::Cancelled:
        return QStringLiteral("cancelled");
    case Failure::Network:
        return QStringLiteral("network");
    }
    return QStringLiteral("unknown");
}

QString csvField(const QString &s)
{
    QString v = s;
    // Spreadsheets run cells that start with these as formulas.
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return v;
}

} // namespace

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent), m_connection(QStringLiteral("relink-history-") +
                                    QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryStore::~HistoryStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString HistoryStore::defaultPath()
{
    const QByteArray overridden = qgetenv("RELINK_HISTORY_DB");
    if (!overridden.isEmpty())
        return QString::fromLocal8Bit(overridden);
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Relink/history.sqlite");
}

bool HistoryStore::fail(const QString &what, const QString &detail)
{
    m_error = what;
    qCWarning(lcHistory).noquote() << "history:" << detail;
    return false;
}

bool HistoryStore::open(const QString &path)
{
    m_path = path;
    m_open = false;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    const QString damaged =
        QCoreApplication::translate("relink::HistoryStore",
                                    "The update history (%1) cannot be opened: it is damaged or "
                                    "locked by another program. Links can still be updated; this "
                                    "update is not recorded. Close other Relink windows, or move "
                                    "the file away to start a new history.")
            .arg(QDir::toNativeSeparators(path));
    if (!db.open())
        return fail(damaged, db.lastError().text());
    QSqlQuery q(db);
    // WAL: readers never block the writer; a crash loses nothing already committed. A small
    // page cache: the history is written a row at a time and read rarely, and SQLite's default
    // (2 MiB) let a day of updates grow the app's memory a page at a time (benchmarks).
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")) ||
        !q.exec(QStringLiteral("PRAGMA cache_size=-256")) ||
        !q.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return fail(damaged, q.lastError().text());
    if (!migrate()) {
        db.close();
        if (m_newerSchema)
            return fail(QCoreApplication::translate(
                            "relink::HistoryStore",
                            "The update history (%1) was written by a newer Relink. Links can "
                            "still be updated; this update is not recorded. Update Relink to "
                            "keep recording; the file is fine as it is.")
                            .arg(QDir::toNativeSeparators(path)),
                        m_error);
        return fail(damaged, m_error);
    }
    m_open = true;
    m_error.clear();
    return true;
}

bool HistoryStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    int version = q.value(0).toInt();
    m_newerSchema = version > kSchemaVersion;
    if (m_newerSchema) {
        m_error = QStringLiteral("schema %1 is newer than this Relink").arg(version);
        return false;
    }
    const QList<QStringList> migrations = {
        // 0 → 1: one row per attempt.
        {QStringLiteral("CREATE TABLE attempts (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                        "started_at TEXT NOT NULL, environment TEXT NOT NULL, link_id TEXT NOT "
                        "NULL, institution TEXT, fields TEXT, outcome TEXT, http_status INTEGER, "
                        "request_ids TEXT, link_status TEXT)"),
         QStringLiteral("CREATE INDEX attempts_link ON attempts(link_id)")},
        // 1 → 2: each step (PUT, each resume) of an attempt; index by time.
        {QStringLiteral("CREATE TABLE steps (id INTEGER PRIMARY KEY AUTOINCREMENT, attempt_id "
                        "INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE, at TEXT NOT "
                        "NULL, method TEXT NOT NULL, http_status INTEGER, outcome TEXT, "
                        "request_ids TEXT)"),
         QStringLiteral("CREATE INDEX steps_attempt ON steps(attempt_id)"),
         QStringLiteral("CREATE INDEX attempts_started ON attempts(started_at)"),
         // Attempts recorded by version 1 become one step each.
         QStringLiteral("INSERT INTO steps (attempt_id, at, method, http_status, outcome, "
                        "request_ids) SELECT id, started_at, 'PUT', http_status, outcome, "
                        "request_ids FROM attempts")},
    };
    while (version < kSchemaVersion) {
        if (!db.transaction()) {
            m_error = db.lastError().text();
            return false;
        }
        for (const QString &sql : migrations.at(version)) {
            if (!q.exec(sql)) {
                m_error = q.lastError().text();
                db.rollback();
                return false;
            }
        }
        ++version;
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)) || !db.commit()) {
            m_error = q.lastError().text();
            db.rollback();
            return false;
        }
        qCInfo(lcHistory) << "history schema migrated to version" << version;
    }
    return true;
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
        fail(QCoreApplication::translate("relink::HistoryStore",
                                         "This update could not be written to the history (%1). "
                                         "The update itself is not affected.")
                 .arg(q.lastError().text()),
             q.lastError().text());
        return 0;
    }
    emit changed();
    return q.lastInsertId().toLongLong();
}

bool HistoryStore::step(qint64 attemptId, const QString &method, const Result &result)
{
    if (!m_open || attemptId <= 0)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString outcome = outcomeOf(result);
    const QString ids = result.requestIds().join(QLatin1Char(','));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto error = [this](const QSqlError &e) {
        return fail(QCoreApplication::translate("relink::HistoryStore",
                                                "This update could not be written to the history "
                                                "(%1). The update itself is not affected.")
                        .arg(e.text()),
                    e.text());
    };
    if (!db.transaction())
        return error(db.lastError());
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
        "UPDATE attempts SET outcome = ?, http_status = ?, request_ids = "
        "trim(coalesce(request_ids, '') || ',' || coalesce(?, ''), ','), link_status = "
        "coalesce(?, link_status) WHERE id = ?"));
    u.addBindValue(outcome);
    u.addBindValue(result.httpStatus);
    u.addBindValue(ids);
    u.addBindValue(result.kind == Result::Kind::Link ? QVariant(result.link.status) : QVariant());
    u.addBindValue(attemptId);
    if (!q.exec() || !u.exec()) {
        const QSqlError e = q.lastError().isValid() ? q.lastError() : u.lastError();
        db.rollback();
        return error(e);
    }
    if (!db.commit())
        return error(db.lastError());
    emit changed();
    return true;
}

QList<HistoryEntry> HistoryStore::entries(const HistoryFilter &filter, int limit)
{
    QList<HistoryEntry> out;
    if (!m_open)
        return out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QString sql = QStringLiteral(
        "SELECT a.id, a.started_at, a.environment, a.link_id, a.institution, a.fields, "
        "a.outcome, a.http_status, a.request_ids, a.link_status, (SELECT group_concat(method || "
        "' ' || http_status, ';') FROM steps s WHERE s.attempt_id = a.id) FROM attempts a "
        "WHERE 1=1");
    QVariantList binds;
    // LIKE with the user's text taken literally.
    auto literal = [](QString text) {
        return text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    };
    if (!filter.linkId.isEmpty()) {
        sql += QStringLiteral(" AND a.link_id LIKE ? ESCAPE '\\'");
        binds << QString(QLatin1Char('%') + literal(filter.linkId) + QLatin1Char('%'));
    }
    if (!filter.outcome.isEmpty()) {
        sql += QStringLiteral(" AND a.outcome LIKE ? ESCAPE '\\'");
        binds << QString(literal(filter.outcome) + QLatin1Char('%'));
    }
    if (filter.since.isValid()) {
        sql += QStringLiteral(" AND a.started_at >= ?");
        binds << filter.since.toUTC().toString(Qt::ISODateWithMs);
    }
    if (filter.until.isValid()) {
        sql += QStringLiteral(" AND a.started_at < ?");
        binds << filter.until.toUTC().toString(Qt::ISODateWithMs);
    }
    sql += QStringLiteral(" ORDER BY a.started_at DESC, a.id DESC LIMIT %1").arg(limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec()) {
        fail(QCoreApplication::translate("relink::HistoryStore",
                                         "The history could not be read (%1).")
                 .arg(q.lastError().text()),
             q.lastError().text());
        return out;
    }
    while (q.next()) {
        HistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.startedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.environment = q.value(2).toString();
        e.linkId = q.value(3).toString();
        e.institution = q.value(4).toString();
        e.fields = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        e.outcome = q.value(6).toString();
        e.httpStatus = q.value(7).toInt();
        e.requestIds = q.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        e.linkStatus = q.value(9).toString();
        e.steps = q.value(10).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        out << e;
    }
    return out;
}

int HistoryStore::prune(int retentionDays)
{
    if (!m_open || retentionDays <= 0)
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM attempts WHERE started_at < ?"));
    q.addBindValue(
        QDateTime::currentDateTimeUtc().addDays(-retentionDays).toString(Qt::ISODateWithMs));
    if (!q.exec())
        return 0;
    const int removed = q.numRowsAffected();
    if (removed > 0)
        emit changed();
    return removed;
}

bool HistoryStore::clear()
{
    if (!m_open)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const bool ok = db.transaction() && q.exec(QStringLiteral("DELETE FROM steps")) &&
                    q.exec(QStringLiteral("DELETE FROM attempts")) && db.commit();
    if (!ok) {
        const QString why = db.lastError().text();
        db.rollback();
        return fail(QCoreApplication::translate("relink::HistoryStore",
                                                "The history could not be cleared (%1). Close "
                                                "other Relink windows, then try again.")
                        .arg(why),
                    why);
    }
    emit changed();
    return true;
}

QString HistoryStore::outcomeOf(const Result &r)
{
    switch (r.kind) {
    case Result::Kind::Link:
    case Result::Kind::Institution:
    case Result::Kind::Connected:
        return QStringLiteral("success");
    case Result::Kind::Mfa:
        return QStringLiteral("mfa");
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

QString HistoryStore::toCsv(const QList<HistoryEntry> &entries)
{
    QString csv = QStringLiteral("time_utc,environment,link_id,institution,fields,steps,outcome,"
                                 "http_status,request_ids,link_status\r\n");
    for (const HistoryEntry &e : entries) {
        const QStringList cells = {e.startedAt.toUTC().toString(Qt::ISODate),
                                   e.environment,
                                   e.linkId,
                                   e.institution,
                                   e.fields.join(QLatin1Char(' ')),
                                   e.steps.join(QStringLiteral("; ")),
                                   e.outcome,
                                   QString::number(e.httpStatus),
                                   e.requestIds.join(QLatin1Char(' ')),
                                   e.linkStatus};
        QStringList escaped;
        for (const QString &c : cells)
            escaped << csvField(c);
        csv += escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv;
}

QByteArray HistoryStore::toJson(const QList<HistoryEntry> &entries)
{
    QJsonArray array;
    for (const HistoryEntry &e : entries) {
        array.append(
            QJsonObject{{QStringLiteral("time"), e.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("environment"), e.environment},
                        {QStringLiteral("link_id"), e.linkId},
                        {QStringLiteral("institution"), e.institution},
                        {QStringLiteral("fields"), QJsonArray::fromStringList(e.fields)},
                        {QStringLiteral("steps"), QJsonArray::fromStringList(e.steps)},
                        {QStringLiteral("outcome"), e.outcome},
                        {QStringLiteral("http_status"), e.httpStatus},
                        {QStringLiteral("request_ids"), QJsonArray::fromStringList(e.requestIds)},
                        {QStringLiteral("link_status"), e.linkStatus}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace relink
