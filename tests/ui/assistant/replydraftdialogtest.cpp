// Offscreen GUI tests of the assistant's reply dialog, against the fake language-model server.
#include "assistant/replydraftdialog.h"

#include "../../core/assistant/reviewfixture.h"
#include "../participants/participantsfixture.h"
#include "assistant/assistantsettings.h"
#include "assistant/recordindex.h"
#include "llm/profilestore.h"
#include "participants/participantspage.h"
#include "support/fakellmserver.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace EventDesk;
using namespace Qt::StringLiterals;
using EventDesk::Test::FakeLlmServer;

namespace
{
class ReplyDraftDialogTest : public EventDesk::Test::ParticipantsFixture
{
protected:
    void SetUp() override
    {
        ParticipantsFixture::SetUp();
        for (const char *v :
             {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            qunsetenv(v);
        qputenv("EVENTDESK_LLM_BASE_URL", (m_server.baseUrl().toString() + u"/v1"_s).toUtf8());
        qputenv("EVENTDESK_LLM_MODEL", "model-x");
        m_e.create(m_probe);
    }
    void TearDown() override
    {
        m_dialog.reset();
        qunsetenv("EVENTDESK_LLM_BASE_URL");
        qunsetenv("EVENTDESK_LLM_MODEL");
        ParticipantsFixture::TearDown();
    }
    ReplyDraftDialog &open()
    {
        m_dialog = std::make_unique<ReplyDraftDialog>(m_worker, m_e.event.meta.id);
        m_dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(m_dialog.get()));
        EXPECT_TRUE(QTest::qWaitFor([&] { return m_dialog->isLoaded(); }, 10000));
        return *m_dialog;
    }
    template <typename T> T *child(const QString &name)
    {
        T *c = m_dialog->findChild<T *>(name);
        EXPECT_NE(c, nullptr) << "no child named " << name.toStdString();
        return c;
    }
    // Types the question and clicks Draft; returns once the draft finished.
    bool draft(const QString &question)
    {
        QSignalSpy finished(m_dialog.get(), &ReplyDraftDialog::draftFinished);
        auto *box = child<QPlainTextEdit>(u"replyQuestion"_s);
        box->setFocus();
        QTest::keyClicks(box, question);
        auto *button = child<QPushButton>(u"replyDraftButton"_s);
        EXPECT_TRUE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        EXPECT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));
        return finished.count() == 1 && finished.first().first().toBool();
    }

    FakeLlmServer m_server;
    EventDesk::Test::ReviewEvent m_e;
    std::unique_ptr<ReplyDraftDialog> m_dialog;
};
} // namespace

TEST_F(ReplyDraftDialogTest, DraftShowsTheReplyAndItsFactsLinkedToRecords)
{
    m_server.enqueue(
        FakeLlmServer::Scenario::Normal,
        u"{\"reply\":\"Anna speaks at 14:00 in the Hall.\",\"answered\":true,\"facts\":["
        "{\"kind\":\"session\",\"id\":\"%1\",\"text\":\"starts at 14:00\"},"
        "{\"kind\":\"room\",\"id\":\"%2\",\"text\":\"in the Hall\"},"
        "{\"kind\":\"session\",\"id\":\"deadbeef\",\"text\":\"invented\"}]}"_s.arg(
            RecordIndex::shortId(m_e.annasTalk.meta.id), RecordIndex::shortId(m_e.hall.meta.id)));
    open();
    ASSERT_TRUE(draft(u"When does Anna speak?"_s));
    EXPECT_EQ(child<QPlainTextEdit>(u"replyText"_s)->toPlainText(), u"Anna speaks at 14:00 in the Hall."_s);
    EXPECT_FALSE(child<QLabel>(u"replyNotInData"_s)->isVisible());
    auto *facts = child<QListWidget>(u"replyFacts"_s);
    ASSERT_EQ(facts->count(), 2);
    EXPECT_TRUE(facts->item(0)->text().contains(u"Anna's talk"_s));
    EXPECT_TRUE(facts->item(1)->text().contains(u"Hall"_s));
    auto *unresolved = child<QLabel>(u"replyUnresolved"_s);
    EXPECT_TRUE(unresolved->isVisible());
    EXPECT_TRUE(unresolved->text().contains(u"deadbeef"_s));

    // Activating a fact names its record.
    QSignalSpy activated(m_dialog.get(), &ReplyDraftDialog::recordActivated);
    facts->setFocus();
    facts->setCurrentRow(0);
    QTest::keyClick(facts, Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().at(0).toString(), u"session"_s);
    EXPECT_EQ(activated.first().at(1).toUuid(), m_e.annasTalk.meta.id);

    // The reply is edited, then copied as edited.
    auto *reply = child<QPlainTextEdit>(u"replyText"_s);
    reply->setFocus();
    reply->moveCursor(QTextCursor::End);
    QTest::keyClicks(reply, u" See you there!"_s);
    QTest::mouseClick(child<QPushButton>(u"replyCopyButton"_s), Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), u"Anna speaks at 14:00 in the Hall. See you there!"_s);
}

TEST_F(ReplyDraftDialogTest, AnswerNotInTheDataIsShownAsSuch)
{
    m_server.enqueue(FakeLlmServer::Scenario::Normal,
                     u"{\"reply\":\"We will check and get back to you.\",\"answered\":false,\"facts\":[]}"_s);
    open();
    ASSERT_TRUE(draft(u"Is there parking?"_s));
    auto *notice = child<QLabel>(u"replyNotInData"_s);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(u"Not in the data"_s));
    EXPECT_EQ(child<QPlainTextEdit>(u"replyText"_s)->toPlainText(), u"We will check and get back to you."_s);
}

TEST_F(ReplyDraftDialogTest, PickedRegistrationIsSentWithoutEmailAndTheReplySavesAsEml)
{
    m_server.enqueue(FakeLlmServer::Scenario::Normal,
                     u"{\"reply\":\"You are on the waitlist.\",\"answered\":true,\"facts\":[{\"kind\":"
                     "\"participant\",\"id\":\"%1\",\"text\":\"waitlisted\"}]}"_s.arg(
                         RecordIndex::shortId(m_e.waitlisted.meta.id)));
    open();
    auto *picker = child<QComboBox>(u"replyParticipant"_s);
    picker->setCurrentIndex(picker->findData(m_e.waitlisted.meta.id));
    EXPECT_EQ(m_dialog->participant(), m_e.waitlisted.meta.id);
    ASSERT_TRUE(draft(u"Am I in?"_s));
    ASSERT_EQ(m_server.requestCount(), 1);
    const QString body = QString::fromUtf8(m_server.requests()[0].body);
    EXPECT_TRUE(body.contains(u"registration status waitlisted, ticket type Student"_s));
    EXPECT_FALSE(body.contains(u"wen.wait@example.cn"_s));
    EXPECT_FALSE(body.contains(u"87654321"_s));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"reply.eml"_s);
    QSignalSpy saved(m_dialog.get(), &ReplyDraftDialog::emlSaved);
    m_dialog->saveEmlTo(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return saved.count() == 1; }, 10000));
    EXPECT_TRUE(saved.first().first().toBool());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray eml = file.readAll();
    EXPECT_TRUE(eml.contains("To: wen.wait@example.cn\r\n")) << eml.constData();
    EXPECT_TRUE(eml.contains("Subject: Re: your question about Review Fest\r\n")) << eml.constData();
    EXPECT_TRUE(eml.contains("You are on the waitlist.")) << eml.constData();
}

TEST_F(ReplyDraftDialogTest, CancelStopsADraftUnderWay)
{
    m_server.enqueue(FakeLlmServer::Scenario::Stalled);
    open();
    QSignalSpy finished(m_dialog.get(), &ReplyDraftDialog::draftFinished);
    auto *box = child<QPlainTextEdit>(u"replyQuestion"_s);
    QTest::keyClicks(box, u"Where is the venue?"_s);
    QTest::mouseClick(child<QPushButton>(u"replyDraftButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_server.requestCount() == 1; }, 10000));
    auto *cancel = child<QPushButton>(u"replyCancelButton"_s);
    EXPECT_TRUE(cancel->isEnabled());
    EXPECT_FALSE(child<QPushButton>(u"replyDraftButton"_s)->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_EQ(child<QLabel>(u"replyStatus"_s)->text(), u"Cancelled."_s);
    EXPECT_TRUE(child<QPushButton>(u"replyDraftButton"_s)->isEnabled());
    EXPECT_FALSE(cancel->isEnabled());
    EXPECT_TRUE(child<QPlainTextEdit>(u"replyText"_s)->toPlainText().isEmpty());
}

TEST_F(ReplyDraftDialogTest, ParticipantsContextMenuOpensTheDialogWithThatParticipantPicked)
{
    m_eventId = m_e.event.meta.id;
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    auto *table = find<QTableView>(u"participantTable"_s);
    auto *action = page->findChild<QAction *>(u"actionDraftReply"_s);
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(table->actions().contains(action)); // in the table's context menu
    table->selectRow(page->model()->rowOf(m_e.waitlisted.meta.id));
    ASSERT_TRUE(QTest::qWaitFor([&] { return action->isEnabled(); }, 5000));
    action->trigger();
    auto *dialog = page->findChild<ReplyDraftDialog *>(u"replyDraftDialog"_s);
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->isLoaded(); }, 10000));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->participant(), m_e.waitlisted.meta.id);
    // A fact activated in the dialog reaches the page's listeners (the main window navigates).
    QSignalSpy forwarded(page, &ParticipantsPage::recordActivated);
    emit dialog->recordActivated(u"session"_s, m_e.keynote.meta.id);
    ASSERT_EQ(forwarded.count(), 1);
    dialog->close();
}

TEST_F(ReplyDraftDialogTest, UsesTheProfileChosenForReplies)
{
    // No environment profile: the default profile reaches nothing, the reply task's own reaches the model.
    qunsetenv("EVENTDESK_LLM_BASE_URL");
    qunsetenv("EVENTDESK_LLM_MODEL");
    ProviderProfile nowhere;
    nowhere.name = u"nowhere"_s;
    nowhere.baseUrl = u"http://127.0.0.1:9/v1"_s;
    nowhere.model = u"model-y"_s;
    ProviderProfile local = nowhere;
    local.name = u"local"_s;
    local.baseUrl = m_server.baseUrl().toString() + u"/v1"_s;
    local.model = u"model-x"_s;
    ProfileStore profiles;
    ASSERT_TRUE(profiles.add(nowhere, true));
    ASSERT_TRUE(profiles.add(local));
    profiles.save();
    AssistantSettings settings;
    settings.setProfileName(AssistantTask::Reply, u"local"_s);
    settings.save();
    ASSERT_EQ(AssistantSettings::load().profileName(AssistantTask::Reply), u"local"_s);
    ASSERT_EQ(AssistantSettings::load().profileFor(AssistantTask::Reply).value().name, u"local"_s);
    m_server.enqueue(FakeLlmServer::Scenario::Normal,
                     u"{\"reply\":\"See you there.\",\"answered\":true,\"facts\":[]}"_s);
    open();
    const bool ok = draft(u"Is it on?"_s);
    ProfileStore().save(); // the next tests start without profiles
    AssistantSettings().save();
    ASSERT_TRUE(ok) << child<QLabel>(u"replyStatus"_s)->text().toStdString();
    EXPECT_EQ(m_server.requestCount(), 1);
    EXPECT_TRUE(child<QLabel>(u"replyProfile"_s)->text().contains(u"model-x"_s));
    EXPECT_EQ(child<QPlainTextEdit>(u"replyText"_s)->toPlainText(), u"See you there."_s);
}
