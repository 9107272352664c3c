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

class HandoffDesk;
class Workspace;

// "Send to the customer…": the hosted widget's link for one Belvo link (read-only, Copy link,
// a QR code), the customer's language, a countdown to its expiry, and a live status line while
// the core's HandoffFlow watches the link. A view only, never modal: the flow lives in the
// desk (HandoffDesk), so closing the view leaves the watch going, and the view can be opened
// again on the same hand-off (the same URL while its token lives). When the link turns valid
// the dialog says so; the agent's OK closes it and linkValid() hands the link to the main
// window. New link mints a fresh token (after expiry, or after a failure).
class HandoffDialog : public QDialog
{
    Q_OBJECT
public:
    // A hand-off flow for this dialog (the workspace's current client and history).
    using FlowFactory = std::function<HandoffFlow *(QObject *parent)>;

    HandoffDialog(const QString &linkId, const QString &institution, FlowFactory makeFlow,
                  QWidget *parent = nullptr);
    ~HandoffDialog() override;

    // A view of the desk's open hand-off of `linkId` (attached: nothing minted), or of a new
    // one on the workspace's environment and keys as they are now (start() mints). Deletes
    // itself when closed. `ticket`: the support ticket it is done for (recorded), if any.
    static HandoffDialog *create(Workspace *workspace, HandoffDesk *desk, const QString &linkId,
                                 const QString &institution, const QString &ticket, QWidget *parent,
                                 const QStringList &confirmed = {});
    // Shows an open hand-off's state (its URL while the token lives); start() then does nothing.
    void attach(HandoffFlow *flow);
    QString linkId() const { return m_linkId; }

    // Mints the first token: call once, after the signals are connected.
    void start();

    void accept() override;
    // Esc, Close, the window's close button: closes the view; the watch goes on (after the link
    // turned valid, it is the same as OK).
    void reject() override;

    // The widget's language for this application's language: es, pt or en.
    static QString defaultLocale();

signals:
    // The customer updated the link: the last answer, with the link.
    void linkValid(const relink::Result &result);

private:
    void connectFlow();
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
