#pragma once

#include "model/participant.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

namespace EventDesk
{

class EventStore;

// Counts of an event's live participants, made by the database (aggregates over the event's rows) so that
// 100 000 registrations are never loaded to be counted. Shares the store's connection: use it on the store's
// thread.
class ParticipantStatistics
{
public:
    struct TicketStatusCount {
        QUuid ticketTypeId; // null: no ticket type
        ParticipantStatus status = ParticipantStatus::Pending;
        qint64 count = 0;
    };
    struct HourCount {
        QDateTime hourUtc; // the start of the hour the registrations were made in
        qint64 count = 0;
    };

    explicit ParticipantStatistics(const EventStore &store) : m_store(store) {}

    // Live participants per ticket type and status.
    Result<QList<TicketStatusCount>> countByTicketAndStatus(const QUuid &eventId) const;
    // Live participants per hour of registration (their creation time), oldest first.
    Result<QList<HourCount>> countByRegistrationHour(const QUuid &eventId) const;

private:
    const EventStore &m_store;
};

} // namespace EventDesk
