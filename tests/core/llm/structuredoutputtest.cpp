#include "llm/structuredoutput.h"
#include "llm/responsecache.h"

#include "support/fakellmserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace EventDesk::Test;
using namespace Qt::StringLiterals;

namespace
{
QJsonObject roomSchema()
{
    return QJsonObject{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{{u"name"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"minLength"_s, 1}}},
                     {u"capacity"_s, QJsonObject{{u"type"_s, u"integer"_s}, {u"minimum"_s, 1}}},
                     {u"kind"_s, QJsonObject{{u"enum"_s, QJsonArray{u"hall"_s, u"room"_s}}}},
                     {u"tags"_s, QJsonObject{{u"type"_s, u"array"_s},
                                             {u"items"_s, QJsonObject{{u"type"_s, u"string"_s}}}}}}},
        {u"required"_s, QJsonArray{u"name"_s, u"capacity"_s}},
        {u"additionalProperties"_s, false}};
}
struct Room {
    QString name;
    int capacity = 0;
};
} // namespace

TEST(StructuredOutputTest, ExtractsJsonFromFencesAndProse)
{
    EXPECT_EQ(StructuredOutput::extractJson(u"```json\n{\"a\": 1}\n```"_s).value()[u"a"_s].toInt(), 1);
    EXPECT_EQ(StructuredOutput::extractJson(u"Sure! Here it is: {\"a\": 2} Hope that helps."_s)
                  .value()[u"a"_s]
                  .toInt(),
              2);
    EXPECT_EQ(StructuredOutput::extractJson(u"[1,2,3]"_s).value().toArray().size(), 3);
    EXPECT_FALSE(StructuredOutput::extractJson(u"no json here"_s));
}

TEST(StructuredOutputTest, ValidatesAgainstSchema)
{
    const QJsonObject s = roomSchema();
    auto v = [](const char *json) { return StructuredOutput::extractJson(QString::fromUtf8(json)).value(); };
    EXPECT_EQ(
        StructuredOutput::validate(v(R"({"name":"Hall A","capacity":200,"kind":"hall","tags":["x"]})"), s),
        std::nullopt);
    EXPECT_EQ(*StructuredOutput::validate(v(R"({"name":"Hall A"})"), s),
              u"$ is missing the required property \"capacity\""_s);
    EXPECT_EQ(*StructuredOutput::validate(v(R"({"name":"A","capacity":"200"})"), s),
              u"$.capacity must be of type integer"_s);
    EXPECT_EQ(*StructuredOutput::validate(v(R"({"name":"A","capacity":2.5})"), s),
              u"$.capacity must be of type integer"_s);
    EXPECT_EQ(*StructuredOutput::validate(v(R"({"name":"A","capacity":0})"), s),
              u"$.capacity must be at least 1"_s);
    EXPECT_TRUE(StructuredOutput::validate(v(R"({"name":"A","capacity":3,"kind":"tent"})"), s)
                    ->contains(u"one of"_s));
    EXPECT_EQ(*StructuredOutput::validate(v(R"({"name":"A","capacity":3,"tags":[1]})"), s),
              u"$.tags[0] must be of type string"_s);
    EXPECT_TRUE(
        StructuredOutput::validate(v(R"({"name":"A","capacity":3,"x":1})"), s)->contains(u"unexpected"_s));
}

class StructuredOutputServerTest : public ::testing::Test
{
protected:
    ProviderProfile profile(ProviderKind kind)
    {
        ProviderProfile p;
        p.provider = kind;
        p.baseUrl = m_server.baseUrl().toString();
        p.model = u"model-x"_s;
        return p;
    }
    ChatRequest request()
    {
        ChatRequest r;
        r.messages = {{ChatMessage::Role::User, u"Describe the main hall."_s, {}, {}, {}}};
        r.jsonSchema = roomSchema();
        r.stream = false;
        return r;
    }
    FakeLlmServer m_server;
    LlmClient m_client;
};

TEST_F(StructuredOutputServerTest, TypedValueWithJsonSchemaFormat)
{
    m_server.enqueue(FakeLlmServer::Scenario::Normal, u"{\"name\":\"Main Hall\",\"capacity\":300}"_s);
    std::optional<Result<Room>> result;
    StructuredOutput::requestAs<Room>(
        m_client, profile(ProviderKind::OpenAiCompatible), request(), {},
        [](const QJsonValue &v) -> Result<Room> {
            return Room{v[u"name"_s].toString(), v[u"capacity"_s].toInt()};
        },
        [&](Result<Room> r) { result = std::move(r); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    ASSERT_TRUE(*result) << result->error().detail.toStdString();
    EXPECT_EQ(result->value().name, u"Main Hall"_s);
    EXPECT_EQ(result->value().capacity, 300);
    ASSERT_EQ(m_server.requestCount(), 1);
    EXPECT_EQ(m_server.requests()[0].json()[u"response_format"_s][u"type"_s].toString(), u"json_schema"_s);
}

TEST_F(StructuredOutputServerTest, OneRepairRoundSendsValidatorError)
{
    m_server.enqueue(FakeLlmServer::Scenario::Normal,
                     u"```json\n{\"name\":\"Main Hall\",\"capacity\":\"many\"}\n```"_s);
    m_server.enqueue(FakeLlmServer::Scenario::Normal, u"{\"name\":\"Main Hall\",\"capacity\":250}"_s);
    std::optional<Result<QJsonValue>> result;
    StructuredOutput::request(m_client, profile(ProviderKind::Anthropic), request(), {},
                              [&](Result<QJsonValue> v, const ChatResponse &) { result = std::move(v); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    ASSERT_TRUE(*result) << result->error().detail.toStdString();
    EXPECT_EQ(result->value()[u"capacity"_s].toInt(), 250);
    ASSERT_EQ(m_server.requestCount(), 2);
    EXPECT_TRUE(m_server.requests()[0].json()[u"system"_s].toString().contains(u"JSON Schema"_s));
    const QByteArray second = m_server.requests()[1].body;
    EXPECT_TRUE(second.contains("$.capacity must be of type integer")) << second.constData();
}

TEST_F(StructuredOutputServerTest, ClearErrorAfterFailedRepair)
{
    m_server.enqueue(FakeLlmServer::Scenario::Normal, u"I cannot do that."_s);
    m_server.enqueue(FakeLlmServer::Scenario::Normal, u"Still no."_s);
    std::optional<Result<QJsonValue>> result;
    StructuredOutput::request(m_client, profile(ProviderKind::OpenAiCompatible), request(), {},
                              [&](Result<QJsonValue> v, const ChatResponse &) { result = std::move(v); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    ASSERT_FALSE(*result);
    EXPECT_EQ(result->error().code, ErrorCode::Validation);
    ASSERT_EQ(m_server.requestCount(), 2);
    // The repair names the problem in one sentence: a problem that ends its own sentence gets no second
    // period.
    const QJsonArray messages = m_server.requests()[1].json()[u"messages"_s].toArray();
    const QString repair = messages.last()[u"content"_s].toString();
    EXPECT_TRUE(repair.startsWith(u"Your answer did not match the JSON Schema: "_s)) << repair.toStdString();
    EXPECT_TRUE(repair.endsWith(u". Reply with the corrected JSON only."_s)) << repair.toStdString();
    EXPECT_FALSE(repair.contains(u".."_s)) << repair.toStdString();
}

TEST_F(StructuredOutputServerTest, AnAnswerThatFailsTheSchemaIsNotKeptInTheCache)
{
    QTemporaryDir dir;
    ResponseCache cache(dir.filePath(u"cache.sqlite"_s));
    m_client.setCache(&cache);
    ProviderProfile p = profile(ProviderKind::OpenAiCompatible);
    p.temperature = 0.0; // a deterministic request: its answer is cached
    auto ask = [&] {
        std::optional<Result<QJsonValue>> result;
        StructuredOutput::request(m_client, p, request(), {},
                                  [&](Result<QJsonValue> v, const ChatResponse &) { result = std::move(v); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
        return result.value_or(Result<QJsonValue>(Error{ErrorCode::Validation, u"no answer"_s, {}}));
    };
    m_server.enqueue(FakeLlmServer::Scenario::Normal, u"I cannot do that."_s);
    m_server.enqueue(FakeLlmServer::Scenario::Normal, u"Still no."_s);
    EXPECT_FALSE(ask());
    EXPECT_EQ(cache.entryCount(), 0) << "neither unusable answer is kept";

    m_server.enqueue(FakeLlmServer::Scenario::Normal, u"{\"name\":\"Main Hall\",\"capacity\":300}"_s);
    auto again = ask();
    ASSERT_TRUE(again) << again.error().detail.toStdString();
    EXPECT_EQ(again.value()[u"capacity"_s].toInt(), 300);
    EXPECT_EQ(m_server.requestCount(), 3) << "the model is asked again, not answered from the cache";
    EXPECT_EQ(cache.entryCount(), 1);
}
