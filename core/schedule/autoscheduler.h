#pragma once

#include "autoscheduleoptions.h"
#include "autoschedulereport.h"
#include "scheduledata.h"

#include <atomic>
#include <functional>

namespace EventDesk
{

// Places and re-plans sessions: builds the SchedulingProblem, runs the heuristic (greedy + local search),
// then the exact model with CBC from that warm start within the time limit, and keeps the better answer.
// Pure: reads ScheduleData, writes nothing; the result becomes a proposal (autoScheduleProposal()).
// Safe to run off the GUI thread; cancel stops it at the next check and returns what it has.
class AutoScheduler
{
public:
    using Progress = std::function<void(int percent)>;
    static AutoScheduleResult run(const ScheduleData &data, const AutoScheduleOptions &options,
                                  const std::atomic_bool *cancel = nullptr, const Progress &progress = {});
};

} // namespace EventDesk
