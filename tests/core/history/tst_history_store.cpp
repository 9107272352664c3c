// The history store on its own (a SQLite file): many events applied at once; who is on which
// link (claims); the exports written a row at a time (#26).
#include "bulkscenario.h"
#include "claimscenario.h"
#include "csv.h"
#include "historyexport.h"
#include "historyexportreader.h"
#include "historystore.h"
#include "planscenario.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace relink;
using namespace relink::test;

class TestHistoryStore : public QObject
{
    Q_OBJECT

private:
    static HistoryEvent stepOf(const HistoryEvent &begin, const QString &key, const QString &method,
                               int status, const QString &outcome, const QString &requestId,
                               const QString &linkStatus = {})
    {
        HistoryEvent e;
        e.kind = HistoryEvent::Kind::Step;
        e.attempt = begin.attempt;
        e.key = key;
        e.at = begin.at.addSecs(5);
        e.method = method;
        e.httpStatus = status;
        e.outcome = outcome;
        e.requestIds = {requestId};
        e.linkStatus = linkStatus;
        return e;
    }

    static int count(HistoryStore &store, const char *table)
    {
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table))) ||
            !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // The exports as they were made before #26, whole: the contract the streamed ones keep.
    static QByteArray wholeJson(const QList<HistoryEntry> &entries)
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
    static QString wholeCsv(const QList<HistoryEntry> &entries)
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

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // #26: forEach() gives what read() gives, in its order, and stops when asked; the JSON and
    // CSV written a row at a time are the whole documents of before, byte for byte — with
    // quotes, control characters, other scripts, a formula, empty lists, and no attempt at all.
    void streamedExportsAreTheWholeOnesByteForByte()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY2(store.open(dir.filePath("history.sqlite")), qPrintable(store.lastError()));
        QCOMPARE(historyJson({}), wholeJson({}));
        QCOMPARE(historyCsv({}), wholeCsv({}));
        const QList<AttemptInfo> attempts = {
            {"sandbox",
             kNumeric,
             "Heimdall México \"retail\"",
             {"password", "pin"},
             "ana",
             "SUP-1"},
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
        // The exports' own reader (SQLite's C API, the cells' text as stored) writes the same
        // bytes, with a time another program wrote without milliseconds, and without a zone.
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QVERIFY(q.exec("UPDATE attempts SET started_at = '2026-11-01T10:00:00Z' WHERE agent = "
                       "'ana' AND ticket = 'SUP-1'"));
        QVERIFY(q.exec("UPDATE attempts SET started_at = '2026-11-02T09:30:00.250' WHERE "
                       "agent = 'carla \u0001'"));
        // Shaped like the store's times but not a time: printed as HistoryEntry printed it ("").
        QVERIFY(q.exec("UPDATE attempts SET started_at = '2026-02-30T10:00:00.000Z' WHERE "
                       "agent = 'Bruno\tO''Neil'"));
        const QList<HistoryEntry> now = store.entries();
        QCOMPARE(now.size(), 4);
        QVERIFY(!now.at(3).startedAt.isValid()); // the oldest in the store's order: shown last
        QByteArray json = HistoryJsonStream::open(), csv;
        HistoryJsonStream stream;
        QVERIFY(HistoryExportReader(store).forEach({}, {}, [&](const HistoryExportRow &row) {
            stream.add(row, &json);
            historyCsvLine(row, &csv);
            return true;
        }));
        QCOMPARE(json + stream.finish(), wholeJson(now));
        QCOMPARE(historyCsvHeader().toUtf8() + csv, wholeCsv(now).toUtf8());
        QVERIFY(json.contains("\"2026-11-01T10:00:00.000Z\"") &&
                json.contains("\"2026-11-02T09:30:00.250Z\"") && json.contains("工单-7"));
        int seen = 0;
        QVERIFY(store.forEach({}, {}, 0, -1, [&seen](const HistoryEntry &) { return ++seen < 2; }));
        QCOMPARE(seen, 2);
    }

    // The JSON writer escapes as QJsonDocument does, whatever the text: every ASCII character
    // (control characters, quote, backslash, DEL), two- and three-byte characters, a character
    // outside the BMP (a surrogate pair) and lone surrogates; any HTTP status; empty lists.
    void theJsonWriterEscapesAsQJsonDocument()
    {
        QString ascii;
        for (char16_t c = 0; c < 0x80; ++c)
            ascii += QChar(c);
        const QString wide =
            QString::fromUtf8("é ñ ç ã € 工单 ✓ 😀 \xF0\x9F\x87\xA7\xF0\x9F\x87\xB7");
        const QString lone = QString(QChar(0xd800)) + "x" + QChar(0xdc00) + QChar(0xdbff);
        QList<HistoryEntry> entries;
        for (const QString &text : {ascii, wide, lone, QString()}) {
            HistoryEntry e;
            e.startedAt = QDateTime(QDate(2026, 12, 7), QTime(15, 4, 5, 67), Qt::UTC);
            e.environment = e.linkId = e.institution = e.outcome = e.linkStatus = e.agent =
                e.ticket = text;
            e.fields = text.isEmpty() ? QStringList() : QStringList{text, "password"};
            e.steps = {text};
            e.requestIds = text.isEmpty() ? QStringList() : QStringList{text};
            e.httpStatus = text.isEmpty() ? 0 : -1;
            entries << e;
        }
        entries.last().httpStatus = 2147483647;
        for (const HistoryEntry &e : entries)
            QCOMPARE(historyJson({e}), wholeJson({e}));
        QCOMPARE(historyJson(entries), wholeJson(entries));
    }

    // Three events (an attempt, its PUT answered with MFA, its PATCH accepted) applied twice:
    // one attempt with its two steps once, its request ids once. A batch with an event the
    // database refuses leaves nothing of that batch behind.
    void applyAllIsOneTransactionAndIdempotent()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY2(store.open(dir.filePath("history.sqlite")), qPrintable(store.lastError()));
        AttemptInfo info{"sandbox", kNumeric, "heimdall_mx_retail", {"password"}, "ana", "SUP-7"};
        const HistoryEvent begin = HistoryEvent::begin(info);
        const QList<HistoryEvent> events = {
            begin, stepOf(begin, "step-put", "PUT", 428, "mfa", "req-put"),
            stepOf(begin, "step-patch", "PATCH", 201, "success", "req-patch", "valid")};
        QSignalSpy changed(&store, &HistoryStore::changed);

        QVERIFY2(store.applyAll(events), qPrintable(store.lastError()));
        QVERIFY2(store.applyAll(events), qPrintable(store.lastError()));

        QCOMPARE(changed.count(), 2); // once per batch, not once per event
        const QList<HistoryEntry> all = store.entries();
        QCOMPARE(all.size(), 1);
        const HistoryEntry &e = all.first();
        QCOMPARE(e.key, begin.attempt);
        QCOMPARE(e.linkId, kNumeric);
        QCOMPARE(e.agent, QString("ana"));
        QCOMPARE(e.ticket, QString("SUP-7"));
        QCOMPARE(e.steps, QStringList({"PUT 428", "PATCH 201"}));
        QCOMPARE(e.requestIds, QStringList({"req-put", "req-patch"}));
        QCOMPARE(e.outcome, QString("success"));
        QCOMPARE(e.httpStatus, 201);
        QCOMPARE(e.linkStatus, QString("valid"));
        QCOMPARE(count(store, "attempts"), 1);
        QCOMPARE(count(store, "steps"), 2);

        // One transaction: the database refuses the batch's last event, and its first two (a
        // new attempt and its PUT) are not kept either.
        QSqlQuery trigger(QSqlDatabase::database(store.connectionName()));
        QVERIFY2(trigger.exec("CREATE TRIGGER refuse BEFORE INSERT ON steps WHEN NEW.method = "
                              "'REFUSED' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"),
                 qPrintable(trigger.lastError().text()));
        info.linkId = kValid;
        const HistoryEvent other = HistoryEvent::begin(info);
        QVERIFY(!store.applyAll({other, stepOf(other, "other-put", "PUT", 200, "success", "r1"),
                                 stepOf(other, "other-bad", "REFUSED", 200, "success", "r2")}));
        QVERIFY2(store.lastError().startsWith("This update could not be written to the history ("),
                 qPrintable(store.lastError()));
        QVERIFY2(store.lastError().contains("refused by the test"), qPrintable(store.lastError()));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(store.entries().size(), 1);
        QCOMPARE(count(store, "attempts"), 1);
        QCOMPARE(count(store, "steps"), 2);
    }

    // #26: every filter reads through its index (the query plan says so).
    void filtersUseTheirIndexes()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY2(store.open(dir.filePath("history.sqlite")), qPrintable(store.lastError()));
        checkFiltersUseTheirIndexes(store, false);
    }

    // The queue reads the attempts of the links it shows: exactly those ids, never a part of
    // one (link-1 is not link-10), and a link without attempts adds nothing.
    void readsTheAttemptsOfExactlyTheseLinks()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY2(store.open(dir.filePath("history.sqlite")), qPrintable(store.lastError()));
        for (const char *id : {"link-1", "link-10", "link-2", "link-1"})
            QVERIFY(!store.begin({"sandbox", id, "erebor_mx_retail", {}, "ana", {}}).isEmpty());
        HistoryFilter rows;
        rows.linkIds = {"link-1", "link-3"};
        QList<HistoryEntry> read = store.entries(rows);
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0).linkId, QString("link-1"));
        QCOMPARE(read.at(1).linkId, QString("link-1"));
        rows.linkIds = {"link-10", "link-2"};
        rows.agent = "ANA";
        read = store.entries(rows);
        QCOMPARE(read.size(), 2);
        QCOMPARE(QSet<QString>({read.at(0).linkId, read.at(1).linkId}),
                 QSet<QString>({"link-10", "link-2"}));
    }

    // Two desktops on one SQLite file (two connections): claims seen, renewed, taken over,
    // released, expired.
    void claimsBetweenTwoDesks()
    {
        QTemporaryDir dir;
        HistoryStore ana, bruno;
        QVERIFY2(ana.open(dir.filePath("history.sqlite")), qPrintable(ana.lastError()));
        QVERIFY2(bruno.open(dir.filePath("history.sqlite")), qPrintable(bruno.lastError()));
        relink::test::claimsBetweenTwoDesks(ana, bruno);
    }

    // An import (multi-row INSERTs) writes what applyAll writes, event by event.
    void importWritesWhatApplyAllWrites()
    {
        QTemporaryDir dir;
        HistoryStore imported, applied;
        QVERIFY2(imported.open(dir.filePath("imported.sqlite")), qPrintable(imported.lastError()));
        QVERIFY2(applied.open(dir.filePath("applied.sqlite")), qPrintable(applied.lastError()));
        relink::test::importWritesWhatApplyAllWrites(imported, applied);
    }

    // Retention deletes in batches while another desktop keeps recording in the same file.
    void pruneInBatchesWhileAnotherDeskRecords()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY2(store.open(dir.filePath("history.sqlite")), qPrintable(store.lastError()));
        relink::test::pruneInBatchesWhileAnotherDeskRecords(store, store.location());
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_history_store.moc"
