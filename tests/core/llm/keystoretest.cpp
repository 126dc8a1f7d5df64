// The headless path: no keychain service is reachable, so KeyStore says so and uses EVENTDESK_API_KEY.
#include "llm/keystore.h"

#include "llm/llmerror.h"

#include <QCoreApplication>
#include <QTest>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{
class KeyStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/eventdesk-test-bus");
        qunsetenv("EVENTDESK_API_KEY");
    }
    void TearDown() override
    {
        if (m_bus.isEmpty())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus);
        qunsetenv("EVENTDESK_API_KEY");
    }
    KeyStore::Lookup lookup(const ProviderProfile &p)
    {
        std::optional<KeyStore::Lookup> result;
        m_store.keyFor(p, [&](KeyStore::Lookup l) { result = std::move(l); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
        return result.value_or(KeyStore::Lookup{});
    }
    KeyStore m_store{u"EventDeskTests"_s};
    QByteArray m_bus;
};
} // namespace

TEST_F(KeyStoreTest, NoServiceSaysSoAndUsesEnvironment)
{
    qputenv("EVENTDESK_API_KEY", "sk-from-env");
    ProviderProfile p;
    p.keyRef = u"remote"_s;
    const KeyStore::Lookup l = lookup(p);
    EXPECT_FALSE(l.error) << l.error->detail.toStdString();
    EXPECT_EQ(l.key, u"sk-from-env"_s);
    EXPECT_EQ(l.notice, u"No system keychain service is running; using the key from EVENTDESK_API_KEY."_s);
}

TEST_F(KeyStoreTest, NoServiceAndNoEnvironmentIsAnError)
{
    ProviderProfile p;
    p.keyRef = u"remote"_s;
    const KeyStore::Lookup l = lookup(p);
    ASSERT_TRUE(l.error);
    EXPECT_EQ(LlmError::kindOf(*l.error), LlmError::Kind::NoKey);
    EXPECT_TRUE(l.key.isEmpty());
    EXPECT_FALSE(l.notice.isEmpty());
}

TEST_F(KeyStoreTest, WritingWithoutServiceFailsInsteadOfPlaintext)
{
    std::optional<Result<void>> result;
    m_store.writeKey(u"remote"_s, u"sk-never-plaintext"_s, [&](Result<void> r) { result = std::move(r); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
    ASSERT_FALSE(*result);
    EXPECT_TRUE(KeyStore::isUnavailable(result->error()))
        << int(result->error().code) << " " << result->error().detail.toStdString();
}

TEST_F(KeyStoreTest, ProfileWithoutKeyRefUsesEnvironmentOrNothing)
{
    ProviderProfile p;
    EXPECT_TRUE(lookup(p).key.isEmpty());
    qputenv("EVENTDESK_API_KEY", "sk-env");
    EXPECT_EQ(lookup(p).key, u"sk-env"_s);
}

// A store destroyed while the keychain works (a window closed right after Disconnect deleted the team
// password): the keychain's late answer must find its job alive, and call back nobody. Under AddressSanitizer
// (the asan preset) a job deleted with its store is a heap-use-after-free here.
TEST_F(KeyStoreTest, AStoreGoneBeforeTheKeychainAnswersCallsBackNobody)
{
    bool called = false;
    {
        KeyStore gone(u"EventDeskTests"_s);
        gone.deleteKey(u"remote"_s, [&](Result<void>) { called = true; });
        gone.readKey(u"remote"_s, [&](Result<QString>) { called = true; });
        QCoreApplication::processEvents(); // the jobs start: their requests are on their way
    }
    // A later request of another store is answered after the earlier ones (in order, on the same bus).
    std::optional<Result<void>> later;
    m_store.deleteKey(u"remote"_s, [&](Result<void> r) { later = std::move(r); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return later.has_value(); }, 30000));
    QCoreApplication::processEvents(); // the jobs' own deletion (deleteLater)
    EXPECT_FALSE(called);
}
