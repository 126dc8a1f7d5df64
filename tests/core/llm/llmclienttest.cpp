// LlmClient against the fake server: every wire scenario, retries, timeouts, cache, redaction, logs.
#include "llm/llmclient.h"

#include "llm/llmerror.h"
#include "llm/responsecache.h"
#include "llm/responsecacheworker.h"
#include "llm/tokenestimator.h"
#include "support/fakellmserver.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace EventDesk::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Scenario = FakeLlmServer::Scenario;

namespace
{

const QString kKey = u"sk-test-SECRET0123456789"_s;

QMutex g_logMutex;
QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log << QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message;
}

struct Outcome {
    LlmCall *call = nullptr;
    QString streamed;
    int finishedCount = 0;
};

class LlmClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        {
            QMutexLocker lock(&g_logMutex);
            g_log.clear();
        }
        m_previousHandler = qInstallMessageHandler(captureLog);
        QLoggingCategory::setFilterRules(u"eventdesk.llm*=true"_s);
        m_client.retryPolicy().setJitterSource([] { return 0.0; });
        m_client.retryPolicy().initialDelay = 10ms;
        m_client.retryPolicy().maxDelay = 80ms;
        m_client.setTimeouts(2000ms, 2000ms);
    }
    void TearDown() override
    {
        qInstallMessageHandler(m_previousHandler);
        QLoggingCategory::setFilterRules(QString());
        QMutexLocker lock(&g_logMutex);
        for (const QString &line : std::as_const(g_log)) {
            EXPECT_FALSE(line.contains(u"SECRET0123456789"_s)) << "key in log: " << line.toStdString();
            EXPECT_FALSE(line.contains(u"Bearer sk-"_s)) << line.toStdString();
        }
    }

    ProviderProfile profile(ProviderKind kind = ProviderKind::OpenAiCompatible)
    {
        ProviderProfile p;
        p.name = u"test"_s;
        p.provider = kind;
        p.baseUrl =
            m_server.baseUrl().toString() + (kind == ProviderKind::OpenAiCompatible ? u"/v1"_s : QString());
        p.model = u"fake-model"_s;
        p.temperature = 0.7;
        return p;
    }
    ChatRequest request(const QString &question = u"When is the keynote?"_s)
    {
        ChatRequest r;
        r.messages = {{ChatMessage::Role::System, u"You help organisers."_s, {}, {}, {}},
                      {ChatMessage::Role::User, question, {}, {}, {}}};
        return r;
    }
    std::unique_ptr<Outcome> start(const ProviderProfile &p, const ChatRequest &r)
    {
        auto o = std::make_unique<Outcome>();
        o->call = m_client.send(p, r, kKey);
        Outcome *raw = o.get();
        QObject::connect(o->call, &LlmCall::textDelta, o->call,
                         [raw](const QString &t) { raw->streamed += t; });
        QObject::connect(o->call, &LlmCall::finished, o->call, [raw] { ++raw->finishedCount; });
        return o;
    }
    std::unique_ptr<Outcome> run(const ProviderProfile &p, const ChatRequest &r, int timeoutMs = 10000)
    {
        auto o = start(p, r);
        // QSignalSpy::wait runs a real event loop; qWaitFor would sleep 10 ms between event batches.
        QSignalSpy finished(o->call, &LlmCall::finished);
        EXPECT_TRUE(o->finishedCount > 0 || finished.wait(timeoutMs)) << "call did not finish";
        return o;
    }
    void expectAnswer(const Outcome &o, const QString &text)
    {
        ASSERT_FALSE(o.call->error()) << o.call->error()->detail.toStdString();
        EXPECT_EQ(o.call->response().text, text);
        EXPECT_EQ(o.streamed, text);
        EXPECT_FALSE(o.call->response().incomplete);
        EXPECT_EQ(o.finishedCount, 1);
    }
    static LlmError::Kind kind(const Outcome &o) { return LlmError::kindOf(*o.call->error()); }

    FakeLlmServer m_server;
    LlmClient m_client;
    QtMessageHandler m_previousHandler = nullptr;
};

} // namespace

TEST_F(LlmClientTest, OpenAiStreamAssemblesTextAndUsage)
{
    auto o = run(profile(), request());
    expectAnswer(*o, m_server.answerText());
    const TokenUsage u = o->call->response().usage;
    EXPECT_TRUE(u.known);
    EXPECT_EQ(u.inputTokens, 11);
    EXPECT_GT(u.outputTokens, 5);
    EXPECT_EQ(o->call->attempts(), 1);
    ASSERT_EQ(m_server.requestCount(), 1);
    const auto &req = m_server.requests()[0];
    EXPECT_EQ(req.path, "/v1/chat/completions");
    EXPECT_EQ(req.headers.value("authorization"), "Bearer " + kKey.toUtf8());
    EXPECT_TRUE(req.json()[u"stream_options"_s][u"include_usage"_s].toBool());
}

TEST_F(LlmClientTest, AnthropicStreamAssemblesTextAndUsage)
{
    auto o = run(profile(ProviderKind::Anthropic), request());
    expectAnswer(*o, m_server.answerText());
    EXPECT_EQ(o->call->response().usage.inputTokens, 11);
    EXPECT_GT(o->call->response().usage.outputTokens, 5);
    ASSERT_EQ(m_server.requestCount(), 1);
    EXPECT_EQ(m_server.requests()[0].path, "/v1/messages");
    EXPECT_EQ(m_server.requests()[0].headers.value("x-api-key"), kKey.toUtf8());
}

TEST_F(LlmClientTest, NonStreamingJson)
{
    ChatRequest r = request();
    r.stream = false;
    auto o = run(profile(), r);
    expectAnswer(*o, m_server.answerText());
    EXPECT_EQ(o->call->response().usage.inputTokens, 11);
}

TEST_F(LlmClientTest, OneBytePerWrite)
{
    for (ProviderKind k : {ProviderKind::OpenAiCompatible, ProviderKind::Anthropic}) {
        m_server.enqueue(Scenario::OneBytePerWrite);
        auto o = run(profile(k), request(), 30000);
        expectAnswer(*o, m_server.answerText());
    }
}

TEST_F(LlmClientTest, CrlfLineEnds)
{
    m_server.setDefault(Scenario::Crlf);
    expectAnswer(*run(profile(), request()), m_server.answerText());
    expectAnswer(*run(profile(ProviderKind::Anthropic), request(u"other"_s)), m_server.answerText());
}

TEST_F(LlmClientTest, CommentsEventAndIdFields)
{
    m_server.setDefault(Scenario::Comments);
    expectAnswer(*run(profile(), request()), m_server.answerText());
}

TEST_F(LlmClientTest, SlowStreamDeliversIncrementally)
{
    m_server.enqueue(Scenario::Slow);
    auto o = start(profile(), request());
    QSignalSpy deltas(o->call, &LlmCall::textDelta);
    ASSERT_TRUE(QTest::qWaitFor([&] { return o->finishedCount > 0; }, 10000));
    EXPECT_GT(deltas.count(), 5);
    expectAnswer(*o, m_server.answerText());
}

TEST_F(LlmClientTest, StalledStreamTimesOutKeepingPartialText)
{
    m_client.setTimeouts(2000ms, 300ms);
    m_server.enqueue(Scenario::Stalled);
    auto o = run(profile(), request());
    ASSERT_TRUE(o->call->error());
    EXPECT_EQ(kind(*o), LlmError::Kind::Incomplete);
    EXPECT_TRUE(o->call->response().incomplete);
    EXPECT_FALSE(o->call->response().text.isEmpty());
    EXPECT_TRUE(m_server.answerText().startsWith(o->call->response().text));
    EXPECT_EQ(o->streamed, o->call->response().text);
    EXPECT_EQ(o->call->attempts(), 1); // never retried after text was shown
}

TEST_F(LlmClientTest, ConnectTimeoutIsRetriedThenReported)
{
    QTcpServer silent; // accepts, never answers
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    m_client.setTimeouts(200ms, 2000ms);
    ProviderProfile p = profile();
    p.baseUrl = u"http://127.0.0.1:%1"_s.arg(silent.serverPort());
    auto o = run(p, request());
    ASSERT_TRUE(o->call->error());
    EXPECT_EQ(kind(*o), LlmError::Kind::Timeout);
    EXPECT_EQ(o->call->attempts(), 3);
    EXPECT_EQ(o->call->retryDelays(), (QList<std::chrono::milliseconds>{10ms, 20ms}));
}

TEST_F(LlmClientTest, ConnectionRefusedIsANetworkError)
{
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    ProviderProfile p = profile();
    p.baseUrl = u"http://127.0.0.1:%1"_s.arg(port);
    auto o = run(p, request());
    ASSERT_TRUE(o->call->error());
    EXPECT_EQ(kind(*o), LlmError::Kind::Network);
    EXPECT_EQ(o->call->attempts(), 3);
}

TEST_F(LlmClientTest, CutShortStreamIsIncomplete)
{
    for (ProviderKind k : {ProviderKind::OpenAiCompatible, ProviderKind::Anthropic}) {
        m_server.enqueue(Scenario::CutShort);
        auto o = run(profile(k), request());
        ASSERT_TRUE(o->call->error());
        EXPECT_EQ(kind(*o), LlmError::Kind::Incomplete);
        EXPECT_TRUE(o->call->response().incomplete);
        EXPECT_FALSE(o->call->response().text.isEmpty());
        EXPECT_NE(o->call->response().text, m_server.answerText());
        EXPECT_TRUE(m_server.answerText().startsWith(o->call->response().text));
        EXPECT_EQ(o->call->attempts(), 1);
    }
    EXPECT_EQ(m_server.requestCount(), 2);
}

TEST_F(LlmClientTest, ErrorMidStreamKeepsPartialTextAndDoesNotRetry)
{
    for (ProviderKind k : {ProviderKind::OpenAiCompatible, ProviderKind::Anthropic}) {
        m_server.enqueue(Scenario::ErrorMidStream);
        auto o = run(profile(k), request());
        ASSERT_TRUE(o->call->error());
        EXPECT_EQ(kind(*o), LlmError::Kind::Incomplete);
        EXPECT_TRUE(o->call->response().incomplete);
        EXPECT_TRUE(m_server.answerText().startsWith(o->call->response().text));
        EXPECT_FALSE(o->call->response().text.isEmpty());
        EXPECT_EQ(o->call->attempts(), 1);
    }
    EXPECT_EQ(m_server.requestCount(), 2);
}

TEST_F(LlmClientTest, RateLimitHonoursRetryAfterMs)
{
    m_server.setRetryAfter("1", "40");
    m_server.enqueue(Scenario::RateLimited);
    auto o = run(profile(), request());
    expectAnswer(*o, m_server.answerText());
    EXPECT_EQ(o->call->attempts(), 2);
    EXPECT_EQ(o->call->retryDelays(), (QList<std::chrono::milliseconds>{40ms}));
    EXPECT_EQ(m_server.requestCount(), 2);
}

TEST_F(LlmClientTest, RateLimitHonoursRetryAfterSeconds)
{
    m_server.setRetryAfter("1");
    m_server.enqueue(Scenario::RateLimited);
    auto o = run(profile(), request());
    expectAnswer(*o, m_server.answerText());
    EXPECT_EQ(o->call->retryDelays(), (QList<std::chrono::milliseconds>{1000ms}));
}

TEST_F(LlmClientTest, ServerErrorThenSuccess)
{
    m_server.enqueue(Scenario::ServerError);
    m_server.enqueue(Scenario::ServerError);
    auto o = run(profile(), request());
    expectAnswer(*o, m_server.answerText());
    EXPECT_EQ(o->call->attempts(), 3);
    EXPECT_EQ(o->call->retryDelays(), (QList<std::chrono::milliseconds>{10ms, 20ms}));
    EXPECT_EQ(m_server.requestCount(), 3);
}

TEST_F(LlmClientTest, ServerErrorGivesUpAfterTwoRetries)
{
    m_server.setDefault(Scenario::ServerError);
    auto o = run(profile(), request());
    ASSERT_TRUE(o->call->error());
    EXPECT_EQ(kind(*o), LlmError::Kind::Server);
    EXPECT_FALSE(o->call->error()->message.contains(u'{'));
    EXPECT_EQ(m_server.requestCount(), 3);
}

TEST_F(LlmClientTest, InvalidJsonIsReportedWithoutRetry)
{
    ChatRequest r = request();
    r.stream = false;
    m_server.enqueue(Scenario::InvalidJson);
    auto o = run(profile(), r);
    ASSERT_TRUE(o->call->error());
    EXPECT_EQ(kind(*o), LlmError::Kind::InvalidResponse);
    EXPECT_EQ(m_server.requestCount(), 1);
}

TEST_F(LlmClientTest, UnauthorizedIsABadKeySentence)
{
    m_server.enqueue(Scenario::Unauthorized);
    auto o = run(profile(), request());
    ASSERT_TRUE(o->call->error());
    EXPECT_EQ(kind(*o), LlmError::Kind::BadKey);
    EXPECT_EQ(o->call->error()->message.toStdString(),
              "The language-model service rejected the API key; check the key for this profile.");
    EXPECT_EQ(m_server.requestCount(), 1);
    QMutexLocker lock(&g_logMutex);
    EXPECT_TRUE(g_log.join(u'\n').contains(u"HTTP 401"_s)) << "raw details should reach eventdesk.llm";
}

TEST_F(LlmClientTest, ReasoningFlagDropsUnsupportedParameters)
{
    m_server.setDefault(Scenario::ReasoningModel);
    ProviderProfile p = profile();
    p.reasoning = true;
    auto o = run(p, request());
    expectAnswer(*o, m_server.answerText());
    ASSERT_EQ(m_server.requestCount(), 1);
    EXPECT_FALSE(m_server.requests()[0].json().contains(u"temperature"_s));
    EXPECT_TRUE(m_server.requests()[0].json().contains(u"max_completion_tokens"_s));
}

TEST_F(LlmClientTest, ReasoningModelsFourHundredIsAdaptedOnce)
{
    m_server.setDefault(Scenario::ReasoningModel);
    auto o = run(profile(), request());
    expectAnswer(*o, m_server.answerText());
    EXPECT_TRUE(o->call->adaptedForReasoning());
    EXPECT_EQ(m_server.requestCount(), 2);
}

TEST_F(LlmClientTest, TwoMegabyteAnswer)
{
    // The fake server needs a while to build 2 MB of JSON on a loaded machine (or under the sanitizers):
    // a generous inactivity timeout, so a timeout and retry (which would get the default answer) cannot hide.
    m_client.setTimeouts(20000ms, 20000ms);
    m_server.enqueue(Scenario::Huge);
    auto o = run(profile(), request(), 60000);
    ASSERT_FALSE(o->call->error()) << o->call->error()->detail.toStdString();
    EXPECT_EQ(m_server.requestCount(), 1);
    EXPECT_GE(o->call->response().text.size(), 2 * 1024 * 1024);
    EXPECT_EQ(o->streamed.size(), o->call->response().text.size());
    EXPECT_TRUE(o->call->response().text.startsWith(u"All work and no play"_s));
}

TEST_F(LlmClientTest, HugeWholeAnswerIsCappedWithOneSentence)
{
    // A server that does not stream and sends a gigabyte: the call stops reading at the cap.
    m_client.setTimeouts(20000ms, 20000ms); // a slow machine must not turn the cap into a timeout and retry
    for (bool stream : {false, true}) {     // a streamed request answered with plain JSON is read whole too
        ChatRequest r = request();
        r.stream = stream;
        m_server.enqueue(Scenario::EndlessJson);
        auto o = run(profile(), r, 30000);
        ASSERT_TRUE(o->call->error()) << "a 1 GB answer was accepted";
        EXPECT_EQ(kind(*o), LlmError::Kind::InvalidResponse);
        EXPECT_EQ(o->call->error()->message.toStdString(),
                  "The language-model service sent an answer larger than 8 MB, which was not read.");
        EXPECT_EQ(o->call->attempts(), 1);
    }
}

TEST_F(LlmClientTest, HugeErrorAnswerIsCappedAndReportedByItsStatus)
{
    // Generous timeouts: on a loaded machine (or under the sanitizers) the fake server is slow to take the
    // next request while it still writes the previous answer, and a timeout must not stand in for the cap.
    m_client.setTimeouts(20000ms, 20000ms);
    m_server.setDefault(Scenario::EndlessError);
    auto o = run(profile(), request(), 60000); // reading 3 GB instead would not finish in time
    ASSERT_TRUE(o->call->error());
    EXPECT_EQ(kind(*o), LlmError::Kind::Server);
    EXPECT_EQ(m_server.requestCount(), 3); // a server error is retried, each answer read only in part
}

TEST_F(LlmClientTest, GzipStreamAndJson)
{
    m_server.enqueue(Scenario::Gzip);
    expectAnswer(*run(profile(), request()), m_server.answerText());
    ChatRequest r = request(u"json please"_s);
    r.stream = false;
    m_server.enqueue(Scenario::Gzip);
    expectAnswer(*run(profile(), r), m_server.answerText());
}

TEST_F(LlmClientTest, OpenAiToolCallsOverTwoTurns)
{
    m_server.setDefault(Scenario::ToolCall);
    ChatRequest r = request();
    r.tools = {{u"search_sessions"_s, u"Find sessions"_s, QJsonObject{{u"type"_s, u"object"_s}}},
               {u"get_weather"_s, u"Weather"_s, QJsonObject{{u"type"_s, u"object"_s}}}};
    auto first = run(profile(), r);
    ASSERT_FALSE(first->call->error());
    const QList<ToolCall> calls = first->call->response().toolCalls;
    ASSERT_EQ(calls.size(), 2);
    EXPECT_EQ(calls[0].id, u"call_a"_s);
    EXPECT_EQ(calls[0].name, u"search_sessions"_s);
    EXPECT_EQ(calls[0].arguments, u"{\"query\":\"keynote\"}"_s);
    EXPECT_EQ(calls[1].name, u"get_weather"_s);
    EXPECT_EQ(calls[1].arguments, u"{\"city\":\"Berlin\"}"_s);
    EXPECT_EQ(first->call->response().finishReason, u"tool_calls"_s);

    r.messages.append({ChatMessage::Role::Assistant, QString(), calls, {}, {}});
    r.messages.append({ChatMessage::Role::Tool,
                       u"{\"sessions\":[\"Opening keynote\"]}"_s,
                       {},
                       u"call_a"_s,
                       u"search_sessions"_s});
    r.messages.append({ChatMessage::Role::Tool, u"{\"temp\":21}"_s, {}, u"call_b"_s, u"get_weather"_s});
    auto second = run(profile(), r);
    expectAnswer(*second, m_server.answerText());
    ASSERT_EQ(m_server.requestCount(), 2);
    const QJsonArray sent = m_server.requests()[1].json()[u"messages"_s].toArray();
    ASSERT_EQ(sent.size(), 5);
    EXPECT_EQ(sent[2][u"tool_calls"_s].toArray().size(), 2);
    EXPECT_EQ(sent[3][u"tool_call_id"_s].toString(), u"call_a"_s);
    EXPECT_EQ(sent[4][u"content"_s].toString(), u"{\"temp\":21}"_s);
    EXPECT_EQ(m_server.requests()[0].json()[u"tools"_s].toArray().size(), 2);
}

TEST_F(LlmClientTest, AnthropicToolUseOverTwoTurns)
{
    m_server.setDefault(Scenario::ToolCall);
    ChatRequest r = request();
    r.tools = {{u"search_sessions"_s, u"Find sessions"_s, QJsonObject{{u"type"_s, u"object"_s}}}};
    auto first = run(profile(ProviderKind::Anthropic), r);
    ASSERT_FALSE(first->call->error());
    EXPECT_EQ(first->call->response().text, u"Let me look that up."_s);
    const QList<ToolCall> calls = first->call->response().toolCalls;
    ASSERT_EQ(calls.size(), 1);
    EXPECT_EQ(calls[0].id, u"toolu_01"_s);
    EXPECT_EQ(calls[0].arguments, u"{\"query\": \"keynote\"}"_s);
    r.messages.append({ChatMessage::Role::Assistant, first->call->response().text, calls, {}, {}});
    r.messages.append({ChatMessage::Role::Tool, u"{\"found\":1}"_s, {}, u"toolu_01"_s, u"search_sessions"_s});
    auto second = run(profile(ProviderKind::Anthropic), r);
    expectAnswer(*second, m_server.answerText());
    const QJsonArray sent = m_server.requests()[1].json()[u"messages"_s].toArray();
    ASSERT_EQ(sent.size(), 3);
    EXPECT_EQ(sent[1][u"content"_s][1][u"input"_s][u"query"_s].toString(), u"keynote"_s);
    EXPECT_EQ(sent[2][u"content"_s][0][u"tool_use_id"_s].toString(), u"toolu_01"_s);
}

TEST_F(LlmClientTest, DeterministicRequestsAreCached)
{
    QTemporaryDir dir;
    ResponseCache cache(dir.filePath(u"cache.sqlite"_s));
    m_client.setCache(&cache);
    ProviderProfile p = profile();
    p.temperature = 0.0;
    auto first = run(p, request());
    expectAnswer(*first, m_server.answerText());
    EXPECT_FALSE(first->call->response().fromCache);
    auto second = run(p, request());
    expectAnswer(*second, m_server.answerText());
    EXPECT_TRUE(second->call->response().fromCache);
    EXPECT_EQ(second->call->attempts(), 0);
    EXPECT_EQ(m_server.requestCount(), 1); // no second request reached the server

    ChatRequest noCache = request();
    noCache.useCache = false;
    run(p, noCache);
    EXPECT_EQ(m_server.requestCount(), 2);
    p.temperature = 0.7; // not deterministic: never cached
    run(p, request());
    run(p, request());
    EXPECT_EQ(m_server.requestCount(), 4);
}

TEST_F(LlmClientTest, TheCacheWorkerAnswersFromItsOwnThread)
{
    QTemporaryDir dir;
    ResponseCacheWorker worker(dir.filePath(u"cache.sqlite"_s));
    m_client.setCacheWorker(&worker);
    ProviderProfile p = profile();
    p.temperature = 0.0;
    auto first = run(p, request());
    expectAnswer(*first, m_server.answerText());
    EXPECT_FALSE(first->call->response().fromCache);
    EXPECT_EQ(worker.entryCount(), 1); // stored on the cache's thread
    auto second = run(p, request());
    expectAnswer(*second, m_server.answerText());
    EXPECT_TRUE(second->call->response().fromCache);
    EXPECT_EQ(second->call->response().usage.total(), 0); // a cached answer costs nothing
    EXPECT_EQ(m_server.requestCount(), 1);

    ChatRequest noCache = request();
    noCache.useCache = false;
    run(p, noCache);
    EXPECT_EQ(m_server.requestCount(), 2);
    m_client.setCacheWorker(nullptr);
}

TEST_F(LlmClientTest, IdenticalRequestsInFlightAreMerged)
{
    ProviderProfile p = profile();
    p.temperature = 0.0;
    m_server.setDefault(Scenario::Slow);
    auto a = start(p, request());
    auto b = start(p, request());
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->finishedCount && b->finishedCount; }, 10000));
    expectAnswer(*a, m_server.answerText());
    expectAnswer(*b, m_server.answerText());
    EXPECT_TRUE(b->call->mergedInFlight());
    EXPECT_EQ(m_server.requestCount(), 1);
}

TEST_F(LlmClientTest, RedactionKeepsEmailsAndPhonesOnTheMachine)
{
    m_server.setAnswerText(u"Write to [EMAIL_1] or call [PHONE_1]."_s);
    m_server.setTokenSize(3); // placeholders arrive split across deltas
    auto o = run(profile(), request(u"Who is anna.berg@example.org (+49 30 1234567)?"_s));
    expectAnswer(*o, u"Write to anna.berg@example.org or call +49 30 1234567."_s);
    ASSERT_EQ(m_server.requestCount(), 1);
    const QByteArray body = m_server.requests()[0].body;
    EXPECT_FALSE(body.contains('@')) << body.constData();
    EXPECT_FALSE(body.contains("1234567"));
    EXPECT_TRUE(body.contains("[EMAIL_1]"));
}

TEST_F(LlmClientTest, NamesAreRedactedWhenEnabled)
{
    m_server.setAnswerText(u"[NAME_1] gives the keynote."_s);
    ChatRequest r = request(u"What does Anna Berg present?"_s);
    r.redactNames = {u"Anna Berg"_s};
    auto o = run(profile(), r);
    expectAnswer(*o, u"Anna Berg gives the keynote."_s);
    EXPECT_FALSE(m_server.requests()[0].body.contains("Anna"));
}

TEST_F(LlmClientTest, CancelAtAnyMoment)
{
    m_server.setDefault(Scenario::Slow);
    auto o = start(profile(), request());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !o->streamed.isEmpty(); }, 5000));
    o->call->cancel();
    EXPECT_EQ(o->finishedCount, 1);
    EXPECT_EQ(kind(*o), LlmError::Kind::Cancelled);
    EXPECT_TRUE(o->call->response().incomplete);
    // Events after a cancel must not finish the call again: wait until the server has seen the connection
    // close, then let every queued event run.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_server.openConnections() == 0; }, 5000));
    QCoreApplication::processEvents();
    EXPECT_EQ(o->finishedCount, 1);

    auto before = start(profile(), request(u"cancel before sending"_s));
    before->call->cancel();
    EXPECT_EQ(before->finishedCount, 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_server.openConnections() == 0; }, 5000));
    EXPECT_EQ(m_server.requestCount(), 1);
}

TEST_F(LlmClientTest, LocalServerGetsNoKeyHeader)
{
    LlmCall *call = m_client.send(profile(), request(), QString());
    QSignalSpy finished(call, &LlmCall::finished);
    ASSERT_TRUE(finished.wait(5000));
    ASSERT_EQ(m_server.requestCount(), 1);
    EXPECT_FALSE(m_server.requests()[0].headers.contains("authorization"));
}

// Proxies: the fake server also answers requests in absolute form, as an HTTP proxy does.
namespace
{
// Sets proxy environment variables for one test and puts the old values back.
class ProxyEnvironment
{
public:
    ProxyEnvironment()
    {
        for (const char *name : kNames) {
            m_saved.append({name, qgetenv(name), qEnvironmentVariableIsSet(name)});
            qunsetenv(name);
        }
    }
    ~ProxyEnvironment()
    {
        for (const auto &[name, value, wasSet] : m_saved) {
            if (wasSet)
                qputenv(name, value);
            else
                qunsetenv(name);
        }
    }
    void setHttpProxy(const QUrl &proxy) { qputenv("http_proxy", proxy.toString().toUtf8()); }

private:
    static constexpr const char *kNames[] = {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                                             "all_proxy",  "ALL_PROXY",   "no_proxy",   "NO_PROXY"};
    struct Saved {
        const char *name;
        QByteArray value;
        bool wasSet;
    };
    QList<Saved> m_saved;
};

QString proxyAddress(const FakeLlmServer &proxy)
{
    return u"127.0.0.1:%1"_s.arg(proxy.baseUrl().port());
}
} // namespace

TEST_F(LlmClientTest, ExplicitProxyCarriesTheRequest)
{
    ProxyEnvironment env;
    FakeLlmServer proxy;
    ProviderProfile p = profile();
    p.baseUrl = u"http://llm.invalid/v1"_s; // only the proxy can reach it
    p.proxy = proxy.baseUrl().toString();
    auto o = run(p, request());
    expectAnswer(*o, proxy.answerText());
    ASSERT_EQ(proxy.requestCount(), 1);
    EXPECT_EQ(proxy.requests()[0].path, "http://llm.invalid/v1/chat/completions");
    EXPECT_EQ(proxy.requests()[0].headers.value("host"), "llm.invalid");
    EXPECT_EQ(m_server.requestCount(), 0);
}

TEST_F(LlmClientTest, SystemProxyFromHttpProxyEnvironment)
{
    ProxyEnvironment env;
    FakeLlmServer proxy;
    env.setHttpProxy(proxy.baseUrl());
    ProviderProfile p = profile();
    p.baseUrl = u"http://llm.invalid/v1"_s;
    ASSERT_TRUE(p.proxy.isEmpty()); // the system's proxy
    auto o = run(p, request());
    expectAnswer(*o, proxy.answerText());
    ASSERT_EQ(proxy.requestCount(), 1);
    EXPECT_EQ(proxy.requests()[0].path, "http://llm.invalid/v1/chat/completions");
}

TEST_F(LlmClientTest, NoneBypassesTheSystemProxy)
{
    ProxyEnvironment env;
    FakeLlmServer proxy;
    env.setHttpProxy(proxy.baseUrl());
    ProviderProfile p = profile();
    p.proxy = u"none"_s;
    p.baseUrl = u"http://llm.invalid/v1"_s; // without the proxy this host cannot be found
    auto o = run(p, request());
    ASSERT_TRUE(o->call->error());
    EXPECT_EQ(kind(*o), LlmError::Kind::Network);
    EXPECT_EQ(proxy.requestCount(), 0);
    EXPECT_EQ(proxy.connectionCount(), 0);

    p.baseUrl = m_server.baseUrl().toString() + u"/v1"_s;
    o = run(p, request());
    expectAnswer(*o, m_server.answerText());
    EXPECT_EQ(m_server.requestCount(), 1);
    EXPECT_EQ(proxy.connectionCount(), 0);
}

TEST_F(LlmClientTest, ServerOnThisMachineSkipsTheSystemProxy)
{
    ProxyEnvironment env;
    FakeLlmServer proxy;
    env.setHttpProxy(proxy.baseUrl());
    auto o = run(profile(), request()); // http://127.0.0.1:PORT/v1, proxy setting empty
    expectAnswer(*o, m_server.answerText());
    EXPECT_EQ(m_server.requestCount(), 1);
    EXPECT_EQ(proxy.connectionCount(), 0);
}

TEST_F(LlmClientTest, UnreachableProxyIsOneSentenceNamingIt)
{
    ProxyEnvironment env;
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    ProviderProfile p = profile();
    p.baseUrl = u"http://llm.invalid/v1"_s;
    p.proxy = u"http://127.0.0.1:%1"_s.arg(port);
    auto o = run(p, request());
    ASSERT_TRUE(o->call->error());
    EXPECT_EQ(kind(*o), LlmError::Kind::Proxy) << o->call->error()->detail.toStdString();
    EXPECT_EQ(
        o->call->error()->message,
        u"The proxy 127.0.0.1:%1 could not be reached; check the proxy setting of this profile."_s.arg(port));
    EXPECT_EQ(o->call->attempts(), 3); // like any connection that failed, retried
}

TEST_F(LlmClientTest, ProxyAskingForALoginIsOneSentenceNamingIt)
{
    ProxyEnvironment env;
    FakeLlmServer proxy;
    proxy.setDefault(Scenario::ProxyAuthRequired);
    env.setHttpProxy(proxy.baseUrl()); // the system's proxy this time
    ProviderProfile p = profile();
    p.baseUrl = u"http://llm.invalid/v1"_s;
    auto o = run(p, request());
    ASSERT_TRUE(o->call->error());
    EXPECT_EQ(kind(*o), LlmError::Kind::ProxyAuth);
    EXPECT_EQ(o->call->error()->message,
              u"The proxy %1 refused the request because it requires a login."_s.arg(proxyAddress(proxy)));
    EXPECT_EQ(o->call->attempts(), 1); // the same login would be refused again
    EXPECT_EQ(proxy.requestCount(), 1);
    EXPECT_FALSE(o->call->error()->message.contains(u"html"_s));
}

// TLS: the fake server over HTTPS with a self-signed certificate for 127.0.0.1.
TEST_F(LlmClientTest, UntrustedCertificateIsATlsErrorNamingTheHostAndNotRetried)
{
    FakeLlmServer tls(FakeLlmServer::testTlsConfiguration());
    ProviderProfile p = profile();
    p.baseUrl = tls.baseUrl().toString() + u"/v1"_s;
    ASSERT_TRUE(p.baseUrl.startsWith(u"https://127.0.0.1:"_s));
    auto o = run(p, request());
    ASSERT_TRUE(o->call->error());
    EXPECT_EQ(kind(*o), LlmError::Kind::Tls);
    const QString message = o->call->error()->message;
    EXPECT_EQ(message,
              u"The certificate of 127.0.0.1 is not trusted, so no secure connection was made; behind "
              "a company proxy that inspects TLS, add its CA certificate to this profile."_s);
    EXPECT_FALSE(message.contains(u'{'));
    EXPECT_FALSE(message.contains(u"SECRET"_s));
    EXPECT_EQ(o->call->attempts(), 1);
    EXPECT_TRUE(o->call->retryDelays().isEmpty());
    EXPECT_EQ(tls.connectionCount(), 1); // one handshake, refused
    EXPECT_EQ(tls.requestCount(), 0);    // nothing, the key least of all, was sent
    EXPECT_TRUE(o->streamed.isEmpty());
}

TEST_F(LlmClientTest, ExtraCaCertificateMakesTheServerTrusted)
{
    FakeLlmServer tls(FakeLlmServer::testTlsConfiguration());
    ProviderProfile p = profile();
    p.baseUrl = tls.baseUrl().toString() + u"/v1"_s;
    p.caCertificates = FakeLlmServer::testCertificatePath();
    auto o = run(p, request());
    expectAnswer(*o, tls.answerText());
    ASSERT_EQ(tls.requestCount(), 1);
    EXPECT_EQ(tls.requests()[0].path, "/v1/chat/completions");
    EXPECT_EQ(tls.requests()[0].headers.value("authorization"), "Bearer " + kKey.toUtf8());

    // The extra CA belongs to that profile only: without it the same server is not trusted.
    p.caCertificates.clear();
    o = run(p, request());
    ASSERT_TRUE(o->call->error());
    EXPECT_EQ(kind(*o), LlmError::Kind::Tls);
}

TEST_F(LlmClientTest, UnreadableCaFileIsReportedBeforeConnecting)
{
    FakeLlmServer tls(FakeLlmServer::testTlsConfiguration());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"corp-ca.pem"_s);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("this is not a certificate\n");
    }
    ProviderProfile p = profile();
    p.baseUrl = tls.baseUrl().toString() + u"/v1"_s;
    p.caCertificates = path;
    auto o = run(p, request());
    ASSERT_TRUE(o->call->error());
    EXPECT_EQ(kind(*o), LlmError::Kind::Tls);
    EXPECT_EQ(o->call->error()->message,
              u"The CA certificate file %1 could not be read or holds no certificate."_s.arg(path));
    EXPECT_EQ(tls.connectionCount(), 0);
}

TEST_F(LlmClientTest, RequestOverTheContextWindowIsRefusedAndNothingIsSent)
{
    ProviderProfile p = profile();
    p.name = u"local"_s;
    ASSERT_EQ(p.effectiveContextWindow(), 8192) << "the fake server is on this machine";
    const ChatRequest big = request(QString(40000, u'x')); // about 10,000 tokens of question
    auto o = run(p, big);
    ASSERT_TRUE(o->call->error());
    EXPECT_EQ(kind(*o), LlmError::Kind::ContextTooLong);
    const QString message = o->call->error()->message;
    const int estimated = TokenEstimator::estimate(big) + p.maxTokens;
    EXPECT_TRUE(message.contains(QLocale().toString(estimated))) << message.toStdString();
    EXPECT_TRUE(message.contains(QLocale().toString(8192))) << message.toStdString();
    EXPECT_TRUE(message.contains(u"\"local\""_s)) << message.toStdString();
    EXPECT_EQ(o->finishedCount, 1);
    EXPECT_EQ(o->call->attempts(), 0);
    QCoreApplication::processEvents();
    EXPECT_EQ(m_server.requestCount(), 0) << "nothing may be sent";

    // The same request fits once the profile's window is raised; the server is asked for that size.
    p.contextWindow = 16384;
    expectAnswer(*run(p, big), m_server.answerText());
    ASSERT_EQ(m_server.requestCount(), 1);
    EXPECT_EQ(m_server.requests()[0].json()[u"options"_s][u"num_ctx"_s].toInt(), 16384);
}

TEST_F(LlmClientTest, TheLongestAnswerCountsAgainstTheWindow)
{
    ProviderProfile p = profile();
    p.contextWindow = 4000;
    ChatRequest r = request(QString(12000, u'y')); // about 3,000 tokens: fits alone
    r.maxTokens = 1500;                            // but not with a 1,500-token answer
    auto o = run(p, r);
    ASSERT_TRUE(o->call->error());
    EXPECT_EQ(kind(*o), LlmError::Kind::ContextTooLong);
    r.maxTokens = 500;
    expectAnswer(*run(p, r), m_server.answerText());
    EXPECT_EQ(m_server.requestCount(), 1);
}
