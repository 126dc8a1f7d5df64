#pragma once

#include "commands/storecommand.h"
#include "model/participant.h"

namespace EventDesk
{

// The undo step of new registrations from the form. The first redo() decides each one's place (confirmed
// or waitlisted) inside the writing transaction, with the data as it is then, not as the window last loaded
// it. Undo tombstones them; a later redo restores them as they were saved.
class RegisterParticipants : public StoreCommand
{
public:
    RegisterParticipants(StorageWorker &worker, const QUuid &eventId, QList<Participant> incoming,
                         const QString &text);
    void redo() override;
    void undo() override;
    QList<QUuid> ids() const;

private:
    QUuid m_eventId;
    QList<Participant> m_incoming;
    bool m_written = false;
};

} // namespace EventDesk
