#include "linkpreflight.h"

#include "agent.h"
#include "historyservice.h"
#include "preflight.h"
#include "preflightpanel.h"
#include "workspace.h"

#include <QFormLayout>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>

namespace relink {

namespace {

constexpr int kClaimSeconds = 10 * 60;
constexpr int kRenewEveryMs = 4 * 60 * 1000; // well before the claim's 10 minutes end

} // namespace

LinkPreflight::LinkPreflight(Workspace *workspace, QFormLayout *linkForm, QStatusBar *statusBar,
                             QObject *parent)
    : QObject(parent), m_workspace(workspace),
      m_panel(new PreflightPanel(linkForm->parentWidget())), m_renewal(new QTimer(this)),
      m_statusBar(statusBar)
{
    linkForm->addRow(m_panel);
    connect(m_panel, &PreflightPanel::changed, this, &LinkPreflight::changed);
    connect(m_renewal, &QTimer::timeout, this, &LinkPreflight::renew);
    connect(workspace, &Workspace::changed, this, [this] { // a claim is one environment's
        if (m_workspace->environmentLabel() != m_claimEnvironment)
            release();
    });
}

LinkPreflight::~LinkPreflight()
{
    release(); // nobody is on the link once the window is gone (the agent quit)
}

void LinkPreflight::start(const QString &linkId, const QString &ticket)
{
    if (Preflight *old = m_running) {
        old->disconnect(this);
        old->cancel();
        old->deleteLater();
    }
    Preflight::Context context{m_workspace->environmentLabel(), m_workspace->ensureHistory(),
                               PreflightPolicy::fromSettings()};
    context.agent = currentAgent();
    context.ticket = ticket;
    context.claim = true; // checking a link claims it for this agent
    auto *preflight = new Preflight(nullptr, context, this);
    m_running = preflight;
    m_claimTicket = ticket;
    m_panel->showChecking(linkId);
    connect(preflight, &Preflight::finished, this,
            [this, preflight](const PreflightReport &r) { onFinished(preflight, r); });
    preflight->startWithoutBelvo(linkId);
}

void LinkPreflight::supplyLink(const Result &result)
{
    if (m_running)
        m_running->supplyLink(result);
}

void LinkPreflight::supplyInstitution(const Result &result)
{
    if (m_running)
        m_running->supplyInstitution(result);
}

void LinkPreflight::recheck(const QString &ticket, const Result &link, const Institution &bank)
{
    start(link.link.id, ticket);
    supplyLink(link);
    Result known;
    known.kind = Result::Kind::Institution;
    if (bank.name == link.link.institution) // the last bank checked may be another link's
        known.institution = bank;
    supplyInstitution(known); // taken only when the bank's health is not cached
}

void LinkPreflight::cancel()
{
    if (m_running)
        m_running->cancel();
}

void LinkPreflight::onFinished(Preflight *preflight, const PreflightReport &report)
{
    if (preflight != m_running)
        return;
    m_running = nullptr;
    preflight->deleteLater();
    if (report.facts.linkId != m_panel->linkId()) { // the window moved on meanwhile
        emit changed();
        return;
    }
    if (m_claimedLink != report.facts.linkId)
        release();
    m_claimedLink = report.facts.linkId;
    m_claimEnvironment = m_workspace->environmentLabel();
    m_renewal->start(kRenewEveryMs);
    m_panel->showReport(report); // changed()
}

void LinkPreflight::linkChanged(const QString &linkId)
{
    if (m_panel->linkId() != linkId) // findings are one link's
        m_panel->clear();
    if (!m_claimedLink.isEmpty() && m_claimedLink != linkId)
        release(); // the agent moved on
}

void LinkPreflight::release()
{
    m_renewal->stop();
    if (m_claimedLink.isEmpty())
        return;
    m_workspace->ensureHistory()->release(m_claimEnvironment, std::exchange(m_claimedLink, {}),
                                          currentAgent());
}

bool LinkPreflight::blocks(const QString &linkId) const
{
    return m_panel->linkId() == linkId && m_panel->blocks();
}

QStringList LinkPreflight::goAhead(const QString &linkId, const QString &ticket)
{
    if (m_panel->linkId() != linkId)
        return {};
    const QStringList confirmed = m_panel->confirmedKinds();
    if (m_panel->takesOver()) // a colleague was on it: it is this agent's now
        claim(linkId, ticket, true);
    m_panel->resetConfirmation();
    return confirmed;
}

void LinkPreflight::renew()
{
    if (m_claimedLink.isEmpty() || m_claimedLink != m_panel->linkId())
        return release();
    claim(m_claimedLink, m_claimTicket, false);
}

void LinkPreflight::claim(const QString &linkId, const QString &ticket, bool takeOver)
{
    const QString env = m_workspace->environmentLabel();
    m_claimedLink = linkId;
    m_claimEnvironment = env;
    m_claimTicket = ticket;
    m_renewal->start(kRenewEveryMs);
    const QString me = currentAgent();
    m_workspace->ensureHistory()->claim(
        {env, linkId, me, ticket, kClaimSeconds, takeOver}, this,
        [this, linkId, me](const ClaimRead &read) {
            if (!read.ok || !read.claim.isValid() ||
                read.claim.agent.compare(me, Qt::CaseInsensitive) == 0 || linkId != m_claimedLink)
                return;
            // A colleague took the link over while it stayed here.
            m_statusBar->showMessage(
                tr("%1 is on link %2 now (since %3): check with them before going ahead.")
                    .arg(read.claim.agent, linkId,
                         QLocale().toString(read.claim.since.toLocalTime().time(),
                                            QLocale::ShortFormat)));
        });
}

} // namespace relink
