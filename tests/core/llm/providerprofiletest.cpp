#include "llm/providerprofile.h"

#include "settings.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{
ProviderProfile make(ProviderKind kind, const QString &base, const QString &model = u"m"_s)
{
    ProviderProfile p;
    p.name = u"p"_s;
    p.provider = kind;
    p.baseUrl = base;
    p.model = model;
    return p;
}

// Settings in a temporary folder, environment overrides cleared.
class ProviderProfileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        for (const char *v : {"EVENTDESK_LLM_PROVIDER", "EVENTDESK_LLM_BASE_URL", "EVENTDESK_LLM_MODEL"})
            qunsetenv(v);
        QSettings().clear();
    }
    void TearDown() override
    {
        QSettings().clear();
        for (const char *v : {"EVENTDESK_LLM_PROVIDER", "EVENTDESK_LLM_BASE_URL", "EVENTDESK_LLM_MODEL"})
            qunsetenv(v);
    }
    QTemporaryDir m_dir;
};
} // namespace

TEST_F(ProviderProfileTest, JoinsV1WithOrWithoutIt)
{
    const auto k = ProviderKind::OpenAiCompatible;
    EXPECT_EQ(make(k, u"https://api.openai.com"_s).endpoint().toString(),
              u"https://api.openai.com/v1/chat/completions"_s);
    EXPECT_EQ(make(k, u"https://api.openai.com/v1"_s).endpoint().toString(),
              u"https://api.openai.com/v1/chat/completions"_s);
    EXPECT_EQ(make(k, u"https://api.openai.com/v1/"_s).endpoint().toString(),
              u"https://api.openai.com/v1/chat/completions"_s);
    EXPECT_EQ(make(k, u"http://localhost:11434/v1"_s).endpoint().toString(),
              u"http://localhost:11434/v1/chat/completions"_s);
    EXPECT_EQ(make(k, u"https://dashscope.aliyuncs.com/compatible-mode/v1"_s).endpoint().toString(),
              u"https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions"_s);
    EXPECT_EQ(make(k, u"https://example.com/api/v1/chat/completions"_s).endpoint().toString(),
              u"https://example.com/api/v1/chat/completions"_s);
    EXPECT_EQ(make(ProviderKind::Anthropic, u"https://api.anthropic.com"_s).endpoint().toString(),
              u"https://api.anthropic.com/v1/messages"_s);
}

TEST_F(ProviderProfileTest, AzureDeploymentAndApiVersion)
{
    ProviderProfile p = make(ProviderKind::AzureOpenAi, u"https://res.openai.azure.com/"_s, u"gpt4o-prod"_s);
    p.apiVersion = u"2024-10-21"_s;
    EXPECT_EQ(
        p.endpoint().toString(),
        u"https://res.openai.azure.com/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21"_s);
    EXPECT_TRUE(p.validate().isEmpty());
    p.apiVersion.clear();
    EXPECT_EQ(p.validate().size(), 1);
}

TEST_F(ProviderProfileTest, LocalServersNeedNoKey)
{
    EXPECT_TRUE(make(ProviderKind::OpenAiCompatible, u"http://localhost:8080"_s).isLocal());
    EXPECT_TRUE(make(ProviderKind::OpenAiCompatible, u"http://127.0.0.1:8000/v1"_s).isLocal());
    EXPECT_TRUE(make(ProviderKind::OpenAiCompatible, u"http://[::1]:8000/v1"_s).isLocal());
    EXPECT_FALSE(make(ProviderKind::OpenAiCompatible, u"https://api.deepseek.com"_s).isLocal());
}

TEST_F(ProviderProfileTest, ValidateCatchesBadUrlAndMissingModel)
{
    EXPECT_EQ(make(ProviderKind::OpenAiCompatible, u"ftp://x"_s).validate().size(), 1);
    EXPECT_EQ(make(ProviderKind::OpenAiCompatible, u"http://x"_s, QString()).validate().size(), 1);
}

TEST_F(ProviderProfileTest, SettingsRoundTripWithoutKeys)
{
    ProviderProfile a = make(ProviderKind::Anthropic, u"https://api.anthropic.com"_s, u"claude-sonnet-4"_s);
    a.name = u"claude"_s;
    a.keyRef = u"anthropic-main"_s;
    a.temperature = 0.2;
    ProviderProfile b = make(ProviderKind::OpenAiCompatible, u"http://localhost:11434/v1"_s, u"qwen2.5"_s);
    b.name = u"ollama"_s;
    b.reasoning = true;
    ProviderProfile::saveAll({a, b}, u"ollama"_s);
    const QList<ProviderProfile> loaded = ProviderProfile::loadAll();
    ASSERT_EQ(loaded.size(), 2);
    EXPECT_EQ(loaded[0].provider, ProviderKind::Anthropic);
    EXPECT_EQ(loaded[0].keyRef, u"anthropic-main"_s);
    EXPECT_EQ(loaded[0].temperature, 0.2);
    EXPECT_TRUE(loaded[1].reasoning);
    auto active = ProviderProfile::active();
    ASSERT_TRUE(active) << active.error().message.toStdString();
    EXPECT_EQ(active.value().name, u"ollama"_s);
}

TEST_F(ProviderProfileTest, EnvironmentOverridesAndCreatesProfile)
{
    EXPECT_FALSE(ProviderProfile::active());
    qputenv("EVENTDESK_LLM_BASE_URL", "http://127.0.0.1:9999/v1");
    qputenv("EVENTDESK_LLM_MODEL", "llama3");
    auto active = ProviderProfile::active();
    ASSERT_TRUE(active) << active.error().message.toStdString();
    EXPECT_EQ(active.value().model, u"llama3"_s);
    EXPECT_EQ(active.value().endpoint().toString(), u"http://127.0.0.1:9999/v1/chat/completions"_s);
    qputenv("EVENTDESK_LLM_PROVIDER", "anthropic");
    EXPECT_EQ(ProviderProfile::active().value().provider, ProviderKind::Anthropic);
}

TEST_F(ProviderProfileTest, ContextWindowDefaultsPerProviderAndRoundTrips)
{
    EXPECT_EQ(make(ProviderKind::OpenAiCompatible, u"http://localhost:11434/v1"_s).effectiveContextWindow(),
              ProviderProfile::kLocalContextWindow);
    EXPECT_EQ(make(ProviderKind::OpenAiCompatible, u"http://127.0.0.1:8080"_s).effectiveContextWindow(),
              8192);
    EXPECT_EQ(make(ProviderKind::OpenAiCompatible, u"https://api.openai.com"_s).effectiveContextWindow(),
              128000);
    EXPECT_EQ(make(ProviderKind::Anthropic, u"https://api.anthropic.com"_s).effectiveContextWindow(), 200000);

    ProviderProfile p = make(ProviderKind::OpenAiCompatible, u"http://localhost:11434/v1"_s);
    EXPECT_FALSE(p.toJson().contains(u"contextWindow"_s)) << "the default is not written";
    p.contextWindow = 32768;
    EXPECT_EQ(p.effectiveContextWindow(), 32768);
    const ProviderProfile back = ProviderProfile::fromJson(p.toJson());
    EXPECT_EQ(back.contextWindow, 32768);
    EXPECT_EQ(back, p);

    // A profile saved before the setting existed loads with the provider's usual window.
    QJsonObject old = p.toJson();
    old.remove(u"contextWindow"_s);
    EXPECT_EQ(ProviderProfile::fromJson(old).contextWindow, 0);
    EXPECT_EQ(ProviderProfile::fromJson(old).effectiveContextWindow(), 8192);
}

TEST_F(ProviderProfileTest, ContextWindowMustHoldTheAnswer)
{
    ProviderProfile p = make(ProviderKind::OpenAiCompatible, u"http://localhost:11434/v1"_s);
    p.maxTokens = 4096;
    EXPECT_TRUE(p.validate().isEmpty());
    p.contextWindow = 2048;
    ASSERT_EQ(p.problems().size(), 1);
    EXPECT_EQ(p.problems().first().field, ProviderProfile::Field::ContextWindow);
    p.contextWindow = -1;
    ASSERT_EQ(p.problems().size(), 1);
    EXPECT_EQ(p.problems().first().field, ProviderProfile::Field::ContextWindow);
}
