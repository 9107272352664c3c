#pragma once

#include "belvoclient.h"
#include "belvosimulator.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace relink::test {

// Every test binary keeps the simulator's requests as received, secrets included, so tests can
// assert the exact request sent. Demo mode never does this; tst_simulator checks the default.
[[maybe_unused]] inline const bool kSimulatorRecordsSecrets =
    (BelvoSimulator::setRecordSecretsForTests(true), true);

// The simulator's demo links (references: the statics live in another translation unit).
inline const QString &kValid = BelvoSimulator::kValidLinkId;
inline const QString &kNumeric = BelvoSimulator::kNumericLinkId;
inline const QString &kQr = BelvoSimulator::kQrLinkId;
inline const QString &kInputless = BelvoSimulator::kInputlessLinkId;

// What relink-cli update or handoff sent for `linkId` after its pre-flight. The pre-flight's
// GETs come first and are checked here: the link, then its bank's health when the link was read
// (the CLI keeps no bank's health from one run to the next). Without them the test fails.
inline QList<BelvoSimulator::Request> afterPreflight(const QList<BelvoSimulator::Request> &requests,
                                                     const QString &linkId,
                                                     const char *file = __builtin_FILE(),
                                                     int line = __builtin_LINE())
{
    const auto is = [&](qsizetype i, const QString &path) {
        return i < requests.size() && requests.at(i).method == "GET" && requests.at(i).path == path;
    };
    if (!is(0, "/api/links/" + linkId + "/")) {
        QTest::qFail("no pre-flight GET of the link came first", file, line);
        return {};
    }
    qsizetype i = 1;
    if (requests.at(0).responseStatus == 200) {
        if (!is(1, "/api/institutions/")) {
            QTest::qFail("the pre-flight did not ask for the bank's health", file, line);
            return {};
        }
        i = 2;
    }
    return requests.mid(i);
}

// Waits for the operation's one result and checks that no second one follows.
inline Result waitForResult(Operation *op, int timeoutMs = 10'000)
{
    QSignalSpy spy(op, &Operation::finished);
    if (spy.isEmpty() && !spy.wait(timeoutMs)) {
        QTest::qFail("the operation emitted no result", __FILE__, __LINE__);
        return {};
    }
    // Let any stray second emission (or late network event) happen before counting.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    if (spy.size() != 1) {
        QTest::qFail("the operation emitted more than one result", __FILE__, __LINE__);
        return {};
    }
    return spy.at(0).at(0).value<Result>();
}

// The fields of an update that sends only a password.
inline UpdateFields password(const QString &p)
{
    UpdateFields f;
    f.password = p;
    return f;
}

// When the simulator received each GET of a link, on the server's side: the moment it had read
// the whole request (BelvoSimulator::requestHandled, before it answers), in ms since this began.
class ServerClock : public QObject
{
public:
    explicit ServerClock(BelvoSimulator *sim) : QObject(sim)
    {
        m_clock.start();
        connect(sim, &BelvoSimulator::requestHandled, this, [this, sim](int index) {
            const BelvoSimulator::Request r = sim->requests().at(index);
            if (r.method == "GET" && r.path.startsWith(QLatin1String("/api/links/")) &&
                r.path != QLatin1String("/api/links/"))
                polls << m_clock.elapsed();
        });
    }
    QList<qint64> polls;
    // The gaps between consecutive polls, in ms.
    QList<qint64> gaps() const
    {
        QList<qint64> out;
        for (int i = 1; i < polls.size(); ++i)
            out << polls.at(i) - polls.at(i - 1);
        return out;
    }

private:
    QElapsedTimer m_clock;
};

inline ClientConfig configFor(const BelvoSimulator &sim)
{
    ClientConfig c;
    c.baseUrl = sim.baseUrl();
    c.secretId = BelvoSimulator::kDemoSecretId;
    c.secretPassword = BelvoSimulator::kDemoSecretPassword;
    c.timeoutMs = 10'000;
    return c;
}

inline QByteArray basicAuth(const QString &id, const QString &password)
{
    return "Basic " + (id + QLatin1Char(':') + password).toUtf8().toBase64();
}

// Belvo's answer to a wrong password (400 login_error, request id req1), as the history records it.
inline Result loginErrorResult()
{
    Result r;
    r.kind = Result::Kind::ApiErrors;
    r.httpStatus = 400;
    r.errors = {ApiError{
        "login_error", "Invalid credentials provided to login to the institution", {}, "req1"}};
    return r;
}

// The environment relink-cli needs to talk to a simulator with the given keys.
inline QProcessEnvironment cliEnvironment(const QUrl &baseUrl, const QString &secretId,
                                          const QString &secretPassword)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("BELVO_BASE_URL", baseUrl.toString());
    env.insert("BELVO_SECRET_ID", secretId);
    env.insert("BELVO_SECRET_PASSWORD", secretPassword);
    return env;
}

// relink-cli's environment in a test: the simulator's URL and demo keys, `home` as HOME (its
// settings), the history a file there, no display or session bus, C.UTF-8.
inline QProcessEnvironment cliTestEnvironment(const BelvoSimulator &sim, const QString &home)
{
    QProcessEnvironment env = cliEnvironment(sim.baseUrl(), BelvoSimulator::kDemoSecretId,
                                             BelvoSimulator::kDemoSecretPassword);
    env.remove("DISPLAY");
    env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + home + "/no-bus");
    env.insert("HOME", home);
    env.insert("RELINK_HISTORY_DB", home + "/history.sqlite"); // never the real one
    env.insert("LC_ALL", "C.UTF-8");
    return env;
}

#ifdef RELINK_CLI_PATH
struct CliRun
{
    int exitCode = -1;
    QByteArray out; // stdout, or everything with MergedChannels
    QByteArray err; // stderr (SeparateChannels)
};
// Runs relink-cli to the end while this thread's event loop keeps serving the simulator.
inline CliRun runCli(const QProcessEnvironment &env, const QStringList &args,
                     const QByteArray &input,
                     QProcess::ProcessChannelMode mode = QProcess::SeparateChannels)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(mode);
    // A session of its own: no controlling terminal to prompt on, as in cron or CI.
    p.setChildProcessModifier([] { ::setsid(); });
    QSignalSpy done(&p, &QProcess::finished);
    p.start(RELINK_CLI_PATH, args);
    p.write(input);
    p.closeWriteChannel();
    if (!done.wait(30'000)) {
        p.kill();
        QTest::qFail("relink-cli did not finish", __FILE__, __LINE__);
        return {};
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
#endif

// A throwaway self-signed certificate for 127.0.0.1 (openssl), for HTTPS tests.
struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString certificatePath;
};
inline TestCertificate makeCertificate(const QTemporaryDir &dir)
{
    TestCertificate t;
    t.certificatePath = dir.filePath("server.crt");
    const QString keyPath = dir.filePath("server.key");
    QProcess openssl;
    openssl.start("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                              "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                              "-keyout", keyPath, "-out", t.certificatePath});
    if (!openssl.waitForFinished(60'000) || openssl.exitCode() != 0)
        return t;
    QFile cert(t.certificatePath), key(keyPath);
    if (cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)) {
        t.certificate = QSslCertificate(&cert, QSsl::Pem);
        t.key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
    }
    return t;
}

} // namespace relink::test
