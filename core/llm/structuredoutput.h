#pragma once

#include "chatresponse.h"
#include "llmclient.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>
#include <optional>

namespace EventDesk
{

// Structured answers: the provider's json_schema response format where it has one, otherwise
// instructions; then JSON extraction (code fences stripped), validation against the schema, and one
// repair round that sends the validator's complaint back. The caller gets a typed value or a clear error.
class StructuredOutput
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::StructuredOutput)

public:
    // The first JSON object or array in a model's text, fences and prose around it removed.
    static Result<QJsonValue> extractJson(const QString &text);
    // A practical subset of JSON Schema: type, properties, required, additionalProperties, items, enum,
    // minimum, maximum, minLength, maxLength, minItems, maxItems. Returns the first problem, with its path.
    static std::optional<QString> validate(const QJsonValue &value, const QJsonObject &schema,
                                           const QString &path = QStringLiteral("$"));

    using Done = std::function<void(Result<QJsonValue> value, const ChatResponse &last)>;
    static void request(LlmClient &client, const ProviderProfile &profile, ChatRequest request,
                        const QString &key, Done done);
    // The same; started(call) is told of each request it sends (the first and the repair), so the caller can
    // cancel() the one in flight (done then gets its Cancelled error).
    static void request(LlmClient &client, const ProviderProfile &profile, ChatRequest request,
                        const QString &key, Done done, std::function<void(LlmCall *)> started);

    template <typename T>
    static void requestAs(LlmClient &client, const ProviderProfile &profile, ChatRequest request,
                          const QString &key, std::function<Result<T>(const QJsonValue &)> convert,
                          std::function<void(Result<T>)> done)
    {
        StructuredOutput::request(client, profile, std::move(request), key,
                                  [convert, done](Result<QJsonValue> v, const ChatResponse &) {
                                      if (!v)
                                          done(v.error());
                                      else
                                          done(convert(v.value()));
                                  });
    }
};

} // namespace EventDesk
