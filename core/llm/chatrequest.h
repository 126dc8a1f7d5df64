#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace EventDesk
{

// A tool call the model asked for; arguments is the JSON text assembled from the streamed fragments.
struct ToolCall {
    int index = 0;
    QString id;
    QString name;
    QString arguments;
    bool operator==(const ToolCall &) const = default;
};

struct ChatMessage {
    enum class Role { System, User, Assistant, Tool };
    Role role = Role::User;
    QString content;
    QList<ToolCall> toolCalls; // Assistant: the calls it made
    QString toolCallId;        // Tool: the call this answers
    QString toolName;          // Tool: the tool's name (some providers want it)
};

struct ToolDefinition {
    QString name;
    QString description;
    QJsonObject parameters; // JSON Schema of the arguments
};

// A provider-neutral chat request. Profile settings (model, temperature, max tokens) fill what is unset.
struct ChatRequest {
    QList<ChatMessage> messages;
    QList<ToolDefinition> tools;
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    QJsonObject jsonSchema; // non-empty: ask for structured output with this schema
    QString schemaName = QStringLiteral("answer");
    bool stream = true;
    bool useCache = true;
    bool redact = true;      // replace emails and phone numbers before sending
    QStringList redactNames; // personal names to replace as well
};

} // namespace EventDesk
