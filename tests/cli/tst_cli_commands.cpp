// relink-cli's commands in process (the relink_cli library): each run through Cli::run against
// the simulator on 127.0.0.1, with stdout and stderr read back from a writer of the test's own
// and standard input from a file: exact output, exit codes, the requests sent, the history; and
// each command's own help. tst_cli and the others run the real binary.
#include "testsupport.h"

#include "cli.h"
#include "command.h"
#include "historyexport.h"
#include "historystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <cstdio>
#include <functional>
#include <memory>

using namespace relink;
using namespace relink::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QStringList g_logged;

void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QLatin1String(context.category) == QLatin1String("relink.cli"))
        g_logged << message;
}

// A valid link as `get` and `update` print it, from the object Belvo sent.
QString validLinkText(const QJsonObject &raw)
{
    if (raw.value("status").toString() != "valid")
        return "not a valid link: " + QString::fromUtf8(QJsonDocument(raw).toJson());
    const QDateTime accessed =
        QDateTime::fromString(raw.value("last_accessed_at").toString(), Qt::ISODateWithMs);
    QString text = "Link " + raw.value("id").toString() + "\n";
    text += "  Status:        valid (Working: Belvo can log in to the bank with the stored "
            "credentials.)\n";
    text += "  Institution:   " + raw.value("institution").toString() + "\n";
    text += "  Access mode:   " + raw.value("access_mode").toString() + "\n";
    text += "  Refresh rate:  " + raw.value("refresh_rate").toString() + "\n";
    text += "  Last accessed: " +
            QLocale().toString(accessed.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss t")) +
            "\n";
    text += "  Created by:    " + raw.value("created_by").toString() + "\n";
    if (!raw.value("external_id").toString().isEmpty())
        text += "  External id:   " + raw.value("external_id").toString() + "\n";
    return text;
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

    BelvoSimulator *m_sim = nullptr;
    QTemporaryDir *m_dir = nullptr;

    // Runs `relink-cli args…` in this process: `input` is its standard input; `started` is
    // called with the Cli before it runs.
    Run run(const QStringList &args, const QByteArray &input = {},
            const std::function<void(Cli &)> &started = {})
    {
        QTemporaryFile in(m_dir->filePath("stdin-XXXXXX"));
        if (!in.open() || in.write(input) != input.size() || !in.flush()) {
            QTest::qFail("no standard input for the command", __FILE__, __LINE__);
            return {};
        }
        std::FILE *stream = std::fopen(QFile::encodeName(in.fileName()).constData(), "r");
        QByteArray out, err;
        int code = -1;
        {
            Cli cli(CliOutput([&](CliOutput::Channel channel, const QByteArray &bytes) {
                        (channel == CliOutput::Channel::Out ? out : err) += bytes;
                    }),
                    stream);
            if (started)
                started(cli);
            code = cli.run(QStringList{"relink-cli"} + args);
        }
        std::fclose(stream);
        return {code, QString::fromUtf8(out), QString::fromUtf8(err)};
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir->filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return f.fileName();
    }

    QList<HistoryEntry> history() const
    {
        HistoryStore store;
        if (!store.open(m_dir->filePath("history.sqlite")))
            return {};
        return store.entries();
    }

    QJsonObject lastAnswer() const
    {
        return QJsonDocument::fromJson(m_sim->lastRequest().responseBody).object();
    }

private slots:
    void initTestCase()
    {
        // The keys come from the environment, as a script gives them; never a keychain here.
        qputenv("BELVO_SECRET_ID", BelvoSimulator::kDemoSecretId.toUtf8());
        qputenv("BELVO_SECRET_PASSWORD", BelvoSimulator::kDemoSecretPassword.toUtf8());
        qputenv("RELINK_AGENT", "ana");
        qunsetenv("RELINK_HISTORY_URL");
    }

    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        m_sim = new BelvoSimulator;
        QVERIFY(m_sim->listen());
        qputenv("BELVO_BASE_URL", m_sim->baseUrl().toEncoded());
        qputenv("RELINK_HISTORY_DB", QFile::encodeName(m_dir->filePath("history.sqlite")));
    }

    void cleanup()
    {
        delete m_sim;
        m_sim = nullptr;
        delete m_dir;
        m_dir = nullptr;
    }

    void updateSucceeds()
    {
        const QString fields = writeFile("fields.json", "{\"password\":\"pass_valid\"}");
        const Run r = run({"update", kValid, "--fields", fields, "--ticket", "SUP-1"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString()); // nothing found before it, nothing to say
        QCOMPARE(afterPreflight(m_sim->requests(), kValid).size(), 1);
        QCOMPARE(m_sim->lastRequest().method, QByteArray("PUT"));
        QCOMPARE(m_sim->lastRequest().body, QByteArray("{\"password\":\"pass_valid\"}"));
        QCOMPARE(r.out, validLinkText(lastAnswer()));
        const QList<HistoryEntry> h = history();
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.at(0).linkId, kValid);
        QCOMPARE(h.at(0).fields, QStringList({"password"}));
        QCOMPARE(h.at(0).ticket, QString("SUP-1"));
        QCOMPARE(h.at(0).outcome, QString("success"));
    }

    // The bank's 428: the prompt on stderr, the token read from standard input, one PATCH.
    void updateAnswersTheMfaChallenge()
    {
        const QString fields = writeFile("fields.json", "{\"password\":\"numeric_code\"}");
        const Run r = run({"update", kNumeric, "--fields", fields}, "111111\n");
        QCOMPARE(r.exitCode, 0);
        const QList<BelvoSimulator::Request> requests = afterPreflight(m_sim->requests(), kNumeric);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).method, QByteArray("PUT"));
        QCOMPARE(requests.at(0).responseStatus, 428);
        const QJsonObject challenge =
            QJsonDocument::fromJson(requests.at(0).responseBody).array().at(0).toObject();
        const QString session = challenge.value("session").toString();
        QVERIFY(!session.isEmpty());
        QCOMPARE(requests.at(1).method, QByteArray("PATCH"));
        QCOMPARE(requests.at(1).json(),
                 QJsonObject({{"session", session}, {"token", "111111"}, {"link", kNumeric}}));
        const QJsonObject data = challenge.value("token_generation_data").toObject();
        QCOMPARE(r.err,
                 "The bank asks for an MFA token.\n  " + data.value("instructions").toString() +
                     "\n  Challenge (" + data.value("type").toString() +
                     "): " + data.value("value").toString() + "\n  The session expires in " +
                     QString::number(challenge.value("expiry").toInt()) + " second(s).\nToken: ");
        QCOMPARE(r.out, validLinkText(lastAnswer()));
        QCOMPARE(history().value(0).outcome, QString("success"));
    }

    void getPrintsTheLinkAsJson()
    {
        const Run r = run({"get", kValid, "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(m_sim->requests().size(), 1);
        QCOMPARE(m_sim->lastRequest().method, QByteArray("GET"));
        QCOMPARE(m_sim->lastRequest().path, "/api/links/" + kValid + "/");
        QCOMPARE(r.out, QString::fromUtf8(QJsonDocument(lastAnswer()).toJson()));
        QCOMPARE(history().size(), 0); // get records nothing
    }

    void getAnUnknownLinkExits5()
    {
        const Run r = run({"get", "99999999-9999-4999-8999-999999999999"});
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.out, QString());
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
    }

    void linksAsJson()
    {
        const Run r = run({"links", "--json"});
        QCOMPARE(r.exitCode, 0);
        // Every page Belvo sent, its objects as sent, in one array, each with the team's
        // picture (its bank's health asked after the pages; nothing in this history).
        QJsonArray sent;
        int count = -1;
        for (const BelvoSimulator::Request &request : m_sim->requests()) {
            QCOMPARE(request.method, QByteArray("GET"));
            if (request.path == "/api/institutions/")
                continue;
            QVERIFY(request.path.startsWith("/api/links/"));
            const QJsonObject page = QJsonDocument::fromJson(request.responseBody).object();
            count = page.value("count").toInt();
            for (const QJsonValue &link : page.value("results").toArray())
                sent.append(link);
        }
        QVERIFY(count > 0);
        QCOMPARE(sent.size(), count);
        for (const QJsonValue &link : sent)
            QVERIFY(QStringList({"invalid", "token_required"})
                        .contains(link.toObject().value("status").toString()));
        QJsonArray pictured;
        for (const QJsonValue &link : sent) {
            QJsonObject o = link.toObject();
            const bool down = o.value("institution").toString() == "erebor_br_retail";
            o.insert("institution_status", down ? "down" : "healthy");
            for (const char *none : {"last_attempt", "claimed_by", "handoff_open_until"})
                o.insert(QLatin1String(none), QJsonValue());
            pictured.append(o);
        }
        QCOMPARE(r.out, QString::fromUtf8(QJsonDocument(pictured).toJson()));
        QCOMPARE(r.err, QString("%1 link(s) need attention.\n").arg(count));
    }

    // Through the core's HandoffFlow: one token minted, one TOKEN step, the URL on stdout.
    void handoffAsJson()
    {
        const Run r =
            run({"handoff", kValid.toUpper(), "--json", "--locale", "pt", "--ticket", "SUP-2"});
        QCOMPARE(r.exitCode, 0);
        // The pre-flight reads the link (not valid yet: no second read) and the bank's health.
        QCOMPARE(afterPreflight(m_sim->requests(), kValid).size(), 1);
        QCOMPARE(m_sim->lastRequest().method, QByteArray("POST"));
        QCOMPARE(m_sim->lastRequest().path, QString("/api/token/"));
        QCOMPARE(m_sim->lastRequest().json().value("link_id").toString(), kValid);
        const QJsonObject token = lastAnswer();
        QVERIFY(!token.value("access").toString().isEmpty());
        const QString url =
            m_sim->baseUrl().toString() + "/widget/?access_token=" +
            QString::fromLatin1(QUrl::toPercentEncoding(token.value("access").toString())) +
            "&locale=pt";
        QVERIFY(!token.contains("expires_in")); // Belvo's documented lifetime, then: 10 minutes
        const QJsonObject expected{{"url", url}, {"expires_in", 600}, {"link", kValid}};
        QCOMPARE(r.out, QString::fromUtf8(QJsonDocument(expected).toJson()));
        QVERIFY2(QRegularExpression("^The link is valid for 10 minute\\(s\\), until "
                                    "\\d\\d:\\d\\d:\\d\\d, and works once\\. Send it to the "
                                    "customer, then wait for the link with: relink-cli wait " +
                                    kValid + "\n$")
                     .match(r.err)
                     .hasMatch(),
                 qPrintable(r.err));
        const QList<HistoryEntry> h = history();
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.at(0).linkId, kValid);
        QCOMPARE(h.at(0).fields, QStringList());
        QCOMPARE(h.at(0).steps, QStringList({"TOKEN 200"}));
        QCOMPARE(h.at(0).outcome, QString("handed_off"));
        QCOMPARE(h.at(0).ticket, QString("SUP-2"));
        // The widget token is the customer's: in the URL only, never in the history.
        const QByteArray json = historyJson(h);
        QVERIFY(!json.contains(token.value("access").toString().toUtf8()));
        QVERIFY(!json.contains(token.value("refresh").toString().toUtf8()));
    }

    void handoffWithoutATokenUsesTheUsualExitCodes()
    {
        m_sim->enqueueResponse(
            {502, "<html><body>Bad gateway</body></html>", {}, "POST"}); // the token
        const Run r = run({"handoff", kValid});
        QCOMPARE(r.exitCode, 7);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.startsWith("error: The server answered HTTP 502 with a web page"),
                 qPrintable(r.err));
        QCOMPARE(afterPreflight(m_sim->requests(), kValid).size(), 1);
        QCOMPARE(m_sim->lastRequest().path, QString("/api/token/"));
        QCOMPARE(history().value(0).steps, QStringList({"TOKEN 502"}));
    }

    // Trust #5: a colleague's agent name (a team history is shared) or a ticket with escape
    // sequences runs nothing in this terminal: `history` shows its control characters
    // visibly; --json keeps the data exact (JSON escapes them itself).
    void historyShowsControlCharactersVisibly()
    {
        const QString evil = QStringLiteral("mallory\x1b]0;OWNED\a\x1b[8m");
        {
            HistoryStore store;
            QVERIFY(store.open(m_dir->filePath("history.sqlite")));
            const QString a = store.begin({"sandbox",
                                           kValid,
                                           "erebor_mx_retail",
                                           {"password"},
                                           evil,
                                           QStringLiteral("SUP-\u202e9")});
            QVERIFY(!a.isEmpty());
        }
        const Run r = run({"history"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(QChar(0x1b)) && !r.out.contains(QChar(0x07)) &&
                     !r.out.contains(QChar(0x202e)),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(
                     QStringLiteral("  mallory\u241b]0;OWNED\u2407\u241b[8m  #SUP-\uFFFD9\n")),
                 qPrintable(r.out));
        const Run json = run({"history", "--json"});
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.out.contains(
                     QStringLiteral("\"agent\": \"mallory\\u001b]0;OWNED\\u0007\\u001b[8m\"")),
                 qPrintable(json.out));
    }

    // The agent's name is validated like a ticket: RELINK_AGENT and --agent refuse a control or
    // invisible character, or more than 100 characters (exit 2, nothing sent).
    void agentNamesAreValidated()
    {
        const QString fields = writeFile("fields.json", R"({"password": "pass_valid"})");
        qputenv("RELINK_AGENT", "mallory\x1b]0;OWNED\a");
        const Run bad = run({"update", kValid, "--fields", fields});
        qputenv("RELINK_AGENT", "ana");
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err, QString("relink-cli: RELINK_AGENT: The agent's name holds a control or "
                                  "invisible character. Nothing was sent.\n"));
        QCOMPARE(m_sim->requests().size(), 0);

        const Run filter = run({"history", "--agent", QString(101, 'a')});
        QCOMPARE(filter.exitCode, 2);
        QVERIFY2(filter.err.startsWith("relink-cli: --agent: The agent's name is longer than 100 "
                                       "characters.\n"),
                 qPrintable(filter.err));
    }

    // Ctrl+C while the token is being made: HandoffFlow cancels it and says so; no URL.
    void handoffInterruptedExits130()
    {
        m_sim->setNextFault(BelvoSimulator::Fault::NeverAnswer, 0, "POST"); // the token
        const Run r = run({"handoff", kValid, "--json"}, {}, [this](Cli &cli) {
            connect(m_sim, &BelvoSimulator::requestHandled, &cli, [this, &cli](int i) {
                if (m_sim->requests().at(i).path == QLatin1StringView("/api/token/"))
                    cli.interrupt();
            });
        });
        QCOMPARE(r.exitCode, 130);
        QCOMPARE(afterPreflight(m_sim->requests(), kValid).size(), 1);
        const QString message = "The hand-off for link " + kValid +
                                " was cancelled while its link was being made; the customer has "
                                "no link.";
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("exit_code").toInt(), 130);
        QCOMPARE(o.value("failure").toObject().value("kind").toString(), QString("cancelled"));
        QCOMPARE(o.value("message").toString(), message);
        QVERIFY(!r.out.contains("access_token"));
        QCOMPARE(r.err, "error: " + message + "\n");
        const QList<HistoryEntry> h = history();
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.at(0).steps, QStringList({"TOKEN 0"}));
        QCOMPARE(h.at(0).outcome, QString("cancelled"));
    }

    void historyAsJson()
    {
        const QString fields = writeFile("fields.json", "{\"password\":\"pass_invalid\"}");
        QCOMPARE(run({"update", kValid, "--fields", fields, "--ticket", "SUP-3"}).exitCode, 6);
        const QString requestId = QJsonDocument::fromJson(m_sim->lastRequest().responseBody)
                                      .array()
                                      .at(0)
                                      .toObject()
                                      .value("request_id")
                                      .toString();
        const Run r = run({"history", "--json", "--ticket", "SUP-3"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        const QList<HistoryEntry> h = history();
        QCOMPARE(h.size(), 1);
        QCOMPARE(r.out, QString::fromUtf8(historyJson(h)));
        const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(entries.size(), 1);
        const QJsonObject e = entries.at(0).toObject();
        QCOMPARE(e.value("link_id").toString(), kValid);
        QCOMPARE(e.value("fields").toArray(), QJsonArray({"password"}));
        QCOMPARE(e.value("steps").toArray(), QJsonArray({"PUT 400"}));
        QCOMPARE(e.value("outcome").toString(), QString("error:login_error"));
        QCOMPARE(e.value("request_ids").toArray(), QJsonArray({requestId}));
        QCOMPARE(e.value("agent").toString(), QString("ana"));
        QCOMPARE(e.value("ticket").toString(), QString("SUP-3"));
        QVERIFY(!r.out.contains("pass_invalid"));
        QCOMPARE(run({"history", "--json", "--ticket", "SUP-4"}).out, QString("[\n]\n"));
    }

    // relink-cli check: the pre-flight alone. A bank Belvo reports down asks to confirm:
    // exit 9, the JSON of the contract, only GETs sent, nothing recorded.
    void checkAsksToConfirmABankDown()
    {
        const Run r = run({"check", BelvoSimulator::kDownBankLinkId, "--json"});
        QCOMPARE(r.exitCode, 9);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.keys(), QStringList({"claimed_by", "findings", "institution", "link"}));
        QCOMPARE(o.value("link").toObject().value("id").toString(),
                 BelvoSimulator::kDownBankLinkId);
        QCOMPARE(o.value("institution").toObject(), QJsonObject({{"name", "erebor_br_retail"},
                                                                 {"display_name", "Erebor Brazil"},
                                                                 {"status", "down"}}));
        const QJsonArray findings = o.value("findings").toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).toObject().value("kind").toString(), QString("institution_down"));
        QCOMPARE(findings.at(0).toObject().value("severity").toString(), QString("confirm"));
        QVERIFY(findings.at(0).toObject().value("message").toString().startsWith(
            "Belvo reports Erebor Brazil down (checked at "));
        QVERIFY(o.value("claimed_by").isNull());
        QCOMPARE(r.err, "Before updating link " + BelvoSimulator::kDownBankLinkId +
                            ", confirm what the findings above ask.\n");
        for (const BelvoSimulator::Request &sent : m_sim->requests())
            QCOMPARE(sent.method, QByteArray("GET"));
        QCOMPARE(m_sim->requests().size(), 2);
        QCOMPARE(history().size(), 0);
    }

    // Two wrong passwords recorded: the text says it, one line a finding; nothing in the way
    // of a link with no history: exit 0.
    void checkCountsLoginErrors()
    {
        const QString wrong = writeFile("wrong.json", "{\"password\":\"wrong\"}");
        QCOMPARE(run({"update", kValid, "--fields", wrong}).exitCode, 6);
        QCOMPARE(run({"update", kValid, "--fields", wrong}).exitCode, 6);
        const Run r = run({"check", kValid});
        QCOMPARE(r.exitCode, 9);
        const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith("confirm: 2 wrong password(s) for this link since ") &&
                     lines.at(0).endsWith(" (ana). Banks often lock online banking after 3: "
                                          "confirm the password with the customer first."),
                 qPrintable(lines.at(0)));
        QVERIFY2(
            lines.at(1).startsWith("note: Last attempt: Belvo's error login_error, by ana at "),
            qPrintable(lines.at(1)));
        const Run clean = run({"check", kQr});
        QCOMPARE(clean.exitCode, 0);
        QCOMPARE(clean.out, QString());
        QCOMPARE(clean.err, "Nothing stands in the way of updating link " + kQr + ".\n");

        // A history address Relink does not take: the history's part is a note saying what to
        // correct; the check itself goes on.
        qputenv("RELINK_HISTORY_URL", "ftp://history.example/relink");
        const Run noHistory = run({"check", kQr});
        qunsetenv("RELINK_HISTORY_URL");
        QCOMPARE(noHistory.exitCode, 0);
        QVERIFY2(noHistory.out.startsWith("note: The history could not be read, so earlier login "
                                          "errors and hand-offs were not checked: its address "
                                          "is not one Relink takes (") &&
                     noHistory.out.endsWith("). Correct RELINK_HISTORY_URL or the desktop app's "
                                            "History setting.\n"),
                 qPrintable(noHistory.out));
    }

    void usageErrorsExit2AndSendNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("err");
        const QString tryHelp = "Try 'relink-cli --help'.\n";
        QTest::newRow("no command") << QStringList() << "relink-cli: no command given.\n" + tryHelp;
        QTest::newRow("unknown command") << QStringList{"delete", kValid}
                                         << "relink-cli: unknown command \"delete\".\n" + tryHelp;
        QTest::newRow("unknown option") << QStringList{"update", kValid, "--password", "x"}
                                        << "relink-cli: Unknown option 'password'.\n" + tryHelp;
        QTest::newRow("two link ids") << QStringList{"get", kValid, kQr}
                                      << "relink-cli: get takes exactly one LINK_ID.\n" + tryHelp;
        QTest::newRow("history with an argument")
            << QStringList{"history", kValid}
            << "relink-cli: history takes no positional arguments; use --link and --since.\n" +
                   tryHelp;
        QTest::newRow("not a link id")
            << QStringList{"handoff", "11111111-1111"}
            << QString("relink-cli: \"11111111-1111\" is not a link id (a UUID such as "
                       "3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c). Nothing was sent.\n");
        QTest::newRow("resume without a session")
            << QStringList{"resume", "--link", kNumeric}
            << QString("relink-cli: resume needs --link and --session.\n");
        QTest::newRow("links: bad limit")
            << QStringList{"links", "--limit", "0"}
            << QString("relink-cli: --limit takes a number of links, 1 or more. Nothing was "
                       "sent.\n");
        QTest::newRow("wait: bad until")
            << QStringList{"wait", kValid, "--until", "invalid"}
            << QString("relink-cli: --until takes only valid: the status to wait for. Nothing "
                       "was sent.\n");
    }
    void usageErrorsExit2AndSendNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, err);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, err);
        QCOMPARE(m_sim->requests().size(), 0);
        QCOMPARE(history().size(), 0);
    }

    void usageErrorsAsJson()
    {
        const Run r = run({"update", "nope", "--json"});
        QCOMPARE(r.exitCode, 2);
        const QString message = "relink-cli: \"nope\" is not a link id (a UUID such as "
                                "3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c). Nothing was sent.";
        const QJsonObject expected{
            {"http_status", 0},
            {"errors", QJsonArray()},
            {"retry_after", QJsonValue()},
            {"exit_code", 2},
            {"message", message},
            {"failure", QJsonObject{{"kind", "refused"}, {"message", message}}}};
        QCOMPARE(r.out, QString::fromUtf8(QJsonDocument(expected).toJson()));
        QCOMPARE(r.err, message + "\n");
        QCOMPARE(m_sim->requests().size(), 0);
    }

    // Each command's help names its own options and none that only others read.
    void eachCommandHasItsOwnHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("synopsis");
        QTest::addColumn<QStringList>("own");
        QTest::addColumn<QStringList>("others");
        QTest::newRow("update") << "update"
                                << "update LINK_ID"
                                << QStringList{"--fields <FILE>",
                                               "--certificate-file <PATH>",
                                               "--private-key-file <PATH>",
                                               "--no-input",
                                               "--ticket <REF>",
                                               "--json",
                                               "--demo"}
                                << QStringList{"--session", "--token-file", "--status", "--locale",
                                               "--until",   "--agent",      "--csv"};
        QTest::newRow("resume") << "resume"
                                << "resume"
                                << QStringList{"--link <LINK_ID>", "--session <SESSION>",
                                               "--token-file <PATH>", "--ticket <REF>", "--json"}
                                << QStringList{"--fields", "--no-input", "--status", "--locale",
                                               "--until",  "--agent",    "--csv"};
        QTest::newRow("get") << "get"
                             << "get LINK_ID"
                             << QStringList{"--json",           "--timeout <SECONDS>",
                                            "--env <NAME>",     "--base-url <URL>",
                                            "--ca-file <PATH>", "--demo"}
                             << QStringList{"--fields", "--session", "--ticket", "--status",
                                            "--locale", "--until",   "--link"};
        QTest::newRow("history")
            << "history"
            << "history" << QStringList{"--link <LINK_ID>", "--ticket <REF>", "--agent <NAME>",
                                        "--since <DATE>",   "--csv",          "--json"}
            << QStringList{"--fields", "--session",  "--status", "--locale", "--until",
                           "--env",    "--base-url", "--demo",   "--timeout"};
        QTest::newRow("links") << "links"
                               << "links" << QStringList{"--status <STATUS>",
                                                         "--institution <NAME>",
                                                         "--since <DATE>",
                                                         "--limit <N>",
                                                         "--csv",
                                                         "--json"}
                               << QStringList{"--fields", "--session", "--ticket", "--locale",
                                              "--until",  "--agent",   "--link"};
        QTest::newRow("handoff") << "handoff"
                                 << "handoff LINK_ID"
                                 << QStringList{"--locale <LOCALE>", "--ticket <REF>", "--json",
                                                "--base-url <URL>"}
                                 << QStringList{"--fields", "--session", "--status", "--until",
                                                "--agent",  "--csv",     "--demo"};
        QTest::newRow("check") << "check"
                               << "check LINK_ID"
                               << QStringList{"--json", "--timeout <SECONDS>", "--base-url <URL>",
                                              "--demo"}
                               << QStringList{"--fields", "--session", "--status", "--locale",
                                              "--ticket", "--until",   "--agent"};
        QTest::newRow("wait") << "wait"
                              << "wait LINK_ID"
                              << QStringList{"--until <STATUS>", "--timeout <SECONDS>", "--json",
                                             "--base-url <URL>"}
                              << QStringList{"--fields", "--session", "--status", "--locale",
                                             "--ticket", "--agent",   "--csv",    "--demo"};
    }
    void eachCommandHasItsOwnHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, synopsis);
        QFETCH(QStringList, own);
        QFETCH(QStringList, others);
        Cli cli(CliOutput([](CliOutput::Channel, const QByteArray &) {}), nullptr);
        const Command *c = cli.command(command);
        QVERIFY(c);
        QCOMPARE(c->name(), command);
        const QString help = c->helpText();
        const QStringList lines = help.split('\n');
        QVERIFY2(lines.value(0).endsWith(" [options] " + synopsis), qPrintable(help));
        QCOMPARE(lines.value(1), c->description());
        QVERIFY(!c->description().isEmpty() && !c->description().contains('\n'));
        QVERIFY2(help.contains("\n  -h, --help "), qPrintable(help));
        for (const QString &option : own)
            QVERIFY2(help.contains("  " + option + " "), qPrintable(command + ": " + option));
        for (const QString &option : others) {
            QVERIFY2(!help.contains(QRegularExpression("  " + QRegularExpression::escape(option) +
                                                       "\\b(?!-)")),
                     qPrintable(command + ": " + option));
        }
        // The top-level --help lists it with the same description, as it always has.
        const Run top = run({"--help"});
        QCOMPARE(top.exitCode, 0);
        QVERIFY2(
            top.out.contains("\n  " + synopsis.leftJustified(16) + " " + c->description() + "\n"),
            qPrintable(top.out));
        for (const QString &option : own)
            QVERIFY(top.out.contains("  " + option + " "));
        // COMMAND --help prints that command's own help.
        const Run commandHelp = run({command, "--help"});
        QCOMPARE(commandHelp.exitCode, 0);
        QCOMPARE(commandHelp.out, help);
        QCOMPARE(m_sim->requests().size(), 0);
    }

    // relink.cli says which command ran and how it ended, and no value of the command line.
    void logsTheCommandAndItsExitCode()
    {
        QLoggingCategory::setFilterRules("relink.cli=true");
        g_logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        const Run r = run({"get", kValid});
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(g_logged,
                 QStringList({"command get starts", "command get ended with exit code 0"}));
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
