#include "mipmodel.h"

#include "placementstate.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace EventDesk
{

namespace
{
// "At most one" rows over intervals: one row per distinct start, holding every interval that covers it.
void addCoverRows(QList<QList<int>> &rows, QList<std::tuple<qint64, qint64, int, int>> spans)
{
    // spans: start, end, column, item
    if (spans.size() < 2)
        return;
    std::sort(spans.begin(), spans.end());
    QList<qint64> starts;
    for (const auto &s : std::as_const(spans))
        if (starts.isEmpty() || starts.last() != std::get<0>(s))
            starts.append(std::get<0>(s));
    qsizetype first = 0;
    QList<int> previous;
    for (qint64 t : std::as_const(starts)) {
        QList<int> row;
        int firstItem = -1;
        bool severalItems = false;
        for (qsizetype k = first; k < spans.size() && std::get<0>(spans.at(k)) <= t; ++k) {
            const auto &s = spans.at(k);
            if (std::get<1>(s) <= t)
                continue;
            row.append(std::get<2>(s));
            if (firstItem < 0)
                firstItem = std::get<3>(s);
            else if (std::get<3>(s) != firstItem)
                severalItems = true;
        }
        while (first < spans.size() && std::get<0>(spans.at(first)) <= t && std::get<1>(spans.at(first)) <= t)
            ++first;
        if (severalItems && row != previous)
            rows.append(row);
        previous = row;
    }
}
} // namespace

MipModel MipModel::build(const SchedulingProblem &problem, const ScheduleScore &score, const Placement &warm,
                         int maxColumns)
{
    MipModel m;
    PlacementState fixed(problem);
    QList<int> movable;
    for (int i = 0; i < problem.items.size(); ++i) {
        const auto &it = problem.items.at(i);
        if (it.movable)
            movable.append(i);
        else
            fixed.place(i, it.current);
    }
    // A track's room on each day in the warm start: the proxy for "same-track sessions in one room".
    QHash<std::pair<int, int>, QHash<int, int>> trackRoomCount;
    for (int i : std::as_const(movable)) {
        const auto &it = problem.items.at(i);
        if (it.track >= 0 && warm.at(i).placed())
            ++trackRoomCount[{it.track, score.dayOf(warm.at(i).start)}][warm.at(i).room];
    }
    QHash<std::pair<int, int>, int> home;
    for (auto it = trackRoomCount.cbegin(); it != trackRoomCount.cend(); ++it) {
        int best = -1, bestCount = 0;
        for (auto r = it->cbegin(); r != it->cend(); ++r)
            if (r.value() > bestCount || (r.value() == bestCount && r.key() < best))
                best = r.key(), bestCount = r.value();
        home.insert(it.key(), best);
    }
    const int perItem = movable.isEmpty() ? 0 : qMax(8, maxColumns / int(movable.size()));
    QList<QList<int>> columnsOf(problem.items.size());
    for (int i : std::as_const(movable)) {
        const auto &it = problem.items.at(i);
        QList<Column> candidates;
        for (qint64 start : it.starts)
            for (int room : it.rooms) {
                const Slot slot{room, start};
                if (!problem.roomOpen(room, start, start + it.duration) || !fixed.fits(i, slot))
                    continue;
                double cost = score.itemCost(i, slot);
                if (it.track >= 0) {
                    const int h = home.value({it.track, score.dayOf(start)}, -1);
                    if (h >= 0 && h != room)
                        cost += ScheduleScore::kTrackRoomWeight;
                }
                candidates.append({i, slot, cost});
            }
        if (candidates.size() > perItem) {
            m.complete = false;
            std::stable_sort(candidates.begin(), candidates.end(),
                             [](const Column &a, const Column &b) { return a.cost < b.cost; });
            QList<Column> kept = candidates.mid(0, perItem);
            for (const Column &c : std::as_const(candidates))
                if ((c.slot == warm.at(i) || c.slot == it.current) &&
                    std::none_of(kept.begin(), kept.end(),
                                 [&c](const Column &k) { return k.slot == c.slot; }))
                    kept.append(c);
            candidates = kept;
        }
        QList<int> row;
        for (const Column &c : std::as_const(candidates)) {
            row.append(int(m.columns.size()));
            columnsOf[i].append(int(m.columns.size()));
            m.start.append(c.slot == warm.at(i) ? 1.0 : 0.0);
            m.columns.append(c);
        }
        row.append(int(m.columns.size()));
        m.start.append(warm.at(i).placed() ? 0.0 : 1.0);
        m.columns.append({i, Slot(), score.itemCost(i, Slot())});
        m.exactlyOne.append(row);
    }
    using Span = std::tuple<qint64, qint64, int, int>;
    QList<QList<Span>> byRoom(problem.rooms.size()), bySpeaker(problem.speakers.size()),
        byTrack(problem.trackCount);
    for (int c = 0; c < m.columns.size(); ++c) {
        const Column &col = m.columns.at(c);
        if (!col.slot.placed())
            continue;
        const auto &it = problem.items.at(col.item);
        const qint64 s = col.slot.start, e = s + it.duration;
        if (problem.roomClash)
            byRoom[col.slot.room].append({s, e + problem.roomChangeover, c, col.item});
        if (problem.speakerClash || problem.speakerChangeoverRule)
            for (int sp : it.speakers)
                bySpeaker[sp].append(
                    {s, e + (problem.speakerChangeoverRule ? problem.speakerChangeover : 0), c, col.item});
        if (problem.trackParallel && it.track >= 0)
            byTrack[it.track].append({s, e, c, col.item});
    }
    for (const auto &spans : std::as_const(byRoom))
        addCoverRows(m.atMostOne, spans);
    for (const auto &spans : std::as_const(bySpeaker))
        addCoverRows(m.atMostOne, spans);
    for (const auto &spans : std::as_const(byTrack))
        addCoverRows(m.atMostOne, spans);
    return m;
}

Placement MipModel::placement(const SchedulingProblem &problem, const QList<double> &values) const
{
    Placement out(problem.items.size());
    for (int i = 0; i < problem.items.size(); ++i)
        if (!problem.items.at(i).movable)
            out[i] = problem.items.at(i).current;
    for (int c = 0; c < columns.size() && c < values.size(); ++c)
        if (columns.at(c).slot.placed() && values.at(c) > 0.5)
            out[columns.at(c).item] = columns.at(c).slot;
    return out;
}

} // namespace EventDesk
