// The simulator itself: what it keeps of the requests it received (demo mode keeps them in
// memory for the whole session), and its loopback server on its own.
#include "testsupport.h"

#include "fakepages.h"
#include "loopbackserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

using namespace relink;
using namespace relink::test;

namespace {

// Everything a kept request holds, as one string to search.
QByteArray everything(const BelvoSimulator::Request &r)
{
    QByteArray all = r.method + ' ' + r.path.toUtf8() + '?' + r.query.toString().toUtf8() + '\n';
    for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it)
        all += it.key() + ": " + it.value() + '\n';
    return all + r.body + '\n' + QJsonDocument(r.json()).toJson(QJsonDocument::Compact);
}

QNetworkReply *send(QNetworkAccessManager &nam, const QUrl &base, const QByteArray &verb,
                    const QString &path, const QByteArray &body = {})
{
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest req(url);
    req.setRawHeader("Authorization",
                     basicAuth(BelvoSimulator::kDemoSecretId, BelvoSimulator::kDemoSecretPassword));
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10'000))
        QTest::qFail("the simulator did not answer", __FILE__, __LINE__);
    return reply;
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

    BelvoSimulator *m_sim = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    bool m_recordedSecrets = false;

private slots:
    // testsupport.h switches every test binary into recording secrets; here the default applies.
    void initTestCase()
    {
        m_recordedSecrets = BelvoSimulator::recordsSecretsForTests();
        QVERIFY(m_recordedSecrets);
        BelvoSimulator::setRecordSecretsForTests(false);
    }
    void cleanupTestCase() { BelvoSimulator::setRecordSecretsForTests(m_recordedSecrets); }

    void init()
    {
        m_sim = new BelvoSimulator;
        QVERIFY(m_sim->listen());
        m_nam = new QNetworkAccessManager(m_sim);
    }
    void cleanup()
    {
        BelvoSimulator::setRecordSecretsForTests(false);
        delete m_sim;
        m_sim = nullptr;
    }

    void keptRequestsHoldNoCredentialByDefault()
    {
        const QString secretId = "kept-id-5c2e", secretPassword = "kept-key-8d41";
        const QString bankPassword = "kept-pass-3f9a", wrongToken = "kept-token-6b07";
        m_sim->setKeys(secretId, secretPassword);
        m_sim->setLinkPassword(kValid, bankPassword);
        ClientConfig config = configFor(*m_sim);
        config.secretId = secretId;
        config.secretPassword = secretPassword;
        BelvoClient client(m_nam, config);

        UpdateFields f;
        f.password = bankPassword;
        f.password2 = "kept-pin-2a61";
        f.token = "kept-sms-9e3d";
        f.encryptionKey = "kept-enc-4c18";
        f.usernameType = "001";
        f.certificate = "a2VwdC1jZXJ0LTdmNTI=";
        f.privateKey = "a2VwdC1rZXktMWI4Yw==";
        // The fake Belvo checked the real password and keys: the link is now valid.
        const Result put = waitForResult(client.updateCredentials(kValid, f));
        QCOMPARE(put.kind, Result::Kind::Link);
        QCOMPARE(put.httpStatus, 200);

        UpdateFields numeric;
        numeric.password = "numeric_code";
        const Result mfa = waitForResult(client.updateCredentials(kNumeric, numeric));
        QCOMPARE(mfa.kind, Result::Kind::Mfa);
        // The fake Belvo checked the real tokens: a wrong one gets a new challenge, the right one
        // resumes.
        const Result again =
            waitForResult(client.resumeSession(kNumeric, mfa.mfa.session, wrongToken));
        QCOMPARE(again.kind, Result::Kind::Mfa);
        const Result done = waitForResult(
            client.resumeSession(kNumeric, again.mfa.session, BelvoSimulator::kAcceptedToken));
        QCOMPARE(done.kind, Result::Kind::Link);
        QCOMPARE(done.httpStatus, 201);

        const QList<BelvoSimulator::Request> kept = m_sim->requests();
        QCOMPARE(kept.size(), 4);
        // What was asked, and what was answered, is kept.
        QCOMPARE(kept.at(0).method, QByteArray("PUT"));
        QCOMPARE(kept.at(0).path, "/api/links/" + kValid + "/");
        QCOMPARE(kept.at(0).responseStatus, 200);
        QCOMPARE(kept.at(0).header("content-type"), QByteArray("application/json"));
        QCOMPARE(kept.at(0).json(), QJsonObject({{"password", "[redacted]"},
                                                 {"password2", "[redacted]"},
                                                 {"token", "[redacted]"},
                                                 {"encryption_key", "[redacted]"},
                                                 {"username_type", "001"},
                                                 {"certificate", "[redacted]"},
                                                 {"private_key", "[redacted]"}}));
        QCOMPARE(kept.at(1).json(), QJsonObject({{"password", "[redacted]"}}));
        for (int i : {2, 3}) {
            QCOMPARE(kept.at(i).method, QByteArray("PATCH"));
            QCOMPARE(kept.at(i).path, QString("/api/links/"));
            QCOMPARE(kept.at(i).json(),
                     QJsonObject({{"session", i == 2 ? mfa.mfa.session : again.mfa.session},
                                  {"token", "[redacted]"},
                                  {"link", kNumeric}}));
        }
        QCOMPARE(kept.at(2).responseStatus, 428);
        QCOMPARE(kept.at(3).responseStatus, 201);
        // No value of a credential or of the keys is kept anywhere in a request.
        const QByteArray auth = basicAuth(secretId, secretPassword);
        for (const BelvoSimulator::Request &r : kept) {
            QCOMPARE(r.header("authorization"), QByteArray("[redacted]"));
            const QByteArray all = everything(r);
            for (const QByteArray &secret :
                 {auth, auth.mid(6), secretId.toUtf8(), secretPassword.toUtf8(),
                  bankPassword.toUtf8(), wrongToken.toUtf8(), QByteArray("numeric_code"),
                  f.password2.toUtf8(), f.token.toUtf8(), f.encryptionKey.toUtf8(),
                  f.certificate.toUtf8(), f.privateKey.toUtf8()})
                QVERIFY2(!all.contains(secret), all.constData());
        }
    }

    void aBodyThatIsNotJsonIsNotKept()
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply =
            send(nam, m_sim->baseUrl(), "PUT", "/api/links/" + kValid + "/", "password=kept-7e21");
        // The fake Belvo read the real body…
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(reply->readAll().contains("JSON parse error"));
        delete reply;
        // …and nothing of it is kept.
        QCOMPARE(m_sim->lastRequest().body, QByteArray("[redacted]"));
        QCOMPARE(m_sim->lastRequest().responseStatus, 400);
    }

    void onlyTheLastRequestsAreKept()
    {
        QSignalSpy handled(m_sim, &BelvoSimulator::requestHandled);
        const int total = BelvoSimulator::kKeptRequests + 3;
        QNetworkAccessManager nam;
        for (int i = 0; i < total; ++i)
            delete send(nam, m_sim->baseUrl(), "GET", QString("/api/links/request-%1/").arg(i));
        const QList<BelvoSimulator::Request> kept = m_sim->requests();
        QCOMPARE(kept.size(), BelvoSimulator::kKeptRequests);
        QCOMPARE(kept.first().path, QString("/api/links/request-3/"));
        QCOMPARE(kept.last().path, QString("/api/links/request-%1/").arg(total - 1));
        QCOMPARE(kept.last().responseStatus, 404);
        QCOMPARE(handled.size(), total);
        QCOMPARE(handled.last().at(0).toInt(), BelvoSimulator::kKeptRequests - 1);
    }

    void testRecordingKeepsTheValues()
    {
        BelvoSimulator::setRecordSecretsForTests(true);
        BelvoClient client(m_nam, configFor(*m_sim));
        UpdateFields f;
        f.password = "pass_valid";
        QCOMPARE(waitForResult(client.updateCredentials(kValid, f)).kind, Result::Kind::Link);
        QCOMPARE(m_sim->lastRequest().body, QByteArray("{\"password\":\"pass_valid\"}"));
        QCOMPARE(m_sim->lastRequest().header("authorization"),
                 basicAuth(BelvoSimulator::kDemoSecretId, BelvoSimulator::kDemoSecretPassword));
    }

    // The server on its own serves whatever its handler answers; it knows nothing of Belvo.
    // Belvo caps page_size at 1000 (belvo-api.md, "Listing links"); the account of the
    // simulator holds fewer links, so the cap is proven on a longer list here.
    void pagesCapTheSizeAt1000()
    {
        QJsonArray items;
        for (int i = 0; i < 2500; ++i)
            items.append(QJsonObject{{"n", i}});
        const QUrl origin("http://127.0.0.1:4321");
        QJsonObject page;
        QVERIFY(FakePages::page(items, origin, "/api/things/",
                                QUrlQuery("page_size=5000&status=valid&page=2"), &page));
        QCOMPARE(page.value("count").toInt(), 2500);
        const QJsonArray results = page.value("results").toArray();
        QCOMPARE(results.size(), 1000);
        QCOMPARE(results.first().toObject().value("n").toInt(), 1000);
        QCOMPARE(page.value("next").toString(),
                 QString("http://127.0.0.1:4321/api/things/?page_size=5000&status=valid&page=3"));
        QCOMPARE(page.value("previous").toString(),
                 QString("http://127.0.0.1:4321/api/things/?page_size=5000&status=valid"));
        QVERIFY(FakePages::page(items, origin, "/api/things/", QUrlQuery("page_size=5000&page=3"),
                                &page));
        QCOMPARE(page.value("results").toArray().size(), 500);
        QVERIFY(page.value("next").isNull());
        QVERIFY(!FakePages::page(items, origin, "/api/things/", QUrlQuery("page_size=5000&page=4"),
                                 &page));
    }

    void loopbackServerServesItsHandler()
    {
        LoopbackServer server([](const LoopbackServer::Request &r) {
            return LoopbackServer::Answer{
                207, "you asked for " + r.path.toUtf8(), {{"Content-Type", "text/plain"}}};
        });
        QVERIFY(server.listen());
        QList<QByteArray> answered;
        connect(&server, &LoopbackServer::answered, this,
                [&answered](const LoopbackServer::Request &r, const LoopbackServer::Answer &a) {
                    answered << r.method + ' ' + r.path.toUtf8() + ' ' +
                                    QByteArray::number(a.status);
                });
        QNetworkAccessManager nam;
        QNetworkReply *reply = send(nam, server.baseUrl(), "GET", "/anything/");
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 207);
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                 QString("text/plain"));
        QCOMPARE(reply->readAll(), QByteArray("you asked for /anything/"));
        delete reply;
        QCOMPARE(answered, QList<QByteArray>{"GET /anything/ 207"});
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
