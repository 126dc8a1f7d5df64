#include "model/track.h"

#include "support/fielderrors.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::fieldsOf;
using EventDesk::Test::messageFor;

namespace
{

Track validTrack()
{
    Track t;
    t.eventId = QUuid::createUuid();
    t.name = u"Community · 社区"_s;
    t.color = u"#1e88e5"_s;
    return t;
}

} // namespace

TEST(TrackTest, ValidTrackHasNoErrors)
{
    Track t = validTrack();
    EXPECT_EQ(t.validate(), FieldErrors{});
    t.color = u"#A1b2C3"_s;
    EXPECT_EQ(t.validate(), FieldErrors{});
    EXPECT_EQ(Track().color, u"#607d8b"_s); // the default colour is itself valid
}

TEST(TrackTest, BadColourIsRejected)
{
    for (const QString &color :
         {u"red"_s, u"#12345"_s, u"#1234567"_s, u"#gggggg"_s, u"1e88e5"_s, QString()}) {
        Track t = validTrack();
        t.color = color;
        const FieldErrors errors = t.validate();
        EXPECT_EQ(fieldsOf(errors), QStringList{u"color"_s}) << color.toStdString();
        const QString message = messageFor(errors, u"color"_s);
        EXPECT_TRUE(message.contains(u"#rrggbb"_s)) << message.toStdString();
        EXPECT_TRUE(message.contains(u'"' + color + u'"')) << message.toStdString();
    }
}

TEST(TrackTest, EmptyOrWhitespaceNameIsRejected)
{
    for (const QString &name : {QString(), u"\t"_s}) {
        Track t = validTrack();
        t.name = name;
        const FieldErrors errors = t.validate();
        EXPECT_EQ(fieldsOf(errors), QStringList{u"name"_s});
        EXPECT_TRUE(messageFor(errors, u"name"_s).contains(u"must not be empty"_s));
    }
}
