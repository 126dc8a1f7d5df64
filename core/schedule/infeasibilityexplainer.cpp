#include "infeasibilityexplainer.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace EventDesk
{

InfeasibilityExplainer::InfeasibilityExplainer(const SchedulingProblem &problem) : m_problem(problem) {}

QString InfeasibilityExplainer::duration(qint64 minutes)
{
    const qint64 h = minutes / 60, m = minutes % 60;
    if (h == 0)
        return tr("%1 min").arg(m);
    if (m == 0)
        return tr("%1 h").arg(h);
    return tr("%1 h %2 min").arg(h).arg(m);
}

qint64 InfeasibilityExplainer::availableMinutes(const QList<SchedulingProblem::Window> &windows) const
{
    qint64 total = 0;
    for (const auto &d : m_problem.days) {
        if (windows.isEmpty()) {
            total += d.end - d.start;
            continue;
        }
        for (const auto &w : windows)
            total += qMax<qint64>(0, qMin(w.end, d.end) - qMax(w.start, d.start));
    }
    return total;
}

QString InfeasibilityExplainer::speakerHours(int item) const
{
    for (int sp : m_problem.items.at(item).speakers) {
        qint64 needed = 0;
        for (const auto &other : m_problem.items)
            if (other.speakers.contains(sp))
                needed += other.duration;
        const qint64 available = availableMinutes(m_problem.speakers.at(sp).availability);
        if (needed > available)
            return tr("Speaker %1 has %2 of sessions but %3 of availability.")
                .arg(m_problem.speakers.at(sp).name, duration(needed), duration(available));
    }
    return {};
}

QString InfeasibilityExplainer::allowedTimesText(int item) const
{
    QStringList parts;
    for (const auto &w : m_problem.items.at(item).allowed) {
        const QDateTime from = SchedulingProblem::dateTime(w.start).toTimeZone(m_problem.timeZone);
        const QDateTime until = SchedulingProblem::dateTime(w.end).toTimeZone(m_problem.timeZone);
        parts << (from.date() == until.date()
                      ? from.toString(u"ddd d MMM HH:mm"_s) + u"–"_s + until.toString(u"HH:mm"_s)
                      : from.toString(u"ddd d MMM HH:mm"_s) + u" – "_s +
                            until.toString(u"ddd d MMM HH:mm"_s));
    }
    return QLocale().createSeparatedList(parts);
}

QString InfeasibilityExplainer::roomNames(const QList<int> &rooms) const
{
    QStringList names;
    for (int room : rooms)
        names << m_problem.rooms.at(room).name;
    return QLocale().createSeparatedList(names);
}

QString InfeasibilityExplainer::onTheDays() const
{
    const int days = int(m_problem.days.size());
    if (days <= 1)
        return tr("on the event's day");
    if (days == 2)
        return tr("on both days");
    return tr("on all %1 days").arg(days);
}

QString InfeasibilityExplainer::reason(int item, const Placement &placement) const
{
    const auto &it = m_problem.items.at(item);
    const QString title = u"“"_s + it.title + u"”"_s;
    if (it.rooms.isEmpty()) {
        if (m_problem.rooms.isEmpty())
            return tr("The event has no rooms for %1.").arg(title);
        if (it.roomsRestricted && it.allowedRooms.isEmpty())
            return tr("%1 is allowed only in rooms that no longer exist.").arg(title);
        int largest = 0;
        const QList<int> candidates = it.roomsRestricted ? it.allowedRooms : QList<int>();
        for (int r = 0; r < m_problem.rooms.size(); ++r)
            if (!it.roomsRestricted || candidates.contains(r))
                largest = qMax(largest, m_problem.rooms.at(r).capacity);
        if (it.roomsRestricted)
            return tr("%1 expects %2 people but %3, the only rooms it is allowed in, seat at most %4.")
                .arg(title)
                .arg(it.attendance)
                .arg(roomNames(it.allowedRooms))
                .arg(largest);
        return tr("%1 expects %2 people but the largest room it may use seats %3.")
            .arg(title)
            .arg(it.attendance)
            .arg(largest);
    }
    if (const QString s = speakerHours(item); !s.isEmpty())
        return s;
    if (it.starts.isEmpty()) {
        if (it.allowed.isEmpty())
            return tr("No start time within the event's days and hours suits %1 and its speakers' "
                      "availability.")
                .arg(title);
        // Whether the allowed times alone leave room within the event's days and hours.
        bool withinDays = false;
        for (const auto &d : m_problem.days)
            for (const auto &w : it.allowed)
                withinDays = withinDays || qMin(w.end, d.end) - qMax(w.start, d.start) >= it.duration;
        if (!withinDays)
            return tr("%1 is allowed only at %2, which leaves no %3 within the event's days and hours.")
                .arg(title, allowedTimesText(item), duration(it.duration));
        return tr("%1 is allowed only at %2, when its speakers are not available.")
            .arg(title, allowedTimesText(item));
    }
    bool open = false;
    for (qint64 start : it.starts)
        for (int room : it.rooms)
            open = open || m_problem.roomOpen(room, start, start + it.duration);
    if (!open)
        return tr("The rooms %1 may use are not open for %2 at any time it may start.")
            .arg(title, duration(it.duration));
    // Blocked by other sessions.
    PlacementState state(m_problem);
    for (int i = 0; i < placement.size(); ++i)
        if (i != item)
            state.place(i, placement.at(i));
    bool roomFull = true;
    for (qint64 start : it.starts)
        for (int room : it.rooms) {
            const Slot slot{room, start};
            if (!m_problem.roomOpen(room, start, start + it.duration))
                continue;
            for (int other : state.blockers(item, slot))
                if (state.slot(other).room != room)
                    roomFull = false;
        }
    const bool oneRoom = it.rooms.size() == 1;
    if (roomFull && it.roomsRestricted && !it.allowed.isEmpty())
        return (oneRoom ? tr("%1 is allowed only in %2 and only at %3, and the room is full then.")
                        : tr("%1 is allowed only in %2 and only at %3, and those rooms are full then."))
            .arg(title, roomNames(it.rooms), allowedTimesText(item));
    if (roomFull && it.roomsRestricted)
        return (oneRoom ? tr("%1 is allowed only in %2, which is full %3.")
                        : tr("%1 is allowed only in %2, which are all full %3."))
            .arg(title, roomNames(it.rooms), onTheDays());
    if (roomFull && !it.allowed.isEmpty())
        return tr("%1 is allowed only at %2, and every room it may use is full then.")
            .arg(title, allowedTimesText(item));
    if (roomFull && it.rooms.size() < m_problem.rooms.size())
        return tr("Every room large enough for %1 is full at the times it may start.").arg(title);
    if (roomFull)
        return tr("Every room is full at the times %1 may start.").arg(title);
    return tr("%1 clashes with its speakers' or its track's other sessions at every free time it may start.")
        .arg(title);
}

} // namespace EventDesk
