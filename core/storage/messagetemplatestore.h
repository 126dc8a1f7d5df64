#pragma once

#include "model/messagetemplate.h"
#include "result.h"

#include <QUuid>

#include <optional>

namespace EventDesk
{

class EventStore;

// The event's own message templates (schema 5 on); a kind without a saved one uses the built-in default.
// Shares the store's connection and its transaction (EventStore::inTransaction). Saving and resetting report
// a change of the event.
class MessageTemplateStore
{
public:
    explicit MessageTemplateStore(EventStore &store) : m_store(store) {}

    // The saved template, else the built-in default.
    Result<MessageTemplate> effective(const QUuid &eventId, MessageTemplate::Kind kind) const;
    // Empty when the event uses the default.
    Result<std::optional<MessageTemplate>> saved(const QUuid &eventId, MessageTemplate::Kind kind) const;
    Result<void> save(const QUuid &eventId, const MessageTemplate &t);
    Result<void> reset(const QUuid &eventId, MessageTemplate::Kind kind);

private:
    EventStore &m_store;
};

} // namespace EventDesk
