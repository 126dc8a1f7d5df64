#pragma once

#include "model/participant.h"
#include "storecommand.h"

#include <memory>

namespace EventDesk
{

// The undo step of a status change (confirm, cancel, waitlist, check in), including the waitlisted ones it
// promotes. The change is planned inside the first writing transaction with the data as it is then, not as
// the window last loaded it; undo writes back the participants as that transaction found them, redo as it
// left them, both only while none of them changed since.
class ChangeParticipantStatus : public StoreCommand
{
public:
    ChangeParticipantStatus(const QUuid &eventId, QList<QUuid> ids, ParticipantStatus status,
                            const QString &text);
    Work work(Step step) override;

private:
    struct State {
        QList<Participant> before;
        QList<Participant> after;
        Revisions revisions;
    };
    QUuid m_eventId;
    QList<QUuid> m_ids;
    ParticipantStatus m_status;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace EventDesk
