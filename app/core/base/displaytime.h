#pragma once

#include <QDateTime>
#include <QString>

namespace relink {

// One way to show a moment across the app. On screen: the user's locale, short form, in local
// time ("12/6/26 3:04 PM", "06/12/2026 15:04"); an invalid moment is an empty string. In a
// tooltip (and wherever the exact moment matters): ISO 8601 in local time with its offset,
// to the second ("2026-12-06T15:04:05-03:00"). Exports keep their own formats (a contract).
QString displayTime(const QDateTime &at);
// The time of day alone, the locale's short form in local time ("3:04 PM", "15:04").
QString displayClock(const QDateTime &at);
QString isoTime(const QDateTime &at);

} // namespace relink
