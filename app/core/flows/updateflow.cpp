#include "updateflow.h"

#include "belvoclient.h"
#include "flowslogging_p.h"
#include "historyservice.h"

#include <QCoreApplication>

namespace relink {

namespace {

Result cancelledResult()
{
    Result r;
    r.kind = Result::Kind::Failure;
    r.failure = Failure::Cancelled;
    r.message =
        UpdateFlow::tr("The MFA step was cancelled; the link was not updated. Start the update "
                       "again when the customer is ready.");
    return r;
}

// A failure while sending a token leaves the bank's session open: worth another try.
bool worthAnotherToken(const Result &r)
{
    if (r.kind == Result::Kind::Failure)
        return r.failure != Failure::Cancelled && r.failure != Failure::Refused;
    return r.kind == Result::Kind::ApiErrors && r.httpStatus >= 500 && !isSessionExpired(r);
}

QString withRequestIds(const QString &text, const Result &r)
{
    const QStringList ids = r.requestIds();
    if (ids.isEmpty())
        return text;
    return text + QLatin1Char(' ') +
           UpdateFlow::tr("Request id: %1").arg(ids.join(QStringLiteral(", ")));
}

} // namespace

bool isSessionExpired(const Result &r)
{
    if (r.kind != Result::Kind::ApiErrors)
        return false;
    for (const ApiError &e : r.errors) {
        if (e.code == QLatin1StringView("session_expired"))
            return true;
    }
    return false;
}

UpdateOutcome::Kind classifyResult(const Result &r)
{
    using K = UpdateOutcome::Kind;
    switch (r.kind) {
    case Result::Kind::Link:
    case Result::Kind::Institution:
    case Result::Kind::Connected:
    case Result::Kind::WidgetToken:
    case Result::Kind::LinksPage:
        return K::Updated;
    case Result::Kind::Accepted:
        return K::Accepted;
    case Result::Kind::Mfa:
        return K::MfaPending;
    case Result::Kind::ApiErrors:
        if (r.httpStatus == 429)
            return K::RateLimited;
        if (r.httpStatus == 401 || r.httpStatus == 403)
            return K::AuthFailed;
        if (r.httpStatus == 404)
            return K::NotFound;
        if (isSessionExpired(r))
            return K::SessionExpired;
        if (r.httpStatus >= 400 && r.httpStatus < 500)
            return K::Rejected;
        return K::Failed;
    case Result::Kind::Failure:
        if (r.failure == Failure::Refused)
            return K::Refused;
        if (r.failure == Failure::Cancelled)
            return K::Cancelled;
        return K::Failed;
    }
    return K::Failed;
}

UpdateFlow::UpdateFlow(BelvoClient *client, Context context, QObject *parent)
    : QObject(parent), m_client(client->clone(this)), m_context(std::move(context))
{
    qRegisterMetaType<relink::UpdateOutcome>();
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &UpdateFlow::onChallengeExpired);
}

UpdateFlow::~UpdateFlow()
{
    if (m_running)
        m_running->disconnect(this);
}

void UpdateFlow::start(const QString &linkId, const UpdateFields &fields)
{
    m_linkId = linkId.trimmed().toLower();
    if (const QString problem = m_client->updateProblem(m_linkId, fields); !problem.isEmpty())
        return refuseLater(problem);
    // Recorded before anything is sent: an update that may reach Belvo always has its row.
    begin(fields.filledNames());
    run(FlowStep::Put, m_client->updateCredentials(m_linkId, fields));
}

void UpdateFlow::resume(const QString &linkId, const QString &session,
                        const std::optional<QString> &token)
{
    m_oneShot = true;
    m_linkId = linkId.trimmed().toLower();
    if (const QString problem = m_client->resumeProblem(m_linkId, session, token);
        !problem.isEmpty())
        return refuseLater(problem);
    begin(token ? QStringList{QStringLiteral("token")} : QStringList{});
    run(FlowStep::Patch, m_client->resumeSession(m_linkId, session, token));
}

void UpdateFlow::refuseLater(const QString &problem)
{
    Result refused;
    refused.failure = Failure::Refused;
    refused.message = problem;
    // Queued, so a face that connects right after start() still hears it; nothing is recorded.
    QMetaObject::invokeMethod(
        this, [this, refused] { finishWith(refused); }, Qt::QueuedConnection);
}

void UpdateFlow::submitToken(const std::optional<QString> &token)
{
    if (!m_waiting || m_finished)
        return;
    m_waiting = false;
    const QString link = m_challenge.link.isEmpty() ? m_linkId : m_challenge.link;
    run(FlowStep::Patch, m_client->resumeSession(link, m_challenge.session, token));
}

void UpdateFlow::leaveUnanswered()
{
    if (!m_waiting || m_finished)
        return;
    Result r;
    r.kind = Result::Kind::Mfa;
    r.httpStatus = 428;
    r.mfa = m_challenge;
    finishWith(r);
}

void UpdateFlow::cancel()
{
    if (m_finished)
        return;
    if (m_running) { // its answer (Cancelled) ends the flow
        m_running->cancel();
        return;
    }
    const Result r = cancelledResult();
    if (m_waiting)
        record(FlowStep::Cancel, r);
    finishWith(r);
}

void UpdateFlow::run(FlowStep step, Operation *operation)
{
    m_running = operation;
    connect(operation, &Operation::finished, this,
            [this, step](const Result &r) { onAnswer(step, r); });
    emit stepStarted(step);
}

void UpdateFlow::onAnswer(FlowStep step, const Result &r)
{
    m_running = nullptr;
    if (m_finished)
        return;
    if (r.kind == Result::Kind::Failure && r.failure == Failure::Refused) {
        // Nothing was sent (e.g. a token with a control character): not a step of the history.
        if (step == FlowStep::Patch && !m_oneShot && m_tokenSource)
            return askForToken(r.message);
        return finishWith(r);
    }
    record(step, r, step == FlowStep::Get && r.kind != Result::Kind::Link);
    if (step == FlowStep::Get) { // the read-back of an accepted update
        if (r.kind == Result::Kind::Link) {
            UpdateOutcome o;
            o.kind = UpdateOutcome::Kind::Updated;
            o.result = r;
            o.message = describeResult(r);
            return finish(o);
        }
        UpdateOutcome o;
        o.kind = UpdateOutcome::Kind::Accepted;
        o.result = m_accepted; // the 2xx: what Belvo did; the message says what the GET met
        o.message = withRequestIds(tr("Belvo accepted the update, but the link could not be "
                                      "read back: %1 Check the link to see its status.")
                                       .arg(describeResult(r)),
                                   r);
        return finish(o);
    }
    switch (r.kind) {
    case Result::Kind::Accepted:
        return readBack(r);
    case Result::Kind::Mfa: {
        const bool again = step == FlowStep::Patch;
        m_challenge = r.mfa;
        if (m_challenge.link.isEmpty())
            m_challenge.link = m_linkId;
        if (m_challenge.expirySeconds > 0) {
            m_expiry.start(m_challenge.expirySeconds * 1000);
            m_deadline.setRemainingTime(qint64(m_challenge.expirySeconds) * 1000);
        } else {
            m_expiry.stop();
            m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
        }
        if (m_oneShot || !m_tokenSource)
            return finishWith(r);
        return askForToken(again ? tr("The token was not accepted. Ask the customer for the new "
                                      "one and try again.")
                                 : QString());
    }
    default:
        break;
    }
    if (step == FlowStep::Patch && !m_oneShot && m_tokenSource && worthAnotherToken(r))
        return askForToken(withRequestIds(describeResult(r), r));
    finishWith(r);
}

void UpdateFlow::askForToken(const QString &notice)
{
    m_waiting = true;
    if (m_deadline.hasExpired()) // it ran out while a token was on its way
        return onChallengeExpired();
    m_tokenSource->tokenNeeded(m_challenge, notice);
}

void UpdateFlow::readBack(const Result &accepted)
{
    m_accepted = accepted;
    qCInfo(lcUpdate).noquote() << "HTTP" << accepted.httpStatus
                               << "without a link: reading the link back";
    run(FlowStep::Get, m_client->getLink(m_linkId));
}

void UpdateFlow::onChallengeExpired()
{
    if (!m_waiting || m_finished)
        return; // a token on its way: its answer decides
    Result r;
    r.kind = Result::Kind::Failure;
    r.failure = Failure::Timeout;
    r.message = tr("The bank's MFA session expired before a token was sent; the link was not "
                   "updated. Start the update again when the customer is ready.");
    record(FlowStep::Expired, r);
    UpdateOutcome o;
    o.kind = UpdateOutcome::Kind::SessionExpired;
    o.result = r;
    o.message = r.message;
    finish(o);
}

void UpdateFlow::begin(const QStringList &fieldNames)
{
    // The history records on its own thread and reports its troubles itself (problem()).
    if (HistoryService *h = m_context.history) {
        m_attempt = h->begin({m_context.environmentLabel, m_linkId, m_context.institution,
                              fieldNames, QString(), m_context.ticket});
        h->overridden(m_attempt, m_context.confirmed);
    }
}

void UpdateFlow::record(FlowStep step, const Result &result, bool keepOutcome)
{
    if (HistoryService *h = m_context.history)
        h->step(m_attempt, step, result, keepOutcome);
}

UpdateOutcome UpdateOutcome::from(const Result &result)
{
    UpdateOutcome o;
    o.kind = classifyResult(result);
    o.result = result;
    o.retryAfterSeconds = result.retryAfterSeconds;
    if (o.kind == Kind::MfaPending)
        o.challenge = result.mfa;
    o.message = result.kind == Result::Kind::Failure
                    ? result.message
                    : withRequestIds(describeResult(result), result);
    return o;
}

void UpdateFlow::finishWith(const Result &result)
{
    UpdateOutcome o = UpdateOutcome::from(result);
    if (o.kind == UpdateOutcome::Kind::MfaPending && !m_challenge.session.isEmpty())
        o.challenge = m_challenge;
    finish(o);
}

void UpdateFlow::finish(UpdateOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_waiting = false;
    m_expiry.stop();
    if (outcome.retryAfterSeconds < 0)
        outcome.retryAfterSeconds = outcome.result.retryAfterSeconds;
    emit finished(outcome);
    deleteLater();
}

} // namespace relink
