#pragma once

#include "model/participant.h"
#include "storecommand.h"

#include <memory>

namespace EventDesk
{

// The undo step of new registrations from the form. The first write decides each one's place (confirmed
// or waitlisted) inside the writing transaction, with the data as it is then, not as the window last loaded
// it. Undo tombstones them; redo restores them as they were saved.
class RegisterParticipants : public StoreCommand
{
public:
    RegisterParticipants(const QUuid &eventId, QList<Participant> incoming, const QString &text);
    Work work(Step step) override;
    QList<QUuid> ids() const;

private:
    QUuid m_eventId;
    QList<Participant> m_incoming;
    std::shared_ptr<Revisions> m_revisions = std::make_shared<Revisions>();
};

} // namespace EventDesk
