#include "handoffdesk.h"

#include "agent.h"
#include "belvoclient.h"
#include "flowslogging_p.h"
#include "historyservice.h"
#include "historyvocabulary.h"

namespace relink {

HandoffDesk::HandoffDesk(QObject *parent) : QObject(parent), m_claimRenewal(new QTimer(this))
{
    qRegisterMetaType<relink::HandoffOutcome>();
    connect(m_claimRenewal, &QTimer::timeout, this, [this] {
        for (int i = 0; i < m_rows.size(); ++i)
            claim(i);
    });
    m_claimRenewal->start(kClaimRenewalMs);
}

void HandoffDesk::setClaimRenewalInterval(int ms)
{
    m_claimRenewal->start(ms);
}

void HandoffDesk::claim(int i)
{
    const WaitingHandoff &row = m_rows.at(i);
    HistoryService *history = row.context.history;
    // Only this agent's (a restored hand-off may be a colleague's, on a team history), only
    // while the customer's link can still be used.
    if (!history || !row.isOpen() || row.state == WaitingHandoff::State::Minting ||
        row.tokenExpiry.hasExpired() || row.agent.compare(currentAgent(), Qt::CaseInsensitive) != 0)
        return;
    history->claim({row.environment, row.linkId, row.agent, row.ticket, kClaimSeconds, false}, this,
                   [](const ClaimRead &) {});
}

HandoffDesk::~HandoffDesk()
{
    // Quitting is not cancelling: the history keeps them open (handed_off), and the next run
    // watches them again while their tokens live.
    for (const WaitingHandoff &row : std::as_const(m_rows)) {
        if (row.flow)
            row.flow->disconnect(this);
    }
}

HandoffFlow *HandoffDesk::flowFor(const QString &linkId) const
{
    const int row = rowOf(linkId);
    if (row < 0 || !m_rows[row].isOpen())
        return nullptr;
    return m_rows[row].flow;
}

int HandoffDesk::rowOf(const QString &linkId) const
{
    const QString id = linkId.trimmed().toLower();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].linkId == id)
            return i;
    }
    return -1;
}

int HandoffDesk::rowOf(const HandoffFlow *flow) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].flow == flow)
            return i;
    }
    return -1;
}

HandoffFlow *HandoffDesk::create(BelvoClient *client, const HandoffFlow::Context &context,
                                 const QString &linkId)
{
    auto *flow = new HandoffFlow(client, context, this);
    WaitingHandoff row;
    row.linkId = linkId.trimmed().toLower();
    row.environment = context.environmentLabel;
    row.bank = context.institution;
    row.ticket = context.ticket;
    row.agent = currentAgent();
    row.client = client;
    row.context = context;
    adopt(flow, row);
    return flow;
}

void HandoffDesk::adopt(HandoffFlow *flow, WaitingHandoff row)
{
    row.flow = flow;
    const int old = rowOf(row.linkId);
    if (old >= 0) { // an ended or valid row of the same link: the new hand-off replaces it
        m_rows[old] = row;
        emit rowChanged(old);
    } else {
        m_rows.append(row);
        emit rowAdded(int(m_rows.size() - 1));
    }
    connect(flow, &HandoffFlow::tokenReady, this,
            [this, flow](const QUrl &, int seconds) { onTokenReady(flow, seconds); });
    connect(flow, &HandoffFlow::checked, this,
            [this, flow](const Result &r, const QDateTime &at) { onChecked(flow, r, at); });
    connect(flow, &HandoffFlow::finished, this,
            [this, flow](const HandoffOutcome &o) { onFinished(flow, o); });
}

void HandoffDesk::onTokenReady(HandoffFlow *flow, int expiresInSeconds)
{
    const int i = rowOf(flow);
    if (i < 0)
        return;
    WaitingHandoff &row = m_rows[i];
    const bool sameToken = row.state == WaitingHandoff::State::Waiting &&
                           qAbs(row.tokenExpiry.remainingTime() / 1000 - expiresInSeconds) <= 1;
    row.tokenExpiry = QDeadlineTimer(qint64(expiresInSeconds) * 1000);
    row.state = WaitingHandoff::State::Waiting;
    row.externalId = flow->link().externalId;
    row.locale = flow->locale();
    if (row.lastStatus.isEmpty())
        row.lastStatus = flow->lastStatus();
    emit rowChanged(i);
    claim(i);
    if (!sameToken) // not merely another language: the watch lasts past the new token
        flow->watch(QDeadlineTimer(qint64(expiresInSeconds + kWatchGraceSeconds) * 1000));
}

void HandoffDesk::onChecked(HandoffFlow *flow, const Result &result, const QDateTime &at)
{
    const int i = rowOf(flow);
    if (i < 0)
        return;
    WaitingHandoff &row = m_rows[i];
    row.lastSeenAt = at;
    if (result.kind == Result::Kind::Link) {
        row.lastStatus = result.link.status;
        if (row.bank.isEmpty()) // sent before the bank's name was known: its code, as Belvo says
            row.bank = result.link.institution;
        if (!result.link.externalId.isEmpty())
            row.externalId = result.link.externalId;
    }
    emit rowChanged(i);
}

void HandoffDesk::onFinished(HandoffFlow *flow, const HandoffOutcome &outcome)
{
    const int i = rowOf(flow);
    if (i < 0)
        return;
    WaitingHandoff &row = m_rows[i];
    row.flow = nullptr;
    using K = HandoffOutcome::Kind;
    switch (outcome.kind) {
    case K::Valid:
        row.state = WaitingHandoff::State::Valid;
        row.lastStatus = outcome.lastStatus;
        row.validAt = QDateTime::currentDateTime();
        row.lastSeenAt = row.validAt;
        emit rowChanged(i);
        emit linkValid(row.linkId, outcome.result);
        return;
    case K::StillWaiting:
    case K::WatchFailed:
        row.state = WaitingHandoff::State::Ended;
        row.message = outcome.message;
        emit rowChanged(i);
        return;
    case K::Cancelled:
    case K::TokenFailed:
    case K::AlreadyValid:
        removeRow(i);
        return;
    }
}

void HandoffDesk::removeRow(int row)
{
    m_rows.removeAt(row);
    emit rowRemoved(row);
}

bool HandoffDesk::renew(const QString &linkId, const QString &locale)
{
    const int i = rowOf(linkId);
    if (i < 0)
        return false;
    if (HandoffFlow *flow = m_rows[i].flow) {
        flow->renew();
        return true;
    }
    const WaitingHandoff row = m_rows[i];
    if (!row.client)
        return false;
    HandoffFlow::Context context = row.context;
    context.ticket = row.ticket;
    context.institution = row.bank;
    context.confirmed.clear(); // what was confirmed went with the first hand-off's record
    HandoffFlow *flow = create(row.client, context, linkId);
    flow->start(row.linkId, row.locale.isEmpty() ? locale : row.locale);
    return true;
}

void HandoffDesk::stop(const QString &linkId)
{
    const int i = rowOf(linkId);
    if (i < 0)
        return;
    QPointer<HandoffFlow> flow = m_rows[i].flow;
    if (flow) {
        flow->disconnect(this);
        flow->cancel(); // recorded as cancelled
    }
    removeRow(rowOf(linkId));
}

void HandoffDesk::restore(HistoryService *history, BelvoClient *client, const QString &environment,
                          std::function<void()> done)
{
    if (!history || !client)
        return;
    HistoryFilter filter;
    filter.outcome = historyOutcomeName(HistoryOutcome::HandedOff);
    filter.since = QDateTime::currentDateTimeUtc().addSecs(-kTokenLifetimeSeconds);
    QPointer<BelvoClient> guard(client);
    history->read(
        filter, {}, 0, 200, this,
        [this, history, guard, environment, done](const HistoryRead &read) {
            for (const HistoryEntry &e : read.entries) {
                if (!guard || e.environment != environment || rowOf(e.linkId) >= 0)
                    continue;
                const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(
                    e.startedAt.addSecs(kTokenLifetimeSeconds));
                if (left <= 0)
                    continue;
                HandoffFlow::Context context{environment, history, e.ticket, e.institution, {}};
                auto *flow = new HandoffFlow(guard, context, this);
                WaitingHandoff row;
                row.linkId = e.linkId;
                row.environment = environment;
                row.bank = e.institution;
                row.ticket = e.ticket;
                row.agent = e.agent;
                row.client = guard;
                row.context = context;
                row.state = WaitingHandoff::State::Restored;
                row.tokenExpiry = QDeadlineTimer(left);
                adopt(flow, row);
                claim(rowOf(e.linkId)); // this agent's: theirs again at once
                flow->resume(e.linkId, e.key);
                flow->watch(QDeadlineTimer(left + qint64(kWatchGraceSeconds) * 1000));
                qCInfo(lcHandoff).noquote() << "watching again the hand-off of" << e.linkId;
            }
            if (done)
                done();
        });
}

} // namespace relink
