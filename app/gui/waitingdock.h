#pragma once

#include "result.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>

#include <memory>

class QMainWindow;
class QPushButton;
class QTableView;

namespace relink {

class DesktopNotifier;
class HandoffDesk;
class HandoffDialog;
class WaitingTableModel;
class Workspace;

// Waiting for customers: the desk's open hand-offs (HandoffDesk), part of the main window. From
// a row: Copy link (the same URL while its token lives), Show QR… (the hand-off's own view),
// Open in form, New link, Stop watching. When a watched link turns valid: a desktop
// notification (status bar when there is none), the row, the screen reader, the history.
class WaitingDock : public QDockWidget
{
    Q_OBJECT
public:
    WaitingDock(Workspace *workspace, QWidget *parent = nullptr);
    ~WaitingDock() override;

    HandoffDesk *desk() const { return m_desk; }
    // "Send to the customer…": the link's open hand-off shown again, or a new one.
    HandoffDialog *send(const QString &linkId, const QString &bank, const QString &ticket,
                        const QStringList &confirmed = {});
    // Tests: another notifier (the dock owns it).
    void setNotifier(std::unique_ptr<DesktopNotifier> notifier);
    // Watches again the open hand-offs recorded for the workspace's environment (once per
    // environment; later calls for it do nothing), once the window's first frame is painted:
    // the history is not opened for start-up.
    void restore();
    void firstFrameShown();

signals:
    void openLinkRequested(const QString &linkId);
    // The agent's OK in a hand-off's view after the link turned valid.
    void linkValid(const relink::Result &result);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString currentLinkId() const;
    void refreshButtons();
    void buildBody();
    void copyLink();
    void showHandoff();
    void onLinkValid(const QString &linkId, const Result &result);
    void showStatus(const QString &text);

    Workspace *m_workspace;
    HandoffDesk *m_desk;
    WaitingTableModel *m_model;
    QTableView *m_table = nullptr;
    QPushButton *m_copyButton;
    QPushButton *m_showButton;
    QPushButton *m_openButton;
    QPushButton *m_newLinkButton;
    QPushButton *m_stopButton;
    std::unique_ptr<DesktopNotifier> m_notifier;
    QStringList m_restored;           // environments already restored
    QHash<QString, QString> m_copied; // link id → the customer's link last copied from the list
    bool m_afterFirstFrame = false;
};

// The dock in `window`: below the form, hidden until a hand-off is open (Window › Waiting for
// customers, Ctrl+Shift+W, shows it any time); the history's open hand-offs are restored once
// the window is up.
WaitingDock *addWaitingDock(QMainWindow *window, Workspace *workspace);

} // namespace relink
