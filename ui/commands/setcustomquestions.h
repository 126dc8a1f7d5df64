#pragma once

#include "model/customquestion.h"
#include "storecommand.h"

#include <memory>

namespace EventDesk
{

// Replaces an event's custom registration questions; undo writes the list back as the first write found
// it. Questions carry no revision: undo and redo compare the stored list with the one their last write
// left and write nothing when it differs.
class SetCustomQuestions : public StoreCommand
{
public:
    SetCustomQuestions(const QUuid &eventId, QList<CustomQuestion> after);
    Work work(Step step) override;

private:
    struct State {
        QList<CustomQuestion> before;
        QList<CustomQuestion> written; // as read back after the last write
    };
    QUuid m_eventId;
    QList<CustomQuestion> m_after;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace EventDesk
