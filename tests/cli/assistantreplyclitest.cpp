// eventdesk-cli's assistant reply and assistant review against the fake server in this process.
#include "core/assistant/reviewfixture.h"
#include "support/clirun.h"
#include "support/fakellmserver.h"
#include "support/tempworkspace.h"

#include "assistant/recordindex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;
using EventDesk::Test::CliRun;
using EventDesk::Test::FakeLlmServer;

namespace
{
class AssistantReplyCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        {
            EventStore store;
            ASSERT_TRUE(store.open(m_ws.path()));
            m_e.create(store);
        }
        m_env = EventDesk::Test::cliEnvironment(m_ws.path());
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        m_env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        m_env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        for (const QString &v :
             {u"http_proxy"_s, u"https_proxy"_s, u"HTTP_PROXY"_s, u"HTTPS_PROXY"_s, u"all_proxy"_s,
              u"ALL_PROXY"_s, u"DBUS_SESSION_BUS_ADDRESS"_s, u"EVENTDESK_LLM_BASE_URL"_s,
              u"EVENTDESK_LLM_MODEL"_s, u"EVENTDESK_API_KEY"_s})
            m_env.remove(v);
    }
    void useModel()
    {
        m_env.insert(u"EVENTDESK_LLM_BASE_URL"_s, m_server.baseUrl().toString() + u"/v1"_s);
        m_env.insert(u"EVENTDESK_LLM_MODEL"_s, u"gpt-4o-mini"_s);
        m_env.insert(u"EVENTDESK_API_KEY"_s, u"sk-test"_s);
    }
    CliRun cli(const QStringList &args) { return EventDesk::Test::runCli(args, m_env); }

    EventDesk::Test::TempWorkspace m_ws;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    FakeLlmServer m_server;
    EventDesk::Test::ReviewEvent m_e;
};
} // namespace

TEST_F(AssistantReplyCliTest, ReplyJsonListsResolvedFactsAndReportsUnknownOnes)
{
    useModel();
    m_server.enqueue(FakeLlmServer::Scenario::Normal,
                     u"{\"reply\":\"The keynote starts at 09:00.\",\"answered\":true,\"facts\":["
                     "{\"kind\":\"session\",\"id\":\"%1\",\"text\":\"keynote at 09:00\"},"
                     "{\"kind\":\"room\",\"id\":\"abcdef99\",\"text\":\"an invented room\"}]}"_s.arg(
                         RecordIndex::shortId(m_e.keynote.meta.id)));
    const CliRun r = cli({u"assistant"_s, u"reply"_s, u"When is the keynote?"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json().object();
    EXPECT_TRUE(o[u"answered"_s].toBool());
    const QJsonArray facts = o[u"facts"_s].toArray();
    ASSERT_EQ(facts.size(), 1);
    EXPECT_EQ(facts[0][u"id"_s].toString(), m_e.keynote.meta.id.toString(QUuid::WithoutBraces));
    EXPECT_EQ(facts[0][u"label"_s].toString(), u"Opening keynote"_s);
    ASSERT_EQ(o[u"unresolved"_s].toArray().size(), 1);
    EXPECT_TRUE(o[u"unresolved"_s][0].toString().contains(u"abcdef99"_s));
}

TEST_F(AssistantReplyCliTest, ReplyNotInTheDataSaysSo)
{
    useModel();
    m_server.enqueue(FakeLlmServer::Scenario::Normal,
                     u"{\"reply\":\"We will check and get back to you.\",\"answered\":false,\"facts\":[]}"_s);
    const CliRun r = cli({u"assistant"_s, u"reply"_s, u"Is there parking?"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(u"Not in the data"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"We will check and get back to you."_s));
}

TEST_F(AssistantReplyCliTest, ReplyForAParticipantSendsStatusAndTicketButNoEmailOrPhone)
{
    useModel();
    m_server.enqueue(FakeLlmServer::Scenario::Normal,
                     u"{\"reply\":\"You are on the waitlist.\",\"answered\":true,\"facts\":[]}"_s);
    const CliRun r = cli({u"assistant"_s, u"reply"_s, u"Am I in? Call me on +86 10 87654321."_s,
                          u"--participant"_s, RecordIndex::shortId(m_e.waitlisted.meta.id), u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_EQ(m_server.requestCount(), 1);
    const QString body = QString::fromUtf8(m_server.requests()[0].body);
    EXPECT_TRUE(body.contains(u"registration status waitlisted, ticket type Student"_s));
    EXPECT_FALSE(body.contains(u"wen.wait@example.cn"_s));
    EXPECT_FALSE(body.contains(u"87654321"_s));
}

TEST_F(AssistantReplyCliTest, ReplyModelErrorExitsOne)
{
    useModel();
    m_server.setDefault(FakeLlmServer::Scenario::Unauthorized);
    const CliRun r = cli({u"assistant"_s, u"reply"_s, u"Where is the venue?"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_FALSE(r.err.isEmpty());
}

TEST_F(AssistantReplyCliTest, ReviewJsonMergesMarkedModelFindingsAndDropsUnknownIds)
{
    useModel();
    m_server.enqueue(
        FakeLlmServer::Scenario::Normal,
        u"{\"findings\":[{\"severity\":\"info\",\"kind\":\"room\",\"id\":\"%1\",\"message\":\"The "
        "hall is busy all afternoon.\"},{\"severity\":\"error\",\"kind\":\"session\",\"id\":"
        "\"00000000\",\"message\":\"Made up.\"}]}"_s.arg(RecordIndex::shortId(m_e.hall.meta.id)));
    const CliRun r = cli({u"assistant"_s, u"review"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json().object();
    const QJsonArray findings = o[u"findings"_s].toArray();
    ASSERT_EQ(findings.size(), 11); // the ten the event is built to have, and the model's valid one
    int fromModel = 0;
    for (const QJsonValue &f : findings) {
        if (f[u"fromModel"_s].toBool()) {
            ++fromModel;
            EXPECT_EQ(f[u"itemId"_s].toString(), m_e.hall.meta.id.toString(QUuid::WithoutBraces));
            EXPECT_EQ(f[u"kind"_s].toString(), u"model"_s);
        }
        EXPECT_NE(f[u"message"_s].toString(), u"Made up."_s);
    }
    EXPECT_EQ(fromModel, 1);
    EXPECT_TRUE(o[u"model"_s][u"ran"_s].toBool());
    ASSERT_EQ(o[u"model"_s][u"notes"_s].toArray().size(), 1);
}

TEST_F(AssistantReplyCliTest, ReviewWithoutAProfilePrintsComputedFindingsAndSaysTheModelWasSkipped)
{
    CliRun r = cli({u"assistant"_s, u"review"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Speakerless talk"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"The model part was skipped"_s)) << r.out.toStdString();
    r = cli({u"assistant"_s, u"review"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json()[u"findings"_s].toArray().size(), 10);
    EXPECT_FALSE(r.json()[u"model"_s][u"ran"_s].toBool());
    EXPECT_FALSE(r.json()[u"model"_s][u"skipped"_s].toString().isEmpty());
    EXPECT_EQ(m_server.requestCount(), 0);
}

TEST_F(AssistantReplyCliTest, ReviewNoModelSendsNothing)
{
    useModel();
    const CliRun r = cli({u"assistant"_s, u"review"_s, u"--no-model"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json()[u"findings"_s].toArray().size(), 10);
    EXPECT_EQ(m_server.requestCount(), 0);
}

TEST_F(AssistantReplyCliTest, ReviewModelErrorStillPrintsComputedFindingsAndExitsOne)
{
    useModel();
    m_server.setDefault(FakeLlmServer::Scenario::Unauthorized);
    const CliRun r = cli({u"assistant"_s, u"review"_s, u"--json"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.json()[u"findings"_s].toArray().size(), 10);
    EXPECT_FALSE(r.json()[u"model"_s][u"error"_s].toString().isEmpty());
}

TEST_F(AssistantReplyCliTest, HelpListsTheCommands)
{
    const CliRun r = cli({u"--help"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"assistant reply \"QUESTION\" [--participant ID] [--json]"_s));
    EXPECT_TRUE(r.out.contains(u"assistant review [--json] [--no-model]"_s));
}
