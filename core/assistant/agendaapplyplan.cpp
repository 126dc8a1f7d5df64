#include "agendaapplyplan.h"

#include "storage/eventstore.h"

namespace EventDesk
{

Result<AgendaApplyPlan> AgendaApplyPlan::make(const EventStore &store, const QUuid &eventId,
                                              const QList<ProposalItem> &items)
{
    auto data = ScheduleData::load(store, eventId);
    if (!data)
        return data.error();
    AgendaApplyPlan plan;
    plan.recheck = ProposalChecker::recheck(data.value(), items);
    for (const ProposalItem &item : std::as_const(plan.recheck.applicable)) {
        plan.ids.append(item.session.meta.id);
        Session s = item.session;
        if (item.before) {
            plan.before.append(*item.before);
            s.meta.revision = item.before->meta.revision;
            plan.updated.append(s);
        } else {
            s.meta.revision = 0;
            plan.added.append(s);
        }
    }
    return plan;
}

Result<void> AgendaApplyPlan::write(EventStore &store) const
{
    if (!updated.isEmpty())
        if (auto r = store.updateMany(updated, EventStore::RevisionCheck::Strict); !r)
            return r.error();
    if (!added.isEmpty())
        if (auto r = store.addMany(added); !r)
            return r.error();
    return {};
}

} // namespace EventDesk
