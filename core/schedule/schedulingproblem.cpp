#include "schedulingproblem.h"

#include "conflict.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace EventDesk
{

namespace
{
QList<SchedulingProblem::Window> merged(const QList<TimeWindow> &list)
{
    QList<SchedulingProblem::Window> spans;
    for (const TimeWindow &w : list)
        spans.append({SchedulingProblem::minutes(w.start), SchedulingProblem::minutes(w.end)});
    std::sort(spans.begin(), spans.end(), [](const auto &x, const auto &y) { return x.start < y.start; });
    QList<SchedulingProblem::Window> out; // touching windows count as one, as in ConflictChecker
    for (const auto &s : spans) {
        if (!out.isEmpty() && s.start <= out.last().end)
            out.last().end = qMax(out.last().end, s.end);
        else
            out.append(s);
    }
    return out;
}
} // namespace

bool SchedulingProblem::inside(const QList<Window> &windows, qint64 start, qint64 end) const
{
    return std::any_of(windows.begin(), windows.end(),
                       [&](const Window &w) { return w.start <= start && end <= w.end; });
}

bool SchedulingProblem::roomOpen(int room, qint64 start, qint64 end) const
{
    const QList<Window> &w = rooms.at(room).availability;
    return w.isEmpty() || inside(w, start, end);
}

SchedulingProblem SchedulingProblem::build(const ScheduleData &data, const AutoScheduleOptions &options)
{
    SchedulingProblem p;
    const Event &event = data.event;
    const QJsonObject &rules = event.conflictRules;
    auto on = [&rules](ConflictRule rule) { return severityFor(rules, rule) != Severity::Off; };
    p.roomClash = on(ConflictRule::RoomDoubleBooked);
    p.speakerClash = on(ConflictRule::SpeakerDoubleBooked);
    p.speakerChangeoverRule = on(ConflictRule::SpeakerChangeover);
    p.trackParallel = on(ConflictRule::TrackParallel);
    const bool roomWindows = on(ConflictRule::RoomUnavailable);
    const bool speakerWindows = on(ConflictRule::SpeakerUnavailable);
    const bool capacity = on(ConflictRule::OverCapacity);
    const bool allowedRooms = on(ConflictRule::RoomNotAllowed);
    const bool allowedTimes = on(ConflictRule::TimeNotAllowed);
    p.speakerChangeover = event.changeoverMinutes;
    p.roomChangeover = on(ConflictRule::RoomChangeover) ? qMax(0, event.roomChangeoverMinutes) : 0;
    // A changeover keeps sessions in a room apart, so with it on a room holds one session at a time even
    // when the double-booking rule is off.
    p.roomClash = p.roomClash || p.roomChangeover > 0;
    p.replan = options.scope == AutoScheduleOptions::Scope::Replan;
    const QTimeZone tz(event.timeZone.toUtf8());
    p.timeZone = tz;
    for (QDate d = event.startDate; d.isValid() && d <= event.endDate; d = d.addDays(1))
        p.days.append({minutes(QDateTime(d, event.dayStart, tz)), minutes(QDateTime(d, event.dayEnd, tz))});

    QHash<QUuid, int> roomIndex, speakerIndex, trackIndex;
    for (const Room &r : data.rooms) {
        if (r.meta.deleted)
            continue;
        roomIndex.insert(r.meta.id, int(p.rooms.size()));
        p.rooms.append(
            {r.meta.id, r.name, r.capacity, roomWindows ? merged(r.availability) : QList<Window>()});
    }
    for (const Speaker &s : data.speakers) {
        if (s.meta.deleted)
            continue;
        speakerIndex.insert(s.meta.id, int(p.speakers.size()));
        p.speakers.append({s.meta.id, s.name, speakerWindows ? merged(s.availability) : QList<Window>()});
    }
    for (const Track &t : data.tracks)
        if (!t.meta.deleted)
            trackIndex.insert(t.meta.id, trackIndex.size());
    p.trackCount = int(trackIndex.size());

    QList<Window> scopeDays = p.days;
    if (options.scope == AutoScheduleOptions::Scope::Day) {
        scopeDays.clear();
        if (options.day.isValid() && options.day >= event.startDate && options.day <= event.endDate)
            scopeDays.append(p.days.at(int(event.startDate.daysTo(options.day))));
    }
    const int step = qMax(1, options.stepMinutes);

    for (const Session &s : data.sessions) {
        if (s.meta.deleted)
            continue;
        Item item;
        item.id = s.meta.id;
        item.title = s.title;
        item.duration = qMax(1, s.durationMinutes);
        item.track = trackIndex.value(s.trackId, -1);
        for (const QUuid &sp : s.speakerIds)
            if (speakerIndex.contains(sp))
                item.speakers.append(speakerIndex.value(sp));
        item.attendance = s.expectedAttendance;
        if (allowedRooms && !s.allowedRoomIds.isEmpty()) {
            item.roomsRestricted = true;
            for (const QUuid &room : s.allowedRoomIds)
                if (roomIndex.contains(room) && !item.allowedRooms.contains(roomIndex.value(room)))
                    item.allowedRooms.append(roomIndex.value(room));
            std::sort(item.allowedRooms.begin(), item.allowedRooms.end());
        }
        if (allowedTimes)
            item.allowed = merged(s.allowedTimes);
        const bool scheduled = s.isScheduled() && roomIndex.contains(s.roomId);
        if (scheduled)
            item.current = {roomIndex.value(s.roomId), minutes(s.start)};
        item.movable = !s.pinned && (p.replan || !scheduled);
        if (!item.movable && !scheduled)
            continue; // outside the scope and not on the schedule: nothing to place around
        if (item.movable) {
            for (int r = 0; r < p.rooms.size(); ++r) {
                if (item.roomsRestricted && !item.allowedRooms.contains(r))
                    continue;
                const int cap = p.rooms.at(r).capacity;
                if (capacity && cap > 0 && item.attendance > cap)
                    continue;
                item.rooms.append(r);
            }
            auto timeOk = [&](qint64 start) {
                const qint64 end = start + item.duration;
                if (!item.allowed.isEmpty() && !p.inside(item.allowed, start, end))
                    return false;
                for (int sp : std::as_const(item.speakers)) {
                    const QList<Window> &w = p.speakers.at(sp).availability;
                    if (!w.isEmpty() && !p.inside(w, start, end))
                        return false;
                }
                return true;
            };
            for (const Window &d : std::as_const(scopeDays))
                for (qint64 t = d.start; t + item.duration <= d.end; t += step)
                    if (timeOk(t))
                        item.starts.append(t);
            if (scheduled && p.inside(scopeDays, item.current.start, item.current.start + item.duration) &&
                timeOk(item.current.start) && !item.starts.contains(item.current.start)) {
                item.starts.append(item.current.start);
                std::sort(item.starts.begin(), item.starts.end());
            }
        }
        p.items.append(item);
    }
    return p;
}

bool SchedulingProblem::fitsAlone(int i, const Slot &slot) const
{
    const Item &item = items.at(i);
    if (!item.rooms.contains(slot.room) || !item.starts.contains(slot.start))
        return false;
    return roomOpen(slot.room, slot.start, slot.start + item.duration);
}

bool SchedulingProblem::compatible(int a, const Slot &sa, int b, const Slot &sb) const
{
    if (a == b || !sa.placed() || !sb.placed())
        return true;
    const Item &x = items.at(a);
    const Item &y = items.at(b);
    const qint64 xe = sa.start + x.duration, ye = sb.start + y.duration;
    const bool overlap = sa.start < ye && sb.start < xe;
    if (sa.room == sb.room) {
        if (roomClash && sa.start < ye + roomChangeover && sb.start < xe + roomChangeover)
            return false;
    } else if (trackParallel && overlap && x.track >= 0 && x.track == y.track) {
        return false;
    }
    for (int sp : x.speakers) {
        if (!y.speakers.contains(sp))
            continue;
        if (overlap && speakerClash)
            return false;
        // The changeover is kept after every session of a speaker, also within one room: stricter than the
        // conflict rule (which asks it only between rooms), so the exact model's speaker rows stay cliques.
        if (!overlap && speakerChangeoverRule) {
            const qint64 gap = xe <= sb.start ? sb.start - xe : sa.start - ye;
            if (gap < speakerChangeover)
                return false;
        }
    }
    return true;
}

} // namespace EventDesk
