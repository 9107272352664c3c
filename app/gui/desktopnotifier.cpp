#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace relink {

FreedesktopNotifier::FreedesktopNotifier(QObject *parent) : QObject(parent) {}

void FreedesktopNotifier::notify(const QString &summary, const QString &body,
                                 std::function<void()> fallback)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        if (fallback)
            fallback();
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("io.github.relink.Relink"));
    call << QStringLiteral("Relink") << uint(0) << QStringLiteral("relink") << summary << body
         << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [fallback](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                if (w->isError() && fallback)
                    fallback();
            });
}

} // namespace relink
