#pragma once

#include "belvolink.h"
#include "launchrequest.h"

#include <QObject>

class QAction;
class QMainWindow;

namespace relink {

class LinksDock;
class Workspace;

// The main window's menu commands that open other windows: Links needing attention (a dock
// beside the form), History, Settings, About. A window opens once; asked for again, it comes to
// the front.
class WindowMenu : public QObject
{
    Q_OBJECT
public:
    struct Actions
    {
        QAction *links = nullptr;
        QAction *history = nullptr;
        QAction *settings = nullptr;
        QAction *about = nullptr;
    };

    WindowMenu(Workspace *workspace, QMainWindow *window, const Actions &actions);

    // Shows the queue beside the form, focus in its search box.
    void openLinks();
    // At start-up: the queue opens again when it was open at the last close.
    void restoreLinks();
    // The History window; with a link id, filtered on that link (History of this link).
    void openHistory(const QString &linkId = {});
    void openSettings();
    void about();
    // The main window saw this link (checked, updated): the links window's row follows.
    void linkSeen(const Link &link);

signals:
    // Settings closed: the environment or keys may have changed.
    void settingsClosed();
    // Enter or double-click on a row of the queue: its link id and external id.
    void linkChosen(const QString &linkId, const QString &externalId);
    // Enter or double-click on a row of the History window: its link, ticket and environment.
    void launchRequested(const relink::LaunchRequest &request);

private:
    LinksDock *linksDock();

    Workspace *m_workspace;
    QMainWindow *m_window;
};

} // namespace relink
