#pragma once

#include "agendaproposal.h"
#include "schedule/autoschedulereport.h"
#include "schedule/scheduledata.h"

namespace EventDesk
{

// The auto-scheduler's answer as an agenda proposal, so one code path checks it (ProposalChecker), shows it
// on the grid and applies it as one undo step, as for the assistant's proposals.
class AutoScheduleProposal
{
public:
    static AgendaProposal from(const ScheduleData &data, const AutoScheduleResult &result);
};

} // namespace EventDesk
