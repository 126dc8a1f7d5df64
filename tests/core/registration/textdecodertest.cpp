// Encoding detection (core/registration/textdecoder.h).
#include "registration/textdecoder.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

const QString kChinese = u"姓名,单位\n吴磊,深圳市腾云科技有限公司\n"_s;
const QString kLatin = u"name,city\nJosé Müller,Zürich – café\n"_s;

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder e(encoding);
    EXPECT_TRUE(e.isValid()) << encoding;
    return e.encode(text);
}

void expectDecoded(const QByteArray &bytes, const QString &text, const QString &encoding)
{
    auto d = TextDecoder::decode(bytes);
    ASSERT_TRUE(d) << d.error().message.toStdString();
    EXPECT_EQ(d.value().text, text);
    EXPECT_EQ(d.value().encoding, encoding);
}

TEST(TextDecoderTest, Utf8WithAndWithoutBom)
{
    expectDecoded(kChinese.toUtf8(), kChinese, u"UTF-8"_s);
    expectDecoded("\xEF\xBB\xBF" + kChinese.toUtf8(), kChinese, u"UTF-8 (BOM)"_s);
}

TEST(TextDecoderTest, Utf16WithBomAndWithout)
{
    expectDecoded("\xFF\xFE" + encode(kLatin, "UTF-16LE"), kLatin, u"UTF-16LE"_s);
    expectDecoded("\xFE\xFF" + encode(kChinese, "UTF-16BE"), kChinese, u"UTF-16BE"_s);
    expectDecoded(encode(kLatin, "UTF-16LE"), kLatin, u"UTF-16LE"_s);
}

TEST(TextDecoderTest, Gb18030AndGbk)
{
    expectDecoded(encode(kChinese, "GB18030"), kChinese, u"GB18030"_s);
    expectDecoded(encode(kChinese, "GBK"), kChinese, u"GB18030"_s); // GB18030 is a superset of GBK
}

TEST(TextDecoderTest, Windows1252)
{
    expectDecoded(encode(kLatin, "windows-1252"), kLatin, u"windows-1252"_s);
    // Valid as GBK byte pairs too (FC 6C), but Latin text.
    const QString mueller = u"name\nMüller\nAndré Ørsted\n"_s;
    expectDecoded(encode(mueller, "windows-1252"), mueller, u"windows-1252"_s);
}

TEST(TextDecoderTest, ForcedEncodingWins)
{
    auto d = TextDecoder::decode(encode(kLatin, "windows-1252"), u"windows-1252"_s);
    ASSERT_TRUE(d);
    EXPECT_EQ(d.value().text, kLatin);
    EXPECT_FALSE(TextDecoder::decode("abc", u"no-such-encoding"_s));
}

TEST(TextDecoderTest, EmptyAndBinaryFilesAreRefused)
{
    EXPECT_FALSE(TextDecoder::decode(QByteArray()));
    QByteArray binary;
    for (int i = 0; i < 512; ++i)
        binary.append(char((i * 37) % 256));
    auto d = TextDecoder::decode(binary);
    ASSERT_FALSE(d);
    EXPECT_TRUE(d.error().message.contains(u"binary"_s));
    EXPECT_FALSE(TextDecoder::decode(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
}

} // namespace
