#pragma once

#include "belvoclient.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace Ui {
class MfaDialog;
}

namespace relink {

// The bank's MFA challenge (HTTP 428): instructions, challenge value or QR code, a countdown,
// and the token. It resumes the session itself and ends with one final result: the link,
// session_expired, or the user's cancel.
class MfaDialog : public QDialog
{
    Q_OBJECT
public:
    MfaDialog(BelvoClient *client, const QString &linkId, const MfaChallenge &challenge,
              const FormField &tokenField, QWidget *parent = nullptr);
    ~MfaDialog() override;

    // Valid once the dialog has finished.
    Result finalResult() const { return m_final; }

    void reject() override;

signals:
    // Each answer to a resume (PATCH), and a user's cancel, as they happen.
    void stepFinished(const QString &method, const relink::Result &result);

private:
    void setChallenge(const MfaChallenge &challenge);
    void tick();
    void submit(bool withToken);
    void onResult(const Result &result);
    void updateButtons();
    void finishWith(const Result &result, bool accepted);

    std::unique_ptr<Ui::MfaDialog> m_ui;
    QPointer<BelvoClient> m_client;
    QString m_linkId;
    MfaChallenge m_challenge;
    QRegularExpression m_tokenValidation;
    QString m_tokenValidationMessage;
    QDeadlineTimer m_deadline;
    QTimer m_ticker;
    QPointer<Operation> m_running;
    Result m_final;
    bool m_expired = false;
};

} // namespace relink
