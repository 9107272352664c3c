#include "handoffdialog.h"

#include "accessibility.h"
#include "belvoclient.h"
#include "displaytime.h"
#include "handoffdesk.h"
#include "mnemonics.h"
#include "qrcode.h"
#include "secretclipboard.h"
#include "ui_handoffdialog.h"
#include "workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>

namespace relink {

HandoffDialog::HandoffDialog(const QString &linkId, const QString &institution,
                             FlowFactory makeFlow, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::HandoffDialog), m_linkId(linkId),
      m_makeFlow(std::move(makeFlow))
{
    m_ui->setupUi(this);
    m_ui->linkLabel->setText(institution.isEmpty() ? tr("Link %1").arg(linkId)
                                                   : tr("Link %1 (%2)").arg(linkId, institution));
    // The widget's own languages, each in its own name.
    m_ui->localeCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->localeCombo->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_ui->localeCombo->addItem(QStringLiteral("Português"), QStringLiteral("pt"));
    m_ui->localeCombo->setCurrentIndex(m_ui->localeCombo->findData(defaultLocale()));
    m_ui->busyBar->setVisible(false);
    m_ui->qrLabel->setVisible(false);
    m_ui->qrCaption->setVisible(false);
    m_ui->copyButton->setEnabled(false);
    m_ui->newLinkButton->setEnabled(false);

    // Another language: the flow gives the same token's URL in it (tokenReady).
    connect(m_ui->localeCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_flow && !m_minting)
            m_flow->setLocale(m_ui->localeCombo->currentData().toString());
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        copySecret(m_ui->urlEdit->text());
        setButtonText(m_ui->copyButton, tr("Copied"));
    });
    connect(m_ui->newLinkButton, &QPushButton::clicked, this, &HandoffDialog::mint);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &HandoffDialog::reject);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &HandoffDialog::tick);
    refreshAccessibility(this);
}

// The view goes; the hand-off stays in the desk, watched (the copied link leaves the clipboard
// when its token expires: SecretClipboard).
HandoffDialog::~HandoffDialog() = default;

// Marked secret, and gone from the clipboard at the token's expiry (SecretClipboard).
void HandoffDialog::copySecret(const QString &url)
{
    SecretClipboard::instance()->copy(url, m_expiry.remainingTime());
    m_copied = url;
}

// Once the token has expired or the link is valid, the link is of no use to anyone but a
// thief: the clipboard is cleared, if it still holds it (not what was copied since).
void HandoffDialog::forgetCopied()
{
    SecretClipboard::instance()->forget(std::exchange(m_copied, {}));
}

HandoffDialog *HandoffDialog::create(Workspace *workspace, HandoffDesk *desk, const QString &linkId,
                                     const QString &institution, const QString &ticket,
                                     QWidget *parent, const QStringList &confirmed)
{
    auto *dialog = new HandoffDialog(linkId, institution, {}, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The environment and keys of now: a New link later goes where the first one went, even if
    // the main window has moved on. The client lives with the desk's flows.
    BelvoClient *client = workspace->client()->clone(desk);
    const HandoffFlow::Context context{workspace->environmentLabel(), workspace->ensureHistory(),
                                       ticket, institution, confirmed};
    QPointer<HandoffDesk> guard(desk);
    dialog->m_makeFlow = [client, context, guard, linkId](QObject *) -> HandoffFlow * {
        if (!guard)
            return nullptr;
        if (HandoffFlow *open = guard->flowFor(linkId))
            return open;
        return guard->create(client, context, linkId);
    };
    if (HandoffFlow *open = desk->flowFor(linkId))
        dialog->attach(open);
    return dialog;
}

void HandoffDialog::attach(HandoffFlow *flow)
{
    m_flow = flow;
    connectFlow();
    const int i = m_ui->localeCombo->findData(flow->locale());
    if (i >= 0) {
        const QSignalBlocker quiet(m_ui->localeCombo);
        m_ui->localeCombo->setCurrentIndex(i);
    }
    if (flow->isMinting() || flow->isChecking()) {
        m_minting = true;
        m_ui->busyBar->setVisible(true);
        setStatus(tr("Making a link for the customer…"));
        return;
    }
    const QUrl url = flow->currentUrl();
    if (!url.isEmpty()) {
        m_minting = true; // shown as a fresh token, without watching again
        onTokenReady(url, flow->tokenSecondsLeft());
        if (!flow->lastStatus().isEmpty())
            setStatus(
                tr("Waiting for the customer… the link was last seen %1").arg(flow->lastStatus()));
        return;
    }
    setStatus(tr("Relink is watching this link, but its customer's link can't be copied again "
                 "(it is not kept, or it expired). If the customer still needs one, make a New "
                 "link and send that instead."));
    m_ui->newLinkButton->setEnabled(true);
    fitHeight();
}

QString HandoffDialog::defaultLocale()
{
    switch (QLocale().language()) {
    case QLocale::Spanish:
        return QStringLiteral("es");
    case QLocale::Portuguese:
        return QStringLiteral("pt");
    default:
        return QStringLiteral("en");
    }
}

void HandoffDialog::start()
{
    if (!m_flow)
        mint();
}

void HandoffDialog::mint()
{
    if (m_minting || m_isValid)
        return;
    m_minting = true;
    m_url.clear();
    m_ticker.stop();
    showUrl();
    m_ui->expiryLabel->clear();
    m_ui->newLinkButton->setEnabled(false);
    m_ui->busyBar->setVisible(true);
    setStatus(tr("Making a link for the customer…"));
    if (m_flow) { // still watching: the same hand-off, a fresh token
        m_flow->renew();
        return;
    }
    HandoffFlow *flow = m_makeFlow(this);
    if (!flow)
        return;
    if (!flow->linkId().isEmpty()) { // the desk already has this link's hand-off: show it
        m_minting = false;
        m_ui->busyBar->setVisible(false);
        return attach(flow);
    }
    m_flow = flow;
    connectFlow();
    m_flow->start(m_linkId, m_ui->localeCombo->currentData().toString());
}

void HandoffDialog::connectFlow()
{
    connect(m_flow, &HandoffFlow::tokenReady, this, &HandoffDialog::onTokenReady);
    connect(m_flow, &HandoffFlow::checked, this, &HandoffDialog::onChecked);
    connect(m_flow, &HandoffFlow::finished, this, &HandoffDialog::onFinished);
    connect(m_flow, &HandoffFlow::renewFailed, this,
            [this](const QString &message, const Result &result) {
                m_minting = false;
                m_ui->busyBar->setVisible(false);
                setStatus(withRequestIds(message, result));
                m_ui->newLinkButton->setEnabled(true);
            });
}

void HandoffDialog::onTokenReady(const QUrl &url, int expiresInSeconds)
{
    if (!m_url.isEmpty() && !m_minting) { // the same token in another language
        m_url = url;
        showUrl();
        return;
    }
    m_minting = false;
    m_ui->busyBar->setVisible(false);
    m_url = url;
    m_expiry = QDeadlineTimer(qint64(expiresInSeconds) * 1000);
    m_minuteAnnounced = expiresInSeconds <= 60; // a link that short: said when it is shown
    m_ticker.start();
    showUrl();
    tick();
    setStatus(tr("Waiting for the customer…"));
    fitHeight();
    m_ui->copyButton->setFocus(); // the desk watches the link (HandoffDesk)
}

// The customer's link, while it can be used: text, Copy link and the QR code.
void HandoffDialog::showUrl()
{
    const bool usable = !m_url.isEmpty() && !m_isValid && m_ticker.isActive();
    const QUrl &url = m_url;
    m_ui->urlEdit->setText(usable ? url.toString(QUrl::FullyEncoded) : QString());
    m_ui->urlEdit->setCursorPosition(0); // where it goes first: Belvo's widget (or the demo's)
    m_ui->urlEdit->setEnabled(usable);
    m_ui->copyButton->setEnabled(usable);
    if (withoutMnemonic(m_ui->copyButton->text()) != withoutMnemonic(tr("Copy &link")))
        setButtonText(m_ui->copyButton, tr("Copy &link"));
    QImage qr = usable ? renderQrCode(url.toString(QUrl::FullyEncoded), 4) : QImage();
    m_ui->qrLabel->setVisible(!qr.isNull());
    m_ui->qrCaption->setVisible(!qr.isNull());
    if (!qr.isNull()) {
        QPixmap pixmap = QPixmap::fromImage(qr);
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        m_ui->qrLabel->setPixmap(pixmap.scaled(QSize(200, 200) * devicePixelRatioF(),
                                               Qt::KeepAspectRatio, Qt::FastTransformation));
    }
}

void HandoffDialog::tick()
{
    const qint64 left = (m_expiry.remainingTime() + 999) / 1000;
    if (left > 0) {
        m_ui->expiryLabel->setText(
            tr("The customer can use this link for %1:%2 more (until %3).")
                .arg(left / 60)
                .arg(left % 60, 2, 10, QLatin1Char('0'))
                .arg(displayClock(QDateTime::currentDateTime().addSecs(left))));
        // Said once at a minute left (every second would drown everything else).
        if (left <= 60 && !std::exchange(m_minuteAnnounced, true))
            announce(m_ui->expiryLabel, m_ui->expiryLabel->text());
        return;
    }
    m_ticker.stop();
    forgetCopied();
    showUrl();
    fitHeight();
    m_ui->expiryLabel->setText(tr("This link expired at %1. If the customer still needs one, "
                                  "make a New link and send that instead.")
                                   .arg(displayClock(QDateTime::currentDateTime())));
    announce(m_ui->expiryLabel, m_ui->expiryLabel->text());
    m_ui->newLinkButton->setEnabled(!m_isValid);
}

void HandoffDialog::onChecked(const Result &result, const QDateTime &at)
{
    if (m_minting)
        return;
    if (result.kind == Result::Kind::Link && !result.link.status.isEmpty())
        setStatus(tr("Waiting for the customer… the link is still %1 — last checked %2")
                      .arg(result.link.status, displayClock(at)));
    else
        setStatus(tr("Waiting for the customer… — the last check, at %1, failed: %2 Relink "
                     "keeps checking.")
                      .arg(displayClock(at), describeResult(result)));
}

void HandoffDialog::onFinished(const HandoffOutcome &outcome)
{
    m_flow = nullptr;
    m_minting = false;
    m_ui->busyBar->setVisible(false);
    using K = HandoffOutcome::Kind;
    if (outcome.kind == K::Cancelled)
        return;
    if (outcome.kind == K::AlreadyValid && outcome.result.kind == Result::Kind::Link &&
        m_url.isEmpty()) { // nothing was minted: nothing for the customer to do
        setStatus(outcome.message);
        announce(m_ui->statusLabel, m_ui->statusLabel->text());
        m_ui->newLinkButton->setEnabled(false);
        fitHeight();
        m_ui->closeButton->setFocus();
        return;
    }
    if (outcome.kind == K::Valid) {
        m_isValid = true;
        m_valid = outcome.result;
        m_ticker.stop();
        forgetCopied();
        showUrl();
        m_ui->expiryLabel->clear();
        m_ui->newLinkButton->setVisible(false);
        m_ui->handoffForm->setRowVisible(m_ui->localeCombo, false); // nothing left to send
        m_ui->handoffForm->setRowVisible(m_ui->urlLabel, false);
        QFont bold = m_ui->statusLabel->font();
        bold.setBold(true);
        m_ui->statusLabel->setFont(bold);
        setStatus(tr("The customer updated the link: it is valid again."));
        announce(m_ui->statusLabel, m_ui->statusLabel->text());
        fitHeight();
        setButtonText(m_ui->closeButton, tr("OK"));
        m_ui->closeButton->setDefault(true);
        m_ui->closeButton->setFocus();
        return;
    }
    const QString text = withRequestIds(outcome.message, outcome.result);
    if (outcome.kind == K::StillWaiting || outcome.kind == K::WatchFailed) {
        m_ticker.stop();
        // The countdown stops with the watch: the copied link still leaves the clipboard when its
        // token expires.
        const qint64 left = m_expiry.remainingTime();
        if (left <= 0)
            forgetCopied();
        else
            QTimer::singleShot(left, this, &HandoffDialog::forgetCopied);
        showUrl();
        m_ui->expiryLabel->clear();
    }
    setStatus(text);
    fitHeight();
    m_ui->newLinkButton->setEnabled(true);
}

QString HandoffDialog::withRequestIds(const QString &message, const Result &result)
{
    const QStringList ids = result.requestIds();
    if (ids.isEmpty())
        return message;
    return message + QLatin1Char(' ') +
           tr("Belvo's request id: %1").arg(ids.join(QStringLiteral(", ")));
}

void HandoffDialog::setStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
}

// The QR code comes and goes: the dialog follows it (its width stays the agent's).
void HandoffDialog::fitHeight()
{
    QApplication::sendPostedEvents(this, QEvent::LayoutRequest);
    resize(width(), sizeHint().height());
}

void HandoffDialog::accept()
{
    reject();
}

void HandoffDialog::reject()
{
    m_ticker.stop();
    if (m_isValid) {
        emit linkValid(m_valid);
        QDialog::accept();
        return;
    }
    // The watch goes on in the desk: Waiting for customers shows it.
    QDialog::reject();
}

} // namespace relink
