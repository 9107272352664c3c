#pragma once

#include <QObject>

class QAbstractButton;
class QAction;
class QLineEdit;

namespace relink {

class MainWindow;
class WindowMenu;

// The main window's ways into and out of the History window. In: History of this link (the
// button beside the link id, File › History of this link, Ctrl+Shift+H) opens the History
// window filtered on the link in the form; enabled while the field holds a link id. Out: Enter
// or double-click on a History row opens that row's link in the form, with its ticket.
class HistoryCommands : public QObject
{
    Q_OBJECT
public:
    HistoryCommands(MainWindow *window, WindowMenu *menu, QAction *linkHistory,
                    QAbstractButton *button, QLineEdit *linkIdEdit);

private:
    void refresh();
    void showLinkHistory();

    WindowMenu *m_menu;
    QAction *m_action;
    QAbstractButton *m_button;
    QLineEdit *m_linkIdEdit;
};

} // namespace relink
