#include "changeparticipantstatus.h"

#include "registration/registrations.h"
#include "storage/eventstore.h"

namespace EventDesk
{

ChangeParticipantStatus::ChangeParticipantStatus(StorageWorker &worker, const QUuid &eventId,
                                                 QList<QUuid> ids, ParticipantStatus status,
                                                 const QString &text)
    : StoreCommand(worker, text), m_eventId(eventId), m_ids(std::move(ids)), m_status(status)
{
}

void ChangeParticipantStatus::redo()
{
    write([eventId = m_eventId, ids = m_ids, status = m_status,
           before = m_before](EventStore &s) -> Result<void> {
        auto changed = Registrations::changeStatus(s, eventId, ids, status, before.get());
        return changed ? Result<void>() : Result<void>(changed.error());
    });
}

void ChangeParticipantStatus::undo()
{
    write([before = m_before](EventStore &s) -> Result<void> {
        if (before->isEmpty())
            return {};
        auto written = s.updateMany(*before, EventStore::RevisionCheck::Ignore);
        return written ? Result<void>() : Result<void>(written.error());
    });
}

} // namespace EventDesk
