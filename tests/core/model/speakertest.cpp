#include "model/speaker.h"

#include "support/fielderrors.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::fieldsOf;
using EventDesk::Test::messageFor;

namespace
{

Speaker validSpeaker()
{
    Speaker s;
    s.eventId = QUuid::createUuid();
    s.name = u"Chen Jing"_s;
    s.email = u"chen@example.org"_s;
    const QTimeZone berlin("Europe/Berlin");
    s.availability = {{QDateTime(QDate(2026, 5, 4), QTime(9, 0), berlin),
                       QDateTime(QDate(2026, 5, 4), QTime(12, 0), berlin)}};
    return s;
}

} // namespace

TEST(SpeakerTest, ValidSpeakerHasNoErrors)
{
    Speaker s = validSpeaker();
    EXPECT_EQ(s.validate(), FieldErrors{});
    s.email.clear();        // optional
    s.availability.clear(); // always available
    EXPECT_EQ(s.validate(), FieldErrors{});
}

TEST(SpeakerTest, InvalidEmailIsRejected)
{
    Speaker s = validSpeaker();
    s.email = u"chen(at)example.org"_s;
    const FieldErrors errors = s.validate();
    EXPECT_EQ(fieldsOf(errors), QStringList{u"email"_s});
    const QString message = messageFor(errors, u"email"_s);
    EXPECT_TRUE(message.contains(u"chen(at)example.org"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"not a valid email address"_s)) << message.toStdString();
}

TEST(SpeakerTest, AvailabilityEndingBeforeItStartsIsRejected)
{
    Speaker s = validSpeaker();
    std::swap(s.availability[0].start, s.availability[0].end);
    const FieldErrors errors = s.validate();
    EXPECT_EQ(fieldsOf(errors), QStringList{u"availability"_s});
    EXPECT_TRUE(messageFor(errors, u"availability"_s).contains(u"ends before it starts"_s));
}

TEST(SpeakerTest, EmptyOrWhitespaceNameIsRejected)
{
    for (const QString &name : {QString(), u"   "_s}) {
        Speaker s = validSpeaker();
        s.name = name;
        const FieldErrors errors = s.validate();
        EXPECT_EQ(fieldsOf(errors), QStringList{u"name"_s});
        EXPECT_TRUE(messageFor(errors, u"name"_s).contains(u"must not be empty"_s));
    }
}
