#pragma once

// The exports written a row at a time are the whole documents of before, byte for byte (#26),
// as tst_history_store runs it on a SQLite file and tst_history_team on a real PostgreSQL.
#include "csv.h"
#include "historyexport.h"
#include "historyexportreader.h"
#include "historystore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace relink::test {

// The exports as they were made before #26, whole: the contract the streamed ones keep.
inline QByteArray wholeJson(const QList<HistoryEntry> &entries)
{
    QJsonArray array;
    for (const HistoryEntry &e : entries)
        array.append(QJsonObject{{"time", e.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                                 {"environment", e.environment},
                                 {"link_id", e.linkId},
                                 {"institution", e.institution},
                                 {"fields", QJsonArray::fromStringList(e.fields)},
                                 {"steps", QJsonArray::fromStringList(e.steps)},
                                 {"outcome", e.outcome},
                                 {"http_status", e.httpStatus},
                                 {"request_ids", QJsonArray::fromStringList(e.requestIds)},
                                 {"link_status", e.linkStatus},
                                 {"agent", e.agent},
                                 {"ticket", e.ticket}});
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

inline QString wholeCsv(const QList<HistoryEntry> &entries)
{
    QString csv = "time_utc,environment,link_id,institution,fields,steps,outcome,"
                  "http_status,request_ids,link_status,agent,ticket\r\n";
    for (const HistoryEntry &e : entries) {
        QStringList cells;
        for (const QString &c :
             {e.startedAt.toUTC().toString(Qt::ISODate), e.environment, e.linkId, e.institution,
              e.fields.join(' '), e.steps.join("; "), e.outcome, QString::number(e.httpStatus),
              e.requestIds.join(' '), e.linkStatus, e.agent, e.ticket})
            cells << csvField(c);
        csv += cells.join(',') + "\r\n";
    }
    return csv;
}

// What HistoryExportReader gives, written by the streaming writers, is wholeJson() and
// wholeCsv() of the store's entries.
inline void checkExportReader(HistoryStore &store, const QList<HistoryEntry> &entries,
                              const HistoryFilter &filter = {})
{
    QByteArray json = HistoryJsonStream::open(), csv;
    HistoryJsonStream stream;
    QVERIFY2(HistoryExportReader(store).forEach(filter, {},
                                                [&](const HistoryExportRow &row) {
                                                    stream.add(row, &json);
                                                    historyCsvLine(row, &csv);
                                                    return true;
                                                }),
             qPrintable(store.lastError()));
    QCOMPARE(json + stream.finish(), wholeJson(entries));
    QCOMPARE(historyCsvHeader().toUtf8() + csv, wholeCsv(entries).toUtf8());
}

// forEach() gives what read() gives, in its order, and stops when asked; the JSON and CSV
// written a row at a time are the whole documents of before, byte for byte — with quotes,
// control characters, other scripts, a formula, empty lists, and no attempt at all. The exports'
// own reader (the databases' C APIs, the cells' text as the database gives it) writes the same
// bytes, also for times another program wrote: without milliseconds or a zone (SQLite), or
// with microseconds, rounding up to the next second, past the year 9999, read in another time
// zone (PostgreSQL). Stopped early, it leaves the connection as it found it.
inline void streamedExportsAreTheWholeOnes(HistoryStore &store)
{
    QCOMPARE(historyJson({}), wholeJson({}));
    QCOMPARE(historyCsv({}), wholeCsv({}));
    checkExportReader(store, {});
    const QList<AttemptInfo> attempts = {
        {"sandbox", kNumeric, "Heimdall México \"retail\"", {"password", "pin"}, "ana", "SUP-1"},
        {"production", kValid, {}, {}, "Bruno\tO'Neil", {}},
        {"demo", kQr, "=HYPERLINK(\"x\")", {"username"}, "carla \u0001", "工单-7"},
    };
    for (const AttemptInfo &info : attempts) {
        const QString key = store.begin(info);
        QVERIFY(!key.isEmpty());
        Result r;
        r.kind = Result::Kind::Link;
        r.httpStatus = 200;
        QVERIFY(store.step(key, HistoryStep::Put, r));
    }
    QVERIFY(!store.begin({"sandbox", kValid, {}, {}, "ana", {}}).isEmpty()); // no steps
    const QList<HistoryEntry> all = store.entries();
    QCOMPARE(all.size(), 4);
    QList<HistoryEntry> streamed;
    QVERIFY(store.forEach({}, {}, 0, -1, [&streamed](const HistoryEntry &e) {
        streamed << e;
        return true;
    }));
    QCOMPARE(streamed.size(), all.size());
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(streamed.at(i).key, all.at(i).key);
    QCOMPARE(historyJson(streamed), wholeJson(all));
    QCOMPARE(historyCsv(streamed), wholeCsv(all));
    checkExportReader(store, all);

    QSqlQuery q(QSqlDatabase::database(store.connectionName()));
    const auto setTime = [&q](const QString &time, const QString &agent,
                              const QString &ticket = {}) {
        q.prepare("UPDATE attempts SET started_at = ? WHERE agent = ? AND coalesce(ticket, '') = "
                  "coalesce(?, '')");
        q.addBindValue(time);
        q.addBindValue(agent);
        q.addBindValue(ticket);
        return q.exec() && q.numRowsAffected() == 1;
    };
    if (store.isTeam()) {
        QVERIFY(setTime("2026-11-01 10:00:00.123456+00", "ana", "SUP-1") &&
                setTime("2026-11-02 09:30:59.9996+00", "carla \u0001", "工单-7") &&
                setTime("10000-01-01 00:00:00+00", "Bruno\tO'Neil"));
        // A server whose time zone is the office's: its times still print in UTC.
        QVERIFY2(q.exec("SET TIME ZONE 'America/Sao_Paulo'"), qPrintable(q.lastError().text()));
    } else {
        QVERIFY(setTime("2026-11-01T10:00:00Z", "ana", "SUP-1"));
        QVERIFY(setTime("2026-11-02T09:30:00.250", "carla \u0001", "工单-7"));
        // Shaped like the store's times but not a time: printed as HistoryEntry printed it ("").
        QVERIFY(setTime("2026-02-30T10:00:00.000Z", "Bruno\tO'Neil"));
    }
    const QList<HistoryEntry> now = store.entries();
    QCOMPARE(now.size(), 4);
    checkExportReader(store, now);
    // Filtered: its values bound ($1, $2… on PostgreSQL), the times given in UTC.
    HistoryFilter filter;
    filter.agent = "ANA";
    filter.since = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    const QList<HistoryEntry> anas = store.entries(filter);
    QCOMPARE(anas.size(), 2); // the attempt of 1 November and the one of today, not Bruno's
    checkExportReader(store, anas, filter);
    filter.until = QDateTime(QDate(2026, 11, 1), QTime(11, 0), Qt::UTC);
    QCOMPARE(store.entries(filter).size(), 1);
    checkExportReader(store, store.entries(filter), filter);
    const QByteArray json = wholeJson(now);
    QVERIFY2(json.contains("工单-7") && json.contains("México"), json.constData());
    if (store.isTeam())
        QVERIFY2(json.contains("\"2026-11-01T10:00:00.123Z\"") &&
                     json.contains("\"2026-11-02T09:31:00.000Z\""),
                 json.constData());
    else
        QVERIFY2(json.contains("\"2026-11-01T10:00:00.000Z\"") &&
                     json.contains("\"2026-11-02T09:30:00.250Z\""),
                 json.constData());
    // Past the year 9999, or 30 February: printed as "", as HistoryEntry's time printed it.
    QCOMPARE(json.count("\"time\": \"\""), 1);

    int seen = 0;
    QVERIFY(store.forEach({}, {}, 0, -1, [&seen](const HistoryEntry &) { return ++seen < 2; }));
    QCOMPARE(seen, 2);
    seen = 0;
    QVERIFY(HistoryExportReader(store).forEach(
        {}, {}, [&seen](const HistoryExportRow &) { return ++seen < 2; }));
    QCOMPARE(seen, 2);
    QCOMPARE(store.entries().size(), 4); // the connection answers as before
    checkExportReader(store, now);
}

} // namespace relink::test
