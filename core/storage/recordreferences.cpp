#include "recordreferences.h"

#include "eventstore.h"
#include "model/room.h"
#include "model/speaker.h"
#include "model/tickettype.h"
#include "model/track.h"

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
template <typename T> Result<QUuid> eventOf(const EventStore &store, const QUuid &id)
{
    auto record = store.get<T>(id);
    if (!record)
        return record.error();
    return record.value().eventId;
}

Result<QUuid> eventOf(const EventStore &store, RecordKind kind, const QUuid &id)
{
    switch (kind) {
    case RecordKind::Room:
        return eventOf<Room>(store, id);
    case RecordKind::Track:
        return eventOf<Track>(store, id);
    case RecordKind::Speaker:
        return eventOf<Speaker>(store, id);
    case RecordKind::TicketType:
        return eventOf<TicketType>(store, id);
    default:
        return QUuid();
    }
}
} // namespace

QString RecordReferences::Found::describe() const
{
    QStringList names;
    for (const Session &s : sessions)
        names.append(s.title);
    for (const Participant &p : participants)
        names.append(p.name);
    constexpr qsizetype kShown = 5;
    QString list = QStringList(names.mid(0, kShown)).join(u", "_s);
    if (names.size() > kShown)
        list += u", …"_s;
    if (!sessions.isEmpty())
        return tr("%n session(s) refer to it: %1.", nullptr, int(sessions.size())).arg(list);
    return tr("%n registration(s) hold this ticket type: %1.", nullptr, int(participants.size())).arg(list);
}

Result<RecordReferences::Found> RecordReferences::find(RecordKind kind, const QUuid &id) const
{
    auto eventId = eventOf(m_store, kind, id);
    if (!eventId)
        return eventId.error();
    Found found;
    if (kind == RecordKind::TicketType) {
        auto participants = m_store.list<Participant>(eventId.value());
        if (!participants)
            return participants.error();
        for (const Participant &p : participants.value())
            if (p.ticketTypeId == id)
                found.participants.append(p);
        return found;
    }
    if (kind != RecordKind::Room && kind != RecordKind::Track && kind != RecordKind::Speaker)
        return found;
    auto sessions = m_store.list<Session>(eventId.value());
    if (!sessions)
        return sessions.error();
    for (const Session &s : sessions.value())
        if ((kind == RecordKind::Room && s.roomId == id) || (kind == RecordKind::Track && s.trackId == id) ||
            (kind == RecordKind::Speaker && s.speakerIds.contains(id)))
            found.sessions.append(s);
    return found;
}

Result<RecordReferences::Found> RecordReferences::detachAndRemove(RecordKind kind, const QUuid &id)
{
    Found detached;
    auto ok = m_store.inTransaction([&]() -> Result<void> {
        auto found = find(kind, id);
        if (!found)
            return found.error();
        detached = found.value();
        if (!detached.sessions.isEmpty()) {
            QList<Session> changed = detached.sessions;
            for (Session &s : changed) {
                if (kind == RecordKind::Room) { // a session without a room is not scheduled
                    s.roomId = QUuid();
                    s.start = QDateTime();
                } else if (kind == RecordKind::Track)
                    s.trackId = QUuid();
                else
                    s.speakerIds.removeAll(id);
            }
            if (auto saved = m_store.updateMany(changed); !saved)
                return saved.error();
        }
        if (!detached.participants.isEmpty()) {
            QList<Participant> changed = detached.participants;
            for (Participant &p : changed)
                p.ticketTypeId = QUuid();
            if (auto saved = m_store.updateMany(changed); !saved)
                return saved.error();
        }
        switch (kind) {
        case RecordKind::Room:
            return m_store.remove<Room>(id);
        case RecordKind::Track:
            return m_store.remove<Track>(id);
        case RecordKind::Speaker:
            return m_store.remove<Speaker>(id);
        case RecordKind::TicketType:
            return m_store.remove<TicketType>(id);
        default:
            return Error{
                ErrorCode::Usage, tr("Only rooms, tracks, speakers and ticket types are detached."), {}};
        }
    });
    if (!ok)
        return ok.error();
    return detached;
}

} // namespace EventDesk
