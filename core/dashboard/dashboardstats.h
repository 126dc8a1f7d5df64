#pragma once

#include "model/participant.h"
#include "result.h"
#include "schedule/conflict.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace EventDesk
{

class EventStore;

// The numbers of an event's dashboard, computed from the workspace on the store's thread: participants are
// counted by the database, never loaded; the schedule's records are few and are read as they are.
struct DashboardStats {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::DashboardStats)
public:
    struct DayCount {
        QDate date; // in the event's time zone
        qint64 registrations = 0;
        qint64 cumulative = 0; // up to and including this day
    };
    struct StatusCount {
        ParticipantStatus status = ParticipantStatus::Pending;
        qint64 count = 0;
    };
    struct TicketCount {
        QUuid ticketTypeId; // null: no ticket type
        QString name;       // translated "No ticket type" for the null id
        qint64 count = 0;   // live registrations that are not cancelled
    };
    struct QuotaUse {
        QUuid ticketTypeId; // null: the whole event's capacity
        QString name;
        qint64 held = 0; // places held: confirmed and checked in
        qint64 quota = 0;
    };
    struct RoomUse {
        QUuid roomId;
        QString name;
        int capacity = 0;
        int sessions = 0;          // scheduled in the room
        int peakAttendance = 0;    // the largest expected attendance of those sessions
        double meanAttendance = 0; // their mean expected attendance
        int overCapacity = 0;      // sessions expecting more people than the room holds
    };
    struct DayLoad {
        QDate date;
        qint64 scheduledMinutes = 0; // of sessions in the event's rooms, within the day's hours
        qint64 availableMinutes = 0; // every room's minutes within the day's hours and its availability
        double fill() const { return availableMinutes > 0 ? double(scheduledMinutes) / availableMinutes : 0; }
    };
    struct RuleCount {
        ConflictRule rule = ConflictRule::RoomDoubleBooked;
        int errors = 0;
        int warnings = 0;
    };

    QUuid eventId;
    QString eventName;
    qint64 registrations = 0; // live participants, every status
    int sessions = 0;
    int scheduledSessions = 0;
    QList<DayCount> registrationsByDay; // every day from the first registration to the last
    QList<StatusCount> byStatus;        // every status, in the order of ParticipantStatus
    QList<TicketCount> byTicket;        // the event's ticket types, then "No ticket type" when it has any
    QList<QuotaUse> quotas;             // the event's capacity, then each ticket type with a quota
    QList<RoomUse> rooms;
    QList<DayLoad> days;        // each day of the event
    QList<RuleCount> conflicts; // every rule

    qint64 count(ParticipantStatus status) const;
    int conflictCount() const;

    static Result<DashboardStats> compute(const EventStore &store, const QUuid &eventId);
};

} // namespace EventDesk
