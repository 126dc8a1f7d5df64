// The schedule editor driven with the mouse and keyboard: drag a card, resize it, drop from Unscheduled,
// Alt+arrow keys, undo; and a FOSDEM-sized schedule for the screenshot.
#include "schedule/conflictrulesdialog.h"
#include "schedule/schedulegenerator.h"
#include "schedule/schedulepage.h"
#include "schedule/schedulescene.h"
#include "schedule/scheduleview.h"
#include "schedule/sessionitem.h"
#include "support/guifixture.h"
#include "support/screenshot.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

class ScheduleEditorTest : public EventDesk::Test::GuiFixture
{
protected:
    QDateTime berlin(QTime t) const
    {
        return QDateTime(QDate(2026, 6, 10), t, QTimeZone("Europe/Berlin")).toUTC();
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
        Session a;
        a.eventId = eventId;
        a.title = u"Alpha"_s;
        a.roomId = rooms.at(0);
        a.start = berlin(QTime(10, 0));
        a.durationMinutes = 30;
        alpha = m_probe.add(a).value().meta.id;
        Session u;
        u.eventId = eventId;
        u.title = u"Floating"_s;
        u.durationMinutes = 45;
        floating = m_probe.add(u).value().meta.id;
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

    QUuid eventId, alpha, floating;
    QList<QUuid> rooms;
};

TEST_F(ScheduleEditorTest, DragCardToAnotherRoomAndTimeThenUndo)
{
    SchedulePage *page = openSchedule();
    ScheduleScene *scene = page->scene();
    SessionItem *item = scene->itemFor(alpha);
    ASSERT_NE(item, nullptr);
    QWidget *viewport = page->view()->viewport();
    const QPointF grab = item->sceneBoundingRect().center();
    const QPointF target = grab + QPointF(scene->columnWidth(), 30 * scene->zoom()); // Lab, 30 minutes later
    QTest::mousePress(viewport, Qt::LeftButton, {}, viewportPoint(page, grab));
    QTest::mouseMove(viewport, viewportPoint(page, grab + QPointF(20, 10)));
    QTest::mouseMove(viewport, viewportPoint(page, target));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, viewportPoint(page, target));

    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(alpha).roomId == rooms.at(1); }, 5000));
    EXPECT_EQ(stored(alpha).start, berlin(QTime(10, 30)));
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000)) << m_undo.count();

    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(alpha).roomId == rooms.at(0); }, 5000));
    EXPECT_EQ(stored(alpha).start, berlin(QTime(10, 0)));
    // The grid follows the store: the card is back in the first column.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            SessionItem *back = scene->itemFor(alpha);
            return back && scene->roomAt(back->sceneBoundingRect().center().x()) == 0;
        },
        5000));
}

TEST_F(ScheduleEditorTest, ResizeByDraggingTheBottomEdge)
{
    SchedulePage *page = openSchedule();
    ScheduleScene *scene = page->scene();
    SessionItem *item = scene->itemFor(alpha);
    ASSERT_NE(item, nullptr);
    QWidget *viewport = page->view()->viewport();
    const QRectF r = item->sceneBoundingRect();
    const QPointF edge(r.center().x(), r.bottom() - 2);
    const QPointF target = edge + QPointF(0, 15 * scene->zoom());
    QTest::mousePress(viewport, Qt::LeftButton, {}, viewportPoint(page, edge));
    QTest::mouseMove(viewport, viewportPoint(page, target));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, viewportPoint(page, target));
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(alpha).durationMinutes == 45; }, 5000));
    EXPECT_EQ(stored(alpha).start, berlin(QTime(10, 0)));
}

TEST_F(ScheduleEditorTest, DropFromUnscheduledPlacesTheSessionAndConflictsShow)
{
    SchedulePage *page = openSchedule();
    auto *list = find<QListWidget>(u"unscheduledList"_s);
    ASSERT_EQ(list->count(), 1);
    EXPECT_EQ(list->item(0)->data(Qt::UserRole).toUuid(), floating);

    // Drop "Floating" onto the Hall at 10:15, on top of Alpha.
    ScheduleScene *scene = page->scene();
    const QPointF at = scene->positionFor(rooms.at(0), berlin(QTime(10, 15))) + QPointF(10, 1);
    QMimeData mime;
    mime.setData(QString::fromLatin1(ScheduleView::kSessionMime),
                 floating.toString(QUuid::WithoutBraces).toLatin1() + '\n');
    const QPoint pos = viewportPoint(page, at);
    QDragEnterEvent enter(pos, Qt::MoveAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(page->view()->viewport(), &enter);
    QDropEvent drop(QPointF(pos), Qt::MoveAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(page->view()->viewport(), &drop);

    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(floating).isScheduled(); }, 5000));
    EXPECT_EQ(stored(floating).roomId, rooms.at(0));
    EXPECT_EQ(stored(floating).start, berlin(QTime(10, 15)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->count() == 0; }, 5000));

    // A double booking is reported, with a badge on both cards and an entry that focuses the session.
    auto *conflicts = find<QListWidget>(u"conflictList"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return conflicts->count() == 1; }, 5000));
    EXPECT_EQ(scene->itemFor(alpha)->worstSeverity(), Severity::Error);
    EXPECT_TRUE(find<QLabel>(u"conflictSummary"_s)->text().startsWith(u"1 error"_s));
    conflicts->setCurrentRow(0);
    EXPECT_EQ(scene->selectedSessions().size(), 1);
    EventDesk::Test::screenshot(m_window.get(), u"schedule-conflict"_s);

    // Delete unschedules it again, as one undo step.
    scene->selectSessions({floating});
    page->view()->setFocus();
    find<QAction>(u"actionUnscheduleSession"_s)->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !stored(floating).isScheduled(); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return conflicts->count() == 0; }, 5000));
}

TEST_F(ScheduleEditorTest, AltArrowKeysMoveTheSelection)
{
    SchedulePage *page = openSchedule();
    page->scene()->selectSessions({alpha});
    page->view()->setFocus();
    QTest::keyClick(page->view()->viewport(), Qt::Key_Down, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(alpha).start == berlin(QTime(10, 5)); }, 5000));
    QTest::keyClick(page->view()->viewport(), Qt::Key_Right, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(alpha).roomId == rooms.at(1); }, 5000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 2; }, 5000)) << m_undo.count();
}

TEST_F(ScheduleEditorTest, FosdemSizedScheduleLoads)
{
    const ScheduleData generated = ScheduleGenerator::generate({});
    ASSERT_TRUE(ScheduleGenerator::write(m_probe, generated));
    openWindow();
    m_window->selectEvent(generated.event.meta.id);
    find<QAction>(u"actionSection1"_s)->trigger();
    auto *page = find<SchedulePage>(u"schedulePage"_s);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return page->isLoaded() && page->checker().data().event.meta.id == generated.event.meta.id; },
        10000));
    int onFirstDay = 0;
    const QTimeZone tz("Europe/Brussels");
    for (const Session &s : generated.sessions)
        onFirstDay += s.start.toTimeZone(tz).date() == generated.event.startDate ? 1 : 0;
    EXPECT_EQ(page->scene()->items().size(), onFirstDay);
    EXPECT_EQ(page->checker().all(), ConflictChecker::bruteForce(generated));
    m_window->resize(1600, 1000);
    EventDesk::Test::screenshot(m_window.get(), u"schedule-fosdem"_s);
}

TEST_F(ScheduleEditorTest, RuleSeveritiesAreEditedAsOneUndoStep)
{
    SchedulePage *page = openSchedule();
    QTest::mouseClick(find<QPushButton>(u"conflictRulesButton"_s), Qt::LeftButton);
    ConflictRulesDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (dialog = m_window->findChild<ConflictRulesDialog *>()) != nullptr; }, 5000));
    auto *severity = dialog->findChild<QComboBox *>(u"severity_room-double-booked"_s);
    ASSERT_NE(severity, nullptr);
    severity->setCurrentIndex(severity->findData(u"off"_s));
    dialog->findChild<QSpinBox *>(u"changeoverSpin"_s)->setValue(25);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return m_probe.get<Event>(eventId).value().changeoverMinutes == 25; }, 5000));
    EXPECT_EQ(m_probe.get<Event>(eventId).value().conflictRules.value(u"room-double-booked"_s).toString(),
              u"off"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->checker().data().event.changeoverMinutes == 25; }, 5000));
    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return m_probe.get<Event>(eventId).value().changeoverMinutes == 10; }, 5000));
    EXPECT_TRUE(m_probe.get<Event>(eventId).value().conflictRules.isEmpty());
}

// The rules for allowed rooms, allowed times and the room changeover are in the dialog with their defaults.
TEST_F(ScheduleEditorTest, TheRulesDialogHasTheAllowedRoomsTimesAndRoomChangeoverRules)
{
    openSchedule();
    QTest::mouseClick(find<QPushButton>(u"conflictRulesButton"_s), Qt::LeftButton);
    ConflictRulesDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (dialog = m_window->findChild<ConflictRulesDialog *>()) != nullptr; }, 5000));
    const QList<std::pair<QString, QString>> expected{{u"room-not-allowed"_s, u"error"_s},
                                                      {u"time-not-allowed"_s, u"error"_s},
                                                      {u"room-changeover"_s, u"warning"_s}};
    for (const auto &[rule, severity] : expected) {
        auto *box = dialog->findChild<QComboBox *>(u"severity_"_s + rule);
        ASSERT_NE(box, nullptr) << rule.toStdString();
        EXPECT_EQ(box->currentData().toString(), severity) << rule.toStdString();
    }
    auto *changeover = dialog->findChild<QComboBox *>(u"severity_room-changeover"_s);
    changeover->setCurrentIndex(changeover->findData(u"error"_s));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return m_probe.get<Event>(eventId).value().conflictRules.value(u"room-changeover"_s).toString() ==
                   u"error"_s;
        },
        5000));
}

TEST_F(ScheduleEditorTest, MultiSelectionMovesAsOneUndoStepAndDragOffTheGridUnschedules)
{
    Session b;
    b.eventId = eventId;
    b.title = u"Beta"_s;
    b.roomId = rooms.at(1);
    b.start = berlin(QTime(11, 0));
    const QUuid beta = m_probe.add(b).value().meta.id;
    SchedulePage *page = openSchedule();
    ScheduleScene *scene = page->scene();
    ASSERT_TRUE(QTest::qWaitFor([&] { return scene->itemFor(beta) != nullptr; }, 5000));
    QWidget *viewport = page->view()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {},
                      viewportPoint(page, scene->itemFor(alpha)->sceneBoundingRect().center()));
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier,
                      viewportPoint(page, scene->itemFor(beta)->sceneBoundingRect().center()));
    ASSERT_EQ(scene->selectedSessions().size(), 2);
    page->view()->setFocus();
    QTest::keyClick(viewport, Qt::Key_Down, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(beta).start == berlin(QTime(11, 5)); }, 5000));
    EXPECT_EQ(stored(alpha).start, berlin(QTime(10, 5)));
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000)) << m_undo.count();

    // Drag Beta left, beside the grid: it goes back to Unscheduled.
    ASSERT_TRUE(QTest::qWaitFor([&] { return scene->itemFor(beta) != nullptr; }, 5000));
    scene->selectSessions({beta});
    const QPointF grab = scene->itemFor(beta)->sceneBoundingRect().center();
    const QPointF off(ScheduleScene::kTimeColumn / 2 - scene->columnWidth(), grab.y());
    QTest::mousePress(viewport, Qt::LeftButton, {}, viewportPoint(page, grab));
    QTest::mouseMove(viewport, viewportPoint(page, grab - QPointF(40, 0)));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, viewportPoint(page, grab + (off - grab)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !stored(beta).isScheduled(); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QListWidget>(u"unscheduledList"_s)->count() == 2; }, 5000));
}

} // namespace
