// The hand-off's watch against the simulator on 127.0.0.1: the pace of its polls as the server
// saw them (its own clock), backing off on 429/Retry-After, and its one end: valid, deadline,
// cancel or a failure that asking again would not change.
#include "testsupport.h"

#include "linkwatch.h"

using namespace relink;
using namespace relink::test;

class TestLinkWatch : public QObject
{
    Q_OBJECT

    BelvoSimulator *m_sim = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    BelvoClient *m_client = nullptr;

    // Waits for the one outcome and checks that no second one follows.
    static LinkWatch::Outcome outcomeOf(QSignalSpy &spy, int timeoutMs)
    {
        if (spy.isEmpty() && !spy.wait(timeoutMs)) {
            QTest::qFail("the watch did not end", __FILE__, __LINE__);
            return {};
        }
        QCoreApplication::processEvents();
        if (spy.size() != 1)
            QTest::qFail("the watch ended more than once", __FILE__, __LINE__);
        return spy.at(0).at(0).value<LinkWatch::Outcome>();
    }

    // What the customer does in the widget: the link becomes valid.
    void fixTheLink()
    {
        BelvoClient other(m_nam, configFor(*m_sim));
        QCOMPARE(waitForResult(other.updateCredentials(kValid, password("pass_valid"))).kind,
                 Result::Kind::Link);
    }

private slots:
    void init()
    {
        m_sim = new BelvoSimulator;
        QVERIFY(m_sim->listen());
        m_nam = new QNetworkAccessManager(m_sim);
        m_client = new BelvoClient(m_nam, configFor(*m_sim), m_sim);
    }
    void cleanup()
    {
        delete m_sim;
        m_sim = nullptr;
    }

    void pollsNoMoreThanOnceInFiveSecondsAndEndsWhenValid()
    {
        ServerClock server(m_sim);
        LinkWatch watch(m_client);
        QSignalSpy checked(&watch, &LinkWatch::checked);
        QSignalSpy finished(&watch, &LinkWatch::finished);
        watch.start(kValid.toUpper(), QDeadlineTimer(60'000));
        QVERIFY(checked.wait(5000)); // the first check goes at once
        QCOMPARE(checked.at(0).at(0).value<Result>().link.status, QString("invalid"));
        QVERIFY(checked.at(0).at(1).value<QDateTime>().isValid());
        QVERIFY(watch.isRunning());
        fixTheLink();
        const LinkWatch::Outcome o = outcomeOf(finished, 15'000);
        QCOMPARE(o.kind, LinkWatch::Outcome::Kind::Valid);
        QCOMPARE(o.lastStatus, QString("valid"));
        QCOMPARE(o.link.id, kValid);
        QCOMPARE(o.message, "Link " + kValid + " is valid again: Belvo can log in to the bank.");
        QCOMPARE(checked.size(), 2);
        QCOMPARE(server.polls.size(), 2);
        QVERIFY2(server.gaps().at(0) >= LinkWatch::kMinimumIntervalMs,
                 qPrintable(QString::number(server.gaps().at(0))));
        QCOMPARE(m_sim->lastRequest().path, "/api/links/" + kValid + "/");
        QCOMPARE(m_sim->lastRequest().method, QByteArray("GET"));
    }

    void backsOffOnRetryAfterAndKeepsPollingThroughA500()
    {
        fixTheLink(); // valid already: the third answer ends it
        ServerClock server(m_sim);
        m_sim->enqueueResponse({429,
                                "[{\"code\":\"too_many_requests\",\"message\":\"Slow down\","
                                "\"request_id\":\"r429\"}]",
                                {{"Retry-After", "7"}}});
        m_sim->enqueueResponse({500,
                                "[{\"code\":\"unexpected_error\",\"message\":\"Oops\","
                                "\"request_id\":\"r500\"}]",
                                {}});
        LinkWatch watch(m_client);
        QSignalSpy checked(&watch, &LinkWatch::checked);
        QSignalSpy finished(&watch, &LinkWatch::finished);
        watch.start(kValid, QDeadlineTimer(60'000));
        const LinkWatch::Outcome o = outcomeOf(finished, 30'000);
        QCOMPARE(o.kind, LinkWatch::Outcome::Kind::Valid);
        QCOMPARE(checked.size(), 3);
        QCOMPARE(checked.at(0).at(0).value<Result>().httpStatus, 429);
        QCOMPARE(checked.at(0).at(0).value<Result>().retryAfterSeconds, 7);
        QCOMPARE(checked.at(1).at(0).value<Result>().httpStatus, 500);
        QCOMPARE(server.polls.size(), 3);
        const QList<qint64> gaps = server.gaps();
        QVERIFY2(gaps.at(0) >= 7000, qPrintable(QString::number(gaps.at(0))));
        QVERIFY2(gaps.at(1) >= LinkWatch::kMinimumIntervalMs,
                 qPrintable(QString::number(gaps.at(1))));
    }

    void endsAtTheDeadlineWithTheLastStatus()
    {
        LinkWatch watch(m_client);
        QSignalSpy finished(&watch, &LinkWatch::finished);
        watch.start(kQr, QDeadlineTimer(1500));
        const LinkWatch::Outcome o = outcomeOf(finished, 10'000);
        QCOMPARE(o.kind, LinkWatch::Outcome::Kind::Deadline);
        QCOMPARE(o.lastStatus, QString("invalid"));
        QCOMPARE(o.result.kind, Result::Kind::Link);
        QCOMPARE(o.message, "Link " + kQr +
                                " is still invalid: the customer has not finished in time. Ask "
                                "them whether they got through, then check the link again or "
                                "start a new hand-off.");
        QCOMPARE(m_sim->requests().size(), 1); // the next would have left after the deadline
    }

    void aDeadlineAbandonsTheAnswerOnItsWay()
    {
        m_sim->setNextFault(BelvoSimulator::Fault::NeverAnswer);
        LinkWatch watch(m_client);
        QSignalSpy checked(&watch, &LinkWatch::checked);
        QSignalSpy finished(&watch, &LinkWatch::finished);
        watch.start(kQr, QDeadlineTimer(1000));
        const LinkWatch::Outcome o = outcomeOf(finished, 10'000);
        QCOMPARE(o.kind, LinkWatch::Outcome::Kind::Deadline);
        QCOMPARE(o.lastStatus, QString());
        QCOMPARE(o.message, "The time ran out before Belvo said how link " + kQr +
                                " is. Check the link, or wait again.");
        QCOMPARE(checked.size(), 0);
    }

    void cancelEndsItAtOnce()
    {
        LinkWatch watch(m_client);
        QSignalSpy checked(&watch, &LinkWatch::checked);
        QSignalSpy finished(&watch, &LinkWatch::finished);
        watch.start(kQr, QDeadlineTimer(60'000));
        QVERIFY(checked.wait(5000));
        watch.cancel();
        QCOMPARE(finished.size(), 1); // synchronously
        const LinkWatch::Outcome o = finished.at(0).at(0).value<LinkWatch::Outcome>();
        QCOMPARE(o.kind, LinkWatch::Outcome::Kind::Cancelled);
        QCOMPARE(o.lastStatus, QString("invalid"));
        QCOMPARE(o.message, "Stopped waiting for link " + kQr + "; it was last seen invalid.");
        watch.cancel(); // once only
        QVERIFY(!watch.isRunning());
        QCOMPARE(finished.size(), 1);

        // Mid-request: nothing seen yet.
        m_sim->setNextFault(BelvoSimulator::Fault::NeverAnswer);
        LinkWatch second(m_client);
        QSignalSpy ended(&second, &LinkWatch::finished);
        QSignalSpy sent(m_sim, &BelvoSimulator::requestHandled);
        second.start(kQr, QDeadlineTimer(60'000));
        QVERIFY(sent.wait(5000));
        second.cancel();
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.at(0).at(0).value<LinkWatch::Outcome>().message,
                 "Stopped waiting for link " + kQr + " before its status was known.");
    }

    void notFoundEndsIt()
    {
        const QString unknown = "0b8e3f4a-9c2d-4e6f-8a1b-3c5d7e9f1a2b";
        LinkWatch watch(m_client);
        QSignalSpy finished(&watch, &LinkWatch::finished);
        watch.start(unknown, QDeadlineTimer(60'000));
        const LinkWatch::Outcome o = outcomeOf(finished, 10'000);
        QCOMPARE(o.kind, LinkWatch::Outcome::Kind::Failed);
        QCOMPARE(o.result.httpStatus, 404);
        QVERIFY2(o.message.startsWith("No link with this id exists in this environment. Check the "
                                      "id and that the right environment is selected. Request "
                                      "id: "),
                 qPrintable(o.message));
        QCOMPARE(m_sim->requests().size(), 1);
    }

    void aBadIdSendsNothing()
    {
        LinkWatch watch(m_client);
        QSignalSpy finished(&watch, &LinkWatch::finished);
        watch.start("not-a-link", QDeadlineTimer(60'000));
        QCOMPARE(finished.size(), 0); // queued: a caller connecting after start() hears it
        const LinkWatch::Outcome o = outcomeOf(finished, 5000);
        QCOMPARE(o.kind, LinkWatch::Outcome::Kind::Failed);
        QCOMPARE(o.result.failure, Failure::Refused);
        QCOMPARE(o.message, QString("\"not-a-link\" is not a link id. A link id looks like "
                                    "3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c."));
        QCOMPARE(m_sim->requests().size(), 0);
    }

    void whatEndsTheWatchAndHowLongItWaits_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("failure");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<bool>("final");
        QTest::addColumn<int>("delayMs");
        const int none = int(Failure::None);
        QTest::newRow("200") << 200 << none << -1 << false << 5000;
        QTest::newRow("401") << 401 << none << -1 << true << 5000;
        QTest::newRow("403") << 403 << none << -1 << true << 5000;
        QTest::newRow("404") << 404 << none << -1 << true << 5000;
        QTest::newRow("400") << 400 << none << -1 << true << 5000;
        QTest::newRow("408") << 408 << none << -1 << false << 5000;
        QTest::newRow("429 no Retry-After") << 429 << none << -1 << false << 30'000;
        QTest::newRow("429 Retry-After 2") << 429 << none << 2 << false << 5000;
        QTest::newRow("429 Retry-After 7") << 429 << none << 7 << false << 7000;
        QTest::newRow("500") << 500 << none << -1 << false << 5000;
        QTest::newRow("503 Retry-After 60") << 503 << none << 60 << false << 60'000;
        QTest::newRow("timeout") << 0 << int(Failure::Timeout) << -1 << false << 5000;
        QTest::newRow("network") << 0 << int(Failure::Network) << -1 << false << 5000;
        QTest::newRow("refused connection")
            << 0 << int(Failure::ConnectionRefused) << -1 << false << 5000;
        QTest::newRow("malformed") << 200 << int(Failure::Malformed) << -1 << false << 5000;
        QTest::newRow("tls") << 0 << int(Failure::Tls) << -1 << true << 5000;
        QTest::newRow("redirect") << 302 << int(Failure::Redirect) << -1 << true << 5000;
        QTest::newRow("oversized") << 0 << int(Failure::Oversized) << -1 << true << 5000;
    }
    void whatEndsTheWatchAndHowLongItWaits()
    {
        QFETCH(int, status);
        QFETCH(int, failure);
        QFETCH(int, retryAfter);
        QFETCH(bool, final);
        QFETCH(int, delayMs);
        Result r;
        r.httpStatus = status;
        r.retryAfterSeconds = retryAfter;
        if (failure != int(Failure::None)) {
            r.kind = Result::Kind::Failure;
            r.failure = Failure(failure);
        } else {
            r.kind = status == 200 ? Result::Kind::Link : Result::Kind::ApiErrors;
        }
        QCOMPARE(LinkWatch::isFinal(r), final);
        QCOMPARE(LinkWatch::delayAfterMs(r), delayMs);
    }
};

QTEST_GUILESS_MAIN(TestLinkWatch)
#include "tst_flows_linkwatch.moc"
