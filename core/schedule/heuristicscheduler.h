#pragma once

#include "placementstate.h"
#include "schedulescore.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>

#include <atomic>

namespace EventDesk
{

// The fast answer and the solver's warm start: a greedy placement (hardest sessions first, each in its
// cheapest free slot, one blocking session moved aside when nothing is free), then a seeded local search
// (moves and swaps that lower the score). Deterministic for a seed: the search runs a fixed number of steps;
// the deadline only cuts it short on very large events.
class HeuristicScheduler
{
public:
    HeuristicScheduler(const SchedulingProblem &problem, const ScheduleScore &score, quint32 seed);

    Placement greedy();
    Placement improve(const Placement &start, const QDeadlineTimer &deadline,
                      const std::atomic_bool *cancel = nullptr);
    // Steps improve() takes for this problem.
    int steps() const;

private:
    bool insert(PlacementState &state, int item);
    bool insertByEjecting(PlacementState &state, int item);
    double greedyCost(const PlacementState &state, int item, const Slot &slot) const;
    bool tryMove(PlacementState &state, int item);
    bool trySwap(PlacementState &state, int a, int b);

    const SchedulingProblem &m_problem;
    const ScheduleScore &m_score;
    QRandomGenerator m_rng;
    QList<int> m_movable;
};

} // namespace EventDesk
