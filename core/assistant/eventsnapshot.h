#pragma once

#include "result.h"
#include "storage/eventstore.h"

#include <QHash>
#include <QTimeZone>

namespace EventDesk
{

// One event's records as the assistant shows them: sorted for deterministic output, with short ids (see
// ShortIds) and local times. Speakers keep their emails in memory; nothing here prints them.
struct EventSnapshot {
    Event event;
    QTimeZone zone;
    QList<Room> rooms;       // by name, then id
    QList<Track> tracks;     // by name, then id
    QList<Speaker> speakers; // by name, then id
    QList<Session> sessions; // scheduled by start, room, title; then unscheduled by title; then id
    QList<TicketType> tickets;
    QHash<QUuid, QString> shortIds; // of rooms, tracks, speakers, sessions and ticket types

    static Result<EventSnapshot> load(const EventStore &store, const QUuid &eventId);

    QString id(const QUuid &id) const { return shortIds.value(id); }
    QString localTime(const QDateTime &utc) const; // yyyy-MM-dd HH:mm in the event's zone
    QDate localDate(const QDateTime &utc) const;
    const Room *room(const QUuid &id) const;
    const Track *track(const QUuid &id) const;
    const Speaker *speaker(const QUuid &id) const;
    QList<QDate> days() const; // the event's dates, start to end

private:
    QHash<QUuid, qsizetype> m_roomIndex, m_trackIndex, m_speakerIndex;
};

} // namespace EventDesk
