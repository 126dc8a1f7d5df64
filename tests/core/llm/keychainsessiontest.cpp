// The real keychain path: run under a private D-Bus session with gnome-keyring (see with-keyring.sh).
#include "llm/keystore.h"
#include "support/clirun.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{
template <typename T> T wait(std::optional<T> &slot)
{
    EXPECT_TRUE(QTest::qWaitFor([&] { return slot.has_value(); }, 30000));
    return std::move(*slot);
}
} // namespace

TEST(KeychainSessionTest, WriteReadUseAndDeleteAKey)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) << "run through with-keyring.sh";
    qputenv("EVENTDESK_API_KEY", "sk-env-should-not-win");
    KeyStore store(u"EventDeskKeychainTest"_s);

    std::optional<Result<void>> written;
    store.writeKey(u"profile-a"_s, u"sk-keychain-value"_s, [&](Result<void> r) { written = std::move(r); });
    Result<void> w = wait(written);
    ASSERT_TRUE(w) << w.error().detail.toStdString();

    std::optional<Result<QString>> read;
    store.readKey(u"profile-a"_s, [&](Result<QString> r) { read = std::move(r); });
    Result<QString> value = wait(read);
    ASSERT_TRUE(value) << value.error().detail.toStdString();
    EXPECT_EQ(value.value(), u"sk-keychain-value"_s);

    ProviderProfile p;
    p.keyRef = u"profile-a"_s;
    std::optional<KeyStore::Lookup> lookup;
    store.keyFor(p, [&](KeyStore::Lookup l) { lookup = std::move(l); });
    const KeyStore::Lookup l = wait(lookup);
    EXPECT_FALSE(l.error);
    EXPECT_EQ(l.key, u"sk-keychain-value"_s);
    EXPECT_TRUE(l.notice.isEmpty());

    std::optional<Result<void>> deleted;
    store.deleteKey(u"profile-a"_s, [&](Result<void> r) { deleted = std::move(r); });
    ASSERT_TRUE(wait(deleted));
    std::optional<Result<QString>> again;
    store.readKey(u"profile-a"_s, [&](Result<QString> r) { again = std::move(r); });
    Result<QString> gone = wait(again);
    ASSERT_FALSE(gone);
    EXPECT_EQ(gone.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(KeyStore::isUnavailable(gone.error()));
    qunsetenv("EVENTDESK_API_KEY");
}

TEST(KeychainSessionTest, CliStoresAndDeletesAKey)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) << "run through with-keyring.sh";
    auto runCli = [](const QStringList &args, const QByteArray &input) {
        const EventDesk::Test::CliRun r =
            EventDesk::Test::runCli(args, QProcessEnvironment::systemEnvironment(), input);
        EXPECT_FALSE(r.out.contains(u"cli-SECRET"_s)) << "the key is never echoed";
        return r.exitCode;
    };
    ASSERT_EQ(runCli({u"llm"_s, u"key"_s, u"set"_s, u"cli-profile"_s}, "sk-cli-SECRET-42\n"), 0);

    KeyStore store; // the CLI's service name
    std::optional<Result<QString>> read;
    store.readKey(u"cli-profile"_s, [&](Result<QString> r) { read = std::move(r); });
    Result<QString> value = wait(read);
    ASSERT_TRUE(value) << value.error().detail.toStdString();
    EXPECT_EQ(value.value(), u"sk-cli-SECRET-42"_s);

    ASSERT_EQ(runCli({u"llm"_s, u"key"_s, u"delete"_s, u"cli-profile"_s}, {}), 0);
    std::optional<Result<QString>> again;
    store.readKey(u"cli-profile"_s, [&](Result<QString> r) { again = std::move(r); });
    EXPECT_FALSE(wait(again));
}
