#pragma once

#include "commands/storecommand.h"
#include "registration/registrations.h"

#include <memory>

namespace EventDesk
{

// The undo step of deleting registrations: in one transaction the participants are tombstoned and, when the
// event promotes automatically, the waitlist moves up into the places they held. Undo restores them and puts
// the promoted ones back on the waitlist, again in one transaction.
class RemoveParticipants : public StoreCommand
{
public:
    RemoveParticipants(StorageWorker &worker, const QUuid &eventId, QList<QUuid> ids, const QString &text);
    void redo() override;
    void undo() override;

private:
    QUuid m_eventId;
    QList<QUuid> m_ids;
    // Written on the storage thread by redo's work, read there by undo's: the worker runs them in order.
    std::shared_ptr<Registrations::Removal> m_removal = std::make_shared<Registrations::Removal>();
};

} // namespace EventDesk
