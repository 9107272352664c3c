#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace relink {

// The first minute: a link id typed or pasted is checked by itself, once per id. Typing is
// waited out (a short pause, so one id means one check), an id that arrives while the window is
// busy (or waits for keys, or for a rate limit) is checked when it is free, and an id already
// checked — by hand (Check link, Enter) or by this — is not checked again until another id
// has been. Check link stays for checking again.
class AutoCheck : public QObject
{
    Q_OBJECT
public:
    // `canCheck`: whether the window could check now (not busy, keys, no rate limit).
    AutoCheck(std::function<bool()> canCheck, QObject *parent);

    // The id field holds `id` now (trimmed, lower case; valid or not).
    void idChanged(const QString &id);
    // A check of `id` started, whoever started it.
    void checkStarted(const QString &id);
    // The window may be free again: a waiting id is checked now if it can be.
    void retry();
    // How long typing is waited out (ms).
    void setDelayMs(int ms) { m_delayMs = ms; }

signals:
    // Check this id now (the window's checkLink).
    void checkDue(const QString &id);

private:
    void onTimeout();

    std::function<bool()> m_canCheck;
    QTimer m_timer;
    int m_delayMs = 350;
    QString m_pending; // a valid id still to check
    QString m_checked; // the last id a check started for
};

} // namespace relink
