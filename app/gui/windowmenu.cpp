#include "windowmenu.h"

#include "historywindow.h"
#include "linksdock.h"
#include "linkswindow.h"
#include "settingsdialog.h"
#include "workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMessageBox>

namespace relink {

WindowMenu::WindowMenu(Workspace *workspace, QMainWindow *window, const Actions &actions)
    : QObject(window), m_workspace(workspace), m_window(window)
{
    actions.settings->setShortcut(QKeySequence::Preferences);
    if (actions.settings->shortcut().isEmpty())
        actions.settings->setShortcut(QKeySequence(tr("Ctrl+,")));
    actions.history->setShortcut(QKeySequence(tr("Ctrl+H")));
    actions.links->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(actions.links, &QAction::triggered, this, &WindowMenu::openLinks);
    connect(actions.history, &QAction::triggered, this, [this] { openHistory(); });
    connect(actions.settings, &QAction::triggered, this, &WindowMenu::openSettings);
    connect(actions.about, &QAction::triggered, this, &WindowMenu::about);
}

LinksDock *WindowMenu::linksDock()
{
    const bool made = LinksDock::find(m_window);
    LinksDock *dock = LinksDock::of(m_window, m_workspace);
    if (!made)
        connect(dock->links(), &LinksWindow::linkChosen, this, &WindowMenu::linkChosen);
    return dock;
}

void WindowMenu::openLinks()
{
    linksDock()->open();
}

void WindowMenu::restoreLinks()
{
    if (LinksDock::restore(m_window, m_workspace))
        linksDock(); // connected
}

void WindowMenu::linkSeen(const Link &link)
{
    if (LinksDock *dock = LinksDock::find(m_window))
        dock->links()->showLink(link);
}

void WindowMenu::openHistory(const QString &linkId)
{
    auto *window = m_window->findChild<HistoryWindow *>();
    if (!window) {
        window = new HistoryWindow(m_workspace->ensureHistory(), m_window);
        window->setAttribute(Qt::WA_DeleteOnClose);
        connect(window, &HistoryWindow::linkChosen, this, &WindowMenu::launchRequested);
    }
    if (!linkId.isEmpty())
        window->showLink(linkId);
    window->show();
    window->raise();
    window->activateWindow();
}

void WindowMenu::openSettings()
{
    auto *dialog = new SettingsDialog(
        m_workspace, m_workspace->isDemo() ? QStringLiteral("sandbox") : m_workspace->environment(),
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &WindowMenu::settingsClosed);
    dialog->open();
}

void WindowMenu::about()
{
    QMessageBox::about(m_window, tr("About Relink"),
                       tr("<p><b>Relink %1</b></p><p>Brings a customer's Belvo bank link "
                          "back to life by updating its credentials, through the bank's "
                          "MFA challenge when there is one.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace relink
