#pragma once

#include "handoffflow.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace Ui {
class HandoffDialog;
}

namespace relink {

class Workspace;

// "Send to the customer…": the hosted widget's link for one Belvo link (read-only, Copy link,
// a QR code), the customer's language, a countdown to its expiry, and a live status line while
// the core's HandoffFlow watches the link. When the link turns valid the dialog says so; the
// agent's OK closes it and linkValid() hands the link to the main window. Closing it before
// that stops the watch. New link mints a fresh token (after expiry, or after a failure).
class HandoffDialog : public QDialog
{
    Q_OBJECT
public:
    // A hand-off flow for this dialog (the workspace's current client and history).
    using FlowFactory = std::function<HandoffFlow *(QObject *parent)>;

    // How long the link is watched after its token expires: a customer who opened it in time
    // may still be typing.
    static constexpr int kWatchGraceSeconds = 15 * 60;

    HandoffDialog(const QString &linkId, const QString &institution, FlowFactory makeFlow,
                  QWidget *parent = nullptr);
    ~HandoffDialog() override;

    // A dialog for `linkId` on the workspace's environment and keys as they are now (deletes
    // itself when closed).
    // `ticket`: the support ticket it is done for (recorded in the history), if any.
    static HandoffDialog *create(Workspace *workspace, const QString &linkId,
                                 const QString &institution, const QString &ticket,
                                 QWidget *parent);
    QString linkId() const { return m_linkId; }

    // Mints the first token: call once, after the signals are connected.
    void start();

    void accept() override;
    // Esc, Close, the window's close button: stops the watch and closes (after the link turned
    // valid, it is the same as OK).
    void reject() override;

    // The widget's language for this application's language: es, pt or en.
    static QString defaultLocale();

signals:
    // The customer updated the link: the last answer, with the link.
    void linkValid(const relink::Result &result);

private:
    void copySecret(const QString &url);
    void forgetCopied();
    void mint();
    void onTokenReady(const QUrl &url, int expiresInSeconds);
    void onChecked(const Result &result, const QDateTime &at);
    void onFinished(const HandoffOutcome &outcome);
    void showUrl();
    void tick();
    void setStatus(const QString &text);
    static QString withRequestIds(const QString &message, const Result &result);
    void fitHeight();

    std::unique_ptr<Ui::HandoffDialog> m_ui;
    QString m_linkId;
    FlowFactory m_makeFlow;
    QPointer<HandoffFlow> m_flow;
    QUrl m_url;       // the widget's link, in the language chosen
    QString m_copied; // the link Copy put on the clipboard, until it is cleared
    QDeadlineTimer m_expiry;
    QTimer m_ticker;
    Result m_valid; // the answer that showed the link valid
    bool m_isValid = false;
    bool m_minting = false;
    bool m_minuteAnnounced = false; // "a minute left" was said to a screen reader
};

} // namespace relink
