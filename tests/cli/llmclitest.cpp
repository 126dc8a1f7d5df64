// End-to-end tests of eventdesk-cli's llm and ask commands against the fake server in this process.
#include "assistant/assistantusage.h"
#include "llm/tokenestimator.h"
#include "storage/eventstore.h"
#include "support/clirun.h"
#include "support/fakellmserver.h"
#include "support/largeevent.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using EventDesk::Test::FakeLlmServer;
using Scenario = FakeLlmServer::Scenario;

namespace
{

using EventDesk::Test::CliRun;

class LlmCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"EVENTDESK_DB"_s, m_ws.path());
        m_env.insert(u"LANG"_s, u"C.UTF-8"_s);
        m_env.insert(u"LANGUAGE"_s, u"en"_s);
        // Settings, cache and usage ledger in throw-away folders; no keychain, no proxy.
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        m_env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        m_env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        m_env.insert(u"QT_LOGGING_RULES"_s, u"eventdesk.llm*=true"_s);
        for (const QString &v : {u"http_proxy"_s, u"https_proxy"_s, u"HTTP_PROXY"_s, u"HTTPS_PROXY"_s,
                                 u"all_proxy"_s, u"ALL_PROXY"_s, u"DBUS_SESSION_BUS_ADDRESS"_s})
            m_env.remove(v);
        m_env.insert(u"EVENTDESK_LLM_BASE_URL"_s, m_server.baseUrl().toString() + u"/v1"_s);
        m_env.insert(u"EVENTDESK_LLM_MODEL"_s, u"gpt-4o-mini"_s);
        m_env.insert(u"EVENTDESK_API_KEY"_s, u"sk-cli-SECRET-987654321"_s);
    }
    // Runs the CLI while this process keeps serving the fake model.
    CliRun cli(const QStringList &args)
    {
        const CliRun r = EventDesk::Test::runCli(args, m_env);
        EXPECT_FALSE(r.out.contains(u"SECRET-987654321"_s)) << "key on stdout";
        EXPECT_FALSE(r.err.contains(u"SECRET-987654321"_s)) << "key in the log or stderr";
        return r;
    }
    void createEventWithPeople()
    {
        CliRun r = cli({u"event"_s, u"create"_s, u"--name"_s, u"Qt Con"_s, u"--start"_s, u"2026-05-04"_s,
                        u"--end"_s, u"2026-05-05"_s, u"--tz"_s, u"Europe/Berlin"_s});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const CliRun room =
            cli({u"room"_s, u"add"_s, u"--name"_s, u"Main Hall"_s, u"--capacity"_s, u"300"_s});
        ASSERT_EQ(room.exitCode, 0) << room.err.toStdString();
        const CliRun speaker =
            cli({u"speaker"_s, u"add"_s, u"--name"_s, u"Anna Berg"_s, u"--email"_s, u"anna@example.org"_s});
        ASSERT_EQ(speaker.exitCode, 0) << speaker.err.toStdString();
        r = cli({u"session"_s, u"add"_s, u"--title"_s, u"Opening keynote"_s, u"--speaker"_s,
                 speaker.out.trimmed(), u"--room"_s, room.out.trimmed(), u"--start"_s,
                 u"2026-05-04T09:30"_s});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = cli({u"participant"_s, u"add"_s, u"--name"_s, u"Bo Li"_s, u"--email"_s, u"bo.li@example.cn"_s,
                 u"--phone"_s, u"+86 10 12345678"_s});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    FakeLlmServer m_server;
    EventDesk::Test::TempWorkspace m_ws;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

} // namespace

TEST_F(LlmCliTest, ProfilesFromEnvironment)
{
    CliRun r = cli({u"llm"_s, u"profiles"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray a = r.json().array();
    ASSERT_EQ(a.size(), 1);
    EXPECT_EQ(a[0][u"model"_s].toString(), u"gpt-4o-mini"_s);
    EXPECT_EQ(a[0][u"endpoint"_s].toString(), m_server.baseUrl().toString() + u"/v1/chat/completions"_s);
    EXPECT_TRUE(a[0][u"active"_s].toBool());
    EXPECT_FALSE(r.out.contains(u"sk-"_s));
    r = cli({u"llm"_s, u"profiles"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"gpt-4o-mini"_s));
}

TEST_F(LlmCliTest, TestReachesTheModelWithStructuredOutput)
{
    m_server.setAnswerText(u"{\"ok\": true}"_s);
    CliRun r = cli({u"llm"_s, u"test"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.json()[u"ok"_s].toBool());
    ASSERT_EQ(m_server.requestCount(), 1);
    EXPECT_EQ(m_server.requests()[0].headers.value("authorization"), "Bearer sk-cli-SECRET-987654321");
    EXPECT_EQ(m_server.requests()[0].json()[u"response_format"_s][u"type"_s].toString(), u"json_schema"_s);
}

TEST_F(LlmCliTest, TestReportsABadKeyInOneSentence)
{
    m_server.setDefault(Scenario::Unauthorized);
    CliRun r = cli({u"llm"_s, u"test"_s});
    EXPECT_EQ(r.exitCode, 1);
    QStringList sentences; // stderr without the eventdesk.llm log lines this test switched on
    for (const QString &line : r.err.split(u'\n', Qt::SkipEmptyParts))
        if (!line.startsWith(u"eventdesk."_s))
            sentences << line;
    EXPECT_TRUE(
        r.err.contains(u"The language-model service rejected the API key; check the key for this profile."_s))
        << r.err.toStdString();
    EXPECT_EQ(sentences.size(), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"eventdesk.llm: HTTP 401"_s)) << "raw details go to the log category";
}

TEST_F(LlmCliTest, AskUsesEventContextRedactsAndCaches)
{
    createEventWithPeople();
    m_server.setAnswerText(u"The keynote is in Main Hall; ask [EMAIL_1]."_s);
    CliRun r = cli({u"ask"_s, u"Where is the keynote? Reply to me at organiser@example.org"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json()[u"answer"_s].toString(), u"The keynote is in Main Hall; ask organiser@example.org."_s);
    EXPECT_FALSE(r.json()[u"cached"_s].toBool());
    EXPECT_EQ(r.json()[u"usage"_s][u"inputTokens"_s].toInt(), 11);
    EXPECT_GT(r.json()[u"eventTotals"_s][u"requests"_s].toInt(), 0);
    ASSERT_EQ(m_server.requestCount(), 1);
    const QByteArray body = m_server.requests()[0].body;
    EXPECT_TRUE(body.contains("Opening keynote")) << "the event is the context";
    EXPECT_TRUE(body.contains("Main Hall"));
    EXPECT_FALSE(body.contains('@')) << "the server must never see an email";
    EXPECT_FALSE(body.contains("Bo Li")) << "participants' names stay on the machine";
    EXPECT_FALSE(body.contains("12345678"));
    EXPECT_EQ(m_server.requests()[0].json()[u"temperature"_s].toDouble(-1), 0.0);

    r = cli({u"ask"_s, u"Where is the keynote? Reply to me at organiser@example.org"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.json()[u"cached"_s].toBool());
    EXPECT_EQ(r.json()[u"answer"_s].toString(), u"The keynote is in Main Hall; ask organiser@example.org."_s);
    EXPECT_EQ(m_server.requestCount(), 1); // served from the cache

    r = cli({u"ask"_s, u"Where is the keynote? Reply to me at organiser@example.org"_s, u"--no-cache"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(m_server.requestCount(), 2);
    EXPECT_TRUE(r.out.contains(u"The keynote is in Main Hall; ask organiser@example.org."_s))
        << r.out.toStdString();
}

TEST_F(LlmCliTest, AskRunsToolCalls)
{
    createEventWithPeople();
    m_server.setDefault(Scenario::ToolCall);
    CliRun r = cli({u"ask"_s, u"What is the keynote about?"_s, u"--json"_s, u"--no-cache"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json()[u"answer"_s].toString(), m_server.answerText());
    ASSERT_EQ(m_server.requestCount(), 2);
    const QJsonArray messages = m_server.requests()[1].json()[u"messages"_s].toArray();
    bool sawResult = false;
    for (const QJsonValue &m : messages)
        if (m[u"role"_s].toString() == u"tool" && m[u"tool_call_id"_s].toString() == u"call_a")
            sawResult = m[u"content"_s].toString().contains(u"Opening keynote"_s);
    EXPECT_TRUE(sawResult) << m_server.requests()[1].body.constData();
}

TEST_F(LlmCliTest, AskSendsALargeEventWithinTheBudgetAndTheWindow)
{
    {
        EventDesk::EventStore store;
        ASSERT_TRUE(store.open(m_ws.path()));
        ASSERT_TRUE(EventDesk::Test::LargeEvent::create(store));
    }
    CliRun r = cli({u"ask"_s, u"Which sessions are not scheduled yet?"_s, u"--no-cache"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), m_server.answerText()) << "nothing new printed";
    ASSERT_EQ(m_server.requestCount(), 1);
    const QJsonObject body = m_server.requests()[0].json();
    const QString system = body[u"messages"_s][0][u"content"_s].toString();
    EXPECT_TRUE(system.contains(u"Event context for the assistant, within a budget of "_s));
    EXPECT_TRUE(system.contains(u"Rooms (30):"_s));
    EXPECT_LE(EventDesk::TokenEstimator::estimate(system), 8000);
    EXPECT_EQ(body[u"tools"_s].toArray().size(), 6);
    // The server is on this machine: its default 8,192-token window holds the prompt and the answer.
    EXPECT_EQ(body[u"options"_s][u"num_ctx"_s].toInt(), 8192);
    EXPECT_LE(EventDesk::TokenEstimator::estimate(system) + 2000 + body[u"max_tokens"_s].toInt(), 8192);
    EXPECT_FALSE(m_server.requests()[0].body.contains('@'));
}

TEST_F(LlmCliTest, AskRetriesServerErrorsAndReportsIncompleteAnswers)
{
    createEventWithPeople();
    m_server.enqueue(Scenario::ServerError);
    CliRun r = cli({u"ask"_s, u"Hello?"_s, u"--json"_s, u"--no-cache"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json()[u"attempts"_s].toInt(), 2);

    m_server.enqueue(Scenario::CutShort);
    r = cli({u"ask"_s, u"Hello again?"_s, u"--no-cache"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(u"[answer incomplete]"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(u"The answer was cut off before it was complete."_s)) << r.err.toStdString();
}

TEST_F(LlmCliTest, AskWithoutQuestionIsUsage)
{
    createEventWithPeople();
    CliRun r = cli({u"ask"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(m_server.requestCount(), 0);
}

TEST_F(LlmCliTest, AskWithoutProfileSaysHow)
{
    createEventWithPeople();
    m_env.remove(u"EVENTDESK_LLM_BASE_URL"_s);
    m_env.remove(u"EVENTDESK_LLM_MODEL"_s);
    CliRun r = cli({u"ask"_s, u"Hello?"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"EVENTDESK_LLM_BASE_URL"_s)) << r.err.toStdString();
}

TEST_F(LlmCliTest, AnthropicProviderFromEnvironment)
{
    createEventWithPeople();
    m_env.insert(u"EVENTDESK_LLM_PROVIDER"_s, u"anthropic"_s);
    m_env.insert(u"EVENTDESK_LLM_BASE_URL"_s, m_server.baseUrl().toString());
    m_env.insert(u"EVENTDESK_LLM_MODEL"_s, u"claude-sonnet-4"_s);
    CliRun r = cli({u"ask"_s, u"Hello?"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json()[u"answer"_s].toString(), m_server.answerText());
    ASSERT_EQ(m_server.requestCount(), 1);
    EXPECT_EQ(m_server.requests()[0].path, "/v1/messages");
    EXPECT_EQ(m_server.requests()[0].headers.value("x-api-key"), "sk-cli-SECRET-987654321");
}

TEST_F(LlmCliTest, KeyWithoutKeychainServiceFailsInOneSentence)
{
    m_env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/eventdesk-test-bus"_s);
    const CliRun r =
        EventDesk::Test::runCli({u"llm"_s, u"key"_s, u"set"_s, u"openai"_s}, m_env, "sk-typed-SECRET-555\n");
    const QString &out = r.out;
    const QString &err = r.err;
    EXPECT_EQ(r.exitCode, 1) << err.toStdString();
    EXPECT_TRUE(
        err.contains(u"No system keychain service is running, so the API key cannot be kept in it."_s))
        << err.toStdString();
    EXPECT_FALSE(QString(out + err).contains(u"SECRET-555"_s)) << "never echoed, never logged";
    // Nothing was written anywhere as plain text: not in settings, cache or data folders.
    QDirIterator files(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_FALSE(f.readAll().contains("SECRET-555")) << f.fileName().toStdString();
    }

    const CliRun usage = cli({u"llm"_s, u"key"_s, u"rotate"_s, u"openai"_s});
    EXPECT_EQ(usage.exitCode, 2);
}

// Profiles created and edited from the command line, kept in the settings under XDG_CONFIG_HOME.
namespace
{
class LlmProfileCliTest : public LlmCliTest
{
protected:
    void SetUp() override
    {
        LlmCliTest::SetUp();
        for (const QString &v : {u"EVENTDESK_LLM_BASE_URL"_s, u"EVENTDESK_LLM_MODEL"_s,
                                 u"EVENTDESK_LLM_PROVIDER"_s, u"EVENTDESK_API_KEY"_s})
            m_env.remove(v);
    }
    QJsonArray profiles()
    {
        const CliRun r = cli({u"llm"_s, u"profiles"_s, u"--json"_s});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json().array();
    }
    static QJsonObject named(const QJsonArray &all, const QString &name)
    {
        for (const QJsonValue &v : all)
            if (v[u"name"_s].toString() == name)
                return v.toObject();
        return {};
    }
    // stderr without the eventdesk.llm log lines the fixture switched on
    static QStringList sentences(const CliRun &r)
    {
        QStringList out;
        for (const QString &line : r.err.split(u'\n', Qt::SkipEmptyParts))
            if (!line.startsWith(u"eventdesk."_s))
                out << line;
        return out;
    }
    QString settingsText()
    {
        QString all;
        QDirIterator files(m_home.filePath(u"config"_s), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            if (f.open(QIODevice::ReadOnly))
                all += QString::fromUtf8(f.readAll());
        }
        return all;
    }
};
} // namespace

TEST_F(LlmProfileCliTest, AddUpdateDefaultRemove)
{
    EXPECT_TRUE(profiles().isEmpty());
    CliRun r = cli({u"llm"_s, u"profile"_s, u"add"_s, u"local"_s, u"--provider"_s, u"ollama"_s,
                    u"--base-url"_s, m_server.baseUrl().toString() + u"/v1"_s, u"--model"_s, u"llama3.1"_s,
                    u"--temperature"_s, u"0.2"_s, u"--max-tokens"_s, u"300"_s, u"--proxy"_s, u"none"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), u"Added the profile \"local\"."_s);
    r = cli({u"llm"_s, u"profile"_s, u"add"_s, u"azure"_s, u"--provider"_s, u"azure"_s, u"--base-url"_s,
             u"https://res.openai.azure.com"_s, u"--model"_s, u"gpt4o-prod"_s, u"--api-version"_s,
             u"2024-10-21"_s, u"--key-ref"_s, u"azure-key"_s, u"--reasoning"_s, u"--ca-file"_s,
             QStringLiteral(EVENTDESK_TEST_DATA_DIR "/tls/localhost-cert.pem")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    QJsonArray all = profiles();
    ASSERT_EQ(all.size(), 2);
    QJsonObject local = named(all, u"local"_s);
    EXPECT_TRUE(local[u"active"_s].toBool()) << "the first profile is the default";
    EXPECT_EQ(local[u"provider"_s].toString(), u"openai"_s);
    EXPECT_EQ(local[u"temperature"_s].toDouble(), 0.2);
    EXPECT_EQ(local[u"maxTokens"_s].toInt(), 300);
    EXPECT_EQ(local[u"proxy"_s].toString(), u"none"_s);
    const QJsonObject azure = named(all, u"azure"_s);
    EXPECT_EQ(
        azure[u"endpoint"_s].toString(),
        u"https://res.openai.azure.com/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21"_s);
    EXPECT_TRUE(azure[u"reasoning"_s].toBool());
    EXPECT_EQ(azure[u"keyRef"_s].toString(), u"azure-key"_s);
    EXPECT_TRUE(azure[u"caCertificates"_s].toString().endsWith(u"tests/data/tls/localhost-cert.pem"_s));
    EXPECT_FALSE(azure[u"active"_s].toBool());

    // update changes only what is given
    r = cli({u"llm"_s, u"profile"_s, u"update"_s, u"local"_s, u"--model"_s, u"qwen2.5"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    local = named(profiles(), u"local"_s);
    EXPECT_EQ(local[u"model"_s].toString(), u"qwen2.5"_s);
    EXPECT_EQ(local[u"temperature"_s].toDouble(), 0.2);
    EXPECT_EQ(local[u"maxTokens"_s].toInt(), 300);
    EXPECT_EQ(local[u"proxy"_s].toString(), u"none"_s);

    r = cli({u"llm"_s, u"profile"_s, u"default"_s, u"azure"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), u"\"azure\" is now the default profile."_s);
    EXPECT_TRUE(named(profiles(), u"azure"_s)[u"active"_s].toBool());

    r = cli({u"llm"_s, u"profile"_s, u"remove"_s, u"azure"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    all = profiles();
    ASSERT_EQ(all.size(), 1);
    EXPECT_TRUE(named(all, u"local"_s)[u"active"_s].toBool()) << "the default moves to a remaining profile";
    EXPECT_TRUE(settingsText().contains(u"qwen2.5"_s)) << "kept in the settings file";
}

TEST_F(LlmProfileCliTest, ContextWindowIsAProfileSetting)
{
    CliRun r = cli({u"llm"_s, u"profile"_s, u"add"_s, u"local"_s, u"--provider"_s, u"ollama"_s,
                    u"--base-url"_s, m_server.baseUrl().toString() + u"/v1"_s, u"--model"_s, u"llama3.1"_s,
                    u"--context-window"_s, u"32768"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(named(profiles(), u"local"_s)[u"contextWindow"_s].toInt(), 32768);
    r = cli({u"llm"_s, u"profile"_s, u"update"_s, u"local"_s, u"--context-window"_s, u"16384"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(named(profiles(), u"local"_s)[u"contextWindow"_s].toInt(), 16384);

    r = cli({u"llm"_s, u"profile"_s, u"update"_s, u"local"_s, u"--context-window"_s, u"lots"_s});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_EQ(r.err.trimmed(), u"--context-window must be a whole number of tokens, not \"lots\"."_s);
    r = cli({u"llm"_s, u"profile"_s, u"update"_s, u"local"_s, u"--context-window"_s, u"0"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(named(profiles(), u"local"_s).contains(u"contextWindow"_s)) << "0: the provider's default";
}

TEST_F(LlmProfileCliTest, MistakesAreOneSentence)
{
    const QStringList base{u"--base-url"_s, u"https://api.openai.com"_s, u"--model"_s, u"gpt-4o"_s};
    CliRun r =
        cli(QStringList{u"llm"_s, u"profile"_s, u"add"_s, u"a"_s, u"--provider"_s, u"gemini"_s} + base);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(sentences(r), QStringList{u"Unknown provider \"gemini\"; use openai, azure or anthropic."_s});

    r = cli({u"llm"_s, u"profile"_s, u"add"_s, u"a"_s, u"--provider"_s, u"openai"_s, u"--base-url"_s,
             u"ftp://files.example.com"_s, u"--model"_s, u"gpt-4o"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(sentences(r),
              QStringList{u"The base URL \"ftp://files.example.com\" is not an http or https address."_s});

    r = cli(QStringList{u"llm"_s, u"profile"_s, u"add"_s, u"a"_s, u"--provider"_s, u"openai"_s} + base);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli(QStringList{u"llm"_s, u"profile"_s, u"add"_s, u"a"_s, u"--provider"_s, u"openai"_s} + base);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(sentences(r), QStringList{u"A profile named \"a\" already exists."_s});

    for (const QString &action : {u"update"_s, u"remove"_s, u"default"_s}) {
        r = cli({u"llm"_s, u"profile"_s, action, u"nope"_s});
        EXPECT_EQ(r.exitCode, 1) << action.toStdString();
        EXPECT_EQ(sentences(r), QStringList{u"There is no profile named \"nope\"."_s})
            << action.toStdString();
    }
    r = cli({u"llm"_s, u"profile"_s, u"update"_s, u"a"_s, u"--proxy"_s, u"proxy.corp"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(sentences(r).size(), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"is not an address such as"_s)) << r.err.toStdString();

    // usage mistakes: exit code 2
    EXPECT_EQ(cli({u"llm"_s, u"profile"_s, u"add"_s, u"b"_s, u"--model"_s, u"x"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"llm"_s, u"profile"_s, u"rename"_s, u"a"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"llm"_s, u"profile"_s, u"remove"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"llm"_s, u"profile"_s, u"add"_s, u"c"_s, u"--colour"_s, u"red"_s}).exitCode, 2);
    EXPECT_EQ(profiles().size(), 1) << "nothing changed by the mistakes";
}

TEST_F(LlmProfileCliTest, LoginsInAddressesAreRefusedAndNeverPrinted)
{
    CliRun r = cli({u"llm"_s, u"profile"_s, u"add"_s, u"corp"_s, u"--provider"_s, u"openai"_s,
                    u"--base-url"_s, u"https://api.openai.com"_s, u"--model"_s, u"gpt-4o"_s, u"--proxy"_s,
                    u"http://bob:s3cret@proxy.corp:3128"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(sentences(r), QStringList{u"The proxy address must not contain a user name or password, which "
                                        "would be stored in plain text in the settings."_s});
    r = cli({u"llm"_s, u"profile"_s, u"add"_s, u"corp"_s, u"--provider"_s, u"openai"_s, u"--base-url"_s,
             u"https://api.openai.com"_s, u"--model"_s, u"gpt-4o"_s, u"--proxy"_s,
             u"http://proxy.corp:3128"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({u"llm"_s, u"profile"_s, u"update"_s, u"corp"_s, u"--base-url"_s,
             u"https://bob:s3cret@api.openai.com"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(sentences(r).size(), 1) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(u"s3cret"_s));
    EXPECT_FALSE(settingsText().contains(u"s3cret"_s));

    // Settings written by an older version with a login in the proxy: never printed.
    QDirIterator files(m_home.filePath(u"config"_s), QDir::Files, QDirIterator::Subdirectories);
    bool planted = false;
    while (files.hasNext()) {
        QFile f(files.next());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        QByteArray text = f.readAll();
        if (!text.contains("http://proxy.corp:3128"))
            continue;
        text.replace("http://proxy.corp:3128", "http://bob:s3cret@proxy.corp:3128");
        f.resize(0);
        f.write(text);
        planted = true;
    }
    ASSERT_TRUE(planted);
    r = cli({u"llm"_s, u"profiles"_s, u"--json"_s});
    EXPECT_FALSE(r.out.contains(u"s3cret"_s)) << r.out.toStdString();
    EXPECT_EQ(named(r.json().array(), u"corp"_s)[u"proxy"_s].toString(), u"http://proxy.corp:3128"_s);
    r = cli({u"llm"_s, u"profiles"_s});
    EXPECT_FALSE(r.out.contains(u"s3cret"_s)) << r.out.toStdString();
}

TEST_F(LlmProfileCliTest, TestUsesTheStoredProfileThroughItsProxy)
{
    FakeLlmServer proxy;
    proxy.setAnswerText(u"{\"ok\": true}"_s);
    CliRun r = cli({u"llm"_s, u"profile"_s, u"add"_s, u"corp"_s, u"--provider"_s, u"openai"_s,
                    u"--base-url"_s, u"http://llm.invalid/v1"_s, u"--model"_s, u"gpt-4o-mini"_s, u"--proxy"_s,
                    proxy.baseUrl().toString()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({u"llm"_s, u"test"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(u"Profile \"corp\" reached model gpt-4o-mini in "_s)) << r.out.toStdString();
    ASSERT_EQ(proxy.requestCount(), 1);
    EXPECT_EQ(proxy.requests()[0].path, "http://llm.invalid/v1/chat/completions");
    EXPECT_EQ(m_server.requestCount(), 0);
}

TEST_F(LlmProfileCliTest, SystemProxyFromTheEnvironment)
{
    FakeLlmServer proxy;
    proxy.setAnswerText(u"{\"ok\": true}"_s);
    CliRun r = cli({u"llm"_s, u"profile"_s, u"add"_s, u"corp"_s, u"--provider"_s, u"openai"_s,
                    u"--base-url"_s, u"http://llm.invalid/v1"_s, u"--model"_s, u"gpt-4o-mini"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    m_env.insert(u"http_proxy"_s, proxy.baseUrl().toString());
    r = cli({u"llm"_s, u"test"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_EQ(proxy.requestCount(), 1);
    EXPECT_EQ(proxy.requests()[0].path, "http://llm.invalid/v1/chat/completions");

    // "none" goes around it, so the made-up host cannot be found.
    r = cli({u"llm"_s, u"profile"_s, u"update"_s, u"corp"_s, u"--proxy"_s, u"none"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({u"llm"_s, u"test"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(proxy.requestCount(), 1);
    EXPECT_TRUE(
        r.err.contains(u"The language-model service could not be reached; check the address and network."_s))
        << r.err.toStdString();
}

TEST_F(LlmProfileCliTest, HelpListsTheLanguageModelCommands)
{
    const CliRun r = cli({u"--help"_s});
    ASSERT_EQ(r.exitCode, 0);
    for (const QString &command : {u"llm profiles"_s, u"llm profile add|update|remove|default"_s,
                                   u"llm test"_s, u"llm key"_s, u"ask \"QUESTION\""_s})
        EXPECT_TRUE(r.out.contains(command)) << command.toStdString();
}

TEST_F(LlmCliTest, AskRecordsTheEventsMonthForTheBudget)
{
    createEventWithPeople();
    CliRun r = cli({u"ask"_s, u"Hello?"_s, u"--json"_s, u"--no-cache"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QString ledger;
    for (QDirIterator it(m_home.filePath(u"data"_s), {u"llm-usage.sqlite"_s}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        ledger = it.next();
    ASSERT_FALSE(ledger.isEmpty());
    const CliRun events = cli({u"event"_s, u"list"_s, u"--json"_s});
    ASSERT_EQ(events.exitCode, 0) << events.err.toStdString();
    const QUuid eventId(events.json().array().at(0)[u"id"_s].toString());
    ASSERT_FALSE(eventId.isNull()) << events.out.toStdString();
    const EventDesk::AssistantUsage::Totals totals =
        EventDesk::AssistantUsage::totals(ledger, eventId, QDate::currentDate());
    EXPECT_EQ(totals.event.requests, 1);
    EXPECT_EQ(totals.month.requests, 1) << "the month's total is what the budget is compared with";
    EXPECT_EQ(totals.month.inputTokens, r.json()[u"usage"_s][u"inputTokens"_s].toInt());
}
