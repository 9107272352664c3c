#include "mfadialog.h"

#include "accessibility.h"
#include "copyconfirmation.h"
#include "qrcode.h"
#include "ui_mfadialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace relink {

MfaDialog::MfaDialog(const MfaChallenge &challenge, const FormField &tokenField, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::MfaDialog)
{
    m_ui->setupUi(this);
    m_ui->busyBar->setVisible(false);
    QFont value = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    value.setPointSizeF(value.pointSizeF() * 1.4);
    value.setBold(true);
    m_ui->challengeValueLabel->setFont(value);
    // Never cut what is typed or pasted (no setMaxLength): a token longer than the bank's is
    // said, not shortened.
    m_tokenLength = tokenField.length;
    m_ui->tokenEdit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    if (!tokenField.validation.isEmpty() && QRegularExpression(tokenField.validation).isValid())
        m_tokenValidation = QRegularExpression(tokenField.validation);
    m_tokenValidationMessage = tokenField.validationMessage;
    if (!tokenField.placeholder.isEmpty())
        m_ui->tokenEdit->setPlaceholderText(tokenField.placeholder);

    connect(m_ui->submitButton, &QPushButton::clicked, this, [this] { submit(true); });
    connect(m_ui->approvedButton, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MfaDialog::reject);
    connect(m_ui->copyQrButton, &QPushButton::clicked, this, [this] {
        copyWithConfirmation(m_ui->copyQrButton, m_ui->qrStatusLabel, m_qrImage,
                             tr("Copied the QR code as an image."));
    });
    connect(m_ui->saveQrButton, &QPushButton::clicked, this, &MfaDialog::saveQrCode);
    m_pickSavePath = [](QWidget *parent, const QString &title, const QString &suggested) {
        return QFileDialog::getSaveFileName(parent, title, suggested, tr("PNG images (*.png)"));
    };
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->noticeIcon->setPixmap(style()
                                    ->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this)
                                    .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_ui->noticeIcon->setAccessibleName(tr("Problem"));
    QFont bold = m_ui->noticeLabel->font();
    bold.setBold(true);
    m_ui->noticeLabel->setFont(bold);
    m_ui->qrStatusLabel->setVisible(false);
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, &MfaDialog::updateButtons);
    connect(m_ui->tokenEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_ui->submitButton->isEnabled())
            submit(true);
    });
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &MfaDialog::tick);
    setChallenge(challenge);
    refreshAccessibility(this);
}

MfaDialog::~MfaDialog() = default;

void MfaDialog::setChallenge(const MfaChallenge &c)
{
    m_challenge = c;
    m_expired = false;
    m_minuteAnnounced = false;
    m_challengeSeconds = c.expirySeconds;
    // The approve-on-phone kind asks for no token: its title says what to do.
    setWindowTitle(c.expectsUserInput ? tr("The bank asks for a token")
                                      : tr("Approve the login on the customer's phone"));
    setAccessibleName(windowTitle());
    m_ui->instructionsLabel->setText(c.instructions.isEmpty()
                                         ? tr("The bank asks for a one-time token. Ask the "
                                              "customer for it.")
                                         : c.instructions);
    const bool qr = c.type == TokenType::Qr;
    QImage image;
    if (qr || !c.value.isEmpty()) {
        image = imageFromChallengeValue(c.value);
        if (image.isNull() && qr)
            image = renderQrCode(c.value);
    }
    m_qrImage = image;
    m_ui->qrLabel->setVisible(!image.isNull());
    m_ui->copyQrButton->setVisible(!image.isNull());
    m_ui->saveQrButton->setVisible(!image.isNull());
    if (!image.isNull()) {
        QPixmap pixmap = QPixmap::fromImage(image);
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        m_ui->qrLabel->setPixmap(pixmap.scaled(QSize(220, 220) * devicePixelRatioF(),
                                               Qt::KeepAspectRatio, Qt::FastTransformation));
    }
    const bool showValue = !c.value.isEmpty() && image.isNull();
    m_ui->challengeValueLabel->setText(c.value);
    m_ui->challengeValueLabel->setVisible(showValue);
    m_ui->challengeCaption->setVisible(showValue);

    const bool input = c.expectsUserInput;
    m_ui->tokenLabel->setVisible(input);
    m_ui->tokenEdit->setVisible(input);
    m_ui->submitButton->setVisible(input);
    m_ui->approvedButton->setVisible(!input);
    m_ui->submitButton->setDefault(input);
    m_ui->approvedButton->setDefault(!input);
    if (c.expirySeconds > 0) {
        m_deadline = QDeadlineTimer(qint64(c.expirySeconds) * 1000);
        m_ticker.start();
    } else {
        m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
        m_ticker.stop();
    }
    tick();
    resize(sizeHint().expandedTo(QSize(440, 0)));
    fitToText();
    // Where the next action is: the token, or "I have approved it".
    if (input)
        m_ui->tokenEdit->setFocus();
    else
        m_ui->approvedButton->setFocus();
}

void MfaDialog::tick()
{
    if (m_deadline.isForever()) {
        m_ui->countdownLabel->setText(tr("The bank did not say how long this session lasts."));
        updateButtons();
        return;
    }
    const qint64 left = (m_deadline.remainingTime() + 999) / 1000;
    if (left <= 0) {
        m_expired = true;
        m_ticker.stop();
        m_ui->countdownLabel->setText(tr("The session expired."));
        announce(m_ui->countdownLabel, m_ui->countdownLabel->text());
    } else {
        m_ui->countdownLabel->setText(
            tr("Time left: %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
        // Said once when a minute is left (every second would drown everything else).
        if (left <= 60 && !m_minuteAnnounced && m_challengeSeconds > 60)
            announce(m_ui->countdownLabel, m_ui->countdownLabel->text());
        m_minuteAnnounced = m_minuteAnnounced || left <= 60;
    }
    updateButtons();
}

void MfaDialog::updateButtons()
{
    const bool idle = !m_sending;
    const QString token = m_ui->tokenEdit->text().trimmed();
    bool tokenOk = !token.isEmpty();
    QString problem;
    if (tokenOk && m_tokenLength > 0 && token.toUcs4().size() > m_tokenLength) {
        tokenOk = false;
        problem = tr("The bank's token has at most %n character(s).", nullptr, m_tokenLength);
    } else if (tokenOk && m_tokenValidation.isValid() && !m_tokenValidation.pattern().isEmpty() &&
               !m_tokenValidation.match(token).hasMatch()) {
        tokenOk = false;
        problem = m_tokenValidationMessage.isEmpty()
                      ? tr("This is not a token the bank accepts: check it with the customer.")
                      : m_tokenValidationMessage;
    }
    m_ui->submitButton->setEnabled(idle && !m_expired && tokenOk);
    m_ui->approvedButton->setEnabled(idle && !m_expired);
    m_ui->tokenEdit->setEnabled(idle && !m_expired);
    m_ui->busyBar->setVisible(!idle);
    // The problem shows under the token, where the flow's notices go, and leaves with it.
    if (!problem.isEmpty())
        m_ui->noticeLabel->setText(problem);
    else if (m_ui->noticeLabel->text() == m_shownProblem)
        m_ui->noticeLabel->clear();
    m_shownProblem = problem;
    // No empty, focusable line for a screen reader to land on: shown only with a notice.
    m_ui->noticeLabel->setVisible(!m_ui->noticeLabel->text().isEmpty());
    m_ui->noticeIcon->setVisible(m_ui->noticeLabel->isVisibleTo(this));
    fitToText();
}

void MfaDialog::fitToText()
{
    QLayout *layout = this->layout();
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width())
                                                   : layout->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void MfaDialog::askToStop()
{
    if (m_stopBox) {
        m_stopBox->raise();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, windowTitle(),
                                tr("Stop waiting for the code?"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("stopWaitingBox"));
    box->setInformativeText(tr("The bank's session ends and the customer may get another code."));
    QPushButton *keep = box->addButton(tr("Keep waiting"), QMessageBox::RejectRole);
    QPushButton *stop = box->addButton(tr("Stop waiting"), QMessageBox::DestructiveRole);
    keep->setObjectName(QStringLiteral("keepWaitingButton"));
    stop->setObjectName(QStringLiteral("stopWaitingButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, stop] {
        if (box->clickedButton() == stop)
            emit cancelRequested(); // the flow stops and closes the dialog through finish()
    });
    m_stopBox = box;
    box->open();
    refreshAccessibility(box);
}

void MfaDialog::saveQrCode()
{
    if (m_qrImage.isNull())
        return;
    QString path = m_pickSavePath(this, tr("Save the QR code"), tr("qr-code.png"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1StringView(".png"), Qt::CaseInsensitive))
        path += QLatin1StringView(".png");
    const QString said =
        m_qrImage.save(path, "PNG")
            ? tr("Saved the QR code to %1.").arg(QDir::toNativeSeparators(path))
            : tr("The QR code could not be saved to %1.").arg(QDir::toNativeSeparators(path));
    m_ui->qrStatusLabel->setText(said);
    m_ui->qrStatusLabel->setVisible(true);
    announce(m_ui->qrStatusLabel, said);
    fitToText();
}

void MfaDialog::showChallenge(const MfaChallenge &challenge, const QString &notice)
{
    const bool newChallenge = challenge.session != m_challenge.session;
    m_sending = false;
    if (newChallenge) {
        setChallenge(challenge);
        m_ui->tokenEdit->setText(QString()); // nothing left to undo
    }
    m_ui->noticeLabel->setText(notice);
    updateButtons();                     // shows it
    announce(m_ui->noticeLabel, notice); // "The token was not accepted…"
    if (m_challenge.expectsUserInput)
        m_ui->tokenEdit->setFocus();
}

void MfaDialog::setSending(bool sending)
{
    m_sending = sending;
    if (sending)
        m_ui->noticeLabel->clear();
    updateButtons();
}

void MfaDialog::submit(bool withToken)
{
    if (m_sending || m_expired)
        return;
    std::optional<QString> token;
    if (withToken && m_challenge.expectsUserInput)
        token = m_ui->tokenEdit->text().trimmed();
    setSending(true);
    emit answered(token);
}

void MfaDialog::reject()
{
    if (!m_expired && isVisible()) // the bank's session is live: ending it is asked first
        return askToStop();
    emit cancelRequested(); // the flow stops and closes the dialog through finish()
}

void MfaDialog::finish(bool accepted)
{
    if (!isVisible())
        return;
    m_ticker.stop();
    if (m_stopBox)
        m_stopBox->done(QMessageBox::Cancel); // nothing left to stop
    m_ui->tokenEdit->setText(QString());      // a token never outlives its challenge
    if (accepted)
        QDialog::accept();
    else
        QDialog::reject();
}

} // namespace relink
