#include "llm/profilestore.h"

#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{
ProviderProfile profile(const QString &name, const QString &url = u"http://localhost:11434/v1"_s)
{
    ProviderProfile p;
    p.name = name;
    p.baseUrl = url;
    p.model = u"llama3.1"_s;
    return p;
}

// Settings in a temporary folder.
class ProfileStoreTest : public ::testing::Test
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

TEST_F(ProfileStoreTest, FirstProfileBecomesDefaultAndIsPersisted)
{
    ProfileStore store = ProfileStore::load();
    ASSERT_TRUE(store.add(profile(u"ollama"_s)).ok());
    ASSERT_TRUE(store.add(profile(u"openai"_s, u"https://api.openai.com"_s)).ok());
    EXPECT_EQ(store.defaultName(), u"ollama"_s);
    store.save();
    const ProfileStore again = ProfileStore::load();
    ASSERT_EQ(again.profiles().size(), 2);
    EXPECT_EQ(again.profiles().at(1), profile(u"openai"_s, u"https://api.openai.com"_s));
    EXPECT_EQ(again.defaultName(), u"ollama"_s);
    EXPECT_EQ(ProviderProfile::activeName(), u"ollama"_s);
}

TEST_F(ProfileStoreTest, RulesAreCheckedAndNothingChangesOnFailure)
{
    ProfileStore store;
    ASSERT_TRUE(store.add(profile(u"a"_s)).ok());
    auto dup = store.add(profile(u"a"_s));
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().code, ErrorCode::DuplicateId);
    EXPECT_EQ(dup.error().message, u"A profile named \"a\" already exists."_s);
    auto bad = store.add(profile(u"b"_s, u"ftp://x"_s));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().message, u"The base URL \"ftp://x\" is not an http or https address."_s);
    ProviderProfile proxied = profile(u"c"_s);
    proxied.proxy = u"not a proxy"_s;
    EXPECT_FALSE(store.add(proxied).ok());
    proxied.proxy = u"http://proxy.corp:3128"_s;
    EXPECT_TRUE(store.add(proxied).ok());
    EXPECT_EQ(store.remove(u"zz"_s).error().message, u"There is no profile named \"zz\"."_s);
    EXPECT_FALSE(store.setDefault(u"zz"_s).ok());
    EXPECT_EQ(store.profiles().size(), 2);
}

TEST_F(ProfileStoreTest, RenameAndRemoveCarryTheDefault)
{
    ProfileStore store;
    ASSERT_TRUE(store.add(profile(u"a"_s)).ok());
    ASSERT_TRUE(store.add(profile(u"b"_s), true).ok());
    EXPECT_EQ(store.defaultName(), u"b"_s);
    ProviderProfile renamed = profile(u"c"_s);
    ASSERT_TRUE(store.update(u"b"_s, renamed).ok());
    EXPECT_EQ(store.defaultName(), u"c"_s);
    EXPECT_FALSE(store.update(u"c"_s, profile(u"a"_s)).ok()) << "renaming onto another profile";
    ASSERT_TRUE(store.remove(u"c"_s).ok());
    EXPECT_EQ(store.defaultName(), u"a"_s);
    EXPECT_EQ(store.unusedName(u"a"_s), u"a copy"_s);
    ASSERT_TRUE(store.add(profile(u"a copy"_s)).ok());
    EXPECT_EQ(store.unusedName(u"a"_s), u"a copy 2"_s);
}

TEST_F(ProfileStoreTest, AddressesWithAUserNameOrPasswordAreRefusedAndNeverStored)
{
    ProfileStore store;
    auto withLogin = store.add(profile(u"a"_s, u"https://bob:s3cret@llm.corp.example/v1"_s));
    ASSERT_FALSE(withLogin.ok());
    EXPECT_EQ(
        withLogin.error().message,
        u"The base URL must not contain a user name or password; settings are not a safe place for them, "
        "so put the key in the keychain."_s);
    ProviderProfile proxied = profile(u"b"_s);
    proxied.proxy = u"http://bob:s3cret@proxy.corp:3128"_s;
    auto proxyLogin = store.add(proxied);
    ASSERT_FALSE(proxyLogin.ok());
    EXPECT_EQ(proxyLogin.error().message,
              u"The proxy address must not contain a user name or password, which "
              "would be stored in plain text in the settings."_s);
    EXPECT_FALSE(proxyLogin.error().message.contains(u"s3cret"_s));
    ASSERT_TRUE(store.add(profile(u"c"_s)).ok());
    proxied.name = u"c"_s;
    EXPECT_FALSE(store.update(u"c"_s, proxied).ok());
    EXPECT_TRUE(store.find(u"c"_s)->proxy.isEmpty());
    store.save();
    EXPECT_FALSE(QSettings().value(u"Llm/profiles"_s).toString().contains(u"s3cret"_s));

    // Settings written before the rule: the password is never written back or printed.
    ProviderProfile legacy = profile(u"old"_s, u"https://bob:s3cret@llm.corp.example/v1"_s);
    legacy.proxy = u"socks5://bob:s3cret@proxy.corp:1080"_s;
    const QJsonObject json = legacy.toJson();
    EXPECT_EQ(json.value(u"baseUrl"_s).toString(), u"https://llm.corp.example/v1"_s);
    EXPECT_EQ(json.value(u"proxy"_s).toString(), u"socks5://proxy.corp:1080"_s);
    EXPECT_FALSE(legacy.problems().isEmpty());
}
