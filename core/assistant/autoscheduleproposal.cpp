#include "autoscheduleproposal.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace EventDesk
{

AgendaProposal AutoScheduleProposal::from(const ScheduleData &data, const AutoScheduleResult &result)
{
    const QTimeZone zone(data.event.timeZone.toUtf8());
    AgendaProposal proposal;
    proposal.summary = result.report.summary();
    for (const AutoScheduleResult::Change &c : result.changes)
        proposal.placements.append(
            {c.session.toString(QUuid::WithoutBraces), c.room.toString(QUuid::WithoutBraces),
             c.start.toTimeZone(zone).toString(u"yyyy-MM-ddTHH:mm"_s), c.durationMinutes});
    return proposal;
}

} // namespace EventDesk
