#pragma once

#include "commands/storecommand.h"
#include "model/participant.h"

#include <memory>

namespace EventDesk
{

// The undo step of a status change (confirm, cancel, waitlist, check in), including the waitlisted ones it
// promotes. The change is planned inside the writing transaction with the data as it is then, not as the
// window last loaded it; undo writes back the participants as that transaction found them.
class ChangeParticipantStatus : public StoreCommand
{
public:
    ChangeParticipantStatus(StorageWorker &worker, const QUuid &eventId, QList<QUuid> ids,
                            ParticipantStatus status, const QString &text);
    void redo() override;
    void undo() override;

private:
    QUuid m_eventId;
    QList<QUuid> m_ids;
    ParticipantStatus m_status;
    // Written on the storage thread by redo's work, read there by undo's: the worker runs them in order.
    std::shared_ptr<QList<Participant>> m_before = std::make_shared<QList<Participant>>();
};

} // namespace EventDesk
