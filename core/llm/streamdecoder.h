#pragma once

#include "chatresponse.h"
#include "providerprofile.h"
#include "result.h"
#include "sseparser.h"

#include <QMap>

#include <functional>
#include <optional>

namespace EventDesk
{

// Turns a provider's SSE events into text deltas, tool calls joined by index, and usage.
class StreamDecoder
{
public:
    using TextHandler = std::function<void(const QString &delta)>;

    StreamDecoder(ProviderKind kind, TextHandler onText);

    void handle(const SseEvent &event);
    bool isDone() const { return m_done; }                        // [DONE] or message_stop arrived
    const std::optional<Error> &error() const { return m_error; } // an error object in the stream
    bool deliveredText() const { return m_delivered; }
    ChatResponse response() const; // with tool calls in index order

private:
    void handleOpenAi(const QJsonObject &o);
    void handleAnthropic(const QByteArray &type, const QJsonObject &o);
    void addText(const QString &text);

    ProviderKind m_kind;
    TextHandler m_onText;
    ChatResponse m_response;
    QMap<int, ToolCall> m_tools;
    std::optional<Error> m_error;
    bool m_done = false;
    bool m_delivered = false;
};

} // namespace EventDesk
