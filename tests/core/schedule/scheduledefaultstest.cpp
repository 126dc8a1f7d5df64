// The defaults a new event and the schedule grid start with: kept in the settings, given to new events.
#include "schedule/scheduledefaults.h"

#include "model/event.h"
#include "settings.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{
class ScheduleDefaultsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
    }
    void TearDown() override { QSettings().clear(); }
    QTemporaryDir m_dir;
};
} // namespace

TEST_F(ScheduleDefaultsTest, WithoutSettingsANewEventKeepsTheBuiltInDefaults)
{
    const ScheduleDefaults d = ScheduleDefaults::load();
    EXPECT_EQ(d.snapMinutes(), 5);
    Event e;
    d.applyTo(e);
    EXPECT_TRUE(e.conflictRules.isEmpty());
    EXPECT_EQ(e.changeoverMinutes, 10);
    EXPECT_EQ(e.roomChangeoverMinutes, 0);
    for (ConflictRule rule : allConflictRules())
        EXPECT_EQ(severityFor(e.conflictRules, rule), defaultSeverity(rule));
}

TEST_F(ScheduleDefaultsTest, SavedDefaultsAreReadBackAndGivenToANewEvent)
{
    ScheduleDefaults d;
    d.setSeverity(ConflictRule::TrackParallel, Severity::Error);
    d.setSeverity(ConflictRule::OverCapacity, Severity::Off);
    d.setSeverity(ConflictRule::RoomDoubleBooked, defaultSeverity(ConflictRule::RoomDoubleBooked));
    d.setSnapMinutes(15);
    d.setSpeakerChangeoverMinutes(20);
    d.setRoomChangeoverMinutes(5);
    d.save();

    const ScheduleDefaults loaded = ScheduleDefaults::load();
    EXPECT_EQ(loaded, d);
    EXPECT_EQ(loaded.snapMinutes(), 15);
    // Read back through the one settings place.
    EXPECT_EQ(Settings::value(Settings::Key::ScheduleSnapMinutes).toInt(), 15);

    Event e;
    loaded.applyTo(e);
    EXPECT_EQ(severityFor(e.conflictRules, ConflictRule::TrackParallel), Severity::Error);
    EXPECT_EQ(severityFor(e.conflictRules, ConflictRule::OverCapacity), Severity::Off);
    EXPECT_FALSE(e.conflictRules.contains(conflictRuleName(ConflictRule::RoomDoubleBooked)))
        << "a rule left at its default is not written";
    EXPECT_EQ(e.changeoverMinutes, 20);
    EXPECT_EQ(e.roomChangeoverMinutes, 5);
}

TEST_F(ScheduleDefaultsTest, SnappingStaysWithinOneMinuteAndAnHour)
{
    Settings::setValue(Settings::Key::ScheduleSnapMinutes, 0);
    EXPECT_EQ(ScheduleDefaults::load().snapMinutes(), ScheduleDefaults::kMinSnapMinutes);
    Settings::setValue(Settings::Key::ScheduleSnapMinutes, 500);
    EXPECT_EQ(ScheduleDefaults::load().snapMinutes(), ScheduleDefaults::kMaxSnapMinutes);
}
