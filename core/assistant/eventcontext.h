#pragma once

#include "llm/chatrequest.h"
#include "model/record.h"
#include "result.h"
#include "storage/eventstore.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUuid>

namespace EventDesk
{

// Summarises one event for a language model, compact and deterministic, within a token budget the text
// states: the event's dates, hours and time zone, rooms with capacity, tracks, sessions and speakers with
// short ids (see ShortIds) the model can refer to. A small event is listed in full; a large one is
// summarised (counts per day and room, the unscheduled sessions up to a share of the budget) and the model
// looks details up with the read-only tools (AssistantTools). Never emails or phone numbers of anyone, and
// of participants only counts.
class EventContext
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::EventContext)

public:
    static constexpr int kDefaultBudgetTokens = 8000;
    static constexpr int kMinimumBudgetTokens = 200;

    EventContext(const EventStore &store, const QUuid &eventId);

    Result<QString> text() const { return build(kDefaultBudgetTokens); }
    // At most budgetTokens by TokenEstimator (budgets under kMinimumBudgetTokens count as that).
    Result<QString> build(int budgetTokens) const;
    // Names a redaction pass should replace when name redaction is enabled: speakers and participants.
    QStringList personalNames() const;

    // The read-only tools and their JSON Schemas (AssistantTools).
    static QList<ToolDefinition> tools();
    // Runs a tool call; returns the JSON text to send back as the tool result.
    QString runTool(const QString &name, const QString &arguments) const;

    // A record of this event from an id the context or a tool gave: a full id or a unique prefix.
    Result<QUuid> resolve(RecordKind kind, const QString &idOrPrefix) const;

private:
    const EventStore &m_store;
    QUuid m_eventId;
};

} // namespace EventDesk
