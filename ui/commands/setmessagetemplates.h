#pragma once

#include "registration/messagetemplate.h"
#include "storecommand.h"

#include <QMap>

#include <optional>

namespace EventDesk
{

// An event's message templates by kind; an empty optional means the built-in default.
using MessageTemplates = QMap<MessageTemplate::Kind, std::optional<MessageTemplate>>;

// Saves an event's message templates (one or more kinds) in one transaction; undo writes the previous ones
// back, resetting a kind to the default where there was none.
class SetMessageTemplates : public StoreCommand
{
public:
    SetMessageTemplates(StorageWorker &worker, const QUuid &eventId, MessageTemplates before,
                        MessageTemplates after);
    void redo() override;
    void undo() override;

private:
    void writeValues(const MessageTemplates &values);
    QUuid m_eventId;
    MessageTemplates m_before;
    MessageTemplates m_after;
};

} // namespace EventDesk
