#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace EventDesk
{

// Qt 6.4's QDateTimeEdit has no time zone of its own: editors show the event's wall-clock time as a UTC
// value, and these convert back and forth.
inline QDateTime toWallTime(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    return QDateTime(local.date(), local.time(), QTimeZone::utc());
}

inline QDateTime fromWallTime(const QDateTime &wall, const QTimeZone &zone)
{
    return QDateTime(wall.date(), wall.time(), zone).toUTC();
}

} // namespace EventDesk
