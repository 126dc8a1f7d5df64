// Edit › Preferences…: pages for General, Assistant, Team sync and Schedule, read and written through
// Settings; OK keeps the changes, Cancel leaves every setting as it was; new events and the grid use them.
#include "settings/settingsdialog.h"
#include "assistant/assistantsettings.h"
#include "common/translations.h"
#include "schedule/scheduledefaults.h"
#include "schedule/schedulepage.h"
#include "schedule/schedulescene.h"
#include "settings.h"
#include "support/guifixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

class SettingsDialogTest : public Test::GuiFixture
{
protected:
    void SetUp() override
    {
        EventDesk::Test::GuiFixture::SetUp();
        QSettings().clear();
    }
    void TearDown() override
    {
        EventDesk::Test::GuiFixture::TearDown();
        QSettings().clear();
    }

    SettingsDialog *openDialog()
    {
        auto *action = find<QAction>(u"actionPreferences"_s);
        if (!action)
            return nullptr;
        action->trigger();
        SettingsDialog *dialog = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                dialog = m_window->findChild<SettingsDialog *>();
                return dialog && dialog->isVisible();
            },
            5000));
        return dialog;
    }
    template <typename T> static T *in(QWidget *dialog, const QString &name)
    {
        T *child = dialog->findChild<T *>(name);
        EXPECT_NE(child, nullptr) << "no child named " << name.toStdString();
        return child;
    }
    static void choose(QComboBox *combo, const QString &data)
    {
        ASSERT_NE(combo, nullptr);
        const int index = combo->findData(data);
        ASSERT_GE(index, 0) << data.toStdString();
        combo->setCurrentIndex(index);
    }
    static void typeInto(QLineEdit *edit, const QString &text)
    {
        ASSERT_NE(edit, nullptr);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    // Changes a value on every page.
    void changeEverything(SettingsDialog *dialog)
    {
        auto *pages = in<QListWidget>(dialog, u"settingsPageList"_s);
        auto *stack = in<QStackedWidget>(dialog, u"settingsPages"_s);
        pages->setCurrentRow(0);
        EXPECT_EQ(stack->currentWidget()->objectName(), u"generalSettingsPage"_s);
        choose(in<QComboBox>(dialog, u"languageCombo"_s), u"zh_CN"_s);
        typeInto(in<QLineEdit>(dialog, u"workspaceEdit"_s), m_ws.path() + u".team"_s);
        QTest::mouseClick(in<QCheckBox>(dialog, u"rememberWindowCheck"_s), Qt::LeftButton);

        pages->setCurrentRow(1);
        EXPECT_EQ(stack->currentWidget()->objectName(), u"assistantSettingsPage"_s);
        QTest::mouseClick(in<QCheckBox>(dialog, u"redactCheck_reply"_s), Qt::LeftButton);
        QTest::mouseClick(in<QCheckBox>(dialog, u"cacheCheck"_s), Qt::LeftButton);
        in<QDoubleSpinBox>(dialog, u"budgetSpin"_s)->setValue(42.5);

        pages->setCurrentRow(2);
        EXPECT_EQ(stack->currentWidget()->objectName(), u"syncSettingsPage"_s);
        EXPECT_TRUE(in<QLabel>(dialog, u"syncNoteLabel"_s)->isVisible());
        typeInto(in<QLineEdit>(dialog, u"syncServerEdit"_s), u"postgresql://sync.example.org/team"_s);
        typeInto(in<QLineEdit>(dialog, u"syncMemberEdit"_s), u"li.wei"_s);

        pages->setCurrentRow(3);
        EXPECT_EQ(stack->currentWidget()->objectName(), u"scheduleSettingsPage"_s);
        choose(in<QComboBox>(dialog, u"defaultSeverity_track-parallel"_s), u"error"_s);
        choose(in<QComboBox>(dialog, u"defaultSeverity_over-capacity"_s), u"off"_s);
        in<QSpinBox>(dialog, u"snapMinutesSpin"_s)->setValue(15);
        in<QSpinBox>(dialog, u"defaultSpeakerChangeoverSpin"_s)->setValue(25);
        in<QSpinBox>(dialog, u"defaultRoomChangeoverSpin"_s)->setValue(5);
    }
    static QMap<QString, QVariant> allSettings()
    {
        QSettings s;
        QMap<QString, QVariant> out;
        for (const QString &key : s.allKeys())
            out.insert(key, s.value(key));
        return out;
    }
};

TEST_F(SettingsDialogTest, EditPreferencesOpensTheDialogWithItsPagesOnCtrlComma)
{
    openWindow();
    auto *action = find<QAction>(u"actionPreferences"_s);
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->shortcuts().contains(QKeySequence(u"Ctrl+,"_s)));
    EXPECT_EQ(action->menuRole(), QAction::PreferencesRole);
    EXPECT_TRUE(find<QMenu>(u"menuEdit"_s)->actions().contains(action));
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            dialog = m_window->findChild<SettingsDialog *>();
            return dialog && dialog->isVisible();
        },
        5000));
    auto *pages = in<QListWidget>(dialog, u"settingsPageList"_s);
    ASSERT_EQ(pages->count(), 4);
    EXPECT_EQ(pages->item(0)->text(), u"General"_s);
    EXPECT_EQ(pages->item(1)->text(), u"Assistant"_s);
    EXPECT_EQ(pages->item(2)->text(), u"Team sync"_s);
    EXPECT_EQ(pages->item(3)->text(), u"Schedule"_s);
    // The keyboard starts in the page list: Down shows the next page (Tab goes into it).
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    EXPECT_TRUE(QTest::qWaitFor([&] { return QApplication::focusWidget() == pages; }, 5000))
        << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString() : "none");
    QTest::keyClick(pages, Qt::Key_Down);
    EXPECT_EQ(in<QStackedWidget>(dialog, u"settingsPages"_s)->currentWidget()->objectName(),
              u"assistantSettingsPage"_s);
}

// The dialog is as wide as its widest page needs: every check box shows its whole text, in English and in
// Chinese (where the General page, which sets the width in English, is narrower).
TEST_F(SettingsDialogTest, EveryCheckBoxShowsItsWholeTextInEnglishAndChinese)
{
    for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
        installTranslations(language);
        openWindow();
        SettingsDialog *dialog = openDialog();
        ASSERT_NE(dialog, nullptr);
        auto *pages = in<QListWidget>(dialog, u"settingsPageList"_s);
        auto *stack = in<QStackedWidget>(dialog, u"settingsPages"_s);
        for (int row = 0; row < pages->count(); ++row) {
            pages->setCurrentRow(row);
            const auto boxes = stack->currentWidget()->findChildren<QCheckBox *>();
            for (QCheckBox *box : boxes) {
                if (box->isVisible()) {
                    EXPECT_GE(box->width(), box->sizeHint().width())
                        << language.toStdString() << ": " << box->text().toStdString();
                }
            }
        }
        dialog->reject();
        m_window.reset();
    }
}

TEST_F(SettingsDialogTest, OkKeepsWhatEveryPageShows)
{
    openWindow();
    SettingsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    changeEverything(dialog);
    QTest::mouseClick(in<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<SettingsDialog *>() == nullptr, 5000);

    EXPECT_EQ(Settings::value(Settings::Key::Language).toString(), u"zh_CN"_s);
    EXPECT_EQ(Settings::value(Settings::Key::DefaultWorkspace).toString(), m_ws.path() + u".team"_s);
    qunsetenv("EVENTDESK_DB");
    EXPECT_EQ(Settings::defaultWorkspacePath(), m_ws.path() + u".team"_s);
    EXPECT_FALSE(Settings::value(Settings::Key::RememberWindowState).toBool());
    const AssistantSettings assistant = AssistantSettings::load();
    EXPECT_FALSE(assistant.redact(AssistantTask::Reply));
    EXPECT_TRUE(assistant.redact(AssistantTask::Chat));
    EXPECT_FALSE(assistant.cacheEnabled());
    EXPECT_DOUBLE_EQ(assistant.monthlyBudget(), 42.5);
    // The address names the member, as File › Connect to Team… keeps it.
    EXPECT_EQ(Settings::value(Settings::Key::SyncServerUrl).toString(),
              u"postgresql://li.wei@sync.example.org/team"_s);
    EXPECT_EQ(Settings::value(Settings::Key::SyncMemberName).toString(), u"li.wei"_s);
    const ScheduleDefaults schedule = ScheduleDefaults::load();
    EXPECT_EQ(schedule.severity(ConflictRule::TrackParallel), Severity::Error);
    EXPECT_EQ(schedule.severity(ConflictRule::OverCapacity), Severity::Off);
    EXPECT_EQ(schedule.severity(ConflictRule::RoomDoubleBooked),
              defaultSeverity(ConflictRule::RoomDoubleBooked));
    EXPECT_EQ(schedule.snapMinutes(), 15);
    EXPECT_EQ(schedule.speakerChangeoverMinutes(), 25);
    EXPECT_EQ(schedule.roomChangeoverMinutes(), 5);
    // The language menu shows the chosen language.
    EXPECT_TRUE(find<QAction>(u"actionLanguage_zh_CN"_s)->isChecked());

    // Opened again, the dialog shows what was kept.
    dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(in<QComboBox>(dialog, u"languageCombo"_s)->currentData().toString(), u"zh_CN"_s);
    EXPECT_EQ(in<QLineEdit>(dialog, u"syncMemberEdit"_s)->text(), u"li.wei"_s);
    EXPECT_EQ(in<QLineEdit>(dialog, u"syncServerEdit"_s)->text(), u"postgresql://sync.example.org/team"_s);
    EXPECT_EQ(in<QSpinBox>(dialog, u"snapMinutesSpin"_s)->value(), 15);
    EXPECT_FALSE(in<QCheckBox>(dialog, u"cacheCheck"_s)->isChecked());
    dialog->reject();
}

TEST_F(SettingsDialogTest, CancelLeavesEverySettingAsItWas)
{
    Settings::setValue(Settings::Key::SyncMemberName, u"Ana"_s);
    Settings::setValue(Settings::Key::ScheduleSnapMinutes, 10);
    openWindow();
    const auto before = allSettings();
    SettingsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    changeEverything(dialog);
    QTest::mouseClick(in<QPushButton>(dialog, u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<SettingsDialog *>() == nullptr, 5000);
    EXPECT_EQ(allSettings(), before);
    EXPECT_EQ(Settings::value(Settings::Key::SyncMemberName).toString(), u"Ana"_s);
    EXPECT_EQ(ScheduleDefaults::load().snapMinutes(), 10);
    EXPECT_EQ(qobject_cast<SchedulePage *>(find<QWidget>(u"schedulePage"_s))->scene()->snapMinutes(), 10);
}

TEST_F(SettingsDialogTest, AnInvalidSyncServerKeepsTheDialogOpenAndWritesNothing)
{
    openWindow();
    const auto before = allSettings();
    SettingsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    in<QSpinBox>(dialog, u"snapMinutesSpin"_s)->setValue(30);
    typeInto(in<QLineEdit>(dialog, u"syncServerEdit"_s), u"not a server"_s);
    QTest::mouseClick(in<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(in<QStackedWidget>(dialog, u"settingsPages"_s)->currentWidget()->objectName(),
              u"syncSettingsPage"_s);
    EXPECT_TRUE(in<QLabel>(dialog, u"settingsProblemLabel"_s)->isVisible());
    EXPECT_EQ(allSettings(), before);
    dialog->reject();
}

TEST_F(SettingsDialogTest, ANewEventGetsTheDefaultSeveritiesAndChangeovers)
{
    openWindow();
    SettingsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    choose(in<QComboBox>(dialog, u"defaultSeverity_track-parallel"_s), u"error"_s);
    choose(in<QComboBox>(dialog, u"defaultSeverity_speaker-unavailable"_s), u"off"_s);
    in<QSpinBox>(dialog, u"defaultSpeakerChangeoverSpin"_s)->setValue(25);
    in<QSpinBox>(dialog, u"defaultRoomChangeoverSpin"_s)->setValue(5);
    QTest::mouseClick(in<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<SettingsDialog *>() == nullptr, 5000);

    find<QAction>(u"actionNewEvent"_s)->trigger();
    typeInto(find<QLineEdit>(u"nameEdit"_s), u"Defaults Conf"_s);
    QTest::mouseClick(find<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Event>().value() == 1; }, 5000));
    const Event saved = m_probe.list<Event>().value().first();
    EXPECT_EQ(severityFor(saved.conflictRules, ConflictRule::TrackParallel), Severity::Error);
    EXPECT_EQ(severityFor(saved.conflictRules, ConflictRule::SpeakerUnavailable), Severity::Off);
    EXPECT_EQ(severityFor(saved.conflictRules, ConflictRule::RoomDoubleBooked),
              defaultSeverity(ConflictRule::RoomDoubleBooked));
    EXPECT_EQ(saved.changeoverMinutes, 25);
    EXPECT_EQ(saved.roomChangeoverMinutes, 5);
}

TEST_F(SettingsDialogTest, TheGridSnapsToTheChosenMinutes)
{
    Event event;
    event.name = u"Grid Conf"_s;
    event.startDate = event.endDate = QDate(2027, 5, 4);
    ASSERT_TRUE(m_probe.add(event));
    openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QListWidget>(u"sectionList"_s)->isEnabled(); }, 10000));
    auto *schedule = qobject_cast<SchedulePage *>(find<QWidget>(u"schedulePage"_s));
    ASSERT_NE(schedule, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return schedule->isLoaded(); }, 10000));
    ScheduleScene *scene = schedule->scene();
    EXPECT_EQ(scene->snapMinutes(), 5);
    const qreal y = ScheduleScene::kHeader + 7 * scene->zoom(); // 7 minutes after the day's start
    const QDateTime dayStart = scene->timeAt(ScheduleScene::kHeader);
    ASSERT_TRUE(dayStart.isValid());
    EXPECT_EQ(dayStart.secsTo(scene->timeAt(y)), 5 * 60);

    SettingsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    in<QSpinBox>(dialog, u"snapMinutesSpin"_s)->setValue(15);
    QTest::mouseClick(in<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<SettingsDialog *>() == nullptr, 5000);
    EXPECT_EQ(scene->snapMinutes(), 15);
    EXPECT_EQ(dayStart.secsTo(scene->timeAt(y)), 0);
    EXPECT_EQ(dayStart.secsTo(scene->timeAt(ScheduleScene::kHeader + 11 * scene->zoom())), 15 * 60);

    // A window opened later starts with it.
    m_window.reset();
    openWindow();
    EXPECT_EQ(qobject_cast<SchedulePage *>(find<QWidget>(u"schedulePage"_s))->scene()->snapMinutes(), 15);
}

TEST_F(SettingsDialogTest, WithoutRememberingTheWindowStartsAtItsDefaultSize)
{
    Settings::setValue(Settings::Key::RememberWindowState, false);
    {
        MainWindow &w = openWindow();
        w.resize(900, 640);
        w.close();
    }
    m_window.reset();
    EXPECT_FALSE(Settings::value(Settings::Key::MainWindowGeometry).isValid());
    MainWindow &again = openWindow();
    EXPECT_NE(again.size(), QSize(900, 640));
}

} // namespace
