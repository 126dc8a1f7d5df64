#include "assistant/agendaproposal.h"

#include "llm/structuredoutput.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{
const QString kPlain = uR"({"summary": "Fill the morning",
 "placements": [{"session": "51cafe00", "room": "a1cafe00", "start": "2026-05-04T10:00", "duration_minutes": 45}],
 "new_sessions": [{"title": "Lunch", "type": "break", "room": null, "start": "2026-05-04T12:00", "duration_minutes": 60}]})"_s;
} // namespace

TEST(AgendaProposalTest, ReadsThePlainShape)
{
    auto p = AgendaProposal::parse(kPlain);
    ASSERT_TRUE(p) << p.error().message.toStdString();
    EXPECT_EQ(p.value().summary, u"Fill the morning"_s);
    ASSERT_EQ(p.value().placements.size(), 1);
    EXPECT_EQ(p.value().placements[0].session, u"51cafe00"_s);
    EXPECT_EQ(p.value().placements[0].durationMinutes, 45);
    ASSERT_EQ(p.value().newSessions.size(), 1);
    EXPECT_EQ(p.value().newSessions[0].type, u"break"_s);
    EXPECT_TRUE(p.value().newSessions[0].room.isEmpty());
}

TEST(AgendaProposalTest, ReadsFencedAndCommentedJson)
{
    const QString commented =
        u"Here is the agenda you asked for:\n```json\n{\n  // the morning\n  \"summary\": \"see "
        u"http://x.org/a\",\n"
        u"  /* two talks */ \"placements\": [{\"session\": \"51cafe00\", \"room\": \"a1cafe00\", "
        u"\"start\": \"2026-05-04T10:00\", \"duration_minutes\": 45} // first\n  ],\n  \"new_sessions\": "
        u"[]\n}\n```\n"
        u"Let me know if you'd like changes."_s;
    auto p = AgendaProposal::parse(commented);
    ASSERT_TRUE(p) << p.error().message.toStdString();
    EXPECT_EQ(p.value().summary, u"see http://x.org/a"_s); // a // inside a string is no comment
    ASSERT_EQ(p.value().placements.size(), 1);
    EXPECT_EQ(p.value().placements[0].start, u"2026-05-04T10:00"_s);
}

TEST(AgendaProposalTest, RefusalIsAClearError)
{
    auto p = AgendaProposal::parse(u"I'm sorry, but I can't help with scheduling."_s);
    ASSERT_FALSE(p);
    EXPECT_TRUE(p.error().message.startsWith(u"The model did not answer with a proposal"_s))
        << p.error().message.toStdString();
    EXPECT_TRUE(p.error().message.contains(u"can't help"_s));
}

TEST(AgendaProposalTest, TruncatedAnswerIsAClearError)
{
    auto p = AgendaProposal::parse(kPlain.left(kPlain.size() / 2));
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().message, u"The model's answer was cut off before the proposal was complete."_s);
}

TEST(AgendaProposalTest, JsonWithoutProposalIsAnError)
{
    auto p = AgendaProposal::parse(u"{\"answer\": 42}"_s);
    ASSERT_FALSE(p);
    EXPECT_TRUE(p.error().message.contains(u"no proposal"_s)) << p.error().message.toStdString();
    EXPECT_FALSE(AgendaProposal::parse(QString()));
}

TEST(AgendaProposalTest, SchemaAcceptsTheShapeAndRejectsOthers)
{
    const QJsonObject schema = AgendaProposal::schema();
    const QJsonValue ok = QJsonDocument::fromJson(kPlain.toUtf8()).object();
    EXPECT_EQ(StructuredOutput::validate(ok, schema), std::nullopt);
    QJsonObject bad = ok.toObject();
    bad.remove(u"placements"_s);
    EXPECT_NE(StructuredOutput::validate(bad, schema), std::nullopt);
}
