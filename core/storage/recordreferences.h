#pragma once

#include "model/participant.h"
#include "model/record.h"
#include "model/session.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

namespace EventDesk
{

class EventStore;

// What still refers to a room, track, speaker or ticket type: the live sessions placed in the room, of the
// track or given by the speaker, the live registrations holding the ticket type. Deleting one of those
// records refuses while references remain unless the caller detaches them (RecordReferences::detach).
class RecordReferences
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::RecordReferences)

public:
    struct Found {
        QList<Session> sessions;
        QList<Participant> participants;
        bool isEmpty() const { return sessions.isEmpty() && participants.isEmpty(); }
        // One sentence naming what refers ("3 sessions refer to it: Keynote, Lunch, …").
        QString describe() const;
    };
    explicit RecordReferences(EventStore &store) : m_store(store) {}

    Result<Found> find(RecordKind kind, const QUuid &id) const;
    // In one transaction: takes the record out of everything that refers to it (sessions lose the room, and
    // with it their start, the track or the speaker; registrations lose the ticket type), then deletes it
    // (a tombstone).
    Result<Found> detachAndRemove(RecordKind kind, const QUuid &id);

private:
    EventStore &m_store;
};

} // namespace EventDesk
