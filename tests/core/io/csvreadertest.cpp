// RFC 4180 reading (core/io/csvreader.h).
#include "io/csvreader.h"

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

// Fed in pieces of every size from 1 to 7 characters, the reader gives what parsing the whole gives.
TEST(CsvReaderTest, PiecesSplitAnywhereGiveTheSameTable)
{
    const QString text =
        u"\uFEFFname,comment\r\nAda,\"line one\r\nline \"\"two\"\"\"\r\n\r\nBob,x\rCleo,\"a,b\"\n"
        u"Dan,\"\n\"\nEve,last"_s;
    const CsvTable whole = parseOk(text);
    ASSERT_EQ(whole.rows.size(), 6);
    for (int size = 1; size <= 7; ++size) {
        CsvReader reader(u',');
        for (qsizetype i = 0; i < text.size(); i += size)
            ASSERT_TRUE(reader.feed(QStringView(text).mid(i, size)));
        auto pieces = reader.finish();
        ASSERT_TRUE(pieces) << pieces.error().message.toStdString();
        EXPECT_EQ(pieces.value().rows, whole.rows) << size;
        EXPECT_EQ(pieces.value().lines, whole.lines) << size;
    }
    // Errors name the same line.
    const QString broken = u"a,b\nc,d\ne,\"open\nf,g\n"_s;
    const auto wholeError = CsvReader::parse(broken);
    ASSERT_FALSE(wholeError);
    CsvReader reader;
    for (qsizetype i = 0; i < broken.size(); i += 2)
        ASSERT_TRUE(reader.feed(QStringView(broken).mid(i, 2)));
    const auto pieceError = reader.finish();
    ASSERT_FALSE(pieceError);
    EXPECT_EQ(pieceError.error().message, wholeError.error().message);
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
