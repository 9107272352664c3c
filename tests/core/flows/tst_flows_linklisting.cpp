// Listing links (issue #12, links needing attention): the pure parts (statuses, dates, the first
// page's URL, a page, origins, the rate limiter with a fake clock) and LinkListing against the
// simulator on 127.0.0.1: the exact query sent, pages followed whatever their size, a next page
// on another origin refused with nothing sent there, the limit, failures mid-way, cancel, 429s
// and the pace of 80 requests per 30 s as the server saw it.
#include "testsupport.h"

#include "linklisting.h"
#include "ratelimiter.h"
#include "updateflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>

using namespace relink;
using namespace relink::test;

namespace {

const QString kAttention = QStringLiteral("status__in=invalid,token_required");

struct Listed
{
    QList<Link> links;
    QList<int> pageSizes;
    QList<int> totals;
    Result result;
    int finishedCount = 0;
};

// Runs the listing to its one end.
Listed listToTheEnd(LinkListing *listing, int timeoutMs = 20'000)
{
    Listed out;
    QObject::connect(listing, &LinkListing::pageArrived, listing,
                     [&out](const QList<Link> &links, int total) {
                         out.links += links;
                         out.pageSizes << int(links.size());
                         out.totals << total;
                     });
    QSignalSpy finished(listing, &LinkListing::finished);
    QPointer<LinkListing> alive(listing);
    listing->setFollowAll(true);
    listing->start();
    if (!finished.wait(timeoutMs)) {
        QTest::qFail("the listing did not end", __FILE__, __LINE__);
        return out;
    }
    // It deletes itself after finished().
    if (!QTest::qWaitFor([&alive] { return alive.isNull(); }, 5000))
        QTest::qFail("the listing was not deleted after it finished", __FILE__, __LINE__);
    out.finishedCount = int(finished.size());
    out.result = finished.at(0).at(0).value<Result>();
    return out;
}

QStringList idsOf(const QList<Link> &links)
{
    QStringList ids;
    for (const Link &l : links)
        ids << l.id;
    return ids;
}

QByteArray page(int count, const QString &next, const QJsonArray &results)
{
    return QJsonDocument(QJsonObject{{"count", count},
                                     {"next", next.isEmpty() ? QJsonValue() : QJsonValue(next)},
                                     {"previous", QJsonValue()},
                                     {"results", results}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject linkObject(const QString &id, const QString &externalId = "crm-1")
{
    return {{"id", id},
            {"institution", "erebor_mx_retail"},
            {"status", "invalid"},
            {"access_mode", "recurrent"},
            {"external_id", externalId}};
}

} // namespace

class TestLinkListing : public QObject
{
    Q_OBJECT

    BelvoSimulator *m_sim = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    BelvoClient *m_client = nullptr;
    RateLimiter *m_limiter = nullptr; // each test its own: the process's would pace them all

    LinkListing *listing(LinkQuery query)
    {
        auto *l = new LinkListing(m_client, std::move(query));
        l->setRateLimiter(m_limiter);
        return l;
    }
    static LinkQuery attention(int pageSize = 100)
    {
        LinkQuery q;
        q.statuses = linkStatusesNeedingAttention();
        q.pageSize = pageSize;
        return q;
    }
    // What the server holds, in one plain request of its own (not through the code under test).
    QJsonArray serverLinks(const QString &query)
    {
        QNetworkRequest req(QUrl(m_sim->baseUrl().toString() + "/api/links/?" + query));
        req.setRawHeader("Authorization", basicAuth(BelvoSimulator::kDemoSecretId,
                                                    BelvoSimulator::kDemoSecretPassword));
        QNetworkReply *reply = m_nam->get(req);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10'000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object().value("results").toArray();
    }
    QList<BelvoSimulator::Request> listRequests() const
    {
        QList<BelvoSimulator::Request> out;
        for (const BelvoSimulator::Request &r : m_sim->requests()) {
            if (r.path == QLatin1String("/api/links/"))
                out << r;
        }
        return out;
    }

private slots:
    void init()
    {
        m_sim = new BelvoSimulator;
        QVERIFY(m_sim->listen());
        m_nam = new QNetworkAccessManager(m_sim);
        m_client = new BelvoClient(m_nam, configFor(*m_sim), m_sim);
        m_limiter = new RateLimiter;
    }
    void cleanup()
    {
        delete m_sim;
        m_sim = nullptr;
        delete m_limiter;
    }

    // ------------------------------------------------------------------------------ pure

    void statusesParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("statuses");
        QTest::newRow("two") << "invalid,token_required"
                             << QStringList{"invalid", "token_required"};
        QTest::newRow("spaces, case, twice")
            << " Invalid , TOKEN_REQUIRED,invalid," << QStringList{"invalid", "token_required"};
        QTest::newRow("all") << "all" << QStringList{};
        QTest::newRow("all among others") << "valid,ALL" << QStringList{};
        QTest::newRow("each of Belvo's")
            << "valid,invalid,unconfirmed,token_required" << linkStatuses();
    }
    void statusesParse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, statuses);
        const Parsed<QStringList> parsed = parseLinkStatuses(text);
        QVERIFY2(parsed, qPrintable(parsed.error));
        QCOMPARE(*parsed.value, statuses);
    }
    void unknownStatusesNameTheValidOnes()
    {
        QCOMPARE(parseLinkStatuses("invalid,broken").error,
                 QString("\"broken\" is not a link status. Give one or more of valid, invalid, "
                         "unconfirmed, token_required (separated by commas), or all."));
        QCOMPARE(parseLinkStatuses(" , ").error,
                 QString("No link status given. Give one or more of valid, invalid, unconfirmed, "
                         "token_required (separated by commas), or all."));
        QVERIFY(!parseLinkStatuses(""));
    }
    void datesAreDays()
    {
        QCOMPARE(*parseListingDate(" 2026-11-24 ").value, QDate(2026, 11, 24));
        for (const char *bad : {"2026-02-30", "24/11/2026", "2026-1-5", "2026-11-24T10:00", ""})
            QVERIFY2(!parseListingDate(bad), bad);
        QCOMPARE(parseListingDate("yesterday").error,
                 QString("\"yesterday\" is not a date. Give it as YYYY-MM-DD, e.g. 2026-11-24."));
    }
    void theFirstPageUrl()
    {
        LinkQuery q = attention(50);
        q.institution = "erebor_mx_retail";
        q.externalId = "a+b&c=d e,f";
        q.since = QDate(2024, 1, 1);
        q.until = QDate(2024, 6, 30);
        QCOMPARE(
            linksPageUrl(QUrl("https://api.example.com/belvo"), q).toString(QUrl::FullyEncoded),
            QString("https://api.example.com/belvo/api/links/?status__in=invalid,"
                    "token_required&institution=erebor_mx_retail&external_id=a%2Bb%26c%3Dd"
                    "%20e,f&created_at__gte=2024-01-01&created_at__lt=2024-07-01&"
                    "page_size=50"));
        LinkQuery all;
        QCOMPARE(linksPageUrl(QUrl("http://127.0.0.1:4321"), all).toString(),
                 QString("http://127.0.0.1:4321/api/links/?page_size=100"));
        all.pageSize = 5000;
        QCOMPARE(linksPageUrl(QUrl("http://127.0.0.1:4321"), all).query(),
                 QString("page_size=1000"));
        all.limit = 7; // no more than the limit is asked for
        QCOMPARE(linksPageUrl(QUrl("http://127.0.0.1:4321"), all).query(), QString("page_size=7"));
    }
    void pagesParse()
    {
        const Parsed<LinksPage> p = linksPage(
            page(12, "/api/links/?page=2", {linkObject("a-1"), linkObject("a-2", "x,\"y\"")}));
        QVERIFY2(p, qPrintable(p.error));
        QCOMPARE(p.value->count, 12);
        QCOMPARE(p.value->next, QUrl("/api/links/?page=2"));
        QCOMPARE(idsOf(p.value->links), (QStringList{"a-1", "a-2"}));
        QCOMPARE(p.value->links.at(1).externalId, QString("x,\"y\""));
        QCOMPARE(p.value->links.at(1).raw, linkObject("a-2", "x,\"y\""));
        QVERIFY(linksPage(page(0, {}, {})).value->next.isEmpty());
        QVERIFY(linksPage(R"({"count": 0, "next": "", "results": []})").value->next.isEmpty());
    }
    void malformedPagesSayWhy_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("<html>") << "The answer is not valid JSON.";
        QTest::newRow("no results") << QByteArray(R"({"count": 1})")
                                    << "The answer is not a page of links: it has no \"results\" "
                                       "list.";
        QTest::newRow("an array") << QByteArray("[]")
                                  << "The answer is not a page of links: it has no \"results\" "
                                     "list.";
        QTest::newRow("no count") << QByteArray(R"({"results": []})")
                                  << "The page of links has no valid \"count\".";
        QTest::newRow("count -1") << QByteArray(R"({"count": -1, "results": []})")
                                  << "The page of links has no valid \"count\".";
        QTest::newRow("count 1.5") << QByteArray(R"({"count": 1.5, "results": []})")
                                   << "The page of links has no valid \"count\".";
        QTest::newRow("next a number")
            << QByteArray(R"({"count": 1, "next": 2, "results": []})")
            << "The page of links gives an unreadable address for the next page.";
        QTest::newRow("an item without id")
            << QByteArray(R"({"count": 2, "results": [{"id": "a"}, {"status": "valid"}]})")
            << "Item 2 of the page is not a link: The answer is not a link: it has no \"id\".";
    }
    void malformedPagesSayWhy()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QCOMPARE(linksPage(body).error, error);
    }
    void origins_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("same") << "https://api.belvo.com/api/links/?page=2"
                              << "https://api.belvo.com" << true;
        QTest::newRow("default port said") << "https://api.belvo.com:443/x"
                                           << "https://api.belvo.com" << true;
        QTest::newRow("host case") << "https://API.Belvo.com/x"
                                   << "https://api.belvo.com" << true;
        QTest::newRow("another port") << "https://api.belvo.com:8443/x"
                                      << "https://api.belvo.com" << false;
        QTest::newRow("another scheme") << "http://api.belvo.com/x"
                                        << "https://api.belvo.com" << false;
        QTest::newRow("another host") << "https://api.belvo.com.evil.example/x"
                                      << "https://api.belvo.com" << false;
        QTest::newRow("relative") << "/api/links/?page=2"
                                  << "https://api.belvo.com" << false;
        QTest::newRow("empty") << ""
                               << "https://api.belvo.com" << false;
    }
    void origins()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(isSameOrigin(QUrl(a), QUrl(b)), same);
    }

    // Belvo: 80 requests per 30 s. Exact, on a fake clock.
    void limiterAllows80In30Seconds()
    {
        qint64 now = 1000;
        RateLimiter limiter(80, 30'000, [&now] { return now; });
        for (int i = 0; i < 80; ++i) {
            QCOMPARE(limiter.delayMs(), qint64(0));
            limiter.recordRequest();
            now += 10;
        }
        // The first left at 1000: the 81st may leave only once it is more than 30 s ago.
        QCOMPARE(limiter.delayMs(), 1000 + 30'000 + 1 - now);
        now = 31'001;
        QCOMPARE(limiter.delayMs(), qint64(0));
        limiter.recordRequest();
        QCOMPARE(limiter.delayMs(), 1010 + 30'001 - now); // now the second is the oldest
        limiter.holdFor(60'000);                          // a Retry-After: longer than the window
        QCOMPARE(limiter.delayMs(), qint64(60'000));
        limiter.holdFor(5);
        QCOMPARE(limiter.delayMs(), qint64(60'000)); // a shorter hold never shortens one in place
    }
    // Whatever the pattern, a client that waits as told never puts more than 80 requests in
    // any closed 30 s window.
    void limiterNeverExceedsTheRateInAnyWindow()
    {
        qint64 now = 0;
        RateLimiter limiter(80, 30'000, [&now] { return now; });
        QRandomGenerator random(12);
        QList<qint64> sent;
        while (sent.size() < 1000) {
            now += random.bounded(0, 700); // the client's own gaps (answers, parsing)
            now += limiter.delayMs();
            limiter.recordRequest();
            sent << now;
        }
        for (qsizetype i = 0; i + 80 < sent.size(); ++i)
            QVERIFY2(sent.at(i + 80) - sent.at(i) > 30'000, qPrintable(QString::number(i)));
        // …and it keeps up: 1000 requests in hardly more than 1000/80 windows.
        QVERIFY2(now < 1000 / 80 * 30'000 + 31'000, qPrintable(QString::number(now)));
    }

    // -------------------------------------------------------------- against the simulator

    void theFiltersAreSentExactly()
    {
        LinkQuery q = attention(20);
        q.institution = "heimdall_mx_retail";
        q.since = QDate(2023, 2, 1);
        q.until = QDate(2024, 12, 31);
        q.externalId = "customer-mfa_numeric";
        const Listed l = listToTheEnd(listing(q));
        QCOMPARE(l.result.kind, Result::Kind::LinksPage);
        QCOMPARE(listRequests().size(), 1);
        const BelvoSimulator::Request r = listRequests().at(0);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.target, QByteArray("/api/links/?status__in=invalid,token_required&institution="
                                      "heimdall_mx_retail&external_id=customer-mfa_numeric&"
                                      "created_at__gte=2023-02-01&created_at__lt=2025-01-01&"
                                      "page_size=20"));
        QCOMPARE(r.header("authorization"),
                 basicAuth(BelvoSimulator::kDemoSecretId, BelvoSimulator::kDemoSecretPassword));
        QCOMPARE(idsOf(l.links), QStringList{kNumeric}); // the simulator applied them all
    }

    void pagesAreFollowedToTheEnd()
    {
        const QJsonArray expected = serverLinks(kAttention + "&page_size=1000");
        QCOMPARE(expected.size(), 78);
        m_sim->clearRequests();
        const Listed l = listToTheEnd(listing(attention(10)));
        QCOMPARE(l.finishedCount, 1);
        QCOMPARE(l.pageSizes, (QList<int>{10, 10, 10, 10, 10, 10, 10, 8}));
        QCOMPARE(l.totals, QList<int>(8, 78));
        QCOMPARE(l.links.size(), 78);
        for (int i = 0; i < 78; ++i)
            QCOMPARE(l.links.at(i).raw, expected.at(i).toObject());
        QCOMPARE(l.result.kind, Result::Kind::LinksPage);
        QVERIFY(l.result.isSuccess());
        QCOMPARE(l.result.page.count, 78);
        QVERIFY(l.result.page.next.isEmpty());
        QCOMPARE(l.result.message, QString("All 78 link(s) listed."));
        const QList<BelvoSimulator::Request> sent = listRequests();
        QCOMPARE(sent.size(), 8);
        QCOMPARE(sent.at(7).target,
                 QByteArray("/api/links/?" + kAttention.toUtf8() + "&page_size=10&page=8"));
    }

    // A server may serve fewer than asked: next is followed whatever the size.
    void aLowerPageCapIsFollowedToo()
    {
        m_sim->setPageSizeCap(25);
        const Listed l = listToTheEnd(listing(attention(100)));
        QCOMPARE(l.pageSizes, (QList<int>{25, 25, 25, 3}));
        QCOMPARE(l.result.kind, Result::Kind::LinksPage);
        const QStringList ids = idsOf(l.links);
        QCOMPARE(ids.size(), 78);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 78);
    }

    // Pages of 1000 links (Belvo's largest) are parsed off the caller's thread and come in order.
    void bigPagesArriveWhole()
    {
        m_sim->addLinks(2100, "invalid");
        const Listed l = listToTheEnd(listing(attention(1000)), 60'000);
        QCOMPARE(l.pageSizes, (QList<int>{1000, 1000, 178}));
        QCOMPARE(l.result.page.count, 2178);
        const QJsonArray last = serverLinks(kAttention + "&page_size=1000&page=3");
        QCOMPARE(l.links.last().raw, last.last().toObject());
    }

    void aRelativeNextIsOnTheSameOrigin()
    {
        const QJsonArray first = serverLinks(kAttention + "&page_size=70");
        m_sim->clearRequests();
        m_sim->enqueueResponse(
            {200, page(78, "/api/links/?" + kAttention + "&page_size=70&page=2", first), {}});
        const Listed l = listToTheEnd(listing(attention(70)));
        QCOMPARE(l.result.kind, Result::Kind::LinksPage);
        QCOMPARE(l.pageSizes, (QList<int>{70, 8}));
        QCOMPARE(listRequests().at(1).target,
                 QByteArray("/api/links/?" + kAttention.toUtf8() + "&page_size=70&page=2"));
    }

    // The keys go with every page: a next page elsewhere is never asked for.
    void aForeignNextIsRefusedAndNothingGoesThere_data()
    {
        QTest::addColumn<QString>("where"); // %1: the foreign server's port, %2: the simulator's
        QTest::newRow("another port") << "http://127.0.0.1:%1";
        QTest::newRow("another host, same port") << "http://localhost:%2";
        QTest::newRow("another scheme, same port") << "https://127.0.0.1:%2";
    }
    void aForeignNextIsRefusedAndNothingGoesThere()
    {
        QFETCH(QString, where);
        BelvoSimulator foreign;
        QVERIFY(foreign.listen());
        QSignalSpy foreignHeard(&foreign, &BelvoSimulator::requestHandled);
        const QString origin = QString(where)
                                   .replace("%1", QString::number(foreign.baseUrl().port()))
                                   .replace("%2", QString::number(m_sim->baseUrl().port()));
        const QString next = origin + "/api/links/?" + kAttention + "&page_size=10&page=2";
        m_sim->enqueueResponse(
            {200, page(78, next, serverLinks(kAttention + "&page_size=10")), {}});
        m_sim->clearRequests();
        const Listed l = listToTheEnd(listing(attention(10)));
        QCOMPARE(l.finishedCount, 1);
        QCOMPARE(l.pageSizes, QList<int>{10}); // the first page's links stay valid
        QCOMPARE(l.result.kind, Result::Kind::Failure);
        QCOMPARE(l.result.failure, Failure::ForeignNext);
        QCOMPARE(failureName(l.result.failure), QString("foreign_next"));
        QCOMPARE(classifyResult(l.result), UpdateOutcome::Kind::Failed);
        QCOMPARE(l.result.message,
                 QString("The list's next page is on %1, not on %2, so Relink stopped there and "
                         "sent nothing to it (the secret keys would go with it). Check the base "
                         "URL; if it is right, report this to Belvo.")
                     .arg(origin, m_sim->baseUrl().toString()));
        QCOMPARE(listRequests().size(), 1); // only the first page, here
        QVERIFY(foreignHeard.isEmpty());
        QVERIFY(foreign.requests().isEmpty());
    }
    void theClientRefusesAForeignPageToo()
    {
        BelvoSimulator foreign;
        QVERIFY(foreign.listen());
        const QUrl url(foreign.baseUrl().toString() + "/api/links/");
        const Result r = waitForResult(m_client->listLinksPage(url));
        QCOMPARE(r.failure, Failure::ForeignNext);
        QVERIFY(foreign.requests().isEmpty());
        QVERIFY(m_sim->requests().isEmpty());
    }

    void theLimitStopsTheListing()
    {
        LinkQuery q = attention(10);
        q.limit = 15;
        const Listed l = listToTheEnd(listing(q));
        QCOMPARE(l.pageSizes, (QList<int>{10, 5}));
        QCOMPARE(l.result.kind, Result::Kind::LinksPage);
        QCOMPARE(l.result.page.count, 78);
        QCOMPARE(l.result.page.next.toString(), m_sim->baseUrl().toString() + "/api/links/?" +
                                                    kAttention + "&page_size=10&page=3");
        QCOMPARE(l.result.message, QString("The first 15 link(s) listed; more match."));
        QCOMPARE(listRequests().size(), 2);
        q.limit = 7; // within one page: only that much is asked for
        m_sim->clearRequests();
        const Listed seven = listToTheEnd(listing(q));
        QCOMPARE(seven.pageSizes, QList<int>{7});
        QCOMPARE(listRequests().size(), 1);
        QVERIFY(listRequests().at(0).target.endsWith("&page_size=7"));
    }

    // The GUI asks lazily: a page only when it wants one, never two at once.
    void fetchMoreIsLazyAndOneAtATime()
    {
        LinkListing *l = listing(attention(30));
        QSignalSpy pages(l, &LinkListing::pageArrived);
        QSignalSpy finished(l, &LinkListing::finished);
        QVERIFY(l->canFetchMore());
        QCOMPARE(l->totalCount(), -1);
        l->start();
        QVERIFY(l->isLoading());
        QVERIFY(!l->canFetchMore());
        l->fetchMore(); // no-op while loading
        l->start();     // once only
        QVERIFY(pages.wait(10'000));
        QCOMPARE(l->totalCount(), 78);
        QCOMPARE(l->fetched(), 30);
        QVERIFY(!l->isLoading()); // not following by itself
        QVERIFY(l->canFetchMore());
        QCOMPARE(listRequests().size(), 1);
        l->fetchMore();
        l->fetchMore();
        QVERIFY(pages.wait(10'000));
        QCOMPARE(listRequests().size(), 2);
        QCOMPARE(l->fetched(), 60);
        l->fetchMore();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(pages.size(), 3);
        QCOMPARE(listRequests().size(), 3);
        QCOMPARE(finished.at(0).at(0).value<Result>().message, QString("All 78 link(s) listed."));
    }

    void aFailureMidwayEndsIt()
    {
        LinkListing *l = listing(attention(10));
        QSignalSpy pages(l, &LinkListing::pageArrived);
        QSignalSpy finished(l, &LinkListing::finished);
        l->start();
        QVERIFY(pages.wait(10'000));
        m_sim->enqueueResponse({500,
                                R"([{"code": "unexpected_error", "message": "Boom.",)"
                                R"( "request_id": "req-500-page-2"}])",
                                {}});
        l->setFollowAll(true); // from here on, to the end
        QVERIFY(finished.wait(10'000));
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(pages.size(), 1);
        const Result r = finished.at(0).at(0).value<Result>();
        QCOMPARE(r.kind, Result::Kind::ApiErrors);
        QCOMPARE(r.httpStatus, 500);
        QCOMPARE(r.requestIds(), QStringList{"req-500-page-2"});
        QCOMPARE(classifyResult(r), UpdateOutcome::Kind::Failed);
        QCOMPARE(listRequests().size(), 2); // nothing after the failed page
    }

    void cancelEndsItOnce()
    {
        LinkListing *l = listing(attention(10));
        QSignalSpy pages(l, &LinkListing::pageArrived);
        QSignalSpy finished(l, &LinkListing::finished);
        l->start();
        QVERIFY(pages.wait(10'000));
        m_sim->setNextFault(BelvoSimulator::Fault::NeverAnswer);
        l->fetchMore();
        QTRY_COMPARE_WITH_TIMEOUT(listRequests().size(), 2, 10'000); // page 2 got there
        l->cancel();
        l->cancel();
        QCOMPARE(finished.size(), 1);
        const Result r = finished.at(0).at(0).value<Result>();
        QCOMPARE(r.failure, Failure::Cancelled);
        QCOMPARE(r.message,
                 QString("Cancelled after 10 link(s); list them again to see them all."));
        QCOMPARE(classifyResult(r), UpdateOutcome::Kind::Cancelled);
    }

    void aBadQueryOrNoKeysSendNothing()
    {
        LinkQuery q;
        q.statuses = {"broken"};
        Listed l = listToTheEnd(listing(q));
        QCOMPARE(l.result.failure, Failure::Refused);
        QCOMPARE(l.result.message, parseLinkStatuses("broken").error);
        q = attention();
        q.since = QDate(2025, 2, 1);
        q.until = QDate(2025, 1, 1);
        l = listToTheEnd(listing(q));
        QCOMPARE(l.result.message, QString("The start date (2025-02-01) is after the end date "
                                           "(2025-01-01). Swap them, or leave one out."));
        ClientConfig noKeys = configFor(*m_sim);
        noKeys.secretPassword.clear();
        BelvoClient keyless(m_nam, noKeys);
        auto *k = new LinkListing(&keyless, attention());
        k->setRateLimiter(m_limiter);
        l = listToTheEnd(k);
        QCOMPARE(l.result.failure, Failure::Refused);
        QVERIFY(m_sim->requests().isEmpty());
    }

    // 429 with a Retry-After: the same page again after that long, as the server saw it.
    void aRetryAfterIsHonoured()
    {
        LinkListing *l = listing(attention(50));
        QSignalSpy waits(l, &LinkListing::rateLimited);
        m_sim->enqueueResponse({429,
                                R"([{"code": "too_many_requests", "message": "Slow down.",)"
                                R"( "request_id": "req-429"}])",
                                {{"Retry-After", "1"}}});
        const Listed done = listToTheEnd(l);
        QCOMPARE(waits.size(), 1);
        QCOMPARE(waits.at(0).at(0).toInt(), 1);
        QCOMPARE(done.result.kind, Result::Kind::LinksPage);
        QCOMPARE(done.links.size(), 78);
        const QList<BelvoSimulator::Request> sent = listRequests();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(0).target, sent.at(1).target); // the same page again
        const qint64 gap = sent.at(0).receivedAt.msecsTo(sent.at(1).receivedAt);
        QVERIFY2(gap >= 1000, qPrintable(QString::number(gap)));
    }
    void a429WithoutAUsableRetryAfterEndsIt_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("longer than a minute") << QByteArray("120");
    }
    void a429WithoutAUsableRetryAfterEndsIt()
    {
        QFETCH(QByteArray, retryAfter);
        BelvoSimulator::Canned canned{
            429, R"([{"code": "too_many_requests", "message": "No."}])", {}};
        if (!retryAfter.isEmpty())
            canned.headers << qMakePair(QByteArray("Retry-After"), retryAfter);
        m_sim->enqueueResponse(canned);
        const Listed l = listToTheEnd(listing(attention()));
        QCOMPARE(l.result.kind, Result::Kind::ApiErrors);
        QCOMPARE(l.result.httpStatus, 429);
        QCOMPARE(classifyResult(l.result), UpdateOutcome::Kind::RateLimited);
        QCOMPARE(listRequests().size(), 1);
    }
    void repeated429sEndIt()
    {
        const BelvoSimulator::Canned canned{
            429, R"([{"code": "too_many_requests", "message": "No."}])", {{"Retry-After", "0"}}};
        for (int i = 0; i <= LinkListing::kMaxRetries; ++i)
            m_sim->enqueueResponse(canned);
        const Listed l = listToTheEnd(listing(attention()), 30'000);
        QCOMPARE(l.result.httpStatus, 429);
        QCOMPARE(listRequests().size(), LinkListing::kMaxRetries + 1);
    }

    // The pace as the server saw it: 3 requests per 600 ms here (80 per 30 s for Belvo).
    void theLimiterPacesThePages()
    {
        RateLimiter pace(3, 600);
        LinkListing *l = listing(attention(10));
        l->setRateLimiter(&pace);
        const Listed done = listToTheEnd(l);
        QCOMPARE(done.links.size(), 78);
        const QList<BelvoSimulator::Request> sent = listRequests();
        QCOMPARE(sent.size(), 8);
        for (int i = 0; i + 3 < sent.size(); ++i) {
            // Each left more than 600 ms after the one three before; the arrivals show it, less
            // the first one's trip (well under 100 ms to 127.0.0.1).
            const qint64 gap = sent.at(i).receivedAt.msecsTo(sent.at(i + 3).receivedAt);
            QVERIFY2(gap >= 500, qPrintable(QStringLiteral("%1: %2 ms").arg(i).arg(gap)));
        }
    }
};

QTEST_MAIN(TestLinkListing)
#include "tst_flows_linklisting.moc"
