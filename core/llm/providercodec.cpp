#include "providercodec.h"

#include "llmerror.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

QJsonObject openAiMessage(const ChatMessage &m)
{
    switch (m.role) {
    case ChatMessage::Role::System:
        return {{u"role"_s, u"system"_s}, {u"content"_s, m.content}};
    case ChatMessage::Role::User:
        return {{u"role"_s, u"user"_s}, {u"content"_s, m.content}};
    case ChatMessage::Role::Assistant: {
        QJsonObject o{{u"role"_s, u"assistant"_s}};
        o.insert(u"content"_s,
                 m.content.isEmpty() && !m.toolCalls.isEmpty() ? QJsonValue() : QJsonValue(m.content));
        if (!m.toolCalls.isEmpty()) {
            QJsonArray calls;
            for (const ToolCall &c : m.toolCalls)
                calls.append(QJsonObject{
                    {u"id"_s, c.id},
                    {u"type"_s, u"function"_s},
                    {u"function"_s, QJsonObject{{u"name"_s, c.name}, {u"arguments"_s, c.arguments}}}});
            o.insert(u"tool_calls"_s, calls);
        }
        return o;
    }
    case ChatMessage::Role::Tool:
        return {{u"role"_s, u"tool"_s}, {u"tool_call_id"_s, m.toolCallId}, {u"content"_s, m.content}};
    }
    return {};
}

QJsonObject anthropicMessage(const ChatMessage &m)
{
    if (m.role == ChatMessage::Role::Tool) {
        return {{u"role"_s, u"user"_s},
                {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"tool_result"_s},
                                                      {u"tool_use_id"_s, m.toolCallId},
                                                      {u"content"_s, m.content}}}}};
    }
    if (m.role == ChatMessage::Role::Assistant && !m.toolCalls.isEmpty()) {
        QJsonArray content;
        if (!m.content.isEmpty())
            content.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, m.content}});
        for (const ToolCall &c : m.toolCalls)
            content.append(QJsonObject{{u"type"_s, u"tool_use"_s},
                                       {u"id"_s, c.id},
                                       {u"name"_s, c.name},
                                       {u"input"_s, QJsonDocument::fromJson(c.arguments.toUtf8()).object()}});
        return {{u"role"_s, u"assistant"_s}, {u"content"_s, content}};
    }
    return {{u"role"_s, m.role == ChatMessage::Role::Assistant ? u"assistant"_s : u"user"_s},
            {u"content"_s, m.content}};
}

} // namespace

QJsonObject ProviderCodec::body(const ProviderProfile &profile, const ChatRequest &request, bool stream)
{
    const std::optional<double> temperature = request.temperature ? request.temperature : profile.temperature;
    const int maxTokens = request.maxTokens.value_or(profile.maxTokens);
    QJsonObject o;
    if (profile.provider != ProviderKind::AzureOpenAi)
        o.insert(u"model"_s, profile.model);
    if (profile.provider == ProviderKind::Anthropic) {
        QString system;
        QJsonArray messages;
        for (const ChatMessage &m : request.messages) {
            if (m.role == ChatMessage::Role::System)
                system += (system.isEmpty() ? QString() : u"\n\n"_s) + m.content;
            else
                messages.append(anthropicMessage(m));
        }
        if (!request.jsonSchema.isEmpty())
            system += (system.isEmpty() ? QString() : u"\n\n"_s) +
                      u"Answer with one JSON value only, no prose, matching this JSON Schema:\n"_s +
                      QString::fromUtf8(QJsonDocument(request.jsonSchema).toJson(QJsonDocument::Compact));
        if (!system.isEmpty())
            o.insert(u"system"_s, system);
        o.insert(u"messages"_s, messages);
        o.insert(u"max_tokens"_s, maxTokens);
        if (temperature && !profile.reasoning)
            o.insert(u"temperature"_s, *temperature);
        if (!request.tools.isEmpty()) {
            QJsonArray tools;
            for (const ToolDefinition &t : request.tools)
                tools.append(QJsonObject{{u"name"_s, t.name},
                                         {u"description"_s, t.description},
                                         {u"input_schema"_s, t.parameters}});
            o.insert(u"tools"_s, tools);
        }
        if (stream)
            o.insert(u"stream"_s, true);
        return o;
    }
    QJsonArray messages;
    for (const ChatMessage &m : request.messages)
        messages.append(openAiMessage(m));
    o.insert(u"messages"_s, messages);
    if (profile.reasoning) {
        o.insert(u"max_completion_tokens"_s, maxTokens); // reasoning models reject max_tokens and temperature
    } else {
        o.insert(u"max_tokens"_s, maxTokens);
        if (temperature)
            o.insert(u"temperature"_s, *temperature);
    }
    if (!request.tools.isEmpty()) {
        QJsonArray tools;
        for (const ToolDefinition &t : request.tools)
            tools.append(QJsonObject{{u"type"_s, u"function"_s},
                                     {u"function"_s, QJsonObject{{u"name"_s, t.name},
                                                                 {u"description"_s, t.description},
                                                                 {u"parameters"_s, t.parameters}}}});
        o.insert(u"tools"_s, tools);
    }
    if (!request.jsonSchema.isEmpty())
        o.insert(u"response_format"_s,
                 QJsonObject{{u"type"_s, u"json_schema"_s},
                             {u"json_schema"_s, QJsonObject{{u"name"_s, request.schemaName},
                                                            {u"schema"_s, request.jsonSchema},
                                                            {u"strict"_s, true}}}});
    if (stream) {
        o.insert(u"stream"_s, true);
        o.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
    }
    // A server on this machine (Ollama and its kin) loads the model with a small default context and cuts
    // longer prompts silently: ask for the profile's window. Hosted services have a fixed one.
    if (profile.provider == ProviderKind::OpenAiCompatible && profile.isLocal())
        o.insert(u"options"_s, QJsonObject{{u"num_ctx"_s, profile.effectiveContextWindow()}});
    return o;
}

QNetworkRequest ProviderCodec::httpRequest(const ProviderProfile &profile, const QString &key, bool stream)
{
    QNetworkRequest r(profile.endpoint());
    r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    r.setRawHeader("Accept", stream ? "text/event-stream" : "application/json");
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    r.setRawHeader("User-Agent", "EventDesk");
    if (profile.provider == ProviderKind::Anthropic) {
        r.setRawHeader("anthropic-version", "2023-06-01");
        if (!key.isEmpty())
            r.setRawHeader("x-api-key", key.toUtf8());
    } else if (profile.provider == ProviderKind::AzureOpenAi) {
        if (!key.isEmpty())
            r.setRawHeader("api-key", key.toUtf8());
    } else if (!key.isEmpty()) {
        r.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    }
    return r;
}

Result<ChatResponse> ProviderCodec::parseResponse(ProviderKind kind, const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return LlmError::make(LlmError::Kind::InvalidResponse, pe.errorString());
    const QJsonObject root = doc.object();
    ChatResponse r;
    r.model = root.value(u"model"_s).toString();
    const QJsonObject usage = root.value(u"usage"_s).toObject();
    if (kind == ProviderKind::Anthropic) {
        const QJsonArray content = root.value(u"content"_s).toArray();
        if (!root.contains(u"content"_s))
            return LlmError::make(LlmError::Kind::InvalidResponse, u"no content"_s);
        int index = 0;
        for (const QJsonValue &v : content) {
            const QJsonObject block = v.toObject();
            const QString type = block.value(u"type"_s).toString();
            if (type == u"text")
                r.text += block.value(u"text"_s).toString();
            else if (type == u"thinking")
                r.reasoning += block.value(u"thinking"_s).toString();
            else if (type == u"tool_use")
                r.toolCalls.append(
                    {index, block.value(u"id"_s).toString(), block.value(u"name"_s).toString(),
                     QString::fromUtf8(
                         QJsonDocument(block.value(u"input"_s).toObject()).toJson(QJsonDocument::Compact))});
            ++index;
        }
        r.finishReason = root.value(u"stop_reason"_s).toString();
        r.usage.inputTokens = usage.value(u"input_tokens"_s).toInteger();
        r.usage.outputTokens = usage.value(u"output_tokens"_s).toInteger();
        r.usage.cachedInputTokens = usage.value(u"cache_read_input_tokens"_s).toInteger();
        r.usage.known = !usage.isEmpty();
        return r;
    }
    const QJsonArray choices = root.value(u"choices"_s).toArray();
    if (choices.isEmpty())
        return LlmError::make(LlmError::Kind::InvalidResponse, u"no choices"_s);
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(u"message"_s).toObject();
    r.text = message.value(u"content"_s).toString();
    r.reasoning = message.value(u"reasoning_content"_s).toString();
    r.finishReason = choice.value(u"finish_reason"_s).toString();
    int index = 0;
    for (const QJsonValue &v : message.value(u"tool_calls"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const QJsonObject f = c.value(u"function"_s).toObject();
        r.toolCalls.append({index++, c.value(u"id"_s).toString(), f.value(u"name"_s).toString(),
                            f.value(u"arguments"_s).toString()});
    }
    r.usage.inputTokens = usage.value(u"prompt_tokens"_s).toInteger();
    r.usage.outputTokens = usage.value(u"completion_tokens"_s).toInteger();
    r.usage.cachedInputTokens =
        usage.value(u"prompt_tokens_details"_s).toObject().value(u"cached_tokens"_s).toInteger();
    r.usage.known = !usage.isEmpty();
    return r;
}

} // namespace EventDesk
