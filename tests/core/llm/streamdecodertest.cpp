#include "llm/streamdecoder.h"

#include "llm/llmerror.h"

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

TEST(StreamDecoderTest, OpenAiTextToolsAndUsage)
{
    QStringList deltas;
    StreamDecoder d(ProviderKind::OpenAiCompatible, [&](const QString &t) { deltas << t; });
    d.handle({{}, R"({"model":"m","choices":[{"delta":{"content":"Hel"}}]})", {}});
    d.handle({{}, R"({"choices":[{"delta":{"content":"lo"}}]})", {}});
    d.handle(
        {{},
         R"({"choices":[{"delta":{"tool_calls":[{"index":1,"id":"b","function":{"name":"g","arguments":""}}]}}]})",
         {}});
    d.handle(
        {{},
         R"({"choices":[{"delta":{"tool_calls":[{"index":0,"id":"a","function":{"name":"f","arguments":"{\"x\":"}}]}}]})",
         {}});
    d.handle(
        {{}, R"({"choices":[{"delta":{"tool_calls":[{"index":1,"function":{"arguments":"{}"}}]}}]})", {}});
    d.handle(
        {{},
         R"({"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"arguments":"1}"}}]}}],"usage":null})",
         {}});
    d.handle({{}, R"({"choices":[],"usage":{"prompt_tokens":7,"completion_tokens":5}})", {}});
    EXPECT_FALSE(d.isDone());
    d.handle({{}, "[DONE]", {}});
    EXPECT_TRUE(d.isDone());
    const ChatResponse r = d.response();
    EXPECT_EQ(deltas, (QStringList{u"Hel"_s, u"lo"_s}));
    EXPECT_EQ(r.text, u"Hello"_s);
    ASSERT_EQ(r.toolCalls.size(), 2);
    EXPECT_EQ(r.toolCalls[0].name, u"f"_s);
    EXPECT_EQ(r.toolCalls[0].arguments, u"{\"x\":1}"_s);
    EXPECT_EQ(r.toolCalls[1].id, u"b"_s);
    EXPECT_EQ(r.usage.inputTokens, 7);
    EXPECT_EQ(r.usage.outputTokens, 5);
}

TEST(StreamDecoderTest, OpenAiErrorInStream)
{
    StreamDecoder d(ProviderKind::OpenAiCompatible, {});
    d.handle({{}, R"({"choices":[{"delta":{"content":"a"}}]})", {}});
    d.handle({{}, R"({"error":{"message":"overloaded","type":"server_error"}})", {}});
    ASSERT_TRUE(d.error());
    EXPECT_EQ(LlmError::kindOf(*d.error()), LlmError::Kind::Server);
    EXPECT_TRUE(d.deliveredText());
}

TEST(StreamDecoderTest, AnthropicEvents)
{
    StreamDecoder d(ProviderKind::Anthropic, {});
    d.handle(
        {"message_start",
         R"({"type":"message_start","message":{"model":"c","usage":{"input_tokens":9,"output_tokens":1}}})",
         {}});
    d.handle({"content_block_start",
              R"({"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}})",
              {}});
    d.handle({"ping", R"({"type":"ping"})", {}});
    d.handle({"content_block_delta",
              R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}})",
              {}});
    d.handle(
        {"content_block_start",
         R"({"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"t1","name":"f","input":{}}})",
         {}});
    d.handle(
        {"content_block_delta",
         R"({"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"a\":"}})",
         {}});
    d.handle(
        {"content_block_delta",
         R"({"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"2}"}})",
         {}});
    d.handle({"message_delta",
              R"({"type":"message_delta","delta":{"stop_reason":"tool_use"},"usage":{"output_tokens":12}})",
              {}});
    d.handle({"message_stop", R"({"type":"message_stop"})", {}});
    EXPECT_TRUE(d.isDone());
    const ChatResponse r = d.response();
    EXPECT_EQ(r.text, u"Hi"_s);
    ASSERT_EQ(r.toolCalls.size(), 1);
    EXPECT_EQ(r.toolCalls[0].arguments, u"{\"a\":2}"_s);
    EXPECT_EQ(r.usage.inputTokens, 9);
    EXPECT_EQ(r.usage.outputTokens, 12);
    EXPECT_EQ(r.finishReason, u"tool_use"_s);
}

TEST(StreamDecoderTest, AnthropicErrorEvent)
{
    StreamDecoder d(ProviderKind::Anthropic, {});
    d.handle({"error", R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})", {}});
    ASSERT_TRUE(d.error());
    EXPECT_EQ(LlmError::kindOf(*d.error()), LlmError::Kind::Server);
}

TEST(StreamDecoderTest, InvalidJsonIsAnError)
{
    StreamDecoder d(ProviderKind::OpenAiCompatible, {});
    d.handle({{}, "{not json", {}});
    ASSERT_TRUE(d.error());
    EXPECT_EQ(LlmError::kindOf(*d.error()), LlmError::Kind::InvalidResponse);
}
