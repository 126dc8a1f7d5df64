#include "changeparticipantstatus.h"

#include "registration/registrations.h"
#include "storage/eventstore.h"

namespace EventDesk
{

ChangeParticipantStatus::ChangeParticipantStatus(const QUuid &eventId, QList<QUuid> ids,
                                                 ParticipantStatus status, const QString &text)
    : StoreCommand(text), m_eventId(eventId), m_ids(std::move(ids)), m_status(status)
{
}

StoreCommand::Work ChangeParticipantStatus::work(Step step)
{
    if (step == Step::First)
        return [eventId = m_eventId, ids = m_ids, status = m_status, state = m_state](EventStore &s) {
            State next;
            auto ok = s.inTransaction([&]() -> Result<void> {
                auto changed = Registrations::changeStatus(s, eventId, ids, status, &next.before);
                if (!changed)
                    return changed.error();
                next.after = changed.value();
                auto revisions = s.revisions(RecordKind::Participant, StoreWrite::idsOf(next.after));
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
    return [state = m_state, undo](EventStore &s) -> Result<void> {
        if (state->after.isEmpty())
            return {}; // the change changed nothing
        const QList<Participant> values =
            StoreWrite::expecting(undo ? state->before : state->after, state->revisions);
        return StoreWrite::remembering(
            s, RecordKind::Participant, StoreWrite::idsOf(values), &state->revisions,
            [&] { return StoreWrite::done(s.updateMany(values, EventStore::RevisionCheck::Strict)); });
    };
}

} // namespace EventDesk
