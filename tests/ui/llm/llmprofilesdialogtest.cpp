// The assistant profiles dialog driven as a person would: opened from the Tools menu, fields found by
// objectName, the connection test against the fake language-model server.
#include "llm/llmprofilesdialog.h"

#include "llm/profilestore.h"
#include "support/fakellmserver.h"
#include "support/guifixture.h"
#include "support/screenshot.h"

#include <QAction>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::FakeLlmServer;

namespace
{

class LlmProfilesDialogTest : public Test::GuiFixture
{
protected:
    void SetUp() override
    {
        // Settings of this test alone: GUI test executables run in parallel and would otherwise share the
        // test-mode configuration folder.
        ASSERT_TRUE(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        GuiFixture::SetUp();
        // No keychain service: the dialog must say so and keep the key nowhere.
        m_bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/eventdesk-test-bus");
        for (const char *v : {"EVENTDESK_API_KEY", "EVENTDESK_LLM_BASE_URL", "EVENTDESK_LLM_MODEL",
                              "EVENTDESK_LLM_PROVIDER", "http_proxy", "https_proxy"})
            qunsetenv(v);
        ProfileStore().save(); // no profiles from an earlier test
    }
    void TearDown() override
    {
        ProfileStore().save();
        if (m_bus.isEmpty())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus);
        GuiFixture::TearDown();
    }
    LlmProfilesDialog *openDialog()
    {
        openWindow();
        auto *action = find<QAction>(u"actionLlmProfiles"_s);
        if (!action)
            return nullptr;
        action->trigger();
        LlmProfilesDialog *dialog = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                dialog = m_window->findChild<LlmProfilesDialog *>();
                return dialog && dialog->isVisible();
            },
            5000));
        if (dialog) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
        }
        return dialog;
    }
    template <typename T> T *in(QWidget *dialog, const QString &name)
    {
        T *child = dialog->findChild<T *>(name);
        EXPECT_NE(child, nullptr) << "no child named " << name.toStdString();
        return child;
    }
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    void storeProfile(const QString &name, const QUrl &base)
    {
        ProviderProfile p;
        p.name = name;
        p.baseUrl = base.toString() + u"/v1"_s;
        p.model = u"fake-model"_s;
        ProfileStore store;
        ASSERT_TRUE(store.add(p).ok());
        store.save();
    }
    QString settingsText() const
    {
        QString all;
        QDirIterator files(m_settingsDir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            if (f.open(QIODevice::ReadOnly))
                all += QString::fromUtf8(f.readAll());
        }
        return all;
    }

    QTemporaryDir m_settingsDir;
    QByteArray m_bus;
};

} // namespace

TEST_F(LlmProfilesDialogTest, AddAProfileByTypingAndSaveIt)
{
    auto *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    auto *list = in<QListWidget>(dialog, u"profileList"_s);
    EXPECT_EQ(list->count(), 0);
    QTest::mouseClick(in<QPushButton>(dialog, u"addProfileButton"_s), Qt::LeftButton);
    ASSERT_EQ(list->count(), 1);

    retype(in<QLineEdit>(dialog, u"nameEdit"_s), u"Team server"_s);
    auto *baseUrl = in<QLineEdit>(dialog, u"baseUrlEdit"_s);
    auto *urlProblem = in<QLabel>(dialog, u"baseUrlProblem"_s);
    retype(baseUrl, u"llm.example.org:8000"_s);
    EXPECT_TRUE(urlProblem->isVisible()) << "inline validation";
    EXPECT_EQ(urlProblem->text(),
              u"The base URL \"llm.example.org:8000\" is not an http or https address."_s);
    retype(baseUrl, u"https://llm.example.org:8000/v1"_s);
    EXPECT_FALSE(urlProblem->isVisible());
    auto *modelProblem = in<QLabel>(dialog, u"modelProblem"_s);
    EXPECT_TRUE(modelProblem->isVisible()) << "no model yet";
    QTest::keyClicks(in<QLineEdit>(dialog, u"modelEdit"_s), u"qwen2.5-72b"_s);
    EXPECT_FALSE(modelProblem->isVisible());
    auto *maxTokens = in<QSpinBox>(dialog, u"maxTokensSpin"_s);
    maxTokens->setFocus();
    maxTokens->selectAll();
    QTest::keyClicks(maxTokens, u"512"_s);
    retype(in<QLineEdit>(dialog, u"proxyEdit"_s), u"http://proxy.corp:3128"_s);
    QTest::keyClicks(in<QLineEdit>(dialog, u"apiKeyEdit"_s), u"sk-gui-SECRET-4242"_s);
    EXPECT_EQ(list->item(0)->text(), u"Team server (default)"_s);
    EXPECT_TRUE(dialog->isDirty());
    EXPECT_FALSE(in<QLabel>(dialog, u"proxyProblem"_s)->isVisible());
    auto *proxyEdit = in<QLineEdit>(dialog, u"proxyEdit"_s);
    EXPECT_EQ(proxyEdit->parentWidget()->height(), proxyEdit->height()) << "no gap left by a hidden problem";
    QCoreApplication::sendPostedEvents(); // pending layout requests, so the picture shows the layout
    EventDesk::Test::screenshot(dialog, u"llm-profiles-dialog-editing"_s);

    QTest::mouseClick(in<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    EXPECT_FALSE(dialog->isDirty());
    const ProfileStore saved = ProfileStore::load();
    ASSERT_EQ(saved.profiles().size(), 1);
    const ProviderProfile &p = saved.profiles().first();
    EXPECT_EQ(p.name, u"Team server"_s);
    EXPECT_EQ(p.provider, ProviderKind::OpenAiCompatible);
    EXPECT_EQ(p.baseUrl, u"https://llm.example.org:8000/v1"_s);
    EXPECT_EQ(p.model, u"qwen2.5-72b"_s);
    EXPECT_EQ(p.maxTokens, 512);
    EXPECT_EQ(p.proxy, u"http://proxy.corp:3128"_s);
    EXPECT_EQ(p.keyRef, u"Team server"_s) << "the key's keychain entry is named after the profile";
    EXPECT_EQ(saved.defaultName(), u"Team server"_s);

    // The key goes to the keychain, which is not running here: one sentence, and the key is nowhere.
    auto *keyStatus = in<QLabel>(dialog, u"keyStatusLabel"_s);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return keyStatus->text() ==
                   u"No system keychain service is running, so the API key cannot be kept in it."_s;
        },
        30000))
        << keyStatus->text().toStdString();
    EXPECT_TRUE(in<QLineEdit>(dialog, u"apiKeyEdit"_s)->text().isEmpty());
    EXPECT_FALSE(settingsText().contains(u"SECRET-4242"_s)) << "never in the settings";
    EXPECT_TRUE(settingsText().contains(u"qwen2.5-72b"_s));
    QCoreApplication::sendPostedEvents(); // pending layout requests, so the picture shows the layout
    EventDesk::Test::screenshot(dialog, u"llm-profiles-dialog-saved"_s);
}

TEST_F(LlmProfilesDialogTest, ALoginInTheProxyIsShownAsAProblemAndNeverSaved)
{
    auto *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    QTest::mouseClick(in<QPushButton>(dialog, u"addProfileButton"_s), Qt::LeftButton);
    retype(in<QLineEdit>(dialog, u"nameEdit"_s), u"Corp"_s);
    retype(in<QLineEdit>(dialog, u"baseUrlEdit"_s), u"https://llm.example.org/v1"_s);
    QTest::keyClicks(in<QLineEdit>(dialog, u"modelEdit"_s), u"qwen2.5-72b"_s);
    retype(in<QLineEdit>(dialog, u"proxyEdit"_s), u"http://bob:s3cret@proxy.corp:3128"_s);
    auto *proxyProblem = in<QLabel>(dialog, u"proxyProblem"_s);
    EXPECT_TRUE(proxyProblem->isVisible());
    EXPECT_EQ(proxyProblem->text(),
              u"The proxy address must not contain a user name or password, which would "
              "be stored in plain text in the settings."_s);
    QTest::mouseClick(in<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    EXPECT_TRUE(ProfileStore::load().profiles().isEmpty()) << "nothing saved";
    EXPECT_FALSE(settingsText().contains(u"s3cret"_s));
}

TEST_F(LlmProfilesDialogTest, DuplicateNamesAndInvalidProfilesAreNotSaved)
{
    FakeLlmServer server;
    storeProfile(u"local"_s, server.baseUrl());
    auto *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    auto *list = in<QListWidget>(dialog, u"profileList"_s);
    ASSERT_EQ(list->count(), 1);
    QTest::mouseClick(in<QPushButton>(dialog, u"duplicateProfileButton"_s), Qt::LeftButton);
    ASSERT_EQ(list->count(), 2);
    EXPECT_EQ(in<QLineEdit>(dialog, u"nameEdit"_s)->text(), u"local copy"_s);
    retype(in<QLineEdit>(dialog, u"nameEdit"_s), u"local"_s);
    auto *nameProblem = in<QLabel>(dialog, u"nameProblem"_s);
    EXPECT_TRUE(nameProblem->isVisible());
    EXPECT_EQ(nameProblem->text(), u"Another profile is called \"local\"."_s);
    QTest::mouseClick(in<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    EXPECT_EQ(in<QLabel>(dialog, u"statusLabel"_s)->text(), u"A profile named \"local\" already exists."_s);
    EXPECT_EQ(ProfileStore::load().profiles().size(), 1) << "nothing saved";

    retype(in<QLineEdit>(dialog, u"nameEdit"_s), u"remote"_s);
    QTest::mouseClick(in<QPushButton>(dialog, u"defaultProfileButton"_s), Qt::LeftButton);
    QTest::mouseClick(in<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    ProfileStore saved = ProfileStore::load();
    EXPECT_EQ(saved.profiles().size(), 2);
    EXPECT_EQ(saved.defaultName(), u"remote"_s);

    QTest::mouseClick(in<QPushButton>(dialog, u"removeProfileButton"_s), Qt::LeftButton);
    QTest::mouseClick(in<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    saved = ProfileStore::load();
    ASSERT_EQ(saved.profiles().size(), 1);
    EXPECT_EQ(saved.defaultName(), u"local"_s);
}

TEST_F(LlmProfilesDialogTest, ContextWindowIsEditedAndSaved)
{
    FakeLlmServer server;
    storeProfile(u"local"_s, server.baseUrl());
    auto *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    auto *window = in<QSpinBox>(dialog, u"contextWindowSpin"_s);
    ASSERT_NE(window, nullptr);
    EXPECT_EQ(window->value(), 0);
    EXPECT_EQ(window->text(), u"Usual for this provider (%1)"_s.arg(QLocale().toString(8192)))
        << window->text().toStdString();
    window->setFocus();
    window->selectAll();
    QTest::keyClicks(window, u"512"_s);
    auto *problem = in<QLabel>(dialog, u"contextWindowProblem"_s);
    EXPECT_TRUE(problem->isVisible()) << "smaller than the longest answer (1024)";
    window->selectAll();
    QTest::keyClicks(window, u"32768"_s);
    EXPECT_FALSE(problem->isVisible());
    QTest::mouseClick(in<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    const ProfileStore saved = ProfileStore::load();
    ASSERT_EQ(saved.profiles().size(), 1);
    EXPECT_EQ(saved.profiles().first().contextWindow, 32768);
}

TEST_F(LlmProfilesDialogTest, TestConnectionShowsTheResultSentence)
{
    FakeLlmServer server;
    server.setAnswerText(u"{\"ok\": true}"_s);
    storeProfile(u"fake"_s, server.baseUrl());
    auto *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    auto *test = in<QPushButton>(dialog, u"testConnectionButton"_s);
    auto *progress = in<QProgressBar>(dialog, u"testProgress"_s);
    auto *result = in<QLabel>(dialog, u"testResultLabel"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    EXPECT_TRUE(progress->isVisible());
    EXPECT_TRUE(in<QPushButton>(dialog, u"cancelTestButton"_s)->isVisible());
    EXPECT_FALSE(test->isEnabled());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !progress->isVisible(); }, 20000));
    EXPECT_TRUE(result->text().startsWith(u"Profile \"fake\" reached model fake-model in "_s))
        << result->text().toStdString();
    EXPECT_EQ(server.requestCount(), 1);
    QCoreApplication::sendPostedEvents(); // pending layout requests, so the picture shows the layout
    EventDesk::Test::screenshot(dialog, u"llm-profiles-dialog-test-ok"_s);

    server.setDefault(FakeLlmServer::Scenario::Unauthorized);
    QTest::mouseClick(test, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !progress->isVisible(); }, 20000));
    EXPECT_EQ(result->text(),
              u"The language-model service rejected the API key; check the key for this profile."_s);
    EXPECT_TRUE(test->isEnabled());
    QCoreApplication::sendPostedEvents(); // pending layout requests, so the picture shows the layout
    EventDesk::Test::screenshot(dialog, u"llm-profiles-dialog-test-bad-key"_s);
}

TEST_F(LlmProfilesDialogTest, TestConnectionCanBeCancelled)
{
    FakeLlmServer server;
    server.setDefault(FakeLlmServer::Scenario::Stalled);
    storeProfile(u"stalled"_s, server.baseUrl());
    auto *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    QSignalSpy received(&server, &FakeLlmServer::requestReceived);
    QTest::mouseClick(in<QPushButton>(dialog, u"testConnectionButton"_s), Qt::LeftButton);
    ASSERT_TRUE(received.wait(10000));
    QTest::mouseClick(in<QPushButton>(dialog, u"cancelTestButton"_s), Qt::LeftButton);
    EXPECT_FALSE(in<QProgressBar>(dialog, u"testProgress"_s)->isVisible());
    EXPECT_EQ(in<QLabel>(dialog, u"testResultLabel"_s)->text(), u"The request was cancelled."_s);
    EXPECT_TRUE(in<QPushButton>(dialog, u"testConnectionButton"_s)->isEnabled());
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.openConnections() == 0; }, 5000)) << "connection closed";
}
