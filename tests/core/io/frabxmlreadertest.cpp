// FrabXmlReader: the real 39C3 file, every quirk the issue lists, and the bad input it must refuse.
#include "io/frabxmlreader.h"
#include "io/scheduleimport.h"

#include "interoptestdata.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using namespace EventDesk::Test;

namespace
{

const Session *byTitle(const ScheduleFile &f, const QString &title)
{
    for (const Session &s : f.data.sessions)
        if (s.title == title)
            return &s;
    return nullptr;
}

QByteArray oneRoom(const QByteArray &events, const QByteArray &attrs = " name=\"Hall\"")
{
    return "<room" + attrs + ">\n" + events + "</room>\n";
}

TEST(FrabXmlReaderTest, ReadsThe39c3Sample)
{
    auto f = FrabXmlReader::read(interopBytes(u"schedule-39c3-20251206.xml"_s));
    ASSERT_TRUE(f) << f.error().message.toStdString();
    const ScheduleFile &file = f.value();
    EXPECT_EQ(file.data.sessions.size(), 215);
    EXPECT_EQ(file.data.rooms.size(), 14);
    EXPECT_EQ(file.data.speakers.size(), 263);
    EXPECT_EQ(file.data.event.acronym, u"39c3"_s);
    EXPECT_EQ(file.data.event.name, u"39th Chaos Communications Congress"_s);
    EXPECT_EQ(file.data.event.timeZone, u"Europe/Berlin"_s);
    EXPECT_EQ(file.data.event.startDate, QDate(2025, 12, 27));
    EXPECT_EQ(file.data.event.endDate, QDate(2025, 12, 30));
    // A link's <title> child never replaces the event's title.
    for (const Session &s : file.data.sessions)
        EXPECT_NE(s.title, u"Zügli"_s);
    const Session *s = byTitle(file, u"All my Deutschlandtickets gone: Fraud at an industrial scale"_s);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->start, QDateTime(QDate(2025, 12, 27), QTime(15, 0), QTimeZone::utc()));
    EXPECT_EQ(s->durationMinutes, 60);
    EXPECT_EQ(s->meta.id, QUuid(u"a2dd3dc7-ecae-50b3-82d9-266ad02f7a40"_s));
    // Deep pretty-printing indentation is taken out of the text.
    EXPECT_FALSE(s->abstract.contains(u"\n                    "_s));
    // "Leonard" is two people with two guids.
    int leonards = 0;
    for (const Speaker &sp : file.data.speakers)
        leonards += sp.name == u"Leonard" ? 1 : 0;
    EXPECT_EQ(leonards, 2);
}

TEST(FrabXmlReaderTest, SubtitleDescriptionLinksAttachmentsAndAcronymAreKept)
{
    auto f = FrabXmlReader::read(frabXml(
        oneRoom(frabEvent("0b1c2d3e-0000-4000-8000-000000000001", "Talk", "2026-06-10T10:00:00+02:00",
                          "<subtitle>  A   subtitle </subtitle><description>\n      Long text.\n\n      "
                          "More.\n    </description>"
                          "<links><link href=\"https://a.example/\">A</link><link href=\" https://b.example/ "
                          "\"><type>related</type>"
                          "<title>B</title></link><link>no address</link></links>"
                          "<attachments><attachment "
                          "href=\"https://c.example/slides.pdf\">Slides</attachment></attachments>"))));
    ASSERT_TRUE(f) << f.error().message.toStdString();
    expectSessionExtras(f.value(), u"B"_s);
    ASSERT_EQ(f.value().issues.size(), 1); // the link without an address
    // The real file's hub-style links and attachments (with <type> and <title> children) are read too.
    auto sample = FrabXmlReader::read(interopBytes(u"schedule-39c3-20251206.xml"_s));
    ASSERT_TRUE(sample);
    int links = 0, attachments = 0, descriptions = 0, zuegli = 0;
    for (const Session &t : sample.value().data.sessions) {
        links += int(t.links.size());
        attachments += int(t.attachments.size());
        descriptions += t.description.isEmpty() ? 0 : 1;
        zuegli += t.links.contains(SessionLink{u"https://zügli.app"_s, u"Zügli"_s}) ? 1 : 0;
    }
    EXPECT_GT(links, 3);
    EXPECT_EQ(attachments, 1);
    EXPECT_EQ(zuegli, 1); // <link href><type>…</type><title>Zügli</title></link>
    EXPECT_GT(descriptions, 100);
}

TEST(FrabXmlReaderTest, NonUuidGuidsBecomeStableUuids)
{
    const QByteArray xml = frabXml(oneRoom(frabEvent("talk-42", "A", "2026-06-10T10:00:00+02:00")));
    auto a = FrabXmlReader::read(xml);
    auto b = FrabXmlReader::read(xml);
    ASSERT_TRUE(a && b);
    const QUuid id = a.value().data.sessions.first().meta.id;
    EXPECT_FALSE(id.isNull());
    EXPECT_EQ(id.version(), QUuid::Sha1);
    EXPECT_EQ(id, b.value().data.sessions.first().meta.id);
    EXPECT_EQ(id, ScheduleFile::idFromGuid(u"talk-42"_s));
}

TEST(FrabXmlReaderTest, PersonsWithOnlyAGuidAnIdOrANameAndSpacesAround)
{
    const QByteArray persons =
        "<persons><person guid=\"0c2cd0a5-6a4f-4e34-9e27-4b5a3cf1e8f1\">  Ada Lovelace "
        "</person><person id=\"7\">Grace</person><person>  Linus  </person>"
        "<person>   </person></persons>";
    auto f = FrabXmlReader::read(frabXml(oneRoom(frabEvent(
        "0b1c2d3e-0000-4000-8000-000000000001", "  Spaced   title ", "2026-06-10T10:00:00+02:00", persons))));
    ASSERT_TRUE(f) << f.error().message.toStdString();
    const ScheduleFile &file = f.value();
    ASSERT_EQ(file.data.speakers.size(), 3);
    EXPECT_EQ(file.data.speakers.at(0).name, u"Ada Lovelace"_s);
    EXPECT_EQ(file.data.speakers.at(0).meta.id, QUuid(u"0c2cd0a5-6a4f-4e34-9e27-4b5a3cf1e8f1"_s));
    EXPECT_EQ(file.data.speakers.at(1).name, u"Grace"_s);
    EXPECT_EQ(file.data.speakers.at(2).name, u"Linus"_s);
    EXPECT_EQ(file.data.sessions.first().title, u"Spaced title"_s);
    EXPECT_EQ(file.data.sessions.first().speakerIds.size(), 3);
    ASSERT_EQ(file.issues.size(), 1); // the nameless person
    EXPECT_TRUE(file.issues.first().message.contains(u"no name"_s));
}

TEST(FrabXmlReaderTest, DaysPastMidnightAndSeveralOffsetsUseTheEventsOwnDate)
{
    const QByteArray events =
        frabEvent("0b1c2d3e-0000-4000-8000-000000000001", "Late", "2026-06-11T01:30:00+02:00") +
        frabEvent("0b1c2d3e-0000-4000-8000-000000000002", "Utc", "2026-06-10T08:00:00+00:00");
    auto f = FrabXmlReader::read(frabXml(oneRoom(events)));
    ASSERT_TRUE(f) << f.error().message.toStdString();
    EXPECT_EQ(byTitle(f.value(), u"Late"_s)->start,
              QDateTime(QDate(2026, 6, 10), QTime(23, 30), QTimeZone::utc()));
    EXPECT_EQ(byTitle(f.value(), u"Utc"_s)->start,
              QDateTime(QDate(2026, 6, 10), QTime(8, 0), QTimeZone::utc()));
    EXPECT_EQ(f.value().data.event.endDate, QDate(2026, 6, 11));
}

TEST(FrabXmlReaderTest, EscapedHtmlEmptyLanguageSecondsAndUnknownBlocks)
{
    const QByteArray extra =
        "<code>ABC123</code><logo/><recording><license/><optout>true</optout></recording>"
        "<links><link href=\"https://example.org\"><type>related</type><title>Ex</title>"
        "</link></links>";
    QByteArray event = frabEvent("0b1c2d3e-0000-4000-8000-000000000001", "Html", "2026-06-10T10:00:00+02:00",
                                 extra, "01:15:00");
    event.replace("<abstract/>", "<abstract>&lt;p&gt;Hello &amp;amp; *world*&lt;/p&gt;</abstract>");
    event.replace("<language>en</language>", "<language></language>");
    auto f = FrabXmlReader::read(frabXml(oneRoom(event), "<venue>Somewhere</venue>",
                                         "<persons><person>x</person></persons><tracks/>"));
    ASSERT_TRUE(f) << f.error().message.toStdString();
    const Session &s = f.value().data.sessions.first();
    EXPECT_EQ(s.abstract, u"<p>Hello &amp; *world*</p>"_s);
    EXPECT_EQ(s.language, QString());
    EXPECT_EQ(s.durationMinutes, 75);
    EXPECT_EQ(s.title, u"Html"_s);
}

TEST(FrabXmlReaderTest, RoomsWithoutEventsAndOverlapsAreKept)
{
    const QByteArray events =
        frabEvent("0b1c2d3e-0000-4000-8000-000000000001", "One", "2026-06-10T10:00:00+02:00") +
        frabEvent("0b1c2d3e-0000-4000-8000-000000000002", "Two", "2026-06-10T10:15:00+02:00");
    auto f = FrabXmlReader::read(frabXml(oneRoom(events) + oneRoom({}, " name=\"Empty Room\"")));
    ASSERT_TRUE(f) << f.error().message.toStdString();
    EXPECT_EQ(f.value().data.rooms.size(), 2);
    EXPECT_EQ(f.value().data.sessions.size(), 2);
    EXPECT_EQ(f.value().data.sessions.at(0).roomId, f.value().data.sessions.at(1).roomId);
}

// Bad input: one sentence naming the problem and where it is; nothing read.

TEST(FrabXmlReaderTest, MalformedXmlNamesTheLine)
{
    QByteArray xml =
        frabXml(oneRoom(frabEvent("0b1c2d3e-0000-4000-8000-000000000001", "A", "2026-06-10T10:00:00+02:00")));
    xml.replace("<title>A</title>", "<title>A</titel>");
    auto f = FrabXmlReader::read(xml);
    ASSERT_FALSE(f);
    EXPECT_TRUE(f.error().message.contains(u"not well-formed XML at line 7"_s))
        << f.error().message.toStdString();
}

// A file cut short: Qt's sentence inside ours ends with one period, not two.
TEST(FrabXmlReaderTest, ACutShortFileSaysWhereInOneSentence)
{
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<schedule><conference><title>Broken</title>\n"
                           "<day index=\"1\"><room name=\"A\">\n";
    auto f = FrabXmlReader::read(xml);
    ASSERT_FALSE(f);
    const QString message = f.error().message;
    EXPECT_TRUE(message.startsWith(u"The file is not well-formed XML at line 4"_s)) << message.toStdString();
    EXPECT_TRUE(message.endsWith(u"."_s)) << message.toStdString();
    EXPECT_FALSE(message.endsWith(u".."_s)) << message.toStdString();
}

TEST(FrabXmlReaderTest, WrongEncodingIsRefused)
{
    QByteArray xml = frabXml(
        oneRoom(frabEvent("0b1c2d3e-0000-4000-8000-000000000001", "Caf\xE9", "2026-06-10T10:00:00+02:00")));
    auto f = FrabXmlReader::read(xml);
    ASSERT_FALSE(f);
    EXPECT_TRUE(f.error().message.contains(u"line 7"_s)) << f.error().message.toStdString();
    EXPECT_TRUE(f.error().message.contains(u"not UTF-8"_s)) << f.error().message.toStdString();
    // Declared as Latin-1, the same bytes are fine.
    xml.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
    auto g = FrabXmlReader::read(xml);
    ASSERT_TRUE(g) << g.error().message.toStdString();
    EXPECT_EQ(g.value().data.sessions.first().title, u"Café"_s);
}

TEST(FrabXmlReaderTest, EntityBombIsRefusedQuickly)
{
    QByteArray dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [\n<!ENTITY a \"aaaaaaaaaa\">\n";
    for (char c = 'b'; c <= 'k'; ++c) {
        const QByteArray ref = "&" + QByteArray(1, char(c - 1)) + ";";
        dtd += "<!ENTITY " + QByteArray(1, c) + " \"" + ref.repeated(10) + "\">\n";
    }
    dtd += "]>\n<schedule><version>&k;</version></schedule>\n";
    auto f = FrabXmlReader::read(dtd);
    ASSERT_FALSE(f);
    EXPECT_TRUE(f.error().message.contains(u"declares entities"_s)) << f.error().message.toStdString();
}

TEST(FrabXmlReaderTest, ExternalEntityIsRefused)
{
    const QByteArray xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n"
        "<schedule><version>&x;</version></schedule>\n";
    auto f = FrabXmlReader::read(xml);
    ASSERT_FALSE(f);
    EXPECT_TRUE(f.error().message.contains(u"line 2"_s)) << f.error().message.toStdString();
    EXPECT_FALSE(f.error().message.contains(u"root:"_s));
    // Without a declaration, a reference to an unknown entity is not well-formed.
    auto g = FrabXmlReader::read("<schedule><version>&x;</version></schedule>");
    ASSERT_FALSE(g);
}

TEST(FrabXmlReaderTest, ClashingGuidsNameBothLines)
{
    const QByteArray events =
        frabEvent("0b1c2d3e-0000-4000-8000-000000000001", "One", "2026-06-10T10:00:00+02:00") +
        frabEvent("0b1c2d3e-0000-4000-8000-000000000001", "Two", "2026-06-10T11:00:00+02:00");
    auto f = FrabXmlReader::read(frabXml(oneRoom(events)));
    ASSERT_FALSE(f);
    EXPECT_TRUE(f.error().message.contains(u"same guid"_s)) << f.error().message.toStdString();
    EXPECT_TRUE(f.error().message.contains(u"lines 7 and 8"_s)) << f.error().message.toStdString();
}

TEST(FrabXmlReaderTest, UnparseableDateAndDurationNameTheEvent)
{
    auto f = FrabXmlReader::read(
        frabXml(oneRoom(frabEvent("0b1c2d3e-0000-4000-8000-000000000001", "Bad", "next tuesday"))));
    ASSERT_FALSE(f);
    EXPECT_TRUE(
        f.error().message.contains(u"\"Bad\" at line 7 has a date that does not parse (\"next tuesday\")"_s))
        << f.error().message.toStdString();
    auto g = FrabXmlReader::read(frabXml(oneRoom(frabEvent("0b1c2d3e-0000-4000-8000-000000000001", "Long",
                                                           "2026-06-10T10:00:00+02:00", {}, "ninety"))));
    ASSERT_FALSE(g);
    EXPECT_TRUE(g.error().message.contains(u"duration that does not parse (\"ninety\""_s))
        << g.error().message.toStdString();
}

TEST(FrabXmlReaderTest, NotAScheduleIsNamed)
{
    auto f = FrabXmlReader::read("<html><body/></html>");
    ASSERT_FALSE(f);
    EXPECT_TRUE(f.error().message.contains(u"<html>"_s)) << f.error().message.toStdString();
}

TEST(FrabXmlReaderTest, HugeFileIsRefusedUnread)
{
    QTemporaryDir dir;
    QFile big(dir.filePath(u"huge.xml"_s));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    ASSERT_TRUE(big.resize(1024ll * 1024 * 1024)); // sparse: no disk used
    big.close();
    auto f = ScheduleImport::readFile(big.fileName(), ScheduleFormat::FrabXml);
    ASSERT_FALSE(f);
    EXPECT_TRUE(
        f.error().message.contains(u"\"huge.xml\" is 1.00 GiB; schedule files larger than 64.00 MiB are "
                                   "refused."_s))
        << f.error().message.toStdString();
}

} // namespace
