#pragma once

#include "assistant/proposalchecker.h"
#include "storage/eventstore.h"

#include <QJsonObject>

#include <functional>

namespace EventDesk
{

// The CLI's one way to write a checked proposal (the assistant's agenda, the auto-scheduler's result) and to
// print its items as JSON.
class ProposalWriter
{
public:
    // Writes the applicable items in one transaction through core's AgendaApplyPlan (the window's Apply
    // writes through it too), re-checked against the workspace as it is now. When something was written,
    // afterWrite runs in the same transaction (e.g. to mark a kept proposal applied).
    static Result<ProposalChecker::Recheck> write(EventStore &store, const QUuid &eventId,
                                                  const QList<ProposalItem> &items,
                                                  const std::function<Result<void>()> &afterWrite = {});
    static QJsonObject itemJson(const ProposalItem &item, const QTimeZone &zone);
};

} // namespace EventDesk
