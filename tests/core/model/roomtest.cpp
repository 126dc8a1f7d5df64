#include "model/room.h"

#include "support/fielderrors.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::fieldsOf;
using EventDesk::Test::messageFor;

namespace
{

Room validRoom()
{
    Room r;
    r.eventId = QUuid::createUuid();
    r.name = u"Main Hall"_s;
    r.capacity = 300;
    return r;
}

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 5, 4), QTime(hour, minute), QTimeZone::utc());
}

} // namespace

TEST(RoomTest, ValidRoomHasNoErrors)
{
    Room r = validRoom();
    EXPECT_EQ(r.validate(), FieldErrors{});
    r.capacity = 0;
    r.availability = {{at(9), at(12)}, {at(13), at(18)}};
    EXPECT_EQ(r.validate(), FieldErrors{});
}

TEST(RoomTest, NegativeCapacityIsRejected)
{
    Room r = validRoom();
    r.capacity = -5;
    const FieldErrors errors = r.validate();
    EXPECT_EQ(fieldsOf(errors), QStringList{u"capacity"_s});
    const QString message = messageFor(errors, u"capacity"_s);
    EXPECT_TRUE(message.contains(u"negative"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"-5"_s)) << message.toStdString();
}

TEST(RoomTest, EmptyOrWhitespaceNameIsRejected)
{
    for (const QString &name : {QString(), u" \t "_s}) {
        Room r = validRoom();
        r.name = name;
        const FieldErrors errors = r.validate();
        EXPECT_EQ(fieldsOf(errors), QStringList{u"name"_s});
        EXPECT_TRUE(messageFor(errors, u"name"_s).contains(u"must not be empty"_s));
    }
}

TEST(RoomTest, AvailabilityEndingBeforeItStartsIsRejected)
{
    Room r = validRoom();
    r.availability = {{at(9), at(12)}, {at(14), at(13)}};
    const FieldErrors errors = r.validate();
    EXPECT_EQ(fieldsOf(errors), QStringList{u"availability"_s});
    EXPECT_TRUE(messageFor(errors, u"availability"_s).contains(u"ends before it starts"_s));
}

TEST(RoomTest, EmptyAvailabilityWindowIsRejected)
{
    Room r = validRoom();
    r.availability = {{at(10), at(10)}};
    EXPECT_EQ(fieldsOf(r.validate()), QStringList{u"availability"_s});
}

TEST(RoomTest, AvailabilityWithInvalidTimeIsRejected)
{
    Room r = validRoom();
    r.availability = {{QDateTime(), at(10)}};
    const FieldErrors errors = r.validate();
    EXPECT_EQ(fieldsOf(errors), QStringList{u"availability"_s});
    EXPECT_TRUE(messageFor(errors, u"availability"_s).contains(u"invalid time"_s));
}
