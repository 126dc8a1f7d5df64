// eventdesk-cli assistant agenda against the fake language-model server in this process.
#include "assistant/assistantusage.h"
#include "storage/assistantstore.h"
#include "support/agendafixture.h"
#include "support/clirun.h"
#include "support/fakellmserver.h"
#include "support/rawsqlite.h"
#include "support/tempworkspace.h"

#include <QDirIterator>
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
    CliRun proposal(const QStringList &args)
    {
        return runCli(QStringList{u"assistant"_s, u"proposal"_s} + args +
                          QStringList{u"--event"_s, m_ids.event.toString(QUuid::WithoutBraces)},
                      m_env);
    }
    // Every row of every table but the assistant's proposals: the event's records, the outbox (changes)
    // and everything else a sync or an export could see.
    QList<QVariantList> eventData()
    {
        RawSqlite raw(m_ws.path());
        QList<QVariantList> all;
        for (const QVariantList &table :
             raw.rows(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                      u"<> 'assistant_proposals' ORDER BY name"_s))
            all += raw.rows(u"SELECT * FROM "_s + table.value(0).toString());
        return all;
    }
    qint64 changeCount()
    {
        return RawSqlite(m_ws.path()).scalar(u"SELECT COUNT(*) FROM changes"_s).toLongLong();
    }
    QList<AssistantProposal> proposals(AssistantProposal::State state)
    {
        EventStore store;
        EXPECT_TRUE(store.open(m_ws.path()));
        return AssistantStore(store).proposals(m_ids.event, u"agenda"_s, state).value();
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
    const QList<QVariantList> before = eventData();
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
    EXPECT_EQ(eventData(), before); // without --apply no event data is written
    // The proposal is kept as pending, as the window keeps it.
    const QList<AssistantProposal> pending = proposals(AssistantProposal::State::Pending);
    ASSERT_EQ(pending.size(), 1);
    EXPECT_EQ(pending.first().id.toString(QUuid::WithoutBraces), o[u"proposal"_s].toString());
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

TEST_F(AssistantAgendaCliTest, AKeptProposalIsListedShownAndAppliedLaterAsOneChangeSet)
{
    m_server.setDefault(Scenario::Normal);
    m_server.setAnswerText(mixed());
    const CliRun asked = agenda({u"--json"_s});
    ASSERT_EQ(asked.exitCode, 0) << asked.err.toStdString();
    const QString id = asked.json().object()[u"proposal"_s].toString();
    ASSERT_FALSE(id.isEmpty());
    EXPECT_FALSE(session(m_ids.qtQuick).start.isValid());

    const CliRun listed = proposal({u"list"_s, u"--json"_s});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray rows = listed.json().array();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0][u"id"_s].toString(), id);
    EXPECT_EQ(rows[0][u"state"_s].toString(), u"pending"_s);
    EXPECT_EQ(rows[0][u"request"_s].toString(), u"Fill the morning"_s);

    const CliRun shown = proposal({u"show"_s, id.left(8), u"--json"_s});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_EQ(shown.json().object()[u"items"_s].toArray().size(), 4);
    EXPECT_EQ(shown.json().object()[u"valid"_s].toInt(), 1);

    const qint64 changesBefore = changeCount();
    const CliRun applied = proposal({u"apply"_s, id.left(8)});
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    EXPECT_TRUE(applied.out.contains(u"Applied 1 item"_s)) << applied.out.toStdString();
    EXPECT_TRUE(applied.out.contains(u"deadbeef"_s)); // the invalid item, with its reason
    EXPECT_EQ(session(m_ids.qtQuick).roomId, m_ids.mainHall);
    EXPECT_EQ(session(m_ids.qtQuick).start, berlin(10));
    EXPECT_FALSE(session(m_ids.cmake).start.isValid());
    EXPECT_EQ(changeCount(), changesBefore + 1); // one session written, in one transaction
    EXPECT_TRUE(proposals(AssistantProposal::State::Pending).isEmpty());
    EXPECT_EQ(proposals(AssistantProposal::State::Applied).size(), 1);

    const CliRun again = proposal({u"apply"_s, id});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(u"already applied"_s)) << again.err.toStdString();
    EXPECT_EQ(proposal({u"list"_s, u"--json"_s}).json().array().size(), 0);
    EXPECT_EQ(proposal({u"list"_s, u"--all"_s, u"--json"_s}).json().array().size(), 1);
}

TEST_F(AssistantAgendaCliTest, RejectChangesNoEventDataOutboxOrChanges)
{
    m_server.setDefault(Scenario::Normal);
    m_server.setAnswerText(mixed());
    const CliRun asked = agenda({u"--json"_s});
    ASSERT_EQ(asked.exitCode, 0) << asked.err.toStdString();
    const QString id = asked.json().object()[u"proposal"_s].toString();
    const QList<QVariantList> before = eventData();
    const qint64 changesBefore = changeCount();

    const CliRun rejected = proposal({u"reject"_s, id.left(8)});
    ASSERT_EQ(rejected.exitCode, 0) << rejected.err.toStdString();
    EXPECT_TRUE(rejected.out.contains(u"nothing was changed"_s)) << rejected.out.toStdString();
    EXPECT_EQ(eventData(), before);
    EXPECT_EQ(changeCount(), changesBefore);
    EXPECT_FALSE(session(m_ids.qtQuick).start.isValid());
    // The review's state is the assistant's own, kept so it survives a restart.
    EXPECT_TRUE(proposals(AssistantProposal::State::Pending).isEmpty());
    EXPECT_EQ(proposals(AssistantProposal::State::Rejected).size(), 1);
    EXPECT_EQ(proposal({u"apply"_s, id}).exitCode, 1); // a rejected proposal can no longer be applied
    EXPECT_EQ(eventData(), before);
}

TEST_F(AssistantAgendaCliTest, EveryRequestIsChargedToTheEventInTheUsageLedger)
{
    m_server.setTokenSize(1 << 20); // one token per answer: 11 in, 1 out per request
    m_server.enqueue(Scenario::Normal, mixed());
    m_server.enqueue(Scenario::Normal, mixed()); // the repair round for the unknown id
    const CliRun r = agenda({u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_EQ(m_server.requestCount(), 2);
    QDirIterator it(m_home.filePath(u"data"_s), {u"llm-usage.sqlite"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    ASSERT_TRUE(it.hasNext()) << "no usage ledger under the CLI's data folder";
    const QString ledger = it.next();
    const QDate month = QDate::currentDate();
    const AssistantUsage::Totals totals = AssistantUsage::totals(ledger, m_ids.event, month);
    EXPECT_EQ(totals.month.requests, 2);
    EXPECT_EQ(totals.month.inputTokens, 22);
    EXPECT_EQ(totals.month.outputTokens, 2);
    EXPECT_EQ(UsageLedger(ledger)
                  .totals(AssistantUsage::taskScope(m_ids.event, month, AssistantTask::Agenda))
                  .requests,
              2);
}
