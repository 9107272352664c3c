// The history store on its own (a SQLite file): many events applied at once; who is on which
// link (claims); the exports written a row at a time (#26).
#include "bulkscenario.h"
#include "claimscenario.h"
#include "csv.h"
#include "exportscenario.h"
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

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // #26: the exports written a row at a time, and from their own reader, are the whole
    // documents of before (exportscenario.h).
    void streamedExportsAreTheWholeOnesByteForByte()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY2(store.open(dir.filePath("history.sqlite")), qPrintable(store.lastError()));
        streamedExportsAreTheWholeOnes(store);
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
