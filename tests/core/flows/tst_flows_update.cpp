// The core's one update flow, driven as each face drives it (a scripted TokenSource), against
// the simulator on 127.0.0.1 and a real history file: the requests sent, the steps recorded,
// and exactly one typed outcome.
#include "testsupport.h"

#include "historyservice.h"
#include "updateflow.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace relink;
using namespace relink::test;

namespace {

// Answers challenges from a script: each entry is a token, std::nullopt for "approved", or
// "<cancel>" / "<leave>" to stop.
class ScriptedTokens : public TokenSource
{
public:
    QList<std::optional<QString>> script;
    QList<MfaChallenge> challenges;
    QStringList notices;
    UpdateFlow *flow = nullptr;

    void tokenNeeded(const MfaChallenge &challenge, const QString &notice) override
    {
        challenges << challenge;
        notices << notice;
        if (script.isEmpty())
            return; // waits, like a person who has not answered yet
        const std::optional<QString> next = script.takeFirst();
        QMetaObject::invokeMethod(
            flow,
            [f = flow, next] {
                if (next && *next == QLatin1StringView("<cancel>"))
                    f->cancel();
                else if (next && *next == QLatin1StringView("<leave>"))
                    f->leaveUnanswered();
                else
                    f->submitToken(next);
            },
            Qt::QueuedConnection);
    }
};

} // namespace

class TestUpdateFlow : public QObject
{
    Q_OBJECT

    BelvoSimulator *m_sim = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    BelvoClient *m_client = nullptr;
    HistoryService *m_history = nullptr; // what the flows record to
    HistoryStore *m_store = nullptr;     // what a reader sees in the same file
    QTemporaryDir m_dir;

    UpdateFlow *newFlow(ScriptedTokens *tokens = nullptr)
    {
        auto *flow = new UpdateFlow(m_client, {QStringLiteral("demo"), QString(), m_history});
        if (tokens) {
            tokens->flow = flow;
            flow->setTokenSource(tokens);
        }
        return flow;
    }

    // Waits for the one outcome and checks that no second one follows.
    UpdateOutcome outcomeOf(UpdateFlow *flow, int timeoutMs = 10'000)
    {
        QSignalSpy spy(flow, &UpdateFlow::finished);
        QSignalSpy gone(flow, &QObject::destroyed);
        if (!spy.wait(timeoutMs)) {
            QTest::qFail("the flow emitted no outcome", __FILE__, __LINE__);
            return {};
        }
        if (!gone.wait(5000)) // it deletes itself once it has spoken
            QTest::qFail("the flow outlived its outcome", __FILE__, __LINE__);
        if (spy.size() != 1)
            QTest::qFail("the flow emitted more than one outcome", __FILE__, __LINE__);
        return spy.at(0).at(0).value<UpdateOutcome>();
    }

    QList<HistoryEntry> history()
    {
        m_history->waitForWrites(10'000); // the flows record on the history's thread
        return m_store->entries();
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

    void successIsOneOutcomeAndOneRecordedStep()
    {
        UpdateFlow *flow = newFlow();
        flow->start(kValid.toUpper(), password("pass_valid"));
        const UpdateOutcome o = outcomeOf(flow);
        QCOMPARE(o.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(o.result.link.status, QString("valid"));
        QCOMPARE(m_sim->requests().size(), 1);
        QCOMPARE(m_sim->lastRequest().path, "/api/links/" + kValid + "/");
        const QList<HistoryEntry> h = history();
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.at(0).linkId, kValid);
        QCOMPARE(h.at(0).environment, QString("demo"));
        QCOMPARE(h.at(0).fields, QStringList{"password"});
        QCOMPARE(h.at(0).steps, QStringList{"PUT 200"});
        QCOMPARE(h.at(0).outcome, QString("success"));
    }

    void refusedInputSendsAndRecordsNothing()
    {
        UpdateFlow *flow = newFlow();
        flow->start(kValid, password("bad\u0007bell"));
        const UpdateOutcome o = outcomeOf(flow);
        QCOMPARE(o.kind, UpdateOutcome::Kind::Refused);
        QVERIFY2(o.message.contains("control character"), qPrintable(o.message));
        QCOMPARE(m_sim->requests().size(), 0);
        QCOMPARE(history().size(), 0);
    }

    void rejectedTokenIsAskedAgainThenTheLinkComesBack()
    {
        ScriptedTokens tokens;
        tokens.script = {QString("999999"), QString("111111")};
        UpdateFlow *flow = newFlow(&tokens);
        flow->start(kNumeric, password("numeric_code"));
        const UpdateOutcome o = outcomeOf(flow);
        QCOMPARE(o.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(tokens.challenges.size(), 2);
        QVERIFY(tokens.challenges.at(0).session != tokens.challenges.at(1).session);
        QCOMPARE(tokens.notices,
                 QStringList({QString(), "The token was not accepted. Ask the customer for the new "
                                         "one and try again."}));
        const QList<BelvoSimulator::Request> reqs = m_sim->requests();
        QCOMPARE(reqs.size(), 3);
        QCOMPARE(reqs.at(2).json(), QJsonObject({{"session", tokens.challenges.at(1).session},
                                                 {"token", "111111"},
                                                 {"link", kNumeric}}));
        QCOMPARE(history().at(0).steps.size(), 3);
        QCOMPARE(history().at(0).steps.at(0), QString("PUT 428"));
        QCOMPARE(history().at(0).steps.at(1), QString("PATCH 428"));
        QVERIFY(history().at(0).steps.at(2).startsWith("PATCH 20"));
        QCOMPARE(history().at(0).outcome, QString("success"));
    }

    void cancelWhileWaitingRecordsOnlyTheCancel()
    {
        ScriptedTokens tokens;
        tokens.script = {QString("<cancel>")};
        UpdateFlow *flow = newFlow(&tokens);
        flow->start(kNumeric, password("numeric_code"));
        const UpdateOutcome o = outcomeOf(flow);
        QCOMPARE(o.kind, UpdateOutcome::Kind::Cancelled);
        QCOMPARE(m_sim->requests().size(), 1); // no PATCH
        QCOMPARE(history().at(0).steps, QStringList({"PUT 428", "CANCEL 0"}));
        QCOMPARE(history().at(0).outcome, QString("cancelled"));
    }

    void noTokenSourceLeavesTheChallengePending()
    {
        UpdateFlow *flow = newFlow();
        flow->start(kNumeric, password("numeric_code"));
        const UpdateOutcome o = outcomeOf(flow);
        QCOMPARE(o.kind, UpdateOutcome::Kind::MfaPending);
        QCOMPARE(o.challenge.link, kNumeric);
        QVERIFY(!o.challenge.session.isEmpty());
        ScriptedTokens tokens;
        tokens.script = {QString("<leave>")}; // end of input: the same
        UpdateFlow *second = newFlow(&tokens);
        second->start(kNumeric, password("numeric_code"));
        QCOMPARE(outcomeOf(second).kind, UpdateOutcome::Kind::MfaPending);
    }

    void theChallengeRunsOutWhileWaiting()
    {
        m_sim->setSessionLifetimeSeconds(1);
        ScriptedTokens tokens; // never answers
        UpdateFlow *flow = newFlow(&tokens);
        flow->start(kNumeric, password("numeric_code"));
        const UpdateOutcome o = outcomeOf(flow, 5000);
        QCOMPARE(o.kind, UpdateOutcome::Kind::SessionExpired);
        QCOMPARE(m_sim->requests().size(), 1); // nothing sent after the deadline
        QCOMPARE(history().at(0).steps.last(), QString("EXPIRED 0"));
    }

    void sessionExpiredFromBelvoEndsTheFlow()
    {
        ScriptedTokens tokens;
        tokens.script = {QString("111111")};
        UpdateFlow *flow = newFlow(&tokens);
        connect(flow, &UpdateFlow::stepStarted, m_sim, [this](FlowStep step) {
            if (step == FlowStep::Patch)
                m_sim->expireSessions();
        });
        flow->start(kNumeric, password("numeric_code"));
        const UpdateOutcome o = outcomeOf(flow);
        QCOMPARE(o.kind, UpdateOutcome::Kind::SessionExpired);
        QCOMPARE(o.result.errors.value(0).code, QString("session_expired"));
    }

    void aFailureWhileSendingTheTokenAsksAgain()
    {
        ScriptedTokens tokens;
        tokens.script = {QString("111111"), QString("111111")};
        UpdateFlow *flow = newFlow(&tokens);
        connect(flow, &UpdateFlow::stepStarted, m_sim, [this, n = 0](FlowStep step) mutable {
            if (step == FlowStep::Patch && n++ == 0)
                m_sim->enqueueResponse({503,
                                        R"([{"code":"service_unavailable","message":"Down.",)"
                                        R"("request_id":"rq-503"}])",
                                        {}});
        });
        flow->start(kNumeric, password("numeric_code"));
        QCOMPARE(outcomeOf(flow).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(tokens.notices.size(), 2);
        QVERIFY2(tokens.notices.at(1).endsWith("Request id: rq-503"),
                 qPrintable(tokens.notices.at(1)));
    }

    void anEmptyTwoHundredIsReadBack()
    {
        m_sim->enqueueResponse({204, {}, {}});
        UpdateFlow *flow = newFlow();
        flow->start(kValid, password("pass_valid"));
        const UpdateOutcome o = outcomeOf(flow);
        QCOMPARE(o.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(o.result.link.id, kValid);
        QCOMPARE(history().at(0).steps, QStringList({"PUT 204", "GET 200"}));
        QCOMPARE(history().at(0).outcome, QString("success"));
    }

    void anAcceptedUpdateThatCannotBeReadBackSaysSo()
    {
        m_sim->enqueueResponse({202, {}, {}});
        m_sim->enqueueResponse({500, R"([{"code":"x","message":"m","request_id":"rq-500"}])", {}});
        UpdateFlow *flow = newFlow();
        flow->start(kValid, password("pass_valid"));
        const UpdateOutcome o = outcomeOf(flow);
        QCOMPARE(o.kind, UpdateOutcome::Kind::Accepted);
        QVERIFY2(o.message.startsWith("Belvo accepted the update, but the link could not be read "
                                      "back: "),
                 qPrintable(o.message));
        QVERIFY2(o.message.endsWith("Request id: rq-500"), qPrintable(o.message));
        QCOMPARE(o.result.httpStatus, 202); // what Belvo did with the update
        QCOMPARE(history().at(0).steps, QStringList({"PUT 202", "GET 500"}));
        QCOMPARE(history().at(0).outcome, QString("accepted")); // not the read-back's error
        QCOMPARE(history().at(0).httpStatus, 202);
    }

    void retryAfterIsPartOfTheOutcome()
    {
        m_sim->enqueueResponse(
            {429, R"([{"code":"too_many_requests","message":"m"}])", {{"Retry-After", "7"}}});
        UpdateFlow *flow = newFlow();
        flow->start(kValid, password("pass_valid"));
        const UpdateOutcome o = outcomeOf(flow);
        QCOMPARE(o.kind, UpdateOutcome::Kind::RateLimited);
        QCOMPARE(o.retryAfterSeconds, 7);
    }

    void cancelMidRequest()
    {
        m_sim->setNextFault(BelvoSimulator::Fault::NeverAnswer);
        UpdateFlow *flow = newFlow();
        flow->start(kValid, password("pass_valid"));
        QTRY_COMPARE(m_sim->requests().size(), 1);
        QSignalSpy spy(flow, &UpdateFlow::finished);
        flow->cancel(); // the aborted request answers at once
        flow->cancel(); // twice: still one outcome
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<UpdateOutcome>().kind, UpdateOutcome::Kind::Cancelled);
        QCoreApplication::processEvents();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(history().at(0).outcome, QString("cancelled"));
    }

    void classification_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        using K = UpdateOutcome::Kind;
        QTest::newRow("401") << 401 << "authentication_failed" << int(K::AuthFailed);
        QTest::newRow("403") << 403 << "forbidden" << int(K::AuthFailed);
        QTest::newRow("404") << 404 << "not_found" << int(K::NotFound);
        QTest::newRow("408 expired") << 408 << "session_expired" << int(K::SessionExpired);
        QTest::newRow("400 login") << 400 << "login_error" << int(K::Rejected);
        QTest::newRow("429") << 429 << "too_many_requests" << int(K::RateLimited);
        QTest::newRow("500") << 500 << "unexpected_error" << int(K::Failed);
    }
    void classification()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(int, kind);
        Result r;
        r.kind = Result::Kind::ApiErrors;
        r.httpStatus = status;
        r.errors = {{code, "m", {}, "rq"}};
        QCOMPARE(int(classifyResult(r)), kind);
    }
};

QTEST_GUILESS_MAIN(TestUpdateFlow)
#include "tst_flows_update.moc"
