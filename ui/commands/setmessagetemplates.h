#pragma once

#include "registration/messagetemplate.h"
#include "storecommand.h"

#include <QMap>

#include <memory>
#include <optional>

namespace EventDesk
{

// An event's message templates by kind; an empty optional means the built-in default.
using MessageTemplates = QMap<MessageTemplate::Kind, std::optional<MessageTemplate>>;

// Saves an event's message templates (one or more kinds) in one transaction; undo writes back the ones the
// first write found, resetting a kind to the default where there was none. Templates carry no revision:
// undo and redo compare the stored ones with what their last write left and write nothing when they differ.
class SetMessageTemplates : public StoreCommand
{
public:
    SetMessageTemplates(const QUuid &eventId, MessageTemplates after);
    Work work(Step step) override;

private:
    struct State {
        MessageTemplates before;
        MessageTemplates written; // as read back after the last write
    };
    QUuid m_eventId;
    MessageTemplates m_after;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace EventDesk
