#pragma once

#include "assistant/assistantdock.h"
#include "llm/profilestore.h"
#include "storage/sampleconference.h"
#include "support/fakellmserver.h"
#include "support/guifixture.h"

#include <QAction>
#include <QSettings>
#include <QTemporaryDir>

namespace EventDesk::Test
{

// The main window with the sample conference, settings of this test alone (GUI test executables run in
// parallel), no keychain, and a profile that reaches the fake language-model server.
class AssistantFixture : public GuiFixture
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        GuiFixture::SetUp();
        m_bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/eventdesk-test-bus");
        for (const char *v : {"EVENTDESK_API_KEY", "EVENTDESK_LLM_BASE_URL", "EVENTDESK_LLM_MODEL",
                              "EVENTDESK_LLM_PROVIDER", "http_proxy", "https_proxy"})
            qunsetenv(v);
        ProfileStore().save();
        auto id = SampleConference::create(m_probe);
        ASSERT_TRUE(id);
        m_eventId = id.value();
    }
    void TearDown() override
    {
        GuiFixture::TearDown();
        ProfileStore().save();
        if (m_bus.isEmpty())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus);
    }
    void storeProfile(const QString &name, bool makeDefault = true)
    {
        ProviderProfile p;
        p.name = name;
        p.baseUrl = m_server.baseUrl().toString() + QStringLiteral("/v1");
        p.model = QStringLiteral("gpt-4o-mini");
        ProfileStore store = ProfileStore::load();
        ASSERT_TRUE(store.add(p, makeDefault).ok());
        store.save();
    }
    // The window with its dock showing the sample event's (loaded) conversation.
    AssistantDock *openDock()
    {
        openWindow();
        auto *dock = m_window->findChild<AssistantDock *>(QStringLiteral("assistantDock"));
        EXPECT_NE(dock, nullptr);
        if (dock) {
            if (!dock->isVisible())
                find<QAction>(QStringLiteral("actionToggleAssistant"))->trigger();
            EXPECT_TRUE(dock->isVisible());
            EXPECT_TRUE(QTest::qWaitFor([&] { return dock->eventId() == m_eventId; }, 5000));
        }
        return dock;
    }

    QTemporaryDir m_settingsDir;
    QByteArray m_bus;
    FakeLlmServer m_server;
    QUuid m_eventId;
};

} // namespace EventDesk::Test
