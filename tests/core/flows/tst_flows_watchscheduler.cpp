// The one scheduler every hand-off watch polls through: its pure pacing (WatchPacer, a fake
// clock) and, against the simulator on 127.0.0.1, the GETs the server received for several
// watched links at once.
#include "testsupport.h"

#include "linkwatch.h"
#include "watchpacer.h"
#include "watchscheduler.h"

using namespace relink;
using namespace relink::test;

class TestWatchScheduler : public QObject
{
    Q_OBJECT

private slots:
    // A link waits for its own time; the due ones go in the order they asked.
    void dueLinksGoInTheOrderTheyAsked()
    {
        qint64 now = 0;
        WatchPacer pacer(nullptr, [&] { return now; });
        QCOMPARE(pacer.next().delayMs, qint64(-1)); // nobody waits
        pacer.want(1, 5000);
        pacer.want(2, 0);
        pacer.want(3, 0);
        QCOMPARE(pacer.next().key, quint64(2));
        QCOMPARE(pacer.next().delayMs, qint64(0));
        pacer.take(2);
        QCOMPARE(pacer.next().key, quint64(3));
        pacer.take(3);
        QCOMPARE(pacer.next().key, quint64(1));
        QCOMPARE(pacer.next().delayMs, qint64(5000));
        now = 4999;
        QCOMPARE(pacer.next().delayMs, qint64(1));
        now = 5000;
        QCOMPARE(pacer.next().delayMs, qint64(0));
        pacer.withdraw(1);
        QCOMPARE(pacer.next().delayMs, qint64(-1));
    }

    // 200 links that each want a GET every 5 s: never more than 60 of them in any 30 s
    // (the watches' own budget), 80 with the listings' (shared) counted in.
    void manyLinksStayWithinTheRate()
    {
        qint64 now = 0;
        RateLimiter shared(RateLimiter::kBelvoRequests, RateLimiter::kBelvoWindowMs,
                           [&] { return now; });
        WatchPacer pacer(&shared, [&] { return now; });
        for (quint64 k = 1; k <= 200; ++k)
            pacer.want(k, 0);
        QList<qint64> sent;
        QHash<quint64, qint64> lastOf;
        // 15 listing requests in the first seconds, through the shared budget alone.
        for (int i = 0; i < 15; ++i)
            shared.recordRequest();
        while (now < 120'000) {
            const WatchPacer::Next next = pacer.next();
            QVERIFY(next.delayMs >= 0);
            now += next.delayMs;
            pacer.take(next.key);
            if (lastOf.contains(next.key))
                QVERIFY(now - lastOf.value(next.key) >= 5000);
            lastOf.insert(next.key, now);
            sent << now;
            pacer.want(next.key, 5000); // its answer came at once: 5 s from now
        }
        int most = 0;
        for (int i = 0; i < sent.size(); ++i) {
            int inWindow = 0;
            for (int j = i; j < sent.size() && sent[j] - sent[i] <= 30'000; ++j)
                ++inWindow;
            most = qMax(most, inWindow);
        }
        QCOMPARE(most, WatchPacer::kWatchRequests);
        // The first window: 15 listings + the watches' GETs ≤ 80.
        const auto first =
            std::count_if(sent.begin(), sent.end(), [](qint64 t) { return t <= 30'000; });
        QVERIFY2(first + 15 <= RateLimiter::kBelvoRequests, qPrintable(QString::number(first)));
        // Nobody starves: all 200 links were polled.
        QCOMPARE(lastOf.size(), 200);
    }

    void aHoldStopsEveryone()
    {
        qint64 now = 0;
        WatchPacer pacer(nullptr, [&] { return now; });
        pacer.want(1, 0);
        pacer.holdFor(7000);
        QCOMPARE(pacer.next().delayMs, qint64(7000));
    }

    // Three links watched at once through one scheduler whose budget is 3 requests per 6 s:
    // the simulator never receives more than that, nor two GETs of one link within 5 s.
    void theSimulatorSeesTheWatchesPaced()
    {
        BelvoSimulator sim;
        QVERIFY(sim.listen());
        QNetworkAccessManager nam;
        BelvoClient client(&nam, configFor(sim));
        RateLimiter budget(3, 6000);
        WatchScheduler scheduler(&budget);
        const QStringList ids{kValid, kNumeric, kQr};
        QHash<QString, QList<qint64>> byLink;
        QList<qint64> all;
        QElapsedTimer clock;
        clock.start();
        connect(&sim, &BelvoSimulator::requestHandled, this, [&](int index) {
            const BelvoSimulator::Request r = sim.requests().at(index);
            if (r.method != "GET")
                return;
            all << clock.elapsed();
            byLink[r.path.section('/', 3, 3)] << clock.elapsed();
        });
        std::vector<std::unique_ptr<LinkWatch>> watches; // gone before the scheduler
        for (const QString &id : ids) {
            watches.push_back(std::make_unique<LinkWatch>(&client, nullptr, &scheduler));
            watches.back()->start(id, QDeadlineTimer(13'000));
        }
        QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() > 12'500, 20'000);
        QVERIFY2(all.size() >= 6, qPrintable(QString::number(all.size())));
        for (int i = 0; i + 3 < all.size(); ++i) // any 4 consecutive GETs span more than 6 s
            QVERIFY2(all[i + 3] - all[i] > 6000 - 50,
                     qPrintable(QString("%1 %2").arg(all[i]).arg(all[i + 3])));
        for (const QString &id : ids) {
            const QList<qint64> &polls = byLink.value(id);
            QVERIFY2(!polls.isEmpty(), qPrintable(id));
            for (int i = 1; i < polls.size(); ++i)
                QVERIFY(polls[i] - polls[i - 1] >= LinkWatch::kMinimumIntervalMs - 50);
        }
    }
};

QTEST_MAIN(TestWatchScheduler)
#include "tst_flows_watchscheduler.moc"
