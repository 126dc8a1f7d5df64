// RFC 4180 reading (core/registration/csvreader.h).
#include "registration/csvreader.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

CsvTable parseOk(const QString &text, QChar delimiter = u',')
{
    auto t = CsvReader::parse(text, delimiter);
    EXPECT_TRUE(t.ok()) << (t ? std::string() : t.error().message.toStdString());
    return t ? t.value() : CsvTable{};
}

TEST(CsvReaderTest, PlainRowsWithCrlfLfAndCr)
{
    const CsvTable t = parseOk(u"a,b\r\nc,d\ne,f\rg,h"_s);
    ASSERT_EQ(t.rows.size(), 4);
    EXPECT_EQ(t.rows.at(0), (QStringList{u"a"_s, u"b"_s}));
    EXPECT_EQ(t.rows.at(3), (QStringList{u"g"_s, u"h"_s}));
    EXPECT_EQ(t.lines, (QList<int>{1, 2, 3, 4}));
}

TEST(CsvReaderTest, QuotedNewlinesKeepTheirLineNumbers)
{
    const CsvTable t = parseOk(u"name,comment\r\nAda,\"line one\r\nline two\"\r\nBob,x\r\n"_s);
    ASSERT_EQ(t.rows.size(), 3);
    EXPECT_EQ(t.rows.at(1).at(1), u"line one\r\nline two"_s);
    EXPECT_EQ(t.lines, (QList<int>{1, 2, 4}));
}

TEST(CsvReaderTest, DoubledQuotesAndDelimitersInsideQuotes)
{
    const CsvTable t = parseOk(u"\"Umbrella \"\"Research\"\"\",\"Initech, Inc.\",\"\"\n"_s);
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows.at(0), (QStringList{u"Umbrella \"Research\""_s, u"Initech, Inc."_s, QString()}));
}

TEST(CsvReaderTest, TrailingDelimiterGivesAnEmptyLastField)
{
    const CsvTable t = parseOk(u"a,b,\n1,2,\n"_s);
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows.at(0).size(), 3);
    EXPECT_EQ(t.rows.at(1).last(), QString());
}

TEST(CsvReaderTest, BomIsNotPartOfTheFirstHeader)
{
    const CsvTable t = parseOk(QString(QChar(0xFEFF)) + u"name,email\n"_s);
    EXPECT_EQ(t.rows.at(0).at(0), u"name"_s);
}

TEST(CsvReaderTest, BlankLinesAreSkippedAndNoFinalNewlineIsFine)
{
    const CsvTable t = parseOk(u"a,b\n\n\nc,d"_s);
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.lines, (QList<int>{1, 4}));
}

TEST(CsvReaderTest, UnbalancedQuoteNamesTheLineItOpenedOn)
{
    auto t = CsvReader::parse(u"a,b\nc,\"never closed\nd,e\n"_s);
    ASSERT_FALSE(t);
    EXPECT_EQ(t.error().detail, u"2"_s);
    EXPECT_TRUE(t.error().message.contains(u"2"_s));
}

TEST(CsvReaderTest, QuoteInsideUnquotedFieldOrAfterClosingQuoteIsAnError)
{
    EXPECT_FALSE(CsvReader::parse(u"a,b\"c\n"_s));
    EXPECT_FALSE(CsvReader::parse(u"\"a\"b,c\n"_s));
}

TEST(CsvReaderTest, RaggedRowsAreKeptForTheImporterToReport)
{
    const CsvTable t = parseOk(u"a,b,c\n1,2\n1,2,3,4\n"_s);
    EXPECT_EQ(t.rows.at(1).size(), 2);
    EXPECT_EQ(t.rows.at(2).size(), 4);
}

TEST(CsvReaderTest, DetectsDelimiter)
{
    EXPECT_EQ(CsvReader::detectDelimiter(u"a;b;c\n1;2;3\n"_s), QChar(u';'));
    EXPECT_EQ(CsvReader::detectDelimiter(u"a\tb\n1\t2\n"_s), QChar(u'\t'));
    EXPECT_EQ(CsvReader::detectDelimiter(u"a,b\n\"x;y\",2\n"_s), QChar(u','));
    const CsvTable t = parseOk(u"a;b\n1;2\n"_s, u';');
    EXPECT_EQ(t.rows.at(1), (QStringList{u"1"_s, u"2"_s}));
}

} // namespace
