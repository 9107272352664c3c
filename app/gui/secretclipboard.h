#pragma once

#include <QObject>
#include <QString>

namespace relink {

// The customer's link carries a live token with write_links scope: on the clipboard it is
// marked secret, so that clipboard managers (Klipper, KeePassXC's convention) keep no copy of
// it, and it leaves the clipboard when its token expires or the link is valid — if the
// clipboard still holds it (never what the agent copied since).
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    static SecretClipboard *instance();

    // Copies `text`, marked secret; forgets it after `forgetAfterMs` (≤ 0: never by itself).
    void copy(const QString &text, qint64 forgetAfterMs);
    // Clears the clipboard if it still holds `text`.
    void forget(const QString &text);

private:
    using QObject::QObject;
};

} // namespace relink
