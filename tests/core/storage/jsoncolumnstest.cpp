// Reading a record's columns from the team server's JSON (core/storage/jsoncolumns.h).
#include "storage/jsoncolumns.h"

#include <gtest/gtest.h>

#include <string>

using namespace EventDesk;
using Type = JsonColumns::Value::Type;

TEST(JsonColumnsTest, ReadsEachKindOfValueAsColumnFromJsonDoes)
{
    JsonColumns reader;
    // As PostgreSQL's jsonb::text writes it: ", " and ": " between items, escapes decoded.
    ASSERT_TRUE(
        reader.read(R"({"name": "Ana \"Hall\" \\ \u00e9\u4f1a\ud83d\ude00\n", "capacity": 120, )"
                    R"("ratio": 0.25, "whole": 2.0, "big": -9007199254740993, "flag": true, "off": false, )"
                    R"("ticket_type_id": null, "empty": ""})"));
    ASSERT_EQ(reader.size(), 9);
    EXPECT_EQ(reader.name(0), "name");
    EXPECT_EQ(reader.value(0).type, Type::Text);
    EXPECT_EQ(reader.value(0).text, "Ana \"Hall\" \\ \xc3\xa9\xe4\xbc\x9a\xf0\x9f\x98\x80\n");
    EXPECT_EQ(reader.value(1).type, Type::Integer);
    EXPECT_EQ(reader.value(1).integer, 120);
    EXPECT_EQ(reader.value(2).type, Type::Real);
    EXPECT_DOUBLE_EQ(reader.value(2).real, 0.25);
    EXPECT_EQ(reader.value(3).type, Type::Integer); // a whole number is an integer column value
    EXPECT_EQ(reader.value(3).integer, 2);
    EXPECT_EQ(reader.value(4).type, Type::Integer);
    EXPECT_EQ(reader.value(4).integer, -9007199254740993LL);
    EXPECT_EQ(reader.value(5).integer, 1);
    EXPECT_EQ(reader.value(6).type, Type::Integer);
    EXPECT_EQ(reader.value(6).integer, 0);
    EXPECT_EQ(reader.name(7), "ticket_type_id");
    EXPECT_EQ(reader.value(7).type, Type::Null);
    EXPECT_EQ(reader.value(8).type, Type::Text);
    EXPECT_TRUE(reader.value(8).text.empty());
}

TEST(JsonColumnsTest, NestedValuesAndBrokenJsonAreLeftToTheCaller)
{
    JsonColumns reader;
    EXPECT_FALSE(reader.read(R"({"name": "x", "answers": {"a": 1}})"));
    EXPECT_FALSE(reader.read(R"({"name": "x", "tags": [1, 2]})"));
    EXPECT_FALSE(reader.read(R"({"name": "x", )"));
    EXPECT_FALSE(reader.read(R"(["name"])"));
    EXPECT_FALSE(reader.read(""));
    // Each read starts again: what a failed read left behind is gone.
    ASSERT_TRUE(reader.read(R"({})"));
    EXPECT_EQ(reader.size(), 0);
    ASSERT_TRUE(reader.read(R"({"a": "first"})"));
    const std::string kept(reader.value(0).text);
    ASSERT_TRUE(reader.read(R"({"b": "second", "c": 3})"));
    EXPECT_EQ(kept, "first");
    EXPECT_EQ(reader.name(0), "b");
    EXPECT_EQ(reader.value(0).text, "second");
}
