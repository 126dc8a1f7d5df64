#include "llm/llmerror.h"

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

TEST(LlmErrorTest, HttpStatusesBecomeSentences)
{
    using K = LlmError::Kind;
    const QList<std::pair<Error, K>> cases{
        {LlmError::fromHttp(
             401,
             R"({"error":{"message":"Incorrect API key provided: sk-abc12345678","code":"invalid_api_key"}})"),
         K::BadKey},
        {LlmError::fromHttp(429, R"({"error":{"message":"Rate limit reached","type":"requests"}})"),
         K::RateLimit},
        {LlmError::fromHttp(
             429, R"({"error":{"message":"You exceeded your current quota","code":"insufficient_quota"}})"),
         K::Quota},
        {LlmError::fromHttp(
             404, R"({"error":{"message":"The model `gpt-9` does not exist","code":"model_not_found"}})"),
         K::UnknownModel},
        {LlmError::fromHttp(
             400,
             R"({"error":{"message":"This model's maximum context length is 8192 tokens","code":"context_length_exceeded"}})"),
         K::ContextTooLong},
        {LlmError::fromHttp(503, "<html>Service Unavailable</html>"), K::Server},
        {LlmError::fromHttp(400, R"({"error":{"message":"bad"}})"), K::BadRequest},
    };
    for (const auto &[error, kind] : cases) {
        EXPECT_EQ(LlmError::kindOf(error), kind) << error.detail.toStdString();
        EXPECT_FALSE(error.message.contains(u'{')) << "raw JSON shown to people";
        EXPECT_TRUE(error.message.endsWith(u'.'));
    }
}

TEST(LlmErrorTest, DetailsAreScrubbedOfKeys)
{
    const Error e = LlmError::fromHttp(
        401, R"({"error":{"message":"Incorrect API key provided: sk-proj-abcdef123456"}})");
    EXPECT_FALSE(e.detail.contains(u"abcdef123456"_s));
    EXPECT_EQ(LlmError::scrub(u"Authorization: Bearer abc.def"_s), u"Authorization: Bearer [key removed]"_s);
    EXPECT_EQ(LlmError::scrub(u"x-api-key: zzz"_s), u"x-api-key: [key removed]"_s);
    EXPECT_EQ(LlmError::scrub(u"{\"api_key\": \"qq\"}"_s), u"{\"api_key\": \"[key removed]\"}"_s);
}

TEST(LlmErrorTest, NetworkErrors)
{
    EXPECT_EQ(LlmError::kindOf(LlmError::fromNetwork(QNetworkReply::ConnectionRefusedError, u"refused"_s)),
              LlmError::Kind::Network);
    EXPECT_EQ(LlmError::kindOf(LlmError::fromNetwork(QNetworkReply::SslHandshakeFailedError, u"tls"_s)),
              LlmError::Kind::Tls);
}
