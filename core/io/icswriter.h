#pragma once

#include "scheduleselection.h"

#include <QByteArray>

namespace EventDesk
{

// iCalendar (RFC 5545) for the whole event, one room, one track or one speaker: one VEVENT per scheduled
// session, UIDs that stay the same across exports, lines folded at 75 octets without splitting a UTF-8
// character, CRLF line ends.
class IcsWriter
{
public:
    // LocalTime: times in the event's zone with a VTIMEZONE built from the zone's transitions; Utc: "Z"
    // times.
    enum class Times { LocalTime, Utc };

    static QByteArray write(const ScheduleData &data, const ScheduleFilter &filter = {},
                            Times times = Times::LocalTime);
    static QByteArray write(const ScheduleData &data, const QList<const Session *> &sessions,
                            Times times = Times::LocalTime);

    // The building blocks, public for their tests.
    static QString escapeText(const QString &text);         // \\ ; , and newlines
    static QByteArray foldLine(const QByteArray &utf8Line); // CRLF-terminated, continuation lines start " "
    static QString uid(const Session &session);             // "<uuid>@eventdesk"
};

} // namespace EventDesk
