#include "removeparticipants.h"

#include "storage/eventstore.h"

namespace EventDesk
{

RemoveParticipants::RemoveParticipants(StorageWorker &worker, const QUuid &eventId, QList<QUuid> ids,
                                       const QString &text)
    : StoreCommand(worker, text), m_eventId(eventId), m_ids(std::move(ids))
{
}

void RemoveParticipants::redo()
{
    const QUuid eventId = m_eventId;
    const QList<QUuid> ids = m_ids;
    write([eventId, ids, removal = m_removal](EventStore &s) -> Result<void> {
        auto done = Registrations::removeMany(s, eventId, ids);
        if (!done)
            return done.error();
        *removal = done.value();
        return {};
    });
}

void RemoveParticipants::undo()
{
    const QList<QUuid> ids = m_ids;
    write([ids, removal = m_removal](EventStore &s) {
        return s.inTransaction([&]() -> Result<void> {
            if (auto ok = s.setDeleted<Participant>(ids, false); !ok)
                return ok;
            if (!removal->promotedBefore.isEmpty())
                if (auto ok = s.updateMany(removal->promotedBefore, EventStore::RevisionCheck::Ignore); !ok)
                    return ok.error();
            return {};
        });
    });
}

} // namespace EventDesk
