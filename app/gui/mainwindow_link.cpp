// MainWindow, continued: a link checked (its summary, its bank's form), a link opened.
#include "mainwindow.h"

#include "autocheck.h"
#include "environmentchoice.h"
#include "launchhandler.h"
#include "launchrequest.h"
#include "linkentry.h"
#include "linkid.h"
#include "linkpreflight.h"
#include "linksummary.h"
#include "nextstep.h"
#include "ratelimitwait.h"
#include "resultpanel.h"
#include "ui_mainwindow.h"
#include "windowmenu.h"
#include "workspace.h"

#include <QStatusBar>

namespace relink {

void MainWindow::checkLink()
{
    if (m_busy || !isValidLinkId(linkId()) || !m_workspace->hasKeys())
        return;
    m_autoCheck->checkStarted(linkId());
    setBusy(tr("Loading the link…"));
    m_preflight->start(linkId(), ticket()); // beside the check: the history, who is on it
    m_running = m_workspace->client()->getLink(linkId());
    connect(m_running, &Operation::finished, this, &MainWindow::onLinkChecked);
}

void MainWindow::showLinkSummary(const Link &link)
{
    m_menu->linkSeen(link);
    m_summary->show(link);
}

// The form in front, focus where the next keystroke belongs: the first field to fill, else
// Update, else Link id (while the link is checked: its bank's fields follow, onInstitution).
void MainWindow::focusNextStep()
{
    raise();
    activateWindow();
    if (!m_busy && m_ui->credentialForm->focusFirstToFill())
        return;
    QWidget *next = m_ui->linkIdEdit;
    if (!m_busy && m_ui->updateButton->isEnabled())
        next = m_ui->updateButton;
    next->setFocus(Qt::OtherFocusReason);
}

void MainWindow::onLinkChecked(const Result &r)
{
    m_running = nullptr;
    m_preflight->supplyLink(r);
    if (r.kind != Result::Kind::Link) {
        if (classifyResult(r) == UpdateOutcome::Kind::RateLimited)
            m_rateLimit->start(r.retryAfterSeconds);
        m_institution = {};
        m_institutionLinkId.clear();
        resultPanel()->showResult(r, tr("The link could not be loaded"));
        m_ui->credentialForm->buildFullForm();
        m_formLinkId = linkId();
        m_ui->formNoticeLabel->setText(tr("Showing every field, since the link could not be "
                                          "loaded: fill in what the customer gave you."));
        finishCheck(true); // what went wrong comes first
        return;
    }
    showLinkSummary(r.link);
    resultPanel()->showResult(r, tr("Current state of the link"));
    setBusy(tr("Loading the fields %1 needs…").arg(r.link.institution), false);
    m_running = m_workspace->client()->getInstitution(r.link.institution);
    connect(m_running, &Operation::finished, this, &MainWindow::onInstitution);
}

void MainWindow::onInstitution(const Result &r)
{
    m_running = nullptr;
    m_preflight->supplyInstitution(r);
    const bool found = r.kind == Result::Kind::Institution;
    m_institution = found ? r.institution : Institution{};
    if (found)
        m_institutionLinkId = linkId();
    m_ui->formNoticeLabel->setText(m_ui->credentialForm->buildFromAnswer(r));
    m_formLinkId = linkId();
    finishCheck(false);
}

void MainWindow::finishCheck(bool toHeadline)
{
    if (m_preflight->isRunning()) { // its findings come first: Update waits for them
        m_checkWaiting = toHeadline;
        setBusy(tr("Checking this link's history and who is on it…"), false);
        return;
    }
    m_checkWaiting.reset();
    setBusy({});
    refreshState();
    if (toHeadline) {
        resultPanel()->focusHeadline();
        return;
    }
    // The next thing to do: the first field to fill in, else Update.
    if (!m_ui->credentialForm->focusFirstToFill() && m_ui->updateButton->isEnabled())
        m_ui->updateButton->setFocus(Qt::OtherFocusReason);
}

void MainWindow::openLink(const LaunchRequest &request)
{
    if (m_busy) { // opened when what runs ends (setBusy)
        m_openWhenFree = request;
        statusBar()->showMessage(
            tr("Link %1 opens when what is running ends.").arg(request.linkId));
        return;
    }
    if (request.linkId == m_ui->credentialForm->valuesLinkId() ||
        !m_ui->credentialForm->hasValues()) {
        showLink(request);
        return;
    }
    m_ui->credentialForm->askToClear(m_ui->credentialForm->valuesLinkId(), request.linkId,
                                     [this, request] { showLink(request); });
}

void MainWindow::showLink(const LaunchRequest &request)
{
    if (m_busy)
        return openLink(request); // waits until what runs ends
    const QString env = request.environment;
    if (!env.isEmpty() && env != m_workspace->environment() && !m_workspace->isDemo())
        selectEnvironment(m_ui->environmentCombo, env); // then onEnvironmentChosen
    m_linkEntry->open(request.linkId, request.ticket);
    statusBar()->showMessage(openedMessage(request, m_workspace->isDemo()));
    m_checkWhenKeys = m_workspace->hasKeys() ? QString() : request.linkId;
    checkLink();
}

} // namespace relink
