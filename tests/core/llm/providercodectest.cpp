#include "llm/providercodec.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{
ProviderProfile profile(ProviderKind kind)
{
    ProviderProfile p;
    p.provider = kind;
    p.baseUrl = u"https://api.example.com"_s;
    p.model = u"model-x"_s;
    p.temperature = 0.3;
    p.maxTokens = 300;
    p.apiVersion = u"2024-10-21"_s;
    return p;
}
ChatRequest request()
{
    ChatRequest r;
    r.messages = {{ChatMessage::Role::System, u"Be brief."_s, {}, {}, {}},
                  {ChatMessage::Role::User, u"Hi"_s, {}, {}, {}},
                  {ChatMessage::Role::Assistant,
                   QString(),
                   {{0, u"call_1"_s, u"lookup"_s, u"{\"q\":\"x\"}"_s}},
                   {},
                   {}},
                  {ChatMessage::Role::Tool, u"{\"found\":1}"_s, {}, u"call_1"_s, u"lookup"_s}};
    r.tools = {{u"lookup"_s, u"Looks up"_s, QJsonObject{{u"type"_s, u"object"_s}}}};
    return r;
}
} // namespace

TEST(ProviderCodecTest, OpenAiBodyStreamsWithUsage)
{
    const QJsonObject b = ProviderCodec::body(profile(ProviderKind::OpenAiCompatible), request(), true);
    EXPECT_EQ(b[u"model"_s].toString(), u"model-x"_s);
    EXPECT_EQ(b[u"temperature"_s].toDouble(), 0.3);
    EXPECT_EQ(b[u"max_tokens"_s].toInt(), 300);
    EXPECT_TRUE(b[u"stream"_s].toBool());
    EXPECT_TRUE(b[u"stream_options"_s][u"include_usage"_s].toBool());
    const QJsonArray m = b[u"messages"_s].toArray();
    ASSERT_EQ(m.size(), 4);
    EXPECT_EQ(m[2][u"tool_calls"_s][0][u"function"_s][u"arguments"_s].toString(), u"{\"q\":\"x\"}"_s);
    EXPECT_TRUE(m[2][u"content"_s].isNull());
    EXPECT_EQ(m[3][u"role"_s].toString(), u"tool"_s);
    EXPECT_EQ(m[3][u"tool_call_id"_s].toString(), u"call_1"_s);
    EXPECT_EQ(b[u"tools"_s][0][u"function"_s][u"name"_s].toString(), u"lookup"_s);
}

TEST(ProviderCodecTest, ReasoningModelDropsUnsupportedParameters)
{
    ProviderProfile p = profile(ProviderKind::OpenAiCompatible);
    p.reasoning = true;
    const QJsonObject b = ProviderCodec::body(p, request(), false);
    EXPECT_FALSE(b.contains(u"temperature"_s));
    EXPECT_FALSE(b.contains(u"max_tokens"_s));
    EXPECT_EQ(b[u"max_completion_tokens"_s].toInt(), 300);
    EXPECT_FALSE(b.contains(u"stream"_s));
}

TEST(ProviderCodecTest, JsonSchemaResponseFormat)
{
    ChatRequest r = request();
    r.jsonSchema = QJsonObject{{u"type"_s, u"object"_s}};
    const QJsonObject b = ProviderCodec::body(profile(ProviderKind::OpenAiCompatible), r, false);
    EXPECT_EQ(b[u"response_format"_s][u"type"_s].toString(), u"json_schema"_s);
    EXPECT_EQ(b[u"response_format"_s][u"json_schema"_s][u"schema"_s][u"type"_s].toString(), u"object"_s);
    const QJsonObject a = ProviderCodec::body(profile(ProviderKind::Anthropic), r, false);
    EXPECT_FALSE(a.contains(u"response_format"_s));
    EXPECT_TRUE(a[u"system"_s].toString().contains(u"JSON Schema"_s));
}

TEST(ProviderCodecTest, AnthropicBody)
{
    const QJsonObject b = ProviderCodec::body(profile(ProviderKind::Anthropic), request(), true);
    EXPECT_EQ(b[u"system"_s].toString(), u"Be brief."_s);
    const QJsonArray m = b[u"messages"_s].toArray();
    ASSERT_EQ(m.size(), 3);
    EXPECT_EQ(m[1][u"content"_s][0][u"type"_s].toString(), u"tool_use"_s);
    EXPECT_EQ(m[1][u"content"_s][0][u"input"_s][u"q"_s].toString(), u"x"_s);
    EXPECT_EQ(m[2][u"content"_s][0][u"type"_s].toString(), u"tool_result"_s);
    EXPECT_EQ(m[2][u"content"_s][0][u"tool_use_id"_s].toString(), u"call_1"_s);
    EXPECT_EQ(b[u"tools"_s][0][u"input_schema"_s][u"type"_s].toString(), u"object"_s);
    EXPECT_FALSE(b.contains(u"stream_options"_s));
}

TEST(ProviderCodecTest, HeadersPerProvider)
{
    auto openai = ProviderCodec::httpRequest(profile(ProviderKind::OpenAiCompatible), u"sk-secret"_s, true);
    EXPECT_EQ(openai.rawHeader("Authorization"), "Bearer sk-secret");
    EXPECT_EQ(openai.rawHeader("Accept"), "text/event-stream");
    EXPECT_TRUE(openai.attribute(QNetworkRequest::Http2AllowedAttribute).toBool());
    auto local = ProviderCodec::httpRequest(profile(ProviderKind::OpenAiCompatible), QString(), true);
    EXPECT_FALSE(local.hasRawHeader("Authorization"));
    auto azure = ProviderCodec::httpRequest(profile(ProviderKind::AzureOpenAi), u"k"_s, false);
    EXPECT_EQ(azure.rawHeader("api-key"), "k");
    auto anthropic = ProviderCodec::httpRequest(profile(ProviderKind::Anthropic), u"k"_s, false);
    EXPECT_EQ(anthropic.rawHeader("x-api-key"), "k");
    EXPECT_EQ(anthropic.rawHeader("anthropic-version"), "2023-06-01");
}

TEST(ProviderCodecTest, ParsesCompleteAnswers)
{
    auto r = ProviderCodec::parseResponse(
        ProviderKind::OpenAiCompatible,
        R"({"model":"m","choices":[{"message":{"content":"Hi","tool_calls":[{"id":"c","function":{"name":"f","arguments":"{}"}}]},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":2}})");
    ASSERT_TRUE(r);
    EXPECT_EQ(r.value().text, u"Hi"_s);
    EXPECT_EQ(r.value().toolCalls.size(), 1);
    EXPECT_EQ(r.value().usage.total(), 5);
    auto a = ProviderCodec::parseResponse(
        ProviderKind::Anthropic,
        R"({"model":"c","content":[{"type":"text","text":"Yo"},{"type":"tool_use","id":"t","name":"f","input":{"a":1}}],"usage":{"input_tokens":4,"output_tokens":6}})");
    ASSERT_TRUE(a);
    EXPECT_EQ(a.value().text, u"Yo"_s);
    EXPECT_EQ(a.value().toolCalls.at(0).arguments, u"{\"a\":1}"_s);
    EXPECT_EQ(a.value().usage.outputTokens, 6);
    EXPECT_FALSE(ProviderCodec::parseResponse(ProviderKind::OpenAiCompatible, "{oops"));
}

TEST(ProviderCodecTest, LocalServerIsAskedForTheContextWindow)
{
    ProviderProfile local = profile(ProviderKind::OpenAiCompatible);
    local.baseUrl = u"http://localhost:11434/v1"_s;
    EXPECT_EQ(ProviderCodec::body(local, request(), true)[u"options"_s][u"num_ctx"_s].toInt(), 8192);
    local.contextWindow = 32768;
    EXPECT_EQ(ProviderCodec::body(local, request(), false)[u"options"_s][u"num_ctx"_s].toInt(), 32768);

    // Hosted services and other wire formats get no Ollama option.
    EXPECT_FALSE(
        ProviderCodec::body(profile(ProviderKind::OpenAiCompatible), request(), true).contains(u"options"_s));
    ProviderProfile anthropic = profile(ProviderKind::Anthropic);
    anthropic.baseUrl = u"http://127.0.0.1:9000"_s;
    EXPECT_FALSE(ProviderCodec::body(anthropic, request(), true).contains(u"options"_s));
}
