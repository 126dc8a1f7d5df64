#pragma once

#include "model/event.h"
#include "model/room.h"
#include "model/session.h"
#include "model/speaker.h"
#include "model/track.h"
#include "result.h"

namespace EventDesk
{
class EventStore;

// Everything the conflict checker and the schedule editor need about one event, as plain values.
struct ScheduleData {
    Event event;
    QList<Room> rooms;
    QList<Track> tracks;
    QList<Speaker> speakers;
    QList<Session> sessions;

    static Result<ScheduleData> load(const EventStore &store, const QUuid &eventId);
    const Session *session(const QUuid &id) const;
    const Room *room(const QUuid &id) const;
};

} // namespace EventDesk
