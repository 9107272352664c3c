// The Belvo client against the simulator on 127.0.0.1: the exact request the server received
// and the exact typed result, for every answer the API can give and every transport failure.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpServer>

using namespace relink;
using namespace relink::test;

namespace {

QString requestIdOf(const BelvoSimulator::Request &r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(r.responseBody);
    const QJsonObject o = doc.isArray() ? doc.array().at(0).toObject() : doc.object();
    return o.value("request_id").toString();
}

QStringList g_messages;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages << message;
}
} // namespace

class TestClient : public QObject
{
    Q_OBJECT

    BelvoSimulator *m_sim = nullptr;
    QNetworkAccessManager *m_nam = nullptr;

    BelvoClient *client(ClientConfig config)
    {
        return new BelvoClient(m_nam, std::move(config), m_sim);
    }
    BelvoClient *client() { return client(configFor(*m_sim)); }

private slots:
    void init()
    {
        m_sim = new BelvoSimulator;
        QVERIFY(m_sim->listen());
        m_nam = new QNetworkAccessManager(m_sim);
    }
    void cleanup()
    {
        delete m_sim;
        m_sim = nullptr;
    }

    void updateSendsTheExactRequestAndReturnsTheLink()
    {
        const Result r = waitForResult(client()->updateCredentials(kValid, password("pass_valid")));
        QVERIFY2(r.kind == Result::Kind::Link, qPrintable(r.message));
        QCOMPARE(m_sim->requests().size(), 1);
        const BelvoSimulator::Request req = m_sim->lastRequest();
        QCOMPARE(req.method, QByteArray("PUT"));
        QCOMPARE(req.path, "/api/links/" + kValid + "/");
        QCOMPARE(req.header("authorization"), basicAuth("demo-secret-id", "demo-secret-password"));
        QCOMPARE(req.header("content-type"), QByteArray("application/json"));
        QCOMPARE(req.header("accept"), QByteArray("application/json"));
        QCOMPARE(req.body, QByteArray("{\"password\":\"pass_valid\"}"));

        QCOMPARE(r.kind, Result::Kind::Link);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.link.id, kValid);
        QCOMPARE(r.link.status, QString("valid"));
        QCOMPARE(r.link.institution, QString("erebor_mx_retail"));
        QCOMPARE(r.link.accessMode, QString("recurrent"));
        QCOMPARE(r.link.refreshRate, QString("24h"));
        QCOMPARE(r.link.createdBy, QString("5c0a3f2e-1b4d-4c6e-9f8a-7d6b5e4c3a21"));
        QVERIFY(r.link.lastAccessedAt.isValid());
        QCOMPARE(r.link.raw, QJsonDocument::fromJson(req.responseBody).object());
        QCOMPARE(r.message, "Link " + kValid + " is now valid.");
    }

    void updateSendsAllSevenFieldsWhenFilled()
    {
        UpdateFields f;
        f.password = "pass_valid";
        f.password2 = "1234";
        f.token = "1234ab";
        f.encryptionKey = "customencryptionkey";
        f.usernameType = "001";
        f.certificate = "Q0VSVA==";
        f.privateKey = "S0VZ";
        const Result r = waitForResult(client()->updateCredentials(kValid.toUpper(), f));
        QCOMPARE(r.kind, Result::Kind::Link);
        QCOMPARE(m_sim->lastRequest().path, "/api/links/" + kValid + "/");
        QCOMPARE(m_sim->lastRequest().json(),
                 QJsonObject({{"password", "pass_valid"},
                              {"password2", "1234"},
                              {"token", "1234ab"},
                              {"encryption_key", "customencryptionkey"},
                              {"username_type", "001"},
                              {"certificate", "Q0VSVA=="},
                              {"private_key", "S0VZ"}}));
    }

    void loginErrorIs400WithRequestId()
    {
        const Result r =
            waitForResult(client()->updateCredentials(kValid, password("pass_invalid")));
        QCOMPARE(r.kind, Result::Kind::ApiErrors);
        QCOMPARE(r.httpStatus, 400);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.at(0).code, QString("login_error"));
        QCOMPARE(r.errors.at(0).message,
                 QString("Invalid credentials provided to login to the institution"));
        QCOMPARE(r.errors.at(0).requestId, requestIdOf(m_sim->lastRequest()));
        QCOMPARE(r.errors.at(0).requestId.size(), 32);
        QCOMPARE(r.message, QString("The bank rejected the credentials. Check them with the "
                                    "customer and try again."));
    }

    void twoValidationErrors()
    {
        UpdateFields f;
        f.usernameType = "999";
        const Result r = waitForResult(client()->updateCredentials(kValid, f));
        QCOMPARE(r.kind, Result::Kind::ApiErrors);
        QCOMPARE(r.errors.size(), 2);
        QCOMPARE(r.errors.at(0).code, QString("required"));
        QCOMPARE(r.errors.at(0).field, QString("password"));
        QCOMPARE(r.errors.at(1).code, QString("does_not_exist"));
        QCOMPARE(r.errors.at(1).field, QString("username_type"));
        QCOMPARE(r.message, QString("Fill in the field password. (1 more error(s).)"));
    }

    void wrongKeysGive401()
    {
        ClientConfig c = configFor(*m_sim);
        c.secretPassword = "wrong";
        const Result r =
            waitForResult(client(c)->updateCredentials(kValid, password("pass_valid")));
        QCOMPARE(m_sim->lastRequest().header("authorization"),
                 basicAuth("demo-secret-id", "wrong"));
        QCOMPARE(r.kind, Result::Kind::ApiErrors);
        QCOMPARE(r.httpStatus, 401);
        QCOMPARE(r.errors.at(0).code, QString("authentication_failed"));
    }

    void cannedStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("retrySeconds");
        QTest::newRow("403") << 403
                             << QByteArray("[{\"code\":\"access_to_resource_denied\",\"message\":"
                                           "\"No access\",\"request_id\":\"r403\"}]")
                             << QByteArray() << "access_to_resource_denied"
                             << "No access" << -1;
        QTest::newRow("408") << 408
                             << QByteArray("[{\"code\":\"request_timeout\",\"message\":\"Timed "
                                           "out\",\"request_id\":\"r408\"}]")
                             << QByteArray() << "request_timeout"
                             << "Timed out" << -1;
        QTest::newRow("429 retry-after")
            << 429 << QByteArray("{\"detail\":\"Throttled\"}") << QByteArray("30") << ""
            << "Throttled" << 30;
        QTest::newRow("500 json") << 500
                                  << QByteArray("[{\"code\":\"unexpected_error\",\"message\":"
                                                "\"Boom\",\"request_id\":\"r500\"}]")
                                  << QByteArray() << "unexpected_error"
                                  << "Boom" << -1;
        QTest::newRow("500 html")
            << 500 << QByteArray("<html><head><title>500</title></head><body>oops</body></html>")
            << QByteArray() << ""
            << "The server answered HTTP 500 with a web page instead of Belvo's JSON; a proxy or "
               "gateway between you and Belvo probably answered."
            << -1;
        QTest::newRow("503 retry-after")
            << 503 << QByteArray("Service Unavailable") << QByteArray("120") << ""
            << "The server answered HTTP 503 with a body that is not "
               "Belvo's JSON."
            << 120;
    }
    void cannedStatuses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(int, retrySeconds);
        BelvoSimulator::Canned canned{status, body, {}};
        if (!retryAfter.isEmpty())
            canned.headers.append({"Retry-After", retryAfter});
        m_sim->enqueueResponse(canned);
        const Result r = waitForResult(client()->updateCredentials(kValid, password("pass_valid")));
        QCOMPARE(r.kind, Result::Kind::ApiErrors);
        QCOMPARE(r.httpStatus, status);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.at(0).code, code);
        QCOMPARE(r.errors.at(0).message, message);
        QCOMPARE(r.retryAfterSeconds, retrySeconds);
        if (retrySeconds > 0)
            QVERIFY2(r.message.contains(QString("wait %1 second(s)").arg(retrySeconds)),
                     qPrintable(r.message));
    }

    void unknownLinkGives404()
    {
        const QString unknown = "99999999-9999-4999-8999-999999999999";
        const Result r = waitForResult(client()->updateCredentials(unknown, password("x")));
        QCOMPARE(r.kind, Result::Kind::ApiErrors);
        QCOMPARE(r.httpStatus, 404);
        QCOMPARE(r.errors.at(0).code, QString("not_found"));
        QVERIFY(r.message.contains("right environment"));
    }

    void numericMfaThenAcceptedToken()
    {
        BelvoClient *c = client();
        const Result mfa = waitForResult(c->updateCredentials(kNumeric, password("numeric_code")));
        QCOMPARE(mfa.kind, Result::Kind::Mfa);
        QCOMPARE(mfa.httpStatus, 428);
        QCOMPARE(mfa.mfa.type, TokenType::Numeric);
        QCOMPARE(mfa.mfa.value, QString("4321"));
        QCOMPARE(mfa.mfa.expirySeconds, 600);
        QCOMPARE(mfa.mfa.link, kNumeric);
        QVERIFY(mfa.mfa.expectsUserInput);
        QCOMPARE(mfa.mfa.session.size(), 32);
        QCOMPARE(mfa.mfa.requestId, requestIdOf(m_sim->lastRequest()));
        QVERIFY(QJsonDocument::fromJson(m_sim->lastRequest().responseBody).isArray());

        const Result done = waitForResult(c->resumeSession(kNumeric, mfa.mfa.session, "111111"));
        const BelvoSimulator::Request req = m_sim->lastRequest();
        QCOMPARE(req.method, QByteArray("PATCH"));
        QCOMPARE(req.path, QString("/api/links/"));
        QCOMPARE(req.header("content-type"), QByteArray("application/json"));
        QCOMPARE(req.header("authorization"), basicAuth("demo-secret-id", "demo-secret-password"));
        QCOMPARE(
            req.json(),
            QJsonObject({{"session", mfa.mfa.session}, {"token", "111111"}, {"link", kNumeric}}));
        QCOMPARE(done.kind, Result::Kind::Link);
        QCOMPARE(done.httpStatus, 201);
        QCOMPARE(done.link.status, QString("valid"));
    }

    void qrMfaInTheDocumentedShape()
    {
        m_sim->setSessionLifetimeSeconds(720);
        const Result mfa = waitForResult(client()->updateCredentials(kQr, password("qr_code")));
        const QJsonDocument answer = QJsonDocument::fromJson(m_sim->lastRequest().responseBody);
        QVERIFY(answer.isArray());
        QVERIFY(answer.array().at(0).toObject().value("expiry").isDouble());
        QCOMPARE(mfa.kind, Result::Kind::Mfa);
        QCOMPARE(mfa.mfa.type, TokenType::Qr);
        QCOMPARE(mfa.mfa.value, QString("HEIMDALL-AUTH:8f3a1c9e2b7d"));
        QCOMPARE(mfa.mfa.expirySeconds, 720);
    }

    // Fault injection: the bare object with a string expiry of older APIs and Belvo's MFA guide.
    void qrMfaInTheLegacyShape()
    {
        m_sim->setSessionLifetimeSeconds(720);
        m_sim->setLegacyMfaShape(true);
        const Result mfa = waitForResult(client()->updateCredentials(kQr, password("qr_code")));
        QVERIFY(QJsonDocument::fromJson(m_sim->lastRequest().responseBody).isObject());
        QCOMPARE(QJsonDocument::fromJson(m_sim->lastRequest().responseBody)
                     .object()
                     .value("expiry")
                     .toString(),
                 QString("720"));
        QCOMPARE(mfa.kind, Result::Kind::Mfa);
        QCOMPARE(mfa.mfa.type, TokenType::Qr);
        QCOMPARE(mfa.mfa.typeName, QString("QR code"));
        QCOMPARE(mfa.mfa.value, QString("HEIMDALL-AUTH:8f3a1c9e2b7d"));
        QCOMPARE(mfa.mfa.expirySeconds, 720);
    }

    void inputlessMfaResumesWithoutToken()
    {
        BelvoClient *c = client();
        const Result mfa = waitForResult(c->updateCredentials(kInputless, password("pass_valid")));
        QCOMPARE(mfa.kind, Result::Kind::Mfa);
        QCOMPARE(mfa.mfa.type, TokenType::Inputless);
        QVERIFY(!mfa.mfa.expectsUserInput);
        const Result done = waitForResult(c->resumeSession(kInputless, mfa.mfa.session, {}));
        QCOMPARE(m_sim->lastRequest().json(),
                 QJsonObject({{"session", mfa.mfa.session}, {"link", kInputless}}));
        QCOMPARE(done.kind, Result::Kind::Link);
        QCOMPARE(done.link.status, QString("valid"));
    }

    void rejectedTokenGivesANew428()
    {
        BelvoClient *c = client();
        const Result first =
            waitForResult(c->updateCredentials(kNumeric, password("numeric_code")));
        const Result again = waitForResult(c->resumeSession(kNumeric, first.mfa.session, "999999"));
        QCOMPARE(again.kind, Result::Kind::Mfa);
        QCOMPARE(again.httpStatus, 428);
        QVERIFY(again.mfa.session != first.mfa.session);
        const Result done = waitForResult(c->resumeSession(kNumeric, again.mfa.session, "111111"));
        QCOMPARE(done.kind, Result::Kind::Link);
    }

    void expiredSession()
    {
        BelvoClient *c = client();
        const Result mfa = waitForResult(c->updateCredentials(kNumeric, password("numeric_code")));
        m_sim->expireSessions();
        const Result r = waitForResult(c->resumeSession(kNumeric, mfa.mfa.session, "111111"));
        QCOMPARE(r.kind, Result::Kind::ApiErrors);
        QCOMPARE(r.httpStatus, 400);
        QCOMPARE(r.errors.at(0).code, QString("session_expired"));
        QCOMPARE(r.message, QString("The MFA session timed out. Start the update again."));
    }

    void mfaWithoutTokenGenerationData()
    {
        m_sim->enqueueResponse({428,
                                "[{\"code\":\"token_required\",\"message\":\"Enter the token\","
                                "\"session\":\"abc123\",\"link\":\"" +
                                    kValid.toLatin1() + "\",\"request_id\":\"r\"}]",
                                {}});
        const Result r = waitForResult(client()->updateCredentials(kValid, password("p")));
        QCOMPARE(r.kind, Result::Kind::Mfa);
        QVERIFY(!r.mfa.hasTokenGenerationData);
        QCOMPARE(r.mfa.instructions, QString("Enter the token"));
        QCOMPARE(r.message, QString("The bank asks for an MFA token. Enter the token"));
    }

    void getLinkAndInstitution()
    {
        BelvoClient *c = client();
        const Result link = waitForResult(c->getLink(kValid));
        QCOMPARE(m_sim->lastRequest().method, QByteArray("GET"));
        QCOMPARE(m_sim->lastRequest().path, "/api/links/" + kValid + "/");
        QCOMPARE(link.kind, Result::Kind::Link);
        QCOMPARE(link.link.status, QString("invalid"));

        const Result inst = waitForResult(c->getInstitution(link.link.institution));
        QCOMPARE(m_sim->lastRequest().path, QString("/api/institutions/"));
        QCOMPARE(m_sim->lastRequest().query.toString(), QString("name=erebor_mx_retail"));
        QCOMPARE(inst.kind, Result::Kind::Institution);
        QCOMPARE(inst.institution.displayName, QString("Erebor Mexico"));
        QCOMPARE(inst.institution.formFields.size(), 3);
        QCOMPARE(inst.institution.formFields.at(2).name, QString("password2"));
        QCOMPARE(inst.institution.formFields.at(2).validation, QString("^\\d{4}$"));

        const Result missing = waitForResult(c->getInstitution("nowhere_xx"));
        QCOMPARE(missing.kind, Result::Kind::Failure);
        QCOMPARE(missing.failure, Failure::Malformed);
    }

    void testConnectionChecksTheKeys()
    {
        const Result ok = waitForResult(client()->testConnection());
        QCOMPARE(m_sim->lastRequest().method, QByteArray("GET"));
        QCOMPARE(m_sim->lastRequest().path, QString("/api/links/"));
        QCOMPARE(m_sim->lastRequest().query.toString(), QString("page_size=1"));
        QCOMPARE(ok.kind, Result::Kind::Connected);
        QCOMPARE(ok.message, QString("Connected: Belvo accepted these keys."));
        ClientConfig c = configFor(*m_sim);
        c.secretId = "someone-else";
        const Result bad = waitForResult(client(c)->testConnection());
        QCOMPARE(bad.kind, Result::Kind::ApiErrors);
        QCOMPARE(bad.httpStatus, 401);
    }

    void refusedInputsSendNothing_data()
    {
        QTest::addColumn<QString>("linkId");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("pass");
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("message");
        const QString ok = BelvoSimulator::kValidLinkId;
        QTest::newRow("not a uuid") << "12345"
                                    << ""
                                    << "p"
                                    << ""
                                    << "\"12345\" is not a link id. A link id looks like "
                                       "3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c.";
        QTest::newRow("path injection")
            << "../institutions/?x="
            << ""
            << "p"
            << ""
            << "\"../institutions/?x=\" is not a link id. A link id looks like "
               "3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c.";
        QTest::newRow("http to a remote host")
            << ok << "http://api.belvo.com"
            << "p"
            << ""
            << "Plain http:// would send the secret keys unencrypted; it is only allowed for this "
               "computer (127.0.0.1, ::1, localhost). Use an https:// URL.";
        QTest::newRow("certificate without key")
            << ok << ""
            << "p"
            << "QUJD"
            << "A certificate and a private key go together: give both or neither.";
        QTest::newRow("nothing to send") << ok << ""
                                         << ""
                                         << ""
                                         << "Fill in at least the password before updating.";
        QTest::newRow("control character")
            << ok << ""
            << "a\nb"
            << ""
            << "The field password contains a control character or an invalid character. "
               "Retype it instead of pasting it.";
    }
    void refusedInputsSendNothing()
    {
        QFETCH(QString, linkId);
        QFETCH(QString, baseUrl);
        QFETCH(QString, pass);
        QFETCH(QString, certificate);
        QFETCH(QString, message);
        ClientConfig c = configFor(*m_sim);
        if (!baseUrl.isEmpty())
            c.baseUrl = QUrl(baseUrl);
        UpdateFields f = password(pass);
        f.certificate = certificate;
        const Result r = waitForResult(client(c)->updateCredentials(linkId, f));
        QCOMPARE(r.kind, Result::Kind::Failure);
        QCOMPARE(r.failure, Failure::Refused);
        QCOMPARE(r.message, message);
        QCOMPARE(m_sim->requests().size(), 0);
    }

    void missingKeysAreRefused()
    {
        ClientConfig c = configFor(*m_sim);
        c.secretId.clear();
        const Result r = waitForResult(client(c)->getLink(kValid));
        QCOMPARE(r.failure, Failure::Refused);
        QCOMPARE(r.message, QString("No secret keys are set for this environment. Add them in "
                                    "Settings, or set BELVO_SECRET_ID and BELVO_SECRET_PASSWORD."));
        QCOMPARE(m_sim->requests().size(), 0);
    }

    void resumeRefusesBadSessionAndEmptyToken()
    {
        BelvoClient *c = client();
        const Result badSession = waitForResult(c->resumeSession(kNumeric, "x/../y", "111111"));
        QCOMPARE(badSession.failure, Failure::Refused);
        const Result emptyToken = waitForResult(c->resumeSession(kNumeric, "abc", "  "));
        QCOMPARE(emptyToken.failure, Failure::Refused);
        QCOMPARE(emptyToken.message, QString("Enter the token the bank gave the customer."));
        QCOMPARE(m_sim->requests().size(), 0);
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ClientConfig c = configFor(*m_sim);
        c.baseUrl = QUrl(QString("http://127.0.0.1:%1").arg(port));
        const Result r = waitForResult(client(c)->getLink(kValid));
        QCOMPARE(r.kind, Result::Kind::Failure);
        QCOMPARE(r.failure, Failure::ConnectionRefused);
        QCOMPARE(r.message, QString("Could not connect to 127.0.0.1:%1: the connection was "
                                    "refused. Check the environment or base URL and your "
                                    "network.")
                                .arg(port));
    }

    void hostNotFound()
    {
        ClientConfig c = configFor(*m_sim);
        c.baseUrl = QUrl("https://relink-test-host.invalid");
        const Result r = waitForResult(client(c)->getLink(kValid), 30'000);
        QCOMPARE(r.failure, Failure::HostNotFound);
        QCOMPARE(r.message, QString("The server relink-test-host.invalid could not be found. "
                                    "Check the base URL and your network connection."));
    }

    void resetInTheMiddleOfTheBody()
    {
        m_sim->setNextFault(BelvoSimulator::Fault::ResetMidBody);
        const Result r = waitForResult(client()->updateCredentials(kValid, password("pass_valid")));
        QCOMPARE(r.kind, Result::Kind::Failure);
        QCOMPARE(r.failure, Failure::ConnectionClosed);
    }

    void serverThatNeverAnswersTimesOut()
    {
        m_sim->setNextFault(BelvoSimulator::Fault::NeverAnswer);
        ClientConfig c = configFor(*m_sim);
        c.timeoutMs = 1000;
        const Result r =
            waitForResult(client(c)->updateCredentials(kValid, password("pass_valid")));
        QCOMPARE(r.failure, Failure::Timeout);
        QCOMPARE(r.message, QString("No answer from 127.0.0.1:%1 within 1 second(s). The bank "
                                    "may be slow: check the link's status, then try again.")
                                .arg(m_sim->baseUrl().port()));
        QCOMPARE(m_sim->requests().size(), 1); // sent once, never retried
    }

    void slowTrickleStillArrives()
    {
        m_sim->setNextFault(BelvoSimulator::Fault::Trickle, 1);
        const Result r = waitForResult(client()->getLink(kValid), 30'000);
        QCOMPARE(r.kind, Result::Kind::Link);
        QCOMPARE(r.link.id, kValid);
    }

    void cancelMidRequest()
    {
        m_sim->setNextFault(BelvoSimulator::Fault::NeverAnswer);
        Operation *op = client()->updateCredentials(kValid, password("pass_valid"));
        QSignalSpy spy(op, &Operation::finished);
        QTRY_COMPARE(m_sim->requests().size(), 1);
        op->cancel();
        op->cancel(); // twice: still one result
        QTRY_COMPARE(spy.size(), 1);
        const Result r = spy.at(0).at(0).value<Result>();
        QCOMPARE(r.failure, Failure::Cancelled);
        QCOMPARE(r.message, QString("Cancelled. The request may already have reached Belvo; "
                                    "check the link's status before trying again."));
    }

    void hugeBodyIsStoppedAtTheCap()
    {
        // Peak memory, reset first (Linux: writing 5 to clear_refs resets VmHWM).
        auto peakKiB = [] {
            QFile status("/proc/self/status");
            if (!status.open(QIODevice::ReadOnly))
                return -1LL;
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    return line.mid(6).trimmed().split(' ').value(0).toLongLong();
            }
            return -1LL;
        };
        QFile clear("/proc/self/clear_refs");
        QVERIFY(clear.open(QIODevice::WriteOnly) && clear.write("5") == 1);
        clear.close();
        const qint64 before = peakKiB();
        m_sim->setNextFault(BelvoSimulator::Fault::HugeBody, 64);
        const Result r = waitForResult(client()->getLink(kValid), 60'000);
        const qint64 growth = peakKiB() - before;
        QVERIFY2(growth < 48 * 1024, qPrintable(QString("peak grew by %1 KiB").arg(growth)));
        QCOMPARE(r.failure, Failure::Oversized);
        QCOMPARE(r.message, QString("The answer from 127.0.0.1:%1 was larger than 8 MiB and was "
                                    "stopped. This is not a normal Belvo answer: check the base "
                                    "URL.")
                                .arg(m_sim->baseUrl().port()));
    }

    // Large answers are read a slice per event-loop pass; every byte must arrive, in order, for
    // successes and for errors alike. The padding differs at every position, so a lost, doubled
    // or reordered slice shows.
    static QString positionalPadding(int size)
    {
        QString padding;
        padding.reserve(size);
        for (int i = 0; padding.size() < size; ++i)
            padding += QString::number(i) + QLatin1Char(',');
        padding.truncate(size);
        return padding;
    }

    void largeButAcceptableBodyArrives()
    {
        QJsonObject link =
            QJsonDocument::fromJson("{\"id\":\"" + kValid.toLatin1() + "\",\"status\":\"valid\"}")
                .object();
        const QString padding = positionalPadding(4 * 1024 * 1024 + 17);
        link.insert("padding", padding);
        m_sim->enqueueResponse({200, QJsonDocument(link).toJson(QJsonDocument::Compact), {}});
        const Result r = waitForResult(client()->getLink(kValid), 60'000);
        QCOMPARE(r.kind, Result::Kind::Link);
        QCOMPARE(r.link.status, QString("valid"));
        QVERIFY(r.link.raw.value("padding").toString() == padding); // not QCOMPARE: 4 MiB
    }

    void largeErrorAnswerArrivesWhole()
    {
        QJsonObject error{{"code", "invalid"},
                          {"message", "This field is not valid."},
                          {"field", "password"},
                          {"request_id", "big-answer-request"}};
        error.insert("padding", positionalPadding(3 * 1024 * 1024 + 5));
        m_sim->enqueueResponse(
            {400, QJsonDocument(QJsonArray{error}).toJson(QJsonDocument::Compact), {}});
        const Result r = waitForResult(client()->updateCredentials(kValid, password("x")), 60'000);
        QCOMPARE(r.kind, Result::Kind::ApiErrors);
        QCOMPARE(r.httpStatus, 400);
        QCOMPARE(r.requestIds(), QStringList{"big-answer-request"});
    }

    void redirectIsNotFollowed()
    {
        BelvoSimulator other;
        QVERIFY(other.listen());
        m_sim->enqueueResponse(
            {302, "", {{"Location", other.baseUrl().toString().toLatin1() + "/api/links/"}}});
        const Result r = waitForResult(client()->updateCredentials(kValid, password("pass_valid")));
        QCOMPARE(r.failure, Failure::Redirect);
        QCOMPARE(r.message, QString("127.0.0.1:%1 answered with a redirect (HTTP 302). Relink "
                                    "does not follow redirects, so the secret keys never go "
                                    "elsewhere; check the base URL.")
                                .arg(m_sim->baseUrl().port()));
        QCOMPARE(other.requests().size(), 0);
    }

    void malformedSuccessBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("not json") << QByteArray("{\"id\": ") << QByteArray("application/json");
        QTest::newRow("invalid utf8")
            << QByteArray("{\"id\":\"\xff\xfe\xfd\"") << QByteArray("application/json");
        QTest::newRow("html") << QByteArray("<html>hello</html>") << QByteArray("text/html");
        QTest::newRow("not a link") << QByteArray("{\"hello\":1}") << QByteArray("text/plain");
    }
    void malformedSuccessBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        m_sim->enqueueResponse({200, body, {{"Content-Type", contentType}}});
        const Result r = waitForResult(client()->getLink(kValid));
        QCOMPARE(r.kind, Result::Kind::Failure);
        QCOMPARE(r.failure, Failure::Malformed);
        QVERIFY2(r.message.startsWith("Belvo's answer (HTTP 200) could not be read: "),
                 qPrintable(r.message));
    }

    void wrongContentTypeWithAValidLinkIsAccepted()
    {
        m_sim->enqueueResponse(
            {200, "{\"id\":\"" + kValid.toLatin1() + "\"}", {{"Content-Type", "text/plain"}}});
        QCOMPARE(waitForResult(client()->getLink(kValid)).kind, Result::Kind::Link);
    }

    void successStatusWithAnErrorArray()
    {
        m_sim->enqueueResponse(
            {200,
             "[{\"code\":\"institution_down\",\"message\":\"Down\",\"request_id\":\"r1\"}]",
             {}});
        const Result r = waitForResult(client()->updateCredentials(kValid, password("pass_valid")));
        QCOMPARE(r.kind, Result::Kind::ApiErrors);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.errors.at(0).code, QString("institution_down"));
        QCOMPARE(r.requestIds(), QStringList({"r1"}));
    }

    void untrustedCertificateIsRefused()
    {
        QTemporaryDir dir;
        const TestCertificate tls = makeCertificate(dir);
        QVERIFY(!tls.certificate.isNull());
        m_sim->useTls(tls.certificate, tls.key);
        QCOMPARE(m_sim->baseUrl().scheme(), QString("https"));
        const Result r = waitForResult(client()->updateCredentials(kValid, password("pass_valid")));
        QCOMPARE(r.kind, Result::Kind::Failure);
        QCOMPARE(r.failure, Failure::Tls);
        QVERIFY2(r.message.startsWith(QString("The secure connection to 127.0.0.1:%1 could not be "
                                              "trusted: The certificate is self-signed, and "
                                              "untrusted")
                                          .arg(m_sim->baseUrl().port())),
                 qPrintable(r.message));
        QVERIFY(r.message.endsWith("Relink never ignores certificate problems; if your network "
                                   "inspects TLS, ask your IT team to install its CA "
                                   "certificate."));
        QCOMPARE(m_sim->requests().size(), 0); // no credential left the machine
    }

    void explicitlyTrustedCertificateWorks()
    {
        QTemporaryDir dir;
        const TestCertificate tls = makeCertificate(dir);
        m_sim->useTls(tls.certificate, tls.key);
        ClientConfig c = configFor(*m_sim);
        c.extraCaCertificates = {tls.certificate};
        const Result r =
            waitForResult(client(c)->updateCredentials(kValid, password("pass_valid")));
        QCOMPARE(r.kind, Result::Kind::Link);
        QCOMPARE(m_sim->lastRequest().body, QByteArray("{\"password\":\"pass_valid\"}"));
    }

    void redirectToAnotherOriginCarriesNoSecret()
    {
        BelvoSimulator other;
        QVERIFY(other.listen());
        for (int status : {301, 302, 307, 308}) {
            m_sim->enqueueResponse(
                {status, "", {{"Location", other.baseUrl().toString().toLatin1()}}});
            const Result r = waitForResult(client()->updateCredentials(kValid, password("pw")));
            QCOMPARE(r.failure, Failure::Redirect);
        }
        QCOMPARE(other.requests().size(), 0);
    }

    void destroyingAnOperationMidFlightIsSilent()
    {
        m_sim->setNextFault(BelvoSimulator::Fault::NeverAnswer);
        Operation *op = client()->getLink(kValid);
        QSignalSpy spy(op, &Operation::finished);
        QTRY_COMPARE(m_sim->requests().size(), 1);
        delete op;
        QCOMPARE(spy.size(), 0);
    }

    void noSecretOrCredentialIsEverLogged()
    {
        const QString canaryId = "canary-id-7f3a", canaryPassword = "canary-secret-9b2c",
                      canaryCredential = "canary-cred-4d1e";
        m_sim->setKeys(canaryId, canaryPassword);
        QLoggingCategory::setFilterRules("relink.*=true");
        g_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
        ClientConfig c = configFor(*m_sim);
        c.secretId = canaryId;
        c.secretPassword = canaryPassword;
        BelvoClient *cl = client(c);
        UpdateFields f;
        f.password = canaryCredential;
        f.password2 = canaryCredential;
        waitForResult(cl->updateCredentials(kValid, f));
        const Result mfa = waitForResult(cl->updateCredentials(kNumeric, password("numeric_code")));
        waitForResult(cl->resumeSession(kNumeric, mfa.mfa.session, canaryCredential));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(g_messages.size() >= 3); // the events were logged…
        const QString all = g_messages.join('\n');
        for (const QString &canary : {canaryId, canaryPassword, canaryCredential})
            QVERIFY2(!all.contains(canary), qPrintable(all)); // …their values never
        QVERIFY(all.contains("password,password2"));
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_belvo_client.moc"
