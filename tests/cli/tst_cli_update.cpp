// relink-cli as scripts and runbooks use it: the real binary, run against the simulator on
// 127.0.0.1, its exit codes, its output and the MFA prompt loop.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <QRegularExpression>
#include <QStandardPaths>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace relink;
using namespace relink::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    BelvoSimulator *m_sim = nullptr;
    QTemporaryDir m_dir;

    QProcessEnvironment environment(bool withKeys = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DISPLAY");
        env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir.path() + "/no-bus");
        env.insert("HOME", m_dir.path());
        // Never the real one; a test's own, so no test meets another's attempts in the pre-flight.
        env.insert("RELINK_HISTORY_DB",
                   m_dir.filePath(QString("history-%1.sqlite").arg(QTest::currentTestFunction())));
        env.insert("LC_ALL", "C.UTF-8");
        env.remove("BELVO_SECRET_ID");
        env.remove("BELVO_SECRET_PASSWORD");
        env.insert("BELVO_BASE_URL", m_sim->baseUrl().toString());
        if (withKeys) {
            env.insert("BELVO_SECRET_ID", BelvoSimulator::kDemoSecretId);
            env.insert("BELVO_SECRET_PASSWORD", BelvoSimulator::kDemoSecretPassword);
        }
        return env;
    }

    Run run(const QStringList &args, const QByteArray &input = {},
            const QProcessEnvironment &env = {})
    {
        QProcess p;
        p.setProcessEnvironment(env.isEmpty() ? environment() : env);
        // A session of its own: no controlling terminal, as in cron or CI.
        p.setChildProcessModifier([] { ::setsid(); });
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(RELINK_CLI_PATH, args);
        if (!p.waitForStarted(10'000)) {
            QTest::qFail("relink-cli did not start", __FILE__, __LINE__);
            return {};
        }
        p.write(input);
        p.closeWriteChannel();
        if (!finished.wait(60'000)) {
            p.kill();
            QTest::qFail("relink-cli did not finish", __FILE__, __LINE__);
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return f.fileName();
    }

    QString lastRequestId() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(m_sim->lastRequest().responseBody);
        return doc.isArray() ? doc.array().at(0).toObject().value("request_id").toString()
                             : doc.object().value("request_id").toString();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sim = new BelvoSimulator;
        QVERIFY(m_sim->listen());
    }
    void cleanup()
    {
        delete m_sim;
        m_sim = nullptr;
    }

    void versionAndHelp()
    {
        const Run v = run({"--version"});
        QCOMPARE(v.exitCode, 0);
        QCOMPARE(v.out, QString("relink-cli 0.1.0\n"));
        const Run h = run({"--help"});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("update LINK_ID"));
        QVERIFY(h.out.contains("--no-input"));
        QCOMPARE(m_sim->requests().size(), 0);
    }

    void updateSucceedsWithASummary()
    {
        const Run r = run({"update", kValid, "--fields", "-"}, "{\"password\":\"pass_valid\"}");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_sim->lastRequest().method, QByteArray("PUT"));
        QCOMPARE(m_sim->lastRequest().body, QByteArray("{\"password\":\"pass_valid\"}"));
        const QStringList lines = r.out.split('\n');
        QCOMPARE(lines.value(0), "Link " + kValid);
        QCOMPARE(lines.value(1), QString("  Status:        valid (Working: Belvo can log in to "
                                         "the bank with the stored credentials.)"));
        QCOMPARE(lines.value(2), QString("  Institution:   erebor_mx_retail"));
        QVERIFY(r.err.isEmpty());
    }

    void updateWithJsonPrintsTheLinkObject()
    {
        const QString fields = writeFile("fields.json", "{\"password\":\"pass_valid\"}");
        const Run r = run({"update", kValid, "--fields", fields, "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object(),
                 QJsonDocument::fromJson(m_sim->lastRequest().responseBody).object());
    }

    void certificateFilesAreSentBase64()
    {
        const QString cert = writeFile("c.pem", "-----BEGIN CERTIFICATE-----\nabc\n");
        const QString key = writeFile("k.pem", "-----BEGIN PRIVATE KEY-----\nxyz\n");
        const Run r = run({"update", kValid, "--fields", "-", "--certificate-file", cert,
                           "--private-key-file", key},
                          "{\"password\":\"pass_valid\"}");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_sim->lastRequest().json(),
                 QJsonObject({{"password", "pass_valid"},
                              {"certificate",
                               QString::fromLatin1(
                                   QByteArray("-----BEGIN CERTIFICATE-----\nabc\n").toBase64())},
                              {"private_key",
                               QString::fromLatin1(
                                   QByteArray("-----BEGIN PRIVATE KEY-----\nxyz\n").toBase64())}}));
    }

    void usageAndInputErrorsExit2AndSendNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad id") << QStringList{"update", "not-a-uuid", "--fields", "-"}
                                << QByteArray("{\"password\":\"p\"}")
                                << "relink-cli: \"not-a-uuid\" is not a link id";
        QTest::newRow("unknown field")
            << QStringList{"update", kValid, "--fields", "-"}
            << QByteArray("{\"password\":\"p\",\"user\":\"u\"}") << "Unknown field \"user\"";
        QTest::newRow("malformed fields")
            << QStringList{"update", kValid, "--fields", "-"} << QByteArray("{password: p}")
            << "The fields are not valid JSON";
        QTest::newRow("no fields")
            << QStringList{"update", kValid} << QByteArray() << "relink-cli: nothing to send.";
        QTest::newRow("certificate without key")
            << QStringList{"update", kValid, "--fields", "-", "--certificate-file", "/etc/hostname"}
            << QByteArray("{\"password\":\"p\"}")
            << "--certificate-file and --private-key-file go together";
        QTest::newRow("http to a remote host")
            << QStringList{"get", kValid, "--base-url", "http://api.belvo.com"} << QByteArray()
            << "Plain http:// would send the secret keys unencrypted";
        QTest::newRow("unknown environment") << QStringList{"get", kValid, "--env", "staging"}
                                             << QByteArray() << "Unknown environment \"staging\"";
        QTest::newRow("secret as argument")
            << QStringList{"update", kValid, "--password", "x"} << QByteArray()
            << "relink-cli: Unknown option 'password'.";
        QTest::newRow("unknown command")
            << QStringList{"delete", kValid} << QByteArray() << "unknown command \"delete\"";
        QTest::newRow("resume without session")
            << QStringList{"resume", "--link", kValid} << QByteArray()
            << "resume needs --link and --session";
        QTest::newRow("bad timeout") << QStringList{"get", kValid, "--timeout", "0"} << QByteArray()
                                     << "--timeout takes a number of seconds";
    }
    void usageAndInputErrorsExit2AndSendNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        const Run r = run(args, input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(error), qPrintable(r.err));
        QCOMPARE(m_sim->requests().size(), 0);
    }

    void missingKeysExit2()
    {
        const Run r = run({"get", kValid}, {}, environment(false));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("relink-cli: no secret keys for 127.0.0.1. Set "
                                  "BELVO_SECRET_ID and BELVO_SECRET_PASSWORD"),
                 qPrintable(r.err));
        QCOMPARE(m_sim->requests().size(), 0);
    }

    void missingKeychainModuleIsExplained()
    {
        QProcessEnvironment env = environment(false);
        env.insert("RELINK_MODULE_DIR", m_dir.path() + "/no-modules-here");
        const Run r = run({"get", kValid}, {}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("save the keys in the desktop app's Settings. (Relink's keychain "
                                "module could not be loaded; reinstalling Relink restores it. "),
                 qPrintable(r.err));
        QCOMPARE(m_sim->requests().size(), 0);
    }

    void wrongKeysExit3()
    {
        QProcessEnvironment env = environment();
        env.insert("BELVO_SECRET_PASSWORD", "wrong");
        const Run r = run({"get", kValid}, {}, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.startsWith("error: authentication_failed: "));
    }

    void forbiddenExit3()
    {
        m_sim->enqueueResponse({403,
                                "[{\"code\":\"access_to_resource_denied\",\"message\":\"Denied\","
                                "\"request_id\":\"abcd\"}]",
                                {}});
        const Run r = run({"get", kValid});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err, QString("error: access_to_resource_denied: Denied — These secret keys are "
                                "not allowed to do this. Ask your Belvo administrator for keys "
                                "with access. (request_id abcd)\n"));
    }

    void notFoundExit5()
    {
        const Run r = run({"get", "99999999-9999-4999-8999-999999999999"});
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.err, "error: not_found: Not found. — No link with this id exists in this "
                        "environment. Check the id and that the right environment is selected. "
                        "(request_id " +
                            lastRequestId() + ")\n");
    }

    void loginErrorExit6WithRequestId()
    {
        const Run r = run({"update", kValid, "--fields", "-"}, "{\"password\":\"pass_invalid\"}");
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(r.err, "error: login_error: Invalid credentials provided to login to the "
                        "institution — The bank rejected the credentials. Check them with the "
                        "customer and try again. (request_id " +
                            lastRequestId() + ")\n");
        QVERIFY(r.out.isEmpty());
    }

    void twoErrorsTwoLines()
    {
        const Run r = run({"update", kValid, "--fields", "-"}, "{\"username_type\":\"999\"}");
        QCOMPARE(r.exitCode, 6);
        const QStringList lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith("error: required: This field is required. [field "
                                       "password]"));
        QVERIFY(lines.at(1).startsWith("error: does_not_exist: "));
    }

    void serverAndNetworkErrorsExit7_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("500 html") << 500 << QByteArray("<html><body>Oops</body></html>")
                                  << "error: The server answered HTTP 500 with a web page";
        QTest::newRow("malformed 200") << 200 << QByteArray("{\"id\":")
                                       << "error: Belvo's answer (HTTP 200) could not be read";
    }
    void serverAndNetworkErrorsExit7()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        m_sim->enqueueResponse({status, body, {}});
        const Run r = run({"get", kValid});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.startsWith(error), qPrintable(r.err));
    }

    void connectionRefusedExit7()
    {
        const QString url = m_sim->baseUrl().toString();
        delete m_sim;
        m_sim = new BelvoSimulator;
        QVERIFY(m_sim->listen());
        QProcessEnvironment env = environment();
        env.insert("BELVO_BASE_URL", url);
        const Run r = run({"get", kValid}, {}, env);
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains("the connection was refused"), qPrintable(r.err));
    }

    void timeoutExit7()
    {
        m_sim->setNextFault(BelvoSimulator::Fault::NeverAnswer);
        const Run r = run({"get", kValid, "--timeout", "1"});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains("within 1 second(s)"), qPrintable(r.err));
    }

    void faultsExit7_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("error");
        QTest::newRow("reset mid-body")
            << int(BelvoSimulator::Fault::ResetMidBody) << "closed before the answer was complete";
        QTest::newRow("64 MiB body")
            << int(BelvoSimulator::Fault::HugeBody) << "was larger than 8 MiB and was stopped";
    }
    void faultsExit7()
    {
        QFETCH(int, fault);
        QFETCH(QString, error);
        m_sim->setNextFault(BelvoSimulator::Fault(fault), 64);
        const Run r = run({"get", kValid});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains(error), qPrintable(r.err));
    }

    void untrustedTlsExit7ThenTrustedWithCaFile()
    {
        const TestCertificate tls = makeCertificate(m_dir);
        QVERIFY(!tls.certificate.isNull());
        m_sim->useTls(tls.certificate, tls.key);
        const Run refused = run({"get", kValid});
        QVERIFY2(refused.exitCode == 7, qPrintable(refused.err));
        QVERIFY2(refused.err.contains("could not be trusted: The certificate is self-signed"),
                 qPrintable(refused.err));
        QCOMPARE(m_sim->requests().size(), 0);
        const Run trusted = run({"get", kValid, "--ca-file", tls.certificatePath, "--json"});
        QCOMPARE(trusted.exitCode, 0);
        QCOMPARE(m_sim->requests().size(), 1);
        const Run badCa = run({"get", kValid, "--ca-file", "/nonexistent.pem"});
        QCOMPARE(badCa.exitCode, 2);
    }

    // Hole 5: --ca-file adds to the system's CAs instead of replacing them. The server's
    // certificate is trusted only through the system store (root: CI runs as root).
    void caFileAddsToTheSystemStore()
    {
        if (::geteuid() != 0 || QStandardPaths::findExecutable("update-ca-certificates").isEmpty())
            QSKIP("not run: trusting a CA through the system store needs root and "
                  "update-ca-certificates (CI has both)");
        // A run that crashed may have left its CA behind: never leave one trusted.
        for (const QFileInfo &old : QDir("/usr/local/share/ca-certificates")
                                        .entryInfoList({"relink-test-*.crt"}, QDir::Files))
            QFile::remove(old.filePath());
        const TestCertificate server = makeCertificate(m_dir);
        QTemporaryDir otherDir;
        const TestCertificate other = makeCertificate(otherDir); // an unrelated extra CA
        QVERIFY(!server.certificate.isNull() && !other.certificate.isNull());
        const QString installed = QStringLiteral("/usr/local/share/ca-certificates/"
                                                 "relink-test-%1.crt")
                                      .arg(QCoreApplication::applicationPid());
        struct SystemStore
        {
            QString path;
            static bool refresh() { return QProcess::execute("update-ca-certificates", {}) == 0; }
            ~SystemStore()
            {
                QFile::remove(path);
                refresh();
            }
        } store{installed};
        QDir().mkpath("/usr/local/share/ca-certificates");
        QVERIFY(QFile::copy(server.certificatePath, installed));
        QVERIFY(SystemStore::refresh());
        m_sim->useTls(server.certificate, server.key);

        const Run plain = run({"get", kValid});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        const Run withExtra = run({"get", kValid, "--ca-file", other.certificatePath});
        QVERIFY2(withExtra.exitCode == 0, qPrintable(withExtra.err));
        QCOMPARE(m_sim->requests().size(), 2);
    }

    void noInputPrintsTheChallengeAndExits4ThenResumeFinishes()
    {
        const Run r = run({"update", kNumeric, "--fields", "-", "--no-input"},
                          "{\"password\":\"numeric_code\"}");
        QCOMPARE(r.exitCode, 4);
        const QJsonObject challenge = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject server =
            QJsonDocument::fromJson(m_sim->lastRequest().responseBody).array().at(0).toObject();
        QCOMPARE(challenge.value("session"), server.value("session"));
        QCOMPARE(challenge.value("link"), QJsonValue(kNumeric));
        QCOMPARE(challenge.value("expiry"), QJsonValue(600));
        QCOMPARE(challenge.value("type"), QJsonValue("numeric"));
        QCOMPARE(challenge.value("value"), QJsonValue("4321"));
        QCOMPARE(challenge.value("instructions"),
                 server.value("token_generation_data").toObject().value("instructions"));

        const Run done = run({"resume", "--link", kNumeric, "--session",
                              challenge.value("session").toString(), "--json"},
                             "111111\n"); // the token on standard input, never in the command line
        QCOMPARE(done.exitCode, 0);
        QCOMPARE(m_sim->lastRequest().json(), QJsonObject({{"session", challenge.value("session")},
                                                           {"token", "111111"},
                                                           {"link", kNumeric}}));
        QCOMPARE(QJsonDocument::fromJson(done.out.toUtf8()).object().value("status"),
                 QJsonValue("valid"));
    }

    void promptLoopRetriesARejectedToken()
    {
        const QString fields = writeFile("f.json", "{\"password\":\"numeric_code\"}");
        const Run r = run({"update", kNumeric, "--fields", fields}, "999999\n\n111111\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("Enter the 6-digit code the bank sent by SMS"), qPrintable(r.err));
        QVERIFY(r.err.contains("  Challenge (numeric): 4321\n"));
        QCOMPARE(r.err.count("Token: "), 3); // the empty line asks again
        QVERIFY(r.err.contains(
            "The token was not accepted. Ask the customer for the new one and try again.\n"));
        QVERIFY(r.err.contains("The bank expects a token; type it, or press Ctrl+D to stop.\n"));
        const QList<BelvoSimulator::Request> reqs = afterPreflight(m_sim->requests(), kNumeric);
        QCOMPARE(reqs.size(), 3);
        QCOMPARE(reqs.at(0).method, QByteArray("PUT"));
        QCOMPARE(reqs.at(1).json().value("token"), QJsonValue("999999"));
        QCOMPARE(reqs.at(2).json().value("token"), QJsonValue("111111"));
        QVERIFY(r.out.startsWith("Link " + kNumeric + "\n  Status:        valid"));
    }

    void endOfInputStopsWithExit4()
    {
        const QString fields = writeFile("f.json", "{\"password\":\"numeric_code\"}");
        const Run r = run({"update", kNumeric, "--fields", fields});
        QCOMPARE(r.exitCode, 4);
        const QString session =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value("session").toString();
        QVERIFY(!session.isEmpty());
        QVERIFY2(r.err.contains("No token given (end of input).\n"), qPrintable(r.err));
        QVERIFY2(r.err.contains("Finish with: relink-cli resume --link " + kNumeric +
                                " --session " + session +
                                ", giving the token on standard input or in a file with "
                                "--token-file PATH.\n"),
                 qPrintable(r.err));
        QCOMPARE(afterPreflight(m_sim->requests(), kNumeric).size(), 1);
    }

    // Hole 3: the token is never an argument, and nothing suggests giving it as one.
    void resumeReadsTheTokenFromStdinOrAFileNeverFromArguments()
    {
        const Run first = run({"update", kNumeric, "--fields", "-", "--no-input"},
                              "{\"password\":\"numeric_code\"}");
        QCOMPARE(first.exitCode, 4);
        QVERIFY2(!first.err.contains(QRegularExpression("--token(?!-file)")),
                 qPrintable(first.err));
        const QString session =
            QJsonDocument::fromJson(first.out.toUtf8()).object().value("session").toString();

        const Run asArgument =
            run({"resume", "--link", kNumeric, "--session", session, "--token", "111111"});
        QCOMPARE(asArgument.exitCode, 2);
        QVERIFY2(asArgument.err.startsWith("relink-cli: Unknown option 'token'."),
                 qPrintable(asArgument.err));
        QCOMPARE(afterPreflight(m_sim->requests(), kNumeric).size(), 1); // nothing sent

        const QString tokenFile = writeFile("token.txt", "111111\nignored\n");
        const Run fromFile =
            run({"resume", "--link", kNumeric, "--session", session, "--token-file", tokenFile});
        QCOMPARE(fromFile.exitCode, 0);
        QCOMPARE(m_sim->lastRequest().json(),
                 QJsonObject({{"session", session}, {"token", "111111"}, {"link", kNumeric}}));
        const Run help = run({"--help"});
        QVERIFY(help.out.contains("--token-file <PATH>"));
        QVERIFY(!help.out.contains(QRegularExpression("--token(?!-file)")));
    }

    void resumeWithAnEmptyLineSendsNoToken()
    {
        const Run first = run({"update", kInputless, "--fields", "-", "--no-input"},
                              "{\"password\":\"pass_valid\"}");
        QCOMPARE(first.exitCode, 4);
        const QString session =
            QJsonDocument::fromJson(first.out.toUtf8()).object().value("session").toString();
        const Run done = run({"resume", "--link", kInputless, "--session", session}, "\n");
        QCOMPARE(done.exitCode, 0);
        QCOMPARE(m_sim->lastRequest().json(),
                 QJsonObject({{"session", session}, {"link", kInputless}}));
    }

    // Hole 4: with the fields on standard input, the token prompt can't read it too.
    void fieldsFromStdinWithoutATerminalPrintTheChallenge()
    {
        const Run r = run({"update", kNumeric, "--fields", "-"}, "{\"password\":\"numeric_code\"}");
        QCOMPARE(r.exitCode, 4);
        const QJsonObject challenge = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(challenge.value("link"), QJsonValue(kNumeric));
        QCOMPARE(challenge.value("type"), QJsonValue("numeric"));
        QCOMPARE(afterPreflight(m_sim->requests(), kNumeric).size(), 1);
        QVERIFY(!r.err.contains("Token: ")); // no prompt that could only read end-of-input
        QVERIFY(r.err.contains("Finish with: relink-cli resume --link " + kNumeric));
    }

    void fieldsFromStdinPromptOnTheTerminal()
    {
        // A pseudo-terminal becomes relink-cli's controlling terminal; stdin carries the fields.
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
        const QByteArray slave = ::ptsname(master);
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setChildProcessModifier([slave] {
            ::setsid();
            const int fd = ::open(slave.constData(), O_RDWR); // the session's terminal now
            if (fd >= 0)
                ::close(fd);
        });
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(RELINK_CLI_PATH, {"update", kNumeric, "--fields", "-"});
        QVERIFY(p.waitForStarted(10'000));
        p.write("{\"password\":\"numeric_code\"}");
        p.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->requests().size() == 3, 10'000); // the pre-flight, PUT
        QCOMPARE(::write(master, "111111\n", 7), 7);
        QVERIFY(finished.wait(30'000));
        ::close(master);
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(afterPreflight(m_sim->requests(), kNumeric).size(), 2);
        QCOMPARE(m_sim->lastRequest().json().value("token"), QJsonValue("111111"));
    }

    // Hole 2: an environment's keys never travel to another URL.
    void envWithBaseUrlIsRefused()
    {
        QProcessEnvironment env = environment(false); // keys would come from the keychain
        const Run r =
            run({"get", kValid, "--env", "production", "--base-url", m_sim->baseUrl().toString()},
                {}, env);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QString("relink-cli: --env and --base-url name two different places; "
                                "give only one. Nothing was sent.\n"));
        QCOMPARE(m_sim->requests().size(), 0);
    }

    // Hole 6: a 2xx without the link is accepted and read back, not called malformed.
    void anEmptyTwoHundredIsReadBack_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("204") << 204;
        QTest::newRow("202 empty") << 202;
    }
    void anEmptyTwoHundredIsReadBack()
    {
        QFETCH(int, status);
        m_sim->enqueueResponse({status, {}, {}, "PUT"});
        const Run r =
            run({"update", kValid, "--fields", "-", "--json"}, "{\"password\":\"pass_valid\"}");
        QCOMPARE(r.exitCode, 0);
        const QList<BelvoSimulator::Request> reqs = afterPreflight(m_sim->requests(), kValid);
        QCOMPARE(reqs.size(), 2);
        QCOMPARE(reqs.at(0).method, QByteArray("PUT"));
        QCOMPARE(reqs.at(1).method, QByteArray("GET"));
        QCOMPARE(reqs.at(1).path, "/api/links/" + kValid + "/");
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("id"), QJsonValue(kValid));
    }

    // Hole 8: rate limits have their own exit code and say how long to wait.
    void rateLimitExits8WithRetryAfter()
    {
        m_sim->enqueueResponse({429,
                                R"([{"code":"too_many_requests","message":"Slow down.",)"
                                R"("request_id":"rq-429"}])",
                                {{"Retry-After", "30"}},
                                "PUT"});
        const Run r = run({"update", kValid, "--fields", "-"}, "{\"password\":\"pass_valid\"}");
        QCOMPARE(r.exitCode, 8);
        QVERIFY2(r.err.contains("error: too_many_requests: Slow down."), qPrintable(r.err));
        QVERIFY2(r.err.contains("(request_id rq-429)"), qPrintable(r.err));
        QVERIFY2(r.err.contains("Belvo asks to wait 30 second(s) before retrying.\n"),
                 qPrintable(r.err));
    }

    // Hole 9: with --json every outcome is JSON on stdout.
    void jsonFailuresGoToStdout()
    {
        const Run login =
            run({"update", kValid, "--fields", "-", "--json"}, "{\"password\":\"wrong\"}");
        QCOMPARE(login.exitCode, 6);
        const QJsonObject o = QJsonDocument::fromJson(login.out.toUtf8()).object();
        QCOMPARE(o.value("http_status"), QJsonValue(400));
        QCOMPARE(o.value("exit_code"), QJsonValue(6));
        QCOMPARE(o.value("retry_after"), QJsonValue());
        const QJsonObject e = o.value("errors").toArray().at(0).toObject();
        QCOMPARE(e.value("code"), QJsonValue("login_error"));
        QCOMPARE(e.value("request_id"), QJsonValue(lastRequestId()));
        QVERIFY(e.contains("message") && e.contains("field"));
        QVERIFY(!o.contains("failure"));

        m_sim->enqueueResponse(
            {429, R"([{"code":"too_many_requests","message":"m"}])", {{"Retry-After", "12"}}});
        const Run limited = run({"get", kValid, "--json"});
        QCOMPARE(limited.exitCode, 8);
        QCOMPARE(QJsonDocument::fromJson(limited.out.toUtf8()).object().value("retry_after"),
                 QJsonValue(12));

        QProcessEnvironment env = environment();
        env.insert("BELVO_BASE_URL", "http://127.0.0.1:1"); // nothing listens there
        const Run refused = run({"get", kValid, "--json"}, {}, env);
        QCOMPARE(refused.exitCode, 7);
        const QJsonObject f = QJsonDocument::fromJson(refused.out.toUtf8()).object();
        QCOMPARE(f.value("http_status"), QJsonValue(0));
        QCOMPARE(f.value("errors"), QJsonValue(QJsonArray()));
        QCOMPARE(f.value("failure").toObject().value("kind"), QJsonValue("connection_refused"));
        QVERIFY(f.value("failure").toObject().value("message").toString().startsWith(
            "Could not connect to 127.0.0.1:1"));

        const Run usage = run({"update", "nope", "--json"});
        QCOMPARE(usage.exitCode, 2);
        const QJsonObject u = QJsonDocument::fromJson(usage.out.toUtf8()).object();
        QCOMPARE(u.value("exit_code"), QJsonValue(2));
        QCOMPARE(u.value("failure").toObject().value("kind"), QJsonValue("refused"));
    }

    void inputlessResumesOnAnEmptyLine()
    {
        const QString fields = writeFile("f.json", "{\"password\":\"pass_valid\"}");
        const Run r = run({"update", kInputless, "--fields", fields}, "\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("Press Enter once the customer has approved the login: "));
        QCOMPARE(afterPreflight(m_sim->requests(), kInputless).size(), 2);
        QVERIFY(!m_sim->lastRequest().json().contains("token"));
    }

    void expiredSessionExit4()
    {
        const Run r = run({"update", kNumeric, "--fields", "-", "--no-input"},
                          "{\"password\":\"numeric_code\"}");
        const QString session =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value("session").toString();
        m_sim->expireSessions();
        const Run late = run({"resume", "--link", kNumeric, "--session", session}, "111111\n");
        QCOMPARE(late.exitCode, 4);
        QVERIFY(late.err.startsWith("error: session_expired: "));
    }

    void interruptMidRequestExitsNonZero_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void interruptMidRequestExitsNonZero()
    {
        QFETCH(int, signal);
        m_sim->setNextFault(BelvoSimulator::Fault::NeverAnswer);
        QProcess p;
        p.setProcessEnvironment(environment());
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(RELINK_CLI_PATH, {"get", kValid});
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->requests().size(), 1, 10'000);
        ::kill(static_cast<pid_t>(p.processId()), signal);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).startsWith("error: Cancelled."));
    }

    void resumeWithoutALineSendsNothing()
    {
        const Run r = run({"resume", "--link", kNumeric, "--session", "abc123"}); // stdin closed
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QString("relink-cli: no token on standard input. Give it as one line (an "
                                "empty line when the bank expects no input), or with "
                                "--token-file PATH. Nothing was sent.\n"));
        const QString empty = writeFile("empty.txt", "");
        QCOMPARE(run({"resume", "--link", kNumeric, "--session", "abc123", "--token-file", empty})
                     .exitCode,
                 2);
        QCOMPARE(m_sim->requests().size(), 0);
    }

    // The prompt waits on the input and the signal together: Ctrl+C at "Token: " ends it.
    void interruptAtTheTokenPromptExits130()
    {
        const QString fields = writeFile("f.json", "{\"password\":\"numeric_code\"}");
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setChildProcessModifier([] { ::setsid(); });
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(RELINK_CLI_PATH, {"update", kNumeric, "--fields", fields});
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).endsWith("Token: "), 10'000);
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(finished.wait(10'000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(err.contains("Interrupted. The MFA session was left unfinished.\n"),
                 err.constData());
        QCOMPARE(afterPreflight(m_sim->requests(), kNumeric).size(), 1); // the PUT; no PATCH
    }

    // The prompt waits no longer than the bank's session lasts.
    void tokenPromptEndsWhenTheSessionRunsOut()
    {
        m_sim->setSessionLifetimeSeconds(1);
        const QString fields = writeFile("f.json", "{\"password\":\"numeric_code\"}");
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setChildProcessModifier([] { ::setsid(); });
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(RELINK_CLI_PATH, {"update", kNumeric, "--fields", fields}); // stdin stays open
        QVERIFY(finished.wait(15'000));
        QCOMPARE(p.exitCode(), 4);
        QVERIFY(QString::fromUtf8(p.readAllStandardError())
                    .contains("error: The bank's MFA session expired before a token was sent"));
        QCOMPARE(afterPreflight(m_sim->requests(), kNumeric).size(), 1);
    }

    void anUnreadableHistoryIsJsonWithJson()
    {
        QProcessEnvironment env = environment();
        env.insert("RELINK_HISTORY_DB", m_dir.path()); // a folder: no history can be read
        const Run r = run({"history", "--json"}, {}, env);
        QCOMPARE(r.exitCode, 7);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("exit_code"), QJsonValue(7));
        QCOMPARE(o.value("failure").toObject().value("kind"), QJsonValue("history"));
        QVERIFY2(r.err.contains("relink-cli: The update history file " + m_dir.path() +
                                " is a link to another file, or not a file at all; Relink never "
                                "follows it."),
                 qPrintable(r.err));
    }

    void demoModeNeedsNoKeys()
    {
        QProcessEnvironment env = environment(false);
        env.remove("BELVO_BASE_URL");
        const Run r = run({"update", kValid, "--demo", "--fields", "-", "--json"},
                          "{\"password\":\"pass_valid\"}", env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString("Demo mode: talking to the built-in Belvo simulator, not to "
                                "Belvo.\n"));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("status"),
                 QJsonValue("valid"));
        QCOMPARE(m_sim->requests().size(), 0); // its own simulator, not ours
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli_update.moc"
