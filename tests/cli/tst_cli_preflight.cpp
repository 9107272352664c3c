// relink-cli update and handoff behind the pre-flight, as scripts and an agent at a terminal meet
// it: the real binary against the simulator on 127.0.0.1. A finding to confirm stops the run with
// exit 9 and nothing sent (no terminal, or --no-input; the check's JSON with --json); a terminal
// asks y/N (default no); --force goes ahead and the history records what was confirmed.
#include "testsupport.h"

#include "historyclaims.h"
#include "historystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <fcntl.h>
#include <unistd.h>

using namespace relink;
using namespace relink::test;

namespace {

const QString &kDown = BelvoSimulator::kDownBankLinkId;

// The finding a bank reported down gives, with the time it was checked at.
const QRegularExpression kBankDown(
    "^confirm: Belvo reports Erebor Brazil down \\(checked at \\d\\d:\\d\\d:\\d\\d\\): the update "
    "will most likely fail\\. Try later\\.\n");

const QString kRunAgain = " Confirm what is asked above (with the customer, or the colleague on "
                          "the link), then run again with --force to go ahead; the history "
                          "records it.\n";

} // namespace

class TestCliPreflight : public QObject
{
    Q_OBJECT

    BelvoSimulator *m_sim = nullptr;
    QTemporaryDir *m_dir = nullptr;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = cliTestEnvironment(*m_sim, m_dir->path());
        env.insert("RELINK_AGENT", "ana");
        return env;
    }

    // No terminal (a session of its own, standard input a pipe), as in cron or CI.
    CliRun run(const QStringList &args, const QByteArray &input = {})
    {
        return runCli(environment(), args, input);
    }

    // On a terminal: standard input is a pseudo-terminal's other end, the run's controlling
    // terminal too. `answer` is typed once the question is on stderr; none is typed when it never
    // comes (the run ends first).
    CliRun runOnTerminal(const QStringList &args, const QByteArray &answer)
    {
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0) {
            QTest::qFail("no pseudo-terminal", __FILE__, __LINE__);
            return {};
        }
        const QByteArray slave = ::ptsname(master);
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setChildProcessModifier([slave] {
            ::setsid();
            const int fd = ::open(slave.constData(), O_RDWR); // the session's terminal now
            if (fd >= 0) {
                ::dup2(fd, STDIN_FILENO);
                ::close(fd);
            }
        });
        p.start(RELINK_CLI_PATH, args);
        CliRun r;
        if (!p.waitForStarted(10'000)) {
            ::close(master);
            QTest::qFail("relink-cli did not start", __FILE__, __LINE__);
            return r;
        }
        const auto asked = [&] {
            r.err += p.readAllStandardError();
            return r.err.endsWith("[y/N] ") || p.state() == QProcess::NotRunning;
        };
        if (QTest::qWaitFor(asked, 30'000) && p.state() != QProcess::NotRunning)
            (void)!::write(master, answer.constData(), answer.size());
        const bool ended =
            QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 30'000);
        ::close(master);
        if (!ended) {
            p.kill();
            QTest::qFail("relink-cli did not finish", __FILE__, __LINE__);
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err += p.readAllStandardError();
        return r;
    }

    QString writeFile(const QString &name, const QByteArray &data) const
    {
        QFile f(m_dir->filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return f.fileName();
    }

    QList<HistoryEntry> history() const
    {
        HistoryStore store;
        if (!store.open(m_dir->filePath("history.sqlite")))
            return {};
        return store.entries();
    }

    // Only the pre-flight's two GETs reached Belvo: the link, then its bank's health.
    void onlyThePreflightWasSent(const QString &linkId)
    {
        const QList<BelvoSimulator::Request> sent = m_sim->requests();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(afterPreflight(sent, linkId).size(), 0);
    }

    // Two wrong passwords for kValid, recorded by ana: the next update asks to confirm.
    void twoWrongPasswords()
    {
        const QString wrong = writeFile("wrong.json", "{\"password\":\"wrong\"}");
        QCOMPARE(run({"update", kValid, "--fields", wrong}).exitCode, 6);
        QCOMPARE(run({"update", kValid, "--fields", wrong}).exitCode, 6);
        QCOMPARE(history().size(), 2);
        m_sim->clearRequests();
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

    // A bank Belvo reports down, no terminal: exit 9, the finding and what to do on stderr,
    // nothing on stdout, nothing sent but the pre-flight's GETs, nothing recorded.
    void updateStopsWithExit9AndSendsNothing()
    {
        const CliRun r = run({"update", kDown, "--fields", "-"}, "{\"password\":\"pass_valid\"}");
        QCOMPARE(r.exitCode, 9);
        QCOMPARE(r.out, QByteArray());
        const QString err = QString::fromUtf8(r.err);
        const QRegularExpressionMatch m = kBankDown.match(err);
        QVERIFY2(m.hasMatch(), qPrintable(err));
        QCOMPARE(err.mid(m.capturedLength()),
                 "Link " + kDown + " was not updated: nothing was sent for it." + kRunAgain);
        onlyThePreflightWasSent(kDown);
        QCOMPARE(history().size(), 0);
    }

    // The same stop for a hand-off: no token minted.
    void handoffStopsWithExit9AndMintsNothing()
    {
        const CliRun r = run({"handoff", kDown});
        QCOMPARE(r.exitCode, 9);
        QCOMPARE(r.out, QByteArray());
        const QString err = QString::fromUtf8(r.err);
        const QRegularExpressionMatch m = kBankDown.match(err);
        QVERIFY2(m.hasMatch(), qPrintable(err));
        QCOMPARE(err.mid(m.capturedLength()), "No link for the customer was made: nothing was "
                                              "sent for link " +
                                                  kDown + "." + kRunAgain);
        onlyThePreflightWasSent(kDown);
        QCOMPARE(history().size(), 0);
    }

    // --json: stdout carries the check's JSON, the same document `relink-cli check --json`
    // prints, so a script reads why it stopped.
    void jsonPrintsTheCheck()
    {
        const CliRun r = run({"handoff", kDown, "--json"});
        QCOMPARE(r.exitCode, 9);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.keys(), QStringList({"claimed_by", "findings", "institution", "link"}));
        QCOMPARE(o.value("link").toObject().value("id").toString(), kDown);
        QCOMPARE(o.value("institution").toObject().value("status").toString(), QString("down"));
        const QJsonArray findings = o.value("findings").toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).toObject().value("kind").toString(), QString("institution_down"));
        QCOMPARE(findings.at(0).toObject().value("severity").toString(), QString("confirm"));
        QVERIFY(o.value("claimed_by").isNull());
        onlyThePreflightWasSent(kDown);

        const CliRun check = run({"check", kDown, "--json"});
        QCOMPARE(check.exitCode, 9);
        QJsonObject checked = QJsonDocument::fromJson(check.out).object();
        // The bank's health is read anew by each run: the time in its message may differ.
        QCOMPARE(checked.value("link"), o.value("link"));
        QCOMPARE(checked.value("institution"), o.value("institution"));
    }

    // Two wrong passwords recorded by ana: the third update stops before the bank sees the
    // password again, whoever runs it; --force sends it and the history says what was confirmed.
    void forceGoesAheadAndRecordsTheOverride()
    {
        twoWrongPasswords();
        const QString right = writeFile("right.json", "{\"password\":\"pass_valid\"}");
        const CliRun stopped = run({"update", kValid, "--fields", right});
        QCOMPARE(stopped.exitCode, 9);
        const QStringList lines = QString::fromUtf8(stopped.err).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith("confirm: 2 wrong password(s) for this link since ") &&
                     lines.at(0).endsWith(" (ana). Banks often lock online banking after 3: "
                                          "confirm the password with the customer first."),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith("note: Last attempt: "), qPrintable(lines.at(1)));
        onlyThePreflightWasSent(kValid);
        QCOMPARE(history().size(), 2);

        m_sim->clearRequests();
        const CliRun forced =
            run({"update", kValid, "--fields", right, "--force", "--ticket", "SUP-77"});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY2(
            forced.err.endsWith("Going ahead (--force); the history records what you confirmed.\n"),
            forced.err.constData());
        const QList<BelvoSimulator::Request> sent = afterPreflight(m_sim->requests(), kValid);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).method, QByteArray("PUT"));
        QCOMPARE(sent.at(0).body, QByteArray("{\"password\":\"pass_valid\"}"));
        const QList<HistoryEntry> entries = history();
        QCOMPARE(entries.size(), 3);
        const HistoryEntry &e = entries.first(); // the newest
        QCOMPARE(e.steps, QStringList({"OVERRIDE login_errors", "PUT 200"}));
        QCOMPARE(e.outcome, QString("success"));
        QCOMPARE(e.agent, QString("ana"));
        QCOMPARE(e.ticket, QString("SUP-77"));
        QCOMPARE(e.institution, QString("erebor_mx_retail"));
        QCOMPARE(e.stepRecords.value(0).outcome, QString("confirmed:login_errors"));
        QCOMPARE(e.stepRecords.value(0).httpStatus, 0); // nothing was sent for it
    }

    // A hand-off forced on a bank reported down: the token is minted and the override recorded.
    void forcedHandoffRecordsTheOverride()
    {
        const CliRun r = run({"handoff", kDown, "--force", "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("link").toString(), kDown);
        const QList<BelvoSimulator::Request> sent = afterPreflight(m_sim->requests(), kDown);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).method, QByteArray("POST"));
        QCOMPARE(sent.at(0).path, QString("/api/token/"));
        const QList<HistoryEntry> entries = history();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().steps, QStringList({"OVERRIDE institution_down", "TOKEN 200"}));
        QCOMPARE(entries.first().outcome, QString("handed_off"));
    }

    // On a terminal the run asks, and only a yes goes ahead; the default (Enter) is no.
    void aTerminalAsks_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("y") << QByteArray("y\n") << 0;
        QTest::newRow("YES") << QByteArray("YES\n") << 0;
        QTest::newRow("Enter") << QByteArray("\n") << 9;
        QTest::newRow("n") << QByteArray("n\n") << 9;
        QTest::newRow("anything else") << QByteArray("sure\n") << 9;
        QTest::newRow("end of input") << QByteArray("\x04") << 9;
    }
    void aTerminalAsks()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, exitCode);
        const CliRun r = runOnTerminal({"handoff", kDown}, answer);
        QCOMPARE(r.exitCode, exitCode);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains("Send link " + kDown + " to the customer anyway? [y/N] "),
                 qPrintable(err));
        const QList<BelvoSimulator::Request> sent = afterPreflight(m_sim->requests(), kDown);
        if (exitCode == 0) {
            QCOMPARE(sent.size(), 1);
            QCOMPARE(sent.at(0).path, QString("/api/token/"));
            QCOMPARE(history().value(0).steps,
                     QStringList({"OVERRIDE institution_down", "TOKEN 200"}));
        } else {
            QCOMPARE(sent.size(), 0);
            QVERIFY2(err.endsWith("No link for the customer was made: nothing was sent for link " +
                                  kDown + "." + kRunAgain),
                     qPrintable(err));
            QCOMPARE(history().size(), 0);
        }
    }

    // update asks on the terminal too (fields from a file, the answer from the terminal).
    void updateAsksOnTheTerminal()
    {
        twoWrongPasswords();
        const QString right = writeFile("right.json", "{\"password\":\"pass_valid\"}");
        const CliRun r = runOnTerminal({"update", kValid, "--fields", right}, "y\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(("Update link " + kValid + " anyway? [y/N] ").toUtf8()),
                 r.err.constData());
        QCOMPARE(afterPreflight(m_sim->requests(), kValid).size(), 1);
        QCOMPARE(history().value(0).steps, QStringList({"OVERRIDE login_errors", "PUT 200"}));
    }

    // --no-input never asks, even on a terminal: the stop of a script.
    void noInputNeverAsks()
    {
        const CliRun r = runOnTerminal({"handoff", kDown, "--no-input"}, "y\n");
        QCOMPARE(r.exitCode, 9);
        QVERIFY2(!r.err.contains("[y/N]"), r.err.constData());
        onlyThePreflightWasSent(kDown);
    }

    // links --json and --csv carry the team's picture of each link: its bank's health, the last
    // attempt, who is on it, until when a hand-off is open.
    void linksCarryTheTeamsPicture()
    {
        QCOMPARE(run({"handoff", kQr}).exitCode, 0);
        const QString wrong = writeFile("wrong.json", "{\"password\":\"wrong\"}");
        QCOMPARE(run({"update", kNumeric, "--fields", wrong, "--ticket", "SUP-5"}).exitCode, 6);
        HistoryStore store;
        QVERIFY(store.open(m_dir->filePath("history.sqlite")));
        const QString env = "custom:127.0.0.1";
        QVERIFY(HistoryClaims(store).claim({env, kNumeric, "Bruno Díaz", "OPS-9", 600}).isValid());

        const CliRun r = run({"links", "--json"});
        QCOMPARE(r.exitCode, 0);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            byId.insert(v["id"].toString(), v.toObject());
        const QJsonObject qr = byId.value(kQr);
        QCOMPARE(qr["institution_status"].toString(), QString("healthy"));
        QCOMPARE(qr["last_attempt"]["agent"].toString(), QString("ana"));
        QCOMPARE(qr["last_attempt"]["outcome"].toString(), QString("handed_off"));
        const QDateTime sent =
            QDateTime::fromString(qr["last_attempt"]["at"].toString(), Qt::ISODateWithMs);
        QCOMPARE(QDateTime::fromString(qr["handoff_open_until"].toString(), Qt::ISODateWithMs),
                 sent.addSecs(600));
        QVERIFY(qr["claimed_by"].isNull()); // the hand-off's run ended: nobody is on it
        const QJsonObject numeric = byId.value(kNumeric);
        QCOMPARE(numeric["last_attempt"]["outcome"].toString(), QString("error:login_error"));
        QCOMPARE(numeric["claimed_by"]["agent"].toString(), QString("Bruno Díaz"));
        QCOMPARE(numeric["claimed_by"]["ticket"].toString(), QString("OPS-9"));
        QVERIFY(numeric["handoff_open_until"].isNull());
        QCOMPARE(byId.value(kDown)["institution_status"].toString(), QString("down"));

        const CliRun csv = run({"links", "--csv"});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> rows = csv.out.split('\n');
        QVERIFY(rows.at(0).endsWith(",institution_status,last_attempt,claimed_by,"
                                    "handoff_open_until\r"));
        bool seen = false;
        for (const QByteArray &row : rows) {
            if (row.startsWith(kNumeric.toUtf8())) {
                seen = true;
                QVERIFY2(row.contains(",healthy,") && row.contains(";ana;error:login_error,") &&
                             row.contains(",Bruno Díaz;") && row.endsWith(";OPS-9,\r"),
                         row.constData());
            }
        }
        QVERIFY(seen);
    }

    // Notes alone never stop a run: an update of a link that is already valid says so on stderr
    // and goes ahead.
    void notesDoNotStop()
    {
        const QString right = writeFile("right.json", "{\"password\":\"pass_valid\"}");
        QCOMPARE(run({"update", kValid, "--fields", right}).exitCode, 0);
        m_sim->clearRequests();
        const CliRun r = run({"update", kValid, "--fields", right});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.startsWith("note: "), r.err.constData());
        QVERIFY2(!r.err.contains("confirm:"), r.err.constData());
        QCOMPARE(afterPreflight(m_sim->requests(), kValid).size(), 1);
        QCOMPARE(history().value(0).steps, QStringList({"PUT 200"}));
    }
};

QTEST_GUILESS_MAIN(TestCliPreflight)
#include "tst_cli_preflight.moc"
