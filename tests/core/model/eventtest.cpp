#include "model/event.h"

#include "support/fielderrors.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::fieldsOf;
using EventDesk::Test::messageFor;

namespace
{

Event validEvent()
{
    Event e;
    e.name = u"OpenTech Summit"_s;
    e.timeZone = u"Europe/Berlin"_s;
    e.startDate = QDate(2026, 5, 4);
    e.endDate = QDate(2026, 5, 6);
    e.dayStart = QTime(9, 0);
    e.dayEnd = QTime(18, 0);
    return e;
}

} // namespace

TEST(EventTest, ValidEventHasNoErrors)
{
    const Event e = validEvent();
    EXPECT_EQ(e.validate(), FieldErrors{});
    EXPECT_EQ(e.dayCount(), 3);
}

TEST(EventTest, OneDayEventIsValid)
{
    Event e = validEvent();
    e.endDate = e.startDate;
    EXPECT_EQ(e.validate(), FieldErrors{});
    EXPECT_EQ(e.dayCount(), 1);
}

TEST(EventTest, EndBeforeStartNamesEndDate)
{
    Event e = validEvent();
    e.endDate = QDate(2026, 5, 1);
    const FieldErrors errors = e.validate();
    EXPECT_EQ(fieldsOf(errors), QStringList{u"endDate"_s});
    const QString message = messageFor(errors, u"endDate"_s);
    EXPECT_TRUE(message.contains(u"before it starts"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"2026-05-01"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"2026-05-04"_s)) << message.toStdString();
}

TEST(EventTest, MissingDatesAreReported)
{
    Event e = validEvent();
    e.startDate = QDate();
    e.endDate = QDate();
    EXPECT_EQ(fieldsOf(e.validate()), (QStringList{u"startDate"_s, u"endDate"_s}));
    EXPECT_EQ(e.dayCount(), 0);
}

TEST(EventTest, UnknownTimeZoneIsRejected)
{
    Event e = validEvent();
    e.timeZone = u"Mars/Olympus"_s;
    const FieldErrors errors = e.validate();
    EXPECT_EQ(fieldsOf(errors), QStringList{u"timeZone"_s});
    const QString message = messageFor(errors, u"timeZone"_s);
    EXPECT_TRUE(message.contains(u"Mars/Olympus"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"not a known time zone"_s)) << message.toStdString();
}

TEST(EventTest, EmptyTimeZoneIsMissing)
{
    Event e = validEvent();
    e.timeZone = u"  "_s;
    const FieldErrors errors = e.validate();
    EXPECT_EQ(fieldsOf(errors), QStringList{u"timeZone"_s});
    EXPECT_TRUE(messageFor(errors, u"timeZone"_s).contains(u"missing"_s));
}

TEST(EventTest, IanaTimeZonesAreAccepted)
{
    for (const QString &zone : {u"Europe/Berlin"_s, u"Asia/Shanghai"_s, u"America/Argentina/Buenos_Aires"_s,
                                u"Pacific/Chatham"_s, u"UTC"_s}) {
        Event e = validEvent();
        e.timeZone = zone;
        EXPECT_EQ(e.validate(), FieldErrors{}) << zone.toStdString();
    }
}

TEST(EventTest, EmptyOrWhitespaceNameIsRejected)
{
    for (const QString &name : {QString(), u"   "_s, u"\t\n"_s}) {
        Event e = validEvent();
        e.name = name;
        const FieldErrors errors = e.validate();
        EXPECT_EQ(fieldsOf(errors), QStringList{u"name"_s});
        EXPECT_TRUE(messageFor(errors, u"name"_s).contains(u"must not be empty"_s));
    }
}

TEST(EventTest, OverlongNameIsRejected)
{
    Event e = validEvent();
    e.name = QString(200, u'x');
    EXPECT_EQ(e.validate(), FieldErrors{});
    e.name = QString(201, u'x');
    const FieldErrors errors = e.validate();
    EXPECT_EQ(fieldsOf(errors), QStringList{u"name"_s});
    EXPECT_TRUE(messageFor(errors, u"name"_s).contains(u"200"_s));
}

TEST(EventTest, DayEndBeforeDayStartIsRejected)
{
    Event e = validEvent();
    e.dayStart = QTime(9, 0);
    e.dayEnd = QTime(8, 30);
    const FieldErrors errors = e.validate();
    EXPECT_EQ(fieldsOf(errors), QStringList{u"dayEnd"_s});
    const QString message = messageFor(errors, u"dayEnd"_s);
    EXPECT_TRUE(message.contains(u"08:30"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"09:00"_s)) << message.toStdString();
}

TEST(EventTest, DayEndEqualToDayStartIsRejected)
{
    Event e = validEvent();
    e.dayEnd = e.dayStart;
    EXPECT_EQ(fieldsOf(e.validate()), QStringList{u"dayEnd"_s});
}

TEST(EventTest, InvalidDailyHoursAreRejected)
{
    Event e = validEvent();
    e.dayStart = QTime();
    const FieldErrors errors = e.validate();
    EXPECT_EQ(fieldsOf(errors), QStringList{u"dayEnd"_s});
    EXPECT_TRUE(messageFor(errors, u"dayEnd"_s).contains(u"invalid"_s));
}

TEST(EventTest, SeveralProblemsAreAllReported)
{
    Event e = validEvent();
    e.name = QString();
    e.timeZone = u"Mars/Olympus"_s;
    e.endDate = e.startDate.addDays(-1);
    e.dayEnd = QTime(7, 0);
    EXPECT_EQ(fieldsOf(e.validate()), (QStringList{u"name"_s, u"timeZone"_s, u"endDate"_s, u"dayEnd"_s}));
}

TEST(EventTest, StatusNamesRoundTrip)
{
    for (EventStatus s : {EventStatus::Draft, EventStatus::Published})
        EXPECT_EQ(eventStatusFromName(eventStatusName(s)), s);
    EXPECT_EQ(eventStatusName(EventStatus::Published), u"published"_s);
    EXPECT_FALSE(eventStatusFromName(u"archived"_s).has_value());
}
