// The shared team history on PostgreSQL, against a real throwaway server
// (tests/support/pgsupport.h).

#include "pgsupport.h"
#include "planscenario.h"

#include "bulkscenario.h"
#include "claimscenario.h"
#include "exportscenario.h"
#include "historyoutbox.h"
#include "historyservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>

using namespace relink;

using namespace relink::test;

class TestTeamHistory : public QObject
{
    Q_OBJECT

private:
    PgServer m_pg;

private slots:
    void initTestCase()
    {
        m_pg = PgServer::fromFixture();
        QVERIFY2(m_pg.available, qPrintable(m_pg.whyNot));
    }

    // The fixture itself: relink logs in with the password only libpq knows (PGPASSFILE).
    void fixtureConnectsAsRelinkWithoutPasswordInCode()
    {
        PgConnection c(m_pg.url);
        QVERIFY2(c.isOpen(), qPrintable(c.errorText()));
        QVERIFY(c.db().password().isEmpty());
        QSqlQuery q(c.db());
        QVERIFY2(q.exec(QStringLiteral("SELECT current_user, current_database()")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("relink"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("relink"));
    }

    void fixtureRefusesAWrongOrMissingPassword_data()
    {
        QTest::addColumn<QString>("passFileLine");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password")
            << QStringLiteral("127.0.0.1:%1:*:relink:not-the-password\n")
            << QStringLiteral("password authentication failed for user \"relink\"");
        QTest::newRow("no password for relink") << QStringLiteral("127.0.0.1:%1:*:someone-else:x\n")
                                                << QStringLiteral("no password supplied");
    }

    void fixtureRefusesAWrongOrMissingPassword()
    {
        QFETCH(QString, passFileLine);
        QFETCH(QString, expected);
        QTemporaryFile passFile; // 0600, as libpq requires
        QVERIFY(passFile.open());
        passFile.write(passFileLine.arg(m_pg.port).toUtf8());
        passFile.close();
        const ScopedEnv env("PGPASSFILE", QFile::encodeName(passFile.fileName()));

        PgConnection c(m_pg.url);
        QVERIFY(!c.isOpen());
        QVERIFY2(c.errorText().contains(expected), qPrintable(c.errorText()));
    }

    // down() takes the server away (a connection fails), up() brings it back with its data.
    void fixtureServerGoesDownAndComesBackWithItsData()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("tst_fixture_downup"));
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        {
            PgConnection c(url);
            QVERIFY2(c.isOpen(), qPrintable(c.errorText()));
            QSqlQuery q(c.db());
            QVERIFY2(q.exec(QStringLiteral("CREATE TABLE t (v text)")) &&
                         q.exec(QStringLiteral("INSERT INTO t VALUES ('kept')")),
                     qPrintable(q.lastError().text()));
        }

        QVERIFY2(m_pg.down(), qPrintable(m_pg.lastError));
        {
            PgConnection c(url);
            QVERIFY(!c.isOpen());
            QVERIFY2(c.errorText().contains(QStringLiteral("Connection refused")),
                     qPrintable(c.errorText()));
        }

        QVERIFY2(m_pg.up(), qPrintable(m_pg.lastError));
        PgConnection c(url);
        QVERIFY2(c.isOpen(), qPrintable(c.errorText()));
        QSqlQuery q(c.db());
        QVERIFY2(q.exec(QStringLiteral("SELECT current_user, v FROM t")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("relink"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("kept"));
    }

    HistoryLocation team(const QString &url)
    {
        const Parsed<HistoryLocation> l = HistoryLocation::parse(url);
        return l ? *l.value : HistoryLocation{};
    }

    static Result linkResult(int status, const QString &linkStatus)
    {
        Result r;
        r.kind = Result::Kind::Link;
        r.httpStatus = status;
        r.link.status = linkStatus;
        return r;
    }

    static int schemaVersion(PgConnection &c)
    {
        QSqlQuery q(c.db());
        return q.exec(QStringLiteral("SELECT version FROM relink_schema")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

    // An empty database: Relink creates the schema (version 3), times as timestamptz, and a
    // record holds the agent and the ticket.
    void migratesAnEmptyDatabase()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("tst_empty"));
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        HistoryStore store;
        QVERIFY2(store.open(team(url)), qPrintable(store.lastError()));
        const QString attempt =
            store.begin({"sandbox", "link-1", "erebor_mx_retail", {"password"}, "alice", "SUP-1"});
        QVERIFY2(!attempt.isEmpty(), qPrintable(store.lastError()));
        QVERIFY(store.step(attempt, HistoryStep::Put, linkResult(200, "valid")));
        const QList<HistoryEntry> all = store.entries();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].key, attempt);
        QCOMPARE(all[0].agent, QString("alice"));
        QCOMPARE(all[0].ticket, QString("SUP-1"));
        QCOMPARE(all[0].steps, QStringList({"PUT 200"}));
        QCOMPARE(all[0].outcome, QString("success"));
        QCOMPARE(all[0].linkStatus, QString("valid"));
        QVERIFY(qAbs(all[0].startedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        PgConnection c(url);
        QCOMPARE(schemaVersion(c), HistoryStore::kSchemaVersion);
        QSqlQuery q(c.db());
        QVERIFY(q.exec("SELECT data_type FROM information_schema.columns WHERE table_name = "
                       "'attempts' AND column_name = 'started_at'") &&
                q.next());
        QCOMPARE(q.value(0).toString(), QString("timestamp with time zone"));
        QVERIFY(q.exec("SELECT count(*) FROM pg_indexes WHERE tablename = 'attempts' AND "
                       "indexname IN ('attempts_agent', 'attempts_ticket', 'attempts_uid', "
                       "'attempts_started', 'attempts_link')") &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 5); // the filters' indexes
        // Filters: agent and ticket, exact and case-insensitive.
        HistoryFilter f;
        f.agent = "ALICE";
        QCOMPARE(store.entries(f).size(), 1);
        f.ticket = "sup-1";
        QCOMPARE(store.entries(f).size(), 1);
        f.agent = "bob";
        QCOMPARE(store.entries(f).size(), 0);
        // The queue's rows: exactly these ids, not a part of one.
        QVERIFY(!store.begin({"sandbox", "link-10", "erebor_mx_retail", {}, "bob", {}}).isEmpty());
        HistoryFilter rows;
        rows.linkIds = {"link-1", "link-2"};
        QCOMPARE(store.entries(rows).size(), 1);
        QCOMPARE(store.entries(rows).at(0).linkId, QString("link-1"));
        rows.linkIds = {"link-1", "link-10"};
        QCOMPARE(store.entries(rows).size(), 2);
        // Exports take the rows one at a time (single-row mode), as read() gives them.
        QList<HistoryEntry> streamed;
        QVERIFY2(store.forEach({}, {}, 0, -1,
                               [&streamed](const HistoryEntry &e) {
                                   streamed << e;
                                   return true;
                               }),
                 qPrintable(store.lastError()));
        const QList<HistoryEntry> read = store.entries();
        QCOMPARE(streamed.size(), read.size());
        for (int i = 0; i < read.size(); ++i) {
            QCOMPARE(streamed.at(i).key, read.at(i).key);
            QCOMPARE(streamed.at(i).steps, read.at(i).steps);
        }
        // Every filter reads through its index (#26).
        checkFiltersUseTheirIndexes(store, true);
        // The connection is free again afterwards (a forward-only read left nothing pending).
        QVERIFY(!store.begin({"sandbox", "link-11", {}, {}, "bob", {}}).isEmpty());
        QCOMPARE(store.entries().size(), read.size() + 1);
    }

    // A database set up by the previous schema (version 2: no keys, agents or tickets) is
    // migrated in place; its records stay.
    void migratesFromThePreviousSchema()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("tst_previous"));
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        {
            PgConnection c(url);
            QSqlQuery q(c.db());
            for (const char *sql :
                 {"CREATE TABLE relink_schema (version INTEGER NOT NULL)",
                  "INSERT INTO relink_schema VALUES (2)",
                  "CREATE TABLE attempts (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                  "started_at TIMESTAMPTZ NOT NULL, environment TEXT NOT NULL, link_id TEXT NOT "
                  "NULL, institution TEXT, fields TEXT, outcome TEXT, http_status INTEGER, "
                  "request_ids TEXT, link_status TEXT)",
                  "CREATE INDEX attempts_link ON attempts(link_id)",
                  "CREATE TABLE steps (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                  "attempt_id BIGINT NOT NULL REFERENCES attempts(id) ON DELETE CASCADE, at "
                  "TIMESTAMPTZ NOT NULL, method TEXT NOT NULL, http_status INTEGER, outcome TEXT, "
                  "request_ids TEXT)",
                  "CREATE INDEX steps_attempt ON steps(attempt_id)",
                  "CREATE INDEX attempts_started ON attempts(started_at)",
                  "INSERT INTO attempts (started_at, environment, link_id, outcome, http_status) "
                  "VALUES ('2026-11-30T10:00:00Z', 'sandbox', 'old-link', 'success', 200)",
                  "INSERT INTO steps (attempt_id, at, method, http_status, outcome) VALUES (1, "
                  "'2026-11-30T10:00:00Z', 'PUT', 200, 'success')"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        }
        HistoryStore store;
        QVERIFY2(store.open(team(url)), qPrintable(store.lastError()));
        const QList<HistoryEntry> all = store.entries();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].linkId, QString("old-link"));
        QCOMPARE(all[0].steps, QStringList({"PUT 200"}));
        QCOMPARE(all[0].startedAt, QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC));
        QVERIFY(!all[0].key.isEmpty()); // given a key by the migration
        PgConnection c(url);
        QCOMPARE(schemaVersion(c), HistoryStore::kSchemaVersion);
    }

    // Two agents' desktops on the team's database: claims seen, renewed, taken over, released,
    // expired by the server's clock.
    void claimsBetweenTwoDesks()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("tst_claims"));
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        HistoryStore ana, bruno;
        QVERIFY2(ana.open(team(url)), qPrintable(ana.lastError()));
        QVERIFY2(bruno.open(team(url)), qPrintable(bruno.lastError()));
        relink::test::claimsBetweenTwoDesks(ana, bruno);
    }

    // An import (multi-row INSERTs, the values inlined) writes what applyAll writes.
    void importWritesWhatApplyAllWrites()
    {
        const QString a = m_pg.createDatabase(QStringLiteral("tst_imported"));
        const QString b = m_pg.createDatabase(QStringLiteral("tst_applied"));
        QVERIFY2(!a.isEmpty() && !b.isEmpty(), qPrintable(m_pg.lastError));
        HistoryStore imported, applied;
        QVERIFY2(imported.open(team(a)), qPrintable(imported.lastError()));
        QVERIFY2(applied.open(team(b)), qPrintable(applied.lastError()));
        relink::test::importWritesWhatApplyAllWrites(imported, applied);
    }

    // The exports' rows through libpq are the whole documents of before (#26), whatever the
    // server's time zone (exportscenario.h).
    void streamedExportsAreTheWholeOnes()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("tst_exports"));
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        HistoryStore store;
        QVERIFY2(store.open(team(url)), qPrintable(store.lastError()));
        relink::test::streamedExportsAreTheWholeOnes(store);
    }

    // The team's retention (relink-cli history --prune) deletes in batches while another agent's
    // updates keep being recorded (#26).
    void pruneInBatchesWhileAnotherAgentRecords()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("tst_prune"));
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        HistoryStore store;
        QVERIFY2(store.open(team(url)), qPrintable(store.lastError()));
        relink::test::pruneInBatchesWhileAnotherDeskRecords(store, team(url));
    }

    // Two desktops starting at once on an empty database: one migrates, the other waits (the
    // advisory lock) and finds it done; both record.
    void twoDesktopsStartingAtOnceMigrateOnce()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("tst_race"));
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        QTemporaryDir dir;
        const ScopedEnv outbox("RELINK_HISTORY_DB", QFile::encodeName(dir.filePath("a.sqlite")));
        HistoryService a, b;
        QStringList problems;
        for (HistoryService *s : {&a, &b})
            connect(s, &HistoryService::problem, this, [&](const QString &m) { problems << m; });
        a.setLocation(team(url));
        b.setLocation(team(url)); // both connect and migrate on their own threads, together
        a.begin({"sandbox", "link-a", {}, {"password"}, "alice", {}});
        b.begin({"sandbox", "link-b", {}, {"password"}, "bob", {}});
        QVERIFY(a.waitForWrites(20'000) && b.waitForWrites(20'000));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        QCOMPARE(a.readAndWait({}).entries.size(), 2);
        QCOMPARE(b.readAndWait({}).entries.size(), 2);
        PgConnection c(url);
        QSqlQuery q(c.db());
        QVERIFY(q.exec("SELECT count(*) FROM relink_schema") && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // A flush cut short: the team's database got some events, the outbox still holds them all.
    // Sending again records each once, in order; the outbox ends empty.
    void anOutboxFlushCutShortRecordsEachEventOnce()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("tst_outbox"));
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        QTemporaryDir dir;
        const QString file = dir.filePath("outbox.sqlite");
        const ScopedEnv outbox("RELINK_HISTORY_DB", QFile::encodeName(file));
        const QString target = team(url).display();
        QList<HistoryEvent> events;
        for (int i = 0; i < 3; ++i) {
            const HistoryEvent begin =
                HistoryEvent::begin({"sandbox", QString("link-%1").arg(i), {}, {}, "carol", "T-9"});
            events << begin
                   << HistoryEvent::step(begin.attempt, HistoryStep::Put, linkResult(200, "valid"));
        }
        {
            HistoryStore local;
            QVERIFY(local.open(file));
            for (const HistoryEvent &e : std::as_const(events))
                QVERIFY(HistoryOutbox(local).enqueue(target, e));
            HistoryStore teamStore; // what a flush cut short had already sent: the first 3
            QVERIFY2(teamStore.open(team(url)), qPrintable(teamStore.lastError()));
            for (int i = 0; i < 3; ++i)
                QVERIFY(teamStore.apply(events.at(i)));
            QCOMPARE(HistoryOutbox(local).pendingCount(target), 6);
            QVERIFY(!HistoryOutbox(local).holdsNothingFor(target)); // a new record queues behind
            QVERIFY(HistoryOutbox(local).holdsNothingFor(team(url).outboxKey() + "-other"));
        }
        HistoryService service;
        QSignalSpy flushed(&service, &HistoryService::flushed);
        service.setLocation(team(url)); // sends what the outbox holds
        QVERIFY(flushed.wait(20'000));
        QCOMPARE(flushed.at(0).at(0).toInt(), 6);
        const QList<HistoryEntry> all =
            service.readAndWait({}, {HistoryColumn::LinkId, Qt::AscendingOrder}, 100).entries;
        QCOMPARE(all.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(all[i].linkId, QString("link-%1").arg(i));
            QCOMPARE(all[i].steps, QStringList({"PUT 200"})); // once, not twice
            QCOMPARE(all[i].outcome, QString("success"));
            QCOMPARE(all[i].ticket, QString("T-9"));
        }
        HistoryStore local;
        QVERIFY(local.open(file));
        QCOMPARE(HistoryOutbox(local).pendingCount(target), 0);
        QVERIFY(HistoryOutbox(local).holdsNothingFor(target));
        HistoryStore closed; // no outbox at all: nothing waits in it
        QVERIFY(HistoryOutbox(closed).holdsNothingFor(target));
    }

    // Mid-session, in one process: the server goes away between two updates and comes back.
    // The second update is kept and said once; the outbox goes out by itself when the server
    // is back (the retry), over a fresh connection (the old one died with the server).
    void aRecordWhileTheServerIsAwayGoesOutWhenItIsBack()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("tst_midsession"));
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        QTemporaryDir dir;
        const ScopedEnv outbox("RELINK_HISTORY_DB", QFile::encodeName(dir.filePath("o.sqlite")));
        HistoryService service;
        service.setRetryInterval(300);
        QSignalSpy problems(&service, &HistoryService::problem);
        QSignalSpy flushed(&service, &HistoryService::flushed);
        service.setLocation(team(url));
        const auto record = [&service](const QString &link) {
            const QString a = service.begin({"sandbox", link, {}, {"password"}, "hana", "T-7"});
            service.step(a, HistoryStep::Put, linkResult(200, "valid"));
            return service.waitForWrites(20'000);
        };
        const auto countIn = [&url](const char *table) {
            PgConnection c(url);
            QSqlQuery q(c.db());
            return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next()
                       ? q.value(0).toInt()
                       : -1;
        };
        QVERIFY(record("link-1"));
        QCOMPARE(countIn("attempts"), 1);
        QVERIFY2(m_pg.down(), qPrintable(m_pg.lastError));
        QVERIFY(record("link-2"));
        QVERIFY(record("link-3"));
        QCOMPARE(problems.size(), 1); // told once for the time it is away
        QVERIFY2(problems.at(0).at(0).toString().startsWith(
                     "The team history is unreachable; this update is kept on this computer "
                     "and sent when it is back."),
                 qPrintable(problems.at(0).at(0).toString()));
        flushed.clear();
        QVERIFY2(m_pg.up(), qPrintable(m_pg.lastError));
        QVERIFY(flushed.wait(20'000)); // no new record needed
        QCOMPARE(flushed.last().at(0).toInt(), 4);
        QCOMPARE(countIn("attempts"), 3);
        QCOMPARE(countIn("steps"), 3);
        QCOMPARE(problems.size(), 1);
    }

    // An event the server refuses (a NUL character, which PostgreSQL text cannot hold) is set
    // aside and said; the events after it still go out.
    void aRefusedEventDoesNotHoldUpTheOthers()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("tst_poison"));
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        QTemporaryDir dir;
        const QString file = dir.filePath("o.sqlite");
        const ScopedEnv outbox("RELINK_HISTORY_DB", QFile::encodeName(file));
        const QString key = team(url).outboxKey();
        {
            HistoryStore local;
            QVERIFY(local.open(file));
            for (const QString &institution :
                 {QString("first"), QString(QString("bad") + QChar(0) + "nul"), QString("last")})
                QVERIFY(HistoryOutbox(local).enqueue(
                    key, HistoryEvent::begin({"sandbox", "link", institution, {}, "ivo", {}})));
        }
        HistoryService service;
        QSignalSpy problems(&service, &HistoryService::problem);
        QSignalSpy flushed(&service, &HistoryService::flushed);
        service.setLocation(team(url));
        QVERIFY(flushed.wait(20'000));
        QCOMPARE(flushed.at(0).at(0).toInt(), 2);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.at(0).at(0).toString().startsWith(
                     "A record could not be sent to the team history"),
                 qPrintable(problems.at(0).at(0).toString()));
        const QList<HistoryEntry> all = service.readAndWait({}).entries;
        QCOMPARE(all.size(), 2);
        HistoryStore local;
        QVERIFY(local.open(file));
        QCOMPARE(HistoryOutbox(local).pendingCount(key), 0);
    }

    // Connected, with nothing kept: an update's records go straight to the team's database, none
    // through the outbox (nothing is said to be sent from it). One the server refuses is kept
    // aside and said, and the next ones still go straight. A step sent twice (a connection lost
    // before its answer) marks its attempt once: its request id is there once.
    void recordsGoStraightToTheTeamWhileConnected()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("tst_straight"));
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        QTemporaryDir dir;
        const QString file = dir.filePath("o.sqlite");
        const ScopedEnv outbox("RELINK_HISTORY_DB", QFile::encodeName(file));
        HistoryService service;
        QSignalSpy problems(&service, &HistoryService::problem);
        QSignalSpy flushed(&service, &HistoryService::flushed);
        service.setLocation(team(url));
        const QString first = service.begin({"sandbox", "link-1", {}, {"password"}, "hana", "T-7"});
        service.step(first, HistoryStep::Put, linkResult(200, "valid"));
        QVERIFY(service.waitForWrites(20'000));
        QCOMPARE(flushed.size(), 0);
        QCOMPARE(problems.size(), 0);

        service.begin({"sandbox", "link-2", QString("bad") + QChar(0) + "nul", {}, "ivo", {}});
        QVERIFY(service.waitForWrites(20'000));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.at(0).at(0).toString().startsWith(
                     "A record could not be sent to the team history"),
                 qPrintable(problems.at(0).at(0).toString()));
        flushed.clear(); // that one went through the outbox (kept aside there)

        const QString third = service.begin({"sandbox", "link-3", {}, {"password"}, "hana", {}});
        service.step(third, HistoryStep::Put, linkResult(200, "valid"));
        QVERIFY(service.waitForWrites(20'000));
        HistoryStore teamStore;
        QVERIFY2(teamStore.open(team(url)), qPrintable(teamStore.lastError()));
        HistoryEvent again = HistoryEvent::step(first, HistoryStep::Put, linkResult(200, "valid"));
        again.requestIds = QStringList{"req-again"};
        QVERIFY(teamStore.apply(again));
        QVERIFY(teamStore.apply(again));
        const QList<HistoryEntry> all =
            service.readAndWait({}, {HistoryColumn::LinkId, Qt::AscendingOrder}, 100).entries;
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].linkId, QString("link-1"));
        QCOMPARE(all[0].steps, QStringList({"PUT 200", "PUT 200"}));
        QCOMPARE(all[0].requestIds, QStringList({"req-again"}));
        QCOMPARE(all[0].outcome, QString("success"));
        QCOMPARE(all[0].linkStatus, QString("valid"));
        QCOMPARE(all[1].linkId, QString("link-3"));
        QCOMPARE(all[1].steps, QStringList({"PUT 200"}));
        QCOMPARE(flushed.size(), 0);
        QCOMPARE(problems.size(), 1);
        HistoryStore local;
        QVERIFY(local.open(file));
        QCOMPARE(HistoryOutbox(local).pendingCount(team(url).outboxKey()), 0);
    }

    // Connected, with a record already waiting in the outbox (another Relink on this computer
    // kept it): a new record does not overtake it. It queues behind, and both go out in order.
    void aRecordQueuesBehindOnesAlreadyKept()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("tst_behind"));
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        QTemporaryDir dir;
        const QString file = dir.filePath("o.sqlite");
        const ScopedEnv outbox("RELINK_HISTORY_DB", QFile::encodeName(file));
        HistoryService service;
        QSignalSpy flushed(&service, &HistoryService::flushed);
        service.setLocation(team(url));
        QVERIFY(service.isOpenAndWait()); // connected, nothing kept
        const HistoryEvent kept =
            HistoryEvent::begin({"sandbox", "link-kept", {}, {"password"}, "ivo", {}});
        {
            HistoryStore other; // the other Relink's own connection to the same file
            QVERIFY(other.open(file));
            QVERIFY(HistoryOutbox(other).enqueue(team(url).outboxKey(), kept));
        }
        const QString mine = service.begin({"sandbox", "link-mine", {}, {"password"}, "hana", {}});
        QVERIFY(!mine.isEmpty());
        QVERIFY(service.waitForWrites(20'000));
        QTRY_COMPARE_WITH_TIMEOUT(flushed.size(), 1, 20'000);
        QCOMPARE(flushed.at(0).at(0).toInt(), 2); // the kept one, then this one
        const QList<HistoryEntry> all = service.readAndWait({}).entries;
        QCOMPARE(all.size(), 2);
        HistoryStore local;
        QVERIFY(local.open(file));
        QCOMPARE(HistoryOutbox(local).pendingCount(team(url).outboxKey()), 0);
    }

    // An agent whose role may only read and write Relink's tables (no CREATE: PostgreSQL 15's
    // default for the public schema) connects to a history set up by someone else, and records.
    void anAgentWhoMayOnlyReadAndWriteRecords()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("tst_readwrite"));
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        {
            HistoryStore owner; // sets the schema up
            QVERIFY2(owner.open(team(url)), qPrintable(owner.lastError()));
        }
        {
            PgConnection admin(m_pg.adminUrl);
            QSqlQuery q(admin.db());
            q.exec("DROP ROLE IF EXISTS relink_agent");
            QVERIFY2(q.exec("CREATE ROLE relink_agent LOGIN PASSWORD 'agent-pw'"),
                     qPrintable(q.lastError().text()));
            PgConnection owner(url);
            QSqlQuery g(owner.db());
            for (const char *sql :
                 {"GRANT SELECT, INSERT, UPDATE ON attempts, steps TO relink_agent",
                  "GRANT SELECT ON relink_schema TO relink_agent",
                  "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO relink_agent"})
                QVERIFY2(g.exec(QString::fromLatin1(sql)), qPrintable(g.lastError().text()));
        }
        QTemporaryFile passFile;
        QVERIFY(passFile.open());
        passFile.write(QString("127.0.0.1:%1:*:relink_agent:agent-pw\n").arg(m_pg.port).toUtf8());
        passFile.close();
        const ScopedEnv env("PGPASSFILE", QFile::encodeName(passFile.fileName()));
        HistoryStore agent;
        QVERIFY2(agent.open(team(QString(url).replace("//relink@", "//relink_agent@"))),
                 qPrintable(agent.lastError()));
        const QString a = agent.begin({"sandbox", "link-rw", {}, {}, "juno", "T-8"});
        QVERIFY2(!a.isEmpty(), qPrintable(agent.lastError()));
        QVERIFY(agent.step(a, HistoryStep::Put, linkResult(200, "valid")));
        QCOMPARE(agent.entries().size(), 1);
    }

    // Records kept for another team address (the setting changed since) are not sent to this
    // one: they wait for theirs, and the agent is told how many.
    void recordsForAnotherAddressWaitAndAreSaid()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("tst_elsewhere"));
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        QTemporaryDir dir;
        const QString file = dir.filePath("o.sqlite");
        const ScopedEnv outbox("RELINK_HISTORY_DB", QFile::encodeName(file));
        const QString other = team("postgresql://relink@db.example.com/other").outboxKey();
        {
            HistoryStore local;
            QVERIFY(local.open(file));
            for (int i = 0; i < 2; ++i)
                QVERIFY(HistoryOutbox(local).enqueue(
                    other, HistoryEvent::begin({"sandbox", "link", {}, {}, "kim", {}})));
        }
        HistoryService service;
        QSignalSpy problems(&service, &HistoryService::problem);
        service.setLocation(team(url));
        QVERIFY(problems.wait(20'000));
        QCOMPARE(problems.at(0).at(0).toString(),
                 QString("2 record(s) kept on this computer belong to another team history; "
                         "point Relink at it again to send them."));
        QCOMPARE(service.readAndWait({}).entries.size(), 0);
        HistoryStore local;
        QVERIFY(local.open(file));
        QCOMPARE(HistoryOutbox(local).pendingCount(other),
                 2); // still there, for their own database
    }

    void cleanup()
    {
        // A failed test must not leave the server down for the next one.
        if (QTest::currentTestFailed())
            m_pg.up();
    }
};

RELINK_PG_TEST_MAIN(TestTeamHistory)

#include "tst_history_team.moc"
