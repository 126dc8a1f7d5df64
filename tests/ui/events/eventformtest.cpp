// The Event form driven as a person would: widgets found by objectName, keys typed, buttons clicked.
#include "events/eventform.h"
#include "common/messagebox.h"
#include "support/guifixture.h"
#include "support/screenshot.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

class EventFormTest : public Test::GuiFixture
{
protected:
    Event storedEvent()
    {
        Event e;
        e.name = u"DevConf Shanghai · 开发者大会"_s;
        e.timeZone = u"Asia/Shanghai"_s;
        e.startDate = QDate(2026, 9, 10);
        e.endDate = QDate(2026, 9, 11);
        e.venueName = u"Expo Center"_s;
        auto added = m_probe.add(e);
        EXPECT_TRUE(added.ok());
        return added.value();
    }
    void typeInto(const QString &objectName, const QString &text)
    {
        auto *edit = find<QLineEdit>(objectName);
        ASSERT_NE(edit, nullptr);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
};

TEST_F(EventFormTest, NewEventIsSavedToTheDatabaseAndUndone)
{
    MainWindow &w = openWindow();
    auto *newAction = find<QAction>(u"actionNewEvent"_s);
    ASSERT_NE(newAction, nullptr);
    newAction->trigger();
    auto *pages = find<QStackedWidget>(u"pages"_s);
    ASSERT_EQ(pages->currentWidget()->objectName(), u"eventForm"_s);

    typeInto(u"nameEdit"_s, u"Qt World Summit"_s);
    auto *tz = find<QComboBox>(u"timeZoneCombo"_s);
    tz->lineEdit()->selectAll();
    QTest::keyClicks(tz->lineEdit(), u"Europe/Berlin"_s);
    find<QDateEdit>(u"startDateEdit"_s)->setDate(QDate(2026, 11, 3));
    find<QDateEdit>(u"endDateEdit"_s)->setDate(QDate(2026, 11, 4));
    find<QTimeEdit>(u"dayStartEdit"_s)->setTime(QTime(8, 30));
    typeInto(u"venueNameEdit"_s, u"bcc Berlin"_s);
    typeInto(u"venueAddressEdit"_s, u"Alexanderstraße 11, Berlin"_s);
    EventDesk::Test::screenshot(&w, u"eventform-new-filled"_s);

    QTest::mouseClick(find<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Event>().value() == 1; }, 5000));
    const Event saved = m_probe.list<Event>().value().first();
    EXPECT_EQ(saved.name, u"Qt World Summit"_s);
    EXPECT_EQ(saved.timeZone, u"Europe/Berlin"_s);
    EXPECT_EQ(saved.startDate, QDate(2026, 11, 3));
    EXPECT_EQ(saved.endDate, QDate(2026, 11, 4));
    EXPECT_EQ(saved.dayStart, QTime(8, 30));
    EXPECT_EQ(saved.venueName, u"bcc Berlin"_s);
    EXPECT_EQ(saved.venueAddress, u"Alexanderstraße 11, Berlin"_s);
    // The list shows the new event once the store reports the commit.
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 1; }, 5000));

    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Event>().value() == 0; }, 5000));
    EXPECT_TRUE(m_probe.get<Event>(saved.meta.id).value().meta.deleted);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 0; }, 5000));
    EXPECT_EQ(pages->currentWidget()->objectName(), u"emptyState"_s);

    triggerWhenEnabled(u"actionRedo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Event>().value() == 1; }, 5000));
    EXPECT_EQ(m_probe.list<Event>().value().first().meta.id, saved.meta.id);
}

TEST_F(EventFormTest, InvalidInputShowsErrorsAndSavesNothing)
{
    const Event stored = storedEvent();
    MainWindow &w = openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QLineEdit>(u"nameEdit"_s)->text() == stored.name; }, 5000));

    typeInto(u"nameEdit"_s, QString());
    find<QDateEdit>(u"endDateEdit"_s)->setDate(QDate(2026, 9, 1));
    QTest::mouseClick(find<QPushButton>(u"saveButton"_s), Qt::LeftButton);

    auto *nameError = find<QLabel>(u"nameError"_s);
    auto *endError = find<QLabel>(u"endDateError"_s);
    EXPECT_TRUE(nameError->isVisible());
    EXPECT_TRUE(nameError->text().contains(u"must not be empty"_s)) << nameError->text().toStdString();
    EXPECT_TRUE(endError->isVisible());
    EXPECT_TRUE(endError->text().contains(u"2026-09-01"_s)) << endError->text().toStdString();
    EXPECT_FALSE(find<QLabel>(u"timeZoneError"_s)->isVisible());
    EventDesk::Test::screenshot(&w, u"eventform-errors"_s);

    // Nothing reached the database and nothing was pushed on the undo stack.
    EXPECT_EQ(m_undo.count(), 0);
    const Event after = m_probe.get<Event>(stored.meta.id).value();
    EXPECT_EQ(after.meta.revision, 1);
    EXPECT_EQ(after.name, stored.name);

    // An unknown time zone is named in its own message.
    typeInto(u"nameEdit"_s, u"Fixed"_s);
    find<QDateEdit>(u"endDateEdit"_s)->setDate(QDate(2026, 9, 12));
    auto *tz = find<QComboBox>(u"timeZoneCombo"_s);
    tz->lineEdit()->selectAll();
    QTest::keyClicks(tz->lineEdit(), u"Mars/Olympus"_s);
    QTest::mouseClick(find<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    EXPECT_TRUE(find<QLabel>(u"timeZoneError"_s)->isVisible());
    EXPECT_TRUE(find<QLabel>(u"timeZoneError"_s)->text().contains(u"Mars/Olympus"_s));
    EXPECT_FALSE(nameError->isVisible());
    EXPECT_EQ(m_probe.get<Event>(stored.meta.id).value().meta.revision, 1);
}

TEST_F(EventFormTest, EditIsOneUndoStepAndCancelRestores)
{
    const Event stored = storedEvent();
    openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QLineEdit>(u"nameEdit"_s)->text() == stored.name; }, 5000));

    typeInto(u"venueNameEdit"_s, u"Hall B"_s);
    QTest::mouseClick(find<QPushButton>(u"cancelButton"_s), Qt::LeftButton);
    EXPECT_EQ(find<QLineEdit>(u"venueNameEdit"_s)->text(), u"Expo Center"_s);

    typeInto(u"venueNameEdit"_s, u"Hall B"_s);
    QTest::keySequence(find<QLineEdit>(u"venueNameEdit"_s), QKeySequence::Save);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_probe.get<Event>(stored.meta.id).value().venueName == u"Hall B"; }, 5000));
    EXPECT_EQ(m_probe.get<Event>(stored.meta.id).value().meta.revision, 2);
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000)) << m_undo.count();

    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_probe.get<Event>(stored.meta.id).value().venueName == u"Expo Center"; }, 5000));
    // The form follows the store once it reloads.
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return find<QLineEdit>(u"venueNameEdit"_s)->text() == u"Expo Center"; }, 5000));
}

// The room changeover (minutes kept free in a room after each session) is edited on the form, saved as one
// undo step and shown again when the form reloads.
TEST_F(EventFormTest, RoomChangeoverIsSavedAndUndone)
{
    const Event stored = storedEvent();
    openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QLineEdit>(u"nameEdit"_s)->text() == stored.name; }, 5000));
    auto *spin = find<QSpinBox>(u"roomChangeoverSpin"_s);
    ASSERT_NE(spin, nullptr);
    EXPECT_EQ(spin->value(), 0);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, u"15"_s);
    QTest::mouseClick(find<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_probe.get<Event>(stored.meta.id).value().roomChangeoverMinutes == 15; }, 5000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000)) << m_undo.count();
    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_probe.get<Event>(stored.meta.id).value().roomChangeoverMinutes == 0; }, 5000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return spin->value() == 0; }, 5000));
}

// Esc on the form with unsaved changes asks; "keep editing" keeps the text, Discard restores the stored
// values.
TEST_F(EventFormTest, EscWithUnsavedChangesAsksBeforeDiscarding)
{
    const Event stored = storedEvent();
    openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QLineEdit>(u"nameEdit"_s)->text() == stored.name; }, 5000));
    typeInto(u"venueNameEdit"_s, u"Hall B"_s);
    auto *venue = find<QLineEdit>(u"venueNameEdit"_s);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(venue, Qt::Key_Escape);
    EXPECT_TRUE(MessageBox::lastText().contains(u"not saved"_s)) << MessageBox::lastText().toStdString();
    EXPECT_EQ(venue->text(), u"Hall B"_s);

    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(venue, Qt::Key_Escape);
    EXPECT_EQ(venue->text(), u"Expo Center"_s);
}

// The time zone field finds "Oslo" anywhere in the ids and completes it to "Europe/Oslo" (inline completion
// used to append the rest of the match to what was typed: "Oslope/Oslo").
TEST_F(EventFormTest, TimeZoneCompletesACityToItsId)
{
    const Event stored = storedEvent();
    openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QLineEdit>(u"nameEdit"_s)->text() == stored.name; }, 5000));
    auto *tz = find<QComboBox>(u"timeZoneCombo"_s);
    tz->lineEdit()->setFocus();
    tz->lineEdit()->selectAll();
    QTest::keyClick(tz->lineEdit(), Qt::Key_Backspace);
    QTest::keyClicks(tz->lineEdit(), u"Oslo"_s);
    EXPECT_EQ(tz->lineEdit()->text(), u"Oslo"_s);
    QAbstractItemView *popup = tz->completer()->popup();
    ASSERT_TRUE(QTest::qWaitFor([&] { return popup->isVisible(); }, 2000));
    EXPECT_EQ(popup->model()->index(0, 0).data().toString(), u"Europe/Oslo"_s);
    // Choosing from the list…
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_EQ(tz->currentText(), u"Europe/Oslo"_s);

    // …or leaving the field with a part of exactly one id.
    tz->lineEdit()->selectAll();
    QTest::keyClick(tz->lineEdit(), Qt::Key_Backspace);
    QTest::keyClicks(tz->lineEdit(), u"new york"_s);
    if (popup->isVisible())
        QTest::keyClick(popup, Qt::Key_Escape);
    find<QLineEdit>(u"venueNameEdit"_s)->setFocus();
    EXPECT_TRUE(QTest::qWaitFor([&] { return tz->currentText() == u"America/New_York"_s; }, 2000))
        << tz->currentText().toStdString();
}

// An Esc that closes the time zone's list of matches only closes the list: the form keeps what was typed.
TEST_F(EventFormTest, EscClosingTheCompleterKeepsTheForm)
{
    const Event stored = storedEvent();
    openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QLineEdit>(u"nameEdit"_s)->text() == stored.name; }, 5000));
    typeInto(u"venueNameEdit"_s, u"Hall B"_s);
    auto *tz = find<QComboBox>(u"timeZoneCombo"_s);
    tz->lineEdit()->setFocus();
    tz->lineEdit()->selectAll();
    QTest::keyClick(tz->lineEdit(), Qt::Key_Backspace);
    QTest::keyClicks(tz->lineEdit(), u"Osl"_s);
    QAbstractItemView *popup = tz->completer()->popup();
    ASSERT_TRUE(QTest::qWaitFor([&] { return popup->isVisible(); }, 2000));
    MessageBox::setNextAnswer(QMessageBox::Discard); // were the form asked, it would discard
    QTest::keyClick(popup, Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !popup->isVisible(); }, 2000));
    EXPECT_EQ(find<QLineEdit>(u"venueNameEdit"_s)->text(), u"Hall B"_s);
    EXPECT_EQ(find<QStackedWidget>(u"pages"_s)->currentWidget()->objectName(), u"eventForm"_s);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

// A new event's form shows no error before the user typed anything, and none while they type the name.
TEST_F(EventFormTest, NoErrorBeforeTheUserTyped)
{
    openWindow();
    find<QAction>(u"actionNewEvent"_s)->trigger();
    ASSERT_NE(m_window->focusWidget(), nullptr);
    EXPECT_EQ(m_window->focusWidget()->objectName(), u"nameEdit"_s);
    const auto visibleErrors = [&] {
        QStringList shown;
        for (QLabel *l : find<EventForm>(u"eventForm"_s)->findChildren<QLabel *>())
            if (l->objectName().endsWith(u"Error"_s) && l->isVisible())
                shown.append(l->text());
        return shown;
    };
    EXPECT_TRUE(visibleErrors().isEmpty()) << visibleErrors().join(u' ').toStdString();
    QTest::keyClicks(find<QLineEdit>(u"nameEdit"_s), u"Q"_s);
    EXPECT_TRUE(visibleErrors().isEmpty()) << visibleErrors().join(u' ').toStdString();
    // Typing a time zone shows no error until the field is left.
    auto *tz = find<QComboBox>(u"timeZoneCombo"_s);
    tz->lineEdit()->setFocus();
    tz->lineEdit()->selectAll();
    QTest::keyClicks(tz->lineEdit(), u"Eur"_s);
    EXPECT_TRUE(visibleErrors().isEmpty()) << visibleErrors().join(u' ').toStdString();
    if (tz->completer()->popup()->isVisible())
        QTest::keyClick(tz->completer()->popup(), Qt::Key_Escape);
    find<QLineEdit>(u"venueNameEdit"_s)->setFocus(); // leaving it: now the unknown zone is named
    EXPECT_TRUE(QTest::qWaitFor([&] { return !visibleErrors().isEmpty(); }, 2000));
}

} // namespace
