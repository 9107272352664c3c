#pragma once

// Many attempts at once (#26), as tst_history_store runs it on a SQLite file and
// tst_history_team on a real PostgreSQL: an import writes what applyAll writes, and pruning
// goes in batches while another desk keeps recording on its own connection.
#include "historyimport.h"
#include "historyretention.h"
#include "historystore.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>
#include <thread>

namespace relink::test {

inline HistoryEvent beginEvent(const QString &link, const QDateTime &at, const QString &ticket = {})
{
    AttemptInfo info{"sandbox", link, "erebor_mx_retail", {"password", "token"}, "ana", ticket};
    HistoryEvent e = HistoryEvent::begin(info);
    e.at = at;
    return e;
}

inline HistoryEvent stepEvent(const HistoryEvent &begin, int afterMs, const QString &method,
                              int status, const QString &outcome, const QStringList &ids = {},
                              const QString &linkStatus = {},
                              HistoryEvent::Kind kind = HistoryEvent::Kind::Step, bool keep = false)
{
    HistoryEvent e;
    e.kind = kind;
    e.attempt = begin.attempt;
    e.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.at = begin.at.addMSecs(afterMs);
    e.method = method;
    e.httpStatus = status;
    e.outcome = outcome;
    e.requestIds = ids;
    e.linkStatus = linkStatus;
    e.keepOutcome = keep;
    return e;
}

// Everything an attempt holds but its row id, as text to compare.
inline QString described(const HistoryEntry &e)
{
    QStringList records;
    for (const HistoryStepRecord &r : e.stepRecords)
        records << QStringList{r.step, QString::number(r.httpStatus), r.outcome,
                               r.requestIds.join(',')}
                       .join('|');
    return QStringList{e.key,
                       e.startedAt.toString(Qt::ISODateWithMs),
                       e.environment,
                       e.linkId,
                       e.institution,
                       e.fields.join(','),
                       e.steps.join(';'),
                       e.outcome,
                       QString::number(e.httpStatus),
                       e.requestIds.join(','),
                       e.linkStatus,
                       e.agent,
                       e.ticket,
                       records.join(' ')}
        .join(" / ");
}

inline QStringList describedAll(HistoryStore &store)
{
    QStringList out;
    for (const HistoryEntry &e : store.entries())
        out << described(e);
    return out;
}

// The same events, imported into one store and applied one by one to another, leave the same
// history: an MFA answered, a wrong password overridden then accepted, a hand-off watched to its
// end, nothing sent (no HTTP status), a Begin sent twice, a step of an attempt not in the import;
// then more attempts than a statement's rows. Importing again changes nothing.
inline void importWritesWhatApplyAllWrites(HistoryStore &imported, HistoryStore &applied)
{
    using K = HistoryEvent::Kind;
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const HistoryEvent mfa = beginEvent(kValid, t0, "SUP-1");
    const HistoryEvent wrong = beginEvent(kValid, t0.addSecs(60));
    const HistoryEvent handoff = beginEvent(kQr, t0.addSecs(120), "SUP-2");
    const HistoryEvent unsent = beginEvent(kQr, t0.addSecs(180));
    HistoryEvent stranger = beginEvent(kValid, t0.addSecs(240)); // never begun here
    const HistoryEvent mfaPut = stepEvent(mfa, 300, "PUT", 428, "mfa", {"req-1"});
    QList<HistoryEvent> events{
        mfa,
        mfaPut,
        stepEvent(mfa, 900, "PATCH", 200, "success", {"req-2"}, "valid"),
        wrong,
        stepEvent(wrong, 300, "PUT", 400, "error:invalid_credentials", {"req-3"}),
        stepEvent(wrong, 600, "OVERRIDE", -1, "override", {}, {}, K::Step, true),
        stepEvent(wrong, 900, "PUT", 200, "success", {"req-4"}, "valid"),
        handoff,
        stepEvent(handoff, 300, "TOKEN", 200, "handed_off", {"req-5"}),
        stepEvent(handoff, 90'000, "WATCH valid", 0, "success", {}, "valid", K::WatchEnd),
        unsent,
        stepEvent(unsent, 300, "PUT", -1, "transport:network"),
        mfa,    // sent twice
        mfaPut, // and its step: recorded and marked once
        stepEvent(stranger, 300, "PUT", 200, "success"),
    };
    for (int i = 0; i < HistoryImport::kRows + 7; ++i) { // two statements' worth
        const HistoryEvent b = beginEvent(kValid, t0.addSecs(-i - 1));
        events << b << stepEvent(b, 200, "PUT", 201 + i % 2, "success", {QString::number(i)});
    }
    HistoryImport importer(imported);
    QVERIFY2(importer.importAll(events), qPrintable(imported.lastError()));
    QVERIFY2(applied.applyAll(events), qPrintable(applied.lastError()));
    const QStringList want = describedAll(applied);
    QCOMPARE(want.size(), 4 + HistoryImport::kRows + 7);
    QCOMPARE(describedAll(imported), want);
    // What each kind of attempt leaves, as the store's own statements wrote it.
    const auto of = [&](const HistoryEvent &b) {
        return want.filter(b.attempt).value(0);
    };
    QVERIFY2(of(mfa).endsWith("/ PUT 428;PATCH 200 / success / 200 / req-1,req-2 / valid / ana / "
                              "SUP-1 / PUT|428|mfa|req-1 PATCH|200|success|req-2"),
             qPrintable(of(mfa)));
    QVERIFY2(
        of(wrong).endsWith("/ PUT 400;OVERRIDE;PUT 200 / success / 200 / req-3,req-4 / valid / "
                           "ana /  / PUT|400|error:invalid_credentials|req-3 "
                           "OVERRIDE|0|override| PUT|200|success|req-4"),
        qPrintable(of(wrong)));
    QVERIFY2(of(handoff).endsWith("/ TOKEN 200;WATCH valid / success / 200 / req-5 / valid / ana / "
                                  "SUP-2 / TOKEN|200|handed_off|req-5 WATCH valid|0|success|"),
             qPrintable(of(handoff)));
    QVERIFY2(of(unsent).endsWith("/ PUT / transport:network / -1 /  /  / ana /  / "
                                 "PUT|0|transport:network|"),
             qPrintable(of(unsent)));
    QVERIFY(!want.join('\n').contains(stranger.attempt));
    QVERIFY2(importer.importAll(events), qPrintable(imported.lastError()));
    QCOMPARE(describedAll(imported), want);
}

// Attempts with a step each, imported in one go: `old` of them 40 days old, `recent` of a day.
inline void seedOldAndRecent(HistoryStore &store, int old, int recent)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<HistoryEvent> events;
    for (int i = 0; i < old + recent; ++i) {
        const HistoryEvent b =
            beginEvent(kValid, i < old ? now.addDays(-40).addSecs(i) : now.addDays(-1).addSecs(i));
        events << b << stepEvent(b, 200, "PUT", 200, "success", {"req"});
    }
    QVERIFY2(HistoryImport(store).importAll(events), qPrintable(store.lastError()));
}

inline int countOf(HistoryStore &store, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(store.connectionName()));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// Another desk's updates keep being recorded while old attempts are pruned: it records on its
// own connection, in a thread of its own, and each batch waits until it has recorded one more
// attempt, so its writes land between the batches (and, on PostgreSQL, during them). Every one
// of them is kept; the old attempts go with their steps, in many batches.
inline void pruneInBatchesWhileAnotherDeskRecords(HistoryStore &pruner,
                                                  const HistoryLocation &location)
{
    constexpr int kOld = 3'000, kRecent = 200;
    seedOldAndRecent(pruner, kOld, kRecent);
    std::atomic<int> recorded{0}, failed{0};
    std::atomic<bool> stop{false};
    QString writerError;
    std::thread writer([&] {
        HistoryStore desk;
        if (!desk.open(location)) {
            writerError = desk.lastError();
            failed = 1;
            return;
        }
        while (!stop) {
            const HistoryEvent b = HistoryEvent::begin(
                {"sandbox", kQr, "erebor_mx_retail", {"password"}, "bruno", {}});
            if (!desk.apply(b) ||
                !desk.apply(stepEvent(b, 300, "PUT", 200, "success", {"req-b"}, "valid"))) {
                writerError = desk.lastError();
                ++failed;
                return;
            }
            ++recorded;
        }
    });
    const auto stopWriter = qScopeGuard([&] { // also when a check below fails
        stop = true;
        if (writer.joinable())
            writer.join();
    });
    QTRY_VERIFY(recorded > 0 || failed > 0);

    HistoryRetention retention(pruner);
    retention.setBatchRows(100, 400);
    QList<int> writesAtEachBatch;
    bool waitedInVain = false; // the other desk recorded nothing more within 10 s
    const PruneReport report = retention.prune(30, [&](const PruneReport &) {
        const int before = writesAtEachBatch.isEmpty() ? 0 : writesAtEachBatch.last();
        waitedInVain = waitedInVain ||
                       !QTest::qWaitFor([&] { return recorded > before || failed > 0; }, 10'000);
        writesAtEachBatch << recorded;
    });
    stop = true;
    writer.join();
    QVERIFY2(failed == 0, qPrintable(writerError));
    QVERIFY(!waitedInVain);
    QVERIFY2(report.ok, qPrintable(pruner.lastError()));
    QCOMPARE(report.removed, kOld);
    QVERIFY2(report.batches >= kOld / 400, qPrintable(QString::number(report.batches)));
    // The other desk recorded during the pruning: more after each batch (!waitedInVain).
    QCOMPARE(writesAtEachBatch.size(), report.batches);
    // All of its attempts and steps are there, with the recent ones; the old ones are gone.
    QCOMPARE(countOf(pruner, "SELECT count(*) FROM attempts WHERE agent = 'bruno'"), int(recorded));
    QCOMPARE(countOf(pruner, "SELECT count(*) FROM attempts WHERE agent = 'ana'"), kRecent);
    QCOMPARE(countOf(pruner, "SELECT count(*) FROM steps"), kRecent + recorded);
    QCOMPARE(countOf(pruner, "SELECT count(*) FROM attempts WHERE outcome = 'success' AND "
                             "agent = 'bruno' AND link_status = 'valid'"),
             int(recorded));
    QCOMPARE(retention.countOlderThan(30), 0);
}

} // namespace relink::test
