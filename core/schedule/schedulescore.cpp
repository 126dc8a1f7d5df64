#include "schedulescore.h"

#include <QHash>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace EventDesk
{

double ScoreParts::total() const
{
    return unplaced * ScheduleScore::kUnplacedWeight + moved * ScheduleScore::kMoveWeight + soft();
}

QJsonObject ScoreParts::toJson() const
{
    return {{u"unplaced"_s, unplaced},    {u"moved"_s, moved},           {u"track_rooms"_s, trackRooms},
            {u"track_gaps"_s, trackGaps}, {u"popularity"_s, popularity}, {u"speaker_gaps"_s, speakerGaps},
            {u"soft"_s, soft()}};
}

ScheduleScore::ScheduleScore(const SchedulingProblem &problem) : m_problem(problem)
{
    m_trackItems.resize(problem.trackCount);
    m_speakerItems.resize(problem.speakers.size());
    for (int i = 0; i < problem.items.size(); ++i) {
        const auto &item = problem.items.at(i);
        if (item.track >= 0)
            m_trackItems[item.track].append(i);
        for (int sp : item.speakers)
            m_speakerItems[sp].append(i);
    }
    for (const auto &r : problem.rooms)
        m_maxCapacity = qMax(m_maxCapacity, r.capacity);
}

int ScheduleScore::dayOf(qint64 start) const
{
    for (int d = 0; d < m_problem.days.size(); ++d)
        if (start < m_problem.days.at(d).end)
            return d;
    return int(m_problem.days.size());
}

double ScheduleScore::popularity(int item, int room) const
{
    const int cap = m_problem.rooms.at(room).capacity;
    if (m_maxCapacity <= 0 || cap <= 0)
        return 0;
    return double(m_problem.items.at(item).attendance) * (m_maxCapacity - cap) / m_maxCapacity / 10.0;
}

double ScheduleScore::itemCost(int item, const Slot &slot) const
{
    const auto &it = m_problem.items.at(item);
    if (!slot.placed())
        return it.movable ? kUnplacedWeight : 0;
    double cost = popularity(item, slot.room);
    if (m_problem.replan && it.current.placed() && !(slot == it.current))
        cost += kMoveWeight;
    return cost;
}

void ScheduleScore::trackParts(int track, const Placement &placement, double &rooms, double &gaps) const
{
    struct Entry {
        int day, room;
        qint64 start, end;
    };
    QList<Entry> entries;
    for (int i : m_trackItems.at(track)) {
        const Slot &s = placement.at(i);
        if (s.placed())
            entries.append({dayOf(s.start), s.room, s.start, s.start + m_problem.items.at(i).duration});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.day, a.room, a.start) < std::tie(b.day, b.room, b.start);
    });
    for (int k = 0; k < entries.size(); ++k) {
        const Entry &e = entries.at(k);
        if (k > 0 && entries.at(k - 1).day == e.day && entries.at(k - 1).room == e.room) {
            const qint64 gap = e.start - entries.at(k - 1).end - m_problem.roomChangeover;
            gaps += double(qBound(qint64(0), gap, qint64(60))) / 5.0;
        } else if (k > 0 && entries.at(k - 1).day == e.day) {
            rooms += kTrackRoomWeight; // one more room on this day
        }
    }
}

double ScheduleScore::trackCost(int track, const Placement &placement) const
{
    double rooms = 0, gaps = 0;
    trackParts(track, placement, rooms, gaps);
    return rooms + gaps;
}

double ScheduleScore::speakerCost(int speaker, const Placement &placement) const
{
    const QList<int> &list = m_speakerItems.at(speaker);
    if (list.size() < 2)
        return 0;
    QHash<int, std::pair<qint64, qint64>> span; // day -> first start, last end
    QHash<int, qint64> busy;
    QHash<int, int> count;
    for (int i : list) {
        const Slot &s = placement.at(i);
        if (!s.placed())
            continue;
        const int day = dayOf(s.start);
        const qint64 end = s.start + m_problem.items.at(i).duration;
        auto it = span.find(day);
        if (it == span.end())
            span.insert(day, {s.start, end});
        else
            *it = {qMin(it->first, s.start), qMax(it->second, end)};
        busy[day] += m_problem.items.at(i).duration;
        ++count[day];
    }
    double cost = 0;
    for (auto it = span.cbegin(); it != span.cend(); ++it)
        if (count.value(it.key()) > 1)
            cost += double(qMax<qint64>(0, it->second - it->first - busy.value(it.key()))) / 10.0;
    return cost;
}

double ScheduleScore::localCost(int item, const Placement &placement) const
{
    const auto &it = m_problem.items.at(item);
    double cost = itemCost(item, placement.at(item));
    if (it.track >= 0)
        cost += trackCost(it.track, placement);
    for (int sp : it.speakers)
        cost += speakerCost(sp, placement);
    return cost;
}

ScoreParts ScheduleScore::parts(const Placement &placement) const
{
    ScoreParts p;
    for (int i = 0; i < m_problem.items.size(); ++i) {
        const auto &it = m_problem.items.at(i);
        const Slot &s = placement.at(i);
        if (!s.placed()) {
            p.unplaced += it.movable ? 1 : 0;
            continue;
        }
        p.popularity += popularity(i, s.room);
        if (m_problem.replan && it.current.placed() && !(s == it.current))
            ++p.moved;
    }
    for (int t = 0; t < m_problem.trackCount; ++t)
        trackParts(t, placement, p.trackRooms, p.trackGaps);
    for (int sp = 0; sp < m_problem.speakers.size(); ++sp)
        p.speakerGaps += speakerCost(sp, placement);
    return p;
}

} // namespace EventDesk
