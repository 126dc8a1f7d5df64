#pragma once

#include "model/assistantrecords.h"
#include "result.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace EventDesk
{

class EventStore;

// Each event's conversation with the assistant and the proposals it made (schema 7 on), so both survive a
// restart. Shares the store's connection and its transaction (EventStore::inTransaction). Stores the records
// as given: what a proposal means lives in core/assistant. Does not report changes: the conversation is the
// dock's own, not event data other views show.
class AssistantStore
{
public:
    explicit AssistantStore(EventStore &store) : m_store(store) {}

    // The event's conversation, oldest first.
    Result<QList<AssistantMessage>> messages(const QUuid &eventId) const;
    // Appends (the message's eventId says where); returns it with its seq and created time set.
    Result<AssistantMessage> append(AssistantMessage message);
    // Forgets the event's conversation (not its proposals).
    Result<void> clearMessages(const QUuid &eventId);

    // Inserts or replaces a proposal by id; sets created (when new) and updated.
    Result<AssistantProposal> saveProposal(AssistantProposal proposal);
    Result<std::optional<AssistantProposal>> proposal(const QUuid &id) const;
    // The event's proposals of a kind ("" = any) in a state, oldest first.
    Result<QList<AssistantProposal>> proposals(const QUuid &eventId, const QString &kind,
                                               AssistantProposal::State state) const;
    Result<void> setProposalState(const QUuid &id, AssistantProposal::State state);

private:
    EventStore &m_store;
};

} // namespace EventDesk
