// relink-cli with a team history on a real PostgreSQL server: two agents at once, the server
// taken away mid-session, a wrong password, an unreachable host, a refused address, and no
// secret in the team's tables.

#include "pgsupport.h"
#include "testsupport.h"

#include "historyclaims.h"
#include "historyimport.h"
#include "historyoutbox.h"
#include "historystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace relink;
using namespace relink::test;

namespace {
const QByteArray kUnreachable = "The team history is unreachable; this update is kept on this "
                                "computer and sent when it is back.";
}

class TestTeamCli : public QObject
{
    Q_OBJECT

private:
    PgServer m_pg;
    BelvoSimulator *m_sim = nullptr;
    QTemporaryDir *m_dir = nullptr;

    // A desktop of its own: its HOME (settings, data folder, ~/.pgpass) and agent name, set in
    // the desktop app's settings file, which relink-cli reads too.
    QProcessEnvironment desk(const QString &name, const QString &historyUrl)
    {
        const QString home = m_dir->filePath(name);
        QDir().mkpath(home + "/.config/Relink");
        QSettings settings(home + "/.config/Relink/relink.conf", QSettings::IniFormat);
        settings.setValue("agentName", name);
        settings.sync();
        QFile pgpass(home + "/.pgpass");
        QFile shared(m_pg.passFile);
        if (!pgpass.exists() && shared.open(QIODevice::ReadOnly) &&
            pgpass.open(QIODevice::WriteOnly)) {
            pgpass.write(shared.readAll());
            pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        pgpass.close();
        QProcessEnvironment env = cliEnvironment(m_sim->baseUrl(), BelvoSimulator::kDemoSecretId,
                                                 BelvoSimulator::kDemoSecretPassword);
        env.insert("HOME", home);
        env.insert("XDG_CONFIG_HOME", home + "/.config");
        env.insert("XDG_DATA_HOME", home + "/.local/share");
        env.remove("PGPASSFILE"); // ~/.pgpass, as on a desktop
        env.remove("RELINK_HISTORY_DB");
        env.remove("RELINK_AGENT");
        env.insert("RELINK_HISTORY_URL", historyUrl);
        return env;
    }

    static QJsonArray historyJson(const QProcessEnvironment &env, const QStringList &filters)
    {
        const CliRun run = runCli(env, QStringList{"history", "--json"} + filters, {});
        return QJsonDocument::fromJson(run.out).array();
    }

    static CliRun update(const QProcessEnvironment &env, const QString &ticket)
    {
        return runCli(env, {"update", kValid, "--fields", "-", "--ticket", ticket},
                      "{\"password\":\"pass_valid\"}");
    }

    // The outbox of a desk (its SQLite file): how many events wait for `url`.
    int pending(const QString &name, const QString &url)
    {
        HistoryStore local;
        if (!local.open(m_dir->filePath(name) + "/.local/share/Relink/history.sqlite"))
            return -1;
        return HistoryOutbox(local).pendingCount(HistoryLocation::parse(url).value->display());
    }

private slots:
    void initTestCase()
    {
        m_pg = PgServer::fromFixture();
        QVERIFY2(m_pg.available, qPrintable(m_pg.whyNot));
    }

    void init()
    {
        m_dir = new QTemporaryDir;
        m_sim = new BelvoSimulator;
        QVERIFY(m_sim->listen());
    }

    void cleanup()
    {
        delete m_sim;
        delete m_dir;
        if (QTest::currentTestFailed())
            m_pg.up(); // never leave the server down for the next test
    }

    // Two agents on two desktops write at once; each sees the other's records, with who did
    // it and for which ticket; --agent and --ticket filter.
    void twoAgentsWritingAtOnceSeeEachOther()
    {
        const QString url = m_pg.createDatabase("tst_two_agents");
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        const QProcessEnvironment alice = desk("alice", url), bob = desk("bob", url);
        QList<QProcess *> running;
        for (int i = 0; i < 3; ++i) {
            for (const auto &[env, ticket] : {std::pair{alice, QString("SUP-%1").arg(i)},
                                              std::pair{bob, QString("OPS-%1").arg(i)}}) {
                auto *p = new QProcess(this);
                p->setProcessEnvironment(env);
                // --force: each may find the other on the link (a claim); this test is about
                // their records.
                p->start(RELINK_CLI_PATH,
                         {"update", kValid, "--fields", "-", "--ticket", ticket, "--force"});
                p->write("{\"password\":\"pass_valid\"}");
                p->closeWriteChannel();
                running << p;
            }
        }
        for (QProcess *p : std::as_const(running)) {
            QTRY_COMPARE_WITH_TIMEOUT(p->state(), QProcess::NotRunning, 60'000);
            QCOMPARE(p->exitCode(), 0);
            const QByteArray err = p->readAllStandardError();
            QVERIFY2(!err.contains("warning") && !err.contains("NOTICE"), err.constData());
        }
        const QJsonArray all = historyJson(alice, {});
        QCOMPARE(all.size(), 6);
        const QJsonArray bobs = historyJson(alice, {"--agent", "bob"}); // Alice sees Bob's
        QCOMPARE(bobs.size(), 3);
        for (const QJsonValue &v : bobs) {
            QCOMPARE(v["agent"].toString(), QString("bob"));
            QVERIFY(v["ticket"].toString().startsWith("OPS-"));
            QCOMPARE(v["outcome"].toString(), QString("success"));
            const QJsonArray steps = v["steps"].toArray();
            QVERIFY(steps == QJsonArray({"PUT 200"}) ||
                    steps == QJsonArray({"OVERRIDE claimed", "PUT 200"}));
        }
        const QJsonArray one = historyJson(bob, {"--ticket", "sup-1"});
        QCOMPARE(one.size(), 1);
        QCOMPARE(one[0]["agent"].toString(), QString("alice"));
        QCOMPARE(one[0]["ticket"].toString(), QString("SUP-1"));
        const CliRun csv = runCli(bob, {"history", "--csv", "--agent", "alice"}, {});
        QVERIFY(csv.out.startsWith("time_utc,environment,link_id,institution,fields,steps,"
                                   "outcome,http_status,request_ids,link_status,agent,ticket\r\n"));
        QCOMPARE(csv.out.count("\r\n"), 4);
    }

    // What one agent did is in the other's pre-flight: Alice on the link (her desktop's claim),
    // her hand-off, her wrong passwords. Bruno going ahead takes the link over, recorded.
    void onePreflightSeesTheOtherAgent()
    {
        const QString url = m_pg.createDatabase("tst_preflight_team");
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        const QProcessEnvironment alice = desk("alice", url), bruno = desk("bruno", url);
        const QString env = "custom:127.0.0.1"; // the simulator's environment, as recorded
        HistoryStore store;                     // Alice's desktop: the link in her form
        QVERIFY2(store.open(*HistoryLocation::parse(url).value), qPrintable(store.lastError()));
        HistoryClaims desktop(store);
        QCOMPARE(desktop.claim({env, kValid, "alice", "SUP-1234", 600}).agent, QString("alice"));

        const CliRun check = runCli(bruno, {"check", kValid, "--json"}, {});
        QCOMPARE(check.exitCode, 9);
        const QJsonObject o = QJsonDocument::fromJson(check.out).object();
        const QJsonObject claimedBy = o["claimed_by"].toObject();
        QCOMPARE(claimedBy["agent"].toString(), QString("alice"));
        QCOMPARE(claimedBy["ticket"].toString(), QString("SUP-1234"));
        QVERIFY(QDateTime::fromString(claimedBy["since"].toString(), Qt::ISODateWithMs).isValid());
        const QJsonObject finding = o["findings"].toArray().at(0).toObject();
        QCOMPARE(finding["kind"].toString(), QString("claimed"));
        QCOMPARE(finding["severity"].toString(), QString("confirm"));
        QVERIFY2(finding["message"].toString().startsWith("alice is on this link (since "),
                 qPrintable(finding["message"].toString()));

        // Without a terminal Bruno's update stops there; --force goes ahead and takes it over.
        m_sim->clearRequests();
        QCOMPARE(update(bruno, "OPS-1").exitCode, 9);
        QCOMPARE(afterPreflight(m_sim->requests(), kValid).size(), 0);
        const CliRun forced = runCli(bruno, {"update", kValid, "--fields", "-", "--force"},
                                     "{\"password\":\"pass_valid\"}");
        QCOMPARE(forced.exitCode, 0);
        const QJsonArray mine = historyJson(alice, {"--agent", "bruno"});
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine[0]["steps"].toArray(), QJsonArray({"OVERRIDE claimed", "PUT 200"}));
        // His run ended: the link is nobody's until Alice's desktop renews its claim.
        QVERIFY(!desktop.claimOf(env, kValid).isValid());

        // Alice's hand-off and her two wrong passwords are in Bruno's pre-flight.
        QCOMPARE(runCli(alice, {"handoff", kQr}, {}).exitCode, 0);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(runCli(alice, {"update", kNumeric, "--fields", "-"}, "{\"password\":\"no\"}")
                         .exitCode,
                     6);
        const CliRun handedOff = runCli(bruno, {"check", kQr}, {});
        QCOMPARE(handedOff.exitCode, 9);
        QVERIFY2(handedOff.out.startsWith("confirm: Sent to the customer by alice at "),
                 handedOff.out.constData());
        const CliRun errors = runCli(bruno, {"check", kNumeric}, {});
        QCOMPARE(errors.exitCode, 9);
        QVERIFY2(errors.out.startsWith("confirm: 2 wrong password(s) for this link since ") &&
                     errors.out.contains(" (alice). Banks often lock"),
                 errors.out.constData());
    }

    // The server goes away mid-session: the update still goes out (exit 0), the agent is told
    // once, the record waits in the outbox; when the server is back the next run sends it, once.
    void serverAwayMidSessionLosesNothing()
    {
        const QString url = m_pg.createDatabase("tst_away");
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        const QProcessEnvironment dana = desk("dana", url);
        QCOMPARE(update(dana, "T-1").exitCode, 0);
        QVERIFY2(m_pg.down(), qPrintable(m_pg.lastError));
        m_sim->clearRequests();
        const CliRun away = update(dana, "T-2");
        QCOMPARE(away.exitCode, 0);
        QCOMPARE(afterPreflight(m_sim->requests(), kValid).size(),
                 1);                               // the PUT went out all the same
        QCOMPARE(away.err.count(kUnreachable), 1); // told once, for its two records
        QCOMPARE(pending("dana", url), 2);         // the attempt and its PUT
        const CliRun failed = runCli(dana, {"history"}, {});
        QCOMPARE(failed.exitCode, 7); // the team history can't be read now: said, not empty
        QVERIFY2(failed.err.contains("could not connect"), failed.err.constData());
        const CliRun prune = runCli(dana, {"history", "--prune", "1"}, {});
        QCOMPARE(prune.exitCode, 7); // nor can its retention run: said, nothing claimed done
        QVERIFY2(QRegularExpression("^relink-cli: Relink could not connect to .*Check that the "
                                    "server is up",
                                    QRegularExpression::MultilineOption)
                     .match(QString::fromUtf8(prune.err))
                     .hasMatch(),
                 prune.err.constData());
        QVERIFY2(prune.out.isEmpty(), prune.out.constData());

        QVERIFY2(m_pg.up(), qPrintable(m_pg.lastError));
        const QJsonArray all = historyJson(dana, {}); // sends the outbox first
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0]["ticket"].toString(), QString("T-2"));
        QCOMPARE(all[0]["steps"].toArray(), QJsonArray({"PUT 200"}));
        QCOMPARE(pending("dana", url), 0);
        QCOMPARE(historyJson(dana, {}).size(), 2); // and never again
    }

    // A wrong password, an unreachable host: one clear message, the update still goes out.
    void wrongPasswordOrUnreachableHost_data()
    {
        QTest::addColumn<bool>("wrongPassword");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password") << true << "did not accept the password of relink";
        QTest::newRow("unreachable") << false << "could not connect to postgresql://";
    }

    void wrongPasswordOrUnreachableHost()
    {
        QFETCH(bool, wrongPassword);
        QFETCH(QString, expected);
        QString url = m_pg.url;
        if (!wrongPassword) { // a port nobody listens on
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            url = QString("postgresql://relink@127.0.0.1:%1/relink").arg(probe.serverPort());
        }
        QProcessEnvironment env = desk("erin", url);
        if (wrongPassword) {
            QFile pgpass(m_dir->filePath("erin/.pgpass"));
            QVERIFY(pgpass.open(QIODevice::WriteOnly | QIODevice::Truncate));
            pgpass.write(QString("127.0.0.1:%1:*:relink:wrong\n").arg(m_pg.port).toUtf8());
        }
        const CliRun run = update(env, "T-3");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(afterPreflight(m_sim->requests(), kValid).size(), 1);
        QVERIFY2(run.err.contains(kUnreachable), run.err.constData());
        QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
        QCOMPARE(run.err.count("warning:"), 1);
        QCOMPARE(pending("erin", url), 2);
    }

    // An address Relink does not take is refused plainly (exit 2), before anything is sent.
    void aRefusedAddressSendsNothing_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("scheme") << "mysql://relink@db/relink"
                                << "\"mysql:\" is neither";
        QTest::newRow("password") << "postgresql://relink:secret@db/relink"
                                  << "The history address holds a password";
        QTest::newRow("unencrypted") << "postgresql://relink@db.example.com/relink?sslmode=disable"
                                     << "asks for sslmode=disable with db.example.com";
        QTest::newRow("password after an @ in the user name")
            << "postgresql://relink@db.example.com:S3cr3tPW@db.example.com/relink"
            << "The history address holds a password";
    }

    void aRefusedAddressSendsNothing()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const CliRun run = update(desk("frank", url), "T-4");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
        QVERIFY(!run.err.contains("secret") || !url.contains("secret"));
        QVERIFY2(!run.err.contains("S3cr3tPW") && !run.err.contains("relink@db.example.com"),
                 run.err.constData()); // neither the password nor the user part
        QCOMPARE(m_sim->requests().size(), 0);
    }

    // The canary, in the team's tables: no credential value, token or key reaches them.
    void noSecretInTheTeamTables()
    {
        const QString url = m_pg.createDatabase("tst_canary");
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        const QProcessEnvironment env = desk("gina", url);
        const QString canary = "CANARY-pw-7f3a9";
        // A wrong password: Belvo refuses it (exit 6), recorded like any attempt.
        QCOMPARE(runCli(env, {"update", kValid, "--fields", "-", "--ticket", "T-5"},
                        "{\"password\":\"" + canary.toUtf8() + "\"}")
                     .exitCode,
                 6);
        QCOMPARE(historyJson(env, {}).size(), 1);
        PgConnection c(url);
        QSqlQuery q(c.db());
        QString everything;
        for (const char *table : {"attempts", "steps", "claims", "relink_schema"}) {
            QVERIFY(q.exec(QString("SELECT row_to_json(t)::text FROM %1 t").arg(table)));
            while (q.next())
                everything += q.value(0).toString();
        }
        QVERIFY(everything.contains("T-5")); // the scan sees what was written
        QVERIFY(everything.contains("gina"));
        for (const QString &secret : {canary, QString(BelvoSimulator::kDemoSecretPassword),
                                      QString(BelvoSimulator::kDemoSecretId)})
            QVERIFY2(!everything.contains(secret), qPrintable(secret));
    }

    // The team's retention, from a runbook (#26): relink-cli history --prune deletes the attempts
    // older than the days given, in batches, and says how it went; its misuses are refused.
    void theTeamsRetentionFromTheCommandLine()
    {
        const QString url = m_pg.createDatabase("tst_cli_prune");
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        // `old` attempts of 40 days ago and `recent` of yesterday, by Hana.
        const auto seed = [&](int old, int recent) {
            HistoryStore team;
            QList<HistoryEvent> events;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (int i = 0; i < old + recent; ++i) {
                HistoryEvent b = HistoryEvent::begin(
                    {"sandbox", kValid, "erebor_mx_retail", {"password"}, "hana", {}});
                b.at = now.addDays(i < old ? -40 : -1).addSecs(i);
                events << b;
            }
            return team.open(*HistoryLocation::parse(url).value) &&
                   HistoryImport(team).importAll(events);
        };
        QVERIFY(seed(1'200, 5));
        const QProcessEnvironment env = desk("hana", url);
        const QString day = QDate::currentDate().addDays(-30).toString(Qt::ISODate);
        const CliRun pruned = runCli(env, {"history", "--prune", "30"}, {});
        QCOMPARE(pruned.exitCode, 0);
        const QRegularExpressionMatch said =
            QRegularExpression("^Deleted 1200 attempt\\(s\\) started before (\\d{4}-\\d\\d-\\d\\d) "
                               "\\d\\d:\\d\\d \\(batches: (\\d+); the longest held the history "
                               "for \\d+ ms\\)\\.\\n$")
                .match(QString::fromUtf8(pruned.out));
        QVERIFY2(said.hasMatch(), pruned.out.constData());
        QVERIFY2(said.captured(1) == day ||
                     said.captured(1) == QDate::currentDate().addDays(-30).toString(Qt::ISODate),
                 pruned.out.constData()); // midnight may pass between the two
        QVERIFY(said.captured(2).toInt() >= 1);
        QCOMPARE(historyJson(env, {}).size(), 5);

        QVERIFY(seed(10, 0));
        const CliRun json = runCli(env, {"history", "--prune", "30", "--json"}, {});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(report.value("pruned").toInt(), 10);
        QCOMPARE(report.value("days").toInt(), 30);
        QCOMPARE(report.value("batches").toInt(), 1);
        QVERIFY(report.value("longest_batch_ms").isDouble());
        const CliRun again = runCli(env, {"history", "--prune", "30"}, {});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.startsWith("No attempt started before ") &&
                     again.out.endsWith(": nothing to delete.\n"),
                 again.out.constData());

        const CliRun zero = runCli(env, {"history", "--prune", "0"}, {});
        QCOMPARE(zero.exitCode, 2);
        QCOMPARE(zero.err, QByteArray("relink-cli: --prune takes a number of days, from 1 to "
                                      "36500.\n"));
        const CliRun filtered = runCli(env, {"history", "--prune", "30", "--agent", "hana"}, {});
        QCOMPARE(filtered.exitCode, 2);
        QCOMPARE(filtered.err,
                 QByteArray("relink-cli: --prune deletes by age alone; leave out --agent.\n"));
        QCOMPARE(historyJson(env, {}).size(), 5);
    }
};

RELINK_PG_TEST_MAIN(TestTeamCli)

#include "tst_cli_team.moc"
