// The one settings place: keys, defaults, the workspace used when none is given.
#include "settings.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{
class SettingsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
    }
    void TearDown() override { QSettings().clear(); }
    QTemporaryDir m_dir;
};
} // namespace

TEST_F(SettingsTest, NewKeysHaveTheirDefaultsAndKeepWhatIsSet)
{
    EXPECT_TRUE(Settings::value(Settings::Key::RememberWindowState).toBool());
    EXPECT_EQ(Settings::value(Settings::Key::SyncServerUrl).toString(), QString());
    Settings::setValue(Settings::Key::SyncServerUrl, u"https://sync.example.org"_s);
    Settings::setValue(Settings::Key::RememberWindowState, false);
    EXPECT_EQ(Settings::value(Settings::Key::SyncServerUrl).toString(), u"https://sync.example.org"_s);
    EXPECT_FALSE(Settings::value(Settings::Key::RememberWindowState).toBool());
    Settings::remove(Settings::Key::RememberWindowState);
    EXPECT_TRUE(Settings::value(Settings::Key::RememberWindowState).toBool());
}

TEST_F(SettingsTest, TheDefaultWorkspaceSettingIsUsedUnlessTheEnvironmentNamesOne)
{
    qunsetenv("EVENTDESK_DB");
    EXPECT_EQ(Settings::defaultWorkspacePath(), Settings::appDataWorkspacePath());
    Settings::setValue(Settings::Key::DefaultWorkspace, m_dir.filePath(u"team.eventdesk"_s));
    EXPECT_EQ(Settings::defaultWorkspacePath(), m_dir.filePath(u"team.eventdesk"_s));
    qputenv("EVENTDESK_DB", "/elsewhere.eventdesk");
    EXPECT_EQ(Settings::defaultWorkspacePath(), u"/elsewhere.eventdesk"_s);
    qunsetenv("EVENTDESK_DB");
}
