#include "model/participant.h"

#include "support/fielderrors.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::fieldsOf;
using EventDesk::Test::messageFor;

namespace
{

Participant validParticipant()
{
    Participant p;
    p.eventId = QUuid::createUuid();
    p.name = u"王芳"_s;
    p.email = u"wang.fang@example.org"_s;
    p.phone = u"+86 (10) 1234-5678"_s;
    return p;
}

} // namespace

TEST(ParticipantTest, ValidParticipantHasNoErrors)
{
    Participant p = validParticipant();
    EXPECT_EQ(p.validate(), FieldErrors{});
    p.email.clear(); // email and phone are optional
    p.phone.clear();
    EXPECT_EQ(p.validate(), FieldErrors{});
}

TEST(ParticipantTest, InvalidEmailIsRejected)
{
    for (const QString &email :
         {u"not-an-email"_s, u"ada@localhost"_s, u"a b@example.org"_s, u"a@@example.org"_s}) {
        Participant p = validParticipant();
        p.email = email;
        const FieldErrors errors = p.validate();
        EXPECT_EQ(fieldsOf(errors), QStringList{u"email"_s}) << email.toStdString();
        const QString message = messageFor(errors, u"email"_s);
        EXPECT_TRUE(message.contains(u"not a valid email address"_s)) << message.toStdString();
        EXPECT_TRUE(message.contains(email)) << message.toStdString();
    }
}

TEST(ParticipantTest, EmailRuleMatchesTheDocumentedPattern)
{
    // local@domain.tld with no spaces and one @ (the rule ^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$)
    for (const QString &good : {u"a@b.co"_s, u"  ada@example.org "_s, u"x.y+z@sub.example.org"_s,
                                u"a@b.c.d"_s, u"\u5f20@\u4f8b\u5b50.\u4e2d\u56fd"_s})
        EXPECT_TRUE(Check::isValidEmail(good)) << good.toStdString();
    for (const QString &bad : {u""_s, u"@b.co"_s, u"a@"_s, u"a@b"_s, u"a@.co"_s, u"a@b."_s, u"a@@b.co"_s,
                               u"a@b@c.co"_s, u"a b@c.co"_s, u"a@b .co"_s, u"a@."_s, u"a@.."_s})
        EXPECT_FALSE(Check::isValidEmail(bad)) << bad.toStdString();
}

TEST(ParticipantTest, PhoneRuleMatchesTheDocumentedPattern)
{
    // ^[+0-9 ()./-]{3,40}$ on the trimmed text; empty is allowed
    const auto phoneOk = [](const QString &phone) {
        Participant p = validParticipant();
        p.phone = phone;
        return p.validate().isEmpty();
    };
    for (const QString &good :
         {QString(), u"   "_s, u"+49 30 123456"_s, u"  (030) 12.34/56-7 "_s, u"110"_s, QString(40, u'9')})
        EXPECT_TRUE(phoneOk(good)) << good.toStdString();
    for (const QString &bad : {u"12"_s, u" 12 "_s, QString(41, u'9'), u"+49 30 1234x"_s, u"030\t123"_s,
                               u"\uff10\uff13\uff10\uff11\uff12"_s, u"+49#30"_s})
        EXPECT_FALSE(phoneOk(bad)) << bad.toStdString();
}

TEST(ParticipantTest, EmptyOrWhitespaceNameIsRejected)
{
    for (const QString &name : {QString(), u"  "_s}) {
        Participant p = validParticipant();
        p.name = name;
        const FieldErrors errors = p.validate();
        EXPECT_EQ(fieldsOf(errors), QStringList{u"name"_s});
        EXPECT_TRUE(messageFor(errors, u"name"_s).contains(u"must not be empty"_s));
    }
}

TEST(ParticipantTest, InvalidPhoneIsRejected)
{
    Participant p = validParticipant();
    p.phone = u"call me maybe"_s;
    const FieldErrors errors = p.validate();
    EXPECT_EQ(fieldsOf(errors), QStringList{u"phone"_s});
    EXPECT_TRUE(messageFor(errors, u"phone"_s).contains(u"call me maybe"_s));
}

TEST(ParticipantTest, StatusNamesRoundTrip)
{
    for (ParticipantStatus s :
         {ParticipantStatus::Pending, ParticipantStatus::Confirmed, ParticipantStatus::Waitlisted,
          ParticipantStatus::Cancelled, ParticipantStatus::CheckedIn})
        EXPECT_EQ(participantStatusFromName(participantStatusName(s)), s);
    EXPECT_EQ(participantStatusName(ParticipantStatus::CheckedIn), u"checked-in"_s);
    EXPECT_FALSE(participantStatusFromName(u"vip"_s).has_value());
}
