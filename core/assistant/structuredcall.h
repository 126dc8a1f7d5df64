#pragma once

#include "assistantusage.h"
#include "llm/chatresponse.h"
#include "llm/providerprofile.h"
#include "result.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>

#include <optional>

namespace EventDesk
{

class LlmCall;
class LlmClient;
class ResponseCache;

// One structured-output request (StructuredOutput::request, with its repair round) that can be cancelled:
// cancel() stops the request on the wire. It runs on the window's client when given one (setClient: its
// response cache and network), else on a client of its own. Emits finished() exactly once
// per start(); result() then holds the JSON value or the error (LlmError Cancelled after cancel()).
class StructuredCall : public QObject
{
    Q_OBJECT

public:
    explicit StructuredCall(QObject *parent = nullptr);
    ~StructuredCall() override;

    void setCache(ResponseCache *cache)
    {
        m_cache = cache;
    }                                  // for a client of its own; not owned; may be null
    void setClient(LlmClient *client); // not owned; null: a client of its own
    // Where each request's tokens and cost are recorded, the repair round's too (none by default).
    void setUsage(const AssistantUsage::Target &target) { m_usage = target; }
    void start(const ProviderProfile &profile, const ChatRequest &request, const QString &key);
    void cancel();
    bool isRunning() const { return m_running; }
    const std::optional<Result<QJsonValue>> &result() const { return m_result; }
    const ChatResponse &response() const { return m_response; } // the last answer (usage, model)

signals:
    void finished();

private:
    void dropClient();

    QPointer<LlmClient> m_client; // of its own
    QPointer<LlmClient> m_shared;
    QPointer<LlmCall> m_inFlight; // on the shared client
    ResponseCache *m_cache = nullptr;
    AssistantUsage::Target m_usage;
    std::optional<Result<QJsonValue>> m_result;
    ChatResponse m_response;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace EventDesk
