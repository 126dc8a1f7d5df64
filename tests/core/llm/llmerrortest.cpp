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

TEST(LlmErrorTest, ProxyErrorsNameTheProxy)
{
    const LlmError::Where where{u"api.openai.com"_s, u"proxy.corp:3128"_s};
    const Error refused = LlmError::fromNetwork(QNetworkReply::ConnectionRefusedError, u"refused"_s, where);
    EXPECT_EQ(LlmError::kindOf(refused), LlmError::Kind::Proxy);
    EXPECT_EQ(refused.message,
              u"The proxy proxy.corp:3128 could not be reached; check the proxy setting of this profile."_s);
    const Error login =
        LlmError::fromNetwork(QNetworkReply::ProxyAuthenticationRequiredError, u"407"_s, where);
    EXPECT_EQ(LlmError::kindOf(login), LlmError::Kind::ProxyAuth);
    EXPECT_EQ(login.message, u"The proxy proxy.corp:3128 refused the request because it requires a login."_s);
    // Without a proxy a refused connection is the service's.
    EXPECT_EQ(LlmError::kindOf(LlmError::fromNetwork(QNetworkReply::ConnectionRefusedError, u"refused"_s,
                                                     {u"api.openai.com"_s, {}})),
              LlmError::Kind::Network);
}

TEST(LlmErrorTest, CertificateProblemsNameTheHost)
{
    const Error untrusted =
        LlmError::fromSslErrors(u"llm.example.com"_s, {QSslError(QSslError::SelfSignedCertificate)});
    EXPECT_EQ(LlmError::kindOf(untrusted), LlmError::Kind::Tls);
    EXPECT_TRUE(untrusted.message.startsWith(u"The certificate of llm.example.com is not trusted"_s));
    const Error mismatch =
        LlmError::fromSslErrors(u"llm.example.com"_s, {QSslError(QSslError::HostNameMismatch)});
    EXPECT_EQ(mismatch.message, u"The certificate of llm.example.com was issued for a different host, so no "
                                "secure connection was made."_s);
    const Error expired =
        LlmError::fromSslErrors(u"llm.example.com"_s, {QSslError(QSslError::CertificateExpired)});
    EXPECT_TRUE(expired.message.contains(u"has expired"_s));
}
