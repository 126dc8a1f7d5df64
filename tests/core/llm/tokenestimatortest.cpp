#include "llm/tokenestimator.h"

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

TEST(TokenEstimatorTest, LatinTextIsAboutFourCharactersPerToken)
{
    EXPECT_EQ(TokenEstimator::estimate(QString()), 0);
    EXPECT_EQ(TokenEstimator::estimate(u"abcd"_s), 1);
    EXPECT_EQ(TokenEstimator::estimate(u"abcde"_s), 2); // rounded up
    EXPECT_EQ(TokenEstimator::estimate(QString(4000, u'x')), 1000);
}

TEST(TokenEstimatorTest, CjkIsOneTokenPerCharacter)
{
    EXPECT_EQ(TokenEstimator::estimate(u"会议日程"_s), 4);
    EXPECT_EQ(TokenEstimator::estimate(u"カタカナ한국어"_s), 7);
    EXPECT_EQ(TokenEstimator::estimate(u"会议 Room 1"_s), 2 + 2); // 2 CJK + 7 Latin characters
    // A character outside the Basic Multilingual Plane (CJK extension B) counts once, not per surrogate.
    EXPECT_EQ(TokenEstimator::estimate(QString::fromUcs4(U"\U00020000")), 1);
}

TEST(TokenEstimatorTest, RequestCountsMessagesToolsAndSchema)
{
    ChatRequest r;
    r.messages = {{ChatMessage::Role::System, QString(400, u'a'), {}, {}, {}},
                  {ChatMessage::Role::User, u"会议"_s, {}, {}, {}}};
    const int plain = TokenEstimator::estimate(r);
    EXPECT_EQ(plain, TokenEstimator::kReplyOverhead + 2 * TokenEstimator::kMessageOverhead + 100 + 2);

    ChatRequest withTool = r;
    withTool.tools = {{u"search_sessions"_s, QString(80, u'd'), QJsonObject{{u"type"_s, u"object"_s}}}};
    EXPECT_GE(TokenEstimator::estimate(withTool), plain + TokenEstimator::kToolOverhead + 20 + 4);

    ChatRequest withCall = r;
    withCall.messages.append(
        {ChatMessage::Role::Assistant, QString(), {{0, u"c1"_s, u"lookup"_s, QString(40, u'q')}}, {}, {}});
    EXPECT_GE(TokenEstimator::estimate(withCall), plain + TokenEstimator::kMessageOverhead + 10);

    ChatRequest withSchema = r;
    withSchema.jsonSchema = QJsonObject{{u"type"_s, u"object"_s}};
    EXPECT_GT(TokenEstimator::estimate(withSchema), plain);
    EXPECT_EQ(TokenEstimator::estimate(withSchema), TokenEstimator::estimate(withSchema)); // deterministic
}
