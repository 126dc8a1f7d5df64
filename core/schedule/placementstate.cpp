#include "placementstate.h"

namespace EventDesk
{

PlacementState::PlacementState(const SchedulingProblem &problem) : m_problem(problem)
{
    m_slots.resize(problem.items.size());
    m_byRoom.resize(problem.rooms.size());
    m_bySpeaker.resize(problem.speakers.size());
    m_byTrack.resize(problem.trackCount);
}

void PlacementState::place(int item, const Slot &slot)
{
    unplace(item);
    if (!slot.placed())
        return;
    m_slots[item] = slot;
    const auto &it = m_problem.items.at(item);
    m_byRoom[slot.room].append(item);
    for (int sp : it.speakers)
        m_bySpeaker[sp].append(item);
    if (it.track >= 0)
        m_byTrack[it.track].append(item);
}

void PlacementState::unplace(int item)
{
    const Slot old = m_slots.at(item);
    if (!old.placed())
        return;
    const auto &it = m_problem.items.at(item);
    m_byRoom[old.room].removeOne(item);
    for (int sp : it.speakers)
        m_bySpeaker[sp].removeOne(item);
    if (it.track >= 0)
        m_byTrack[it.track].removeOne(item);
    m_slots[item] = Slot();
}

template <typename F> bool PlacementState::forNeighbours(int item, const Slot &slot, F &&visit) const
{
    auto scan = [&](const QList<int> &list) {
        for (int other : list)
            if (other != item && !m_problem.compatible(item, slot, other, m_slots.at(other)))
                if (!visit(other))
                    return false;
        return true;
    };
    if (!scan(m_byRoom.at(slot.room)))
        return false;
    const auto &it = m_problem.items.at(item);
    for (int sp : it.speakers)
        if (!scan(m_bySpeaker.at(sp)))
            return false;
    if (m_problem.trackParallel && it.track >= 0 && !scan(m_byTrack.at(it.track)))
        return false;
    return true;
}

bool PlacementState::fits(int item, const Slot &slot) const
{
    return forNeighbours(item, slot, [](int) { return false; });
}

QList<int> PlacementState::blockers(int item, const Slot &slot) const
{
    QList<int> out;
    forNeighbours(item, slot, [&out](int other) {
        if (!out.contains(other))
            out.append(other);
        return true;
    });
    return out;
}

} // namespace EventDesk
