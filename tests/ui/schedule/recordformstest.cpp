// The room, track, speaker and session forms: reached from the main window, validated inline, saved as one
// undo step.
#include "common/messagebox.h"
#include "common/translations.h"
#include "schedule/recorddialog.h"
#include "schedule/roomdialog.h"
#include "schedule/sessiondialog.h"
#include "schedule/speakerdialog.h"
#include "schedule/trackdialog.h"
#include "support/guifixture.h"
#include "support/screenshot.h"

#include <QAction>
#include <QApplication>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

class RecordFormsTest : public EventDesk::Test::GuiFixture
{
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        Event e;
        e.name = u"Conf"_s;
        e.timeZone = u"Asia/Shanghai"_s;
        e.startDate = e.endDate = QDate(2026, 6, 10);
        eventId = m_probe.add(e).value().meta.id;
        Speaker s;
        s.eventId = eventId;
        s.name = u"王芳"_s;
        speaker = m_probe.add(s).value().meta.id;
        Session session;
        session.eventId = eventId;
        session.title = u"Opening"_s;
        sessionId = m_probe.add(session).value().meta.id;
        openWindow();
    }
    template <typename Dialog> Dialog *openForm(int section, const QString &button)
    {
        find<QAction>(u"actionSection%1"_s.arg(section))->trigger();
        auto *b = find<QPushButton>(button);
        EXPECT_TRUE(QTest::qWaitFor([&] { return b->isVisible(); }, 5000));
        QTest::mouseClick(b, Qt::LeftButton);
        Dialog *dialog = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                dialog = m_window->findChild<Dialog *>();
                return dialog && dialog->isVisible();
            },
            5000));
        return dialog;
    }
    void type(QWidget *dialog, const QString &name, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(name);
        ASSERT_NE(edit, nullptr) << name.toStdString();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    void clickOk(QWidget *dialog)
    {
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
    }

    QUuid eventId, speaker, sessionId;
};

TEST_F(RecordFormsTest, RoomFormValidatesSavesAndUndoes)
{
    auto *dialog = openForm<RoomDialog>(3, u"roomAddButton"_s);
    ASSERT_NE(dialog, nullptr);
    clickOk(dialog); // empty name
    auto *errors = dialog->findChild<QLabel *>(u"formErrors"_s);
    EXPECT_TRUE(errors->isVisible());
    EXPECT_TRUE(errors->text().contains(u"must not be empty"_s)) << errors->text().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(m_probe.count<Room>(eventId).value(), 0);

    type(dialog, u"roomNameEdit"_s, u"Studio 1"_s);
    EXPECT_FALSE(errors->isVisible()) << "the message follows the edit";
    dialog->findChild<QSpinBox *>(u"roomCapacitySpin"_s)->setValue(80);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"addWindowButton"_s), Qt::LeftButton);
    EventDesk::Test::screenshot(dialog, u"form-room"_s);
    clickOk(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Room>(eventId).value() == 1; }, 5000));
    const Room room = m_probe.list<Room>(eventId).value().first();
    EXPECT_EQ(room.name, u"Studio 1"_s);
    EXPECT_EQ(room.capacity, 80);
    ASSERT_EQ(room.availability.size(), 1);
    // The window starts at the event's first day, 09:00 in Shanghai.
    EXPECT_EQ(room.availability.first().start, QDateTime(QDate(2026, 6, 10), QTime(1, 0), QTimeZone::utc()));
    auto *table = find<QTableView>(u"roomTable"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == 1; }, 5000));

    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Room>(eventId).value() == 0; }, 5000));
}

// A room saved without a capacity says so in its form and in the table, not "0" seats; its window buttons
// answer Alt+A and Alt+M.
TEST_F(RecordFormsTest, ARoomWithoutACapacitySaysNotSetAndItsWindowsHaveAltKeys)
{
    auto *dialog = openForm<RoomDialog>(3, u"roomAddButton"_s);
    ASSERT_NE(dialog, nullptr);
    auto *capacity = dialog->findChild<QSpinBox *>(u"roomCapacitySpin"_s);
    EXPECT_EQ(capacity->value(), 0);
    EXPECT_EQ(capacity->text(), u"Not set"_s);
    auto *windows = dialog->findChild<QTableWidget *>(u"availabilityTable"_s);
    dialog->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier); // (a button's Alt key clicks it a moment later)
    ASSERT_TRUE(QTest::qWaitFor([&] { return windows->rowCount() == 1; }, 2000));
    windows->setCurrentCell(0, 0);
    QTest::keyClick(dialog, Qt::Key_M, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return windows->rowCount() == 0; }, 2000));
    type(dialog, u"roomNameEdit"_s, u"Foyer"_s);
    clickOk(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Room>(eventId).value() == 1; }, 5000));
    EXPECT_EQ(m_probe.list<Room>(eventId).value().first().capacity, 0);
    auto *table = find<QTableView>(u"roomTable"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == 1; }, 5000));
    EXPECT_EQ(table->model()->index(0, 1).data().toString(), u"Not set"_s);
    // The room's name takes the table's spare width; the capacity column is as wide as its numbers,
    // right-aligned.
    EXPECT_GT(table->columnWidth(0), table->columnWidth(1));
    EXPECT_EQ(table->model()->index(0, 1).data(Qt::TextAlignmentRole).toInt() & Qt::AlignHorizontal_Mask,
              int(Qt::AlignRight));
}

// The session form is taller than a laptop's screen (the offscreen screen is 800 pixels high): it opens no
// taller than the screen, OK stays in view, and Tab brings every field into view.
TEST_F(RecordFormsTest, ATallFormFitsTheScreenWithOkAndEveryFieldInView)
{
    auto *dialog = openForm<SessionDialog>(2, u"sessionAddButton"_s);
    ASSERT_NE(dialog, nullptr);
    const QRect screen = dialog->screen()->availableGeometry();
    ASSERT_GT(dialog->layout()->sizeHint().height(), screen.height())
        << "the form must want more than the screen";
    EXPECT_LE(dialog->frameGeometry().height(), screen.height());
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    ASSERT_TRUE(ok->isVisible());
    EXPECT_LE(ok->mapTo(dialog, QPoint(0, ok->height())).y(), dialog->height());
    auto *area = dialog->findChild<QScrollArea *>(u"formFieldsArea"_s);
    ASSERT_NE(area, nullptr);
    // Tab to the last field: it is in view (the lists gave up height, or the fields scrolled to it).
    auto *last = dialog->findChild<QPushButton *>(u"removeWindowButton"_s);
    dialog->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    for (int i = 0; i < 40 && QApplication::focusWidget() != last; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), last);
    const QPoint bottom = last->mapTo(area->viewport(), QPoint(0, last->height()));
    EXPECT_LE(bottom.y(), area->viewport()->height());
    EXPECT_GE(last->mapTo(area->viewport(), QPoint(0, 0)).y(), 0);
}

// In Chinese the undo step of a form names what it did in Chinese (it came out as "Edit 会议室").
TEST_F(RecordFormsTest, AFormsUndoStepIsNamedInTheInterfacesLanguage)
{
    installTranslations(u"zh_CN"_s);
    auto *dialog = openForm<RoomDialog>(3, u"roomAddButton"_s);
    ASSERT_NE(dialog, nullptr);
    type(dialog, u"roomNameEdit"_s, u"Hall 1"_s);
    clickOk(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Room>(eventId).value() == 1; }, 5000));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return m_window->statusBar()->currentMessage() == u"已保存：添加会议室。"_s; }, 5000))
        << m_window->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(find<QAction>(u"actionUndo"_s)->text().contains(u"添加会议室"_s), true)
        << find<QAction>(u"actionUndo"_s)->text().toStdString();
    installTranslations(u"en"_s);
}

TEST_F(RecordFormsTest, TrackAndSpeakerFormsRejectBadInput)
{
    auto *track = openForm<TrackDialog>(4, u"trackAddButton"_s);
    ASSERT_NE(track, nullptr);
    type(track, u"trackNameEdit"_s, u"Community"_s);
    type(track, u"trackColorEdit"_s, u"blue-ish"_s);
    clickOk(track);
    EXPECT_TRUE(track->findChild<QLabel *>(u"formErrors"_s)->text().contains(u"blue-ish"_s));
    type(track, u"trackColorEdit"_s, u"#3366cc"_s);
    clickOk(track);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Track>(eventId).value() == 1; }, 5000));
    EXPECT_EQ(m_probe.list<Track>(eventId).value().first().color, u"#3366cc"_s);

    auto *speakerForm = openForm<SpeakerDialog>(5, u"speakerAddButton"_s);
    ASSERT_NE(speakerForm, nullptr);
    type(speakerForm, u"speakerNameEdit"_s, u"Ada"_s);
    type(speakerForm, u"speakerEmailEdit"_s, u"ada-at-example"_s);
    clickOk(speakerForm);
    EXPECT_TRUE(speakerForm->isVisible());
    EXPECT_TRUE(speakerForm->findChild<QLabel *>(u"formErrors"_s)->text().contains(u"ada-at-example"_s));
    EXPECT_EQ(m_probe.count<Speaker>(eventId).value(), 1);
}

TEST_F(RecordFormsTest, SessionFormPicksSpeakersAsOneUndoStep)
{
    find<QAction>(u"actionSection2"_s)->trigger();
    auto *table = find<QTableView>(u"sessionTable"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->isVisible() && table->model()->rowCount() == 1; }, 5000));
    table->selectRow(0);
    QTest::mouseClick(find<QPushButton>(u"sessionEditButton"_s), Qt::LeftButton);
    SessionDialog *dialog = nullptr;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (dialog = m_window->findChild<SessionDialog *>()) != nullptr; }, 5000));
    auto *speakers = dialog->findChild<QListWidget *>(u"sessionSpeakerList"_s);
    ASSERT_EQ(speakers->count(), 1);
    speakers->item(0)->setCheckState(Qt::Checked);
    dialog->findChild<QSpinBox *>(u"sessionDurationSpin"_s)->setValue(50);
    EventDesk::Test::screenshot(dialog, u"form-session"_s);
    clickOk(dialog);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return m_probe.get<Session>(sessionId).value().durationMinutes == 50; }, 5000));
    EXPECT_EQ(m_probe.get<Session>(sessionId).value().speakerIds, QList<QUuid>{speaker});
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000)) << m_undo.count();
    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return m_probe.get<Session>(sessionId).value().durationMinutes == 30; }, 5000));
    EXPECT_TRUE(m_probe.get<Session>(sessionId).value().speakerIds.isEmpty());
}

// A workshop that needs its lab, in the afternoon only: both lists are saved with the rest, as one undo step.
TEST_F(RecordFormsTest, SessionFormSetsAllowedRoomsAndTimes)
{
    Room hall, lab;
    hall.eventId = lab.eventId = eventId;
    hall.name = u"Hall"_s;
    lab.name = u"Lab 1"_s;
    ASSERT_TRUE(m_probe.add(hall));
    const QUuid labId = m_probe.add(lab).value().meta.id;
    find<QAction>(u"actionSection2"_s)->trigger();
    auto *table = find<QTableView>(u"sessionTable"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->isVisible() && table->model()->rowCount() == 1; }, 5000));
    table->selectRow(0);
    QTest::mouseClick(find<QPushButton>(u"sessionEditButton"_s), Qt::LeftButton);
    SessionDialog *dialog = nullptr;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (dialog = m_window->findChild<SessionDialog *>()) != nullptr; }, 5000));
    auto *rooms = dialog->findChild<QListWidget *>(u"sessionAllowedRoomList"_s);
    ASSERT_NE(rooms, nullptr);
    ASSERT_EQ(rooms->count(), 2);
    QListWidgetItem *labItem = rooms->findItems(u"Lab 1"_s, Qt::MatchExactly).value(0);
    ASSERT_NE(labItem, nullptr);
    labItem->setCheckState(Qt::Checked);
    auto *times = dialog->findChild<QWidget *>(u"sessionAllowedTimesEditor"_s);
    ASSERT_NE(times, nullptr);
    QTest::mouseClick(times->findChild<QPushButton *>(u"addWindowButton"_s), Qt::LeftButton);
    auto *windows = times->findChild<QTableWidget *>();
    ASSERT_EQ(windows->rowCount(), 1);
    // 14:00–16:00 in Shanghai on the event's day.
    static_cast<QDateTimeEdit *>(windows->cellWidget(0, 0))
        ->setDateTime(QDateTime(QDate(2026, 6, 10), QTime(14, 0), QTimeZone::utc()));
    static_cast<QDateTimeEdit *>(windows->cellWidget(0, 1))
        ->setDateTime(QDateTime(QDate(2026, 6, 10), QTime(16, 0), QTimeZone::utc()));
    clickOk(dialog);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_probe.get<Session>(sessionId).value().allowedRoomIds == QList<QUuid>{labId}; }, 5000));
    const Session saved = m_probe.get<Session>(sessionId).value();
    ASSERT_EQ(saved.allowedTimes.size(), 1);
    EXPECT_EQ(saved.allowedTimes.first().start, QDateTime(QDate(2026, 6, 10), QTime(6, 0), QTimeZone::utc()));
    EXPECT_EQ(saved.allowedTimes.first().end, QDateTime(QDate(2026, 6, 10), QTime(8, 0), QTimeZone::utc()));
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000)) << m_undo.count();

    // Undo takes both back.
    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_probe.get<Session>(sessionId).value().allowedRoomIds.isEmpty(); }, 5000));
    EXPECT_TRUE(m_probe.get<Session>(sessionId).value().allowedTimes.isEmpty());
}

// A new record's form opens with the cursor in its first field: the user can type the name at once.
TEST_F(RecordFormsTest, NewRecordFormsOpenWithFocusInTheirFirstField)
{
    const QList<std::tuple<int, QString, QString>> forms{{3, u"roomAddButton"_s, u"roomNameEdit"_s},
                                                         {4, u"trackAddButton"_s, u"trackNameEdit"_s},
                                                         {5, u"speakerAddButton"_s, u"speakerNameEdit"_s},
                                                         {2, u"sessionAddButton"_s, u"sessionTitleEdit"_s}};
    for (const auto &[section, button, field] : forms) {
        QPointer<RecordDialog> dialog = openForm<RecordDialog>(section, button);
        ASSERT_NE(dialog, nullptr) << button.toStdString();
        ASSERT_NE(dialog->focusWidget(), nullptr) << button.toStdString();
        EXPECT_EQ(dialog->focusWidget()->objectName(), field) << button.toStdString();
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Escape); // nothing typed: closes without asking
        ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.isNull(); }, 2000)) << button.toStdString();
    }
}

// Esc with unsaved changes asks; keeping on editing leaves the form and its text, discarding closes it.
TEST_F(RecordFormsTest, EscWithUnsavedChangesAsksBeforeDiscarding)
{
    QPointer<RoomDialog> dialog = openForm<RoomDialog>(3, u"roomAddButton"_s);
    ASSERT_NE(dialog, nullptr);
    type(dialog, u"roomNameEdit"_s, u"Studio 1"_s);
    auto *name = dialog->findChild<QLineEdit *>(u"roomNameEdit"_s);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(name, Qt::Key_Escape);
    EXPECT_TRUE(MessageBox::lastText().contains(u"not saved"_s)) << MessageBox::lastText().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(name->text(), u"Studio 1"_s);

    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(name, Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog.isNull(); }, 2000));
    EXPECT_EQ(m_probe.count<Room>(eventId).value(), 0);
}

// Edit and Delete act on the selected record: with nothing selected they are off (buttons and context menu).
TEST_F(RecordFormsTest, EditAndDeleteNeedASelection)
{
    find<QAction>(u"actionSection2"_s)->trigger();
    auto *table = find<QTableView>(u"sessionTable"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->isVisible() && table->model()->rowCount() == 1; }, 5000));
    auto *edit = find<QPushButton>(u"sessionEditButton"_s);
    auto *remove = find<QPushButton>(u"sessionDeleteButton"_s);
    EXPECT_FALSE(edit->isEnabled());
    EXPECT_FALSE(remove->isEnabled());
    EXPECT_FALSE(find<QAction>(u"sessionEditAction"_s)->isEnabled());
    table->selectRow(0);
    EXPECT_TRUE(edit->isEnabled());
    EXPECT_TRUE(remove->isEnabled());
    EXPECT_TRUE(find<QAction>(u"sessionDeleteAction"_s)->isEnabled());
    table->clearSelection();
    EXPECT_FALSE(edit->isEnabled());
}

// The record tables have context menus with their commands.
TEST_F(RecordFormsTest, RecordTablesHaveContextMenus)
{
    for (const QString &kind : {u"session"_s, u"room"_s, u"track"_s, u"speaker"_s}) {
        auto *table = find<QTableView>(kind + u"Table"_s);
        ASSERT_NE(table, nullptr);
        EXPECT_EQ(table->contextMenuPolicy(), Qt::ActionsContextMenu) << kind.toStdString();
        QStringList names;
        for (const QAction *a : table->actions())
            names.append(a->objectName());
        EXPECT_EQ(names,
                  (QStringList{kind + u"AddAction"_s, kind + u"EditAction"_s, kind + u"DeleteAction"_s}))
            << kind.toStdString();
    }
    // The participants' table (its buttons' commands and the reply) and the check-in results too.
    auto *participants = find<QTableView>(u"participantTable"_s);
    EXPECT_EQ(participants->contextMenuPolicy(), Qt::ActionsContextMenu);
    QStringList names;
    for (const QAction *a : participants->actions())
        names.append(a->objectName());
    for (const QString &name : {u"editParticipantAction"_s, u"confirmParticipantsAction"_s,
                                u"deleteParticipantsAction"_s, u"actionDraftReply"_s})
        EXPECT_TRUE(names.contains(name)) << name.toStdString();
    EXPECT_FALSE(find<QAction>(u"deleteParticipantsAction"_s)->isEnabled()) << "nothing is selected";
    auto *checkin = find<QTableView>(u"checkinResults"_s);
    EXPECT_EQ(checkin->contextMenuPolicy(), Qt::ActionsContextMenu);
    EXPECT_FALSE(checkin->actions().isEmpty());
}

// Sessions has a search box like Participants: typing filters the rows, and Edit opens the found one.
// A click on a header sorts by that column, by what the text stands for: Sunday's session before Monday's
// (not "Mon" before "Sun"), 45 minutes before 120, an unscheduled session last.
TEST_F(RecordFormsTest, SessionsSortByTimeAndMinutesNotByTheirText)
{
    const QTimeZone shanghai("Asia/Shanghai");
    Room hall;
    hall.eventId = eventId;
    hall.name = u"Hall"_s;
    const QUuid hallId = m_probe.add(hall).value().meta.id;
    auto add = [&](const QString &title, QDate day, int minutes) {
        Session s;
        s.eventId = eventId;
        s.title = title;
        s.durationMinutes = minutes;
        s.start = QDateTime(day, QTime(9, 0), shanghai);
        s.roomId = hallId;
        auto added = m_probe.add(s);
        ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    };
    add(u"Monday keynote"_s, QDate(2026, 6, 15), 45);   // a Monday
    add(u"Sunday workshop"_s, QDate(2026, 6, 14), 120); // the Sunday before
    openWindow();
    find<QAction>(u"actionSection2"_s)->trigger();
    auto *table = find<QTableView>(u"sessionTable"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->isVisible() && table->model()->rowCount() == 3; }, 5000));
    auto titles = [&] {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out << table->model()->index(r, 3).data().toString();
        return out;
    };
    // First by start (the first column): Sunday, Monday, then "Opening", which has no time.
    EXPECT_EQ(titles(), (QStringList{u"Sunday workshop"_s, u"Monday keynote"_s, u"Opening"_s}));
    QHeaderView *header = table->horizontalHeader();
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(1) + header->sectionSize(1) / 2, header->height() / 2));
    // By minutes: "Opening" has the default length, then 45 before 120 whatever their text.
    const QStringList byMinutes = titles();
    EXPECT_LT(byMinutes.indexOf(u"Monday keynote"_s), byMinutes.indexOf(u"Sunday workshop"_s))
        << byMinutes.join(u", "_s).toStdString();
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(3) + header->sectionSize(3) / 2, header->height() / 2));
    EXPECT_EQ(titles(), (QStringList{u"Monday keynote"_s, u"Opening"_s, u"Sunday workshop"_s}));
}

TEST_F(RecordFormsTest, SessionsSearchFiltersTheTable)
{
    Session other;
    other.eventId = eventId;
    other.title = u"Rust in Production"_s;
    ASSERT_TRUE(m_probe.add(other).ok());
    openWindow(); // a new window, which loads both sessions (the probe writes past the window's commands)
    find<QAction>(u"actionSection2"_s)->trigger(); // Go › Sessions puts the cursor in the search box
    auto *table = find<QTableView>(u"sessionTable"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->isVisible() && table->model()->rowCount() == 2; }, 5000));
    auto *search = find<QLineEdit>(u"sessionSearch"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return search->hasFocus(); }, 2000));
    QTest::keyClicks(search, u"rust"_s);
    ASSERT_EQ(table->model()->rowCount(), 1);
    QStringList cells;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        cells << table->model()->index(0, c).data().toString();
    EXPECT_TRUE(cells.join(u'|').contains(u"Rust in Production"_s)) << cells.join(u'|').toStdString();
    table->selectRow(0);
    QTest::mouseClick(find<QPushButton>(u"sessionEditButton"_s), Qt::LeftButton);
    SessionDialog *dialog = nullptr;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (dialog = m_window->findChild<SessionDialog *>()) != nullptr; }, 5000));
    EXPECT_EQ(dialog->findChild<QLineEdit *>(u"sessionTitleEdit"_s)->text(), u"Rust in Production"_s);
    dialog->close();
    search->clear();
    EXPECT_EQ(table->model()->rowCount(), 2);
}

} // namespace
