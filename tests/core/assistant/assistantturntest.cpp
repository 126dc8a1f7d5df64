// The chat turn engine against the fake language-model server: streaming, the tool loop, Stop, usage.
#include "assistant/assistantturn.h"

#include "assistant/eventcontext.h"
#include "llm/llmclient.h"
#include "llm/llmerror.h"
#include "storage/sampleconference.h"
#include "support/fakellmserver.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;
using EventDesk::Test::FakeLlmServer;
using Scenario = FakeLlmServer::Scenario;

namespace
{

class AssistantTurnTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_ws.path()));
        auto id = SampleConference::create(m_store);
        ASSERT_TRUE(id);
        m_eventId = id.value();
    }
    AssistantTurn::Setup setup(const QString &message = u"Where is the keynote?"_s)
    {
        AssistantTurn::Setup s;
        s.profile.name = u"test"_s;
        s.profile.baseUrl = m_server.baseUrl().toString() + u"/v1"_s;
        s.profile.model = u"gpt-4o-mini"_s;
        s.key = u"sk-test"_s;
        s.systemPrompt = AssistantTurn::systemPrompt(EventContext(m_store, m_eventId).text().value());
        s.message = message;
        s.tools = EventContext::tools();
        s.runTool = [this](const ToolCall &call, const std::function<void(const QString &)> &done) {
            done(EventContext(m_store, m_eventId).runTool(call.name, call.arguments));
        };
        s.useCache = false;
        s.eventId = m_eventId;
        s.ledgerPath = m_ws.filePath(u"usage.sqlite"_s);
        return s;
    }
    static bool waitFinished(AssistantTurn &turn)
    {
        QSignalSpy finished(&turn, &AssistantTurn::finished);
        return turn.isFinished() || finished.wait(10000);
    }

    EventDesk::Test::TempWorkspace m_ws;
    EventStore m_store;
    QUuid m_eventId;
    FakeLlmServer m_server;
    LlmClient m_client;
};

} // namespace

TEST_F(AssistantTurnTest, StreamsTheAnswerInDeltas)
{
    m_server.setAnswerText(u"The keynote is in **Main Hall** at 09:30."_s);
    AssistantTurn turn(&m_client, setup());
    QStringList deltas;
    QObject::connect(&turn, &AssistantTurn::textDelta, [&](const QString &d) { deltas << d; });
    QSignalSpy finished(&turn, &AssistantTurn::finished);
    turn.start();
    ASSERT_TRUE(waitFinished(turn));
    ASSERT_FALSE(turn.error()) << turn.error()->message.toStdString();
    EXPECT_GT(deltas.size(), 3) << "the answer arrives in pieces";
    EXPECT_EQ(deltas.join(QString()), m_server.answerText());
    EXPECT_EQ(turn.answer(), m_server.answerText());
    EXPECT_EQ(turn.streamedText(), m_server.answerText());
    EXPECT_EQ(finished.count(), 1);
    ASSERT_EQ(m_server.requestCount(), 1);
    const QJsonArray messages = m_server.requests()[0].json()[u"messages"_s].toArray();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_TRUE(messages[0][u"content"_s].toString().contains(u"Sessions ("_s)) << "the event is the context";
    EXPECT_EQ(messages[1][u"content"_s].toString(), u"Where is the keynote?"_s);
}

TEST_F(AssistantTurnTest, HistoryGoesBeforeTheNewMessage)
{
    AssistantTurn::Setup s = setup(u"And the lunch?"_s);
    s.history = {{ChatMessage::Role::User, u"Where is the keynote?"_s, {}, {}, {}},
                 {ChatMessage::Role::Assistant, u"In Main Hall."_s, {}, {}, {}}};
    AssistantTurn turn(&m_client, s);
    turn.start();
    ASSERT_TRUE(waitFinished(turn));
    ASSERT_EQ(m_server.requestCount(), 1);
    const QJsonArray messages = m_server.requests()[0].json()[u"messages"_s].toArray();
    ASSERT_EQ(messages.size(), 4);
    EXPECT_EQ(messages[1][u"role"_s].toString(), u"user"_s);
    EXPECT_EQ(messages[2][u"content"_s].toString(), u"In Main Hall."_s);
    EXPECT_EQ(messages[3][u"content"_s].toString(), u"And the lunch?"_s);
}

TEST_F(AssistantTurnTest, ToolCallsAreReportedDoneOnlyWithTheirResult)
{
    m_server.setDefault(Scenario::ToolCall);
    AssistantTurn::Setup s = setup(u"What is the keynote about?"_s);
    // Results arrive when the test says so, as they do from the storage thread.
    QList<std::function<void()>> held;
    QStringList results;
    s.runTool = [&](const ToolCall &call, const std::function<void(const QString &)> &done) {
        const QString result = EventContext(m_store, m_eventId).runTool(call.name, call.arguments);
        results << result;
        held << [done, result] { done(result); };
    };
    AssistantTurn turn(&m_client, s);
    QSignalSpy started(&turn, &AssistantTurn::toolCallStarted);
    QSignalSpy done(&turn, &AssistantTurn::toolCallFinished);
    turn.start();
    ASSERT_TRUE(started.wait(10000));
    EXPECT_EQ(started[0][1].toString(), u"search_sessions"_s);
    EXPECT_EQ(started[0][2].toString(), u"{\"query\":\"keynote\"}"_s);
    EXPECT_EQ(done.count(), 0) << "no result yet: not done";
    ASSERT_EQ(turn.toolCalls().size(), 1);
    EXPECT_EQ(turn.toolCalls()[0].resultBytes, -1);
    EXPECT_EQ(m_server.requestCount(), 1);

    held.takeFirst()();
    ASSERT_EQ(done.count(), 1);
    EXPECT_EQ(done[0][1].toString(), u"search_sessions"_s);
    EXPECT_EQ(done[0][3].value<qsizetype>(), results[0].toUtf8().size());
    ASSERT_EQ(started.count(), 2); // the second call starts only after the first is done
    EXPECT_EQ(started[1][1].toString(), u"get_weather"_s);
    held.takeFirst()();
    ASSERT_TRUE(waitFinished(turn));
    ASSERT_FALSE(turn.error()) << turn.error()->message.toStdString();
    EXPECT_EQ(done.count(), 2);
    EXPECT_EQ(turn.answer(), m_server.answerText());
    ASSERT_EQ(m_server.requestCount(), 2);
    bool sawResult = false;
    for (const QJsonValue &m : m_server.requests()[1].json()[u"messages"_s].toArray())
        if (m[u"role"_s].toString() == u"tool" && m[u"tool_call_id"_s].toString() == u"call_a")
            sawResult = m[u"content"_s].toString() == results[0];
    EXPECT_TRUE(sawResult);
}

TEST_F(AssistantTurnTest, ToolCallsWithAnthropic)
{
    m_server.setDefault(Scenario::ToolCall);
    AssistantTurn::Setup s = setup(u"What is the keynote about?"_s);
    s.profile.provider = ProviderKind::Anthropic;
    s.profile.baseUrl = m_server.baseUrl().toString();
    AssistantTurn turn(&m_client, s);
    QSignalSpy done(&turn, &AssistantTurn::toolCallFinished);
    turn.start();
    ASSERT_TRUE(waitFinished(turn));
    ASSERT_FALSE(turn.error()) << turn.error()->message.toStdString();
    ASSERT_EQ(done.count(), 1);
    EXPECT_EQ(done[0][2].toString(), u"{\"query\": \"keynote\"}"_s);
    EXPECT_EQ(done[0][3].value<qsizetype>(), EventContext(m_store, m_eventId)
                                                 .runTool(u"search_sessions"_s, done[0][2].toString())
                                                 .toUtf8()
                                                 .size());
    EXPECT_EQ(turn.streamedText(), u"Let me look that up."_s + m_server.answerText());
    EXPECT_EQ(turn.answer(), m_server.answerText());
}

TEST_F(AssistantTurnTest, ToolRoundsAreCapped)
{
    m_server.setDefault(Scenario::ToolCall);
    AssistantTurn::Setup s = setup();
    s.maxRequests = 1;
    AssistantTurn turn(&m_client, s);
    turn.start();
    ASSERT_TRUE(waitFinished(turn));
    ASSERT_TRUE(turn.error());
    EXPECT_EQ(turn.error()->message, u"The model kept asking for tools without answering."_s);
    EXPECT_EQ(m_server.requestCount(), 1);
}

TEST_F(AssistantTurnTest, StopCancelsAndNothingMoreIsAppended)
{
    m_server.setAnswerText(QString(u"word "_s).repeated(200));
    m_server.enqueue(Scenario::Slow);
    AssistantTurn turn(&m_client, setup());
    QString streamed;
    QObject::connect(&turn, &AssistantTurn::textDelta, [&](const QString &d) { streamed += d; });
    QSignalSpy finished(&turn, &AssistantTurn::finished);
    QSignalSpy delta(&turn, &AssistantTurn::textDelta);
    turn.start();
    ASSERT_TRUE(delta.wait(10000));
    turn.cancel();
    ASSERT_EQ(finished.count(), 1);
    ASSERT_TRUE(turn.error());
    EXPECT_EQ(LlmError::kindOf(*turn.error()), LlmError::Kind::Cancelled);
    const QString atStop = streamed;
    EXPECT_LT(atStop.size(), m_server.answerText().size());

    // Another whole answer comes and goes meanwhile; the stopped turn stays as it was.
    AssistantTurn other(&m_client, setup(u"Hello?"_s));
    other.start();
    ASSERT_TRUE(waitFinished(other));
    EXPECT_EQ(streamed, atStop);
    EXPECT_EQ(finished.count(), 1);
    turn.cancel(); // twice is harmless
    EXPECT_EQ(finished.count(), 1);
}

TEST_F(AssistantTurnTest, StopDuringAToolCallSendsNothingMore)
{
    m_server.setDefault(Scenario::ToolCall);
    AssistantTurn::Setup s = setup();
    std::function<void()> held;
    s.runTool = [&](const ToolCall &, const std::function<void(const QString &)> &done) {
        held = [done] { done(u"{}"_s); };
    };
    AssistantTurn turn(&m_client, s);
    QSignalSpy started(&turn, &AssistantTurn::toolCallStarted);
    QSignalSpy done(&turn, &AssistantTurn::toolCallFinished);
    turn.start();
    ASSERT_TRUE(started.wait(10000));
    turn.cancel();
    held(); // the result arrives after Stop
    EXPECT_EQ(done.count(), 0);
    EXPECT_EQ(turn.toolCalls()[0].resultBytes, -1);
    EXPECT_EQ(started.count(), 1);
    EXPECT_EQ(m_server.requestCount(), 1);
}

TEST_F(AssistantTurnTest, UsageIsRecordedForTheEventAndItsMonth)
{
    AssistantTurn turn(&m_client, setup());
    turn.start();
    ASSERT_TRUE(waitFinished(turn));
    ASSERT_FALSE(turn.error());
    EXPECT_EQ(turn.usage().inputTokens, 11);
    ASSERT_TRUE(turn.usageTotals());
    EXPECT_EQ(turn.usageTotals()->month.requests, 1);
    const AssistantUsage::Totals totals =
        AssistantUsage::totals(m_ws.filePath(u"usage.sqlite"_s), m_eventId, QDate::currentDate());
    EXPECT_EQ(totals.event.requests, 1);
    EXPECT_EQ(totals.event.inputTokens, 11);
    EXPECT_EQ(totals.month.inputTokens, 11);
    EXPECT_GT(totals.month.cost, 0.0) << "gpt-4o-mini has a price";
    EXPECT_EQ(AssistantUsage::totals(m_ws.filePath(u"usage.sqlite"_s), m_eventId,
                                     QDate::currentDate().addMonths(-1))
                  .month.requests,
              0);
}

TEST_F(AssistantTurnTest, PreviewIsTheRedactedRequestTheServerGets)
{
    AssistantTurn::Setup s = setup(u"Write to me at organiser@example.org or +49 30 1234567"_s);
    s.history = {{ChatMessage::Role::User, u"Hi, I am bo.li@example.cn"_s, {}, {}, {}},
                 {ChatMessage::Role::Assistant, u"Hello [EMAIL_1]."_s, {}, {}, {}}};
    const QString preview = AssistantTurn::preview(AssistantTurn::request(s));
    EXPECT_FALSE(preview.contains(u"organiser@example.org"_s));
    EXPECT_FALSE(preview.contains(u"bo.li@example.cn"_s));
    EXPECT_FALSE(preview.contains(u"1234567"_s));
    EXPECT_TRUE(preview.contains(u"System prompt"_s));
    AssistantTurn turn(&m_client, s);
    turn.start();
    ASSERT_TRUE(waitFinished(turn));
    ASSERT_EQ(m_server.requestCount(), 1);
    const QJsonArray sent = m_server.requests()[0].json()[u"messages"_s].toArray();
    ASSERT_EQ(sent.size(), 4);
    for (const QJsonValue &m : sent)
        EXPECT_TRUE(preview.contains(m[u"content"_s].toString())) << m[u"content"_s].toString().toStdString();
    EXPECT_TRUE(sent[3][u"content"_s].toString().contains(u"[EMAIL_"_s));
}
