// The Chinese translation is complete: the committed eventdesk_zh_CN.ts has no unfinished message, and
// running lupdate over today's sources finds no string the file lacks. Obsolete and vanished messages
// (texts no longer in the code) do not count.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace
{

struct Unfinished {
    QStringList messages; // "Context: source"
    int total = 0;        // messages that count (not obsolete or vanished)
    QString error;
};

Unfinished unfinishedMessages(const QByteArray &ts)
{
    Unfinished out;
    QXmlStreamReader xml(ts);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation") {
            const QStringView type = xml.attributes().value(u"type"_s);
            if (type == u"obsolete" || type == u"vanished")
                continue;
            ++out.total;
            if (type == u"unfinished")
                out.messages.append(context + u": "_s + source);
        }
    }
    if (xml.hasError())
        out.error = xml.errorString();
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TEST(TranslationCheck, CountsUnfinishedButNotObsoleteOrVanishedMessages)
{
    const QByteArray ts = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="zh_CN">
<context><name>EventDesk::MainWindow</name>
<message><source>Done</source><translation>完成</translation></message>
<message><source>New text</source><translation type="unfinished"></translation></message>
<message><source>Old text</source><translation type="vanished">旧</translation></message>
<message><source>Older text</source><translation type="obsolete">旧</translation></message>
<message numerus="yes"><source>%n item(s)</source><translation type="unfinished"><numerusform></numerusform></translation></message>
</context></TS>)";
    const Unfinished u = unfinishedMessages(ts);
    EXPECT_TRUE(u.error.isEmpty()) << u.error.toStdString();
    EXPECT_EQ(u.total, 3);
    EXPECT_EQ(u.messages,
              (QStringList{u"EventDesk::MainWindow: New text"_s, u"EventDesk::MainWindow: %n item(s)"_s}));
}

TEST(Translations, ChineseHasNoUnfinishedMessage)
{
    const QByteArray ts = readFile(QStringLiteral(EVENTDESK_TS_DIR "/eventdesk_zh_CN.ts"));
    ASSERT_FALSE(ts.isEmpty());
    const Unfinished u = unfinishedMessages(ts);
    ASSERT_TRUE(u.error.isEmpty()) << u.error.toStdString();
    EXPECT_GT(u.total, 500);
    EXPECT_TRUE(u.messages.isEmpty()) << u.messages.size() << " unfinished in eventdesk_zh_CN.ts:\n"
                                      << u.messages.join(u'\n').toStdString();
}

// lupdate over core/, ui/ and app/eventdesk (as the eventdesk_lupdate target runs it) on a copy of the file:
// any string of the code the committed file lacks comes out unfinished.
TEST(Translations, ChineseCoversEveryStringOfTheSources)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(u"eventdesk_zh_CN.ts"_s);
    ASSERT_TRUE(QFile::copy(QStringLiteral(EVENTDESK_TS_DIR "/eventdesk_zh_CN.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QDir source(QStringLiteral(EVENTDESK_SOURCE_DIR));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(EVENTDESK_LUPDATE),
                  {u"-silent"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-extensions"_s, u"cpp,h"_s,
                   source.filePath(u"core"_s), source.filePath(u"ui"_s), source.filePath(u"app/eventdesk"_s),
                   u"-ts"_s, copy});
    ASSERT_TRUE(lupdate.waitForFinished(120000)) << "lupdate did not finish";
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAll().toStdString();
    const Unfinished u = unfinishedMessages(readFile(copy));
    ASSERT_TRUE(u.error.isEmpty()) << u.error.toStdString();
    EXPECT_TRUE(u.messages.isEmpty())
        << u.messages.size() << " strings of the sources lack a Chinese translation:\n"
        << u.messages.join(u'\n').toStdString();
}

} // namespace
