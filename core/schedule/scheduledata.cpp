#include "scheduledata.h"

#include "storage/eventstore.h"

namespace EventDesk
{

Result<ScheduleData> ScheduleData::load(const EventStore &store, const QUuid &eventId)
{
    ScheduleData d;
    auto event = store.get<Event>(eventId);
    if (!event)
        return event.error();
    d.event = event.value();
    auto rooms = store.list<Room>(eventId);
    auto tracks = store.list<Track>(eventId);
    auto speakers = store.list<Speaker>(eventId);
    auto sessions = store.list<Session>(eventId);
    for (const Error *e : {rooms ? nullptr : &rooms.error(), tracks ? nullptr : &tracks.error(),
                           speakers ? nullptr : &speakers.error(), sessions ? nullptr : &sessions.error()})
        if (e)
            return *e;
    d.rooms = rooms.value();
    d.tracks = tracks.value();
    d.speakers = speakers.value();
    d.sessions = sessions.value();
    return d;
}

const Session *ScheduleData::session(const QUuid &id) const
{
    for (const Session &s : sessions)
        if (s.meta.id == id)
            return &s;
    return nullptr;
}

const Room *ScheduleData::room(const QUuid &id) const
{
    for (const Room &r : rooms)
        if (r.meta.id == id)
            return &r;
    return nullptr;
}

} // namespace EventDesk
