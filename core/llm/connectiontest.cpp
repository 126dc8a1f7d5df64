#include "connectiontest.h"

#include "llmclient.h"
#include "llmerror.h"
#include "structuredoutput.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace EventDesk
{

ConnectionTest::ConnectionTest(QObject *parent) : QObject(parent), m_client(new LlmClient(this)) {}

ConnectionTest::~ConnectionTest()
{
    // The client's destructor cancels its calls; their answers must find this object whole and ignore it.
    ++m_generation;
    delete m_client;
}

void ConnectionTest::start(const ProviderProfile &profile, const QString &key)
{
    if (m_running)
        cancel();
    m_result.reset();
    m_running = true;
    const int generation = ++m_generation;
    ChatRequest request;
    request.messages = {
        {ChatMessage::Role::User, u"This is a connection test. Reply with {\"ok\": true}."_s, {}, {}, {}}};
    request.jsonSchema =
        QJsonObject{{u"type"_s, u"object"_s},
                    {u"properties"_s, QJsonObject{{u"ok"_s, QJsonObject{{u"type"_s, u"boolean"_s}}}}},
                    {u"required"_s, QJsonArray{u"ok"_s}}};
    request.schemaName = u"connection_test"_s;
    request.maxTokens = 50;
    request.useCache = false;
    m_timer.start();
    StructuredOutput::request(*m_client, profile, request, key,
                              [this, generation, name = profile.name,
                               model = profile.model](Result<QJsonValue> v, const ChatResponse &last) {
                                  if (generation != m_generation)
                                      return;
                                  if (!v) {
                                      finish(v.error());
                                      return;
                                  }
                                  Outcome o;
                                  o.profile = name;
                                  o.model = last.model.isEmpty() ? model : last.model;
                                  o.ok = v.value().toObject().value(u"ok"_s).toBool();
                                  o.milliseconds = m_timer.elapsed();
                                  o.usage = last.usage;
                                  finish(o);
                              });
}

void ConnectionTest::cancel()
{
    if (!m_running)
        return;
    const QList<LlmCall *> calls = m_client->findChildren<LlmCall *>(Qt::FindDirectChildrenOnly);
    ++m_generation; // the calls' own Cancelled answers are not waited for
    for (LlmCall *call : calls)
        call->cancel();
    finish(LlmError::make(LlmError::Kind::Cancelled));
}

void ConnectionTest::finish(Result<Outcome> result)
{
    m_running = false;
    m_result = std::move(result);
    emit finished();
}

QString ConnectionTest::successSentence(const Outcome &outcome)
{
    return tr("Profile \"%1\" reached model %2 in %3 ms.")
        .arg(outcome.profile, outcome.model)
        .arg(outcome.milliseconds);
}

} // namespace EventDesk
