#pragma once

#include "model/participant.h"
#include "result.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace EventDesk
{

class EventStore;

// Every participant status change, with when and by whom (schema 4 on). Shares the store's connection and
// its transaction; the store records a change whenever it writes a participant's new status.
class StatusHistory
{
public:
    explicit StatusHistory(EventStore &store) : m_store(store) {}

    // A participant's status changes, oldest first.
    Result<QList<ParticipantStatusChange>> forParticipant(const QUuid &participantId) const;
    // Appends one change made by the store's actor, now or at changedUtc (an imported check-in); the caller
    // owns the transaction.
    Result<void> record(const QUuid &participantId, std::optional<ParticipantStatus> from,
                        ParticipantStatus to, const QDateTime &changedUtc = {});

private:
    EventStore &m_store;
};

} // namespace EventDesk
