// relink-cli handoff and wait as scripts use them: the real binary against the simulator on
// 127.0.0.1, its exit codes, exactly what it prints, and what the history keeps.
#include "testsupport.h"

#include "historystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <csignal>

using namespace relink;
using namespace relink::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kUnknown = QStringLiteral("0b8e3f4a-9c2d-4e6f-8a1b-3c5d7e9f1a2b");

} // namespace

class TestCliHandoff : public QObject
{
    Q_OBJECT

    BelvoSimulator *m_sim = nullptr;
    QTemporaryDir *m_dir = nullptr;

    QProcessEnvironment environment() const { return cliTestEnvironment(*m_sim, m_dir->path()); }

    // Starts relink-cli; the caller waits for it (this thread's event loop serves the simulator).
    void start(QProcess &p, const QStringList &args, const QProcessEnvironment &env = {})
    {
        p.setProcessEnvironment(env.isEmpty() ? environment() : env);
        p.setChildProcessModifier([] { ::setsid(); }); // no terminal, as in cron or CI
        p.start(RELINK_CLI_PATH, args);
        QVERIFY(p.waitForStarted(10'000));
        p.closeWriteChannel();
    }

    // Waits for it to end while this thread's event loop keeps serving the simulator.
    static Run finish(QProcess &p, int timeoutMs = 30'000)
    {
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
            p.kill();
            QTest::qFail("relink-cli did not finish", __FILE__, __LINE__);
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    Run run(const QStringList &args, const QProcessEnvironment &env = {})
    {
        QProcess p;
        start(p, args, env);
        return finish(p);
    }

    QString lastToken() const
    {
        return QJsonDocument::fromJson(m_sim->lastRequest().responseBody)
            .object()
            .value("access")
            .toString();
    }

    QList<HistoryEntry> history() const
    {
        HistoryStore store;
        if (!store.open(m_dir->filePath("history.sqlite")))
            return {};
        return store.entries();
    }

    void fixTheLink(const QString &linkId)
    {
        QNetworkAccessManager nam;
        BelvoClient other(&nam, configFor(*m_sim));
        QCOMPARE(waitForResult(other.updateCredentials(linkId, password("pass_valid"))).kind,
                 Result::Kind::Link);
    }

    // The GETs of a link the simulator has answered.
    int polls() const
    {
        int n = 0;
        for (const BelvoSimulator::Request &r : m_sim->requests())
            n += r.method == "GET" && r.path.startsWith("/api/links/");
        return n;
    }

private slots:
    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        m_sim = new BelvoSimulator;
        QVERIFY(m_sim->listen());
    }
    void cleanup()
    {
        delete m_sim;
        m_sim = nullptr;
        delete m_dir;
        m_dir = nullptr;
    }

    void helpListsTheCommands()
    {
        const Run r = run({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("  handoff LINK_ID  print a link for the customer to fix LINK_ID "
                               "in Belvo's hosted widget\n"));
        QVERIFY(r.out.contains("  wait LINK_ID     wait until LINK_ID is valid again (--until "
                               "valid, --timeout SECONDS)\n"));
        QVERIFY(r.out.contains("--locale <LOCALE>"));
        QVERIFY(r.out.contains("--until <STATUS>"));
    }

    void handoffPrintsTheUrlAndHowLongItWorks()
    {
        const Run r = run({"handoff", kValid.toUpper()});
        QCOMPARE(r.exitCode, 0);
        const BelvoSimulator::Request req = m_sim->lastRequest();
        // The pre-flight reads the link (not valid yet: not read again) and the bank's health.
        QCOMPARE(afterPreflight(m_sim->requests(), kValid).size(), 1);
        QCOMPARE(req.path, QString("/api/token/"));
        QCOMPARE(req.json().keys(), QStringList({"id", "link_id", "password", "scopes"}));
        QCOMPARE(req.json().value("link_id").toString(), kValid);
        QVERIFY(!req.headers.contains("authorization"));
        QVERIFY(!lastToken().isEmpty());
        QCOMPARE(r.out, m_sim->baseUrl().toString() + "/widget/?access_token=" + lastToken() +
                            "&locale=es\n");
        const QRegularExpression said(
            "^The link is valid for 10 minute\\(s\\), until \\d\\d:\\d\\d:\\d\\d, and works once. "
            "Send it to the customer, then wait for the link with: relink-cli wait " +
            kValid + "\n$");
        QVERIFY2(said.match(r.err).hasMatch(), qPrintable(r.err));
        const QList<HistoryEntry> h = history();
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.at(0).linkId, kValid);
        QCOMPARE(h.at(0).fields, QStringList());
        QCOMPARE(h.at(0).steps, QStringList({"TOKEN 200"}));
        QCOMPARE(h.at(0).outcome, QString("handed_off"));
    }

    void handoffJson()
    {
        m_sim->enqueueResponse( // the token's answer
            {200, "{\"access\":\"a+b.c\",\"refresh\":\"r\",\"expires_in\":90}", {}, "POST"});
        const Run r = run({"handoff", kValid, "--json", "--locale", "pt"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject expected{{"url", QString(m_sim->baseUrl().toString() +
                                                   "/widget/?access_token=a%2Bb.c&locale=pt")},
                                   {"expires_in", 90},
                                   {"link", QString(kValid)}};
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object(), expected);
        QCOMPARE(r.out, QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Indented)));
        QVERIFY2(r.err.startsWith("The link is valid for 90 second(s), until "), qPrintable(r.err));
    }

    void badUsageExits2AndSendsNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        const QString notAnId = "relink-cli: \"11111111-1111\" is not a link id (a UUID such as "
                                "3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c). Nothing was sent.\n";
        QTest::newRow("handoff: bad id") << QStringList{"handoff", "11111111-1111"} << notAnId;
        QTest::newRow("wait: bad id") << QStringList{"wait", "11111111-1111"} << notAnId;
        QTest::newRow("handoff: bad locale")
            << QStringList{"handoff", kValid, "--locale", "fr"}
            << "relink-cli: --locale takes en, es or pt. Nothing was sent.\n";
        QTest::newRow("wait: bad until")
            << QStringList{"wait", kValid, "--until", "invalid"}
            << "relink-cli: --until takes only valid: the status to wait for. Nothing was sent.\n";
        const QString badTimeout = "relink-cli: --timeout takes the seconds to wait for the link, "
                                   "from 1 to 86400. Nothing was sent.\n";
        QTest::newRow("wait: timeout 0")
            << QStringList{"wait", kValid, "--timeout", "0"} << badTimeout;
        QTest::newRow("wait: timeout not a number")
            << QStringList{"wait", kValid, "--timeout", "ten"} << badTimeout;
        QTest::newRow("wait: timeout over a day")
            << QStringList{"wait", kValid, "--timeout", "86401"} << badTimeout;
        const QString demo = "needs a simulator that keeps running, and --demo starts one for "
                             "this run only. Start relink-simulator and give its address with "
                             "--base-url. Nothing was sent.\n";
        QTest::newRow("handoff: demo")
            << QStringList{"handoff", kValid, "--demo"} << "relink-cli: handoff " + demo;
        QTest::newRow("wait: demo")
            << QStringList{"wait", kValid, "--demo"} << "relink-cli: wait " + demo;
        QTest::newRow("handoff: two ids")
            << QStringList{"handoff", kValid, kQr}
            << "relink-cli: handoff takes exactly one LINK_ID.\nTry 'relink-cli --help'.\n";
    }
    void badUsageExits2AndSendsNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, error);
        QCOMPARE(r.out, QString());
        QCOMPARE(m_sim->requests().size(), 0);
        QCOMPARE(history().size(), 0);
    }

    void handoffFailuresUseTheUsualExitCodes()
    {
        // The pre-flight's read of the link says it: once, nothing more sent, nothing recorded.
        QProcessEnvironment wrongKeys = environment();
        wrongKeys.insert("BELVO_SECRET_PASSWORD", "wrong");
        Run r = run({"handoff", kValid}, wrongKeys);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.startsWith("error: authentication_failed: "), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(r.out, QString());
        r = run({"handoff", kUnknown});
        QCOMPARE(r.exitCode, 5); // the link is checked first: Belvo doesn't know it
        QCOMPARE(r.err, "error: not_found: Not found. — No link with this id exists in this "
                        "environment. Check the id and that the right environment is selected. "
                        "(request_id " +
                            QJsonDocument::fromJson(m_sim->lastRequest().responseBody)
                                .array()
                                .at(0)
                                .toObject()
                                .value("request_id")
                                .toString() +
                            ")\n");
        QCOMPARE(m_sim->requests().size(), 2); // one read each
        QCOMPARE(history().size(), 0);
        m_sim->enqueueResponse({429,
                                "[{\"code\":\"too_many\",\"message\":\"Slow down\"}]",
                                {{"Retry-After", "30"}},
                                "POST"}); // the token
        r = run({"handoff", kValid, "--json"});
        QCOMPARE(r.exitCode, 8);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("retry_after").toInt(), 30);
        // A server error: the pre-flight notes it could not read the link; the hand-off's own
        // read meets it too and stops before any token.
        m_sim->enqueueResponse({502, "<html><body>Bad gateway</body></html>", {}, "GET"});
        m_sim->enqueueResponse({502, "<html><body>Bad gateway</body></html>", {}, "GET"});
        r = run({"handoff", kValid});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.startsWith("note: Last attempt: Belvo's error too_many, by "),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains("\nnote: The link could not be checked: "), qPrintable(r.err));
        const QList<HistoryEntry> h = history(); // newest first
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.at(0).steps, QStringList({"GET 502"})); // the check before any token
        QCOMPARE(h.at(1).outcome, QString("error:too_many"));
    }

    // Already valid: checked, nothing minted, nothing recorded; no URL on stdout, exit 0.
    void handoffOfAValidLinkSendsNothing()
    {
        fixTheLink(kValid);
        m_sim->clearRequests();
        Run r = run({"handoff", kValid});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, "Link " + kValid +
                            " is already valid: there is nothing for the customer to do. No "
                            "link was made for them.\n");
        r = run({"handoff", kValid, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject expected{
            {"link", QString(kValid)}, {"link_status", "valid"}, {"url", QJsonValue()}};
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object(), expected);
        for (const BelvoSimulator::Request &req : m_sim->requests())
            QVERIFY2(req.path != "/api/token/", "a token was minted");
        QCOMPARE(m_sim->requests().size(), 4); // each: the pre-flight's link and bank
        QCOMPARE(history().size(), 0);
    }

    void waitPrintsTheLinkOnceValid()
    {
        fixTheLink(kValid);
        const Run get = run({"get", kValid});
        Run r = run({"wait", kValid});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, get.out); // the link, as `get` shows it
        const QStringList lines = r.err.split('\n');
        QCOMPARE(lines.value(0), "Waiting up to 600 second(s) for link " + kValid +
                                     " to be valid; it is checked every 5 seconds. Ctrl+C stops.");
        QVERIFY2(QRegularExpression("^\\d\\d:\\d\\d:\\d\\d  status: valid$")
                     .match(lines.value(1))
                     .hasMatch(),
                 qPrintable(r.err));
        r = run({"wait", kValid, "--until", "valid", "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object(),
                 QJsonDocument::fromJson(m_sim->lastRequest().responseBody).object());
        // Waits of their own (no hand-off before them).
        const QList<HistoryEntry> h = history();
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.at(0).steps, QStringList({"WATCH valid"}));
        QCOMPARE(h.at(0).outcome, QString("success"));
    }

    void waitAfterAHandoffUntilTheCustomerIsDone()
    {
        QCOMPARE(run({"handoff", kValid}).exitCode, 0);
        QCOMPARE(polls(), 1); // the hand-off's own check
        QProcess p;
        start(p, {"wait", kValid});
        QTRY_COMPARE_WITH_TIMEOUT(polls(), 2, 10'000);
        fixTheLink(kValid); // the customer, in the widget
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20'000);
        const Run r = finish(p);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Link " + kValid + "\n  Status:        valid"));
        QVERIFY2(
            QRegularExpression("\\d\\d  status: invalid\n\\d\\d:\\d\\d:\\d\\d  status: valid\n$")
                .match(r.err)
                .hasMatch(),
            qPrintable(r.err));
        QCOMPARE(polls(), 3);
        const QList<HistoryEntry> h = history();
        QCOMPARE(h.size(), 1); // the wait went on the hand-off's attempt
        QCOMPARE(h.at(0).steps, QStringList({"TOKEN 200", "WATCH valid"}));
        QCOMPARE(h.at(0).outcome, QString("success"));
        QCOMPARE(h.at(0).linkStatus, QString("valid"));
    }

    void waitTimesOutWithExit7AndTheLastStatus()
    {
        QCOMPARE(run({"handoff", kQr}).exitCode, 0);
        Run r = run({"wait", kQr, "--timeout", "1"});
        QCOMPARE(r.exitCode, 7);
        QCOMPARE(r.out, QString());
        const QString message = "relink-cli: Link " + kQr +
                                " is still invalid: the customer has not finished in time. Ask "
                                "them whether they got through, then check the link again or "
                                "start a new hand-off.";
        QVERIFY2(r.err.endsWith("  status: invalid\n" + message + "\n"), qPrintable(r.err));
        r = run({"wait", kQr, "--timeout", "1", "--json"});
        QCOMPARE(r.exitCode, 7);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("exit_code").toInt(), 7);
        QCOMPARE(o.value("link_status").toString(), QString("invalid"));
        QCOMPARE(o.value("message").toString(), message);
        QCOMPARE(o.value("failure").toObject().value("kind").toString(), QString("timeout"));
        const QList<HistoryEntry> h = history();
        QCOMPARE(h.size(), 1); // the second wait went on with the same hand-off
        QCOMPARE(h.at(0).steps, QStringList({"TOKEN 200", "WATCH invalid", "WATCH invalid"}));
        QCOMPARE(h.at(0).outcome, QString("waiting"));
        QCOMPARE(h.at(0).linkStatus, QString("invalid"));
    }

    void waitInterruptedExits130()
    {
        QProcess p;
        start(p, {"wait", kQr});
        QTRY_COMPARE_WITH_TIMEOUT(polls(), 1, 10'000);
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("status: invalid"),
                                 10'000);
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        const Run r = finish(p, 10'000);
        QCOMPARE(r.exitCode, 130);
        const QString said = QString::fromUtf8(err) + r.err;
        QVERIFY2(said.endsWith("Interrupted. Stopped waiting for link " + kQr +
                               "; it was last seen invalid.\n"),
                 qPrintable(said));
        QCOMPARE(history().value(0).steps, QStringList({"WATCH invalid"}));
        QCOMPARE(history().value(0).outcome, QString("cancelled"));
    }

    void waitForALinkThatDoesNotExistExits5()
    {
        const Run r = run({"wait", kUnknown, "--timeout", "30"});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("error: not_found: Not found. — No link with this id exists in "
                                "this environment."),
                 qPrintable(r.err));
        QCOMPARE(polls(), 1);
        QCOMPARE(history().value(0).outcome, QString("error:not_found"));
    }
};

QTEST_GUILESS_MAIN(TestCliHandoff)
#include "tst_cli_handoff.moc"
