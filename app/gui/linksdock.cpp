#include "linksdock.h"

#include "accessibility.h"
#include "linkswindow.h"
#include "mnemonics.h"
#include "settings.h"

#include <QMainWindow>
#include <QScreen>

namespace relink {

namespace {

Qt::DockWidgetArea savedArea()
{
    const int area = Settings::value(Setting::LinksDockArea).toInt();
    for (Qt::DockWidgetArea a : {Qt::LeftDockWidgetArea, Qt::RightDockWidgetArea,
                                 Qt::BottomDockWidgetArea, Qt::TopDockWidgetArea}) {
        if (area == int(a))
            return a;
    }
    return Qt::LeftDockWidgetArea;
}

Qt::Orientation across(Qt::DockWidgetArea area)
{
    return area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea ? Qt::Horizontal
                                                                             : Qt::Vertical;
}

} // namespace

LinksDock::LinksDock(QMainWindow *window, Workspace *workspace)
    : QDockWidget(window), m_window(window), m_links(new LinksWindow(workspace, this))
{
    takeSecondaryMnemonic(this); // its letters never move the form's
    setObjectName(QStringLiteral("linksDock"));
    setWindowTitle(m_links->windowTitle());
    // Never a window of its own over the form: docked on a side, closable, movable.
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    setWidget(m_links);
    connect(m_links, &LinksWindow::closeRequested, this, &QWidget::close);
}

LinksDock *LinksDock::find(QMainWindow *window)
{
    return window->findChild<LinksDock *>(QStringLiteral("linksDock"), Qt::FindDirectChildrenOnly);
}

LinksDock *LinksDock::of(QMainWindow *window, Workspace *workspace)
{
    if (LinksDock *dock = find(window))
        return dock;
    auto *dock = new LinksDock(window, workspace);
    const Qt::DockWidgetArea area = savedArea();
    dock->hide(); // open() shows it, sized
    window->addDockWidget(area, dock);
    refreshAccessibility(window); // one window: no Alt+letter twice
    return dock;
}

int LinksDock::preferredSize() const
{
    const int saved = Settings::value(Setting::LinksDockSize).toInt();
    if (saved > 0)
        return saved;
    // Status, bank, external id and the link id whole, at this font's size.
    return across(m_window->dockWidgetArea(const_cast<LinksDock *>(this))) == Qt::Horizontal
               ? fontMetrics().averageCharWidth() * 84
               : fontMetrics().height() * 16;
}

void LinksDock::open()
{
    if (!isVisible()) {
        const Qt::DockWidgetArea area = m_window->dockWidgetArea(this);
        const int size = preferredSize();
        // Room for the queue beside the form: the window grows by it when the screen allows.
        if (across(area) == Qt::Horizontal && m_window->isVisible() && !m_window->isMaximized() &&
            !m_window->isFullScreen()) {
            const QRect screen = m_window->screen()->availableGeometry();
            const int width = qMin(m_window->width() + size, screen.width());
            if (width > m_window->width())
                m_window->resize(width, m_window->height());
        }
        show();
        m_window->resizeDocks({this}, {size}, across(area));
    }
    raise();
    m_window->activateWindow();
    m_links->focusSearch();
}

bool LinksDock::restore(QMainWindow *window, Workspace *workspace)
{
    if (!Settings::value(Setting::LinksDockOpen).toBool())
        return false;
    LinksDock *dock = of(window, workspace);
    dock->show();
    const Qt::DockWidgetArea area = window->dockWidgetArea(dock);
    window->resizeDocks({dock}, {dock->preferredSize()}, across(area));
    return true;
}

void LinksDock::save(const QMainWindow *window)
{
    LinksDock *dock = find(const_cast<QMainWindow *>(window));
    const bool open = dock && !dock->isHidden();
    Settings::setValue(Setting::LinksDockOpen, open);
    if (!open)
        return;
    const Qt::DockWidgetArea area = window->dockWidgetArea(dock);
    Settings::setValue(Setting::LinksDockArea, int(area));
    Settings::setValue(Setting::LinksDockSize,
                       across(area) == Qt::Horizontal ? dock->width() : dock->height());
}

} // namespace relink
