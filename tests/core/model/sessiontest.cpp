#include "model/session.h"

#include "support/fielderrors.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::fieldsOf;
using EventDesk::Test::messageFor;

namespace
{

Session validSession()
{
    Session s;
    s.eventId = QUuid::createUuid();
    s.title = u"Scheduling without tears"_s;
    s.durationMinutes = 30;
    s.speakerIds = {QUuid::createUuid(), QUuid::createUuid()};
    return s;
}

} // namespace

TEST(SessionTest, UnscheduledSessionIsValid)
{
    const Session s = validSession();
    EXPECT_EQ(s.validate(), FieldErrors{});
    EXPECT_FALSE(s.isScheduled());
}

TEST(SessionTest, ScheduledSessionIsValidAndEndsAfterItsDuration)
{
    Session s = validSession();
    s.roomId = QUuid::createUuid();
    s.start = QDateTime(QDate(2026, 5, 4), QTime(10, 0), QTimeZone::utc());
    s.durationMinutes = 45;
    EXPECT_EQ(s.validate(), FieldErrors{});
    EXPECT_TRUE(s.isScheduled());
    EXPECT_EQ(s.end(), QDateTime(QDate(2026, 5, 4), QTime(10, 45), QTimeZone::utc()));
}

TEST(SessionTest, StartWithoutRoomIsRejected)
{
    Session s = validSession();
    s.start = QDateTime(QDate(2026, 5, 4), QTime(10, 0), QTimeZone::utc());
    const FieldErrors errors = s.validate();
    EXPECT_EQ(fieldsOf(errors), QStringList{u"roomId"_s});
    EXPECT_TRUE(messageFor(errors, u"roomId"_s).contains(u"needs a room"_s));
    EXPECT_FALSE(s.isScheduled());
}

TEST(SessionTest, DuplicateSpeakerIsRejected)
{
    Session s = validSession();
    const QUuid twice = QUuid::createUuid();
    s.speakerIds = {twice, QUuid::createUuid(), twice, twice};
    const FieldErrors errors = s.validate();
    EXPECT_EQ(fieldsOf(errors), QStringList{u"speakerIds"_s}); // reported once, however often repeated
    EXPECT_TRUE(messageFor(errors, u"speakerIds"_s).contains(u"listed twice"_s));
}

TEST(SessionTest, EmptyOrWhitespaceTitleIsRejected)
{
    for (const QString &title : {QString(), u"    "_s}) {
        Session s = validSession();
        s.title = title;
        const FieldErrors errors = s.validate();
        EXPECT_EQ(fieldsOf(errors), QStringList{u"title"_s});
        EXPECT_TRUE(messageFor(errors, u"title"_s).contains(u"must not be empty"_s));
    }
}

TEST(SessionTest, NonPositiveDurationIsRejected)
{
    for (int minutes : {0, -30}) {
        Session s = validSession();
        s.durationMinutes = minutes;
        const FieldErrors errors = s.validate();
        EXPECT_EQ(fieldsOf(errors), QStringList{u"durationMinutes"_s});
        EXPECT_TRUE(messageFor(errors, u"durationMinutes"_s).contains(QString::number(minutes)));
    }
}

TEST(SessionTest, DurationOverADayIsRejected)
{
    Session s = validSession();
    s.durationMinutes = 24 * 60;
    EXPECT_EQ(s.validate(), FieldErrors{});
    s.durationMinutes = 24 * 60 + 1;
    const FieldErrors errors = s.validate();
    EXPECT_EQ(fieldsOf(errors), QStringList{u"durationMinutes"_s});
    EXPECT_TRUE(messageFor(errors, u"durationMinutes"_s).contains(u"24 hours"_s));
}

TEST(SessionTest, NegativeExpectedAttendanceIsRejected)
{
    Session s = validSession();
    s.expectedAttendance = -1;
    const FieldErrors errors = s.validate();
    EXPECT_EQ(fieldsOf(errors), QStringList{u"expectedAttendance"_s});
    EXPECT_TRUE(messageFor(errors, u"expectedAttendance"_s).contains(u"negative"_s));
}

TEST(SessionTest, TypeNamesRoundTrip)
{
    for (SessionType t : {SessionType::Talk, SessionType::Workshop, SessionType::Keynote, SessionType::Panel,
                          SessionType::Break, SessionType::Other})
        EXPECT_EQ(sessionTypeFromName(sessionTypeName(t)), t);
    EXPECT_EQ(sessionTypeFromName(u"KEYNOTE"_s), SessionType::Keynote);
    EXPECT_FALSE(sessionTypeFromName(u"lightning"_s).has_value());
}

TEST(SessionTest, AllowedTimesMustEndAfterTheyStart)
{
    Session s = validSession();
    const QDateTime t(QDate(2027, 1, 29), QTime(13, 0), Qt::UTC);
    s.allowedTimes = {{t, t.addSecs(3600)}};
    EXPECT_TRUE(s.validate().isEmpty());
    s.allowedTimes = {{t, t.addSecs(-60)}};
    EXPECT_EQ(fieldsOf(s.validate()), QStringList{u"allowedTimes"_s});
}

TEST(SessionTest, LinksNeedAnAddress)
{
    Session s = validSession();
    s.links = {{u"https://example.org"_s, u"Site"_s}};
    EXPECT_TRUE(s.validate().isEmpty());
    s.attachments = {{u"  "_s, u"Handout"_s}};
    EXPECT_EQ(fieldsOf(s.validate()), QStringList{u"attachments"_s});
}
