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
    // Findings and claims are one environment's: another one's link is checked anew.
    connect(workspace, &Workspace::changed, this, [this] {
        if (m_environment.isEmpty() || m_workspace->environmentLabel() == m_environment)
            return;
        m_environment.clear();
        release();
        if (Preflight *running = m_running) {
            running->disconnect(this);
            running->cancel();
            running->deleteLater();
        }
        m_panel->clear();
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
    m_environment = context.environmentLabel;
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
    known.institution.status.clear(); // its health then may be old: not said, nor cached
    supplyInstitution(known);         // taken only when the bank's health is not cached
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
    // Its history read claimed the link: this agent's until the window moves on.
    if (m_claimedLink != report.facts.linkId)
        release();
    m_claimedLink = report.facts.linkId;
    m_claimEnvironment = m_environment;
    m_renewal->start(kRenewEveryMs);
    if (m_panel->currentId() != report.facts.linkId) // moved on meanwhile
        release();
    m_panel->showReport(report); // changed(); shown while the link is in the form
}

void LinkPreflight::linkChanged(const QString &linkId)
{
    m_panel->showFor(linkId); // findings are one link's
    if (!m_claimedLink.isEmpty() && m_claimedLink != linkId)
        release(); // the agent moved on
    else if (m_claimedLink.isEmpty() && linkId == m_panel->linkId() && m_panel->hasReport() &&
             m_environment == m_workspace->environmentLabel())
        claim(linkId, m_claimTicket, false); // back on it, the id edited and back
}

void LinkPreflight::release()
{
    m_renewal->stop();
    if (m_claimedLink.isEmpty())
        return;
    m_workspace->ensureHistory()->release(m_claimEnvironment, std::exchange(m_claimedLink, {}),
                                          currentAgent());
}

QString LinkPreflight::blocker(const QString &linkId) const
{
    if (m_panel->linkId() != linkId || m_environment != m_workspace->environmentLabel())
        return tr("Check link again before Update or Send to the customer: its history and who "
                  "is on it are read first.");
    if (m_panel->isChecking())
        return tr("Checking this link's history and who is on it…");
    if (m_panel->blocks())
        return tr("Before Update or Send to customer: confirm what is found above, and tick "
                  "Confirmed.");
    return {};
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
