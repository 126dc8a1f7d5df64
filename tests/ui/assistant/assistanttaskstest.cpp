// The dock's quick actions in the main window: an agenda request lands in the proposal panel below the
// conversation and on the schedule editor, Review shows its findings there, Draft reply opens its dialog.
#include "assistantfixture.h"

#include "assistant/agendaproposalpanel.h"
#include "assistant/assistanttasks.h"
#include "assistant/assistantusage.h"
#include "assistant/replydraftdialog.h"
#include "assistant/reviewpanel.h"
#include "schedule/schedulepage.h"
#include "schedule/schedulescene.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using Scenario = EventDesk::Test::FakeLlmServer::Scenario;

namespace
{

class AssistantTasksTest : public Test::AssistantFixture
{
protected:
    SchedulePage *schedule() { return m_window->findChild<SchedulePage *>(); }
    // The model's next answer places the sample's first unscheduled session in the first room at a time of
    // the first day (09:00 is taken, 16:00 free); returns that session.
    Session enqueueFillOfTheFirstUnscheduled(const QString &time = u"09:00"_s)
    {
        const Event event = m_probe.get<Event>(m_eventId).value();
        Session unscheduled;
        for (const Session &s : m_probe.list<Session>(m_eventId).value())
            if (!s.isScheduled() && unscheduled.meta.id.isNull())
                unscheduled = s;
        EXPECT_FALSE(unscheduled.meta.id.isNull()) << "the sample has an unscheduled session";
        const Room room = m_probe.list<Room>(m_eventId).value().value(0);
        m_server.enqueue(Scenario::Normal,
                         uR"({"summary": "One more talk", "placements": [{"session": "%1", "room": "%2",
                             "start": "%3T%4", "duration_minutes": %5}], "new_sessions": []})"_s
                             .arg(unscheduled.meta.id.toString(QUuid::WithoutBraces),
                                  room.meta.id.toString(QUuid::WithoutBraces),
                                  event.startDate.toString(Qt::ISODate), time)
                             .arg(unscheduled.durationMinutes));
        return unscheduled;
    }
};

} // namespace

TEST_F(AssistantTasksTest, FillUnscheduledDrawsTheProposalOnTheScheduleAndRejectClearsIt)
{
    storeProfile(u"local"_s);
    const Session unscheduled = enqueueFillOfTheFirstUnscheduled();
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    AgendaProposalPanel *panel = m_window->assistantTasks()->agendaPanel();

    QTest::mouseClick(find<QPushButton>(u"quickFillButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->hasProposal(); }, 20000))
        << panel->statusText().toStdString();
    EXPECT_EQ(dock->taskPanel(), panel);
    EXPECT_TRUE(panel->isVisible());
    EXPECT_EQ(find<QListWidget>(u"sectionList"_s)->currentRow(), 1); // the schedule editor, with the diff
    ASSERT_NE(schedule(), nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !schedule()->scene()->proposalGhosts().isEmpty(); }, 5000));
    ASSERT_EQ(m_server.requestCount(), 1);
    EXPECT_TRUE(
        QString::fromUtf8(m_server.requests().at(0).body).contains(u"Fill the unscheduled sessions"_s));

    QTest::mouseClick(panel->findChild<QPushButton *>(u"rejectProposalButton"_s), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return schedule()->scene()->proposalGhosts().isEmpty(); }, 5000));
    EXPECT_FALSE(m_probe.get<Session>(unscheduled.meta.id).value().isScheduled()); // nothing written
}

// The proposal's Apply from the keyboard: Tools › Apply Proposal (Alt+T, O), enabled only while a proposal
// shows.
TEST_F(AssistantTasksTest, ToolsApplyProposalWritesTheProposalFromTheKeyboard)
{
    storeProfile(u"local"_s);
    const Session unscheduled = enqueueFillOfTheFirstUnscheduled(u"16:00"_s);
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    AgendaProposalPanel *panel = m_window->assistantTasks()->agendaPanel();
    auto *apply = find<QAction>(u"actionApplyProposal"_s);
    EXPECT_FALSE(apply->isEnabled());
    find<QAction>(u"actionAssistantFill"_s)->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->hasProposal(); }, 20000))
        << panel->statusText().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return apply->isEnabled(); }, 5000))
        << panel->statusText().toStdString();
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    auto *tools = find<QMenu>(u"menuTools"_s);
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::activePopupWidget(), tools, 5000);
    QTest::keyClick(tools, Qt::Key_O); // Apply Pr&oposal
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_probe.get<Session>(unscheduled.meta.id).value().isScheduled(); }, 10000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !apply->isEnabled(); }, 5000));
}

TEST_F(AssistantTasksTest, ReviewShowsItsFindingsBelowTheConversation)
{
    storeProfile(u"local"_s); // the quick actions show with a profile; the model's part may fail here
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    ReviewPanel *review = m_window->assistantTasks()->reviewPanel();
    QTest::mouseClick(find<QPushButton>(u"quickReviewButton"_s), Qt::LeftButton);
    EXPECT_EQ(dock->taskPanel(), review);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !review->isRunning() && !review->findings().isEmpty(); }, 20000));
}

TEST_F(AssistantTasksTest, ToolsReviewScheduleRunsFromTheKeyboardAndShowsTheHiddenDock)
{
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    auto *tools = find<QMenu>(u"menuTools"_s);
    auto *review = find<QAction>(u"actionAssistantReview"_s);
    ASSERT_TRUE(tools && review);
    // Every task of the dock's buttons is in Tools.
    for (const QString &name :
         {u"actionAssistantAgenda"_s, u"actionAssistantFill"_s, u"actionAssistantBreaks"_s,
          u"actionAssistantPrefill"_s, u"actionAssistantReply"_s, u"actionAssistantReview"_s})
        EXPECT_TRUE(tools->actions().contains(find<QAction>(name))) << name.toStdString();
    EXPECT_FALSE(review->isEnabled()); // no profile yet: the dock offers to set one up instead
    storeProfile(u"local"_s);
    dock->reloadSettings();
    EXPECT_TRUE(review->isEnabled());

    find<QAction>(u"actionToggleAssistant"_s)->trigger();
    ASSERT_FALSE(dock->isVisible());
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::AltModifier); // Tools
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::activePopupWidget(), tools, 5000);
    QTest::keyClick(tools, Qt::Key_V); // Re&view Schedule
    QTRY_VERIFY_WITH_TIMEOUT(dock->isVisible(), 5000);
    ReviewPanel *panel = m_window->assistantTasks()->reviewPanel();
    EXPECT_EQ(dock->taskPanel(), panel);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel->isRunning() && !panel->findings().isEmpty(); }, 20000));
}

TEST_F(AssistantTasksTest, DraftReplyOpensTheDialogWithTheTypedQuestion)
{
    storeProfile(u"local"_s);
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    auto *input = find<QPlainTextEdit>(u"chatInput"_s);
    input->setFocus();
    QTest::keyClicks(input, u"Is there parking at the venue?"_s);
    QTest::mouseClick(find<QPushButton>(u"quickReplyButton"_s), Qt::LeftButton);
    ReplyDraftDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<ReplyDraftDialog *>(w); d && d->isVisible())
                    dialog = d;
            return dialog != nullptr;
        },
        5000));
    EXPECT_EQ(dialog->findChild<QPlainTextEdit *>(u"replyQuestion"_s)->toPlainText(),
              u"Is there parking at the venue?"_s);
    dialog->close();
}

namespace
{
// The model places the first unscheduled session of the sample event in its first room at 09:00.
QString fillAnswer(EventStore &probe, const QUuid &eventId)
{
    const Event event = probe.get<Event>(eventId).value();
    Session unscheduled;
    for (const Session &s : probe.list<Session>(eventId).value())
        if (!s.isScheduled() && unscheduled.meta.id.isNull())
            unscheduled = s;
    const Room room = probe.list<Room>(eventId).value().value(0);
    return uR"({"summary": "One more talk", "placements": [{"session": "%1", "room": "%2",
               "start": "%3T09:00", "duration_minutes": %4}], "new_sessions": []})"_s
        .arg(unscheduled.meta.id.toString(QUuid::WithoutBraces), room.meta.id.toString(QUuid::WithoutBraces),
             event.startDate.toString(Qt::ISODate))
        .arg(unscheduled.durationMinutes);
}
} // namespace

TEST_F(AssistantTasksTest, AgendaRequestsCountInTheMonthTotalAndTheBudgetWarning)
{
    storeProfile(u"local"_s);
    AssistantSettings settings = AssistantSettings::load();
    settings.setMonthlyBudget(0.000001); // any priced request goes over it
    settings.save();
    m_server.setTokenSize(1 << 20); // one token per answer: 11 in, 1 out
    m_server.enqueue(Scenario::Normal, fillAnswer(m_probe, m_eventId));
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    const QDate month = QDate::currentDate();
    EXPECT_EQ(AssistantUsage::totals({}, m_eventId, month).month.requests, 0);
    auto *usage = find<QLabel>(u"usageLabel"_s);
    auto *budget = find<QLabel>(u"budgetWarning"_s);
    EXPECT_FALSE(budget->isVisible());

    AgendaProposalPanel *panel = m_window->assistantTasks()->agendaPanel();
    QTest::mouseClick(find<QPushButton>(u"quickFillButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->hasProposal(); }, 20000))
        << panel->statusText().toStdString();
    ASSERT_EQ(m_server.requestCount(), 1);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return AssistantUsage::totals({}, m_eventId, month).month.requests == 1; }, 5000));
    const AssistantUsage::Totals totals = AssistantUsage::totals({}, m_eventId, month);
    EXPECT_EQ(totals.month.inputTokens, 11);
    EXPECT_EQ(totals.month.outputTokens, 1);
    EXPECT_GT(totals.month.cost, 0);
    // The ledger writes each scope in the background: the task's scope may land just after the month's.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return UsageLedger()
                       .totals(AssistantUsage::taskScope(m_eventId, month, AssistantTask::Agenda))
                       .inputTokens == 11;
        },
        5000));
    // The dock follows: the month's tokens and the budget warning.
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return usage->text().contains(u"This event this month: 12 tokens"_s); }, 5000))
        << usage->text().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return budget->isVisible(); }, 5000));
}

TEST_F(AssistantTasksTest, ReviewRequestsCountInTheMonthTotal)
{
    storeProfile(u"local"_s);
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    ReviewPanel *review = m_window->assistantTasks()->reviewPanel();
    QTest::mouseClick(find<QPushButton>(u"quickReviewButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !review->isRunning() && m_server.requestCount() > 0; }, 20000));
    // The answer is not a review, so a repair round follows: both are charged.
    const QDate month = QDate::currentDate();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return AssistantUsage::totals({}, m_eventId, month).month.requests == m_server.requestCount();
        },
        5000))
        << AssistantUsage::totals({}, m_eventId, month).month.requests << " of " << m_server.requestCount();
    EXPECT_EQ(AssistantUsage::totals({}, m_eventId, month).month.inputTokens, 11 * m_server.requestCount());
    EXPECT_EQ(
        UsageLedger().totals(AssistantUsage::taskScope(m_eventId, month, AssistantTask::Review)).requests,
        m_server.requestCount());
}

TEST_F(AssistantTasksTest, TheSameAgendaRequestTwiceIsAnsweredFromTheCacheAtNoCost)
{
    storeProfile(u"local"_s);
    m_server.setDefault(Scenario::Normal);
    m_server.setAnswerText(fillAnswer(m_probe, m_eventId));
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    AgendaProposalPanel *panel = m_window->assistantTasks()->agendaPanel();
    QTest::mouseClick(find<QPushButton>(u"quickFillButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->hasProposal() && !panel->isBusy(); }, 20000))
        << panel->statusText().toStdString();
    EXPECT_FALSE(panel->statusText().contains(u"cache"_s));
    QTest::mouseClick(find<QPushButton>(u"quickFillButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->statusText().contains(u"response cache"_s); }, 20000))
        << panel->statusText().toStdString();
    EXPECT_EQ(m_server.requestCount(), 1);
    EXPECT_TRUE(panel->hasProposal());
    // Only the request that reached the server is charged.
    const QDate month = QDate::currentDate();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return AssistantUsage::totals({}, m_eventId, month).month.requests == 1; }, 5000));
}

TEST_F(AssistantTasksTest, WithTheCacheOffTheSameAgendaRequestIsSentAgain)
{
    storeProfile(u"local"_s);
    AssistantSettings settings = AssistantSettings::load();
    settings.setCacheEnabled(false);
    settings.save();
    m_server.setDefault(Scenario::Normal);
    m_server.setAnswerText(fillAnswer(m_probe, m_eventId));
    AssistantDock *dock = openDock();
    ASSERT_NE(dock, nullptr);
    AgendaProposalPanel *panel = m_window->assistantTasks()->agendaPanel();
    QTest::mouseClick(find<QPushButton>(u"quickFillButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->hasProposal() && !panel->isBusy(); }, 20000));
    QTest::mouseClick(find<QPushButton>(u"quickFillButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_server.requestCount() == 2; }, 20000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->hasProposal() && !panel->isBusy(); }, 20000));
    EXPECT_FALSE(panel->statusText().contains(u"cache"_s));
}
