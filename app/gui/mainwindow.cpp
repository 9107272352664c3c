#include "mainwindow.h"

#include "accessibility.h"
#include "altletterguard.h"
#include "autocheck.h"
#include "belvosimulator.h"
#include "environmentchoice.h"
#include "historycommands.h"
#include "historyservice.h"
#include "launchhandler.h"
#include "launchrequest.h"
#include "linkentry.h"
#include "linkid.h"
#include "linkpreflight.h"
#include "linksdock.h"
#include "linksummary.h"
#include "mfaprompt.h"
#include "mnemonics.h"
#include "nextstep.h"
#include "ratelimitwait.h"
#include "resultpanel.h"
#include "samplelinks.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "ui_mainwindow.h"
#include "waitingdock.h"
#include "windowmenu.h"
#include "workspace.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QShortcut>
#include <QStatusBar>

namespace relink {

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent), m_ui(new Ui::MainWindow), m_workspace(workspace),
      m_rateLimit(new RateLimitWait(this)),
      m_autoCheck(new AutoCheck([this] { return m_ui->checkLinkButton->isEnabled(); }, this))
{
    m_ui->setupUi(this);
    m_preflight = new LinkPreflight(m_workspace, m_ui->linkForm, statusBar(), this);
    connect(m_preflight, &LinkPreflight::changed, this, [this] {
        m_checkWaiting && !m_preflight->isRunning() ? finishCheck(*m_checkWaiting) : refreshState();
    });
    m_menu = new WindowMenu(
        m_workspace, this,
        {m_ui->linksAction, m_ui->historyAction, m_ui->settingsAction, m_ui->aboutAction});
    m_linkEntry = new LinkEntry(m_ui->linkIdEdit, m_ui->linkIdHintLabel, m_ui->ticketEdit, this);
    m_linkEntry->showTicketIn(m_ui->ticketInForceLabel);
    // Keys that never move, whatever the bank's form; an Alt+letter with no target does nothing.
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->environmentLabel, m_ui->linkIdLabel, m_ui->checkLinkButton, m_ui->ticketLabel,
             m_ui->sendToCustomerButton, m_ui->updateButton})
        pinMnemonic(w);
    AltLetterGuard::install();
    connect(m_autoCheck, &AutoCheck::checkDue, this, &MainWindow::checkLink);
    connect(m_ui->shortcutsAction, &QAction::triggered, this,
            [this] { (new ShortcutsDialog(this))->open(); });
    new HistoryCommands(this, m_menu, m_ui->linkHistoryAction, m_ui->linkHistoryButton,
                        m_ui->linkIdEdit);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->busyBar->setVisible(false);
    m_ui->cancelButton->setVisible(false);
    m_ui->formProblemLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(mutedText(palette()).name()));
    m_ui->environmentBadge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_summary =
        new LinkSummary(m_ui->linkStatusBadge, m_ui->linkSummaryLabel, m_ui->externalIdLabel, this);
    fillEnvironmentCombo(m_ui->environmentCombo);
    loadPreferences();
    // The history reports its own troubles (a file it can't write, a team history away), once.
    connect(m_workspace->history(), &HistoryService::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message); });

    connect(m_ui->environmentCombo, &QComboBox::currentIndexChanged, this,
            &MainWindow::onEnvironmentChosen);
    connect(m_ui->customUrlEdit, &QLineEdit::editingFinished, this, [this] {
        m_workspace->setCustomUrl(m_ui->customUrlEdit->text().trimmed());
        savePreferences();
    });
    connect(m_linkEntry, &LinkEntry::idEdited, this, &MainWindow::onLinkIdEdited);
    connect(m_linkEntry, &LinkEntry::ticketEdited, this, &MainWindow::refreshState);
    connect(m_ui->linkIdEdit, &QLineEdit::returnPressed, this, &MainWindow::checkLink);
    connect(m_ui->checkLinkButton, &QPushButton::clicked, this, &MainWindow::checkLink);
    connect(m_ui->updateButton, &QPushButton::clicked, this, &MainWindow::update);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_ui->sendToCustomerButton, &QPushButton::clicked, this, &MainWindow::sendToCustomer);
    connect(m_ui->credentialForm, &CredentialForm::changed, this, &MainWindow::refreshState);
    connect(m_ui->credentialForm, &CredentialForm::submitted, this, &MainWindow::update);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    auto *escape = new QShortcut(QKeySequence::Cancel, this);
    connect(escape, &QShortcut::activated, this, &MainWindow::cancel);
    connect(m_workspace, &Workspace::changed, this, [this] {
        if (!m_checkWhenKeys.isEmpty() && m_workspace->hasKeys() && !m_busy &&
            std::exchange(m_checkWhenKeys, {}) == linkId())
            checkLink();
        refreshState();
    });
    connect(m_menu, &WindowMenu::linkChosen, this,
            [this](const QString &id, const QString &externalId) {
                LaunchRequest request;
                request.linkId = id;
                openLink(request);
                if (linkId() == id) // opened (not waiting for the agent's word)
                    m_summary->showExternalId(externalId);
                focusNextStep();
            });
    connect(m_menu, &WindowMenu::settingsClosed, this, [this] {
        savePreferences();
        refreshState();
    });

    connect(m_rateLimit, &RateLimitWait::tick, this, &MainWindow::refreshState);
    m_waiting = addWaitingDock(this, m_workspace);
    connect(m_waiting, &WaitingDock::openLinkRequested, m_menu,
            [this](const QString &id) { emit m_menu->linkChosen(id, QString()); });
    connect(m_waiting, &WaitingDock::linkValid, this, [this](const Result &result) {
        if (result.link.id != linkId()) // the window moved on meanwhile
            return m_menu->linkSeen(result.link);
        showLinkSummary(result.link);
        m_preflight->recheck(ticket(), result, m_institution); // fresh findings
        resultPanel()->showResult(result, tr("The customer updated the link"));
        m_ui->credentialForm->clearValues(); // the customer's own credentials are in place
        refreshState();
    });

    onLinkIdEdited(QString());
    refreshState();
    m_menu->restoreLinks();
    refreshAccessibility(this);
    m_ui->linkIdEdit->setFocus(Qt::OtherFocusReason); // the first minute starts with a paste
}

MainWindow::~MainWindow() = default;

ResultPanel *MainWindow::resultPanel()
{
    if (!m_resultPanel) {
        m_resultPanel = new ResultPanel(m_ui->resultGroup);
        m_resultPanel->setObjectName(QStringLiteral("resultPanel"));
        // replaceWidget hands back the placeholder's layout item: ours to delete.
        delete m_ui->resultGroupLayout->replaceWidget(m_ui->resultPlaceholder, m_resultPanel);
        delete m_ui->resultPlaceholder;
        m_ui->resultPlaceholder = nullptr;
        connect(m_resultPanel, &ResultPanel::openSettingsRequested, this,
                &MainWindow::openSettings);
        m_resultPanel->setContextProvider([this] {
            return ResultContext{linkId(), m_workspace->environmentLabel(), ticket()};
        });
    }
    return m_resultPanel;
}

void MainWindow::loadPreferences()
{
    m_workspace->loadPreferences();
    m_ui->customUrlEdit->setText(m_workspace->customUrl());
    const QSignalBlocker block(m_ui->environmentCombo);
    selectEnvironment(m_ui->environmentCombo, m_workspace->environment());
    if (!restoreGeometry(Settings::value(Setting::WindowGeometry).toByteArray()))
        resize(760, 860);
}

void MainWindow::savePreferences() const
{
    m_workspace->savePreferences();
    Settings::setValue(Setting::WindowGeometry, saveGeometry());
    LinksDock::save(this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancel();
    savePreferences();
    event->accept();
}

void MainWindow::onEnvironmentChosen()
{
    m_workspace->choose(m_ui->environmentCombo->currentData().toString());
    savePreferences();
    refreshState();
}

QString MainWindow::linkId() const
{
    return m_linkEntry->linkId();
}

QString MainWindow::ticket() const
{
    return m_linkEntry->ticket();
}

// `text` is clean (LinkEntry): an id, or what could not be read as one.
void MainWindow::onLinkIdEdited(const QString &)
{
    leaveOtherLinks(m_resultPanel, statusBar(), linkId()); // their result, "Link … opened"
    m_summary->clear();
    m_preflight->linkChanged(linkId()); // findings and claims are one link's
    // No field shows until the link's bank's form is known (formShown): the id is checked by
    // itself. What was typed stays, hidden, while the id is edited back to the same link.
    m_autoCheck->idChanged(linkId());
    // What was typed belongs to one customer's link: another link starts with empty fields.
    const bool emptied = isValidLinkId(linkId()) && m_ui->credentialForm->holdFor(linkId());
    if (!formShown())
        m_ui->formNoticeLabel->clear(); // it was about another link's form
    if (emptied)
        m_ui->formNoticeLabel->setText(
            tr("The credential fields were emptied: what was typed belonged to another link."));
    refreshState();
}

void MainWindow::setBusy(const QString &what, bool showInPanel)
{
    m_busy = !what.isEmpty();
    m_ui->busyBar->setVisible(m_busy);
    m_ui->busyLabel->setText(what);
    m_ui->cancelButton->setVisible(m_busy);
    if (m_busy && showInPanel)
        resultPanel()->showBusy(what);
    refreshState();
    if (!m_busy && m_openWhenFree)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (std::optional<LaunchRequest> r = std::exchange(m_openWhenFree, std::nullopt))
                    openLink(*r);
            },
            Qt::QueuedConnection);
}

void MainWindow::refreshState()
{
    const bool demo = m_workspace->isDemo();
    m_ui->demoBanner->setVisible(demo);
    showEnvironmentChoice(m_ui->environmentCombo, demo, m_workspace->environment());
    const QString env = demo ? QStringLiteral("demo") : m_workspace->environment();
    const bool custom = env == QLatin1StringView("custom");
    if (!m_ui->customUrlEdit->hasFocus() && m_ui->customUrlEdit->text() != m_workspace->customUrl())
        m_ui->customUrlEdit->setText(m_workspace->customUrl());
    m_ui->customUrlEdit->setVisible(custom);
    m_ui->customUrlLabel->setVisible(custom);

    showEnvironment(m_ui->environmentBadge, this, env, m_workspace->isProduction());

    if (demo && !m_sampleLinks) {
        m_sampleLinks = SampleLinks::addTo(m_ui->centralLayout); // under the demo banner
        connect(m_sampleLinks, &SampleLinks::chosen, this, [this](const QString &id) {
            openLink({id, {}, {}});
        });
    }
    if (m_sampleLinks)
        m_sampleLinks->setVisible(demo);
    const bool shown = formShown();
    m_ui->credentialForm->setVisible(shown);
    m_ui->formNoticeLabel->setVisible(!m_ui->formNoticeLabel->text().isEmpty());
    const bool idOk = isValidLinkId(linkId());
    const bool keys = m_workspace->hasKeys();
    const QString formProblem =
        shown ? m_ui->credentialForm->problem()
              : (m_busy ? tr("Checking the link: the fields its bank asks for appear here.")
                        : tr("Check link to see the fields this link's bank asks for."));
    const QString ticketProblem = m_linkEntry->ticketProblem();
    const int waitSeconds = m_rateLimit->secondsLeft();
    const QString preflight = m_preflight->blocker(linkId()); // what it found, or must read
    m_ui->formProblemLabel->setText(
        nextStepHint({keys, idOk, m_ui->credentialForm->isBuilt(), ticketProblem, formProblem,
                      waitSeconds, environmentTitle(env), m_rateLimit->until(), preflight}));
    m_ui->checkLinkButton->setEnabled(!m_busy && idOk && keys && waitSeconds <= 0);
    m_ui->credentialForm->setEnabled(!m_busy); // what is typed now would not be sent
    const bool ready = !m_busy && idOk && keys && ticketProblem.isEmpty() && waitSeconds <= 0 &&
                       preflight.isEmpty();
    m_ui->updateButton->setEnabled(ready && formProblem.isEmpty());
    m_ui->sendToCustomerButton->setEnabled(ready);
    m_ui->environmentCombo->setEnabled(!m_busy);
    m_ui->customUrlEdit->setEnabled(!m_busy);
    m_linkEntry->setReadOnly(m_busy);
    m_autoCheck->retry(); // an id that arrived while busy, now that it may be free
}

bool MainWindow::formShown() const
{
    return m_ui->credentialForm->isBuilt() && !m_formLinkId.isEmpty() && m_formLinkId == linkId();
}

void MainWindow::update()
{
    if (m_busy || !m_ui->updateButton->isEnabled())
        return;
    setBusy(tr("Updating the credentials… (the bank may take a minute)"));
    HistoryService *history = m_workspace->ensureHistory();
    // The checked bank only if it is this link's (an id edited since was not checked).
    const Institution bank = m_institutionLinkId == linkId() ? m_institution : Institution{};
    auto *flow = new UpdateFlow(m_workspace->client(),
                                {m_workspace->environmentLabel(), bank.name, history, ticket(),
                                 m_preflight->goAhead(linkId(), ticket())},
                                this);
    m_flow = flow;
    m_mfaOpened = false;
    auto *prompt = new MfaPrompt(flow, bank.formField(QStringLiteral("token")), this);
    connect(prompt, &MfaPrompt::dialogOpened, this, [this] {
        resultPanel()->showBusy(tr("Waiting for the bank's MFA token…"));
        m_ui->busyBar->setVisible(false); // the dialog has its own
        m_mfaOpened = true;
    });
    connect(flow, &UpdateFlow::finished, this, &MainWindow::onUpdateOutcome);
    flow->start(linkId(), m_ui->credentialForm->fields());
}

void MainWindow::onUpdateOutcome(const UpdateOutcome &o)
{
    m_flow = nullptr;
    setBusy({});
    resultPanel()->showOutcome(o, m_mfaOpened);
    if (o.kind == UpdateOutcome::Kind::Updated)
        showLinkSummary(o.result.link);
    if (o.isSuccess())
        m_ui->credentialForm->clearValues(); // no credential outlives its update
    if (o.kind == UpdateOutcome::Kind::RateLimited)
        m_rateLimit->start(o.retryAfterSeconds);
    refreshState();
    resultPanel()->focusHeadline();
}

// The hand-off: no credentials typed here; the customer enters them on Belvo's page.
void MainWindow::sendToCustomer()
{
    if (m_busy || !m_ui->sendToCustomerButton->isEnabled())
        return;
    const QString bank = m_institutionLinkId == linkId() ? m_institution.displayName : QString();
    m_waiting->send(linkId(), bank, ticket(), m_preflight->goAhead(linkId(), ticket()));
}

void MainWindow::cancel()
{
    if (m_running)
        m_running->cancel();
    m_preflight->cancel();
    if (m_flow)
        m_flow->cancel();
}

void MainWindow::openSettings()
{
    m_menu->openSettings();
}

} // namespace relink
