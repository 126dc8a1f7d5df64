// The Command facade with a real workspace, the storage thread and the main window: a step is on the stack
// only when its write committed, and undo and redo never overwrite a change made since by another connection.
#include "commands/command.h"
#include "common/messagebox.h"
#include "support/guifixture.h"
#include "support/rawsqlite.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

class CommandTest : public EventDesk::Test::GuiFixture
{
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        Event e;
        e.name = u"Conf"_s;
        e.timeZone = u"Europe/Berlin"_s;
        e.startDate = e.endDate = QDate(2026, 6, 10);
        m_event = m_probe.add(e).value();
        Room hall;
        hall.eventId = m_event.meta.id;
        hall.name = u"Hall"_s;
        m_hall = m_probe.add(hall).value().meta.id;
        Room lab = hall;
        lab.name = u"Lab"_s;
        m_lab = m_probe.add(lab).value().meta.id;
    }
    QList<Session> addSessions(int n)
    {
        QList<Session> out;
        for (int i = 0; i < n; ++i) {
            Session s;
            s.eventId = m_event.meta.id;
            s.title = u"Talk %1"_s.arg(i + 1);
            s.roomId = m_hall;
            s.start =
                QDateTime(QDate(2026, 6, 10), QTime(9 + i / 2, (i % 2) * 30), QTimeZone("Europe/Berlin"));
            s.durationMinutes = 30;
            out.append(m_probe.add(s).value());
        }
        return out;
    }
    // The 12 sessions moved to the lab, as one step.
    QList<Session> moveToLab(const QList<Session> &sessions)
    {
        QList<Session> moved = sessions;
        for (Session &s : moved)
            s.roomId = m_lab;
        Command::updateRecords<Session>(moved, u"Move 12 sessions"_s);
        EXPECT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1 && !Command::isBusy(); }, 5000));
        return moved;
    }
    int sessionsIn(const QUuid &room)
    {
        int n = 0;
        for (const Session &s : m_probe.list<Session>(m_event.meta.id).value())
            n += s.roomId == room ? 1 : 0;
        return n;
    }
    QString failureShown()
    {
        auto *box = m_window->findChild<QMessageBox *>(u"editFailedBox"_s);
        return box && box->isVisible() ? box->text() : QString();
    }

    Event m_event;
    QUuid m_hall;
    QUuid m_lab;
};

TEST_F(CommandTest, AnEditIsOnTheStackOnlyOnceItsWriteCommitted)
{
    openWindow();
    Event renamed = m_event;
    renamed.name = u"Renamed Conf"_s;
    Command::updateEvent(renamed);
    // The write runs on the storage thread; the step follows its commit.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000));
    EXPECT_EQ(m_probe.get<Event>(m_event.meta.id).value().name, u"Renamed Conf"_s);
}

TEST_F(CommandTest, AWriteThatFailsLeavesNoUndoStepAndTheWindowSaysWhatFailed)
{
    openWindow();
    // A second connection holds the write lock: the storage thread's write gives up after its busy timeout.
    EventDesk::Test::RawSqlite other(m_ws.path());
    ASSERT_TRUE(other.isOpen());
    ASSERT_EQ(other.exec(u"BEGIN IMMEDIATE"_s), QString());
    QSignalSpy failed(StoreCommandNotifier::instance(), &StoreCommandNotifier::failed);
    MessageBox::setNextAnswer(QMessageBox::Yes); // deleting an event asks first
    find<QAction>(u"actionDeleteEvent"_s)->trigger();
    EXPECT_EQ(m_undo.count(), 0); // nothing before the write committed
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, 20000));
    EXPECT_FALSE(Command::isBusy());
    EXPECT_EQ(m_undo.count(), 0);
    const QString message = failed.first().first().toString();
    EXPECT_TRUE(message.contains(u"Delete event \"Conf\""_s)) << message.toStdString();
    EXPECT_EQ(failureShown(), message);
    EXPECT_EQ(m_window->statusBar()->currentMessage(), message);
    ASSERT_EQ(other.exec(u"ROLLBACK"_s), QString());
    // The store is unchanged.
    EXPECT_FALSE(m_probe.get<Event>(m_event.meta.id).value().meta.deleted);
    EXPECT_EQ(m_probe.get<Event>(m_event.meta.id).value().meta.revision, m_event.meta.revision);
}

// A form opened before a teammate changed the record: saving it would silently erase their change.
TEST_F(CommandTest, AnEditStartedBeforeAChangeElsewhereWritesNothingAndSaysSo)
{
    openWindow();
    Event mine = m_probe.get<Event>(m_event.meta.id).value(); // the copy the form shows
    Event theirs = mine;
    theirs.venueName = u"Their venue"_s;
    ASSERT_TRUE(m_probe.update(theirs));
    mine.name = u"My name"_s;
    QSignalSpy failed(StoreCommandNotifier::instance(), &StoreCommandNotifier::failed);
    Command::updateEvent(mine);
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, 5000));
    EXPECT_TRUE(failed.first().first().toString().contains(u"changed elsewhere"_s))
        << failed.first().first().toString().toStdString();
    EXPECT_FALSE(Command::isBusy());
    EXPECT_EQ(m_undo.count(), 0);
    const Event stored = m_probe.get<Event>(m_event.meta.id).value();
    EXPECT_EQ(stored.venueName, u"Their venue"_s);
    EXPECT_EQ(stored.name, m_event.name);
}

// Quick successive edits from one copy (a card dragged twice before the view reloaded) are not a conflict.
TEST_F(CommandTest, SuccessiveEditsFromOneCopyAreNotAConflict)
{
    openWindow();
    Event copy = m_probe.get<Event>(m_event.meta.id).value();
    QSignalSpy failed(StoreCommandNotifier::instance(), &StoreCommandNotifier::failed);
    copy.name = u"First"_s;
    Command::updateEvent(copy);
    copy.name = u"Second"_s;
    Command::updateEvent(copy);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 2 && !Command::isBusy(); }, 5000));
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(m_probe.get<Event>(m_event.meta.id).value().name, u"Second"_s);
}

TEST_F(CommandTest, UndoAfterAnotherConnectionChangedTheRecordWritesNothingAndNamesIt)
{
    openWindow();
    Event renamed = m_event;
    renamed.name = u"Renamed Conf"_s;
    Command::updateEvent(renamed);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1 && !Command::isBusy(); }, 5000));

    // A teammate (another connection to the same file) edits the event afterwards.
    Event theirs = m_probe.get<Event>(m_event.meta.id).value();
    theirs.venueName = u"Their venue"_s;
    ASSERT_TRUE(m_probe.update(theirs));
    const qint64 revision = m_probe.get<Event>(m_event.meta.id).value().meta.revision;

    QSignalSpy failed(StoreCommandNotifier::instance(), &StoreCommandNotifier::stepBlocked);
    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, 5000));
    const QString message = failed.first().first().toString();
    EXPECT_TRUE(message.contains(u"event \"Renamed Conf\""_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"changed elsewhere"_s)) << message.toStdString();
    EXPECT_EQ(failureShown(), message);
    // Nothing was written and the step stays, to be retried or discarded.
    const Event stored = m_probe.get<Event>(m_event.meta.id).value();
    EXPECT_EQ(stored.name, u"Renamed Conf"_s);
    EXPECT_EQ(stored.venueName, u"Their venue"_s);
    EXPECT_EQ(stored.meta.revision, revision);
    EXPECT_EQ(m_undo.count(), 1);
    EXPECT_EQ(m_undo.index(), 1);
    EXPECT_TRUE(find<QAction>(u"actionUndo"_s)->isEnabled());

    // The window offers to discard the step, which forgets it without writing.
    auto *discard = m_window->findChild<QMessageBox *>(u"editFailedBox"_s)
                        ->findChild<QPushButton *>(u"discardStepButton"_s);
    ASSERT_NE(discard, nullptr);
    discard->click();
    EXPECT_EQ(m_undo.count(), 0);
    EXPECT_FALSE(find<QAction>(u"actionUndo"_s)->isEnabled());
    EXPECT_EQ(m_probe.get<Event>(m_event.meta.id).value().meta.revision, revision);
}

TEST_F(CommandTest, UndoOfATwelveSessionMoveChangesNoneWhenOneWasEditedElsewhere)
{
    openWindow();
    const QList<Session> sessions = addSessions(12);
    moveToLab(sessions);
    ASSERT_EQ(sessionsIn(m_lab), 12);

    Session edited = m_probe.get<Session>(sessions.at(6).meta.id).value();
    edited.title = u"Retitled elsewhere"_s;
    ASSERT_TRUE(m_probe.update(edited));

    QSignalSpy failed(StoreCommandNotifier::instance(), &StoreCommandNotifier::stepBlocked);
    Command::undo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, 5000));
    EXPECT_TRUE(failed.first().first().toString().contains(u"session \"Retitled elsewhere\""_s))
        << failed.first().first().toString().toStdString();
    EXPECT_EQ(sessionsIn(m_lab), 12); // all or nothing: none went back
    EXPECT_EQ(m_probe.get<Session>(sessions.at(6).meta.id).value().title, u"Retitled elsewhere"_s);
    EXPECT_EQ(m_undo.index(), 1);

    // Retrying is refused again while the record stays changed, even with its old values back: its revision
    // moved.
    edited = m_probe.get<Session>(sessions.at(6).meta.id).value();
    edited.title = sessions.at(6).title;
    ASSERT_TRUE(m_probe.update(edited));
    Command::undo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 2; }, 5000));
    EXPECT_EQ(sessionsIn(m_lab), 12);
}

TEST_F(CommandTest, UndoAndRedoOfATwelveSessionMoveWhenNothingChangedElsewhere)
{
    openWindow();
    const QList<Session> sessions = addSessions(12);
    moveToLab(sessions);
    Command::undo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.index() == 0; }, 5000));
    EXPECT_EQ(sessionsIn(m_hall), 12);
    Command::redo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.index() == 1; }, 5000));
    EXPECT_EQ(sessionsIn(m_lab), 12);
    Command::undo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.index() == 0; }, 5000));
    EXPECT_EQ(sessionsIn(m_hall), 12);
}

TEST_F(CommandTest, RedoOfATwelveSessionMoveChangesNoneWhenOneWasEditedElsewhere)
{
    openWindow();
    const QList<Session> sessions = addSessions(12);
    moveToLab(sessions);
    Command::undo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.index() == 0 && !Command::isBusy(); }, 5000));
    ASSERT_EQ(sessionsIn(m_hall), 12);

    Session edited = m_probe.get<Session>(sessions.at(11).meta.id).value();
    edited.durationMinutes = 45;
    ASSERT_TRUE(m_probe.update(edited));

    QSignalSpy failed(StoreCommandNotifier::instance(), &StoreCommandNotifier::stepBlocked);
    triggerWhenEnabled(u"actionRedo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, 5000));
    EXPECT_TRUE(failed.first().first().toString().contains(u"Could not redo \"Move 12 sessions\""_s))
        << failed.first().first().toString().toStdString();
    EXPECT_EQ(sessionsIn(m_hall), 12);
    EXPECT_EQ(m_probe.get<Session>(sessions.at(11).meta.id).value().durationMinutes, 45);
    EXPECT_EQ(m_undo.index(), 0);
    EXPECT_EQ(m_undo.count(), 1);

    Command::discardRedoStep();
    EXPECT_EQ(m_undo.count(), 0);
    EXPECT_EQ(sessionsIn(m_hall), 12);
}

TEST_F(CommandTest, UndoOfADeletionAfterTheRecordWasRestoredElsewhereWritesNothing)
{
    openWindow();
    const QList<Session> sessions = addSessions(3);
    Command::removeRecords<Session>({sessions.at(0).meta.id, sessions.at(1).meta.id}, u"Delete 2 sessions"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1 && !Command::isBusy(); }, 5000));
    // The command line restores one of them meanwhile.
    ASSERT_TRUE(m_probe.restore<Session>(sessions.at(1).meta.id));

    QSignalSpy failed(StoreCommandNotifier::instance(), &StoreCommandNotifier::stepBlocked);
    Command::undo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, 5000));
    EXPECT_TRUE(failed.first().first().toString().contains(u"Talk 2"_s));
    EXPECT_TRUE(m_probe.get<Session>(sessions.at(0).meta.id).value().meta.deleted); // not restored
    EXPECT_EQ(m_undo.index(), 1);
}

TEST_F(CommandTest, EditsUndoAndRedoRunInTheOrderTheyWereAskedFor)
{
    openWindow();
    Event a = m_event;
    a.name = u"A"_s;
    Event b = m_event;
    b.name = u"B"_s;
    // Asked for at once, before any write committed: undo undoes B, not an older step.
    Command::updateEvent(a);
    Command::updateEvent(b);
    Command::undo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !Command::isBusy(); }, 5000));
    EXPECT_EQ(m_undo.count(), 2);
    EXPECT_EQ(m_undo.index(), 1);
    EXPECT_EQ(m_probe.get<Event>(m_event.meta.id).value().name, u"A"_s);
}

// Two steps on the same session (a card moved twice from the keyboard): undoing the later step moves the
// record's revision on, and undoing the earlier one after it is ours, not a change made elsewhere.
TEST_F(CommandTest, TwoStepsOnOneRecordUndoAndRedoOneAfterTheOther)
{
    openWindow();
    const Session original = addSessions(1).first();
    Session later = original;
    later.start = original.start.addSecs(5 * 60);
    Command::updateRecords<Session>({later}, u"Move"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1 && !Command::isBusy(); }, 5000));
    Session moved = later; // the copy the second edit started from: the first edit's revision is not known
    moved.roomId = m_lab;
    Command::updateRecords<Session>({moved}, u"Move"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 2 && !Command::isBusy(); }, 5000));
    ASSERT_EQ(m_probe.get<Session>(original.meta.id).value().roomId, m_lab);

    QSignalSpy blocked(StoreCommandNotifier::instance(), &StoreCommandNotifier::stepBlocked);
    Command::undo();
    Command::undo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.index() == 0 && !Command::isBusy(); }, 5000))
        << blocked.value(0).value(0).toString().toStdString();
    Session stored = m_probe.get<Session>(original.meta.id).value();
    EXPECT_EQ(stored.start, original.start);
    EXPECT_EQ(stored.roomId, m_hall);
    Command::redo();
    Command::redo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.index() == 2 && !Command::isBusy(); }, 5000));
    stored = m_probe.get<Session>(original.meta.id).value();
    EXPECT_EQ(stored.start, later.start);
    EXPECT_EQ(stored.roomId, m_lab);
    EXPECT_EQ(blocked.count(), 0);

    // A change made elsewhere in between still blocks the step.
    Command::undo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.index() == 1 && !Command::isBusy(); }, 5000));
    Session theirs = m_probe.get<Session>(original.meta.id).value();
    theirs.title = u"Retitled elsewhere"_s;
    ASSERT_TRUE(m_probe.update(theirs));
    Command::undo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return blocked.count() == 1; }, 5000));
    EXPECT_EQ(m_probe.get<Session>(original.meta.id).value().start, later.start);
    EXPECT_EQ(m_undo.index(), 1);
}

} // namespace
