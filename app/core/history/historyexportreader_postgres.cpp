// The exports' rows from libpq, on the team history's own connection (Qt SQL's handle): the
// rows come one at a time (single-row mode), so the client never holds them all. libpq's
// functions are taken from the library Qt's PostgreSQL driver loaded: relink and relink-cli do
// not link it, so a desk without a team history never loads it (nor its TLS and Kerberos).
#include "historyexportreader.h"

#include "historyexportreader_p.h"

#include "historyselect_p.h"
#include "historystore.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QLibrary>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <cstring>

namespace relink {

namespace {

// The libpq functions the reader calls (each named once), resolved from the loaded library.
#define RELINK_LIBPQ_FUNCTIONS(F)                                                                  \
    F(PQerrorMessage)                                                                              \
    F(PQsendQueryParams)                                                                           \
    F(PQsetSingleRowMode)                                                                          \
    F(PQgetCancel)                                                                                 \
    F(PQcancel)                                                                                    \
    F(PQfreeCancel)                                                                                \
    F(PQgetResult)                                                                                 \
    F(PQclear)                                                                                     \
    F(PQresultStatus)                                                                              \
    F(PQresultErrorMessage)                                                                        \
    F(PQgetvalue)                                                                                  \
    F(PQgetlength)                                                                                 \
    F(PQgetisnull)

struct LibPq
{
#define RELINK_LIBPQ_MEMBER(name) decltype(&::name) name = nullptr;
    RELINK_LIBPQ_FUNCTIONS(RELINK_LIBPQ_MEMBER)
#undef RELINK_LIBPQ_MEMBER
    bool ok = false;
};

const LibPq &libPq()
{
    static const LibPq pq = [] {
        LibPq l;
        QLibrary library(QStringLiteral("pq"), 5); // already loaded by Qt's driver
        if (!library.load())
            return l;
        l.ok = true;
#define RELINK_LIBPQ_RESOLVE(name)                                                                 \
    l.name = reinterpret_cast<decltype(&::name)>(library.resolve(#name));                          \
    l.ok = l.ok && l.name;
        RELINK_LIBPQ_FUNCTIONS(RELINK_LIBPQ_RESOLVE)
#undef RELINK_LIBPQ_RESOLVE
        return l;
    }();
    return pq;
}

// historySelect()'s "?" as libpq's $1, $2…, outside quoted text and names.
QByteArray numberedParameters(const QString &sql)
{
    QByteArray out;
    out.reserve(sql.size() + 16);
    const QByteArray in = sql.toUtf8();
    char quote = 0;
    int n = 0;
    for (const char c : in) {
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?') {
            out += '$' + QByteArray::number(++n);
            continue;
        }
        out += c;
    }
    return out;
}

// started_at as the query gives it (2026-12-07T17:06:32.143000Z) → as HistoryEntry printed it
// (2026-12-07T17:06:32.143Z): a whole millisecond, as the store writes every time, by cutting;
// any other (microseconds, a year past 9999) as Qt SQL's QDateTime would have read it.
QByteArrayView storeTime(const char *text, int size, QByteArray *buffer)
{
    static constexpr char kForm[] = "dddd-dd-ddTdd:dd:dd.ddd000Z";
    bool whole = size == 27;
    for (int i = 0; whole && i < 27; ++i) {
        whole = kForm[i] == 'd' ? text[i] >= '0' && text[i] <= '9' : text[i] == kForm[i];
    }
    if (whole) {
        buffer->resize(24);
        std::memcpy(buffer->data(), text, 23);
        (*buffer)[23] = 'Z';
    } else {
        *buffer = QDateTime::fromString(QString::fromLatin1(text, size), Qt::ISODate)
                      .toUTC()
                      .toString(Qt::ISODateWithMs)
                      .toLatin1();
    }
    return *buffer;
}

} // namespace

bool HistoryExportReader::forEachPostgres(const HistoryFilter &filter, const HistoryOrder &order,
                                          const std::function<bool(const HistoryExportRow &)> &row)
{
    const QSqlDatabase db = QSqlDatabase::database(m_store.connectionName(), false);
    const QVariant handle = db.driver()->handle();
    // Qt names the handle's type after libpq's struct (pg_conn*), or its typedef.
    const bool isPg =
        qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0;
    PGconn *pg = isPg ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    if (!pg)
        return failed(QStringLiteral("no PostgreSQL connection"));
    const LibPq &pq = libPq();
    if (!pq.ok)
        return failed(QStringLiteral("libpq could not be loaded"));
    const auto lastError = [pg, &pq] {
        return QString::fromUtf8(pq.PQerrorMessage(pg)).trimmed();
    };
    QVariantList binds;
    const QByteArray sql =
        numberedParameters(historySelect(true, filter, order, &binds, HistorySteps::Labels, true));
    QByteArrayList values;
    QList<const char *> pointers;
    for (const QVariant &b : std::as_const(binds))
        values << b.toString().toUtf8();
    for (const QByteArray &v : std::as_const(values))
        pointers << v.constData();
    if (!pq.PQsendQueryParams(pg, sql.constData(), int(pointers.size()), nullptr,
                              pointers.constData(), nullptr, nullptr, 0))
        return failed(lastError());
    pq.PQsetSingleRowMode(pg); // else the rows come all at once: still right, in more memory
    // Every result is taken before returning, stopped early or not: the connection is Qt's.
    bool stopped = false;
    QString error;
    const auto drain = qScopeGuard([&] {
        if (stopped) { // the rest is not wanted: the server stops sending it
            if (PGcancel *cancel = pq.PQgetCancel(pg)) {
                char why[256];
                pq.PQcancel(cancel, why, sizeof why);
                pq.PQfreeCancel(cancel);
            }
        }
        while (PGresult *rest = pq.PQgetResult(pg))
            pq.PQclear(rest);
    });
    HistoryExportRow r;
    QByteArray time;
    while (PGresult *result = pq.PQgetResult(pg)) { // until the query's end, or it is stopped
        const auto clear = qScopeGuard([&pq, result] { pq.PQclear(result); });
        const ExecStatusType status = pq.PQresultStatus(result);
        if (status == PGRES_TUPLES_OK) // the end (no row in it in single-row mode)
            continue;
        if (status != PGRES_SINGLE_TUPLE) {
            const QString why = QString::fromUtf8(pq.PQresultErrorMessage(result)).trimmed();
            error = why.isEmpty() ? lastError() : why;
            continue; // its end follows
        }
        if (!error.isEmpty())
            continue;
        for (int c = 0; c < HistoryExportRow::ColumnCount; ++c) {
            const int column = kExportColumnOf[c];
            const char *text = pq.PQgetvalue(result, 0, column);
            const int size = pq.PQgetlength(result, 0, column);
            r.isWide[c] = !isAsciiText(text, size);
            if (r.isWide[c])
                r.wide[c] = QString::fromUtf8(text, size);
            else
                r.ascii[c] = QByteArrayView(text, size);
        }
        if (!r.isWide[HistoryExportRow::Time] && !pq.PQgetisnull(result, 0, kExportColumnOf[0]))
            r.ascii[HistoryExportRow::Time] =
                storeTime(r.ascii[HistoryExportRow::Time].data(),
                          int(r.ascii[HistoryExportRow::Time].size()), &time);
        r.httpStatus = atoi(pq.PQgetvalue(result, 0, kExportHttpStatusColumn));
        if (!row(r)) {
            stopped = true;
            break;
        }
    }
    if (!error.isEmpty() && !stopped)
        return failed(error);
    return true;
}

} // namespace relink
