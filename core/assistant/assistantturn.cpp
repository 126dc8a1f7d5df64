#include "assistantturn.h"

#include "llm/llmclient.h"
#include "llm/llmerror.h"
#include "llm/pricetable.h"
#include "llm/redactor.h"

using namespace Qt::StringLiterals;

namespace EventDesk
{

AssistantTurn::AssistantTurn(LlmClient *client, Setup setup, QObject *parent)
    : QObject(parent), m_client(client), m_setup(std::move(setup)), m_request(request(m_setup))
{
}

AssistantTurn::~AssistantTurn()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call->deleteLater();
    }
}

QString AssistantTurn::systemPrompt(const QString &contextText)
{
    return u"You help the organisers of a conference. Answer from the event data below; say so when it does "
           u"not "
           "contain the answer. Placeholders such as [EMAIL_1] stand for withheld personal data; keep them "
           "as "
           "they are. Use the search_sessions tool for details such as abstracts.\n\n"_s +
           contextText;
}

ChatRequest AssistantTurn::request(const Setup &setup)
{
    ChatRequest r;
    r.messages.append({ChatMessage::Role::System, setup.systemPrompt, {}, {}, {}});
    r.messages.append(setup.history);
    r.messages.append({ChatMessage::Role::User, setup.message, {}, {}, {}});
    r.tools = setup.tools;
    r.temperature = setup.temperature;
    r.useCache = setup.useCache;
    r.redact = setup.redact;
    r.redactNames = setup.redactNames;
    return r;
}

QString AssistantTurn::preview(const ChatRequest &request)
{
    Redactor redactor; // as LlmCall: one redactor, the messages in order
    redactor.setNames(request.redactNames);
    QString out;
    for (const ChatMessage &m : request.messages) {
        QString heading;
        switch (m.role) {
        case ChatMessage::Role::System:
            heading = tr("System prompt");
            break;
        case ChatMessage::Role::User:
            heading = tr("User");
            break;
        case ChatMessage::Role::Assistant:
            heading = tr("Assistant");
            break;
        case ChatMessage::Role::Tool:
            heading = tr("Tool result (%1)").arg(m.toolName);
            break;
        }
        if (!out.isEmpty())
            out += u"\n\n"_s;
        out += u"=== "_s + heading + u" ===\n"_s + (request.redact ? redactor.redact(m.content) : m.content);
        for (const ToolCall &c : m.toolCalls)
            out += u"\n"_s + tr("Tool call: %1(%2)")
                                 .arg(c.name, request.redact ? redactor.redact(c.arguments) : c.arguments);
    }
    if (!request.tools.isEmpty()) {
        QStringList names;
        for (const ToolDefinition &t : request.tools)
            names << t.name;
        out += u"\n\n=== "_s + tr("Tools offered") + u" ===\n"_s + names.join(u", "_s);
    }
    return out;
}

QString AssistantTurn::model() const
{
    return m_response.model.isEmpty() ? m_setup.profile.model : m_response.model;
}

void AssistantTurn::start()
{
    if (m_started)
        return;
    m_started = true;
    send();
}

void AssistantTurn::send()
{
    ++m_requests;
    m_call = m_client->send(m_setup.profile, m_request, m_setup.key);
    connect(m_call, &LlmCall::textDelta, this, [this](const QString &delta) {
        if (m_cancelled)
            return;
        m_streamed += delta;
        emit textDelta(delta);
    });
    connect(m_call, &LlmCall::finished, this, &AssistantTurn::onCallFinished);
}

void AssistantTurn::onCallFinished()
{
    LlmCall *call = m_call;
    if (!call || m_cancelled)
        return;
    m_call = nullptr;
    call->disconnect(this);
    call->deleteLater();
    m_response = call->response();
    m_attempts += m_response.attempts;
    m_fromCache = m_fromCache && m_response.fromCache;
    m_usage.inputTokens += m_response.usage.inputTokens;
    m_usage.outputTokens += m_response.usage.outputTokens;
    m_usage.cachedInputTokens += m_response.usage.cachedInputTokens;
    m_usage.known = m_usage.known || m_response.usage.known;
    if (call->error()) {
        finish(call->error());
        return;
    }
    if (m_response.toolCalls.isEmpty()) {
        finish(std::nullopt);
        return;
    }
    if (m_requests >= m_setup.maxRequests) {
        finish(Error{ErrorCode::Io, tr("The model kept asking for tools without answering."), {}});
        return;
    }
    m_request.messages.append({ChatMessage::Role::Assistant, m_response.text, m_response.toolCalls, {}, {}});
    m_pendingTools = m_response.toolCalls;
    runNextTool();
}

// One tool at a time, in the order the model asked: the results go back in that order.
void AssistantTurn::runNextTool()
{
    if (m_cancelled)
        return;
    if (m_pendingTools.isEmpty()) {
        send();
        return;
    }
    const ToolCall call = m_pendingTools.takeFirst();
    const int index = int(m_toolCalls.size());
    m_toolCalls.append({call.name, call.arguments, -1});
    emit toolCallStarted(index, call.name, call.arguments);
    QPointer<AssistantTurn> guard(this);
    const int generation = m_generation;
    auto done = [guard, generation, index, call](const QString &result) {
        if (!guard || guard->m_generation != generation || guard->m_cancelled)
            return;
        const qsizetype bytes = result.toUtf8().size();
        guard->m_toolCalls[index].resultBytes = bytes;
        guard->m_request.messages.append({ChatMessage::Role::Tool, result, {}, call.id, call.name});
        emit guard->toolCallFinished(index, call.name, call.arguments, bytes);
        guard->runNextTool();
    };
    if (m_setup.runTool)
        m_setup.runTool(call, done);
    else
        done(QStringLiteral(R"({"error":"unknown tool"})"));
}

void AssistantTurn::cancel()
{
    if (m_finished || m_finishing)
        return;
    m_cancelled = true;
    ++m_generation;
    if (LlmCall *call = m_call) {
        m_call = nullptr;
        call->disconnect(this);
        call->cancel();
        call->deleteLater();
    }
    m_error = LlmError::make(LlmError::Kind::Cancelled);
    emitFinished();
}

void AssistantTurn::finish(std::optional<Error> error)
{
    m_finishing = true;
    m_error = std::move(error);
    m_cost = PriceTable::builtIn().cost(model(), m_usage);
    // A cached answer cost nothing; a failed one is recorded only when it used tokens.
    if (m_setup.eventId.isNull() || m_fromCache || (m_error && m_usage.total() == 0)) {
        emitFinished();
        return;
    }
    AssistantUsage::recordLater(
        this, m_setup.ledgerPath, m_setup.eventId, QDate::currentDate(), m_usage, m_cost.value_or(0),
        [this](const AssistantUsage::Totals &totals) {
            m_totals = totals;
            emitFinished();
        },
        AssistantTask::Chat);
}

void AssistantTurn::emitFinished()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

} // namespace EventDesk
