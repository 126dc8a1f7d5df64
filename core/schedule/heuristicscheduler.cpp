#include "heuristicscheduler.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace EventDesk
{

HeuristicScheduler::HeuristicScheduler(const SchedulingProblem &problem, const ScheduleScore &score,
                                       quint32 seed)
    : m_problem(problem), m_score(score), m_rng(seed)
{
    for (int i = 0; i < problem.items.size(); ++i)
        if (problem.items.at(i).movable)
            m_movable.append(i);
}

int HeuristicScheduler::steps() const
{
    return int(qMin<qsizetype>(200000, 40 * m_movable.size()));
}

double HeuristicScheduler::greedyCost(const PlacementState &state, int item, const Slot &slot) const
{
    const auto &it = m_problem.items.at(item);
    double cost = m_score.itemCost(item, slot);
    if (it.track < 0)
        return cost;
    // The track's own room on this day, and a session of the track right before or after.
    const int day = m_score.dayOf(slot.start);
    bool sameDay = false, sameRoom = false, adjacent = false;
    for (int other : m_score.trackItems(it.track)) {
        const Slot &s = state.slot(other);
        if (other == item || !s.placed() || m_score.dayOf(s.start) != day)
            continue;
        sameDay = true;
        if (s.room != slot.room)
            continue;
        sameRoom = true;
        const qint64 otherEnd = s.start + m_problem.items.at(other).duration;
        if (otherEnd + m_problem.roomChangeover == slot.start ||
            slot.start + it.duration + m_problem.roomChangeover == s.start)
            adjacent = true;
    }
    if (sameDay && !sameRoom)
        cost += ScheduleScore::kTrackRoomWeight;
    if (adjacent)
        cost -= 5;
    return cost;
}

bool HeuristicScheduler::insert(PlacementState &state, int item)
{
    const auto &it = m_problem.items.at(item);
    Slot best;
    double bestCost = std::numeric_limits<double>::max();
    for (qint64 start : it.starts)
        for (int room : it.rooms) {
            const Slot slot{room, start};
            const double cost = greedyCost(state, item, slot);
            if (cost >= bestCost || !m_problem.roomOpen(room, start, start + it.duration) ||
                !state.fits(item, slot))
                continue;
            best = slot;
            bestCost = cost;
        }
    if (!best.placed())
        return false;
    state.place(item, best);
    return true;
}

bool HeuristicScheduler::insertByEjecting(PlacementState &state, int item)
{
    const auto &it = m_problem.items.at(item);
    int tries = 0;
    for (qint64 start : it.starts)
        for (int room : it.rooms) {
            const Slot slot{room, start};
            if (!m_problem.roomOpen(room, start, start + it.duration))
                continue;
            const QList<int> blocking = state.blockers(item, slot);
            if (blocking.size() != 1 || !m_problem.items.at(blocking.first()).movable)
                continue;
            if (++tries > 400)
                return false;
            const int other = blocking.first();
            const Slot was = state.slot(other);
            state.unplace(other);
            state.place(item, slot);
            if (insert(state, other))
                return true;
            state.unplace(item);
            state.place(other, was);
        }
    return false;
}

Placement HeuristicScheduler::greedy()
{
    PlacementState state(m_problem);
    for (int i = 0; i < m_problem.items.size(); ++i) {
        const auto &it = m_problem.items.at(i);
        if (!it.movable)
            state.place(i, it.current);
    }
    QList<int> order;
    for (int i : std::as_const(m_movable)) {
        const auto &it = m_problem.items.at(i);
        // Re-planning keeps every session that may stay where it is.
        if (m_problem.replan && it.current.placed() && m_problem.fitsAlone(i, it.current) &&
            state.fits(i, it.current))
            state.place(i, it.current);
        else
            order.append(i);
    }
    auto key = [this](int i) {
        const auto &it = m_problem.items.at(i);
        return std::make_tuple(it.rooms.size() * it.starts.size(), -it.duration, -it.speakers.size(), i);
    };
    std::sort(order.begin(), order.end(), [&key](int a, int b) { return key(a) < key(b); });
    for (int i : std::as_const(order))
        if (!insert(state, i))
            insertByEjecting(state, i);
    return state.placement();
}

bool HeuristicScheduler::tryMove(PlacementState &state, int item)
{
    const auto &it = m_problem.items.at(item);
    if (it.rooms.isEmpty() || it.starts.isEmpty())
        return false;
    const Slot was = state.slot(item);
    const double before = m_score.localCost(item, state.placement());
    for (int k = 0; k < 6; ++k) {
        Slot slot{it.rooms.at(int(m_rng.bounded(quint32(it.rooms.size())))),
                  it.starts.at(int(m_rng.bounded(quint32(it.starts.size()))))};
        if (k == 0 && m_problem.replan && it.current.placed())
            slot = it.current; // try going back home first
        if (slot == was || !m_problem.roomOpen(slot.room, slot.start, slot.start + it.duration))
            continue;
        state.unplace(item);
        if (state.fits(item, slot)) {
            state.place(item, slot);
            if (m_score.localCost(item, state.placement()) < before - 1e-9)
                return true;
            state.unplace(item);
        }
        state.place(item, was);
    }
    return false;
}

bool HeuristicScheduler::trySwap(PlacementState &state, int a, int b)
{
    const Slot sa = state.slot(a), sb = state.slot(b);
    if (a == b || !sa.placed() || !sb.placed() ||
        m_problem.items.at(a).duration != m_problem.items.at(b).duration)
        return false;
    if (!m_problem.fitsAlone(a, sb) || !m_problem.fitsAlone(b, sa))
        return false;
    const double before = m_score.localCost(a, state.placement()) + m_score.localCost(b, state.placement());
    state.unplace(a);
    state.unplace(b);
    bool ok = false;
    if (state.fits(a, sb)) {
        state.place(a, sb);
        if (state.fits(b, sa)) {
            state.place(b, sa);
            ok = m_score.localCost(a, state.placement()) + m_score.localCost(b, state.placement()) <
                 before - 1e-9;
        }
    }
    if (!ok) {
        state.unplace(a);
        state.unplace(b);
        state.place(a, sa);
        state.place(b, sb);
    }
    return ok;
}

Placement HeuristicScheduler::improve(const Placement &start, const QDeadlineTimer &deadline,
                                      const std::atomic_bool *cancel)
{
    PlacementState state(m_problem);
    for (int i = 0; i < start.size(); ++i)
        state.place(i, start.at(i));
    if (m_movable.isEmpty())
        return state.placement();
    const int total = steps();
    for (int step = 0; step < total; ++step) {
        if ((step & 255) == 0 && (deadline.hasExpired() || (cancel && cancel->load())))
            break;
        const int item = m_movable.at(int(m_rng.bounded(quint32(m_movable.size()))));
        if (!state.slot(item).placed()) {
            if (!insert(state, item))
                insertByEjecting(state, item);
            continue;
        }
        if (m_rng.bounded(4) == 0)
            trySwap(state, item, m_movable.at(int(m_rng.bounded(quint32(m_movable.size())))));
        else
            tryMove(state, item);
    }
    return state.placement();
}

} // namespace EventDesk
