#pragma once

// A small one-day event for the agenda-proposal tests, written into a real workspace: two rooms, one
// scheduled session and three unscheduled ones, with fixed ids so that a scripted answer can name them.

#include "storage/eventstore.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace EventDesk::Test
{

struct AgendaEvent {
    QUuid event;
    QUuid mainHall, roomB;
    QUuid opening;               // scheduled: Main Hall, 09:00–09:30
    QUuid qtQuick, cmake, tests; // unscheduled, 45 / 30 / 30 minutes
};

inline QUuid fixedId(int n)
{
    return QUuid::fromString(
        QStringLiteral("%1cafe00-0000-4000-8000-000000000000").arg(n, 2, 16, QLatin1Char('0')));
}

// 2026-05-04, Europe/Berlin, 09:00–18:00.
inline QDateTime berlin(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 5, 4), QTime(hour, minute), QTimeZone("Europe/Berlin")).toUTC();
}

inline AgendaEvent writeAgendaEvent(EventStore &store)
{
    AgendaEvent ids;
    Event e;
    e.meta.id = ids.event = fixedId(0xe1);
    e.name = QStringLiteral("Qt Meetup");
    e.timeZone = QStringLiteral("Europe/Berlin");
    e.startDate = e.endDate = QDate(2026, 5, 4);
    EXPECT_TRUE(store.add(e));
    auto room = [&](int n, const QString &name, int capacity) {
        Room r;
        r.meta.id = fixedId(n);
        r.eventId = ids.event;
        r.name = name;
        r.capacity = capacity;
        EXPECT_TRUE(store.add(r));
        return r.meta.id;
    };
    ids.mainHall = room(0xa1, QStringLiteral("Main Hall"), 200);
    ids.roomB = room(0xb2, QStringLiteral("Room B"), 40);
    auto session = [&](int n, const QString &title, int minutes, const QUuid &roomId,
                       const QDateTime &start) {
        Session s;
        s.meta.id = fixedId(n);
        s.eventId = ids.event;
        s.title = title;
        s.durationMinutes = minutes;
        s.roomId = roomId;
        s.start = start;
        EXPECT_TRUE(store.add(s));
        return s.meta.id;
    };
    ids.opening = session(0x51, QStringLiteral("Opening"), 30, ids.mainHall, berlin(9));
    ids.qtQuick = session(0x52, QStringLiteral("Qt Quick in depth"), 45, {}, {});
    ids.cmake = session(0x53, QStringLiteral("CMake tips"), 30, {}, {});
    ids.tests = session(0x54, QStringLiteral("Testing with QTest"), 30, {}, {});
    return ids;
}

// The id as a model names it: its first eight characters (a unique prefix here).
inline QString prefix(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).left(8);
}

} // namespace EventDesk::Test
