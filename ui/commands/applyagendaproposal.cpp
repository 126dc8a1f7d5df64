#include "applyagendaproposal.h"

#include "assistant/agendaapplyplan.h"
#include "storage/eventstore.h"

using namespace Qt::StringLiterals;

namespace EventDesk
{

ApplyAgendaProposal::ApplyAgendaProposal(const QUuid &eventId, QList<ProposalItem> items, const QString &text,
                                         std::function<Result<void>(EventStore &)> extra)
    : StoreCommand(text), m_eventId(eventId), m_items(std::move(items)), m_extra(std::move(extra))
{
}

StoreCommand::Work ApplyAgendaProposal::work(Step step)
{
    const auto state = m_state;
    if (step == Step::First)
        return [eventId = m_eventId, items = m_items, extra = m_extra, state](EventStore &s) -> Result<void> {
            auto plan = AgendaApplyPlan::make(s, eventId, items);
            if (!plan)
                return plan.error();
            const AgendaApplyPlan &p = plan.value();
            if (p.isEmpty())
                return Error{
                    ErrorCode::Validation,
                    tr("None of the chosen items could be applied. %1").arg(p.recheck.refused.join(u' ')),
                    {}};
            Revisions revisions;
            auto ok =
                StoreWrite::remembering(s, RecordKind::Session, p.ids, &revisions, [&]() -> Result<void> {
                    if (auto written = p.write(s); !written)
                        return written;
                    return extra ? extra(s) : Result<void>();
                });
            if (!ok)
                return ok;
            state->before = p.before;
            state->after = p.updated;
            state->added = p.added;
            state->revisions = revisions;
            state->outcome->applied = p.ids;
            state->outcome->refused = p.recheck.refused;
            return {};
        };
    const bool undo = step == Step::Undo;
    return [state, undo](EventStore &s) -> Result<void> {
        const QList<Session> values =
            StoreWrite::expecting(undo ? state->before : state->after, state->revisions);
        const QList<QUuid> addedIds = StoreWrite::idsOf(state->added);
        QList<QUuid> ids = StoreWrite::idsOf(values) + addedIds;
        const Revisions expected = state->revisions;
        return StoreWrite::remembering(s, RecordKind::Session, ids, &state->revisions, [&]() -> Result<void> {
            if (!values.isEmpty())
                if (auto r = s.updateMany(values, EventStore::RevisionCheck::Strict); !r)
                    return r.error();
            if (!addedIds.isEmpty())
                return s.setDeleted<Session>(addedIds, undo, expected);
            return {};
        });
    };
}

} // namespace EventDesk
