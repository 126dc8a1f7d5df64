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

// Files over a megabyte are decoded in pieces; the pieces never split a character, so the text is the same.
TEST(TextDecoderTest, LargeFilesDecodeInPiecesToTheSameText)
{
    QString text;
    for (int i = 0; text.size() < 1200 * 1024; ++i)
        text += u"吴磊%1,深圳市腾云科技有限公司,😀 Müller\n"_s.arg(i);
    for (const char *encoding : {"UTF-8", "GB18030", "UTF-16LE", "UTF-16BE"}) {
        const QByteArray bytes = (qstrcmp(encoding, "UTF-16LE") == 0   ? QByteArray("\xFF\xFE")
                                  : qstrcmp(encoding, "UTF-16BE") == 0 ? QByteArray("\xFE\xFF")
                                                                       : QByteArray()) +
                                 encode(text, encoding);
        ASSERT_GT(bytes.size(), 1 << 20);
        auto detected = TextDecoder::detect(bytes);
        ASSERT_TRUE(detected) << encoding << ": " << detected.error().message.toStdString();
        EXPECT_EQ(detected.value(), QString::fromLatin1(encoding)) << encoding;
        int pieces = 0;
        QString joined;
        auto ok =
            TextDecoder::decodeInPieces(bytes, detected.value(), [&](QStringView piece) -> Result<void> {
                ++pieces;
                joined += piece;
                return {};
            });
        ASSERT_TRUE(ok) << encoding << ": " << ok.error().message.toStdString();
        EXPECT_GT(pieces, 1) << encoding;
        EXPECT_TRUE(joined == text) << encoding;
    }
    // Every piece but the last ends at a line break (8-bit encodings), so a sink can take whole rows.
    const QByteArray utf8 = text.toUtf8();
    auto ok = TextDecoder::decodeInPieces(utf8, u"UTF-8"_s, [&](QStringView piece) -> Result<void> {
        EXPECT_TRUE(piece.endsWith(u'\n'));
        return {};
    });
    EXPECT_TRUE(ok);
}
