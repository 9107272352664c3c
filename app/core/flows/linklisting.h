#pragma once

#include "belvoclient.h"
#include "linkquery.h"
#include "result.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

namespace relink {

class RateLimiter;

// One listing of links: pages one after another (never two at once), each following the last
// page's `next` — only on the base URL's origin, whatever page size the server chose — until the
// end or the limit. Paced by a RateLimiter (by default the process's, Belvo's 80 requests per
// 30 s), so no more than 80 page requests leave in any 30 s window. A 429 with a Retry-After of
// at most kMaxRetryAfterSeconds is honoured: the same page is asked again after that long (at
// most kMaxRetries times in a row); a 429 without one, or with a longer one, ends the listing
// (RateLimited for the faces).
//
// finished() comes exactly once, then the listing deletes itself (later): kind LinksPage when
// every page was fetched or the limit was reached (page.count: Belvo's count; page.next: where
// the listing stopped at the limit, else empty; no links: they came with pageArrived()); the
// page's failure or Belvo's errors when a page failed (links already delivered stay valid);
// Failure::ForeignNext when a next page was on another origin (nothing is sent there);
// Failure::Malformed when the pages lead in a circle; Failure::Refused for a bad query or
// missing keys (nothing sent); Failure::Cancelled on cancel().
class LinkListing : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRetryAfterSeconds = 60;
    static constexpr int kMaxRetries = 3;

    // Works on its own clone() of the client.
    LinkListing(BelvoClient *client, LinkQuery query, QObject *parent = nullptr);
    ~LinkListing() override;

    // Tests: pace with this limiter (not owned) instead of the process's.
    void setRateLimiter(RateLimiter *limiter) { m_limiter = limiter; }

    void start();     // the first page (once)
    void fetchMore(); // the next page; no-op while one is loading, at the end or finished
    void setFollowAll(bool follow); // keep following next until the end or the limit
    bool canFetchMore() const;
    bool isLoading() const { return m_running || m_waiting; }
    int totalCount() const { return m_total; } // Belvo's count; -1 before the first page
    int fetched() const { return m_fetched; }
    const LinkQuery &query() const { return m_query; }
    void cancel();

signals:
    void pageArrived(const QList<relink::Link> &links, int totalCount);
    // Belvo asked to wait (429, Retry-After): the same page is asked again after that long.
    void rateLimited(int seconds);
    void finished(const relink::Result &result);

private:
    void request(); // the page at m_nextUrl, when the limiter allows
    void onPage(const Result &result);
    void fail(Failure failure, const QString &message);
    void finish(Result result);
    void finishLater(Result result);
    QString queryProblem() const;

    BelvoClient *m_client;
    LinkQuery m_query;
    RateLimiter *m_limiter;
    QUrl m_nextUrl; // the page to fetch next (absolute); empty: none
    QSet<QUrl> m_asked;
    QPointer<Operation> m_running;
    QTimer m_wait; // until the limiter or a Retry-After lets the next request go
    int m_total = -1;
    int m_fetched = 0;
    int m_pages = 0;
    int m_retries = 0; // 429s in a row for this page
    bool m_started = false;
    bool m_followAll = false;
    bool m_waiting = false;
    bool m_finished = false;
};

} // namespace relink
