#include "eventsnapshot.h"

#include "shortids.h"

#include <algorithm>

namespace EventDesk
{

namespace
{
template <typename T> void sortByName(QList<T> &records)
{
    std::sort(records.begin(), records.end(), [](const T &a, const T &b) {
        const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
        if (a.name != b.name)
            return a.name < b.name;
        return a.meta.id.toString() < b.meta.id.toString();
    });
}

// The ids of the workspace's live records of one kind, so every short id resolves in the whole workspace.
template <typename T> Result<QList<QUuid>> workspaceIds(const EventStore &store)
{
    auto all = store.template list<T>();
    if (!all)
        return all.error();
    QList<QUuid> ids;
    ids.reserve(all.value().size());
    for (const T &r : all.value())
        ids.append(r.meta.id);
    return ids;
}
} // namespace

Result<EventSnapshot> EventSnapshot::load(const EventStore &store, const QUuid &eventId)
{
    EventSnapshot s;
    auto event = store.get<Event>(eventId);
    if (!event)
        return event.error();
    s.event = event.value();
    s.zone = QTimeZone(s.event.timeZone.toUtf8());
    if (!s.zone.isValid())
        s.zone = QTimeZone::utc();
    auto rooms = store.list<Room>(eventId);
    auto tracks = store.list<Track>(eventId);
    auto speakers = store.list<Speaker>(eventId);
    auto sessions = store.list<Session>(eventId);
    auto tickets = store.list<TicketType>(eventId);
    for (const Error *err : {rooms ? nullptr : &rooms.error(), tracks ? nullptr : &tracks.error(),
                             speakers ? nullptr : &speakers.error(), sessions ? nullptr : &sessions.error(),
                             tickets ? nullptr : &tickets.error()})
        if (err)
            return *err;
    s.rooms = rooms.value();
    s.tracks = tracks.value();
    s.speakers = speakers.value();
    s.sessions = sessions.value();
    s.tickets = tickets.value();
    sortByName(s.rooms);
    sortByName(s.tracks);
    sortByName(s.speakers);
    sortByName(s.tickets);
    for (qsizetype i = 0; i < s.rooms.size(); ++i)
        s.m_roomIndex.insert(s.rooms.at(i).meta.id, i);
    for (qsizetype i = 0; i < s.tracks.size(); ++i)
        s.m_trackIndex.insert(s.tracks.at(i).meta.id, i);
    for (qsizetype i = 0; i < s.speakers.size(); ++i)
        s.m_speakerIndex.insert(s.speakers.at(i).meta.id, i);
    std::sort(s.sessions.begin(), s.sessions.end(), [&s](const Session &a, const Session &b) {
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid();
        if (a.start != b.start)
            return a.start < b.start;
        const Room *ra = s.room(a.roomId);
        const Room *rb = s.room(b.roomId);
        const QString na = ra ? ra->name : QString();
        const QString nb = rb ? rb->name : QString();
        if (na != nb)
            return na < nb;
        if (a.title != b.title)
            return a.title < b.title;
        return a.meta.id.toString() < b.meta.id.toString();
    });

    auto addIds = [&](const Result<QList<QUuid>> &r) -> std::optional<Error> {
        if (!r)
            return r.error();
        const QHash<QUuid, QString> shortened = ShortIds::of(r.value());
        for (auto it = shortened.cbegin(); it != shortened.cend(); ++it)
            s.shortIds.insert(it.key(), it.value());
        return std::nullopt;
    };
    for (const auto &r : {workspaceIds<Room>(store), workspaceIds<Track>(store), workspaceIds<Speaker>(store),
                          workspaceIds<Session>(store), workspaceIds<TicketType>(store)})
        if (auto err = addIds(r))
            return *err;
    return s;
}

QString EventSnapshot::localTime(const QDateTime &utc) const
{
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QDate EventSnapshot::localDate(const QDateTime &utc) const
{
    return utc.toTimeZone(zone).date();
}

const Room *EventSnapshot::room(const QUuid &id) const
{
    const auto it = m_roomIndex.constFind(id);
    return it == m_roomIndex.cend() ? nullptr : &rooms.at(*it);
}

const Track *EventSnapshot::track(const QUuid &id) const
{
    const auto it = m_trackIndex.constFind(id);
    return it == m_trackIndex.cend() ? nullptr : &tracks.at(*it);
}

const Speaker *EventSnapshot::speaker(const QUuid &id) const
{
    const auto it = m_speakerIndex.constFind(id);
    return it == m_speakerIndex.cend() ? nullptr : &speakers.at(*it);
}

QList<QDate> EventSnapshot::days() const
{
    QList<QDate> out;
    for (int i = 0; i < event.dayCount() && i < 366; ++i)
        out.append(event.startDate.addDays(i));
    return out;
}

} // namespace EventDesk
