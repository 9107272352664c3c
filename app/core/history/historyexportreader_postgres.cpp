// The exports' rows from libpq, on the team history's own connection (Qt SQL's handle): the
// rows come one at a time (single-row mode), so the client never holds them all. libpq's
// functions are taken from the library Qt's PostgreSQL driver loaded: relink and relink-cli do
// not link it, so a desk without a team history never loads it (nor its TLS and Kerberos).
#include "historyexportreader.h"

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
#include <type_traits>

namespace relink {

namespace {

// The libpq functions the reader calls, once resolved.
struct LibPq
{
    decltype(&PQerrorMessage) errorMessage = nullptr;
    decltype(&PQsendQueryParams) sendQueryParams = nullptr;
    decltype(&PQsetSingleRowMode) setSingleRowMode = nullptr;
    decltype(&PQgetCancel) getCancel = nullptr;
    decltype(&PQcancel) cancel = nullptr;
    decltype(&PQfreeCancel) freeCancel = nullptr;
    decltype(&PQgetResult) getResult = nullptr;
    decltype(&PQclear) clear = nullptr;
    decltype(&PQresultStatus) resultStatus = nullptr;
    decltype(&PQresultErrorMessage) resultErrorMessage = nullptr;
    decltype(&PQgetvalue) getValue = nullptr;
    decltype(&PQgetlength) getLength = nullptr;
    decltype(&PQgetisnull) getIsNull = nullptr;
    bool ok = false;
};

const LibPq &libPq()
{
    static const LibPq pq = [] {
        LibPq l;
        QLibrary library(QStringLiteral("pq"), 5); // already loaded by Qt's driver
        if (!library.load())
            return l;
        bool all = true;
        const auto take = [&library, &all](auto &function, const char *name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(
                library.resolve(name));
            all = all && function;
        };
        take(l.errorMessage, "PQerrorMessage");
        take(l.sendQueryParams, "PQsendQueryParams");
        take(l.setSingleRowMode, "PQsetSingleRowMode");
        take(l.getCancel, "PQgetCancel");
        take(l.cancel, "PQcancel");
        take(l.freeCancel, "PQfreeCancel");
        take(l.getResult, "PQgetResult");
        take(l.clear, "PQclear");
        take(l.resultStatus, "PQresultStatus");
        take(l.resultErrorMessage, "PQresultErrorMessage");
        take(l.getValue, "PQgetvalue");
        take(l.getLength, "PQgetlength");
        take(l.getIsNull, "PQgetisnull");
        l.ok = all;
        return l;
    }();
    return pq;
}

// The columns of historySelect(…, withStepRecords = false) each export cell comes from.
constexpr int kColumnOf[HistoryExportRow::ColumnCount] = {1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 13};
constexpr int kHttpStatusColumn = 7;

bool isAscii(const char *text, int size)
{
    for (int i = 0; i < size; ++i) {
        if (static_cast<unsigned char>(text[i]) >= 0x80)
            return false;
    }
    return true;
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
        return QString::fromUtf8(pq.errorMessage(pg)).trimmed();
    };
    QVariantList binds;
    const QByteArray sql =
        numberedParameters(historySelect(true, filter, order, &binds, false, true));
    QByteArrayList values;
    QList<const char *> pointers;
    for (const QVariant &b : std::as_const(binds))
        values << b.toString().toUtf8();
    for (const QByteArray &v : std::as_const(values))
        pointers << v.constData();
    if (!pq.sendQueryParams(pg, sql.constData(), int(pointers.size()), nullptr,
                            pointers.constData(), nullptr, nullptr, 0))
        return failed(lastError());
    pq.setSingleRowMode(pg); // else the rows come all at once: still right, in more memory
    // Every result is taken before returning, stopped early or not: the connection is Qt's.
    bool stopped = false;
    QString error;
    const auto drain = qScopeGuard([&] {
        if (stopped) { // the rest is not wanted: the server stops sending it
            if (PGcancel *cancel = pq.getCancel(pg)) {
                char why[256];
                pq.cancel(cancel, why, sizeof why);
                pq.freeCancel(cancel);
            }
        }
        while (PGresult *rest = pq.getResult(pg))
            pq.clear(rest);
    });
    HistoryExportRow r;
    QByteArray time;
    while (PGresult *result = pq.getResult(pg)) { // until the query's end, or it is stopped
        const auto clear = qScopeGuard([&pq, result] { pq.clear(result); });
        const ExecStatusType status = pq.resultStatus(result);
        if (status == PGRES_TUPLES_OK) // the end (no row in it in single-row mode)
            continue;
        if (status != PGRES_SINGLE_TUPLE) {
            const QString why = QString::fromUtf8(pq.resultErrorMessage(result)).trimmed();
            error = why.isEmpty() ? lastError() : why;
            continue; // its end follows
        }
        if (!error.isEmpty())
            continue;
        for (int c = 0; c < HistoryExportRow::ColumnCount; ++c) {
            const int column = kColumnOf[c];
            const char *text = pq.getValue(result, 0, column);
            const int size = pq.getLength(result, 0, column);
            r.isWide[c] = !isAscii(text, size);
            if (r.isWide[c])
                r.wide[c] = QString::fromUtf8(text, size);
            else
                r.ascii[c] = QByteArrayView(text, size);
        }
        if (!r.isWide[HistoryExportRow::Time] && !pq.getIsNull(result, 0, kColumnOf[0]))
            r.ascii[HistoryExportRow::Time] =
                storeTime(r.ascii[HistoryExportRow::Time].data(),
                          int(r.ascii[HistoryExportRow::Time].size()), &time);
        r.httpStatus = atoi(pq.getValue(result, 0, kHttpStatusColumn));
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
