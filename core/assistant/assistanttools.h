#pragma once

#include "llm/chatrequest.h"
#include "storage/eventstore.h"

#include <QJsonObject>
#include <QUuid>

namespace EventDesk
{

struct EventSnapshot;

// The read-only tools a language model may call about one event: search_sessions, search_speakers,
// search_rooms, search_participants (names, organisation, status and ticket only: never emails or phone
// numbers), get_conflicts (the ConflictChecker's findings) and get_event_facts (venue, dates, hours, time
// zone, ticket types with free places). Each answers compact JSON, deterministic for the same data,
// capped at kMaxResultChars; ids are the short ids of EventContext. Nothing here writes.
class AssistantTools
{
public:
    static constexpr qsizetype kMaxResultChars = 16000;
    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 50;

    AssistantTools(const EventStore &store, const QUuid &eventId);

    static QList<ToolDefinition> definitions();
    // The tool's JSON answer; {"error": "…"} for an unknown tool, arguments that are not a JSON object or
    // a store that cannot be read.
    QString run(const QString &name, const QString &arguments) const;

private:
    QJsonObject searchSessions(const EventSnapshot &s, const QJsonObject &args) const;
    QJsonObject searchSpeakers(const EventSnapshot &s, const QJsonObject &args) const;
    QJsonObject searchRooms(const EventSnapshot &s, const QJsonObject &args) const;
    QJsonObject searchParticipants(const EventSnapshot &s, const QJsonObject &args) const;
    QJsonObject conflicts(const EventSnapshot &s, const QJsonObject &args) const;
    QJsonObject eventFacts(const EventSnapshot &s) const;

    const EventStore &m_store;
    QUuid m_eventId;
};

} // namespace EventDesk
