#pragma once

#include "assistant/proposalchecker.h"
#include "storage/eventstore.h"

#include <QJsonObject>

namespace EventDesk
{

// The CLI's one way to write a checked proposal (the assistant's agenda, the auto-scheduler's result) and to
// print its items as JSON.
class ProposalWriter
{
public:
    // Writes the applicable items in one transaction, re-checked against the workspace as it is now.
    static Result<ProposalChecker::Recheck> write(EventStore &store, const QUuid &eventId,
                                                  const QList<ProposalItem> &items);
    static QJsonObject itemJson(const ProposalItem &item, const QTimeZone &zone);
};

} // namespace EventDesk
