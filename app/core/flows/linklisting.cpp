#include "linklisting.h"

#include "belvoclient.h"
#include "flowslogging_p.h"
#include "ratelimiter.h"

#include <climits>

// One listing of GET /api/links/: the pages in turn, paced, each only on the base URL's origin.
// The pure parts (the query, a page, the origin) are linkquery.cpp.

namespace relink {

LinkListing::LinkListing(BelvoClient *client, LinkQuery query, QObject *parent)
    : QObject(parent), m_client(client->clone(this)), m_query(std::move(query)),
      m_limiter(RateLimiter::forLinkListings())
{
    qRegisterMetaType<relink::Result>();
    qRegisterMetaType<QList<relink::Link>>();
    // Precise: a coarse timer may fire up to 5 % early, and the pace is a promise to Belvo.
    m_wait.setSingleShot(true);
    m_wait.setTimerType(Qt::PreciseTimer);
    connect(&m_wait, &QTimer::timeout, this, [this] {
        m_waiting = false;
        request();
    });
}

LinkListing::~LinkListing()
{
    if (m_running) {
        m_running->disconnect(this);
        m_running->cancel();
    }
}

QString LinkListing::queryProblem() const
{
    for (const QString &status : m_query.statuses) {
        if (!linkStatuses().contains(status))
            return parseLinkStatuses(status).error;
    }
    if (m_query.since.isValid() && m_query.until.isValid() && m_query.since > m_query.until)
        return tr("The start date (%1) is after the end date (%2). Swap them, or leave one out.")
            .arg(m_query.since.toString(Qt::ISODate), m_query.until.toString(Qt::ISODate));
    return {};
}

void LinkListing::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    if (const QString problem = queryProblem(); !problem.isEmpty()) {
        Result refused;
        refused.failure = Failure::Refused;
        refused.message = problem;
        return finishLater(refused); // queued: a caller connecting after start() still hears
    }
    m_nextUrl = linksPageUrl(m_client->config().baseUrl, m_query);
    qCInfo(lcListing).noquote() << "listing links" << m_nextUrl.query(QUrl::FullyEncoded);
    request();
}

void LinkListing::fetchMore()
{
    if (!m_started)
        return start();
    if (canFetchMore())
        request();
}

void LinkListing::setFollowAll(bool follow)
{
    m_followAll = follow;
    if (follow && m_started && canFetchMore())
        request();
}

bool LinkListing::canFetchMore() const
{
    return !m_finished && !isLoading() && (!m_started || !m_nextUrl.isEmpty());
}

void LinkListing::request()
{
    if (m_finished || m_running || m_waiting || m_nextUrl.isEmpty())
        return;
    const qint64 delay = m_limiter->delayMs();
    if (delay > 0) {
        qCDebug(lcListing) << "listing links: the next page waits" << delay << "ms (rate limit)";
        m_waiting = true;
        m_wait.start(static_cast<int>(qMin<qint64>(delay, INT_MAX)));
        return;
    }
    m_limiter->recordRequest();
    m_asked.insert(m_nextUrl);
    Operation *op = m_client->listLinksPage(m_nextUrl);
    m_running = op;
    connect(op, &Operation::finished, this, &LinkListing::onPage);
}

void LinkListing::onPage(const Result &result)
{
    m_running = nullptr;
    if (m_finished)
        return;
    if (result.kind == Result::Kind::ApiErrors && result.httpStatus == 429 &&
        result.retryAfterSeconds >= 0 && result.retryAfterSeconds <= kMaxRetryAfterSeconds &&
        m_retries < kMaxRetries) {
        // Belvo says when: the same page again then, and nothing else before (the limiter is
        // the process's: other listings wait too).
        ++m_retries;
        const int seconds = qMax(1, result.retryAfterSeconds);
        qCInfo(lcListing) << "listing links: 429, asking for the page again in" << seconds << "s";
        m_limiter->holdFor(qint64(seconds) * 1000);
        emit rateLimited(seconds);
        if (!m_finished)
            request();
        return;
    }
    if (result.kind != Result::Kind::LinksPage)
        return finish(result); // Belvo's errors (a 429 included) or a failure, as they came
    m_retries = 0;
    ++m_pages;
    const QUrl here = m_nextUrl;
    m_nextUrl.clear();
    m_total = result.page.count;
    QList<Link> links = result.page.links;
    if (m_query.limit > 0 && m_fetched + links.size() > m_query.limit)
        links.resize(m_query.limit - m_fetched);
    m_fetched += static_cast<int>(links.size());
    const QUrl next = result.page.next.isEmpty() ? QUrl() : here.resolved(result.page.next);
    qCDebug(lcListing) << "listing links: page" << m_pages << "with" << result.page.links.size()
                       << "links;" << m_fetched << "of" << m_total;
    emit pageArrived(links, m_total);
    if (m_finished) // cancelled by a receiver
        return;
    const bool atLimit = m_query.limit > 0 && m_fetched >= m_query.limit;
    if (atLimit || next.isEmpty()) {
        Result done;
        done.kind = Result::Kind::LinksPage;
        done.httpStatus = result.httpStatus;
        done.page.count = m_total;
        done.page.next = atLimit ? next : QUrl();
        done.message = atLimit && !next.isEmpty()
                           ? tr("The first %n link(s) listed; more match.", nullptr, m_fetched)
                           : tr("All %n link(s) listed.", nullptr, m_fetched);
        return finish(done);
    }
    if (!isSameOrigin(next, m_client->config().baseUrl)) {
        qCInfo(lcListing).noquote()
            << "listing links: a next page on another origin, not followed:" << next.host();
        return fail(Failure::ForeignNext, foreignNextMessage(next, m_client->config().baseUrl));
    }
    if (m_asked.contains(next))
        return fail(Failure::Malformed,
                    tr("Belvo's pages of links lead in a circle (a page names an earlier one as "
                       "the next), so the listing stopped after %n link(s). Try again; if it "
                       "happens again, report it to Belvo.",
                       nullptr, m_fetched));
    m_nextUrl = next;
    if (m_followAll)
        request();
}

void LinkListing::cancel()
{
    if (m_finished)
        return;
    fail(Failure::Cancelled,
         !m_started      ? tr("Cancelled. Nothing was sent.")
         : m_fetched > 0 ? tr("Cancelled after %n link(s); list them again to see them all.",
                              nullptr, m_fetched)
                         : tr("Cancelled before the first page of links arrived."));
}

void LinkListing::fail(Failure failure, const QString &message)
{
    Result r;
    r.kind = Result::Kind::Failure;
    r.failure = failure;
    r.message = message;
    finish(r);
}

void LinkListing::finishLater(Result result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { finish(result); }, Qt::QueuedConnection);
}

void LinkListing::finish(Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_waiting = false;
    m_wait.stop();
    m_nextUrl.clear();
    if (m_running) {
        m_running->disconnect(this);
        m_running->cancel();
        m_running = nullptr;
    }
    qCInfo(lcListing).noquote() << "listing links ended:" << m_fetched << "links in" << m_pages
                                << "pages," << (result.isSuccess() ? "complete" : "stopped");
    emit finished(result);
    deleteLater();
}

} // namespace relink
