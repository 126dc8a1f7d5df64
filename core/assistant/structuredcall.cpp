#include "structuredcall.h"

#include "llm/llmclient.h"
#include "llm/llmerror.h"
#include "llm/structuredoutput.h"

namespace EventDesk
{

StructuredCall::StructuredCall(QObject *parent) : QObject(parent) {}

StructuredCall::~StructuredCall()
{
    ++m_generation; // what the client reports while it goes is no longer wanted
    dropClient();
}

void StructuredCall::setClient(LlmClient *client)
{
    m_shared = client;
}

void StructuredCall::dropClient()
{
    // Deleting the client (or cancelling the call) ends the request; its callbacks see a newer generation
    // and do nothing.
    delete m_client.data();
    if (LlmCall *call = m_inFlight)
        call->cancel();
    m_inFlight = nullptr;
}

void StructuredCall::start(const ProviderProfile &profile, const ChatRequest &request, const QString &key)
{
    if (m_running)
        cancel();
    m_result.reset();
    m_response = {};
    m_running = true;
    const quint64 generation = ++m_generation;
    LlmClient *client = m_shared;
    if (!client) {
        if (!m_client) {
            m_client = new LlmClient(this);
            m_client->setCache(m_cache);
        }
        client = m_client;
    }
    StructuredOutput::request(
        *client, profile, request, key,
        [this, generation](Result<QJsonValue> value, const ChatResponse &last) {
            if (generation != m_generation)
                return;
            m_running = false;
            m_response = last;
            m_result = std::move(value);
            emit finished();
        },
        [this, generation, usage = m_usage, model = profile.model](LlmCall *call) {
            AssistantUsage::track(call, usage, model);
            if (generation == m_generation)
                m_inFlight = call;
        });
}

void StructuredCall::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    dropClient();
    m_running = false;
    m_result = Result<QJsonValue>(LlmError::make(LlmError::Kind::Cancelled));
    emit finished();
}

} // namespace EventDesk
