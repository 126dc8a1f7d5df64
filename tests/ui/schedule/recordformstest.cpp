// The room, track, speaker and session forms: reached from the main window, validated inline, saved as one
// undo step.
#include "schedule/roomdialog.h"
#include "schedule/sessiondialog.h"
#include "schedule/speakerdialog.h"
#include "schedule/trackdialog.h"
#include "support/guifixture.h"
#include "support/screenshot.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

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

} // namespace
