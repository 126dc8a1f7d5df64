#include "infeasibilityexplainer.h"

#include <QLocale>

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

QString InfeasibilityExplainer::reason(int item, const Placement &placement) const
{
    const auto &it = m_problem.items.at(item);
    const QString title = u"“"_s + it.title + u"”"_s;
    if (it.rooms.isEmpty()) {
        int largest = 0;
        for (const auto &r : m_problem.rooms)
            largest = qMax(largest, r.capacity);
        if (m_problem.rooms.isEmpty())
            return tr("The event has no rooms for %1.").arg(title);
        return tr("%1 expects %2 people but the largest room it may use seats %3.")
            .arg(title)
            .arg(it.attendance)
            .arg(largest);
    }
    if (const QString s = speakerHours(item); !s.isEmpty())
        return s;
    if (it.starts.isEmpty())
        return tr("No start time within the event's days and hours suits %1 and its speakers' availability.")
            .arg(title);
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
    QStringList names;
    for (int room : it.rooms)
        names << m_problem.rooms.at(room).name;
    const QString days = m_problem.days.size() == 1 ? tr("on the event's day") : tr("on every day");
    if (it.rooms.size() < m_problem.rooms.size() && roomFull)
        return tr("%1 is allowed only in %2, which is full %3 at the times it may start.")
            .arg(title, QLocale().createSeparatedList(names), days);
    if (roomFull)
        return tr("Every room is full at the times %1 may start.").arg(title);
    return tr("%1 clashes with its speakers' or its track's other sessions at every free time it may start.")
        .arg(title);
}

} // namespace EventDesk
