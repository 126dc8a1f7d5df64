#pragma once

#include "schedulingproblem.h"

namespace EventDesk
{

// A placement being built, indexed by room, speaker and track so that "may item i go to this slot?" looks
// only at the sessions that share something with it.
class PlacementState
{
public:
    explicit PlacementState(const SchedulingProblem &problem);

    const Placement &placement() const { return m_slots; }
    const Slot &slot(int item) const { return m_slots.at(item); }
    void place(int item, const Slot &slot);
    void unplace(int item);
    // Whether item may go to slot next to everything placed (other than itself).
    bool fits(int item, const Slot &slot) const;
    // The placed items that keep item out of slot.
    QList<int> blockers(int item, const Slot &slot) const;
    // The items placed in a room.
    const QList<int> &inRoom(int room) const { return m_byRoom.at(room); }

private:
    template <typename F> bool forNeighbours(int item, const Slot &slot, F &&visit) const;

    const SchedulingProblem &m_problem;
    Placement m_slots;
    QList<QList<int>> m_byRoom, m_bySpeaker, m_byTrack;
};

} // namespace EventDesk
