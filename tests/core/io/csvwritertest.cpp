// CSV export (core/io/csvwriter.h): RFC 4180, BOM, formula injection.
#include "io/csvwriter.h"
#include "io/csvreader.h"
#include "support/tempworkspace.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

TEST(CsvWriterTest, FormulaStartsArePrefixed)
{
    for (const QString &cell : {u"=1+1"_s, u"+49 30 1"_s, u"-2"_s, u"@SUM(A1)"_s, u"\tx"_s, u"\rx"_s})
        EXPECT_EQ(CsvWriter::escapeFormula(cell), u'\'' + cell) << cell.toStdString();
    for (const QString &cell : {u"Ada"_s, QString(), u"a=b"_s, u"'quoted"_s})
        EXPECT_EQ(CsvWriter::escapeFormula(cell), cell);
}

TEST(CsvWriterTest, QuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(CsvWriter::encodeRow({u"a"_s, u"b,c"_s, u"say \"hi\""_s, u"two\nlines"_s, QString()}),
              u"a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"_s);
    // The escaped formula is quoted when needed too.
    EXPECT_EQ(CsvWriter::encodeRow({u"=HYPERLINK(\"x\")"_s}), u"\"'=HYPERLINK(\"\"x\"\")\"\r\n"_s);
}

TEST(CsvWriterTest, BomIsOptional)
{
    EXPECT_TRUE(CsvWriter::encode({{u"a"_s}}, true).startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(CsvWriter::encode({{u"a"_s}}, false), QByteArray("a\r\n"));
}

TEST(CsvWriterTest, WrittenFileReadsBackTheSame)
{
    EventDesk::Test::TempWorkspace ws;
    const QString path = ws.filePath(u"out.csv"_s);
    const QList<QStringList> rows{
        {u"name"_s, u"org"_s}, {u"吴磊"_s, u"Initech, Inc."_s}, {u"Bob"_s, u"a\r\nb"_s}};
    ASSERT_TRUE(CsvWriter::writeFile(path, rows, true));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    auto back = CsvReader::parse(QString::fromUtf8(f.readAll()));
    ASSERT_TRUE(back);
    EXPECT_EQ(back.value().rows, rows);
}

TEST(CsvWriterTest, UnwritablePathIsAnError)
{
    auto r = CsvWriter::writeFile(u"/proc/eventdesk-no/out.csv"_s, {{u"a"_s}}, false);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Io);
}

} // namespace
