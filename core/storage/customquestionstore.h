#pragma once

#include "model/customquestion.h"
#include "result.h"

#include <QList>
#include <QUuid>

namespace EventDesk
{

class EventStore;

// The event's custom registration questions, in order (schema 4 on). Shares the store's connection and its
// transaction (EventStore::inTransaction). Stores the records as given: the rules live in CustomQuestions.
class CustomQuestionStore
{
public:
    explicit CustomQuestionStore(EventStore &store) : m_store(store) {}

    Result<QList<CustomQuestion>> list(const QUuid &eventId) const;
    // Replaces them all in one transaction and reports a change of the event.
    Result<void> replace(const QUuid &eventId, const QList<CustomQuestion> &questions);

private:
    EventStore &m_store;
};

} // namespace EventDesk
