// End-to-end tests of `eventdesk-cli assistant prefill` against the fake language-model server in this
// process.
#include "support/clirun.h"
#include "support/fakellmserver.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using EventDesk::Test::CliRun;
using EventDesk::Test::FakeLlmServer;
using Scenario = FakeLlmServer::Scenario;

namespace
{

QJsonObject field(const QJsonValue &value)
{
    return {{u"value"_s, value}, {u"quote"_s, QJsonValue::Null}};
}

QJsonObject registration(int message, const QString &name, const QString &email)
{
    return {{u"message"_s, message},
            {u"name"_s, field(name)},
            {u"email"_s, field(email)},
            {u"phone"_s, field(QJsonValue::Null)},
            {u"organisation"_s, field(QJsonValue::Null)},
            {u"ticket_type"_s, field(QJsonValue::Null)},
            {u"answers"_s, QJsonArray{}}};
}

class AssistantPrefillCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        m_env = EventDesk::Test::cliEnvironment(m_ws.path());
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        m_env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        m_env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        for (const QString &v : {u"http_proxy"_s, u"https_proxy"_s, u"HTTP_PROXY"_s, u"HTTPS_PROXY"_s,
                                 u"all_proxy"_s, u"ALL_PROXY"_s, u"DBUS_SESSION_BUS_ADDRESS"_s})
            m_env.remove(v);
        m_env.insert(u"EVENTDESK_LLM_BASE_URL"_s, m_server.baseUrl().toString() + u"/v1"_s);
        m_env.insert(u"EVENTDESK_LLM_MODEL"_s, u"gpt-4o-mini"_s);
        m_env.insert(u"EVENTDESK_API_KEY"_s, u"sk-cli-test"_s);
        CliRun r = cli({u"event"_s, u"create"_s, u"--name"_s, u"Qt Con"_s, u"--start"_s, u"2026-05-04"_s,
                        u"--end"_s, u"2026-05-05"_s});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = cli({u"participant"_s, u"add"_s, u"--name"_s, u"Bo Li"_s, u"--email"_s, u"bo.li@example.cn"_s});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    CliRun cli(const QStringList &args) { return EventDesk::Test::runCli(args, m_env); }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_home.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }

    FakeLlmServer m_server;
    EventDesk::Test::TempWorkspace m_ws;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

const QByteArray kMbox =
    "From x Mon Nov 30 10:00:00 2026\nFrom: Carla Diaz <carla@example.org>\n\nRegister me please.\n\n"
    "From x Mon Nov 30 10:01:00 2026\nFrom: Bo Li <BO.LI@example.cn>\n\nMe again.\n\n"
    "From x Mon Nov 30 10:02:00 2026\nFrom: Dan <dan at example>\n\nI'm Dan, register me.\n";

} // namespace

TEST_F(AssistantPrefillCliTest, PrintsDraftsAndRegistersOnlyTheValidNewOnes)
{
    const QString box = write(u"inbox.mbox"_s, kMbox);
    m_server.enqueue(
        Scenario::Normal,
        QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{u"registrations"_s, QJsonArray{registration(1, u"Carla Diaz"_s, u"[EMAIL_1]"_s),
                                                            registration(2, u"Bo Li"_s, u"[EMAIL_2]"_s),
                                                            registration(3, u"Dan"_s, u"dan at example"_s)}}})
                .toJson()));
    const CliRun r = cli({u"assistant"_s, u"prefill"_s, box, u"--register"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_EQ(m_server.requestCount(), 1);
    const QString body = QString::fromUtf8(m_server.requests().first().body);
    EXPECT_FALSE(body.contains(u"carla@example.org"_s));
    EXPECT_FALSE(body.contains(u"BO.LI@example.cn"_s));
    const QJsonObject o = r.json().object();
    const QJsonArray drafts = o.value(u"drafts"_s).toArray();
    ASSERT_EQ(drafts.size(), 3);
    EXPECT_EQ(drafts.at(0)[u"fields"_s][u"email"_s][u"value"_s].toString(), u"carla@example.org"_s);
    EXPECT_TRUE(drafts.at(1)[u"duplicate"_s].toBool());
    EXPECT_FALSE(drafts.at(2)[u"valid"_s].toBool());
    const QJsonArray registered = o.value(u"registered"_s).toArray();
    ASSERT_EQ(registered.size(), 1);
    EXPECT_EQ(registered.at(0)[u"name"_s].toString(), u"Carla Diaz"_s);
    EXPECT_EQ(registered.at(0)[u"status"_s].toString(), u"confirmed"_s);
    const QJsonArray others = o.value(u"notRegistered"_s).toArray();
    ASSERT_EQ(others.size(), 2);
    EXPECT_TRUE(others.at(0)[u"reason"_s].toString().contains(u"already registered"_s));
    EXPECT_FALSE(others.at(1)[u"reason"_s].toString().isEmpty());

    const CliRun list = cli({u"participant"_s, u"list"_s, u"--json"_s});
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_EQ(list.json().array().size(), 2);
}

TEST_F(AssistantPrefillCliTest, PrintsDraftsAsTextWithTheirFlags)
{
    const QString box = write(u"inbox.mbox"_s, kMbox);
    m_server.enqueue(
        Scenario::Normal,
        QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{u"registrations"_s, QJsonArray{registration(1, u"Carla Dee"_s, u"[EMAIL_1]"_s),
                                                            registration(2, u"Bo Li"_s, u"[EMAIL_2]"_s)}}})
                .toJson()));
    const CliRun r = cli({u"assistant"_s, u"prefill"_s, box});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"2 drafts from 3 messages:"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"Name: Carla Dee (?)"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"guessed (not in the message): Name"_s));
    EXPECT_TRUE(r.out.contains(u"duplicate: BO.LI@example.cn is already registered as Bo Li"_s))
        << r.out.toStdString();
    EXPECT_EQ(cli({u"participant"_s, u"list"_s, u"--json"_s}).json().array().size(), 1); // nothing registered
}

TEST_F(AssistantPrefillCliTest, FileAndModelErrorsExitWithOne)
{
    const CliRun empty = cli({u"assistant"_s, u"prefill"_s, write(u"empty.eml"_s, {})});
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_EQ(empty.err.trimmed(), u"empty.eml is empty."_s);
    const CliRun notMail = cli({u"assistant"_s, u"prefill"_s, write(u"notes.txt"_s, "shopping list\n")});
    EXPECT_EQ(notMail.exitCode, 1);
    EXPECT_TRUE(notMail.err.contains(u"notes.txt is not an e-mail message or mailbox"_s));
    EXPECT_EQ(m_server.requestCount(), 0);

    m_server.enqueue(Scenario::Unauthorized);
    const CliRun model = cli({u"assistant"_s, u"prefill"_s, write(u"inbox.mbox"_s, kMbox), u"--register"_s});
    EXPECT_EQ(model.exitCode, 1);
    EXPECT_FALSE(model.err.trimmed().isEmpty());
    EXPECT_EQ(cli({u"participant"_s, u"list"_s, u"--json"_s}).json().array().size(), 1);
    EXPECT_EQ(cli({u"assistant"_s, u"prefill"_s}).exitCode, 2);
}
