#include "linkwatch.h"

#include "belvoclient.h"
#include "flowslogging_p.h"
#include "linkid.h"
#include "updateflow.h"
#include "watchscheduler.h"

#include <climits>

namespace relink {

namespace {

const QLatin1StringView kValid("valid");

int clampMs(qint64 ms)
{
    return static_cast<int>(qBound(qint64(0), ms, qint64(INT_MAX)));
}

} // namespace

LinkWatch::LinkWatch(BelvoClient *client, QObject *parent, WatchScheduler *scheduler)
    : QObject(parent), m_client(client->clone(this)),
      m_scheduler(scheduler ? scheduler : WatchScheduler::shared())
{
    qRegisterMetaType<relink::Result>();
    qRegisterMetaType<relink::LinkWatch::Outcome>();
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &LinkWatch::onDeadline);
}

LinkWatch::~LinkWatch()
{
    m_scheduler->withdraw(this);
    if (m_running)
        m_running->disconnect(this);
}

bool LinkWatch::isFinal(const Result &r)
{
    switch (r.kind) {
    case Result::Kind::ApiErrors:
        return r.httpStatus >= 400 && r.httpStatus < 500 && r.httpStatus != 408 &&
               r.httpStatus != 429;
    case Result::Kind::Failure:
        switch (r.failure) {
        case Failure::Refused:
        case Failure::Tls:
        case Failure::Redirect:
        case Failure::Oversized:
        case Failure::Cancelled:
            return true;
        default:
            return false; // timeouts, DNS, refused or dropped connections, malformed answers
        }
    default:
        return false;
    }
}

int LinkWatch::delayAfterMs(const Result &r)
{
    if (r.retryAfterSeconds >= 0)
        return clampMs(qMax<qint64>(kMinimumIntervalMs, qint64(r.retryAfterSeconds) * 1000));
    if (r.kind == Result::Kind::ApiErrors && r.httpStatus == 429)
        return kRateLimitedIntervalMs;
    return kMinimumIntervalMs;
}

void LinkWatch::start(const QString &linkId, QDeadlineTimer deadline)
{
    if (m_finished)
        return;
    m_deadline = deadline;
    if (m_deadline.isForever())
        m_deadlineTimer.stop();
    else
        m_deadlineTimer.start(clampMs(m_deadline.remainingTime()));
    if (m_started) { // a new deadline only: the pace goes on
        // A poll the old deadline left out (too close to it) goes out under the new one.
        if (!m_running && !m_waiting && m_deadlineTimer.isActive())
            scheduleNext(clampMs(qMax<qint64>(0, m_notBefore.remainingTime())));
        return;
    }
    m_started = true;
    m_linkId = linkId.trimmed().toLower();
    if (!isValidLinkId(m_linkId)) {
        // Nothing is sent. Queued, so a caller that connects right after start() still hears.
        m_deadlineTimer.stop();
        QMetaObject::invokeMethod(
            this,
            [this] {
                Result refused;
                refused.failure = Failure::Refused;
                refused.message = m_client->handoffProblem(m_linkId);
                finish(Outcome::Kind::Failed, refused);
            },
            Qt::QueuedConnection);
        return;
    }
    qCInfo(lcWatch).noquote() << "watching link" << m_linkId << "until it is valid";
    scheduleNext(0);
}

void LinkWatch::scheduleNext(int delayMs)
{
    // Past the deadline nothing more is sent: the deadline's own timer ends the watch.
    if (!m_deadline.isForever() && m_deadline.remainingTime() < delayMs)
        return;
    m_waiting = true;
    m_scheduler->request(this, delayMs, [this] {
        m_waiting = false;
        poll();
    });
}

void LinkWatch::poll()
{
    if (m_finished || m_running)
        return;
    if (!m_notBefore.hasExpired()) // never sooner than promised
        return scheduleNext(clampMs(m_notBefore.remainingTime() + 1));
    Operation *op = m_client->getLink(m_linkId);
    m_running = op;
    connect(op, &Operation::finished, this, &LinkWatch::onAnswer);
}

void LinkWatch::onAnswer(const Result &result)
{
    m_running = nullptr;
    if (m_finished)
        return;
    const int delay = delayAfterMs(result);
    m_notBefore = QDeadlineTimer(delay, Qt::PreciseTimer); // counted from this answer's arrival
    m_lastResult = result;
    if (result.kind == Result::Kind::Link) {
        m_link = result.link;
        m_lastStatus = result.link.status;
    }
    qCDebug(lcWatch).noquote() << "watch: link" << m_linkId << "is"
                               << (m_lastStatus.isEmpty() ? QStringLiteral("unknown")
                                                          : m_lastStatus)
                               << "; next check in" << delay << "ms";
    emit checked(result, QDateTime::currentDateTime());
    if (m_finished) // cancelled by a receiver
        return;
    if (result.kind == Result::Kind::Link && result.link.status == kValid)
        return finish(Outcome::Kind::Valid, result);
    if (isFinal(result))
        return finish(Outcome::Kind::Failed, result);
    scheduleNext(delay);
}

void LinkWatch::onDeadline()
{
    if (m_finished || !m_started)
        return;
    if (m_running) { // its answer comes too late to count
        m_running->disconnect(this);
        m_running->cancel();
        m_running = nullptr;
    }
    finish(Outcome::Kind::Deadline, m_lastResult);
}

void LinkWatch::cancel()
{
    if (m_finished)
        return;
    if (m_running) {
        m_running->disconnect(this);
        m_running->cancel();
        m_running = nullptr;
    }
    finish(Outcome::Kind::Cancelled, m_lastResult);
}

void LinkWatch::finish(Outcome::Kind kind, const Result &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_waiting = false;
    m_scheduler->withdraw(this);
    m_deadlineTimer.stop();
    Outcome o;
    o.kind = kind;
    o.link = m_link;
    o.lastStatus = m_lastStatus;
    o.result = result;
    switch (kind) {
    case Outcome::Kind::Valid:
        o.message = tr("Link %1 is valid again: Belvo can log in to the bank.").arg(m_linkId);
        break;
    case Outcome::Kind::Deadline:
        if (!m_lastStatus.isEmpty())
            o.message = tr("Link %1 is still %2: the customer has not finished in time. Ask "
                           "them whether they got through, then check the link again or start "
                           "a new hand-off.")
                            .arg(m_linkId, m_lastStatus);
        else if (result.kind == Result::Kind::Failure && result.failure == Failure::None)
            o.message = tr("The time ran out before Belvo said how link %1 is. Check the link, "
                           "or wait again.")
                            .arg(m_linkId);
        else
            o.message = tr("The time ran out before link %1 could be checked: %2")
                            .arg(m_linkId, UpdateOutcome::from(result).message);
        break;
    case Outcome::Kind::Cancelled:
        o.message =
            m_lastStatus.isEmpty()
                ? tr("Stopped waiting for link %1 before its status was known.").arg(m_linkId)
                : tr("Stopped waiting for link %1; it was last seen %2.")
                      .arg(m_linkId, m_lastStatus);
        break;
    case Outcome::Kind::Failed:
        o.message = UpdateOutcome::from(result).message;
        break;
    }
    qCInfo(lcWatch).noquote() << "watch of link" << m_linkId << "ended:"
                              << (m_lastStatus.isEmpty() ? QStringLiteral("status unknown")
                                                         : m_lastStatus);
    emit finished(o);
}

} // namespace relink
