#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace EventDesk
{

// One message of an event's conversation with the assistant, as stored (schema 7 on). meta carries what the
// dock needs to show it again: tool calls with their arguments and result sizes, token usage, the task.
struct AssistantMessage {
    qint64 seq = 0; // order within the workspace; 0 until stored
    QUuid eventId;
    QString role; // system, user, assistant, tool
    QString content;
    QJsonObject meta;
    QDateTime created; // UTC
    bool operator==(const AssistantMessage &) const = default;
};

// A proposal the assistant made and the organizer has not decided on yet (or has: applied, rejected).
// kind names the task ("agenda", "prefill"); payload is that task's own JSON (the model's answer, the
// organizer's request, which items are checked), read and written by core/assistant.
struct AssistantProposal {
    enum class State { Pending, Applied, Rejected };
    QUuid id;
    QUuid eventId;
    QString kind;
    State state = State::Pending;
    QJsonObject payload;
    QDateTime created; // UTC
    QDateTime updated; // UTC
    bool operator==(const AssistantProposal &) const = default;

    static QString stateName(State state); // pending, applied, rejected
};

} // namespace EventDesk
