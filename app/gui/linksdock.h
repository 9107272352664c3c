#pragma once

#include <QDockWidget>

class QMainWindow;

namespace relink {

class LinksWindow;
class Workspace;

// Links needing attention as a dock of the main window (objectName linksDock): beside the form,
// never over it (it can move to another side, not float as a window of its own). Whether it is
// open, its side and its size are remembered in the desktop settings.
class LinksDock : public QDockWidget
{
    Q_OBJECT
public:
    // The main window's dock, made (and docked where it was last time) on first use.
    static LinksDock *of(QMainWindow *window, Workspace *workspace);
    // The main window's dock if it was made, else nullptr.
    static LinksDock *find(QMainWindow *window);
    // Opens the dock at start-up when it was open at the last close (then true).
    static bool restore(QMainWindow *window, Workspace *workspace);
    // Remembers whether the window's dock is open, its side and size.
    static void save(const QMainWindow *window);

    LinksWindow *links() const { return m_links; }
    // Shows it (a first time: the window grows by its width when the screen has room) with
    // focus in its search box.
    void open();

private:
    LinksDock(QMainWindow *window, Workspace *workspace);
    int preferredSize() const;

    QMainWindow *m_window;
    LinksWindow *m_links;
};

} // namespace relink
