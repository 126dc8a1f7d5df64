// The agenda proposal panel and its diff on the schedule editor, offscreen, against the fake model server and
// a real workspace: ghosts drawn without changing data, Apply as one undo step, Undo, Reject writing nothing.
#include "assistant/agendaproposalpanel.h"
#include "commands/command.h"
#include "llm/llmclient.h"
#include "schedule/proposalghostitem.h"
#include "schedule/schedulepage.h"
#include "schedule/schedulescene.h"
#include "storage/assistantstore.h"
#include "support/agendafixture.h"
#include "support/fakellmserver.h"
#include "support/guifixture.h"
#include "support/rawsqlite.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using namespace EventDesk::Test;
using Scenario = FakeLlmServer::Scenario;

namespace
{

class AgendaProposalPanelTest : public GuiFixture
{
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        m_ids = writeAgendaEvent(m_probe);
        m_client.retryPolicy().maxRetries = 0;
        ProviderProfile profile;
        profile.baseUrl = m_server.baseUrl().toString();
        profile.model = u"model-x"_s;
        m_page = std::make_unique<SchedulePage>(m_worker);
        m_panel = std::make_unique<AgendaProposalPanel>(m_worker);
        // As the main window wires them.
        QObject::connect(m_panel.get(), &AgendaProposalPanel::proposalShown, m_page.get(),
                         &SchedulePage::showProposal);
        QObject::connect(m_panel.get(), &AgendaProposalPanel::proposalCleared, m_page.get(),
                         &SchedulePage::clearProposal);
        m_page->resize(1000, 700);
        m_page->show();
        m_panel->show();
        m_page->setEvent(m_probe.get<Event>(m_ids.event).value());
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_page->isLoaded(); }, 10000));
        m_panel->setEvent(m_ids.event);
        m_panel->setModel(&m_client, profile, u"k"_s);
    }
    void TearDown() override
    {
        m_panel.reset();
        m_page.reset();
        GuiFixture::TearDown();
    }
    // Qt Quick placed, Opening moved, Lunch new, and CMake and Testing clashing in Room B.
    QString answer() const
    {
        auto placement = [](const QUuid &session, const QUuid &room, const QString &time, int minutes) {
            return uR"({"session": "%1", "room": "%2", "start": "2026-05-04T%3", "duration_minutes": %4},)"_s
                .arg(prefix(session), prefix(room), time)
                .arg(minutes);
        };
        QString placements = placement(m_ids.qtQuick, m_ids.mainHall, u"10:00"_s, 45) +
                             placement(m_ids.opening, m_ids.roomB, u"09:00"_s, 30) +
                             placement(m_ids.cmake, m_ids.roomB, u"10:00"_s, 30) +
                             placement(m_ids.tests, m_ids.roomB, u"10:15"_s, 30);
        placements.chop(1);
        return u"{\"summary\": \"A full morning\", \"placements\": ["_s + placements +
               uR"(], "new_sessions": [{"title": "Lunch", "type": "break", "room": "%1", "start": "2026-05-04T12:00", "duration_minutes": 60}]})"_s
                   .arg(prefix(m_ids.roomB));
    }
    void askForProposal()
    {
        m_server.enqueue(Scenario::Normal, answer());
        m_panel->request(u"Fill the morning"_s);
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_panel->hasProposal(); }, 20000))
            << label(u"proposalStatusLabel"_s).toStdString();
    }
    template <typename T> T *child(const QString &name)
    {
        T *w = m_panel->findChild<T *>(name);
        EXPECT_NE(w, nullptr) << name.toStdString();
        return w;
    }
    QString label(const QString &name) { return child<QLabel>(name)->text(); }
    ProposalGhostItem *ghostFor(const QUuid &session)
    {
        for (ProposalGhostItem *g : m_page->scene()->proposalGhosts())
            if (g->item().session.meta.id == session)
                return g;
        return nullptr;
    }
    Session session(const QUuid &id) { return m_probe.get<Session>(id).value(); }
    // Every row of every table but the assistant's proposals (whose state Reject records).
    QList<QVariantList> eventData()
    {
        RawSqlite raw(m_ws.path());
        QList<QVariantList> all;
        for (const QVariantList &table :
             raw.rows(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                      u"<> 'assistant_proposals' ORDER BY name"_s))
            all += raw.rows(u"SELECT * FROM "_s + table.value(0).toString());
        return all;
    }
    QList<AssistantProposal> kept(AssistantProposal::State state)
    {
        return AssistantStore(m_probe).proposals(m_ids.event, u"agenda"_s, state).value();
    }
    void flushStorage()
    {
        auto flushed = m_worker.run([](EventStore &) { return 0; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return flushed.isFinished(); }, 5000));
    }

    FakeLlmServer m_server;
    LlmClient m_client;
    AgendaEvent m_ids;
    std::unique_ptr<SchedulePage> m_page;
    std::unique_ptr<AgendaProposalPanel> m_panel;
};

} // namespace

TEST_F(AgendaProposalPanelTest, ShowsTheDiffAppliesAsOneUndoStepAndUndoes)
{
    askForProposal();
    EXPECT_EQ(label(u"proposalSummaryLabel"_s), u"A full morning"_s);
    auto *list = child<QListWidget>(u"proposalItemList"_s);
    ASSERT_EQ(list->count(), 5);
    EXPECT_TRUE(list->item(0)->flags() & Qt::ItemIsUserCheckable);
    EXPECT_EQ(list->item(0)->checkState(), Qt::Checked);
    for (int row : {2, 3}) { // the clash: unchecked, not checkable, the reason shown
        EXPECT_FALSE(list->item(row)->flags() & Qt::ItemIsUserCheckable);
        EXPECT_EQ(list->item(row)->checkState(), Qt::Unchecked);
        EXPECT_TRUE(list->item(row)->text().contains(u"are both in Room B"_s))
            << list->item(row)->text().toStdString();
    }

    // The diff on the schedule: ghosts for placed, moved (with where from) and new; the clash marked.
    ASSERT_EQ(m_page->scene()->proposalGhosts().size(), 5);
    ASSERT_NE(ghostFor(m_ids.qtQuick), nullptr);
    EXPECT_EQ(ghostFor(m_ids.qtQuick)->item().kind, ProposalItemKind::Placed);
    EXPECT_FALSE(ghostFor(m_ids.qtQuick)->isMarked());
    EXPECT_EQ(ghostFor(m_ids.qtQuick)->pos(), m_page->scene()->positionFor(m_ids.mainHall, berlin(10)));
    ASSERT_NE(ghostFor(m_ids.opening), nullptr);
    EXPECT_TRUE(ghostFor(m_ids.opening)->label().contains(u"from Main Hall 09:00"_s))
        << ghostFor(m_ids.opening)->label().toStdString();
    EXPECT_TRUE(ghostFor(m_ids.cmake)->isMarked());
    EXPECT_TRUE(ghostFor(m_ids.tests)->isMarked());
    // Drawn, not written: the stored sessions and the real cards are where they were.
    EXPECT_FALSE(session(m_ids.qtQuick).start.isValid());
    EXPECT_EQ(m_page->scene()->itemFor(m_ids.qtQuick), nullptr);
    EXPECT_EQ(m_undo.count(), 0);

    // Keep Opening where it is: uncheck its item.
    list->item(1)->setCheckState(Qt::Unchecked);
    auto *apply = child<QPushButton>(u"applyProposalButton"_s);
    ASSERT_TRUE(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1 && !Command::isBusy(); }, 10000));
    EXPECT_EQ(session(m_ids.qtQuick).roomId, m_ids.mainHall);
    EXPECT_EQ(session(m_ids.qtQuick).start, berlin(10));
    EXPECT_EQ(session(m_ids.opening).roomId, m_ids.mainHall); // unchecked: left alone
    EXPECT_FALSE(session(m_ids.cmake).start.isValid());       // invalid: never written
    int lunches = 0;
    for (const Session &s : m_probe.list<Session>(m_ids.event).value())
        lunches += s.title == u"Lunch" ? 1 : 0;
    EXPECT_EQ(lunches, 1);
    EXPECT_TRUE(m_page->scene()->proposalGhosts().isEmpty());
    EXPECT_FALSE(m_panel->hasProposal());
    // The grid follows the store.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_page->scene()->itemFor(m_ids.qtQuick) != nullptr; }, 10000));

    Command::undo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.index() == 0 && !Command::isBusy(); }, 10000));
    EXPECT_FALSE(session(m_ids.qtQuick).start.isValid());
    lunches = 0;
    for (const Session &s : m_probe.list<Session>(m_ids.event).value())
        lunches += s.title == u"Lunch" ? 1 : 0;
    EXPECT_EQ(lunches, 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_page->scene()->itemFor(m_ids.qtQuick) == nullptr; }, 10000));
}

TEST_F(AgendaProposalPanelTest, RejectWritesNoEventDataAndRecordsTheState)
{
    askForProposal();
    flushStorage();
    ASSERT_EQ(kept(AssistantProposal::State::Pending).size(), 1);
    ASSERT_FALSE(m_page->scene()->proposalGhosts().isEmpty());
    const QList<QVariantList> before = eventData();
    ASSERT_FALSE(before.isEmpty());
    QTest::mouseClick(child<QPushButton>(u"rejectProposalButton"_s), Qt::LeftButton);
    EXPECT_FALSE(m_panel->hasProposal());
    EXPECT_TRUE(m_page->scene()->proposalGhosts().isEmpty());
    EXPECT_FALSE(child<QPushButton>(u"applyProposalButton"_s)->isEnabled());
    flushStorage();
    EXPECT_EQ(eventData(), before);
    EXPECT_EQ(m_undo.count(), 0);
    EXPECT_TRUE(kept(AssistantProposal::State::Pending).isEmpty());
    EXPECT_EQ(kept(AssistantProposal::State::Rejected).size(), 1);
}

TEST_F(AgendaProposalPanelTest, RejectLeavesTheEventsRecordsAndTheOutboxAsTheyWere)
{
    askForProposal();
    flushStorage();
    RawSqlite raw(m_ws.path());
    auto table = [&](const QString &name) { return raw.rows(u"SELECT * FROM "_s + name); };
    const QList<QVariantList> sessions = table(u"sessions"_s), events = table(u"events"_s),
                              rooms = table(u"rooms"_s), changes = table(u"changes"_s);
    ASSERT_FALSE(sessions.isEmpty());
    ASSERT_FALSE(changes.isEmpty());
    QTest::mouseClick(child<QPushButton>(u"rejectProposalButton"_s), Qt::LeftButton);
    flushStorage();
    EXPECT_EQ(table(u"sessions"_s), sessions);
    EXPECT_EQ(table(u"events"_s), events);
    EXPECT_EQ(table(u"rooms"_s), rooms);
    EXPECT_EQ(table(u"changes"_s), changes); // the outbox: nothing to sync
    // The review's own state is kept (assistant state, not event data).
    EXPECT_EQ(kept(AssistantProposal::State::Rejected).size(), 1);
}

TEST_F(AgendaProposalPanelTest, TheDayPickerMarksDaysWithProposedItemsAndEachDayShowsItsGhosts)
{
    // A two-day event, shown on a fresh page.
    Event event = m_probe.get<Event>(m_ids.event).value();
    event.endDate = event.startDate.addDays(1);
    ASSERT_TRUE(m_probe.update(event));
    m_page = std::make_unique<SchedulePage>(m_worker);
    QObject::connect(m_panel.get(), &AgendaProposalPanel::proposalShown, m_page.get(),
                     &SchedulePage::showProposal);
    QObject::connect(m_panel.get(), &AgendaProposalPanel::proposalCleared, m_page.get(),
                     &SchedulePage::clearProposal);
    m_page->resize(1000, 700);
    m_page->show();
    m_page->setEvent(m_probe.get<Event>(m_ids.event).value());
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_page->isLoaded(); }, 10000));
    auto *days = m_page->findChild<QComboBox *>(u"scheduleDayCombo"_s);
    ASSERT_NE(days, nullptr);
    ASSERT_EQ(days->count(), 2);
    ASSERT_EQ(days->currentIndex(), 0);

    // Only the second day holds proposed items: Qt Quick and a lunch.
    m_server.enqueue(
        Scenario::Normal,
        uR"({"summary": "Day two", "placements": [{"session": "%1", "room": "%2", "start": "2026-05-05T10:00", "duration_minutes": 45}],
             "new_sessions": [{"title": "Lunch", "type": "break", "room": "%3", "start": "2026-05-05T12:00", "duration_minutes": 60}]})"_s
            .arg(prefix(m_ids.qtQuick), prefix(m_ids.mainHall), prefix(m_ids.roomB)));
    m_panel->request(u"Plan day two"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_panel->hasProposal(); }, 20000))
        << label(u"proposalStatusLabel"_s).toStdString();
    EXPECT_FALSE(days->itemText(0).contains(u"proposed"_s)) << days->itemText(0).toStdString();
    EXPECT_TRUE(days->itemText(1).endsWith(u"(2 proposed)"_s)) << days->itemText(1).toStdString();
    // The day in view had none, so the day that has them is shown, with its ghosts.
    EXPECT_EQ(days->currentIndex(), 1);
    EXPECT_EQ(m_page->scene()->proposalGhosts().size(), 2);
    ASSERT_NE(ghostFor(m_ids.qtQuick), nullptr);

    days->setCurrentIndex(0);
    EXPECT_TRUE(m_page->scene()->proposalGhosts().isEmpty());
    days->setCurrentIndex(1);
    EXPECT_EQ(m_page->scene()->proposalGhosts().size(), 2);

    QTest::mouseClick(child<QPushButton>(u"rejectProposalButton"_s), Qt::LeftButton);
    EXPECT_FALSE(days->itemText(1).contains(u"proposed"_s));
    EXPECT_TRUE(m_page->scene()->proposalGhosts().isEmpty());
}

TEST_F(AgendaProposalPanelTest, APendingProposalSurvivesReopeningTheWorkspace)
{
    askForProposal();
    auto *list = child<QListWidget>(u"proposalItemList"_s);
    list->item(1)->setCheckState(Qt::Unchecked); // the organizer's choice is kept too
    flushStorage();
    m_panel.reset();
    m_page->clearProposal();
    {
        // Another connection to the file, as after a restart.
        StorageWorker reopened;
        auto opened = reopened.run([path = m_ws.path()](EventStore &s) { return s.open(path); });
        ASSERT_TRUE(QTest::qWaitFor([&] { return opened.isFinished(); }, 10000));
        ASSERT_TRUE(opened.result().ok());
        AgendaProposalPanel panel(reopened);
        QSignalSpy shown(&panel, &AgendaProposalPanel::proposalShown);
        panel.setEvent(m_ids.event);
        ASSERT_TRUE(QTest::qWaitFor([&] { return panel.hasProposal(); }, 10000));
        EXPECT_EQ(shown.count(), 1);
        auto *items = panel.findChild<QListWidget *>(u"proposalItemList"_s);
        ASSERT_EQ(items->count(), 5);
        EXPECT_EQ(items->item(0)->checkState(), Qt::Checked);
        EXPECT_EQ(items->item(1)->checkState(), Qt::Unchecked);
        EXPECT_FALSE(items->item(2)->flags() & Qt::ItemIsUserCheckable);
        EXPECT_EQ(panel.checkedItems().size(), 2); // Qt Quick and Lunch
    }
    // Applied from the reopened proposal: the state is recorded with the items.
    m_panel = std::make_unique<AgendaProposalPanel>(m_worker);
    m_panel->setEvent(m_ids.event);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_panel->hasProposal(); }, 10000));
    QTest::mouseClick(child<QPushButton>(u"applyProposalButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1 && !Command::isBusy(); }, 10000));
    EXPECT_EQ(session(m_ids.qtQuick).roomId, m_ids.mainHall);
    EXPECT_EQ(session(m_ids.opening).roomId, m_ids.mainHall);
    EXPECT_TRUE(kept(AssistantProposal::State::Pending).isEmpty());
    EXPECT_EQ(kept(AssistantProposal::State::Applied).size(), 1);
}

TEST_F(AgendaProposalPanelTest, AnUnusableAnswerSaysSoAndShowsNothing)
{
    m_server.setDefault(Scenario::Normal);
    m_server.setAnswerText(u"I cannot help with that."_s);
    m_panel->request(u"Fill the morning"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_panel->isBusy() && m_server.requestCount() == 2; }, 20000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_panel->isBusy(); }, 5000));
    EXPECT_TRUE(label(u"proposalStatusLabel"_s).startsWith(u"The model did not answer with a proposal"_s))
        << label(u"proposalStatusLabel"_s).toStdString();
    EXPECT_FALSE(m_panel->hasProposal());
    EXPECT_TRUE(m_page->scene()->proposalGhosts().isEmpty());
    EXPECT_FALSE(child<QPushButton>(u"applyProposalButton"_s)->isEnabled());
    EXPECT_TRUE(child<QPushButton>(u"reviseProposalButton"_s)->isEnabled());
}
