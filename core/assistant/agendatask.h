#pragma once

#include "assistantusage.h"
#include "llm/chatrequest.h"
#include "llm/llmclient.h"
#include "llm/providerprofile.h"
#include "proposalchecker.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace EventDesk
{
// Asks a model for an agenda proposal and checks it. Never blocks: the request goes through the
// asynchronous LlmClient, and the caller gathers the input from the store beforehand (through the
// StorageWorker in the GUI, directly in the CLI).
//
// One round: the request (the event's context, the ids the model may use, the organizer's words) asks for
// structured output; when the answer does not parse or names unknown ids, one repair round sends the
// problems back automatically. revise() starts another round with problems the organizer chose. After
// finished(), either error() is set or proposal() holds the checked proposal.
class AgendaTask : public QObject
{
    Q_OBJECT

public:
    struct Input {
        QString context; // EventContext::text()
        ScheduleData data;
    };

    AgendaTask(LlmClient &client, ProviderProfile profile, QString key, QObject *parent = nullptr);
    ~AgendaTask() override;

    // Where each request's tokens and cost are recorded (none by default).
    void setUsage(const AssistantUsage::Target &target) { m_usage = target; }
    // Whether the requests may be answered from the response cache (AssistantSettings::cacheEnabled).
    void setUseCache(bool on) { m_useCache = on; }

    void start(const Input &input, const QString &request);
    // A proposal kept from earlier (after a restart): the conversation is rebuilt so revise() can continue.
    void restore(const Input &input, const QString &request, const QString &rawJson);
    void revise(const QStringList &problems);
    void cancel();

    bool isRunning() const { return m_call != nullptr; }
    int requestsSent() const { return m_requests; }
    bool fromCache() const { return m_fromCache; } // the last answer came from the response cache
    const std::optional<Error> &error() const { return m_error; }
    const CheckedProposal &proposal() const { return m_proposal; }
    QString rawJson() const { return m_raw; } // the answer's JSON object, compact
    QString requestText() const { return m_requestText; }

    // The request of a first round, deterministic for the same input.
    static ChatRequest buildRequest(const Input &input, const QString &request,
                                    const ProviderProfile &profile);
    // The ids the model may use: the shortest prefix of each (at least 8 characters) unique in its kind.
    static QString idTable(const ScheduleData &data);

signals:
    void finished();

private:
    void send(bool repairAllowed);
    void handle(const QString &answer, const QByteArray &cacheKey, bool repairAllowed);
    void fail(const Error &error);

    LlmClient &m_client;
    ProviderProfile m_profile;
    QString m_key;
    Input m_input;
    QString m_requestText;
    ChatRequest m_chat;
    QPointer<LlmCall> m_call;
    int m_requests = 0;
    std::optional<Error> m_error;
    CheckedProposal m_proposal;
    QString m_raw;
    AssistantUsage::Target m_usage;
    bool m_useCache = true;
    bool m_fromCache = false;
};

} // namespace EventDesk
