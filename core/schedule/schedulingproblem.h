#pragma once

#include "autoscheduleoptions.h"
#include "scheduledata.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace EventDesk
{

// A place on the schedule: a room (index into SchedulingProblem::rooms, -1: not placed) and a start in
// minutes since the epoch.
struct Slot {
    int room = -1;
    qint64 start = 0;
    bool placed() const { return room >= 0; }
    bool operator==(const Slot &) const = default;
};
using Placement = QList<Slot>; // one per SchedulingProblem::items

// The event as the auto-scheduler sees it: times in whole minutes, records as indexes, and each session's
// domain (the rooms and start times its own rules allow, before other sessions are considered). Every rule
// the event has switched on is a hard constraint here, so a placed session raises no conflict at all (the
// proposal path refuses items with conflicts); the soft preferences are in ScheduleScore.
struct SchedulingProblem {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::SchedulingProblem)
public:
    struct Window {
        qint64 start = 0;
        qint64 end = 0;
    };
    struct RoomInfo {
        QUuid id;
        QString name;
        int capacity = 0;
        QList<Window> availability; // empty: always
    };
    struct SpeakerInfo {
        QUuid id;
        QString name;
        QList<Window> availability; // empty: always
    };
    struct Item {
        QUuid id;
        QString title;
        int duration = 0; // minutes
        int track = -1;
        QList<int> speakers;
        int attendance = 0;
        bool movable = false;         // false: stays as it is (pinned, or outside the scope)
        Slot current;                 // where it is now (room -1: unscheduled)
        QList<int> rooms;             // rooms it may use (capacity, allowed rooms)
        bool roomsRestricted = false; // its allowed rooms are a constraint (allowedRooms then lists them)
        QList<int> allowedRooms;      // the existing rooms among its allowed rooms
        QList<qint64> starts;  // starts its times allow (event days and hours, speakers, allowed times)
        QList<Window> allowed; // allowed time windows; empty: any
    };

    QList<RoomInfo> rooms;
    QList<SpeakerInfo> speakers;
    QList<Item> items;
    QList<Window> days; // the event's days and daily hours
    QTimeZone timeZone; // the event's, for reasons in words
    int trackCount = 0;
    int roomChangeover = 0;    // minutes kept free in a room after each session
    int speakerChangeover = 0; // minutes a speaker needs between rooms
    bool speakerClash = true, speakerChangeoverRule = true, roomClash = true, trackParallel = false;
    bool replan = false;

    static SchedulingProblem build(const ScheduleData &data, const AutoScheduleOptions &options);

    // Whether item i may be at slot as far as its own rules go (room availability included).
    bool fitsAlone(int i, const Slot &slot) const;
    // Whether items a and b may be where they are together (room, speakers, track).
    bool compatible(int a, const Slot &sa, int b, const Slot &sb) const;
    bool inside(const QList<Window> &windows, qint64 start, qint64 end) const;
    bool roomOpen(int room, qint64 start, qint64 end) const;

    static qint64 minutes(const QDateTime &t) { return t.toMSecsSinceEpoch() / 60000; }
    static QDateTime dateTime(qint64 minutes)
    {
        return QDateTime::fromMSecsSinceEpoch(minutes * 60000, QTimeZone::utc());
    }
};

} // namespace EventDesk
