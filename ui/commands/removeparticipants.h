#pragma once

#include "registration/registrations.h"
#include "storecommand.h"

#include <memory>

namespace EventDesk
{

// The undo step of deleting registrations: in one transaction the participants are tombstoned and, when the
// event promotes automatically, the waitlist moves up into the places they held. Undo restores them and puts
// the promoted ones back on the waitlist, again in one transaction, only while none of them changed since.
class RemoveParticipants : public StoreCommand
{
public:
    RemoveParticipants(const QUuid &eventId, QList<QUuid> ids, const QString &text);
    Work work(Step step) override;

private:
    struct State {
        Registrations::Removal removal;
        Revisions revisions;
    };
    QUuid m_eventId;
    QList<QUuid> m_ids;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace EventDesk
