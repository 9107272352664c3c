#include "autocheck.h"

#include "linkid.h"

namespace relink {

AutoCheck::AutoCheck(std::function<bool()> canCheck, QObject *parent)
    : QObject(parent), m_canCheck(std::move(canCheck))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutoCheck::onTimeout);
}

void AutoCheck::idChanged(const QString &id)
{
    if (!isValidLinkId(id) || id == m_checked) {
        m_pending.clear();
        m_timer.stop();
        return;
    }
    m_pending = id;
    m_timer.start(m_delayMs); // again: a pause in the typing first
}

void AutoCheck::checkStarted(const QString &id)
{
    m_checked = id;
    if (id == m_pending) {
        m_pending.clear();
        m_timer.stop();
    }
}

void AutoCheck::retry()
{
    if (!m_pending.isEmpty() && !m_timer.isActive())
        m_timer.start(0);
}

void AutoCheck::onTimeout()
{
    if (!m_pending.isEmpty() && m_canCheck())
        emit checkDue(m_pending); // checkStarted() clears it; still pending if it did not start
}

} // namespace relink
