#include "removeparticipants.h"

#include "storage/eventstore.h"

namespace EventDesk
{

RemoveParticipants::RemoveParticipants(const QUuid &eventId, QList<QUuid> ids, const QString &text)
    : StoreCommand(text), m_eventId(eventId), m_ids(std::move(ids))
{
}

StoreCommand::Work RemoveParticipants::work(Step step)
{
    if (step == Step::First)
        return [eventId = m_eventId, ids = m_ids, state = m_state](EventStore &s) {
            State next;
            auto ok = s.inTransaction([&]() -> Result<void> {
                auto removal = Registrations::removeMany(s, eventId, ids);
                if (!removal)
                    return removal.error();
                next.removal = removal.value();
                auto revisions =
                    s.revisions(RecordKind::Participant, ids + StoreWrite::idsOf(next.removal.promotedAfter));
                if (!revisions)
                    return revisions.error();
                next.revisions = revisions.value();
                return {};
            });
            if (ok)
                *state = next;
            return ok;
        };
    const bool undo = step == Step::Undo;
    return [ids = m_ids, state = m_state, undo](EventStore &s) {
        const Registrations::Removal &removal = state->removal;
        const QList<Participant> promoted =
            StoreWrite::expecting(undo ? removal.promotedBefore : removal.promotedAfter, state->revisions);
        const Revisions expected = state->revisions;
        return StoreWrite::remembering(s, RecordKind::Participant, ids + StoreWrite::idsOf(promoted),
                                       &state->revisions, [&]() -> Result<void> {
                                           if (auto ok = s.setDeleted<Participant>(ids, !undo, expected); !ok)
                                               return ok;
                                           if (promoted.isEmpty())
                                               return {};
                                           return StoreWrite::done(
                                               s.updateMany(promoted, EventStore::RevisionCheck::Strict));
                                       });
    };
}

} // namespace EventDesk
