#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace relink {

// Tells the agent something while their eyes are elsewhere: a desktop notification. Tests give
// their own (WaitingDock::setNotifier).
class DesktopNotifier
{
public:
    virtual ~DesktopNotifier() = default;
    // `fallback` runs when no notification could be shown (no session bus, no notification
    // service, an error answer): the caller shows it another way (the status bar).
    virtual void notify(const QString &summary, const QString &body,
                        std::function<void()> fallback) = 0;
};

// The freedesktop notification service (org.freedesktop.Notifications Notify) on the session
// bus, asynchronously: the GUI never waits for the bus. No bus or no service: the fallback.
class FreedesktopNotifier : public QObject, public DesktopNotifier
{
    Q_OBJECT
public:
    explicit FreedesktopNotifier(QObject *parent = nullptr);
    void notify(const QString &summary, const QString &body,
                std::function<void()> fallback) override;
};

} // namespace relink
