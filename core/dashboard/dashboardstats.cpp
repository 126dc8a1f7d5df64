#include "dashboardstats.h"

#include "registration/registrations.h"
#include "schedule/conflictchecker.h"
#include "schedule/scheduledata.h"
#include "storage/eventstore.h"
#include "storage/participantstatistics.h"

#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

struct Span {
    qint64 start = 0; // ms since the epoch
    qint64 end = 0;
};

qint64 overlapMs(const Span &a, const Span &b)
{
    return qMax<qint64>(0, qMin(a.end, b.end) - qMax(a.start, b.start));
}

// The room's availability windows, sorted and merged, so overlapping windows are not counted twice.
QList<Span> mergedWindows(const QList<TimeWindow> &windows)
{
    QList<Span> spans;
    for (const TimeWindow &w : windows)
        if (w.start.isValid() && w.end.isValid() && w.start < w.end)
            spans.append({w.start.toMSecsSinceEpoch(), w.end.toMSecsSinceEpoch()});
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    QList<Span> merged;
    for (const Span &s : std::as_const(spans)) {
        if (!merged.isEmpty() && s.start <= merged.last().end)
            merged.last().end = qMax(merged.last().end, s.end);
        else
            merged.append(s);
    }
    return merged;
}

void countRegistrations(DashboardStats &stats, const QList<ParticipantStatistics::TicketStatusCount> &tally,
                        const Event &event, const QList<TicketType> &tickets)
{
    QHash<ParticipantStatus, qint64> byStatus;
    QHash<QUuid, qint64> notCancelled, held;
    for (const auto &t : tally) {
        stats.registrations += t.count;
        byStatus[t.status] += t.count;
        if (t.status != ParticipantStatus::Cancelled)
            notCancelled[t.ticketTypeId] += t.count;
        if (Registrations::holdsPlace(t.status))
            held[t.ticketTypeId] += t.count;
    }
    for (ParticipantStatus s :
         {ParticipantStatus::Pending, ParticipantStatus::Confirmed, ParticipantStatus::Waitlisted,
          ParticipantStatus::Cancelled, ParticipantStatus::CheckedIn})
        stats.byStatus.append({s, byStatus.value(s)});

    QSet<QUuid> known;
    for (const TicketType &t : tickets) {
        known.insert(t.meta.id);
        stats.byTicket.append({t.meta.id, t.name, notCancelled.value(t.meta.id)});
    }
    // Participants without a ticket type, and any whose ticket type was deleted since.
    qint64 other = 0;
    for (auto it = notCancelled.begin(); it != notCancelled.end(); ++it)
        if (!known.contains(it.key()))
            other += it.value();
    if (other > 0)
        stats.byTicket.append({QUuid(), DashboardStats::tr("No ticket type"), other});

    if (event.capacity) {
        qint64 all = 0;
        for (qint64 n : std::as_const(held))
            all += n;
        stats.quotas.append({QUuid(), DashboardStats::tr("Whole event"), all, *event.capacity});
    }
    for (const TicketType &t : tickets)
        if (t.quota)
            stats.quotas.append({t.meta.id, t.name, held.value(t.meta.id), *t.quota});
}

void countByDay(DashboardStats &stats, const QList<ParticipantStatistics::HourCount> &hours,
                const QTimeZone &zone)
{
    QMap<QDate, qint64> perDay;
    for (const auto &h : hours)
        perDay[h.hourUtc.toTimeZone(zone).date()] += h.count;
    if (perDay.isEmpty())
        return;
    qint64 total = 0;
    for (QDate d = perDay.firstKey(); d <= perDay.lastKey(); d = d.addDays(1)) {
        const qint64 n = perDay.value(d);
        total += n;
        stats.registrationsByDay.append({d, n, total});
    }
}

void measureRooms(DashboardStats &stats, const ScheduleData &data)
{
    for (const Room &room : data.rooms) {
        DashboardStats::RoomUse use{room.meta.id, room.name, room.capacity};
        qint64 attendance = 0;
        for (const Session &s : data.sessions) {
            if (s.roomId != room.meta.id || !s.start.isValid())
                continue;
            ++use.sessions;
            attendance += s.expectedAttendance;
            use.peakAttendance = qMax(use.peakAttendance, s.expectedAttendance);
            if (room.capacity > 0 && s.expectedAttendance > room.capacity)
                ++use.overCapacity;
        }
        use.meanAttendance = use.sessions > 0 ? double(attendance) / use.sessions : 0;
        stats.rooms.append(use);
    }
}

void measureDays(DashboardStats &stats, const ScheduleData &data, const QTimeZone &zone)
{
    const Event &e = data.event;
    if (!e.startDate.isValid() || !e.endDate.isValid() || e.endDate < e.startDate)
        return;
    QSet<QUuid> rooms;
    QList<QList<Span>> windows;
    for (const Room &r : data.rooms) {
        rooms.insert(r.meta.id);
        windows.append(mergedWindows(r.availability));
    }
    QList<Span> sessions;
    for (const Session &s : data.sessions)
        if (s.start.isValid() && rooms.contains(s.roomId) && s.durationMinutes > 0)
            sessions.append({s.start.toMSecsSinceEpoch(),
                             s.start.toMSecsSinceEpoch() + qint64(s.durationMinutes) * 60000});
    for (QDate d = e.startDate; d <= e.endDate; d = d.addDays(1)) {
        const Span day{QDateTime(d, e.dayStart, zone).toMSecsSinceEpoch(),
                       QDateTime(d, e.dayEnd, zone).toMSecsSinceEpoch()};
        DashboardStats::DayLoad load{d};
        if (day.end > day.start) {
            qint64 available = 0;
            for (const QList<Span> &room : std::as_const(windows)) {
                if (room.isEmpty()) {
                    available += day.end - day.start;
                    continue;
                }
                for (const Span &w : room)
                    available += overlapMs(w, day);
            }
            qint64 scheduled = 0;
            for (const Span &s : std::as_const(sessions))
                scheduled += overlapMs(s, day);
            load.availableMinutes = available / 60000;
            load.scheduledMinutes = scheduled / 60000;
        }
        stats.days.append(load);
    }
}

void countConflicts(DashboardStats &stats, const ScheduleData &data)
{
    QHash<ConflictRule, DashboardStats::RuleCount> counts;
    for (const Conflict &c : ConflictChecker(data).all()) {
        DashboardStats::RuleCount &n = counts[c.rule];
        if (c.severity == Severity::Error)
            ++n.errors;
        else if (c.severity == Severity::Warning)
            ++n.warnings;
    }
    for (ConflictRule rule : allConflictRules()) {
        DashboardStats::RuleCount n = counts.value(rule);
        n.rule = rule;
        stats.conflicts.append(n);
    }
}

} // namespace

qint64 DashboardStats::count(ParticipantStatus status) const
{
    for (const StatusCount &s : byStatus)
        if (s.status == status)
            return s.count;
    return 0;
}

int DashboardStats::conflictCount() const
{
    int n = 0;
    for (const RuleCount &c : conflicts)
        n += c.errors + c.warnings;
    return n;
}

Result<DashboardStats> DashboardStats::compute(const EventStore &store, const QUuid &eventId)
{
    auto data = ScheduleData::load(store, eventId);
    if (!data)
        return data.error();
    auto tickets = store.list<TicketType>(eventId);
    if (!tickets)
        return tickets.error();
    const ParticipantStatistics participants(store);
    auto tally = participants.countByTicketAndStatus(eventId);
    if (!tally)
        return tally.error();
    auto hours = participants.countByRegistrationHour(eventId);
    if (!hours)
        return hours.error();

    const Event &event = data.value().event;
    QTimeZone zone(event.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(Qt::UTC);
    DashboardStats stats;
    stats.eventId = eventId;
    stats.eventName = event.name;
    stats.sessions = int(data.value().sessions.size());
    for (const Session &s : data.value().sessions)
        if (s.start.isValid() && !s.roomId.isNull())
            ++stats.scheduledSessions;
    countRegistrations(stats, tally.value(), event, tickets.value());
    countByDay(stats, hours.value(), zone);
    measureRooms(stats, data.value());
    measureDays(stats, data.value(), zone);
    countConflicts(stats, data.value());
    return stats;
}

} // namespace EventDesk
