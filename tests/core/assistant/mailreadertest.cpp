#include "assistant/mailreader.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{
QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}
} // namespace

TEST(MailReaderTest, DecodesEncodedWordsAndQuotedPrintableLatin1)
{
    const QByteArray raw =
        "From: =?UTF-8?B?5byg5Lyf?= <zhang.wei@example.cn>\r\n"
        "Subject: =?ISO-8859-1?Q?Anmeldung_f=FCr?=\r\n =?ISO-8859-1?Q?_M=FCller?=\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=\"iso-8859-1\"\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        "Ich m=F6chte mich anmelden: J=FCrgen M=FCller, Telefon +49 30 1234567, eine sehr =\r\n"
        "lange Zeile.\r\n";
    auto read = MailReader::readBytes(raw, u"a.eml"_s);
    ASSERT_TRUE(read) << read.error().message.toStdString();
    ASSERT_EQ(read.value().size(), 1);
    const MailMessage &m = read.value().first();
    EXPECT_EQ(m.from, u"张伟 <zhang.wei@example.cn>"_s);
    EXPECT_EQ(m.subject, u"Anmeldung für Müller"_s);
    EXPECT_EQ(m.body,
              u"Ich möchte mich anmelden: Jürgen Müller, Telefon +49 30 1234567, eine sehr lange Zeile."_s);
    EXPECT_TRUE(m.warnings.isEmpty());
    EXPECT_TRUE(
        m.text().startsWith(u"From: 张伟 <zhang.wei@example.cn>\nSubject: Anmeldung für Müller\n\nIch"_s));
}

TEST(MailReaderTest, DecodesGb18030MessageLabelledGb2312)
{
    const QString body = u"您好，我叫李娜，想报名参加大会。电话：138 0013 8000，单位：清华大学。"_s;
    const QByteArray raw =
        "From: =?GB2312?B?" + gb18030(u"李娜"_s).toBase64() + "?= <li.na@example.cn>\nSubject: =?gb2312?B?" +
        gb18030(u"报名"_s).toBase64() +
        "?=\nContent-Type: text/plain; charset=gb2312\nContent-Transfer-Encoding: 8bit\n\n" + gb18030(body) +
        "\n";
    auto read = MailReader::readBytes(raw, u"cn.eml"_s);
    ASSERT_TRUE(read) << read.error().message.toStdString();
    const MailMessage &m = read.value().first();
    EXPECT_EQ(m.from, u"李娜 <li.na@example.cn>"_s);
    EXPECT_EQ(m.subject, u"报名"_s);
    EXPECT_EQ(m.body, body);
    EXPECT_TRUE(m.warnings.isEmpty()) << m.warnings.join(u' ').toStdString();
}

TEST(MailReaderTest, PrefersBase64PlainTextOverHtml)
{
    const QByteArray plain = u"Name: Ana Souza\nOrganisation: Universidade de São Paulo\n"_s.toUtf8();
    const QByteArray raw =
        "From: ana@example.br\nSubject: Registration\nMIME-Version: 1.0\n"
        "Content-Type: multipart/alternative; boundary=\"b1\"\n\n"
        "preamble\n--b1\nContent-Type: text/html; charset=utf-8\n\n<p>HTML version</p>\n"
        "--b1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" +
        plain.toBase64() + "\n--b1--\n";
    auto read = MailReader::readBytes(raw, u"b.eml"_s);
    ASSERT_TRUE(read);
    EXPECT_EQ(read.value().first().body, u"Name: Ana Souza\nOrganisation: Universidade de São Paulo"_s);
}

TEST(MailReaderTest, FallsBackToHtmlWithoutMarkupAndSkipsAttachments)
{
    const QByteArray raw =
        "From: x@example.org\nContent-Type: multipart/mixed; boundary=outer\n\n"
        "--outer\nContent-Type: text/plain\nContent-Disposition: attachment; filename=a.txt\n\n"
        "attached text\n"
        "--outer\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: "
        "quoted-printable\n\n<html><head><style>p{}</style></head><body><p>Hello&nbsp;&amp; "
        "welcome</p><p>Tom =\n&lt;Smith&gt;<br>&#26472;</p></body></html>\n--outer--\n";
    auto read = MailReader::readBytes(raw, u"h.eml"_s);
    ASSERT_TRUE(read);
    EXPECT_EQ(read.value().first().body, u"Hello & welcome\nTom <Smith>\n杨"_s);
}

TEST(MailReaderTest, SplitsMboxAndUnquotesFromLines)
{
    const QByteArray raw =
        "From a@example.org Mon Nov 30 10:00:00 2026\nFrom: a@example.org\nSubject: One\n\n"
        "First body\n>From here on\n\n"
        "From b@example.org Mon Nov 30 11:00:00 2026\nFrom: b@example.org\nSubject: Two\n\n"
        "Second body\n";
    auto read = MailReader::readBytes(raw, u"box.mbox"_s);
    ASSERT_TRUE(read) << read.error().message.toStdString();
    ASSERT_EQ(read.value().size(), 2);
    EXPECT_EQ(read.value().at(0).body, u"First body\nFrom here on"_s);
    EXPECT_EQ(read.value().at(1).subject, u"Two"_s);
    EXPECT_EQ(read.value().at(1).source, u"box.mbox, message 2"_s);
}

TEST(MailReaderTest, RefusesEmptyAndNonMessageFiles)
{
    QTemporaryDir dir;
    auto empty = MailReader::readFile(writeFile(dir, u"empty.eml"_s, QByteArray()));
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().message, u"empty.eml is empty."_s);
    auto text = MailReader::readFile(writeFile(dir, u"notes.txt"_s, "Just some notes\nwithout headers\n"));
    ASSERT_FALSE(text);
    EXPECT_EQ(text.error().message, u"notes.txt is not an e-mail message or mailbox (.eml or mbox)."_s);
    auto binary =
        MailReader::readFile(writeFile(dir, u"logo.png"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 12)));
    ASSERT_FALSE(binary);
    EXPECT_TRUE(binary.error().message.contains(u"not an e-mail message"_s));
    auto missing = MailReader::read({dir.filePath(u"gone.eml"_s)}, QString());
    EXPECT_FALSE(missing);
    auto nothing = MailReader::read({}, u"  \n"_s);
    EXPECT_FALSE(nothing);
}

TEST(MailReaderTest, ReadsTwentyMegabyteMboxOfFewMessagesWithAttachments)
{
    QByteArray box;
    const QByteArray attachment = QByteArray(3 << 20, 'x').toBase64();
    for (int i = 0; i < 5; ++i) {
        box +=
            "From sender Mon Nov 30 10:00:00 2026\nFrom: p" + QByteArray::number(i) +
            "@example.org\nContent-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type: text/plain\n\n"
            "Please register me, number " +
            QByteArray::number(i) +
            ".\n--zz\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n";
        for (qsizetype at = 0; at < attachment.size(); at += 76)
            box += attachment.mid(at, 76) + '\n';
        box += "--zz--\n\n";
    }
    ASSERT_GT(box.size(), 20 << 20);
    QTemporaryDir dir;
    auto read = MailReader::readFile(writeFile(dir, u"big.mbox"_s, box));
    ASSERT_TRUE(read) << read.error().message.toStdString();
    ASSERT_EQ(read.value().size(), 5);
    EXPECT_EQ(read.value().at(4).body, u"Please register me, number 4."_s);
}

TEST(MailReaderTest, RefusesTwentyMegabyteMboxOfTooManyMessagesNamingTheCap)
{
    QByteArray box;
    while (box.size() < (20 << 20))
        box += "From sender Mon Nov 30 10:00:00 2026\nFrom: someone@example.org\nSubject: Hello\n\n" +
               QByteArray(400, 'a') + "\n\n";
    QTemporaryDir dir;
    auto read = MailReader::readFile(writeFile(dir, u"huge.mbox"_s, box));
    ASSERT_FALSE(read);
    EXPECT_TRUE(read.error().message.startsWith(u"huge.mbox holds "_s)) << read.error().message.toStdString();
    EXPECT_TRUE(read.error().message.contains(u"at most 200 at a time"_s));
}

TEST(MailReaderTest, WarnsAboutBytesNotInTheDeclaredCharset)
{
    const QByteArray raw =
        "From: x@example.org\nContent-Type: text/plain; charset=utf-8\n\nCaf\xe9 M\xfcller\n";
    auto read = MailReader::readBytes(raw, u"bad.eml"_s);
    ASSERT_TRUE(read);
    const MailMessage &m = read.value().first();
    EXPECT_EQ(m.body, u"Café Müller"_s); // read as windows-1252, which it is
    ASSERT_EQ(m.warnings.size(), 1);
    EXPECT_TRUE(m.warnings.first().contains(u"not valid utf-8"_s)) << m.warnings.first().toStdString();
}

TEST(MailReaderTest, PastedTextIsOneMessageUnlessItIsAMessage)
{
    auto plain = MailReader::readPasted(u"Hi, please register Wang Fang, wang.fang@example.cn"_s);
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain.value().first().text(), u"Hi, please register Wang Fang, wang.fang@example.cn"_s);
    auto message =
        MailReader::readPasted(u"From: 王芳 <wang.fang@example.cn>\nSubject: 报名\n\n请帮我报名。"_s);
    ASSERT_TRUE(message);
    EXPECT_EQ(message.value().first().from, u"王芳 <wang.fang@example.cn>"_s);
    EXPECT_EQ(message.value().first().body, u"请帮我报名。"_s);
}
