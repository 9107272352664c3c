#include "handoffflow.h"

#include "belvoclient.h"
#include "environment.h"
#include "flowslogging_p.h"
#include "historyservice.h"
#include "updateflow.h"

#include <cmath>

namespace relink {

HandoffFlow::HandoffFlow(BelvoClient *client, Context context, QObject *parent)
    : QObject(parent), m_client(client->clone(this)), m_context(std::move(context))
{
    qRegisterMetaType<relink::HandoffOutcome>();
}

HandoffFlow::~HandoffFlow()
{
    if (m_minting)
        m_minting->disconnect(this);
    if (m_checking)
        m_checking->disconnect(this);
    if (m_watch)
        m_watch->disconnect(this);
}

QUrl HandoffFlow::url() const
{
    return hostedWidgetUrl(widgetBaseFor(m_client->config().baseUrl), m_accessToken, m_locale);
}

void HandoffFlow::start(const QString &linkId, const QString &locale,
                        const std::optional<Link> &checked)
{
    if (m_started || m_finished)
        return;
    m_started = true;
    m_linkId = linkId.trimmed().toLower();
    m_locale = locale;
    if (const QString problem = m_client->handoffProblem(m_linkId); !problem.isEmpty()) {
        m_refused = true;
        Result refused;
        refused.failure = Failure::Refused;
        refused.message = problem;
        // Queued, so a face that connects right after start() still hears; nothing recorded.
        QMetaObject::invokeMethod(
            this,
            [this, refused] {
                finish(outcome(HandoffOutcome::Kind::TokenFailed, refused, refused.message));
            },
            Qt::QueuedConnection);
        return;
    }
    // A link that is valid already needs nothing from the customer: look first (unless it was
    // just read; heard from the event loop, like an answer).
    if (checked && checked->id.compare(m_linkId, Qt::CaseInsensitive) == 0) {
        Result read;
        read.kind = Result::Kind::Link;
        read.httpStatus = 200;
        read.link = *checked;
        QMetaObject::invokeMethod(
            this, [this, read] { onChecked0(read); }, Qt::QueuedConnection);
        return;
    }
    Operation *op = m_client->getLink(m_linkId);
    m_checking = op;
    connect(op, &Operation::finished, this, &HandoffFlow::onChecked0);
}

void HandoffFlow::onChecked0(const Result &result)
{
    m_checking = nullptr;
    if (m_finished)
        return;
    if (result.kind == Result::Kind::Link && result.link.status == QLatin1String("valid")) {
        m_link = result.link;
        m_lastStatus = result.link.status;
        qCInfo(lcHandoff).noquote() << "hand-off of" << m_linkId << "not needed: it is valid";
        return finish(outcome(HandoffOutcome::Kind::AlreadyValid, result,
                              tr("Link %1 is already valid: there is nothing for the customer to "
                                 "do. No link was made for them.")
                                  .arg(m_linkId)));
    }
    if (result.kind != Result::Kind::Link) { // recorded: a GET step, and its failure
        Result r = result;
        begin();
        if (m_context.history &&
            !(r.kind == Result::Kind::Failure && r.failure == Failure::Refused)) // nothing was sent
            m_context.history->step(m_attempt, HistoryStep::Get, r);
        return finish(outcome(HandoffOutcome::Kind::TokenFailed, r,
                              tr("No link for the customer was made: link %1 could not be "
                                 "checked first: %2")
                                  .arg(m_linkId, UpdateOutcome::from(r).message)));
    }
    m_link = result.link;
    m_lastStatus = result.link.status;
    begin(); // before anything is sent: a token that may reach the customer always has its row
    mint();
}

void HandoffFlow::resume(const QString &linkId, const QString &attempt)
{
    if (m_started || m_finished)
        return;
    m_started = true;
    m_linkId = linkId.trimmed().toLower();
    m_attempt = attempt;
}

QUrl HandoffFlow::currentUrl() const
{
    if (m_finished || m_accessToken.isEmpty() || m_tokenExpiry.hasExpired())
        return {};
    return url();
}

int HandoffFlow::tokenSecondsLeft() const
{
    if (m_accessToken.isEmpty())
        return 0;
    return static_cast<int>(
        std::ceil(double(qMax<qint64>(m_tokenExpiry.remainingTime(), 0)) / 1000.0));
}

void HandoffFlow::renew()
{
    if (!m_started || m_refused || m_finished || m_minting || m_checking)
        return;
    mint();
}

void HandoffFlow::setLocale(const QString &locale)
{
    m_locale = locale;
    if (m_finished || m_accessToken.isEmpty())
        return;
    const qint64 left = m_tokenExpiry.remainingTime();
    emit tokenReady(url(), static_cast<int>(std::ceil(double(qMax<qint64>(left, 0)) / 1000.0)));
}

void HandoffFlow::watch(QDeadlineTimer deadline)
{
    if (!m_started || m_refused || m_finished)
        return;
    if (!m_watch) {
        m_watch = new LinkWatch(m_client, this);
        connect(m_watch, &LinkWatch::checked, this, &HandoffFlow::onChecked);
        connect(m_watch, &LinkWatch::finished, this, &HandoffFlow::onWatchFinished);
    }
    m_watch->start(m_linkId, deadline);
}

void HandoffFlow::cancel()
{
    if (m_finished)
        return;
    if (!m_started || m_refused) {
        Result r;
        r.failure = Failure::Cancelled;
        r.message = tr("The hand-off was cancelled before anything was sent.");
        return finish(outcome(HandoffOutcome::Kind::Cancelled, r, r.message));
    }
    if (m_checking) { // nothing minted yet, nothing recorded
        m_checking->disconnect(this);
        m_checking->cancel();
        m_checking = nullptr;
        Result r;
        r.failure = Failure::Cancelled;
        r.message = tr("The hand-off was cancelled before anything was sent.");
        return finish(outcome(HandoffOutcome::Kind::Cancelled, r, r.message));
    }
    const bool wasMinting = m_minting;
    stopMinting();
    if (m_watch && m_watch->isRunning())
        return m_watch->cancel(); // its outcome (Cancelled) ends the flow, recorded
    Result r;
    r.failure = Failure::Cancelled;
    r.message = tr("The hand-off for link %1 was cancelled.").arg(m_linkId);
    if (wasMinting) {
        r.message = tr("The hand-off for link %1 was cancelled while its link was being made; "
                       "the customer has no link.")
                        .arg(m_linkId);
        recordToken(r);
    } else if (m_context.history) {
        m_context.history->step(m_attempt, HistoryStep::Cancel, r);
    }
    finish(outcome(HandoffOutcome::Kind::Cancelled, r, r.message));
}

void HandoffFlow::mint()
{
    Operation *op = m_client->createWidgetToken(m_linkId);
    m_minting = op;
    connect(op, &Operation::finished, this, &HandoffFlow::onToken);
}

void HandoffFlow::onToken(const Result &result)
{
    m_minting = nullptr;
    if (m_finished)
        return;
    Result r = result;
    m_accessToken.clear();
    if (r.kind == Result::Kind::WidgetToken) {
        m_accessToken = r.widgetToken.access;
        r.widgetToken = {};
    }
    if (r.kind == Result::Kind::Failure && r.failure == Failure::Refused) // nothing was sent
        return finish(outcome(HandoffOutcome::Kind::TokenFailed, r, r.message));
    recordToken(r);
    if (m_accessToken.isEmpty() && m_watch && m_watch->isRunning()) {
        // A new link could not be made, but the customer may still be on the last one: the
        // watch goes on, and the agent can try again.
        emit renewFailed(tr("No new link for the customer could be made: %1")
                             .arg(UpdateOutcome::from(r).message),
                         r);
        return;
    }
    if (m_accessToken.isEmpty()) {
        stopWatching();
        return finish(outcome(
            HandoffOutcome::Kind::TokenFailed, r,
            tr("No link for the customer could be made: %1").arg(UpdateOutcome::from(r).message)));
    }
    const int seconds = result.widgetToken.expiresInSeconds;
    m_tokenExpiry = QDeadlineTimer(qint64(seconds) * 1000);
    qCInfo(lcHandoff).noquote() << "hand-off link for" << m_linkId << "ready for" << seconds << "s";
    emit tokenReady(url(), seconds);
}

void HandoffFlow::onChecked(const Result &result, const QDateTime &at)
{
    if (result.kind == Result::Kind::Link) {
        m_link = result.link;
        m_lastStatus = result.link.status;
        if (m_lastStatus != QLatin1String("valid"))
            m_sawNotValid = true;
    }
    emit checked(result, at);
}

void HandoffFlow::onWatchFinished(const LinkWatch::Outcome &watch)
{
    if (m_finished)
        return;
    stopMinting(); // a new token nobody will see
    HandoffOutcome o = HandoffOutcome::fromWatch(watch);
    // A success is the customer's only when the link was seen not valid since the token.
    if (o.kind == HandoffOutcome::Kind::Valid && !m_sawNotValid) {
        o.kind = HandoffOutcome::Kind::AlreadyValid;
        o.message = tr("Link %1 is valid, but Relink never saw it not valid since the customer's "
                       "link was made: it cannot tell who fixed it.")
                        .arg(m_linkId);
    }
    recordHandoffEnd(m_context.history, m_attempt, o);
    finish(o);
}

void HandoffFlow::stopMinting()
{
    if (!m_minting)
        return;
    m_minting->disconnect(this);
    m_minting->cancel();
    m_minting = nullptr;
}

void HandoffFlow::stopWatching()
{
    if (!m_watch)
        return;
    m_watch->disconnect(this);
    m_watch->cancel();
}

void HandoffFlow::begin()
{
    HistoryService *h = m_context.history;
    if (!h)
        return;
    // The bank as Belvo names it (the check's answer), like every update's record.
    m_attempt = h->begin({m_context.environmentLabel, m_linkId,
                          m_link.institution.isEmpty() ? m_context.institution : m_link.institution,
                          QStringList(), QString(), m_context.ticket});
    h->overridden(m_attempt, m_context.confirmed);
}

void HandoffFlow::recordToken(const Result &result)
{
    HistoryService *h = m_context.history;
    if (!h)
        return;
    Result recorded = result;
    recorded.widgetToken = {}; // never near the history
    h->step(m_attempt, HistoryStep::Token, recorded);
}

HandoffOutcome HandoffFlow::outcome(HandoffOutcome::Kind kind, const Result &result,
                                    const QString &message) const
{
    HandoffOutcome o;
    o.kind = kind;
    o.link = m_link;
    o.lastStatus = m_lastStatus;
    o.result = result;
    o.result.widgetToken = {};
    o.message = message;
    return o;
}

void HandoffFlow::finish(const HandoffOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_accessToken.clear();
    emit finished(outcome);
    deleteLater();
}

} // namespace relink
