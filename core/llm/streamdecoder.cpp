#include "streamdecoder.h"

#include "llmerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace EventDesk
{

StreamDecoder::StreamDecoder(ProviderKind kind, TextHandler onText)
    : m_kind(kind), m_onText(std::move(onText))
{
}

void StreamDecoder::addText(const QString &text)
{
    if (text.isEmpty())
        return;
    m_response.text += text;
    m_delivered = true;
    if (m_onText)
        m_onText(text);
}

void StreamDecoder::handle(const SseEvent &event)
{
    if (m_done || m_error)
        return;
    if (event.data == "[DONE]") {
        m_done = true;
        return;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(event.data, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        m_error =
            LlmError::make(LlmError::Kind::InvalidResponse, u"bad SSE JSON: "_s + pe.errorString() + u": "_s +
                                                                QString::fromUtf8(event.data.left(200)));
        return;
    }
    const QJsonObject o = doc.object();
    if (m_kind == ProviderKind::Anthropic) {
        handleAnthropic(event.event.isEmpty() ? o.value(u"type"_s).toString().toUtf8() : event.event, o);
        return;
    }
    handleOpenAi(o);
}

void StreamDecoder::handleOpenAi(const QJsonObject &o)
{
    if (o.contains(u"error"_s)) {
        m_error = LlmError::fromHttp(0, QJsonDocument(o).toJson(QJsonDocument::Compact));
        return;
    }
    if (m_response.model.isEmpty())
        m_response.model = o.value(u"model"_s).toString();
    const QJsonObject usage = o.value(u"usage"_s).toObject();
    if (!usage.isEmpty()) {
        m_response.usage.inputTokens = usage.value(u"prompt_tokens"_s).toInteger();
        m_response.usage.outputTokens = usage.value(u"completion_tokens"_s).toInteger();
        m_response.usage.cachedInputTokens =
            usage.value(u"prompt_tokens_details"_s).toObject().value(u"cached_tokens"_s).toInteger();
        m_response.usage.known = true;
    }
    for (const QJsonValue &cv : o.value(u"choices"_s).toArray()) {
        const QJsonObject choice = cv.toObject();
        const QJsonObject delta = choice.value(u"delta"_s).toObject();
        const QString finish = choice.value(u"finish_reason"_s).toString();
        if (!finish.isEmpty())
            m_response.finishReason = finish;
        m_response.reasoning += delta.value(u"reasoning_content"_s).toString();
        addText(delta.value(u"content"_s).toString());
        for (const QJsonValue &tv : delta.value(u"tool_calls"_s).toArray()) {
            const QJsonObject t = tv.toObject();
            const int index = t.value(u"index"_s).toInt(int(m_tools.size()));
            ToolCall &call = m_tools[index];
            call.index = index;
            if (t.contains(u"id"_s))
                call.id = t.value(u"id"_s).toString();
            const QJsonObject f = t.value(u"function"_s).toObject();
            if (f.contains(u"name"_s))
                call.name += f.value(u"name"_s).toString();
            call.arguments += f.value(u"arguments"_s).toString();
        }
    }
}

void StreamDecoder::handleAnthropic(const QByteArray &type, const QJsonObject &o)
{
    if (type == "error" || o.value(u"type"_s).toString() == u"error") {
        m_error = LlmError::fromHttp(0, QJsonDocument(o).toJson(QJsonDocument::Compact));
    } else if (type == "message_start") {
        const QJsonObject msg = o.value(u"message"_s).toObject();
        m_response.model = msg.value(u"model"_s).toString();
        const QJsonObject usage = msg.value(u"usage"_s).toObject();
        m_response.usage.inputTokens = usage.value(u"input_tokens"_s).toInteger();
        m_response.usage.cachedInputTokens = usage.value(u"cache_read_input_tokens"_s).toInteger();
        m_response.usage.outputTokens = usage.value(u"output_tokens"_s).toInteger();
        m_response.usage.known = !usage.isEmpty();
    } else if (type == "content_block_start") {
        const QJsonObject block = o.value(u"content_block"_s).toObject();
        const int index = o.value(u"index"_s).toInt();
        if (block.value(u"type"_s).toString() == u"tool_use") {
            ToolCall &call = m_tools[index];
            call.index = index;
            call.id = block.value(u"id"_s).toString();
            call.name = block.value(u"name"_s).toString();
        } else {
            addText(block.value(u"text"_s).toString());
        }
    } else if (type == "content_block_delta") {
        const QJsonObject delta = o.value(u"delta"_s).toObject();
        const QString dt = delta.value(u"type"_s).toString();
        if (dt == u"text_delta") {
            addText(delta.value(u"text"_s).toString());
        } else if (dt == u"input_json_delta") {
            const int index = o.value(u"index"_s).toInt();
            m_tools[index].index = index;
            m_tools[index].arguments += delta.value(u"partial_json"_s).toString();
        } else if (dt == u"thinking_delta") {
            m_response.reasoning += delta.value(u"thinking"_s).toString();
        }
    } else if (type == "message_delta") {
        m_response.finishReason = o.value(u"delta"_s).toObject().value(u"stop_reason"_s).toString();
        const QJsonObject usage = o.value(u"usage"_s).toObject();
        if (usage.contains(u"output_tokens"_s)) {
            m_response.usage.outputTokens = usage.value(u"output_tokens"_s).toInteger();
            m_response.usage.known = true;
        }
        if (usage.contains(u"input_tokens"_s))
            m_response.usage.inputTokens = usage.value(u"input_tokens"_s).toInteger();
    } else if (type == "message_stop") {
        m_done = true;
    }
    // ping and content_block_stop carry nothing we need.
}

ChatResponse StreamDecoder::response() const
{
    ChatResponse r = m_response;
    r.toolCalls.clear();
    for (const ToolCall &c : m_tools)
        r.toolCalls.append(c);
    for (ToolCall &c : r.toolCalls)
        if (c.arguments.isEmpty())
            c.arguments = u"{}"_s;
    return r;
}

} // namespace EventDesk
