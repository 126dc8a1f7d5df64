#pragma once

#include "chatrequest.h"

namespace EventDesk
{

struct TokenUsage {
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cachedInputTokens = 0;
    bool known = false;
    qint64 total() const { return inputTokens + outputTokens; }
};

struct ChatResponse {
    QString text;
    QString reasoning; // reasoning_content / thinking, when the provider streams it
    QList<ToolCall> toolCalls;
    TokenUsage usage;
    QString model;
    QString finishReason;
    bool incomplete = false; // the stream ended early: text holds what arrived
    bool fromCache = false;
    QByteArray cacheKey; // the response cache's key of the request; empty: not cacheable
    int attempts = 1;
};

} // namespace EventDesk
