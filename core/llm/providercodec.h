#pragma once

#include "chatresponse.h"
#include "providerprofile.h"
#include "result.h"

#include <QJsonObject>
#include <QNetworkRequest>

namespace EventDesk
{

// The wire formats: OpenAI-compatible Chat Completions (also Azure) and Anthropic Messages.
class ProviderCodec
{
public:
    // The JSON body. Reasoning models get no temperature and max_completion_tokens; streams ask for usage.
    static QJsonObject body(const ProviderProfile &profile, const ChatRequest &request, bool stream);
    // The HTTP request with its headers; key may be empty (a local server).
    static QNetworkRequest httpRequest(const ProviderProfile &profile, const QString &key, bool stream);
    // A complete (non-streamed) JSON answer.
    static Result<ChatResponse> parseResponse(ProviderKind kind, const QByteArray &body);
    // Whether the provider enforces a JSON schema itself (else the caller instructs and validates).
    static bool supportsJsonSchema(ProviderKind kind) { return kind != ProviderKind::Anthropic; }
};

} // namespace EventDesk
