#include "displaytime.h"

#include <QLocale>
#include <QTimeZone>

namespace relink {

QString displayTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString displayClock(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)
                        : QString();
}

QString isoTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    // As an offset from UTC, so that Qt::ISODate always writes it (never a bare local time).
    const QDateTime local = at.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace relink
