#include "assistant/assistantsettings.h"

#include "llm/providerprofile.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{
// Settings in a temporary folder, environment overrides cleared.
class AssistantSettingsTest : public ::testing::Test
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
    void TearDown() override { QSettings().clear(); }

    static ProviderProfile profile(const QString &name, const QString &base)
    {
        ProviderProfile p;
        p.name = name;
        p.provider = ProviderKind::OpenAiCompatible;
        p.baseUrl = base;
        p.model = u"m"_s;
        return p;
    }
    QTemporaryDir m_dir;
};
} // namespace

TEST_F(AssistantSettingsTest, DefaultsRedactEverythingUseTheCacheAndSetNoBudget)
{
    const AssistantSettings s = AssistantSettings::load();
    for (AssistantTask t : AssistantSettings::allTasks()) {
        EXPECT_TRUE(s.redact(t)) << AssistantSettings::taskName(t).toStdString();
        EXPECT_TRUE(s.profileName(t).isEmpty());
        EXPECT_EQ(AssistantSettings::taskFromName(AssistantSettings::taskName(t)), t);
    }
    EXPECT_TRUE(s.cacheEnabled());
    EXPECT_EQ(s.monthlyBudget(), 0);
    EXPECT_FALSE(s.overBudget(1e9));
}

TEST_F(AssistantSettingsTest, SavesAndLoadsEachTasksChoices)
{
    AssistantSettings s;
    s.setProfileName(AssistantTask::Prefill, u"local"_s);
    s.setRedact(AssistantTask::Agenda, false);
    s.setCacheEnabled(false);
    s.setMonthlyBudget(25.5);
    s.save();
    const AssistantSettings loaded = AssistantSettings::load();
    EXPECT_EQ(loaded, s);
    EXPECT_EQ(loaded.profileName(AssistantTask::Prefill), u"local"_s);
    EXPECT_TRUE(loaded.profileName(AssistantTask::Chat).isEmpty());
    EXPECT_FALSE(loaded.redact(AssistantTask::Agenda));
    EXPECT_TRUE(loaded.redact(AssistantTask::Prefill));
    EXPECT_TRUE(loaded.overBudget(25.5));
    EXPECT_FALSE(loaded.overBudget(25.49));

    ChatRequest r;
    loaded.applyTo(AssistantTask::Agenda, r);
    EXPECT_FALSE(r.redact);
    EXPECT_FALSE(r.useCache);
    ChatRequest p;
    loaded.applyTo(AssistantTask::Prefill, p);
    EXPECT_TRUE(p.redact);
}

TEST_F(AssistantSettingsTest, EachTaskGetsItsOwnProfileOrTheDefault)
{
    ProviderProfile::saveAll({profile(u"hosted"_s, u"https://api.example.com"_s),
                              profile(u"local"_s, u"http://127.0.0.1:11434"_s)},
                             u"hosted"_s);
    AssistantSettings s;
    s.setProfileName(AssistantTask::Prefill, u"local"_s);
    s.setProfileName(AssistantTask::Reply, u"gone"_s);
    EXPECT_EQ(s.profileFor(AssistantTask::Chat).value().name, u"hosted"_s);
    EXPECT_EQ(s.profileFor(AssistantTask::Prefill).value().name, u"local"_s);
    const auto missing = s.profileFor(AssistantTask::Reply);
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message.contains(u"\"gone\""_s)) << missing.error().message.toStdString();
}
