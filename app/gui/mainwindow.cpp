#include "mainwindow.h"

#include "belvosimulator.h"
#include "environmentchoice.h"
#include "history.h"
#include "historywindow.h"
#include "linkid.h"
#include "mfadialog.h"
#include "resultpanel.h"
#include "settingsdialog.h"
#include "ui_mainwindow.h"
#include "workspace.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>

namespace relink {

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent), m_ui(new Ui::MainWindow), m_workspace(workspace)
{
    m_ui->setupUi(this);
    m_ui->settingsAction->setShortcut(QKeySequence::Preferences);
    if (m_ui->settingsAction->shortcut().isEmpty())
        m_ui->settingsAction->setShortcut(QKeySequence(tr("Ctrl+,")));
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->busyBar->setVisible(false);
    m_ui->cancelButton->setVisible(false);
    m_ui->formProblemLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    for (QLabel *badge : {m_ui->environmentBadge, m_ui->linkStatusBadge})
        badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    fillEnvironmentCombo(m_ui->environmentCombo);
    loadPreferences();

    connect(m_ui->environmentCombo, &QComboBox::currentIndexChanged, this,
            &MainWindow::onEnvironmentChosen);
    connect(m_ui->customUrlEdit, &QLineEdit::editingFinished, this, [this] {
        m_workspace->setCustomUrl(m_ui->customUrlEdit->text().trimmed());
        savePreferences();
    });
    connect(m_ui->linkIdEdit, &QLineEdit::textChanged, this, &MainWindow::onLinkIdEdited);
    connect(m_ui->linkIdEdit, &QLineEdit::returnPressed, this, &MainWindow::checkLink);
    connect(m_ui->checkLinkButton, &QPushButton::clicked, this, &MainWindow::checkLink);
    connect(m_ui->updateButton, &QPushButton::clicked, this, &MainWindow::update);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_ui->credentialForm, &CredentialForm::changed, this, &MainWindow::refreshState);
    connect(m_ui->credentialForm, &CredentialForm::submitted, this, &MainWindow::update);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Relink"),
                           tr("<p><b>Relink %1</b></p><p>Brings a customer's Belvo bank link "
                              "back to life by updating its credentials, through the bank's "
                              "MFA challenge when there is one.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    auto *escape = new QShortcut(QKeySequence::Cancel, this);
    connect(escape, &QShortcut::activated, this, &MainWindow::cancel);
    connect(m_workspace, &Workspace::changed, this, &MainWindow::refreshState);
    connect(m_ui->historyAction, &QAction::triggered, this, &MainWindow::openHistory);
    m_ui->historyAction->setShortcut(QKeySequence(tr("Ctrl+H")));

    onLinkIdEdited(QString());
    refreshState();
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
    }
    return m_resultPanel;
}

void MainWindow::loadPreferences()
{
    QSettings s;
    m_workspace->setCustomUrl(s.value(QStringLiteral("customUrl")).toString());
    m_workspace->setTimeoutSeconds(s.value(QStringLiteral("timeoutSeconds"), 120).toInt());
    m_workspace->setEnvironment(
        s.value(QStringLiteral("environment"), QStringLiteral("sandbox")).toString());
    m_ui->customUrlEdit->setText(m_workspace->customUrl());
    const QSignalBlocker block(m_ui->environmentCombo);
    selectEnvironment(m_ui->environmentCombo, m_workspace->environment());
    if (!restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray()))
        resize(760, 860);
}

void MainWindow::savePreferences() const
{
    QSettings s;
    s.setValue(QStringLiteral("environment"), m_workspace->environment());
    s.setValue(QStringLiteral("customUrl"), m_workspace->customUrl());
    s.setValue(QStringLiteral("timeoutSeconds"), m_workspace->timeoutSeconds());
    s.setValue(QStringLiteral("geometry"), saveGeometry());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_running)
        m_running->cancel();
    if (m_mfa)
        m_mfa->reject();
    savePreferences();
    event->accept();
}

void MainWindow::onEnvironmentChosen()
{
    const QString name = m_ui->environmentCombo->currentData().toString();
    if (name == QLatin1StringView("demo")) {
        m_workspace->startDemo();
    } else {
        m_workspace->stopDemo();
        m_workspace->setEnvironment(name);
        if (m_workspace->keySource(m_workspace->keyEntry()) == Workspace::KeySource::None)
            m_workspace->loadKeys(m_workspace->keyEntry());
    }
    savePreferences();
    refreshState();
}

QString MainWindow::linkId() const
{
    return m_ui->linkIdEdit->text().trimmed().toLower();
}

void MainWindow::onLinkIdEdited(const QString &text)
{
    if (!isValidLinkId(text)) {
        const QString clean = extractLinkId(text);
        if (!clean.isEmpty()) {
            m_ui->linkIdEdit->setText(clean); // re-enters with the clean id
            return;
        }
    }
    if (text.trimmed().isEmpty())
        m_ui->linkIdHintLabel->setText(
            tr("Paste the link id, or a dashboard or API URL that contains it."));
    else if (isValidLinkId(text.trimmed()))
        m_ui->linkIdHintLabel->setText(tr("✓ A valid link id."));
    else
        m_ui->linkIdHintLabel->setText(
            tr("Not a link id yet. A link id looks like 3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c."));
    m_ui->linkStatusBadge->clear();
    m_ui->linkStatusBadge->setStyleSheet(QString());
    m_ui->linkSummaryLabel->clear();
    // The fields appear with the first valid id (every field until Check link narrows them to
    // the bank's) and stay, with what was typed, if the id is edited again. Another id may
    // belong to another bank: its form goes back to every field until that link is checked.
    if (isValidLinkId(text.trimmed()) && !m_ui->credentialForm->isBuilt())
        m_ui->credentialForm->buildFullForm();
    if (m_ui->credentialForm->isInstitutionForm() && linkId() != m_institutionLinkId) {
        m_institution = {};
        m_institutionLinkId.clear();
        m_ui->credentialForm->buildFullForm();
        m_ui->formNoticeLabel->setText(
            tr("Showing every field: Check link to see the ones this link's bank asks for."));
    }
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
}

void MainWindow::refreshState()
{
    const bool demo = m_workspace->isDemo();
    m_ui->demoBanner->setVisible(demo);
    {
        const QSignalBlocker block(m_ui->environmentCombo);
        const int demoIndex = m_ui->environmentCombo->findData(QStringLiteral("demo"));
        if (demo && demoIndex < 0)
            m_ui->environmentCombo->insertItem(0, environmentTitle(QStringLiteral("demo")),
                                               QStringLiteral("demo"));
        selectEnvironment(m_ui->environmentCombo,
                          demo ? QStringLiteral("demo") : m_workspace->environment());
    }
    const QString env = demo ? QStringLiteral("demo") : m_workspace->environment();
    const bool custom = env == QLatin1StringView("custom");
    if (!m_ui->customUrlEdit->hasFocus() && m_ui->customUrlEdit->text() != m_workspace->customUrl())
        m_ui->customUrlEdit->setText(m_workspace->customUrl());
    m_ui->customUrlEdit->setVisible(custom);
    m_ui->customUrlLabel->setVisible(custom);

    QString badge = environmentTitle(env);
    QString style = QStringLiteral("background: #e8eefc; color: #1a3a8a;");
    if (m_workspace->isProduction()) {
        badge = tr("PRODUCTION: real customers' banks");
        style = QStringLiteral("background: #b3261e; color: white; font-weight: bold;");
    } else if (demo) {
        style = QStringLiteral("background: #fff3c4; color: #3d2f00;");
    }
    m_ui->environmentBadge->setVisible(!demo); // the banner says it louder
    m_ui->environmentBadge->setText(badge);
    m_ui->environmentBadge->setStyleSheet(
        QStringLiteral("QLabel { %1 border-radius: 4px; padding: 2px 8px; }").arg(style));
    setWindowTitle(
        tr("Relink — %1")
            .arg(m_workspace->isProduction() ? tr("PRODUCTION") : environmentTitle(env)));

    m_ui->formNoticeLabel->setVisible(!m_ui->formNoticeLabel->text().isEmpty());
    const bool idOk = isValidLinkId(linkId());
    const bool keys = m_workspace->hasKeys();
    const QString formProblem = m_ui->credentialForm->problem();
    QString hint;
    if (!keys)
        hint = tr("Add the API keys for %1 in File › Settings.").arg(environmentTitle(env));
    else if (!idOk && !m_ui->credentialForm->isBuilt())
        hint = tr("Enter the link id above, and the credential fields appear here.");
    else if (!idOk)
        hint = tr("Enter the link id first.");
    else
        hint = formProblem;
    m_ui->formProblemLabel->setText(hint);
    m_ui->checkLinkButton->setEnabled(!m_busy && idOk && keys);
    m_ui->updateButton->setEnabled(!m_busy && idOk && keys && formProblem.isEmpty());
    m_ui->environmentCombo->setEnabled(!m_busy);
    m_ui->customUrlEdit->setEnabled(!m_busy);
    m_ui->linkIdEdit->setReadOnly(m_busy);
}

void MainWindow::checkLink()
{
    if (m_busy || !isValidLinkId(linkId()) || !m_workspace->hasKeys())
        return;
    setBusy(tr("Loading the link…"));
    m_running = m_workspace->client()->getLink(linkId());
    connect(m_running, &Operation::finished, this, &MainWindow::onLinkChecked);
}

void MainWindow::showLinkSummary(const Link &link)
{
    m_ui->linkStatusBadge->setText(link.status);
    m_ui->linkStatusBadge->setStyleSheet(statusBadgeStyle(link.status));
    m_ui->linkSummaryLabel->setText(
        tr("%1 — %2").arg(link.institution, explainLinkStatus(link.status)));
}

void MainWindow::onLinkChecked(const Result &r)
{
    m_running = nullptr;
    if (r.kind != Result::Kind::Link) {
        setBusy({});
        resultPanel()->showResult(r, tr("The link could not be loaded"));
        m_ui->credentialForm->buildFullForm();
        m_ui->formNoticeLabel->setText(
            tr("Showing every field, since the link could not be loaded."));
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
    setBusy({});
    if (r.kind == Result::Kind::Institution) {
        m_institution = r.institution;
        m_institutionLinkId = linkId();
        m_ui->credentialForm->buildFor(r.institution);
        m_ui->formNoticeLabel->setText(tr("The fields %1 asks for.")
                                           .arg(r.institution.displayName.isEmpty()
                                                    ? r.institution.name
                                                    : r.institution.displayName));
    } else {
        m_institution = {};
        m_ui->credentialForm->buildFullForm();
        m_ui->formNoticeLabel->setText(tr("The bank's own form could not be loaded (%1). "
                                          "Showing every field; fill in what the customer gave "
                                          "you.")
                                           .arg(describeResult(r)));
    }
    refreshState();
}

void MainWindow::update()
{
    if (m_busy || !m_ui->updateButton->isEnabled())
        return;
    setBusy(tr("Updating the credentials… (the bank may take a minute)"));
    const UpdateFields fields = m_ui->credentialForm->fields();
    HistoryStore *history = m_workspace->ensureHistory();
    if (!history->isOpen())
        statusBar()->showMessage(history->lastError());
    m_attempt = history->begin(m_workspace->environmentLabel(), linkId(), m_institution.name,
                               fields.filledNames());
    if (m_attempt == 0 && history->isOpen())
        statusBar()->showMessage(history->lastError());
    m_running = m_workspace->client()->updateCredentials(linkId(), fields);
    connect(m_running, &Operation::finished, this, &MainWindow::onUpdateResult);
}

void MainWindow::record(const QString &method, const Result &result)
{
    HistoryStore *history = m_workspace->history();
    if (m_attempt > 0 && !history->step(m_attempt, method, result))
        statusBar()->showMessage(history->lastError());
}

void MainWindow::openHistory()
{
    auto *window = findChild<HistoryWindow *>();
    if (!window) {
        window = new HistoryWindow(m_workspace->ensureHistory(), this);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
}

void MainWindow::onUpdateResult(const Result &r)
{
    m_running = nullptr;
    setBusy({});
    if (r.failure != Failure::Refused)
        record(QStringLiteral("PUT"), r);
    switch (r.kind) {
    case Result::Kind::Mfa:
        openMfa(r);
        return;
    case Result::Kind::Link:
        showLinkSummary(r.link);
        resultPanel()->showResult(r, tr("Credentials updated"));
        m_ui->credentialForm->clearSecrets();
        return;
    default:
        resultPanel()->showResult(r, r.failure == Failure::Cancelled ? tr("Cancelled")
                                                                     : tr("The update failed"));
        return;
    }
}

void MainWindow::openMfa(const Result &r)
{
    FormField tokenField;
    for (const FormField &f : std::as_const(m_institution.formFields)) {
        if (f.name == QLatin1StringView("token"))
            tokenField = f;
    }
    resultPanel()->showBusy(tr("Waiting for the bank's MFA token…"));
    m_mfa = new MfaDialog(m_workspace->client(), linkId(), r.mfa, tokenField, this);
    m_mfa->setAttribute(Qt::WA_DeleteOnClose);
    MfaDialog *dialog = m_mfa;
    connect(dialog, &MfaDialog::stepFinished, this, &MainWindow::record);
    connect(dialog, &QDialog::finished, this, [this, dialog] { onMfaFinished(dialog); });
    dialog->open();
}

void MainWindow::onMfaFinished(MfaDialog *dialog)
{
    const Result r = dialog->finalResult();
    if (r.kind == Result::Kind::Link) {
        showLinkSummary(r.link);
        resultPanel()->showResult(r, tr("Credentials updated"));
        m_ui->credentialForm->clearSecrets();
    } else if (r.kind == Result::Kind::ApiErrors) {
        resultPanel()->showResult(r, tr("The MFA session expired"));
    } else {
        resultPanel()->showResult(r, tr("MFA cancelled"));
    }
    refreshState();
}

void MainWindow::cancel()
{
    if (m_running)
        m_running->cancel();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(
        m_workspace, m_workspace->isDemo() ? QStringLiteral("sandbox") : m_workspace->environment(),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        savePreferences();
        refreshState();
    });
    dialog->open();
}

} // namespace relink
