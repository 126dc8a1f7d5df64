// The shell: empty state, loading the sample conference, navigating to an event's parts.
#include "commands/command.h"
#include "common/messagebox.h"
#include "common/translations.h"
#include "events/eventlistmodel.h"
#include "support/guifixture.h"
#include "support/screenshot.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

class MainWindowTest : public Test::GuiFixture
{
protected:
    // A one-day event "Meetup" in the workspace, then the window, shown with its sections enabled.
    Event openWithAMeetup()
    {
        Event e;
        e.name = u"Meetup"_s;
        e.startDate = e.endDate = QDate(2026, 12, 1);
        const Event stored = m_probe.add(e).value();
        openWindow();
        EXPECT_TRUE(QTest::qWaitFor([&] { return find<QListWidget>(u"sectionList"_s)->isEnabled(); }, 5000));
        return stored;
    }
};

TEST_F(MainWindowTest, FirstStartOffersNewAndSampleEvent)
{
    MainWindow &w = openWindow();
    auto *pages = find<QStackedWidget>(u"pages"_s);
    EXPECT_EQ(pages->currentWidget()->objectName(), u"emptyState"_s);
    EXPECT_NE(find<QPushButton>(u"newEventButton"_s), nullptr);
    EventDesk::Test::screenshot(&w, u"mainwindow-empty"_s);

    QTest::mouseClick(find<QPushButton>(u"loadSampleButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 1; }, 10000));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return pages->currentWidget()->objectName() == u"eventForm"_s; }, 5000));
    const QUuid id = m_probe.list<Event>().value().first().meta.id;
    EXPECT_GE(m_probe.count<Session>(id).value(), 40);
    EXPECT_GE(m_probe.count<Participant>(id).value(), 200);
    EventDesk::Test::screenshot(&w, u"mainwindow-sample"_s);
}

TEST_F(MainWindowTest, SectionsShowTheEventsParts)
{
    MainWindow &w = openWindow();
    w.loadSampleEvent();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 1; }, 10000));
    auto *sessionsAction = find<QAction>(u"actionSection2"_s); // Ctrl+3: Sessions
    auto *table = find<QTableView>(u"sessionTable"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QListWidget>(u"sectionList"_s)->isEnabled(); }, 5000));
    sessionsAction->trigger();
    const qint64 sessions = m_probe.count<Session>().value();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return table->model() && table->model()->rowCount() == sessions; }, 5000));
    EventDesk::Test::screenshot(&w, u"mainwindow-sessions"_s);

    find<QAction>(u"actionSection6"_s)->trigger(); // Participants
    const qint64 participants = m_probe.count<Participant>().value();
    auto *people = find<QTableView>(u"participantTable"_s);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return people->isVisible() && people->model()->rowCount() == participants; }, 5000));
    EXPECT_EQ(people->model()->columnCount(),
              7); // name, email, organisation, ticket, status, phone, registered

    find<QAction>(u"actionSection0"_s)->trigger();
    EXPECT_EQ(find<QStackedWidget>(u"pages"_s)->currentWidget()->objectName(), u"eventForm"_s);
}

TEST_F(MainWindowTest, TheEventListStaysReadableWhenTheAssistantDocksBesideTheSchedule)
{
    MainWindow &w = openWindow();
    w.loadSampleEvent();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 1; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QListWidget>(u"sectionList"_s)->isEnabled(); }, 5000));
    find<QAction>(u"actionSection1"_s)->trigger(); // Ctrl+2: the schedule, the widest page
    auto *events = find<QListView>(u"eventList"_s);
    auto *sections = find<QListWidget>(u"sectionList"_s);
    find<QAction>(u"actionToggleAssistant"_s)->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QWidget>(u"assistantDock"_s)->isVisible(); }, 5000));
    QCoreApplication::processEvents();
    // The event's name (its English part) and every section's name fit; the schedule gave up its width.
    EXPECT_GE(events->viewport()->width(),
              events->fontMetrics().horizontalAdvance(u"OpenTech Summit 2027"_s));
    for (int row = 0; row < sections->count(); ++row)
        EXPECT_GE(sections->viewport()->width(),
                  sections->fontMetrics().horizontalAdvance(sections->item(row)->text()))
            << qPrintable(sections->item(row)->text());
    // A name longer than the list is cut with "…" (no sideways scrolling), and its tooltip gives it whole.
    const QModelIndex first = events->model()->index(0, 0);
    const QString name = first.data().toString();
    ASSERT_GT(events->fontMetrics().horizontalAdvance(name), events->viewport()->width());
    EXPECT_FALSE(events->horizontalScrollBar()->isVisible());
    EXPECT_TRUE(first.data(Qt::ToolTipRole).toString().startsWith(name + u'\n'))
        << qPrintable(first.data(Qt::ToolTipRole).toString());
    EventDesk::Test::screenshot(&w, u"mainwindow-assistant-beside-schedule"_s);
}

TEST_F(MainWindowTest, UnscheduledSessionsShowTheirWholeTitleAndLength)
{
    MainWindow &w = openWindow();
    w.loadSampleEvent();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 1; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QListWidget>(u"sectionList"_s)->isEnabled(); }, 5000));
    find<QAction>(u"actionSection1"_s)->trigger();
    auto *list = find<QListWidget>(u"unscheduledList"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->isVisible() && list->count() > 0; }, 5000));
    QCoreApplication::processEvents();
    // The caption counts them (an empty list then reads as "none left", not as still loading).
    int unscheduled = 0;
    for (const Session &s :
         m_probe.list<Session>(w.eventModel()->index(0, 0).data(EventListModel::IdRole).toUuid()).value())
        unscheduled += s.isScheduled() ? 0 : 1;
    ASSERT_GT(unscheduled, 0);
    EXPECT_EQ(find<QLabel>(u"unscheduledLabel"_s)->text(), u"Unschedule&d (%1)"_s.arg(unscheduled));
    const int width = list->viewport()->width();
    const int line = list->fontMetrics().lineSpacing();
    int wrapped = 0;
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        const QRect rect = list->visualItemRect(item);
        // Inside the column: nothing to scroll sideways for.
        EXPECT_LE(rect.right(), width) << qPrintable(item->text());
        // A title wider than the column takes more lines, so that its length in minutes shows too.
        if (list->fontMetrics().horizontalAdvance(item->text()) > width) {
            EXPECT_GE(rect.height(), 2 * line) << qPrintable(item->text());
            ++wrapped;
        }
    }
    EXPECT_GT(wrapped, 0); // the sample has titles longer than the column
    EXPECT_FALSE(list->horizontalScrollBar()->isVisible());
}

TEST_F(MainWindowTest, EventMenuOpensTheRegistrationQuestionsFromAnyPage)
{
    MainWindow &w = openWindow();
    w.loadSampleEvent();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 1; }, 10000));
    auto *menu = find<QMenu>(u"menuEvent"_s);
    QStringList names;
    for (QAction *a : menu->actions())
        names.append(a->objectName());
    // The schedule page's Auto-schedule… first, a separator, then the event's registration settings.
    EXPECT_EQ(names, (QStringList{u"actionAutoSchedule"_s, QString(), u"actionCustomQuestions"_s,
                                  u"actionMessageTemplates"_s}));

    // From the event's details (the participants page is not shown), as someone using the menu would.
    auto *pages = find<QStackedWidget>(u"pages"_s);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return pages->currentWidget()->objectName() == u"eventForm"_s; }, 5000));
    QAction *questions = menu->findChild<QAction *>(u"actionCustomQuestions"_s);
    if (!questions)
        questions = w.findChild<QAction *>(u"actionCustomQuestions"_s);
    ASSERT_NE(questions, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return questions->isEnabled(); }, 5000));
    menu->popup(w.mapToGlobal(QPoint(20, 20)));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(menu));
    EventDesk::Test::screenshot(menu, u"mainwindow-event-menu"_s);
    menu->setActiveAction(questions);
    QTest::keyClick(menu, Qt::Key_Return);
    QWidget *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            dialog = w.findChild<QWidget *>(u"customQuestionsDialog"_s);
            return dialog && dialog->isVisible();
        },
        5000));
    EXPECT_EQ(pages->currentWidget()->objectName(), u"eventForm"_s);
    EventDesk::Test::screenshot(dialog, u"questions-from-event-menu"_s);
    dialog->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.findChild<QWidget *>(u"customQuestionsDialog"_s); }, 5000));

    // The shortcut the menu shows works from this page too.
    w.activateWindow();
    QTest::keyClick(&w, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            dialog = w.findChild<QWidget *>(u"customQuestionsDialog"_s);
            return dialog && dialog->isVisible();
        },
        5000));
    dialog->close();
}

TEST_F(MainWindowTest, DeleteEventIsUndoable)
{
    const QUuid id = openWithAMeetup().meta.id;
    MainWindow &w = *m_window;
    ASSERT_EQ(w.eventModel()->rowCount(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    find<QAction>(u"actionDeleteEvent"_s)->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 0; }, 5000));
    EXPECT_TRUE(m_probe.get<Event>(id).value().meta.deleted);
    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 1; }, 5000));
    EXPECT_FALSE(m_probe.get<Event>(id).value().meta.deleted);
}

// The event list reloads after an event is saved or deleted; the report of that save or delete stays.
TEST_F(MainWindowTest, ASaveOrDeleteOfAnEventStaysReportedAfterTheEventListReloads)
{
    const QUuid id = openWithAMeetup().meta.id;
    MainWindow &w = *m_window;
    EXPECT_TRUE(w.statusBar()->currentMessage().isEmpty()) << qPrintable(w.statusBar()->currentMessage());

    QSignalSpy reloaded(w.eventModel(), &EventListModel::loaded);
    auto *venue = find<QLineEdit>(u"venueNameEdit"_s);
    venue->setFocus();
    QTest::keyClicks(venue, u"Hbf"_s);
    QTest::mouseClick(find<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.get<Event>(id).value().venueName == u"Hbf"_s; }, 5000));
    ASSERT_TRUE(reloaded.wait(5000));
    QCoreApplication::processEvents();
    // ("Saved: Edit event …", once written)
    EXPECT_TRUE(w.statusBar()->currentMessage().startsWith(u"Saved"_s))
        << qPrintable(w.statusBar()->currentMessage());

    reloaded.clear();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    find<QAction>(u"actionDeleteEvent"_s)->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 0; }, 5000));
    ASSERT_TRUE(reloaded.count() > 0 || reloaded.wait(5000));
    QCoreApplication::processEvents();
    EXPECT_TRUE(w.statusBar()->currentMessage().startsWith(u"Deleted \"Meetup\". Undo with"_s))
        << qPrintable(w.statusBar()->currentMessage());

    // Undo and redo say what they took back or did again, once written.
    reloaded.clear();
    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 1; }, 5000));
    ASSERT_TRUE(reloaded.count() > 0 || reloaded.wait(5000));
    QCoreApplication::processEvents();
    const QString undone = w.statusBar()->currentMessage();
    EXPECT_TRUE(undone.startsWith(u"Undone: "_s) && undone.contains(u"Meetup"_s)) << qPrintable(undone);
    reloaded.clear();
    triggerWhenEnabled(u"actionRedo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 0; }, 5000));
    ASSERT_TRUE(reloaded.count() > 0 || reloaded.wait(5000));
    QCoreApplication::processEvents();
    EXPECT_EQ(w.statusBar()->currentMessage(), u"Redone: "_s + undone.mid(8)) << qPrintable(undone);
}

// Save with nothing changed writes nothing and says so, instead of "Saved.".
TEST_F(MainWindowTest, SavingAnUnchangedEventSaysThereIsNothingToSave)
{
    const Event stored = openWithAMeetup();
    MainWindow &w = *m_window;
    QTest::mouseClick(find<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    EXPECT_EQ(w.statusBar()->currentMessage(), u"No changes to save."_s);
    EXPECT_FALSE(Command::isBusy());
    EXPECT_FALSE(find<QAction>(u"actionUndo"_s)->isEnabled());
    EXPECT_EQ(m_probe.get<Event>(stored.meta.id).value().meta.revision, stored.meta.revision);
}

// An event with two sessions and three registrations, in the workspace before the window opens.
QUuid addMeetup(EventStore &store)
{
    Event e;
    e.name = u"Meetup"_s;
    e.startDate = e.endDate = QDate(2026, 12, 1);
    const QUuid id = store.add(e).value().meta.id;
    for (int i = 0; i < 2; ++i) {
        Session s;
        s.eventId = id;
        s.title = u"Talk %1"_s.arg(i);
        s.durationMinutes = 30;
        EXPECT_TRUE(store.add(s).ok());
    }
    for (const QString &name : {u"Anna Schmidt"_s, u"Bo Li"_s, u"Chen Wei"_s}) {
        Participant p;
        p.eventId = id;
        p.name = name;
        p.email = name.split(u' ').first().toLower() + u"@example.org"_s;
        EXPECT_TRUE(store.add(p).ok());
    }
    return id;
}

// Waits until the storage thread and the GUI thread have handled everything queued so far.
void settle(StorageWorker &worker, QObject *context)
{
    bool done = false;
    worker.run(
        context, [](EventStore &) { return Result<void>(); }, [&done](const Result<void> &) { done = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
}

TEST_F(MainWindowTest, CtrlDeleteInTheParticipantSearchOnlyDeletesAWord)
{
    const QUuid id = addMeetup(m_probe);
    MainWindow &w = openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QListWidget>(u"sectionList"_s)->isEnabled(); }, 5000));
    find<QAction>(u"actionSection6"_s)->trigger(); // Participants
    auto *search = find<QLineEdit>(u"participantSearch"_s);
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    search->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return QApplication::focusWidget() == search; }, 5000));
    QTest::keyClicks(search, u"Anna Schmidt"_s);
    QTest::keyClick(search, Qt::Key_Home);
    // Were it to ask, the answer would be yes: the test must see whether anything was deleted.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(search, Qt::Key_Delete, Qt::ControlModifier);
    settle(m_worker, &w);
    settle(m_worker, &w);
    MessageBox::setNextAnswer(QMessageBox::NoButton);

    EXPECT_EQ(search->text(), u"Schmidt"_s) << "Ctrl+Del deletes the next word in a text field";
    EXPECT_EQ(m_undo.count(), 0);
    EXPECT_EQ(w.eventModel()->rowCount(), 1);
    EXPECT_FALSE(m_probe.get<Event>(id).value().meta.deleted);
    EXPECT_EQ(m_probe.count<Session>(id).value(), 2);
    EXPECT_EQ(m_probe.count<Participant>(id).value(), 3);
}

// At the check-in desk the organizer presses Ctrl+8 and types a name: the keys go to the search box.
TEST_F(MainWindowTest, GoToCheckInPutsTheCursorInItsSearchBox)
{
    addMeetup(m_probe);
    MainWindow &w = openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QListWidget>(u"sectionList"_s)->isEnabled(); }, 5000));
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    find<QListView>(u"eventList"_s)->setFocus();
    QTest::keyClick(&w, Qt::Key_8, Qt::ControlModifier);
    auto *search = find<QLineEdit>(u"checkinSearch"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return QApplication::focusWidget() == search; }, 5000));
    QTest::keyClicks(QApplication::focusWidget(), u"Ada"_s);
    EXPECT_EQ(search->text(), u"Ada"_s);
}

TEST_F(MainWindowTest, DeletingAnEventAsksNamingWhatGoesWithIt)
{
    const QUuid id = addMeetup(m_probe);
    MainWindow &w = openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QListWidget>(u"sectionList"_s)->isEnabled(); }, 5000));
    EXPECT_TRUE(w.windowTitle().contains(u"Meetup"_s));

    // Ctrl+Del in the event list asks; no keeps the event.
    auto *list = find<QListView>(u"eventList"_s);
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    list->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return QApplication::focusWidget() == list; }, 5000));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(list, Qt::Key_Delete, Qt::ControlModifier);
    // The question names the event and what goes with it.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QString asked = MessageBox::lastText();
            return asked.contains(u"Meetup"_s) && asked.contains(u"2 session"_s) &&
                   asked.contains(u"3 registration"_s);
        },
        5000))
        << MessageBox::lastText().toStdString();
    settle(m_worker, &w);
    EXPECT_EQ(m_undo.count(), 0);
    EXPECT_FALSE(m_probe.get<Event>(id).value().meta.deleted);

    // Yes deletes it, and the window no longer shows it.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    find<QAction>(u"actionDeleteEvent"_s)->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 0; }, 5000));
    EXPECT_TRUE(m_probe.get<Event>(id).value().meta.deleted);
    EXPECT_FALSE(w.windowTitle().contains(u"Meetup"_s)) << w.windowTitle().toStdString();
    EXPECT_EQ(find<QStackedWidget>(u"pages"_s)->currentWidget()->objectName(), u"emptyState"_s);
    EXPECT_FALSE(find<QListWidget>(u"sectionList"_s)->isEnabled());
}

} // namespace

namespace
{

TEST_F(MainWindowTest, ChineseInterfaceFromTheFirstScreen)
{
    installTranslations(u"zh_CN"_s);
    MainWindow &w = openWindow();
    EXPECT_EQ(find<QAction>(u"actionNewEvent"_s)->text(), u"新建活动(&N)"_s);
    EXPECT_EQ(find<QPushButton>(u"loadSampleButton"_s)->text(), u"载入示例活动(&S)"_s);
    EventDesk::Test::screenshot(&w, u"mainwindow-empty-zh"_s);
    w.loadSampleEvent();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 1; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QListWidget>(u"sectionList"_s)->isEnabled(); }, 5000));
    // Sessions and the schedule have different names (issue 17: both were 日程).
    EXPECT_EQ(find<QListWidget>(u"sectionList"_s)->item(1)->text(), u"日程表"_s);
    EXPECT_EQ(find<QListWidget>(u"sectionList"_s)->item(2)->text(), u"议题"_s);
    EventDesk::Test::screenshot(&w, u"mainwindow-sample-zh"_s);
    EXPECT_EQ(find<QAction>(u"actionLlmProfiles"_s)->text(), u"助手配置(&P)…"_s);
    EXPECT_EQ(find<QMenu>(u"menuEvent"_s)->title(), u"活动(&N)"_s);
    // The participants page with its new buttons, in Chinese.
    auto *sections = find<QListWidget>(u"sectionList"_s);
    for (int i = 0; i < sections->count(); ++i)
        if (sections->item(i)->text() == u"参会者"_s)
            sections->setCurrentRow(i);
    auto *questions = find<QAction>(u"actionCustomQuestions"_s);
    EXPECT_EQ(questions->text(), u"问题(&Q)…"_s);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return find<QPushButton>(u"newParticipantButton"_s)->isEnabled(); }, 5000));
    EventDesk::Test::screenshot(&w, u"participants-zh"_s);
    installTranslations(u"en"_s);
}

// A language without a translation of ours (German here; the C locale of a bare X session too) gets English
// with real plural forms, not the source text's "session(s)".
TEST_F(MainWindowTest, UntranslatedLanguagesGetEnglishPlurals)
{
    installTranslations(u"de_DE"_s);
    EXPECT_EQ(QCoreApplication::translate("EventDesk::MainWindow", "%n session(s)", nullptr, 44),
              u"44 sessions"_s);
    EXPECT_EQ(QCoreApplication::translate("EventDesk::MainWindow", "%n registration(s)", nullptr, 1),
              u"1 registration"_s);
    installTranslations(u"en"_s);
}

TEST_F(MainWindowTest, WindowGeometryIsRemembered)
{
    {
        MainWindow &w = openWindow();
        w.resize(900, 640);
        w.close();
    }
    m_window.reset();
    MainWindow &again = openWindow();
    EXPECT_EQ(again.size(), QSize(900, 640));
}

} // namespace
