// eventdesk-cli assistant agenda against the fake language-model server in this process.
#include "support/agendafixture.h"
#include "support/clirun.h"
#include "support/fakellmserver.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using namespace EventDesk::Test;
using Scenario = FakeLlmServer::Scenario;

namespace
{

class AssistantAgendaCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        {
            EventStore store;
            ASSERT_TRUE(store.open(m_ws.path()));
            m_ids = writeAgendaEvent(store);
        }
        m_env = cliEnvironment(m_ws.path());
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        m_env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        m_env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        for (const QString &v : {u"http_proxy"_s, u"https_proxy"_s, u"HTTP_PROXY"_s, u"HTTPS_PROXY"_s,
                                 u"all_proxy"_s, u"ALL_PROXY"_s, u"DBUS_SESSION_BUS_ADDRESS"_s})
            m_env.remove(v);
        m_env.insert(u"EVENTDESK_LLM_BASE_URL"_s, m_server.baseUrl().toString() + u"/v1"_s);
        m_env.insert(u"EVENTDESK_LLM_MODEL"_s, u"gpt-4o-mini"_s);
        m_env.insert(u"EVENTDESK_API_KEY"_s, u"sk-test"_s);
    }
    CliRun agenda(QStringList extra)
    {
        return runCli(QStringList{u"assistant"_s, u"agenda"_s, u"Fill the morning"_s, u"--event"_s,
                                  m_ids.event.toString(QUuid::WithoutBraces)} +
                          extra,
                      m_env);
    }
    // One valid placement, one unknown session, and two sessions in one room at once.
    QString mixed() const
    {
        auto placement = [](const QString &session, const QUuid &room, const QString &time) {
            return uR"({"session": "%1", "room": "%2", "start": "2026-05-04T%3", "duration_minutes": 30})"_s
                .arg(session, prefix(room), time);
        };
        return u"{\"summary\": \"Morning\", \"placements\": ["_s +
               placement(prefix(m_ids.qtQuick), m_ids.mainHall, u"10:00"_s) + u","_s +
               placement(u"deadbeef"_s, m_ids.mainHall, u"11:00"_s) + u","_s +
               placement(prefix(m_ids.cmake), m_ids.roomB, u"10:00"_s) + u","_s +
               placement(prefix(m_ids.tests), m_ids.roomB, u"10:15"_s) + u"], \"new_sessions\": []}"_s;
    }
    Session session(const QUuid &id)
    {
        EventStore store;
        EXPECT_TRUE(store.open(m_ws.path()));
        return store.get<Session>(id).value();
    }

    FakeLlmServer m_server;
    TempWorkspace m_ws;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    AgendaEvent m_ids;
};

} // namespace

TEST_F(AssistantAgendaCliTest, JsonListsEachItemWithItsVerdictAndWritesNothing)
{
    m_server.enqueue(Scenario::Normal, mixed());
    m_server.enqueue(Scenario::Normal, mixed()); // the repair round for the unknown id gets the same answer
    QFile file(m_ws.path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const CliRun r = agenda({u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(m_server.requestCount(), 2);
    const QJsonObject o = r.json().object();
    EXPECT_EQ(o[u"summary"_s].toString(), u"Morning"_s);
    const QJsonArray items = o[u"items"_s].toArray();
    ASSERT_EQ(items.size(), 4);
    EXPECT_TRUE(items[0][u"valid"_s].toBool());
    EXPECT_EQ(items[0][u"kind"_s].toString(), u"placed"_s);
    EXPECT_EQ(items[0][u"start"_s].toString(), u"2026-05-04T10:00"_s);
    EXPECT_FALSE(items[1][u"valid"_s].toBool());
    EXPECT_EQ(items[1][u"problems"_s][0].toString(),
              u"The proposal names a session “deadbeef” that this event does not have."_s);
    EXPECT_TRUE(items[2][u"conflicting"_s].toBool());
    EXPECT_TRUE(items[3][u"conflicting"_s].toBool());
    EXPECT_FALSE(o.contains(u"applied"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before); // without --apply nothing is written
}

TEST_F(AssistantAgendaCliTest, ApplyWritesOnlyTheValidItemsAndListsTheOthers)
{
    m_server.setDefault(Scenario::Normal);
    m_server.setAnswerText(mixed());
    const CliRun r = agenda({u"--apply"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Applied 1 item"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"Not applied:"_s));
    EXPECT_TRUE(r.out.contains(u"deadbeef"_s));
    EXPECT_EQ(session(m_ids.qtQuick).roomId, m_ids.mainHall);
    EXPECT_EQ(session(m_ids.qtQuick).start, berlin(10));
    EXPECT_FALSE(session(m_ids.cmake).start.isValid());
    EXPECT_FALSE(session(m_ids.tests).start.isValid());
}

TEST_F(AssistantAgendaCliTest, AModelErrorExitsWithOneAndWritesNothing)
{
    m_server.setDefault(Scenario::Unauthorized);
    const CliRun r = agenda({u"--apply"_s, u"--json"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_FALSE(r.err.isEmpty());
    EXPECT_FALSE(session(m_ids.qtQuick).start.isValid());

    m_server.setDefault(Scenario::Normal);
    m_server.setAnswerText(u"I'm sorry, I cannot plan agendas."_s);
    const CliRun refused = agenda({u"--apply"_s});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"The model did not answer with a proposal"_s))
        << refused.err.toStdString();
}
