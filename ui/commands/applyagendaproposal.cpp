#include "applyagendaproposal.h"

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
            auto data = ScheduleData::load(s, eventId);
            if (!data)
                return data.error();
            const ProposalChecker::Recheck recheck = ProposalChecker::recheck(data.value(), items);
            if (recheck.applicable.isEmpty())
                return Error{
                    ErrorCode::Validation,
                    tr("None of the chosen items could be applied. %1").arg(recheck.refused.join(u' ')),
                    {}};
            QList<Session> before, after, added;
            QList<QUuid> ids;
            for (const ProposalItem &item : recheck.applicable) {
                ids.append(item.session.meta.id);
                if (item.before) {
                    before.append(*item.before);
                    Session s = item.session;
                    s.meta.revision = item.before->meta.revision; // refused if changed since the check
                    after.append(s);
                } else {
                    Session s = item.session;
                    s.meta.revision = 0;
                    added.append(s);
                }
            }
            Revisions revisions;
            auto ok = StoreWrite::remembering(s, RecordKind::Session, ids, &revisions, [&]() -> Result<void> {
                if (!after.isEmpty())
                    if (auto r = s.updateMany(after, EventStore::RevisionCheck::Strict); !r)
                        return r.error();
                if (!added.isEmpty())
                    if (auto r = s.addMany(added); !r)
                        return r.error();
                return extra ? extra(s) : Result<void>();
            });
            if (!ok)
                return ok;
            state->before = before;
            state->after = after;
            state->added = added;
            state->revisions = revisions;
            state->outcome->applied = ids;
            state->outcome->refused = recheck.refused;
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
