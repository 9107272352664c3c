// The hand-off against the simulator on 127.0.0.1: the exact widget-token request, the URL the
// customer gets, and the flow's one outcome with what the history keeps of it (never a token).
#include "testsupport.h"

#include "handoffdesk.h"
#include "handoffflow.h"
#include "historyservice.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QScopeGuard>

using namespace relink;
using namespace relink::test;

namespace {
const QString kScopes = QStringLiteral("read_institutions,write_links,read_links");
const QString kUnknown = QStringLiteral("0b8e3f4a-9c2d-4e6f-8a1b-3c5d7e9f1a2b");
} // namespace

class TestHandoff : public QObject
{
    Q_OBJECT

    BelvoSimulator *m_sim = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    BelvoClient *m_client = nullptr;
    HistoryService *m_history = nullptr; // what the flows record to
    HistoryStore *m_store = nullptr;     // what a reader sees in the same file
    QTemporaryDir m_dir;

    QList<HistoryEntry> history()
    {
        m_history->waitForWrites(10'000); // the flows record on the history's thread
        return m_store->entries();
    }

    // The link is checked first (GET); the next request (the token's) gets `canned`.
    void failTheTokenWith(const BelvoSimulator::Canned &canned)
    {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_sim, &BelvoSimulator::requestHandled, this, [this, once, canned](int i) {
            if (m_sim->requests().at(i).method != "GET")
                return;
            disconnect(*once);
            m_sim->enqueueResponse(canned);
        });
    }

    HandoffFlow *newFlow()
    {
        return new HandoffFlow(m_client, {QStringLiteral("demo"), m_history});
    }

    // Waits for the one outcome; checks that no second one follows and that the flow goes.
    static HandoffOutcome outcomeOf(HandoffFlow *flow, QSignalSpy &spy, int timeoutMs = 10'000)
    {
        QSignalSpy gone(flow, &QObject::destroyed);
        if (spy.isEmpty() && !spy.wait(timeoutMs)) {
            QTest::qFail("the hand-off did not end", __FILE__, __LINE__);
            return {};
        }
        if (!gone.wait(5000))
            QTest::qFail("the hand-off outlived its outcome", __FILE__, __LINE__);
        if (spy.size() != 1)
            QTest::qFail("the hand-off ended more than once", __FILE__, __LINE__);
        return spy.at(0).at(0).value<HandoffOutcome>();
    }

    // The tokens the simulator gave, from its answers (this test binary keeps them).
    QStringList tokensGiven(const char *which) const
    {
        QStringList tokens;
        for (const BelvoSimulator::Request &r : m_sim->requests()) {
            if (r.path == QLatin1String("/api/token/"))
                tokens << QJsonDocument::fromJson(r.responseBody)
                              .object()
                              .value(QString::fromLatin1(which))
                              .toString();
        }
        return tokens;
    }

    void fixTheLink(const QString &linkId)
    {
        BelvoClient other(m_nam, configFor(*m_sim));
        QCOMPARE(waitForResult(other.updateCredentials(linkId, password("pass_valid"))).kind,
                 Result::Kind::Link);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sim = new BelvoSimulator;
        QVERIFY(m_sim->listen());
        m_nam = new QNetworkAccessManager(m_sim);
        m_client = new BelvoClient(m_nam, configFor(*m_sim), m_sim);
        QFile::remove(m_dir.filePath("history.sqlite"));
        m_store = new HistoryStore(m_sim);
        QVERIFY(m_store->open(m_dir.filePath("history.sqlite")));
        m_history = new HistoryService(m_sim);
        m_history->setLocation(*HistoryLocation::parse(m_dir.filePath("history.sqlite")).value);
    }
    void cleanup()
    {
        delete m_sim;
        m_sim = nullptr;
    }

    void tokenRequestIsExactlyAsBelvoDocumentsIt()
    {
        const Result r = waitForResult(m_client->createWidgetToken(kValid.toUpper()));
        QVERIFY2(r.kind == Result::Kind::WidgetToken, qPrintable(r.message));
        QCOMPARE(m_sim->requests().size(), 1);
        const BelvoSimulator::Request req = m_sim->lastRequest();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QString("/api/token/"));
        QCOMPARE(req.header("content-type"), QByteArray("application/json"));
        QCOMPARE(req.header("accept"), QByteArray("application/json"));
        // The keys go in the body, as Belvo's example: no Authorization header at all.
        QVERIFY(!req.headers.contains("authorization"));
        QCOMPARE(req.json().keys(), QStringList({"id", "link_id", "password", "scopes"}));
        QCOMPARE(req.json(), QJsonObject({{"id", "demo-secret-id"},
                                          {"password", "demo-secret-password"},
                                          {"link_id", kValid},
                                          {"scopes", kScopes}}));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.widgetToken.access, tokensGiven("access").value(0));
        QVERIFY(!r.widgetToken.access.isEmpty());
        QCOMPARE(r.widgetToken.expiresInSeconds, 600); // the simulator, like Belvo, says nothing
        QVERIFY(r.isSuccess());
        QCOMPARE(r.message, QString("A hand-off link for the customer is ready; it works for 10 "
                                    "minute(s)."));
    }

    void tokenLifetimeComesFromTheAnswer()
    {
        m_sim->enqueueResponse(
            {201, "{\"access\":\"a.b.c\",\"refresh\":\"d.e.f\",\"expires_in\":90}", {}});
        const Result r = waitForResult(m_client->createWidgetToken(kValid));
        QCOMPARE(r.kind, Result::Kind::WidgetToken);
        QCOMPARE(r.widgetToken.access, QString("a.b.c"));
        QCOMPARE(r.widgetToken.expiresInSeconds, 90);
        QCOMPARE(r.message,
                 QString("A hand-off link for the customer is ready; it works for 90 second(s)."));
    }

    void tokenFailures()
    {
        // Wrong keys: Belvo's 401.
        ClientConfig wrong = configFor(*m_sim);
        wrong.secretPassword = "wrong";
        BelvoClient wrongKeys(m_nam, wrong);
        Result r = waitForResult(wrongKeys.createWidgetToken(kValid));
        QCOMPARE(r.kind, Result::Kind::ApiErrors);
        QCOMPARE(r.httpStatus, 401);
        QCOMPARE(r.errors.at(0).code, QString("authentication_failed"));
        // A link this account does not have.
        r = waitForResult(m_client->createWidgetToken(kUnknown));
        QCOMPARE(r.httpStatus, 400);
        QCOMPARE(r.errors.at(0).code, QString("does_not_exist"));
        QCOMPARE(r.errors.at(0).field, QString("link_id"));
        // A 2xx without an access token.
        m_sim->enqueueResponse({200, "{\"refresh\":\"x\"}", {}});
        r = waitForResult(m_client->createWidgetToken(kValid));
        QCOMPARE(r.failure, Failure::Malformed);
        QCOMPARE(r.message, QString("Belvo's answer (HTTP 200) could not be read: The answer has "
                                    "no access token for the widget. Check the base URL; if it "
                                    "is right, report this to Belvo."));
        // A redirect is never followed: the keys in the body stay home.
        BelvoSimulator other;
        QVERIFY(other.listen());
        m_sim->enqueueResponse({307, "", {{"Location", other.baseUrl().toString().toLatin1()}}});
        r = waitForResult(m_client->createWidgetToken(kValid));
        QCOMPARE(r.failure, Failure::Redirect);
        QCOMPARE(other.requests().size(), 0);
    }

    void aBadIdOrNoKeysSendNothing()
    {
        Result r = waitForResult(m_client->createWidgetToken("3f1a6c2e"));
        QCOMPARE(r.failure, Failure::Refused);
        QCOMPARE(r.message, QString("\"3f1a6c2e\" is not a link id. A link id looks like "
                                    "3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c."));
        QCOMPARE(m_client->handoffProblem("3f1a6c2e"), r.message);
        QCOMPARE(m_client->handoffProblem(kValid), QString());
        ClientConfig noKeys = configFor(*m_sim);
        noKeys.secretId.clear();
        BelvoClient keyless(m_nam, noKeys);
        r = waitForResult(keyless.createWidgetToken(kValid));
        QCOMPARE(r.failure, Failure::Refused);
        QVERIFY2(r.message.startsWith("No secret keys are set for this environment."),
                 qPrintable(r.message));
        QCOMPARE(m_sim->requests().size(), 0);
    }

    void untrustedTlsIsRefused()
    {
        QTemporaryDir dir;
        const TestCertificate tls = makeCertificate(dir);
        QVERIFY(!tls.certificate.isNull());
        m_sim->useTls(tls.certificate, tls.key);
        BelvoClient https(m_nam, configFor(*m_sim));
        const Result r = waitForResult(https.createWidgetToken(kValid));
        QCOMPARE(r.failure, Failure::Tls);
        QCOMPARE(m_sim->requests().size(), 0); // the keys never left
    }

    void theWidgetUrl()
    {
        QCOMPARE(widgetLocales(), QStringList({"en", "es", "pt"}));
        const QUrl belvo = widgetBaseFor(QUrl("https://sandbox.belvo.com"));
        QCOMPARE(belvo, QUrl("https://widget.belvo.io/"));
        QCOMPARE(widgetBaseFor(QUrl("https://api.belvo.com")), belvo);
        QCOMPARE(widgetBaseFor(QUrl("http://127.0.0.1:8123")),
                 QUrl("http://127.0.0.1:8123/widget/"));
        QCOMPARE(widgetBaseFor(QUrl("http://localhost:8123/belvo/")),
                 QUrl("http://localhost:8123/belvo/widget/"));
        QCOMPARE(hostedWidgetUrl(belvo, "eyJh.eyJz.sig-_", "es").toEncoded(),
                 QByteArray("https://widget.belvo.io/?access_token=eyJh.eyJz.sig-_&locale=es"));
        QCOMPARE(hostedWidgetUrl(belvo, "a+b/c=d&e f%", "pt").toEncoded(),
                 QByteArray("https://widget.belvo.io/"
                            "?access_token=a%2Bb%2Fc%3Dd%26e%20f%25&locale=pt"));
        QCOMPARE(hostedWidgetUrl(belvo, "t", "en").toEncoded(),
                 QByteArray("https://widget.belvo.io/?access_token=t&locale=en"));
        QCOMPARE(hostedWidgetUrl(belvo, "t", "fr").toEncoded(),
                 QByteArray("https://widget.belvo.io/?access_token=t"));
    }

    void handOffThenValidOneAttemptAcrossARenewal()
    {
        ServerClock server(m_sim);
        HandoffFlow *flow = newFlow();
        QSignalSpy ready(flow, &HandoffFlow::tokenReady);
        QSignalSpy checked(flow, &HandoffFlow::checked);
        QSignalSpy finished(flow, &HandoffFlow::finished);
        flow->start(kValid, "es");
        QVERIFY(ready.wait(5000));
        const QString first = tokensGiven("access").value(0);
        const QString base = m_sim->baseUrl().toString() + "/widget/?access_token=" + first;
        QCOMPARE(ready.at(0).at(0).toUrl().toString(QUrl::FullyEncoded), base + "&locale=es");
        QCOMPARE(ready.at(0).at(1).toInt(), 600);
        QCOMPARE(history().value(0).outcome, QString("handed_off"));
        // Another language: the same token, nothing sent.
        flow->setLocale("pt");
        QCOMPARE(ready.size(), 2);
        QCOMPARE(ready.at(1).at(0).toUrl().toString(QUrl::FullyEncoded), base + "&locale=pt");
        QVERIFY(ready.at(1).at(1).toInt() >= 599 && ready.at(1).at(1).toInt() <= 600);
        QCOMPARE(m_sim->requests().size(), 2); // the link checked first, then the token
        QCOMPARE(m_sim->requests().at(0).method, QByteArray("GET"));

        flow->watch(QDeadlineTimer(60'000));
        QVERIFY(checked.wait(5000));
        QCOMPARE(checked.at(0).at(0).value<Result>().link.status, QString("invalid"));
        flow->renew(); // a new token: the watch keeps its pace
        QVERIFY(ready.wait(5000));
        const QString second = tokensGiven("access").value(1);
        QVERIFY(!second.isEmpty() && second != first);
        QVERIFY(ready.at(2).at(0).toUrl().toString(QUrl::FullyEncoded).contains(second));
        QCOMPARE(ready.at(2).at(0).toUrl().query(), "access_token=" + second + "&locale=pt");
        fixTheLink(kValid);
        const HandoffOutcome o = outcomeOf(flow, finished, 15'000);
        QCOMPARE(o.kind, HandoffOutcome::Kind::Valid);
        QCOMPARE(o.lastStatus, QString("valid"));
        QCOMPARE(o.link.id, kValid);
        QCOMPARE(server.polls.size(), 3); // the check before the token, then the watch's two
        QVERIFY2(server.gaps().at(1) >= LinkWatch::kMinimumIntervalMs,
                 qPrintable(QString::number(server.gaps().at(1))));

        const QList<HistoryEntry> h = history();
        QCOMPARE(h.size(), 1); // the customer's own update is not Relink's
        const HistoryEntry e = h.at(0);
        QCOMPARE(e.linkId, kValid);
        QCOMPARE(e.environment, QString("demo"));
        QCOMPARE(e.fields, QStringList());
        QCOMPARE(e.steps, QStringList({"TOKEN 200", "TOKEN 200", "WATCH valid"}));
        QCOMPARE(e.outcome, QString("success"));
        QCOMPARE(e.linkStatus, QString("valid"));
        QCOMPARE(e.httpStatus, 200);

        // No token and no key in the history's files.
        QStringList secrets = tokensGiven("access") + tokensGiven("refresh");
        secrets << BelvoSimulator::kDemoSecretPassword;
        QDirIterator it(m_dir.path(), QDir::Files);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            ++files;
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!data.contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
        QVERIFY(files > 0);
    }

    void stillInvalidAtTheDeadlineIsWaiting()
    {
        HandoffFlow *flow = newFlow();
        QSignalSpy ready(flow, &HandoffFlow::tokenReady);
        QSignalSpy finished(flow, &HandoffFlow::finished);
        flow->start(kQr, "en");
        QVERIFY(ready.wait(5000));
        flow->watch(QDeadlineTimer(1000));
        const HandoffOutcome o = outcomeOf(flow, finished);
        QCOMPARE(o.kind, HandoffOutcome::Kind::StillWaiting);
        QCOMPARE(o.lastStatus, QString("invalid"));
        const HistoryEntry e = history().value(0);
        QCOMPARE(e.steps, QStringList({"TOKEN 200", "WATCH invalid"}));
        QCOMPARE(e.outcome, QString("waiting"));
        QCOMPARE(e.linkStatus, QString("invalid"));
    }

    void cancelIsRecordedOnce()
    {
        HandoffFlow *flow = newFlow();
        QSignalSpy ready(flow, &HandoffFlow::tokenReady);
        QSignalSpy checked(flow, &HandoffFlow::checked);
        QSignalSpy finished(flow, &HandoffFlow::finished);
        flow->start(kQr, "en");
        QVERIFY(ready.wait(5000));
        flow->watch(QDeadlineTimer(60'000));
        QVERIFY(checked.wait(5000));
        flow->cancel();
        flow->cancel();
        const HandoffOutcome o = outcomeOf(flow, finished);
        QCOMPARE(o.kind, HandoffOutcome::Kind::Cancelled);
        QCOMPARE(o.message, "Stopped waiting for link " + kQr + "; it was last seen invalid.");
        const HistoryEntry e = history().value(0);
        QCOMPARE(e.steps, QStringList({"TOKEN 200", "WATCH invalid"}));
        QCOMPARE(e.outcome, QString("cancelled"));

        // Before any watch: a CANCEL step.
        flow = newFlow();
        QSignalSpy ready2(flow, &HandoffFlow::tokenReady);
        QSignalSpy finished2(flow, &HandoffFlow::finished);
        flow->start(kQr, "en");
        QVERIFY(ready2.wait(5000));
        flow->cancel();
        QCOMPARE(outcomeOf(flow, finished2).kind, HandoffOutcome::Kind::Cancelled);
        QCOMPARE(history().value(0).steps, QStringList({"TOKEN 200", "CANCEL 0"}));
        QCOMPARE(history().value(0).outcome, QString("cancelled"));
    }

    void aTokenThatFailsEndsIt()
    {
        HandoffFlow *flow = newFlow();
        QSignalSpy ready(flow, &HandoffFlow::tokenReady);
        QSignalSpy finished(flow, &HandoffFlow::finished);
        failTheTokenWith({400,
                          R"([{"code":"does_not_exist","message":"Object with id=x does not )"
                          R"(exist.","field":"link_id","request_id":"r400"}])",
                          {}});
        flow->start(kValid, "es");
        const HandoffOutcome o = outcomeOf(flow, finished);
        QCOMPARE(o.kind, HandoffOutcome::Kind::TokenFailed);
        QCOMPARE(o.result.httpStatus, 400);
        QVERIFY2(o.message.startsWith("No link for the customer could be made: The value of "
                                      "link_id is not one Belvo knows. Check it. Request id: "),
                 qPrintable(o.message));
        QCOMPARE(ready.size(), 0);
        const HistoryEntry e = history().value(0);
        QCOMPARE(e.steps, QStringList({"TOKEN 400"}));
        QCOMPARE(e.outcome, QString("error:does_not_exist"));
    }

    // A link that can't be checked gets no token: the check's failure is recorded (GET).
    void aLinkThatCannotBeCheckedGetsNoToken()
    {
        HandoffFlow *flow = newFlow();
        QSignalSpy finished(flow, &HandoffFlow::finished);
        flow->start(kUnknown, "es");
        const HandoffOutcome o = outcomeOf(flow, finished);
        QCOMPARE(o.kind, HandoffOutcome::Kind::TokenFailed);
        QCOMPARE(o.result.httpStatus, 404);
        QVERIFY2(o.message.startsWith("No link for the customer was made: link " + kUnknown +
                                      " could not be checked first: "),
                 qPrintable(o.message));
        QCOMPARE(m_sim->requests().size(), 1);
        QCOMPARE(m_sim->lastRequest().method, QByteArray("GET"));
        QCOMPARE(history().value(0).steps, QStringList({"GET 404"}));
    }

    // Already valid: nothing minted (no POST /api/token/ reached the simulator), nothing
    // recorded, and the agent reads that the customer has nothing to do.
    void anAlreadyValidLinkIsNotHandedOff()
    {
        QVERIFY(m_sim->setLinkStatus(kValid, "valid"));
        HandoffFlow *flow = newFlow();
        QSignalSpy ready(flow, &HandoffFlow::tokenReady);
        QSignalSpy finished(flow, &HandoffFlow::finished);
        flow->start(kValid, "es");
        const HandoffOutcome o = outcomeOf(flow, finished);
        QCOMPARE(o.kind, HandoffOutcome::Kind::AlreadyValid);
        QVERIFY(!o.isSuccess());
        QCOMPARE(o.message, "Link " + kValid +
                                " is already valid: there is nothing for the customer to do. No "
                                "link was made for them.");
        QCOMPARE(ready.size(), 0);
        QCOMPARE(m_sim->requests().size(), 1);
        QCOMPARE(m_sim->lastRequest().path, "/api/links/" + kValid + "/");
        QCOMPARE(history().size(), 0);
    }

    // A success is the customer's only when the watch saw the link not valid after the token:
    // valid from its first look, it is recorded "unknown".
    void validWithoutBeingSeenInvalidIsNoSuccess()
    {
        HandoffFlow *flow = newFlow();
        QSignalSpy ready(flow, &HandoffFlow::tokenReady);
        QSignalSpy finished(flow, &HandoffFlow::finished);
        flow->start(kValid, "es");
        QVERIFY(ready.wait(5000));
        QVERIFY(m_sim->setLinkStatus(kValid, "valid")); // someone else fixed it meanwhile
        flow->watch(QDeadlineTimer(60'000));
        const HandoffOutcome o = outcomeOf(flow, finished);
        QCOMPARE(o.kind, HandoffOutcome::Kind::AlreadyValid);
        const HistoryEntry e = history().value(0);
        QCOMPARE(e.steps, QStringList({"TOKEN 200", "WATCH valid"}));
        QCOMPARE(e.outcome, QString("unknown"));
    }

    void aBadIdSendsAndRecordsNothing()
    {
        HandoffFlow *flow = newFlow();
        QSignalSpy finished(flow, &HandoffFlow::finished);
        flow->start("11111111-1111", "es");
        const HandoffOutcome o = outcomeOf(flow, finished);
        QCOMPARE(o.kind, HandoffOutcome::Kind::TokenFailed);
        QCOMPARE(o.result.failure, Failure::Refused);
        QCOMPARE(m_sim->requests().size(), 0);
        QCOMPARE(history().size(), 0);
    }

    void aWatchThatCannotGoOnEndsIt()
    {
        HandoffFlow *flow = newFlow();
        QSignalSpy ready(flow, &HandoffFlow::tokenReady);
        QSignalSpy finished(flow, &HandoffFlow::finished);
        flow->start(kQr, "es");
        QVERIFY(ready.wait(5000));
        m_sim->enqueueResponse({403,
                                "[{\"code\":\"access_to_resource_denied\",\"message\":\"No\","
                                "\"request_id\":\"r403\"}]",
                                {}});
        flow->watch(QDeadlineTimer(60'000));
        const HandoffOutcome o = outcomeOf(flow, finished);
        QCOMPARE(o.kind, HandoffOutcome::Kind::WatchFailed);
        QCOMPARE(o.result.httpStatus, 403);
        const HistoryEntry e = history().value(0);
        QCOMPARE(e.steps, QStringList({"TOKEN 200", "WATCH"}));
        QCOMPARE(e.outcome, QString("error:access_to_resource_denied"));
        QCOMPARE(e.httpStatus, 403);
        QVERIFY(e.requestIds.contains("r403"));
    }

    // An open hand-off keeps its link claimed for the agent who sent it (#25): claimed when the
    // customer's link is ready (ticket and all), renewed while it stays open, `since` kept.
    void anOpenHandOffKeepsItsLinkClaimed()
    {
        qputenv("RELINK_AGENT", "ana");
        auto restore = qScopeGuard([] { qunsetenv("RELINK_AGENT"); });
        HandoffDesk desk;
        HandoffFlow *flow = desk.create(m_client, {"demo", m_history, "SUP-9", {}, {}}, kValid);
        QSignalSpy ready(flow, &HandoffFlow::tokenReady);
        flow->start(kValid, "es");
        QVERIFY(ready.wait(5000));
        auto claims = [this] {
            return m_history->claimsAndWait("demo").claims;
        };
        QTRY_COMPARE(claims().size(), 1);
        const LinkClaim first = claims().at(0);
        QCOMPARE(first.agent, QString("ana"));
        QCOMPARE(first.linkId, kValid);
        QCOMPARE(first.ticket, QString("SUP-9"));
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(first.expiresAt);
        QVERIFY2(left > 590 && left <= 600, qPrintable(QString::number(left)));
        desk.setClaimRenewalInterval(100);
        QTRY_VERIFY_WITH_TIMEOUT(claims().value(0).expiresAt > first.expiresAt, 10'000);
        QCOMPARE(claims().size(), 1);
        QCOMPARE(claims().at(0).since, first.since);
        QCOMPARE(claims().at(0).agent, QString("ana"));
    }

    void theNewestHandOffOfALinkIsFound()
    {
        Result token;
        token.kind = Result::Kind::WidgetToken;
        token.httpStatus = 200;
        const QString older = m_store->begin({"sandbox", kValid, {}, {}});
        QVERIFY(m_store->step(older, HistoryStep::Token, token));
        const QString newer = m_store->begin({"sandbox", kValid, {}, {}});
        QVERIFY(m_store->step(newer, HistoryStep::Token, token));
        const QString elsewhere = m_store->begin({"production", kValid, {}, {}});
        QVERIFY(m_store->step(elsewhere, HistoryStep::Token, token));
        QCOMPARE(m_store->latestHandoff("sandbox", kValid), newer);
        QCOMPARE(m_store->latestHandoff("production", kValid), elsewhere);
        QCOMPARE(m_store->latestHandoff("sandbox", kQr), QString());
        HandoffOutcome done;
        done.kind = HandoffOutcome::Kind::StillWaiting;
        done.lastStatus = "invalid";
        recordHandoffEnd(m_history, newer, done);
        QVERIFY(m_history->waitForWrites(10'000));
        HistoryEntry e = history().value(1);
        QCOMPARE(e.key, newer);
        QCOMPARE(e.steps, QStringList({"TOKEN 200", "WATCH invalid"}));
        QCOMPARE(e.outcome, QString("waiting"));
        QCOMPARE(e.linkStatus, QString("invalid"));
        QCOMPARE(e.httpStatus, 200); // the watch's last answer had none: the token's stays
        // Still waiting: another wait goes on with it.
        QCOMPARE(m_store->latestHandoff("sandbox", kValid), newer);
        done.kind = HandoffOutcome::Kind::Valid;
        done.lastStatus = "valid";
        recordHandoffEnd(m_history, newer, done);
        QVERIFY(m_history->waitForWrites(10'000));
        // Watched to its end: the older hand-off it replaced is never picked up.
        QCOMPARE(m_store->latestHandoff("sandbox", kValid), QString());
        e = history().value(1);
        QCOMPARE(e.steps, QStringList({"TOKEN 200", "WATCH invalid", "WATCH valid"}));
        QCOMPARE(e.outcome, QString("success"));
        QCOMPARE(e.linkStatus, QString("valid"));
        // An update of the link is not a hand-off.
        const QString update = m_store->begin({"production", kValid, {}, {"password"}});
        Result link;
        link.kind = Result::Kind::Link;
        link.httpStatus = 200;
        QVERIFY(m_store->step(update, HistoryStep::Put, link));
        QCOMPARE(m_store->latestHandoff("production", kValid), elsewhere);
    }
};

QTEST_GUILESS_MAIN(TestHandoff)
#include "tst_flows_handoff.moc"
