#include "model/tickettype.h"

#include "support/fielderrors.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::fieldsOf;
using EventDesk::Test::messageFor;

namespace
{

TicketType validTicketType()
{
    TicketType t;
    t.eventId = QUuid::createUuid();
    t.name = u"Student · 学生票"_s;
    t.quota = 100;
    t.priceCents = 9900;
    t.currency = u"CNY"_s;
    return t;
}

} // namespace

TEST(TicketTypeTest, ValidTicketTypeHasNoErrors)
{
    TicketType t = validTicketType();
    EXPECT_EQ(t.validate(), FieldErrors{});
    t.quota = std::nullopt; // unlimited
    EXPECT_EQ(t.validate(), FieldErrors{});
    t.quota = 0; // sold out from the start, still valid
    t.priceCents = 0;
    EXPECT_EQ(t.validate(), FieldErrors{});
}

TEST(TicketTypeTest, NegativeQuotaIsRejected)
{
    TicketType t = validTicketType();
    t.quota = -3;
    const FieldErrors errors = t.validate();
    EXPECT_EQ(fieldsOf(errors), QStringList{u"quota"_s});
    const QString message = messageFor(errors, u"quota"_s);
    EXPECT_TRUE(message.contains(u"negative"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"-3"_s)) << message.toStdString();
}

TEST(TicketTypeTest, NegativePriceIsRejected)
{
    TicketType t = validTicketType();
    t.priceCents = -1;
    const FieldErrors errors = t.validate();
    EXPECT_EQ(fieldsOf(errors), QStringList{u"priceCents"_s});
    EXPECT_TRUE(messageFor(errors, u"priceCents"_s).contains(u"negative"_s));
}

TEST(TicketTypeTest, EmptyOrWhitespaceNameIsRejected)
{
    for (const QString &name : {QString(), u" "_s}) {
        TicketType t = validTicketType();
        t.name = name;
        const FieldErrors errors = t.validate();
        EXPECT_EQ(fieldsOf(errors), QStringList{u"name"_s});
        EXPECT_TRUE(messageFor(errors, u"name"_s).contains(u"must not be empty"_s));
    }
}

TEST(TicketTypeTest, CurrencyMustBeThreeUpperCaseLetters)
{
    for (const QString &currency : {u"eur"_s, u"EURO"_s, u"€"_s, QString()}) {
        TicketType t = validTicketType();
        t.currency = currency;
        const FieldErrors errors = t.validate();
        EXPECT_EQ(fieldsOf(errors), QStringList{u"currency"_s}) << currency.toStdString();
        EXPECT_TRUE(messageFor(errors, u"currency"_s).contains(u"currency code"_s));
    }
}
