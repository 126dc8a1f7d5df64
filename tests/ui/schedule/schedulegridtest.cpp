// The schedule grid as an organizer meets it on the first day: overlapping sessions side by side, columns
// that share the view's width, cards with speakers and whole titles, the track legend, the grid starting at
// the daily start, the day picker and Publish not truncated, double-click to edit, keyboard focus and moves,
// the time following a dragged card, and Publish confirming what it published.
#include "common/messagebox.h"
#include "schedule/schedulepage.h"
#include "schedule/schedulescene.h"
#include "schedule/scheduleview.h"
#include "schedule/sessionitem.h"
#include "support/guifixture.h"

#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

class ScheduleGridTest : public EventDesk::Test::GuiFixture
{
protected:
    QDateTime berlin(QTime t) const
    {
        return QDateTime(QDate(2026, 6, 10), t, QTimeZone("Europe/Berlin")).toUTC();
    }
    QUuid addSession(const QString &title, int room, QTime start, int minutes, const QUuid &track = {},
                     const QList<QUuid> &speakers = {})
    {
        Session s;
        s.eventId = eventId;
        s.title = title;
        s.roomId = rooms.at(room);
        s.start = berlin(start);
        s.durationMinutes = minutes;
        s.trackId = track;
        s.speakerIds = speakers;
        return m_probe.add(s).value().meta.id;
    }
    void SetUp() override
    {
        GuiFixture::SetUp();
        Event e;
        e.name = u"Conf"_s;
        e.timeZone = u"Europe/Berlin"_s;
        e.startDate = e.endDate = QDate(2026, 6, 10);
        eventId = m_probe.add(e).value().meta.id;
        for (const QString &name : {u"Hall"_s, u"Lab"_s}) {
            Room r;
            r.eventId = eventId;
            r.name = name;
            r.capacity = 50;
            rooms.append(m_probe.add(r).value().meta.id);
        }
        for (const auto &[name, color] :
             {std::pair{u"Main stage"_s, u"#1e88e5"_s}, {u"Workshops"_s, u"#43a047"_s}}) {
            Track t;
            t.eventId = eventId;
            t.name = name;
            t.color = color;
            tracks.append(m_probe.add(t).value().meta.id);
        }
        Speaker ada;
        ada.eventId = eventId;
        ada.name = u"Ada Lovelace"_s;
        speaker = m_probe.add(ada).value().meta.id;
        alpha = addSession(u"Alpha"_s, 0, QTime(10, 0), 30, tracks.at(0), {speaker});
        beta = addSession(u"Beta"_s, 0, QTime(10, 15), 30, tracks.at(1));
    }
    SchedulePage *openSchedule()
    {
        openWindow();
        find<QAction>(u"actionSection1"_s)->trigger();
        auto *page = find<SchedulePage>(u"schedulePage"_s);
        EXPECT_TRUE(QTest::qWaitFor([&] { return page->isVisible() && page->isLoaded(); }, 10000));
        return page;
    }
    QPoint viewportPoint(SchedulePage *page, const QPointF &scenePos)
    {
        return page->view()->mapFromScene(scenePos);
    }
    Session stored(const QUuid &id) { return m_probe.get<Session>(id).value(); }

    QUuid eventId, alpha, beta, speaker;
    QList<QUuid> rooms, tracks;
};

TEST_F(ScheduleGridTest, OverlappingSessionsAreDrawnSideBySide)
{
    SchedulePage *page = openSchedule();
    ScheduleScene *scene = page->scene();
    SessionItem *a = scene->itemFor(alpha);
    SessionItem *b = scene->itemFor(beta);
    ASSERT_NE(a, nullptr);
    ASSERT_NE(b, nullptr);
    const QRectF ra = a->sceneBoundingRect();
    const QRectF rb = b->sceneBoundingRect();
    EXPECT_FALSE(ra.adjusted(0.5, 0.5, -0.5, -0.5).intersects(rb.adjusted(0.5, 0.5, -0.5, -0.5)))
        << "Alpha and Beta overlap on the grid";
    // Both stay in the Hall's column, each as tall as its duration.
    EXPECT_EQ(scene->roomAt(ra.center().x()), 0);
    EXPECT_EQ(scene->roomAt(rb.center().x()), 0);
    EXPECT_NEAR(ra.height(), 30 * scene->zoom(), 1);
    EXPECT_NEAR(rb.height(), 30 * scene->zoom(), 1);
    // Nothing covers either card: the topmost item at each card's centre is that card.
    EXPECT_EQ(scene->itemAt(ra.center(), QTransform()), a);
    EXPECT_EQ(scene->itemAt(rb.center(), QTransform()), b);
    // A session after both uses the whole column again.
    const QUuid later = addSession(u"Later"_s, 0, QTime(11, 0), 30);
    page->reload();
    ASSERT_TRUE(QTest::qWaitFor([&] { return scene->itemFor(later) != nullptr; }, 5000));
    EXPECT_NEAR(scene->itemFor(later)->sceneBoundingRect().width(), scene->columnWidth(), 1.5);
}

TEST_F(ScheduleGridTest, RoomColumnsShareTheViewsWidth)
{
    SchedulePage *page = openSchedule();
    ScheduleScene *scene = page->scene();
    m_window->resize(1600, 900);
    QWidget *viewport = page->view()->viewport();
    ASSERT_TRUE(QTest::qWaitFor([&] { return viewport->width() > 900; }, 5000));
    // Two rooms fill the viewport: no fixed 130-150 px columns with empty space beside them.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return ScheduleScene::kTimeColumn + 2 * scene->columnWidth() >= viewport->width() - 4; }, 5000))
        << scene->columnWidth() << " for a viewport of " << viewport->width();
    EXPECT_LE(scene->sceneRect().width(), viewport->width() + 1);
    const qreal wide = scene->columnWidth();
    m_window->resize(1200, 900);
    ASSERT_TRUE(QTest::qWaitFor([&] { return scene->columnWidth() < wide; }, 5000));
    EXPECT_GE(scene->columnWidth(), ScheduleScene::kMinColumnWidth);
    // The cards follow the columns.
    EXPECT_EQ(scene->roomAt(scene->itemFor(alpha)->sceneBoundingRect().center().x()), 0);
}

TEST_F(ScheduleGridTest, CardsShowTheirSpeakersAndTheWholeTitleWhenThereIsRoom)
{
    const QUuid talk = addSession(u"Scheduling a conference without losing sleep"_s, 1, QTime(11, 0), 60,
                                  tracks.at(0), {speaker});
    SchedulePage *page = openSchedule();
    SessionItem *item = page->scene()->itemFor(talk);
    ASSERT_NE(item, nullptr);
    const QString shown = item->textLines().join(u' ');
    EXPECT_TRUE(shown.contains(u"Ada Lovelace"_s)) << shown.toStdString();
    EXPECT_TRUE(shown.simplified().contains(u"Scheduling a conference without losing sleep"_s))
        << shown.toStdString();
    EXPECT_TRUE(shown.startsWith(u"11:00"_s)) << shown.toStdString();
    // A short card keeps what fits: the title elided on one line, no text past the card.
    page->scene()->setZoom(0.3);
    item = page->scene()->itemFor(talk);
    ASSERT_NE(item, nullptr);
    EXPECT_LE(item->textLines().size(), 1);
    EXPECT_TRUE(item->toolTip().contains(u"Ada Lovelace"_s)) << item->toolTip().toStdString();
}

TEST_F(ScheduleGridTest, LegendListsEachTrackWithItsColour)
{
    openSchedule();
    auto *legend = find<QListWidget>(u"trackLegend"_s);
    ASSERT_NE(legend, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return legend->count() == 2; }, 5000)) << legend->count();
    EXPECT_EQ(legend->item(0)->text(), u"Main stage"_s);
    EXPECT_EQ(legend->item(1)->text(), u"Workshops"_s);
    EXPECT_EQ(legend->item(0)->icon().pixmap(12, 12).toImage().pixelColor(6, 6), QColor(u"#1e88e5"_s));
    EXPECT_TRUE(legend->isVisible());
    // A session without a track is drawn grey: the legend says so.
    addSession(u"Untracked"_s, 1, QTime(14, 0), 30);
    find<SchedulePage>(u"schedulePage"_s)->reload();
    ASSERT_TRUE(QTest::qWaitFor([&] { return legend->count() == 3; }, 5000));
    EXPECT_EQ(legend->item(2)->text(), u"No track"_s);
}

TEST_F(ScheduleGridTest, GridStartsAtTheDailyStart)
{
    SchedulePage *page = openSchedule();
    ScheduleScene *scene = page->scene();
    const qreal top = page->view()->mapToScene(QPoint(0, 0)).y();
    EXPECT_EQ(scene->timeAt(top + ScheduleScene::kHeader), berlin(QTime(9, 0)));
    // A session before the daily start still has its place: the grid begins at its hour.
    const QUuid early = addSession(u"Breakfast"_s, 1, QTime(7, 30), 30);
    page->reload();
    ASSERT_TRUE(QTest::qWaitFor([&] { return scene->itemFor(early) != nullptr; }, 5000));
    EXPECT_EQ(scene->timeAt(ScheduleScene::kHeader), berlin(QTime(7, 0)));
}

TEST_F(ScheduleGridTest, DayPickerAndPublishAreNotTruncated)
{
    SchedulePage *page = openSchedule();
    m_window->resize(1100, 720);
    find<QAction>(u"actionToggleAssistant"_s)->trigger(); // the dock takes part of the width
    auto *day = find<QComboBox>(u"scheduleDayCombo"_s);
    auto *publish = find<QPushButton>(u"publishButton"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QWidget>(u"assistantDock"_s)->isVisible(); }, 5000));
    // The page's tool rows fit beside the event list and the dock (a page too wide pushes the window past the
    // screen's edge, where its buttons are cut off), and the day picker and Publish get their whole width.
    EXPECT_LE(page->minimumSizeHint().width(), 640);
    EXPECT_GE(day->width(), day->sizeHint().width());
    EXPECT_GE(publish->width(), publish->sizeHint().width());
    EXPECT_GE(publish->width(), publish->fontMetrics().horizontalAdvance(u"Publish…"_s));
}

TEST_F(ScheduleGridTest, DoubleClickingACardOpensItsEditor)
{
    SchedulePage *page = openSchedule();
    SessionItem *item = page->scene()->itemFor(alpha);
    ASSERT_NE(item, nullptr);
    QTest::mouseDClick(page->view()->viewport(), Qt::LeftButton, {},
                       viewportPoint(page, item->sceneBoundingRect().center()));
    QDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            dialog = m_window->findChild<QDialog *>(u"sessionDialog"_s);
            return dialog && dialog->isVisible();
        },
        5000));
    EXPECT_EQ(dialog->findChild<QLineEdit *>(u"sessionTitleEdit"_s)->text(), u"Alpha"_s);
    // A double-click is no move.
    EXPECT_EQ(stored(alpha).start, berlin(QTime(10, 0)));
    dialog->reject();
}

TEST_F(ScheduleGridTest, KeyboardReachesSelectsAndMovesCards)
{
    const QUuid lab = addSession(u"Lab talk"_s, 1, QTime(10, 0), 30);
    SchedulePage *page = openSchedule();
    ScheduleScene *scene = page->scene();
    QGraphicsView *view = page->view();
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    // Tabbing into the grid reaches the first card (by time, then room); Tab and the arrows go from card to
    // card; the card with the keyboard is selected and drawn with a focus frame.
    view->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->hasFocus(); }, 5000));
    QWidget *viewport = view; // keys go to the focused view
    EXPECT_EQ(scene->currentSession(), alpha);
    EXPECT_EQ(scene->selectedSessions(), QList<QUuid>{alpha});
    QTest::keyClick(viewport, Qt::Key_Tab);
    EXPECT_EQ(scene->currentSession(), lab);
    QTest::keyClick(viewport, Qt::Key_Left);
    EXPECT_EQ(scene->currentSession(), alpha);
    QTest::keyClick(viewport, Qt::Key_Down);
    EXPECT_EQ(scene->currentSession(), beta);
    EXPECT_EQ(scene->selectedSessions(), QList<QUuid>{beta});
    QTest::keyClick(viewport, Qt::Key_Up);
    EXPECT_EQ(scene->currentSession(), alpha);
    QTest::keyClick(viewport, Qt::Key_Down);
    EXPECT_TRUE(scene->itemFor(beta)->isCurrent());
    EXPECT_FALSE(scene->itemFor(alpha)->isCurrent());
    // Moving focus changes no data.
    EXPECT_EQ(stored(beta).start, berlin(QTime(10, 15)));
    EXPECT_EQ(m_undo.count(), 0);

    // Alt+Down moves the card one slot later, Alt+Right one room over: one undo step each.
    QTest::keyClick(viewport, Qt::Key_Down, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(beta).start == berlin(QTime(10, 20)); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000));
    // The moved card keeps the keyboard.
    ASSERT_TRUE(QTest::qWaitFor([&] { return scene->currentSession() == beta; }, 5000));
    QTest::keyClick(viewport, Qt::Key_Right, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(beta).roomId == rooms.at(1); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 2; }, 5000));
    EXPECT_EQ(stored(beta).start, berlin(QTime(10, 20)));

    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(beta).roomId == rooms.at(0); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.index() == 1; }, 5000));
    triggerWhenEnabled(u"actionUndo"_s);
    // Undoing the earlier step after the later one is not mistaken for a change made elsewhere.
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(beta).start == berlin(QTime(10, 15)); }, 5000));

    // Enter opens the editor of the card with the keyboard.
    ASSERT_TRUE(QTest::qWaitFor([&] { return scene->itemFor(beta) != nullptr; }, 5000));
    scene->setCurrentSession(beta);
    QTest::keyClick(viewport, Qt::Key_Return);
    QDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            dialog = m_window->findChild<QDialog *>(u"sessionDialog"_s);
            return dialog && dialog->isVisible();
        },
        5000));
    EXPECT_EQ(dialog->findChild<QLineEdit *>(u"sessionTitleEdit"_s)->text(), u"Beta"_s);
    dialog->reject();
}

TEST_F(ScheduleGridTest, TimeShownWhileDraggingFollowsTheCard)
{
    SchedulePage *page = openSchedule();
    ScheduleScene *scene = page->scene();
    SessionItem *item = scene->itemFor(alpha);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->timeText(), u"10:00"_s);
    QWidget *viewport = page->view()->viewport();
    const QPointF grab = item->sceneBoundingRect().center();
    QTest::mousePress(viewport, Qt::LeftButton, {}, viewportPoint(page, grab));
    QTest::mouseMove(viewport, viewportPoint(page, grab + QPointF(0, 10)));
    QTest::mouseMove(viewport, viewportPoint(page, grab + QPointF(0, 45 * scene->zoom())));
    EXPECT_EQ(item->timeText(), u"10:45"_s);
    QTest::mouseRelease(viewport, Qt::LeftButton, {},
                        viewportPoint(page, grab + QPointF(0, 45 * scene->zoom())));
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(alpha).start == berlin(QTime(10, 45)); }, 5000));
}

TEST_F(ScheduleGridTest, PublishConfirmsTheReleaseItMade)
{
    openSchedule();
    // Alpha and Beta are a double booking: publishing with errors asks first.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>(u"publishButton"_s), Qt::LeftButton);
    QInputDialog *name = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            name = m_window->findChild<QInputDialog *>(u"publishDialog"_s);
            return name && name->isVisible();
        },
        5000));
    EXPECT_EQ(name->windowTitle(), u"Publish schedule"_s);
    EXPECT_GE(name->width(), name->fontMetrics().horizontalAdvance(name->windowTitle()) + 120);
    name->setTextValue(u"Day one final"_s);
    name->accept();
    QMessageBox *done = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            done = m_window->findChild<QMessageBox *>(u"publishedMessage"_s);
            return done && done->isVisible();
        },
        5000));
    EXPECT_TRUE(done->text().contains(u"\"Day one final\""_s)) << done->text().toStdString();
    EXPECT_TRUE(done->text().contains(u"release 1"_s)) << done->text().toStdString();
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"Day one final"_s))
        << m_window->statusBar()->currentMessage().toStdString();
    done->accept();
}

} // namespace
