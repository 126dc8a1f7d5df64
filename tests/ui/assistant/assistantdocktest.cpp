// The chat dock driven as a person would: widgets found by objectName, the fake language-model server
// answering, the workspace checked through a second connection.
#include "assistantfixture.h"

#include "assistant/assistantusage.h"
#include "common/messagebox.h"
#include "llm/llmprofilesdialog.h"
#include "storage/assistantstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QJsonArray>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using Scenario = EventDesk::Test::FakeLlmServer::Scenario;

namespace
{

class AssistantDockTest : public Test::AssistantFixture
{
protected:
    QString transcript() { return find<QTextBrowser>(u"transcript"_s)->toPlainText(); }
    // The dock with a profile, whose next answer is long and arrives slowly (time to stop it).
    AssistantDock *openDockWithASlowLongAnswer()
    {
        storeProfile(u"local"_s);
        m_server.setAnswerText(u"First words arrive. "_s + QString(u"Then a lot more. "_s).repeated(100));
        m_server.enqueue(Scenario::Slow);
        return openDock();
    }
    void type(const QString &text)
    {
        auto *input = find<QPlainTextEdit>(u"chatInput"_s);
        input->setFocus();
        QTest::keyClicks(input, text);
    }
    // Types the message, presses Enter and waits until the answer is complete.
    void ask(AssistantDock *dock, const QString &text)
    {
        QSignalSpy finished(dock, &AssistantDock::turnFinished);
        auto *send = find<QPushButton>(u"sendButton"_s);
        type(text);
        ASSERT_TRUE(QTest::qWaitFor([&] { return send->isEnabled(); }, 5000)) << "the dock is not ready";
        QTest::keyClick(find<QPlainTextEdit>(u"chatInput"_s), Qt::Key_Return);
        ASSERT_TRUE(finished.count() > 0 || finished.wait(10000));
    }
    QList<AssistantMessage> stored()
    {
        auto messages = AssistantStore(m_probe).messages(m_eventId);
        EXPECT_TRUE(messages.ok());
        return messages ? messages.value() : QList<AssistantMessage>{};
    }
};

} // namespace

TEST_F(AssistantDockTest, EnterSendsAndTheAnswerStreamsIntoTheTranscript)
{
    storeProfile(u"local"_s);
    m_server.setAnswerText(u"The keynote is in **Main Hall**. "_s + QString(u"More detail. "_s).repeated(40) +
                           u"The end."_s);
    m_server.enqueue(Scenario::Slow);
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    EXPECT_TRUE(find<QLabel>(u"profileLabel"_s)->text().contains(u"gpt-4o-mini"_s));
    auto *input = find<QPlainTextEdit>(u"chatInput"_s);
    type(u"Where is"_s);
    QTest::keyClick(input, Qt::Key_Return, Qt::ShiftModifier);
    EXPECT_EQ(input->toPlainText(), u"Where is\n"_s) << "Shift+Enter is a new line";
    QTest::keyClicks(input, u"the keynote?"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QPushButton>(u"sendButton"_s)->isEnabled(); }, 5000));
    QSignalSpy finished(dock, &AssistantDock::turnFinished);
    QTest::keyClick(input, Qt::Key_Return);
    EXPECT_TRUE(input->toPlainText().isEmpty());
    EXPECT_TRUE(find<QPushButton>(u"stopButton"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(u"The keynote is in Main Hall."_s), 10000);
    EXPECT_FALSE(transcript().contains(u"The end."_s)) << "the answer shows while it streams";
    EXPECT_FALSE(transcript().contains(u"**"_s)) << "Markdown is rendered";
    ASSERT_TRUE(finished.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(u"The end."_s), 5000);
    EXPECT_TRUE(transcript().contains(u"Where is\nthe keynote?"_s) ||
                transcript().contains(u"Where is the keynote?"_s))
        << transcript().toStdString();
    EXPECT_FALSE(find<QPushButton>(u"stopButton"_s)->isEnabled());
    ASSERT_EQ(m_server.requestCount(), 1);
    const QJsonArray sent = m_server.requests()[0].json()[u"messages"_s].toArray();
    EXPECT_EQ(sent.last()[u"content"_s].toString(), u"Where is\nthe keynote?"_s);
    EXPECT_TRUE(find<QLabel>(u"usageLabel"_s)->text().contains(u"This conversation: "_s));
}

TEST_F(AssistantDockTest, ToolCallsShowWithTheirResultSize)
{
    storeProfile(u"local"_s);
    m_server.setDefault(Scenario::ToolCall);
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    ask(dock, u"What is the keynote about?"_s);
    EXPECT_TRUE(transcript().contains(u"Tool search_sessions {\"query\":\"keynote\"}: "_s))
        << transcript().toStdString();
    EXPECT_TRUE(transcript().contains(u" bytes"_s));
    EXPECT_FALSE(transcript().contains(u"running"_s));
    EXPECT_TRUE(transcript().contains(m_server.answerText()));
    ASSERT_EQ(m_server.requestCount(), 2);
    // Kept with the answer: shown again after a restart.
    QTRY_COMPARE_WITH_TIMEOUT(stored().size(), 2, 5000);
    const QJsonArray tools = stored()[1].meta[u"toolCalls"_s].toArray();
    ASSERT_EQ(tools.size(), 2);
    EXPECT_EQ(tools[0][u"name"_s].toString(), u"search_sessions"_s);
    EXPECT_GT(tools[0][u"resultBytes"_s].toInteger(), 0);
}

TEST_F(AssistantDockTest, StopKeepsWhatArrivedAndNothingMore)
{
    AssistantDock *dock = openDockWithASlowLongAnswer();
    ASSERT_NE(dock, nullptr);
    type(u"Tell me everything."_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QPushButton>(u"sendButton"_s)->isEnabled(); }, 5000));
    QSignalSpy finished(dock, &AssistantDock::turnFinished);
    QTest::keyClick(find<QPlainTextEdit>(u"chatInput"_s), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(u"First words"_s), 10000);
    QTest::mouseClick(find<QPushButton>(u"stopButton"_s), Qt::LeftButton);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(transcript().contains(u"Stopped."_s));
    const QString atStop = transcript();
    EXPECT_FALSE(find<QPushButton>(u"stopButton"_s)->isEnabled());
    EXPECT_TRUE(find<QPushButton>(u"retryButton"_s)->isEnabled());
    // What had arrived is kept, marked as stopped; a later round trip adds nothing to it.
    QTRY_COMPARE_WITH_TIMEOUT(stored().size(), 2, 5000);
    EXPECT_TRUE(stored()[1].meta[u"stopped"_s].toBool());
    EXPECT_TRUE(stored()[1].content.startsWith(u"First words"_s));
    EXPECT_LT(stored()[1].content.size(), m_server.answerText().size());
    EXPECT_EQ(transcript(), atStop);
    EXPECT_EQ(finished.count(), 1);
}

// The dock sits beside every page, so its buttons take none of the page's Alt keys (Alt+S on the schedule
// sent the typed question instead of auto-scheduling). Escape in the message box stops an answer, and the
// conversation's commands are in Tools, enabled as the buttons are.
TEST_F(AssistantDockTest, TheDockTakesNoAltKeyFromItsPageAndEscapeStops)
{
    AssistantDock *dock = openDockWithASlowLongAnswer();
    ASSERT_NE(dock, nullptr);
    for (QAbstractButton *b : dock->findChildren<QAbstractButton *>())
        if (b->isVisible()) { // (the set-up page's button, without a profile, may keep its key)
            EXPECT_FALSE(QKeySequence::mnemonic(b->text()).count())
                << b->objectName().toStdString() << " " << b->text().toStdString();
        }

    auto *tools = find<QMenu>(u"menuTools"_s);
    auto *stop = find<QAction>(u"actionAssistantStop"_s);
    auto *retry = find<QAction>(u"actionAssistantRetry"_s);
    for (QAction *a : {stop, retry, find<QAction>(u"actionAssistantCopy"_s),
                       find<QAction>(u"actionAssistantClear"_s), find<QAction>(u"actionAssistantPreview"_s)})
        EXPECT_TRUE(tools->actions().contains(a)) << a->objectName().toStdString();
    EXPECT_FALSE(stop->isEnabled());
    EXPECT_FALSE(retry->isEnabled());

    type(u"Tell me everything."_s);
    auto *input = find<QPlainTextEdit>(u"chatInput"_s);
    QSignalSpy finished(dock, &AssistantDock::turnFinished);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(u"First words"_s), 10000);
    EXPECT_TRUE(stop->isEnabled());
    QTest::keyClick(input, Qt::Key_Escape);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(transcript().contains(u"Stopped."_s));
    EXPECT_FALSE(stop->isEnabled());
    EXPECT_TRUE(retry->isEnabled());
}

TEST_F(AssistantDockTest, ConversationIsRestoredAfterReopeningAndPerEvent)
{
    storeProfile(u"local"_s);
    m_server.setAnswerText(u"Main Hall, at 09:30."_s);
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    ask(dock, u"Where is the keynote?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(stored().size(), 2, 5000);
    EXPECT_EQ(stored()[0].role, u"user"_s);
    EXPECT_EQ(stored()[0].content, u"Where is the keynote?"_s);
    EXPECT_EQ(stored()[1].content, u"Main Hall, at 09:30."_s);
    EXPECT_GT(stored()[1].meta[u"usage"_s][u"inputTokens"_s].toInteger(), 0);

    m_window.reset(); // a restart
    dock = openDock();
    ASSERT_NE(dock, nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(u"Main Hall, at 09:30."_s), 5000);
    EXPECT_TRUE(transcript().contains(u"Where is the keynote?"_s));

    // Another event has a conversation of its own; switching back shows this one again.
    auto other = SampleConference::create(m_probe);
    ASSERT_TRUE(other);
    m_window.reset();
    openWindow();
    dock = find<AssistantDock>(u"assistantDock"_s);
    m_window->selectEvent(other.value());
    QTRY_COMPARE_WITH_TIMEOUT(dock->eventId(), other.value(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!transcript().contains(u"Main Hall, at 09:30."_s), 5000);
    m_window->selectEvent(m_eventId);
    QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(u"Main Hall, at 09:30."_s), 5000);
}

TEST_F(AssistantDockTest, RetrySendsTheLastMessageAgainAndCopyTakesTheLastAnswer)
{
    storeProfile(u"local"_s);
    m_server.enqueue(Scenario::Normal, u"First answer."_s);
    m_server.enqueue(Scenario::Normal, u"Second answer."_s);
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    ask(dock, u"Which room is busiest?"_s);
    QSignalSpy finished(dock, &AssistantDock::turnFinished);
    QTest::mouseClick(find<QPushButton>(u"retryButton"_s), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_EQ(m_server.requestCount(), 2);
    const QJsonArray first = m_server.requests()[0].json()[u"messages"_s].toArray();
    const QJsonArray second = m_server.requests()[1].json()[u"messages"_s].toArray();
    EXPECT_EQ(second.size(), first.size()) << "the same request again, not the question twice";
    EXPECT_EQ(second.last()[u"content"_s].toString(), u"Which room is busiest?"_s);
    QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(u"Second answer."_s), 5000);
    QTest::mouseClick(find<QPushButton>(u"copyButton"_s), Qt::LeftButton);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), u"Second answer."_s);
    QTRY_COMPARE_WITH_TIMEOUT(stored().size(), 3, 5000);
}

TEST_F(AssistantDockTest, ClearAsksFirstThenEmptiesTheConversation)
{
    storeProfile(u"local"_s);
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    ask(dock, u"Hello?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(stored().size(), 2, 5000);
    auto *clear = find<QPushButton>(u"clearButton"_s);
    ASSERT_TRUE(clear->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_TRUE(MessageBox::lastText().contains(u"Clear the conversation"_s));
    EXPECT_TRUE(transcript().contains(u"Hello?"_s));
    EXPECT_EQ(stored().size(), 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!transcript().contains(u"Hello?"_s), 5000);
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_FALSE(clear->isEnabled());
}

TEST_F(AssistantDockTest, WithoutAProfileTheEmptyStateOpensTheProfiles)
{
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    auto *pages = find<QStackedWidget>(u"assistantPages"_s);
    EXPECT_EQ(pages->currentWidget()->objectName(), u"assistantEmptyState"_s);
    QTest::mouseClick(find<QPushButton>(u"openProfilesButton"_s), Qt::LeftButton);
    LlmProfilesDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<LlmProfilesDialog *>()) && dialog->isVisible(),
                             5000);
    // A profile set up meanwhile: closing the dialog brings the chat.
    storeProfile(u"local"_s);
    dialog->reject();
    QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(), u"assistantChatPage"_s, 5000);
}

TEST_F(AssistantDockTest, CtrlShiftATogglesTheDock)
{
    storeProfile(u"local"_s);
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    auto *toggle = find<QAction>(u"actionToggleAssistant"_s);
    ASSERT_NE(toggle, nullptr);
    EXPECT_EQ(toggle->shortcut(), QKeySequence(u"Ctrl+Shift+A"_s));
    const bool visible = dock->isVisible();
    EXPECT_TRUE(visible);
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(dock->isVisible(), !visible, 2000);
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(dock->isVisible(), visible, 2000);
    // Shown from the keyboard, the cursor is in the message box: typing goes to the assistant.
    QTRY_VERIFY_WITH_TIMEOUT(find<QPlainTextEdit>(u"chatInput"_s)->hasFocus(), 2000);

    // Shown or hidden, it stays so after a restart (kept with the window's state).
    for (const bool shown : {false, true}) {
        if (dock->isVisible() != shown)
            toggle->trigger();
        m_window->close();
        m_window.reset();
        openWindow();
        dock = find<AssistantDock>(u"assistantDock"_s);
        toggle = find<QAction>(u"actionToggleAssistant"_s);
        EXPECT_EQ(dock->isVisible(), shown);
        EXPECT_EQ(toggle->isChecked(), shown);
    }
}

TEST_F(AssistantDockTest, PreviewShowsTheRedactedRequest)
{
    storeProfile(u"local"_s);
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    type(u"Please write to organiser@example.org about the keynote"_s);
    auto *preview = find<QPushButton>(u"previewButton"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview->isEnabled(); }, 5000));
    QTest::mouseClick(preview, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<QDialog *>(u"previewDialog"_s)) != nullptr, 5000);
    const QString text = dialog->findChild<QPlainTextEdit *>(u"previewText"_s)->toPlainText();
    EXPECT_FALSE(text.contains(u"organiser@example.org"_s));
    EXPECT_TRUE(text.contains(u"Please write to [EMAIL_1] about the keynote"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"System prompt"_s));
    EXPECT_TRUE(text.contains(u"Sessions ("_s)) << "the event's context";
    EXPECT_EQ(m_server.requestCount(), 0) << "a preview sends nothing";
    dialog->reject();
}

TEST_F(AssistantDockTest, BudgetWarningWhenTheMonthPassesTheBudget)
{
    storeProfile(u"local"_s);
    AssistantSettings settings = AssistantSettings::load();
    settings.setMonthlyBudget(0.5);
    settings.save();
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    auto *warning = find<QLabel>(u"budgetWarning"_s);
    ask(dock, u"Hello?"_s);
    EXPECT_FALSE(warning->isVisible()) << "a few tokens of gpt-4o-mini are far from $0.50";
    EXPECT_TRUE(find<QLabel>(u"usageLabel"_s)->text().contains(u"This event this month"_s));
    // Earlier use this month (another task, the CLI) brings the month over the budget.
    AssistantUsage::record({}, m_eventId, QDate::currentDate(), TokenUsage{1000, 1000, 0, true}, 0.75);
    ask(dock, u"Hello again?"_s);
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 5000);
    EXPECT_TRUE(warning->text().contains(u"$0.50"_s)) << warning->text().toStdString();
}

TEST_F(AssistantDockTest, QuickActionsAskForTheirTasksAndTaskPanelsShowBelow)
{
    storeProfile(u"local"_s);
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    QSignalSpy quick(dock, &AssistantDock::quickAction);
    QTest::mouseClick(find<QPushButton>(u"quickBreaksButton"_s), Qt::LeftButton);
    ASSERT_EQ(quick.count(), 1);
    EXPECT_EQ(quick[0][0].value<AssistantTask>(), AssistantTask::Agenda);
    EXPECT_EQ(quick[0][1].toString(), u"Add lunch and coffee breaks."_s);
    type(u"Anna asks about parking"_s);
    QTest::mouseClick(find<QPushButton>(u"quickReplyButton"_s), Qt::LeftButton);
    ASSERT_EQ(quick.count(), 2);
    EXPECT_EQ(quick[1][0].value<AssistantTask>(), AssistantTask::Reply);
    EXPECT_EQ(quick[1][1].toString(), u"Anna asks about parking"_s);
    for (const QString &name :
         {u"quickAgendaButton"_s, u"quickFillButton"_s, u"quickPrefillButton"_s, u"quickReviewButton"_s})
        EXPECT_NE(find<QPushButton>(name), nullptr);

    auto *panel = new QLabel(u"Proposal"_s);
    dock->setTaskPanel(panel);
    EXPECT_TRUE(panel->isVisible());
    EXPECT_EQ(dock->taskPanel(), panel);
    dock->setTaskPanel(nullptr);
    EXPECT_FALSE(panel->isVisible());
    EXPECT_EQ(dock->taskPanel(), nullptr);
}
