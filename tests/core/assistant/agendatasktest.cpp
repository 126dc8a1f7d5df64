#include "assistant/agendatask.h"

#include "assistant/eventcontext.h"
#include "llm/llmclient.h"
#include "llm/responsecache.h"
#include "support/agendafixture.h"
#include "support/fakellmserver.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

using namespace EventDesk;
using namespace EventDesk::Test;
using namespace Qt::StringLiterals;
using Scenario = FakeLlmServer::Scenario;

namespace
{
class AgendaTaskTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_ws.path()));
        m_ids = writeAgendaEvent(m_store);
        m_profile.provider = ProviderKind::OpenAiCompatible;
        m_profile.baseUrl = m_server.baseUrl().toString();
        m_profile.model = u"model-x"_s;
        m_client.retryPolicy().maxRetries = 0;
    }
    AgendaTask::Input input()
    {
        return {EventContext(m_store, m_ids.event).text().value(),
                ScheduleData::load(m_store, m_ids.event).value()};
    }
    QString good() const
    {
        return uR"({"summary": "Morning", "placements": [{"session": "%1", "room": "%2", "start": "2026-05-04T10:00", "duration_minutes": 45}], "new_sessions": []})"_s
            .arg(prefix(m_ids.qtQuick), prefix(m_ids.mainHall));
    }
    // Runs the task's round to its end.
    void finish(AgendaTask &task)
    {
        QSignalSpy done(&task, &AgendaTask::finished);
        ASSERT_TRUE(done.count() == 1 || done.wait(20000));
    }
    QString body(int i) const { return QString::fromUtf8(m_server.requests().at(i).body); }

    FakeLlmServer m_server;
    TempWorkspace m_ws;
    EventStore m_store;
    AgendaEvent m_ids;
    ProviderProfile m_profile;
    LlmClient m_client;
};
} // namespace

TEST_F(AgendaTaskTest, AsksForStructuredOutputWithTheIds)
{
    m_server.enqueue(Scenario::Normal, good());
    AgendaTask task(m_client, m_profile, u"k"_s);
    task.start(input(), u"Fill the morning"_s);
    EXPECT_TRUE(task.isRunning());
    finish(task);
    ASSERT_FALSE(task.error()) << task.error()->message.toStdString();
    ASSERT_EQ(m_server.requestCount(), 1);
    const QJsonObject request = m_server.requests()[0].json();
    EXPECT_EQ(request[u"response_format"_s][u"json_schema"_s][u"name"_s].toString(), u"agenda_proposal"_s);
    EXPECT_TRUE(body(0).contains(prefix(m_ids.qtQuick) + u" \\\"Qt Quick in depth\\\""_s))
        << body(0).toStdString();
    EXPECT_TRUE(body(0).contains(u"Fill the morning"_s));
    ASSERT_EQ(task.proposal().items.size(), 1);
    EXPECT_TRUE(task.proposal().items[0].valid());
    EXPECT_EQ(task.proposal().summary, u"Morning"_s);
    EXPECT_TRUE(task.rawJson().startsWith(u"{"_s));
}

TEST_F(AgendaTaskTest, UnknownIdsGetOneRepairRoundCarryingTheProblems)
{
    m_server.enqueue(
        Scenario::Normal,
        uR"({"summary": "x", "placements": [{"session": "deadbeef", "room": "%1", "start": "2026-05-04T10:00", "duration_minutes": 30}], "new_sessions": []})"_s
            .arg(prefix(m_ids.mainHall)));
    m_server.enqueue(Scenario::Normal, good());
    AgendaTask task(m_client, m_profile, u"k"_s);
    task.start(input(), u"Fill the morning"_s);
    finish(task);
    ASSERT_FALSE(task.error()) << task.error()->message.toStdString();
    ASSERT_EQ(m_server.requestCount(), 2);
    EXPECT_FALSE(body(0).contains(u"does not have"_s));
    EXPECT_TRUE(body(1).contains(u"The proposal names a session “deadbeef” that this event does not have."_s))
        << body(1).toStdString();
    EXPECT_EQ(task.proposal().validCount(), 1);
}

TEST_F(AgendaTaskTest, EveryRequestOfTheRoundIsChargedToTheEventAndTask)
{
    m_server.setTokenSize(1 << 20); // each answer is one token: 11 in, 1 out per request
    m_server.enqueue(Scenario::Normal, u"Sure, let me think about the morning."_s);
    m_server.enqueue(Scenario::Normal, good());
    QTemporaryDir dir;
    const QString ledger = dir.filePath(u"usage.sqlite"_s);
    AgendaTask task(m_client, m_profile, u"k"_s);
    task.setUsage({m_ids.event, AssistantTask::Agenda, ledger, true});
    task.start(input(), u"Fill the morning"_s);
    finish(task);
    ASSERT_FALSE(task.error()) << task.error()->message.toStdString();
    ASSERT_EQ(m_server.requestCount(), 2); // the first answer and the repair round
    const QDate month = QDate::currentDate();
    const AssistantUsage::Totals totals = AssistantUsage::totals(ledger, m_ids.event, month);
    EXPECT_EQ(totals.month.requests, 2);
    EXPECT_EQ(totals.month.inputTokens, 22);
    EXPECT_EQ(totals.month.outputTokens, 2);
    EXPECT_EQ(totals.event.requests, 2);
    const UsageLedger::Totals agenda =
        UsageLedger(ledger).totals(AssistantUsage::taskScope(m_ids.event, month, AssistantTask::Agenda));
    EXPECT_EQ(agenda.requests, 2);
    EXPECT_EQ(agenda.inputTokens, 22);
}

TEST_F(AgendaTaskTest, NonJsonGetsOneRepairRound)
{
    m_server.enqueue(Scenario::Normal, u"Sure, let me think about the morning."_s);
    m_server.enqueue(Scenario::Normal, u"```json\n"_s + good() + u"\n```"_s);
    AgendaTask task(m_client, m_profile, u"k"_s);
    task.start(input(), u"Fill the morning"_s);
    finish(task);
    ASSERT_FALSE(task.error()) << task.error()->message.toStdString();
    EXPECT_EQ(m_server.requestCount(), 2);
    EXPECT_TRUE(body(1).contains(u"The model did not answer with a proposal"_s));
    EXPECT_EQ(task.proposal().validCount(), 1);
}

TEST_F(AgendaTaskTest, RefusalTwiceIsAClearErrorAfterOneRepair)
{
    m_server.setDefault(Scenario::Normal);
    m_server.setAnswerText(u"I can't help with that."_s);
    AgendaTask task(m_client, m_profile, u"k"_s);
    task.start(input(), u"Fill the morning"_s);
    finish(task);
    ASSERT_TRUE(task.error());
    EXPECT_EQ(task.error()->message,
              u"The model did not answer with a proposal: “I can't help with that.”"_s);
    EXPECT_EQ(m_server.requestCount(), 2);
    EXPECT_TRUE(task.proposal().items.isEmpty());
}

TEST_F(AgendaTaskTest, TruncatedStreamIsAnError)
{
    m_server.setDefault(Scenario::CutShort);
    m_server.setAnswerText(good());
    AgendaTask task(m_client, m_profile, u"k"_s);
    task.start(input(), u"Fill the morning"_s);
    finish(task);
    ASSERT_TRUE(task.error());
    EXPECT_FALSE(task.error()->message.isEmpty());
    EXPECT_TRUE(task.proposal().items.isEmpty());
}

TEST_F(AgendaTaskTest, ReviseSendsTheOrganizersProblems)
{
    m_server.enqueue(Scenario::Normal, good());
    m_server.enqueue(Scenario::Normal, good());
    AgendaTask task(m_client, m_profile, u"k"_s);
    task.start(input(), u"Fill the morning"_s);
    finish(task);
    task.revise({u"Put Qt Quick after lunch."_s});
    finish(task);
    ASSERT_FALSE(task.error());
    ASSERT_EQ(m_server.requestCount(), 2);
    EXPECT_TRUE(body(1).contains(u"Put Qt Quick after lunch."_s));
    EXPECT_TRUE(body(1).contains(u"\\\"summary\\\": \\\"Morning\\\""_s)) << body(1).toStdString();
}

TEST_F(AgendaTaskTest, AnUnusableAnswerIsNotServedFromTheCacheTheNextTime)
{
    QTemporaryDir dir;
    ResponseCache cache(dir.filePath(u"cache.sqlite"_s));
    m_client.setCache(&cache);
    m_profile.temperature = 0.0; // a deterministic request: its answer is cached
    m_server.setDefault(Scenario::Normal);
    // The same request each time; what came of it: its error or proposal, and whether the cache answered.
    struct Outcome {
        std::optional<Error> error;
        int valid = 0;
        bool fromCache = false;
    };
    auto ask = [&] {
        AgendaTask task(m_client, m_profile, u"k"_s);
        task.start(input(), u"Fill the morning"_s);
        finish(task);
        return Outcome{task.error(), task.proposal().validCount(), task.fromCache()};
    };
    m_server.setAnswerText(u"I can't help with that."_s);
    EXPECT_TRUE(ask().error);
    EXPECT_EQ(m_server.requestCount(), 2);
    EXPECT_EQ(cache.entryCount(), 0) << "neither unusable answer is kept";

    // Asked again, the model is asked again; its good answer is kept and serves the next time.
    m_server.setAnswerText(good());
    const Outcome second = ask();
    ASSERT_FALSE(second.error) << second.error->message.toStdString();
    EXPECT_FALSE(second.fromCache);
    EXPECT_EQ(m_server.requestCount(), 3);
    EXPECT_EQ(cache.entryCount(), 1);
    const Outcome third = ask();
    ASSERT_FALSE(third.error) << third.error->message.toStdString();
    EXPECT_TRUE(third.fromCache);
    EXPECT_EQ(third.valid, 1);
    EXPECT_EQ(m_server.requestCount(), 3);
}
