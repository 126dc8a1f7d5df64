#pragma once

#include "model/assistantrecords.h"
#include "proposalchecker.h"

#include <QSet>

namespace EventDesk
{

// An agenda proposal kept in the workspace (AssistantStore, kind "agenda") until the organizer applies or
// rejects it, so it survives a restart. The payload holds the organizer's request, the model's answer (its
// JSON object, compact) and the items the organizer unchecked; the verdicts are not stored but checked again
// against the schedule as it is when the proposal is shown again.
struct PendingAgendaProposal {
    static constexpr auto kKind = u"agenda";

    QUuid id;
    QUuid eventId;
    QString request;
    QString answer;
    QSet<QString> unchecked; // itemKey() of the items the organizer unchecked

    // A stable key of an item within its answer: "placements/0", "new_sessions/2".
    static QString itemKey(const ProposalItem &item);

    AssistantProposal toRecord(AssistantProposal::State state = AssistantProposal::State::Pending) const;
    static Result<PendingAgendaProposal> fromRecord(const AssistantProposal &record);
};

} // namespace EventDesk
