#include "historycommands.h"

#include "launchrequest.h"
#include "linkid.h"
#include "mainwindow.h"
#include "windowmenu.h"

#include <QAbstractButton>
#include <QAction>
#include <QLineEdit>

namespace relink {

HistoryCommands::HistoryCommands(MainWindow *window, WindowMenu *menu, QAction *linkHistory,
                                 QAbstractButton *button, QLineEdit *linkIdEdit)
    : QObject(window), m_menu(menu), m_action(linkHistory), m_button(button),
      m_linkIdEdit(linkIdEdit)
{
    m_action->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    const QString tip = tr("Show every recorded attempt on this link (%1)")
                            .arg(m_action->shortcut().toString(QKeySequence::NativeText));
    m_action->setToolTip(tip);
    m_button->setToolTip(tip);
    connect(m_button, &QAbstractButton::clicked, m_action, &QAction::trigger);
    connect(m_action, &QAction::triggered, this, &HistoryCommands::showLinkHistory);
    connect(m_linkIdEdit, &QLineEdit::textChanged, this, &HistoryCommands::refresh);
    connect(m_menu, &WindowMenu::launchRequested, window, [window](const LaunchRequest &r) {
        window->raise();
        window->activateWindow();
        window->openLink(r);
    });
    refresh();
}

void HistoryCommands::refresh()
{
    const bool hasId = !extractLinkId(m_linkIdEdit->text()).isEmpty();
    m_action->setEnabled(hasId);
    m_button->setEnabled(hasId);
}

void HistoryCommands::showLinkHistory()
{
    const QString id = extractLinkId(m_linkIdEdit->text());
    if (!id.isEmpty())
        m_menu->openHistory(id);
}

} // namespace relink
