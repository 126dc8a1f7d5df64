#pragma once

#include "change.h"
#include "result.h"

#include <QList>

namespace EventDesk
{

class EventStore;

// The outbox for team sync: every committed write of a record leaves an entry (written by EventStore in the
// same transaction). Shares the store's connection.
class Outbox
{
public:
    explicit Outbox(EventStore &store) : m_store(store) {}

    // Entries not pushed yet, oldest first. limit counts outbox entries: records created by one addMany
    // share an entry (and its sequence number), and each of them is listed.
    Result<QList<Change>> pending(int limit = 1000) const;

private:
    EventStore &m_store;
};

} // namespace EventDesk
