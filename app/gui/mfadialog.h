#pragma once

#include "institution.h"
#include "mfachallenge.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QImage>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QMessageBox;

namespace Ui {
class MfaDialog;
}

namespace relink {

// The bank's MFA challenge (HTTP 428): instructions, challenge value or QR code, a countdown,
// and the token. A view only: the core's UpdateFlow decides (MfaPrompt connects the two). The
// dialog says what the user chose; it closes when the flow ends.
class MfaDialog : public QDialog
{
    Q_OBJECT
public:
    MfaDialog(const MfaChallenge &challenge, const FormField &tokenField,
              QWidget *parent = nullptr);
    ~MfaDialog() override;

    // A new challenge (the token was not accepted), or the same one again with a notice.
    void showChallenge(const MfaChallenge &challenge, const QString &notice);
    // A token is on its way: inputs wait.
    void setSending(bool sending);
    // The flow ended: closes without asking anything more.
    void finish(bool accepted);

    // Esc, Cancel, the window's close button: while the bank's session is live, asks first
    // ("Stop waiting for the code?", default: keep waiting; a QMessageBox named
    // stopWaitingBox); then asks the flow to stop (cancelRequested).
    void reject() override;

    using SavePathPicker =
        std::function<QString(QWidget *parent, const QString &title, const QString &suggested)>;
    // Where Save QR code… writes (a file dialog; tests replace it). Empty: not saved.
    void setSavePathPicker(SavePathPicker picker) { m_pickSavePath = std::move(picker); }

signals:
    // std::nullopt: the customer approved on their phone (the bank expects no input).
    void answered(const std::optional<QString> &token);
    void cancelRequested();

private:
    void setChallenge(const MfaChallenge &challenge);
    void tick();
    void submit(bool withToken);
    void updateButtons();
    // Grows the dialog to show every line of its text (a notice, a larger font).
    void fitToText();
    void askToStop();
    void saveQrCode();

    std::unique_ptr<Ui::MfaDialog> m_ui;
    MfaChallenge m_challenge;
    QRegularExpression m_tokenValidation;
    QString m_tokenValidationMessage;
    int m_tokenLength = 0;  // the bank's, 0: not given
    QString m_shownProblem; // the token's problem in noticeLabel, if that is what it shows
    QDeadlineTimer m_deadline;
    QTimer m_ticker;
    bool m_sending = false;
    bool m_expired = false;
    int m_challengeSeconds = 0;     // the bank's expiry for this challenge
    bool m_minuteAnnounced = false; // "a minute left" was said to a screen reader
    QImage m_qrImage;               // the QR code shown, to copy or save
    SavePathPicker m_pickSavePath;
    QPointer<QMessageBox> m_stopBox; // "Stop waiting for the code?", while asked
};

} // namespace relink
