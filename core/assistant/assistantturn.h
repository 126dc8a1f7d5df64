#pragma once

#include "assistantusage.h"
#include "llm/chatrequest.h"
#include "llm/chatresponse.h"
#include "llm/providerprofile.h"
#include "result.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>
#include <optional>

namespace EventDesk
{

class LlmCall;
class LlmClient;

// One user turn of a conversation with the assistant, asynchronous: sends the system prompt, the
// history and the new message through LlmClient, streams the answer (textDelta), runs the tool calls the
// model asks for (each reported with its name, arguments and, once the result exists, its size) and asks
// again with their results, up to maxRequests requests. Records the turn's usage in the UsageLedger,
// then emits finished() exactly once; afterwards error() tells whether it failed. cancel() stops it at any
// moment: nothing more is emitted but finished(), with a Cancelled error.
class AssistantTurn : public QObject
{
    Q_OBJECT

public:
    // Runs one tool call and calls done with its JSON result, now or later (on the GUI, after the storage
    // thread read it). done may be called after the turn is gone or cancelled; it is then ignored.
    using ToolRunner = std::function<void(const ToolCall &call, std::function<void(const QString &)> done)>;

    struct Setup {
        ProviderProfile profile;
        QString key;
        QString systemPrompt;        // systemPrompt(EventContext::text()) for the chat
        QList<ChatMessage> history;  // the conversation so far: user and assistant messages
        QString message;             // the new user message
        QList<ToolDefinition> tools; // offered to the model; runTool runs them
        ToolRunner runTool;
        std::optional<double> temperature;
        bool useCache = true;
        bool redact = true;
        QStringList redactNames;
        int maxRequests = 5; // a model that still asks for tools after this many requests fails the turn
        // Usage: recorded for this event (AssistantUsage) unless the id is null or the answer was cached.
        QUuid eventId;
        QString ledgerPath; // empty: the ledger's default file
    };

    struct ToolCallReport {
        QString name;
        QString arguments;
        qsizetype resultBytes = -1; // -1: still running (or never ran: the turn was cancelled)
    };

    AssistantTurn(LlmClient *client, Setup setup, QObject *parent = nullptr);
    ~AssistantTurn() override;

    void start(); // once; the first request leaves from the event loop
    void cancel();

    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    const std::optional<Error> &error() const { return m_error; }
    const ChatResponse &response() const { return m_response; } // the last request's answer
    QString answer() const { return m_response.text; }          // the final answer's text
    QString streamedText() const { return m_streamed; }         // every delta shown, all requests
    const TokenUsage &usage() const { return m_usage; }         // summed over the turn's requests
    std::optional<double> cost() const { return m_cost; }       // nullopt: the model has no known price
    QString model() const;                                      // the answering model, else the profile's
    bool fromCache() const { return m_fromCache; }              // every request was answered by the cache
    int attempts() const { return m_attempts; }                 // HTTP requests sent
    const QList<ToolCallReport> &toolCalls() const { return m_toolCalls; }
    const std::optional<AssistantUsage::Totals> &usageTotals() const { return m_totals; }

    // The chat's system prompt around the event's context text.
    static QString systemPrompt(const QString &contextText);
    // The first request of a turn with this setup.
    static ChatRequest request(const Setup &setup);
    // The request's text exactly as it leaves the machine: every message redacted in order by one
    // Redactor, as LlmCall does, each under a heading naming its role.
    static QString preview(const ChatRequest &request);

signals:
    void textDelta(const QString &delta);
    void toolCallStarted(int index, const QString &name, const QString &arguments);
    void toolCallFinished(int index, const QString &name, const QString &arguments, qsizetype resultBytes);
    void finished();

private:
    void send();
    void onCallFinished();
    void runNextTool();
    void finish(std::optional<Error> error);
    void emitFinished();

    LlmClient *m_client;
    Setup m_setup;
    ChatRequest m_request;
    QPointer<LlmCall> m_call;
    QList<ToolCall> m_pendingTools;
    int m_requests = 0;
    int m_generation = 0; // bumped on cancel: late tool results are ignored
    bool m_started = false;
    bool m_finished = false;
    bool m_finishing = false;
    bool m_cancelled = false;
    std::optional<Error> m_error;
    ChatResponse m_response;
    QString m_streamed;
    TokenUsage m_usage;
    std::optional<double> m_cost;
    bool m_fromCache = true;
    int m_attempts = 0;
    QList<ToolCallReport> m_toolCalls;
    std::optional<AssistantUsage::Totals> m_totals;
};

} // namespace EventDesk
